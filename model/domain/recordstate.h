#pragma once

#include "domain/paymentrecord.h"

namespace RefundDesk {

/// What an agent sees a payment as. Derived from the record's amounts, never stored;
/// the store's `state` column is the same rule in SQL, and a test holds the two together.
enum class RecordState {
    Pending, ///< no attempt guaranteed, failed or canceled yet
    Paid, ///< guaranteed, nothing refunded or reserved
    PartiallyRefunded, ///< some refunded, some still refundable
    Refunded, ///< everything guaranteed is refunded
    RefundPending, ///< a refund is pending, requires action or awaits approval
    Failed,
    Canceled,
};

RecordState deriveRecordState(const PaymentRecord &record);

/// The snake_case name used in filters and JSON ("partially_refunded").
QString toString(RecordState state);
Result<RecordState> recordStateFromString(QStringView text,
                                          const QString &field = QStringLiteral("state"));
/// A label for people ("Partially refunded").
QString displayName(RecordState state);
QList<RecordState> allRecordStates();

} // namespace RefundDesk
