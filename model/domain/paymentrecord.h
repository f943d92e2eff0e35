#pragma once

#include "domain/details.h"
#include "domain/metadata.h"

#include <QString>
#include <QtGlobal>

namespace RefundDesk {

/// A payment record with the payment API's fields. Amounts are minor units of `currency`.
struct PaymentRecord
{
    QString id; ///< "pr_…"
    QString currency;
    qint64 amountRequested = 0;
    qint64 amountAuthorized = 0;
    qint64 amountGuaranteed = 0;
    qint64 amountCanceled = 0;
    qint64 amountFailed = 0;
    /// As the API reports it: the succeeded refunds plus any priorRefunded.
    qint64 amountRefunded = 0;
    /// Refunded outside RefundDesk before the record was imported; never refundable again.
    qint64 priorRefunded = 0;
    /// Held back by refunds that are pending, require action or await approval.
    qint64 amountReserved = 0;
    qint64 created = 0; ///< Unix seconds
    CustomerDetails customer;
    QString customerPresence; ///< on_session, off_session or null
    QString description;
    bool livemode = false;
    Metadata metadata;
    PaymentMethodDetails paymentMethod;
    QString processorType = QStringLiteral("custom");
    QString processorReference; ///< processor_details.custom.payment_reference
    ShippingDetails shipping;
    QString latestAttemptId;
    QString reportedBy;

    /// What can still be refunded: guaranteed less refunded and reserved, never below zero.
    qint64 refundable() const;
    /// True when the source reported more refunded than was guaranteed (DESIGN §5).
    bool isOverRefundedAtSource() const { return amountRefunded > amountGuaranteed; }

    friend bool operator==(const PaymentRecord &, const PaymentRecord &) = default;
};

} // namespace RefundDesk
