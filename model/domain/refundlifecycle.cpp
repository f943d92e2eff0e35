#include "domain/refundlifecycle.h"

#include "core/timestamp.h"
#include "core/tr.h"

namespace RefundDesk::RefundLifecycle {

bool canTransition(RefundStatus from, RefundStatus to)
{
    using S = RefundStatus;
    switch (from) {
    case S::Pending:
        return to == S::Succeeded || to == S::Failed || to == S::Canceled
            || to == S::RequiresAction;
    case S::RequiresAction:
        return to == S::Pending || to == S::Succeeded || to == S::Failed || to == S::Canceled;
    case S::Succeeded:
        // A refund can still fail after it was reported as succeeded.
        return to == S::Failed;
    case S::AwaitingApproval:
        // Only an approval decision moves it on (Store::decideApproval), never a status
        // change: that would let anyone skip the second pair of eyes.
    case S::Failed:
    case S::Canceled:
        return false;
    }
    return false;
}

QList<RefundStatus> nextStatuses(RefundStatus from)
{
    QList<RefundStatus> next;
    for (RefundStatus to : allRefundStatuses()) {
        if (canTransition(from, to))
            next << to;
    }
    return next;
}

Result<void> validate(const Refund &refund, const StatusChange &change)
{
    if (refund.status == RefundStatus::AwaitingApproval) {
        return Error::rule(QStringLiteral("status"),
                           ModelText::tr("Refund %1 is awaiting approval: a supervisor or admin "
                                         "other than its creator approves or rejects it.")
                               .arg(refund.id));
    }
    if (!canTransition(refund.status, change.to)) {
        QStringList allowed;
        for (RefundStatus s : nextStatuses(refund.status))
            allowed << toString(s);
        const QString tail = allowed.isEmpty()
            ? ModelText::tr("%1 is final.").arg(toString(refund.status))
            : ModelText::tr("From %1 it can go to %2.")
                  .arg(toString(refund.status), allowed.join(QStringLiteral(", ")));
        return Error::rule(QStringLiteral("status"),
                           ModelText::tr("Refund %1 cannot change from %2 to %3. %4")
                               .arg(refund.id, toString(refund.status), toString(change.to), tail));
    }
    if (change.to == RefundStatus::Failed && change.failureReason == FailureReason::None) {
        return Error::rule(
            QStringLiteral("failure_reason"),
            ModelText::tr("A failure_reason is required to mark refund %1 as failed.")
                .arg(refund.id));
    }
    if (change.to != RefundStatus::Failed && change.failureReason != FailureReason::None) {
        return Error::rule(
            QStringLiteral("failure_reason"),
            ModelText::tr("failure_reason \"%1\" can only be set when the status is failed, "
                          "not %2.")
                .arg(toString(change.failureReason), toString(change.to)));
    }
    if (change.to != RefundStatus::Pending && change.pendingReason != PendingReason::None) {
        return Error::rule(
            QStringLiteral("pending_reason"),
            ModelText::tr("pending_reason \"%1\" can only be set when the status is pending, "
                          "not %2.")
                .arg(toString(change.pendingReason), toString(change.to)));
    }
    if (change.refundedAt && change.to != RefundStatus::Succeeded) {
        return Error::rule(
            QStringLiteral("refunded_at"),
            ModelText::tr("refunded_at can only be set when the status becomes succeeded, "
                          "not %1.")
                .arg(toString(change.to)));
    }
    if (change.refundedAt && refund.initiatedAt && *change.refundedAt < *refund.initiatedAt) {
        return Error::rule(
            QStringLiteral("refunded_at"),
            ModelText::tr("refunded_at %1 is before the refund was initiated at %2.")
                .arg(formatTimestamp(*change.refundedAt), formatTimestamp(*refund.initiatedAt)));
    }
    return {};
}

} // namespace RefundDesk::RefundLifecycle
