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
};

} // namespace RefundDesk

Q_DECLARE_METATYPE(RefundDesk::PaymentRecord)
Q_DECLARE_METATYPE(RefundDesk::Refund)
