// Four-eyes approval (DESIGN §3): another supervisor or admin decides on a refund that
// waits above its creator's limit. The decision and the status change are one write.

#include "core/timestamp.h"
#include "core/tr.h"
#include "money/money.h"
#include "store/sqlitestore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace RefundDesk {

Result<Refund> SqliteStore::decideApproval(const ApprovalDecision &decision, const Actor &actor)
{
    const QString note = decision.note.trimmed();
    if (!decision.approve && note.isEmpty()) {
        return Error::rule(
            QStringLiteral("note"),
            ModelText::tr("Rejecting refund %1 needs a note saying why.").arg(decision.refundId));
    }
    return writeTransaction<Refund>([&]() -> Result<Refund> {
        const auto granted = authorize(actor, Permission::ApproveRefund);
        if (!granted)
            return granted.error();
        auto found = refund(decision.refundId);
        if (!found)
            return found.error();
        Refund refund = found.value();

        if (refund.status != RefundStatus::AwaitingApproval) {
            Sqlite::Statement earlier = m_db.prepare(
                "SELECT decision, decided_by, decided FROM approvals WHERE refund_id = ?");
            earlier.bind(1, refund.id);
            if (earlier.next()) {
                return Error::rule(QStringLiteral("status"),
                                   ModelText::tr("Refund %1 was already %2 by %3 at %4; it is "
                                                 "%5 now.")
                                       .arg(refund.id, earlier.text(0), earlier.text(1),
                                            formatTimestamp(earlier.int64(2)),
                                            toString(refund.status)));
            }
            return Error::rule(QStringLiteral("status"),
                               ModelText::tr("Refund %1 is %2, not awaiting approval.")
                                   .arg(refund.id, toString(refund.status)));
        }
        if (refund.createdBy.compare(granted->name, Qt::CaseInsensitive) == 0) {
            return Error::denied(QStringLiteral("approver"),
                                 ModelText::tr("%1 created refund %2 and cannot approve or reject "
                                               "it: another supervisor or admin must.")
                                     .arg(granted->name, refund.id));
        }
        // The decision binds what the approver saw; any difference voids it.
        if (decision.amount != refund.amount
            || decision.currency.compare(refund.currency, Qt::CaseInsensitive) != 0
            || decision.paymentRecordId != refund.paymentRecordId) {
            return Error::rule(
                QStringLiteral("amount"),
                ModelText::tr("Refund %1 is %2 on %3, not the %4 on %5 that was approved; "
                              "look at it again before deciding.")
                    .arg(refund.id, formatMoney(refund.amount, refund.currency),
                         refund.paymentRecordId,
                         formatMoney(decision.amount, decision.currency.toLower()),
                         decision.paymentRecordId));
        }

        const qint64 now = nowMs() / 1000;
        Sqlite::Statement insert = m_db.prepare(
            "INSERT INTO approvals(refund_id, decision, decided_by, decided, amount, currency, "
            "payment_record_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        insert.bind(1, refund.id)
            .bind(2, decision.approve ? QStringLiteral("approved") : QStringLiteral("rejected"))
            .bind(3, granted->name)
            .bind(4, now)
            // What the approver decided on, so the database's own check
            // (refunds_approval_bound) compares it with the refund once more.
            .bind(5, decision.amount)
            .bind(6, decision.currency.toLower())
            .bind(7, decision.paymentRecordId)
            .bind(8, Sqlite::orNull(note));
        if (!insert.exec())
            return storageError(
                ModelText::tr("The database refused the decision on %1").arg(refund.id));

        const RefundStatus from = refund.status;
        // A refund reported as already refunded at the processor was refunded; approval
        // confirms it. Any other goes on to the processor as pending.
        if (!decision.approve)
            refund.status = RefundStatus::Canceled;
        else
            refund.status = refund.refundedAt ? RefundStatus::Succeeded : RefundStatus::Pending;
        if (decision.approve)
            refund.approvedBy = granted->name;
        refund.updated = now;
        Sqlite::Statement update = m_db.prepare(
            "UPDATE refunds SET status = ?, approved_by = ?, updated = ? WHERE id = ?");
        update.bind(1, toString(refund.status))
            .bind(2, Sqlite::orNull(refund.approvedBy))
            .bind(3, now)
            .bind(4, refund.id);
        if (!update.exec())
            return storageError(
                ModelText::tr("The database refused to change refund %1").arg(refund.id));

        Event event;
        event.actor = granted->name;
        event.action = decision.approve ? QStringLiteral("refund.approved")
                                        : QStringLiteral("refund.rejected");
        event.entityType = QStringLiteral("refund");
        event.entityId = refund.id;
        event.recordId = refund.paymentRecordId;
        event.payload = QJsonDocument(QJsonObject {
                                          {QStringLiteral("from"), toString(from)},
                                          {QStringLiteral("to"), toString(refund.status)},
                                          {QStringLiteral("amount"), refund.amount},
                                          {QStringLiteral("currency"), refund.currency},
                                          {QStringLiteral("created_by"), refund.createdBy},
                                          {QStringLiteral("note"), note},
                                      })
                            .toJson(QJsonDocument::Compact);
        if (auto appended = appendEvent(event); !appended)
            return appended.error();
        return refund;
    });
}

} // namespace RefundDesk
