#pragma once

#include <QString>

namespace RefundDesk {

/// A supervisor's decision on a refund awaiting approval. It binds what the approver saw:
/// the store refuses it when the refund's amount, currency or payment differ.
struct ApprovalDecision
{
    QString refundId;
    bool approve = true;
    qint64 amount = 0; ///< minor units, as the approver saw it
    QString currency;
    QString paymentRecordId;
    QString note; ///< required to reject; optional to approve
};

} // namespace RefundDesk
