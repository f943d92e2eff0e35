// Creating refunds and changing their status: read, check and write under one
// BEGIN IMMEDIATE, with the refund's event in the same transaction.

#include "core/ids.h"
#include "core/timestamp.h"
#include "core/tr.h"
#include "domain/refundlifecycle.h"
#include "domain/refundrules.h"
#include "store/columncodec.h"
#include "store/sqlitestore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace RefundDesk {
namespace {

/// What an idempotent retry must repeat exactly to be the same request.
QByteArray fingerprint(const RefundRequest &r)
{
    const QJsonObject object {
        {QStringLiteral("payment"), r.paymentRecordId},
        {QStringLiteral("amount"), r.full ? QStringLiteral("full") : QString::number(r.amount)},
        {QStringLiteral("currency"), r.currency.toLower()},
        {QStringLiteral("reason"), toString(r.reason)},
        {QStringLiteral("note"), r.note},
        {QStringLiteral("metadata"), QString::fromUtf8(ColumnCodec::encodeMetadata(r.metadata))},
        {QStringLiteral("reported"), r.reported},
        {QStringLiteral("refund_reference"), r.refundReference},
        {QStringLiteral("initiated_at"),
         r.initiatedAt ? QString::number(*r.initiatedAt) : QString()},
        {QStringLiteral("refunded_at"), r.refundedAt ? QString::number(*r.refundedAt) : QString()},
    };
    return QCryptographicHash::hash(QJsonDocument(object).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256)
        .toHex();
}

QJsonValue optionalTime(const std::optional<qint64> &time)
{
    return time ? QJsonValue(*time) : QJsonValue(QJsonValue::Null);
}

QJsonObject metadataObject(const Metadata &metadata)
{
    QJsonObject object;
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

Result<RefundOutcome> SqliteStore::createRefund(const RefundRequest &request, const Actor &actor)
{
    if (auto begun = beginImmediate(); !begun)
        return begun.error();
    const auto fail = [this](Error error) {
        rollback();
        return error;
    };

    const auto granted = authorize(actor, Permission::CreateRefund);
    if (!granted)
        return fail(granted.error());
    const QByteArray requestFingerprint = fingerprint(request);
    if (!request.idempotencyKey.isEmpty()) {
        Sqlite::Statement seen =
            m_db.prepare("SELECT id, request_fingerprint FROM refunds WHERE idempotency_key = ?");
        seen.bind(1, request.idempotencyKey);
        if (seen.next()) {
            const QString existingId = seen.text(0);
            if (seen.blob(1) != requestFingerprint) {
                return fail(Error::rule(
                    QStringLiteral("idempotency_key"),
                    ModelText::tr(
                        "Idempotency key \"%1\" was already used for refund %2 with different "
                        "parameters; use a new key for a new refund.")
                        .arg(request.idempotencyKey, existingId)));
            }
            auto original = refund(existingId);
            rollback(); // nothing was written
            if (!original)
                return original.error();
            return RefundOutcome {original.value(), true};
        }
        if (!seen.finished())
            return fail(storageError(ModelText::tr("Cannot look up idempotency key")));
    }

    auto found = record(request.paymentRecordId);
    if (!found)
        return fail(found.error());
    const PaymentRecord &payment = found.value();
    const qint64 now = nowMs() / 1000;
    const qint64 amount = requestedAmount(request, payment);
    if (auto valid = validateRefund(request, amount, payment, now); !valid)
        return fail(valid.error());

    Refund refund;
    refund.id = newObjectId(u"re_");
    refund.paymentRecordId = payment.id;
    refund.amount = amount;
    refund.currency = payment.currency;
    // Above the creator's limit it waits, reserved, for someone else's approval (DESIGN §3).
    const bool needsApproval = !granted->withinLimit(payment.currency, amount);
    if (needsApproval)
        refund.status = RefundStatus::AwaitingApproval;
    else
        refund.status = request.reported ? RefundStatus::Succeeded : RefundStatus::Pending;
    refund.reason = request.reason;
    refund.refundReference = request.refundReference.trimmed();
    // A refund reported after the fact was initiated no later than the processor refunded it;
    // defaulting to now would put initiated_at after a past refunded_at.
    if (request.initiatedAt)
        refund.initiatedAt = request.initiatedAt;
    else if (request.reported && request.refundedAt)
        refund.initiatedAt = request.refundedAt;
    else
        refund.initiatedAt = now;
    if (request.reported)
        refund.refundedAt = request.refundedAt ? request.refundedAt : std::optional<qint64>(now);
    refund.created = now;
    refund.updated = now;
    refund.metadata = request.metadata;
    refund.createdBy = granted->name;
    refund.note = request.note;
    refund.idempotencyKey = request.idempotencyKey;

    Sqlite::Statement attempt = m_db.prepare("SELECT id FROM payment_attempts WHERE "
                                             "payment_record_id = ? AND outcome = 'guaranteed'");
    attempt.bind(1, payment.id);
    if (attempt.next())
        refund.paymentAttemptId = attempt.text(0);

    if (!refund.refundReference.isEmpty()) {
        Sqlite::Statement taken = m_db.prepare("SELECT id FROM refunds WHERE refund_reference = ?");
        taken.bind(1, refund.refundReference);
        if (taken.next()) {
            return fail(
                Error::rule(QStringLiteral("refund_reference"),
                            ModelText::tr("Refund reference \"%1\" is already used by refund %2.")
                                .arg(refund.refundReference, taken.text(0))));
        }
    }

    Sqlite::Statement insert = m_db.prepare(
        "INSERT INTO refunds(id, payment_record_id, payment_attempt_id, amount, currency, status, "
        "reason, refund_reference, initiated_at, refunded_at, created, updated, metadata, "
        "created_by, note, idempotency_key, request_fingerprint) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, refund.id)
        .bind(2, refund.paymentRecordId)
        .bind(3, refund.paymentAttemptId)
        .bind(4, refund.amount)
        .bind(5, refund.currency)
        .bind(6, toString(refund.status))
        .bind(7, Sqlite::orNull(toString(refund.reason)))
        .bind(8, Sqlite::orNull(refund.refundReference))
        .bind(9, refund.initiatedAt)
        .bind(10, refund.refundedAt)
        .bind(11, refund.created)
        .bind(12, refund.updated)
        .bind(13, ColumnCodec::encodeMetadata(refund.metadata))
        .bind(14, refund.createdBy)
        .bind(15, Sqlite::orNull(refund.note))
        .bind(16, Sqlite::orNull(refund.idempotencyKey))
        .bind(17, requestFingerprint);
    if (!insert.exec())
        return fail(storageError(
            ModelText::tr("The database refused refund of %1 on %2").arg(amount).arg(payment.id)));

    Event event;
    event.actor = granted->name;
    event.action = QStringLiteral("refund.created");
    event.entityType = QStringLiteral("refund");
    event.entityId = refund.id;
    event.recordId = payment.id;
    QJsonObject payload {
        {QStringLiteral("amount"), refund.amount},
        {QStringLiteral("currency"), refund.currency},
        {QStringLiteral("status"), toString(refund.status)},
        {QStringLiteral("reason"), toString(refund.reason)},
        {QStringLiteral("reported"), request.reported},
        {QStringLiteral("refund_reference"), refund.refundReference},
        {QStringLiteral("refunded_at"), optionalTime(refund.refundedAt)},
        {QStringLiteral("note"), refund.note},
        {QStringLiteral("metadata"), metadataObject(refund.metadata)},
        {QStringLiteral("approval_required"), needsApproval},
    };
    if (needsApproval) {
        // The limit it was above, in minor units of the refund's currency.
        payload.insert(QStringLiteral("limit"),
                       granted->limits.value(payment.currency.toLower(), 0));
    }
    event.payload = compact(payload);
    if (auto appended = appendEvent(event); !appended)
        return fail(appended.error());
    if (auto committed = commit(); !committed)
        return committed.error();
    return RefundOutcome {refund, false};
}

Result<Refund> SqliteStore::changeRefundStatus(const QString &refundId, const StatusChange &change,
                                               const Actor &actor)
{
    if (auto begun = beginImmediate(); !begun)
        return begun.error();
    const auto fail = [this](Error error) {
        rollback();
        return error;
    };

    if (auto allowed = authorize(actor, Permission::ChangeRefundStatus); !allowed)
        return fail(allowed.error());
    auto found = refund(refundId);
    if (!found)
        return fail(found.error());
    Refund updated = found.value();
    if (auto valid = RefundLifecycle::validate(updated, change); !valid)
        return fail(valid.error());

    const qint64 now = nowMs() / 1000;
    const QString reference = change.refundReference.trimmed();
    if (!reference.isEmpty() && reference != updated.refundReference) {
        if (!updated.refundReference.isEmpty()) {
            return fail(
                Error::rule(QStringLiteral("refund_reference"),
                            ModelText::tr("Refund %1 already has the reference \"%2\"; it cannot "
                                          "change to \"%3\".")
                                .arg(refundId, updated.refundReference, reference)));
        }
        Sqlite::Statement taken = m_db.prepare("SELECT id FROM refunds WHERE refund_reference = ?");
        taken.bind(1, reference);
        if (taken.next()) {
            return fail(
                Error::rule(QStringLiteral("refund_reference"),
                            ModelText::tr("Refund reference \"%1\" is already used by refund %2.")
                                .arg(reference, taken.text(0))));
        }
        updated.refundReference = reference;
    }
    if (change.refundedAt && *change.refundedAt > now) {
        return fail(
            Error::rule(QStringLiteral("refunded_at"),
                        ModelText::tr("refunded_at %1 is in the future (now is %2).")
                            .arg(formatTimestamp(*change.refundedAt), formatTimestamp(now))));
    }

    const RefundStatus from = updated.status;
    updated.status = change.to;
    updated.failureReason = change.failureReason;
    updated.pendingReason = change.pendingReason;
    if (change.to == RefundStatus::Succeeded)
        updated.refundedAt = change.refundedAt ? change.refundedAt : std::optional<qint64>(now);
    updated.updated = now;

    Sqlite::Statement update =
        m_db.prepare("UPDATE refunds SET status = ?, failure_reason = ?, pending_reason = ?, "
                     "refund_reference = ?, refunded_at = ?, updated = ? WHERE id = ?");
    update.bind(1, toString(updated.status))
        .bind(2, Sqlite::orNull(toString(updated.failureReason)))
        .bind(3, Sqlite::orNull(toString(updated.pendingReason)))
        .bind(4, Sqlite::orNull(updated.refundReference))
        .bind(5, updated.refundedAt)
        .bind(6, updated.updated)
        .bind(7, refundId);
    if (!update.exec())
        return fail(
            storageError(ModelText::tr("The database refused to change refund %1").arg(refundId)));

    Event event;
    event.actor = actor.name;
    event.action = QStringLiteral("refund.status_changed");
    event.entityType = QStringLiteral("refund");
    event.entityId = refundId;
    event.recordId = updated.paymentRecordId;
    event.payload = compact({
        {QStringLiteral("from"), toString(from)},
        {QStringLiteral("to"), toString(updated.status)},
        {QStringLiteral("failure_reason"), toString(updated.failureReason)},
        {QStringLiteral("pending_reason"), toString(updated.pendingReason)},
        {QStringLiteral("refund_reference"), updated.refundReference},
        {QStringLiteral("refunded_at"), optionalTime(updated.refundedAt)},
        {QStringLiteral("amount"), updated.amount},
        {QStringLiteral("currency"), updated.currency},
    });
    if (auto appended = appendEvent(event); !appended)
        return fail(appended.error());
    if (auto committed = commit(); !committed)
        return committed.error();
    return updated;
}

} // namespace RefundDesk
