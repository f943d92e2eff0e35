#pragma once

#include "domain/paymentrecord.h"
#include "domain/refund.h"

#include <QMetaType>
#include <Qt>

namespace RefundDesk {

/// Item data roles of every RefundDesk model, in one place so that no two models give the
/// same number two meanings.
enum ItemRole {
    RecordIdRole = Qt::UserRole, ///< QString: the payment record's id ("pr_…")
    PaymentRecordRole, ///< PaymentRecord: the whole record behind the row
    RefundIdRole, ///< QString: the refund's id ("re_…")
    RefundRole, ///< Refund: the whole refund behind the row
    /// qint64: a history row's event sequence number; null on attempt and imported-refund rows
    EventSeqRole,
    /// QString: a history row's action ("refund.created"); "payment_attempt" for an attempt
    /// row and "refund" for a refund that came in with its payment's import
    EventActionRole,
    UserNameRole, ///< QString: a user's name, as the store keeps it
};

} // namespace RefundDesk

Q_DECLARE_METATYPE(RefundDesk::PaymentRecord)
Q_DECLARE_METATYPE(RefundDesk::Refund)
