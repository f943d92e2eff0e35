#pragma once

#include "core/result.h"
#include "domain/paymentrecord.h"
#include "domain/refund.h"

namespace RefundDesk {

/// The refund validation rules of DESIGN §3, in the order an agent would fix them.
/// `amount` is the amount to refund (a full refund resolves it to the refundable amount
/// first); `now` is Unix seconds. The first broken rule is returned, naming its field,
/// the values involved and the payment.
Result<void> validateRefund(const RefundRequest &request, qint64 amount,
                            const PaymentRecord &record, qint64 now);

/// The amount a request asks for against this record: the refundable amount for a
/// full refund, else the requested amount.
qint64 requestedAmount(const RefundRequest &request, const PaymentRecord &record);

} // namespace RefundDesk
