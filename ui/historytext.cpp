#include "historytext.h"

#include "auth/role.h"
#include "domain/paymentattempt.h"
#include "domain/refund.h"
#include "recordformat.h"
#include "store/event.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

namespace RefundDesk {
namespace {

/// Longest quoted value or payload shown in a line; the tooltip has the rest.
constexpr int maxValueLength = 40;
constexpr int maxPayloadLength = 160;

QJsonObject payloadOf(const Event &event)
{
    return QJsonDocument::fromJson(event.payload).object();
}

QString elided(const QString &text, int length)
{
    const QString line = text.simplified();
    return line.size() <= length ? line : line.left(length - 1) + QChar(0x2026);
}

QString money(const QJsonValue &value, const QString &currency)
{
    // toInteger, not toDouble: the payload holds minor units as JSON integers.
    return RecordFormat::amount(value.toInteger(), currency);
}

QString quoted(const QString &text)
{
    return HistoryText::tr("“%1”").arg(elided(text, maxValueLength));
}

QString count(qint64 value)
{
    return QLocale().toString(value);
}

QString statusName(const QString &name)
{
    const auto status = refundStatusFromString(name);
    return status ? displayName(status.value()) : name;
}

/// The display name of a reason of any kind, empty for none; a name the desk does not
/// know stays as it is.
QString outcomeName(const QString &name)
{
    const auto outcome = attemptOutcomeFromString(name);
    if (!outcome)
        return name;
    switch (outcome.value()) {
    case AttemptOutcome::Initiated:
        return HistoryText::tr("initiated");
    case AttemptOutcome::Guaranteed:
        return HistoryText::tr("guaranteed");
    case AttemptOutcome::Failed:
        return HistoryText::tr("failed");
    case AttemptOutcome::Canceled:
        return HistoryText::tr("canceled");
    case AttemptOutcome::Informational:
        return HistoryText::tr("informational");
    }
    return name;
}

template<typename Parse>
QString reasonName(const QString &name, Parse parse)
{
    const auto reason = parse(name, QString());
    return reason ? displayName(reason.value()) : name;
}

QString fieldLabel(const QString &field)
{
    // The payload's column names, as an agent would say them.
    static const struct
    {
        const char *field;
        const char *label;
    } labels[] = {
        {"amount", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "amount")},
        {"amount_requested", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "requested")},
        {"amount_authorized", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "authorized")},
        {"amount_guaranteed", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "guaranteed")},
        {"amount_canceled", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "canceled")},
        {"amount_failed", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "failed")},
        {"amount_refunded", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "refunded")},
        {"approved_by", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "approved by")},
        {"billing_details", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "billing details")},
        {"card_brand", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "card brand")},
        {"card_last4", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "card last 4")},
        {"created", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "created")},
        {"customer_email", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "email")},
        {"customer_id", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "customer")},
        {"customer_name", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "name")},
        {"customer_phone", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "phone")},
        {"customer_presence", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "customer presence")},
        {"description", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "description")},
        {"destination_details",
         QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "destination details")},
        {"failure_reason", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "failure reason")},
        {"idempotency_key", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "idempotency key")},
        {"initiated_at", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "initiated")},
        {"latest_attempt_id", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "latest attempt")},
        {"livemode", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "mode")},
        {"metadata", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "metadata")},
        {"note", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "note")},
        {"outcome", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "outcome")},
        {"payment_attempt_id", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "attempt")},
        {"payment_method", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "payment method")},
        {"payment_method_display_name",
         QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "payment method name")},
        {"payment_method_type",
         QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "payment method type")},
        {"pending_reason", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "pending reason")},
        {"processor_reference",
         QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "processor reference")},
        {"processor_type", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "processor")},
        {"reason", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "reason")},
        {"refund_reference", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "refund reference")},
        {"refunded_at", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "refunded")},
        {"reported_by", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "reported by")},
        {"shipping_details", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "shipping details")},
        {"status", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "status")},
        {"updated", QT_TRANSLATE_NOOP("RefundDesk::HistoryText", "updated")},
    };
    for (const auto &entry : labels) {
        if (field == QLatin1String(entry.field))
            return HistoryText::tr(entry.label);
    }
    return field;
}

bool isTimeField(const QString &field)
{
    return field == u"created" || field == u"updated" || field == u"initiated_at"
        || field == u"refunded_at";
}

/// A value of a changed field, as an agent reads it.
QString fieldValue(const QString &field, const QJsonValue &value, const QString &currency)
{
    if (value.isNull() || value.isUndefined())
        return HistoryText::tr("none");
    if (field == u"amount" || field.startsWith(u"amount_"))
        return money(value, currency);
    if (isTimeField(field))
        return RecordFormat::created(value.toInteger());
    if (field == u"livemode")
        return value.toInteger() != 0 ? HistoryText::tr("live") : HistoryText::tr("test");
    if (field == u"status")
        return statusName(value.toString());
    if (field == u"outcome")
        return outcomeName(value.toString());
    if (field == u"reason")
        return reasonName(value.toString(), refundReasonFromString);
    if (field == u"failure_reason")
        return reasonName(value.toString(), failureReasonFromString);
    if (field == u"pending_reason")
        return reasonName(value.toString(), pendingReasonFromString);
    if (value.isString())
        return quoted(value.toString());
    if (value.isDouble())
        return count(value.toInteger());
    if (value.isBool())
        return value.toBool() ? HistoryText::tr("yes") : HistoryText::tr("no");
    return elided(QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)),
                  maxValueLength);
}

Metadata metadataOf(const QJsonValue &value)
{
    // A metadata_changed payload holds objects; a record.updated diff holds the column's
    // JSON text.
    const QJsonObject object = value.isString()
        ? QJsonDocument::fromJson(value.toString().toUtf8()).object()
        : value.toObject();
    Metadata metadata;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        metadata.insert(it.key(), it.value().toString());
    return metadata;
}

/// "order_id set to “A-1”, plan “basic” → “team”, coupon removed".
QString metadataChanges(const Metadata &before, const Metadata &after)
{
    QStringList changes;
    Metadata all = before;
    all.insert(after);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        const QString &key = it.key();
        if (!before.contains(key))
            changes << HistoryText::tr("%1 set to %2").arg(key, quoted(after.value(key)));
        else if (!after.contains(key))
            changes << HistoryText::tr("%1 removed").arg(key);
        else if (before.value(key) != after.value(key))
            changes << HistoryText::tr("%1 %2 → %3")
                           .arg(key, quoted(before.value(key)), quoted(after.value(key)));
    }
    return changes.isEmpty() ? HistoryText::tr("no change") : changes.join(QStringLiteral(", "));
}

/// "description “A” → “B”; requested $1.00 → $2.00" from {"field": {"from", "to"}}.
QString fieldChanges(const QJsonObject &diff, const QString &currency)
{
    QStringList changes;
    for (auto it = diff.constBegin(); it != diff.constEnd(); ++it) {
        const QString &field = it.key();
        const QJsonObject change = it.value().toObject();
        const QJsonValue from = change.value(QStringLiteral("from"));
        const QJsonValue to = change.value(QStringLiteral("to"));
        if (field == u"metadata") {
            changes << HistoryText::tr("%1: %2").arg(
                fieldLabel(field), metadataChanges(metadataOf(from), metadataOf(to)));
        } else if (field.endsWith(u"_details")) {
            changes << HistoryText::tr("%1 changed").arg(fieldLabel(field));
        } else {
            changes << HistoryText::tr("%1 %2 → %3")
                           .arg(fieldLabel(field), fieldValue(field, from, currency),
                                fieldValue(field, to, currency));
        }
    }
    return changes.isEmpty() ? HistoryText::tr("no change") : changes.join(QStringLiteral("; "));
}

QString importText(const QJsonObject &p)
{
    const QString source = QFileInfo(p.value(QStringLiteral("source")).toString()).fileName();
    const qint64 imported = p.value(QStringLiteral("imported")).toInteger();
    const qint64 updated = p.value(QStringLiteral("updated")).toInteger();
    QStringList counts;
    if (imported > 0)
        counts << (imported == 1 ? HistoryText::tr("1 new object")
                                 : HistoryText::tr("%1 new objects").arg(count(imported)));
    if (updated > 0)
        counts << HistoryText::tr("%1 updated").arg(count(updated));
    const QString what = counts.join(QStringLiteral(", "));
    if (source.isEmpty())
        return what.isEmpty() ? HistoryText::tr("Imported")
                              : HistoryText::tr("Imported (%1)").arg(what);
    return what.isEmpty() ? HistoryText::tr("Imported from %1").arg(source)
                          : HistoryText::tr("Imported from %1 (%2)").arg(source, what);
}

QString demoText(const QJsonObject &p)
{
    const qint64 records = p.value(QStringLiteral("records")).toInteger();
    const QString seed = p.value(QStringLiteral("seed")).toString();
    return records == 1
        ? HistoryText::tr("Demo data generated (1 record, seed %1)").arg(seed)
        : HistoryText::tr("Demo data generated (%1 records, seed %2)").arg(count(records), seed);
}

QString priorRefundedText(const QJsonObject &p, const QString &currency)
{
    const QJsonValue refunded = p.value(QStringLiteral("amount_refunded"));
    const QJsonValue prior = p.value(QStringLiteral("amount_prior_refunded"));
    if (p.value(QStringLiteral("over_reported")).toBool()) {
        return HistoryText::tr(
                   "The source reported %1 refunded of %2 guaranteed; imported as fully "
                   "refunded")
            .arg(money(refunded, currency),
                 money(p.value(QStringLiteral("amount_guaranteed")), currency));
    }
    if (prior.toInteger() > 0) {
        return HistoryText::tr("Prior refund of %1 at the processor, before RefundDesk")
            .arg(money(prior, currency));
    }
    return HistoryText::tr("The refunds now known account for everything refunded; no prior refund "
                           "remains");
}

QString refundCreatedText(const QString &id, const QJsonObject &p)
{
    const QString amount =
        money(p.value(QStringLiteral("amount")), p.value(QStringLiteral("currency")).toString());
    const QString reason =
        reasonName(p.value(QStringLiteral("reason")).toString(), refundReasonFromString);
    if (p.value(QStringLiteral("reported")).toBool()) {
        return reason.isEmpty()
            ? HistoryText::tr("Refund %1 of %2 reported as refunded at the processor")
                  .arg(id, amount)
            : HistoryText::tr("Refund %1 of %2 reported as refunded at the processor (%3)")
                  .arg(id, amount, reason);
    }
    QString text = reason.isEmpty()
        ? HistoryText::tr("Refund %1 of %2 created").arg(id, amount)
        : HistoryText::tr("Refund %1 of %2 created (%3)").arg(id, amount, reason);
    const QString status = p.value(QStringLiteral("status")).toString();
    if (!status.isEmpty() && status != toString(RefundStatus::Pending))
        text = HistoryText::tr("%1 — %2").arg(text, statusName(status));
    return text;
}

QString statusChangedText(const QString &id, const QJsonObject &p)
{
    const QString to = statusName(p.value(QStringLiteral("to")).toString());
    const QString failure =
        reasonName(p.value(QStringLiteral("failure_reason")).toString(), failureReasonFromString);
    const QString pending =
        reasonName(p.value(QStringLiteral("pending_reason")).toString(), pendingReasonFromString);
    const QString why = !failure.isEmpty() ? failure : pending;
    return HistoryText::tr("Refund %1 %2 → %3")
        .arg(id, statusName(p.value(QStringLiteral("from")).toString()),
             why.isEmpty() ? to : HistoryText::tr("%1: %2").arg(to, why));
}

QString decisionText(const Event &event, const QJsonObject &p)
{
    const QString amount =
        money(p.value(QStringLiteral("amount")), p.value(QStringLiteral("currency")).toString());
    const QString note = p.value(QStringLiteral("note")).toString().simplified();
    QString text = event.action == u"refund.approved"
        ? HistoryText::tr("Refund %1 of %2 approved → %3")
              .arg(event.entityId, amount, statusName(p.value(QStringLiteral("to")).toString()))
        : HistoryText::tr("Refund %1 of %2 rejected").arg(event.entityId, amount);
    if (!note.isEmpty())
        text = HistoryText::tr("%1: %2").arg(text, quoted(note));
    return text;
}

QString roleName(const QJsonValue &value)
{
    const auto role = roleFromString(value.toString());
    return role ? displayName(*role) : value.toString();
}

QString limitsText(const QJsonValue &value)
{
    const QJsonObject limits = value.toObject();
    if (limits.isEmpty())
        return HistoryText::tr("none");
    QStringList parts;
    for (auto it = limits.constBegin(); it != limits.constEnd(); ++it)
        parts << money(it.value(), it.key());
    return parts.join(QStringLiteral(", "));
}

QString signInFailedText(const QJsonObject &p)
{
    const QString reason = p.value(QStringLiteral("reason")).toString();
    const qint64 failures = p.value(QStringLiteral("failures")).toInteger();
    const QString why = reason == u"unknown_user" ? HistoryText::tr("unknown user")
        : reason == u"disabled"                   ? HistoryText::tr("user disabled")
                                                  : HistoryText::tr("wrong password");
    return failures > 1 ? HistoryText::tr("Sign-in failed: %1 (%2 in a row)").arg(why).arg(failures)
                        : HistoryText::tr("Sign-in failed: %1").arg(why);
}

/// The audit trail's user events: who was added, changed or signed in.
QString userText(const Event &event, const QJsonObject &p)
{
    const QString &name = event.entityId;
    const QString &action = event.action;
    if (action == u"user.added") {
        return HistoryText::tr("User %1 added as %2, refund limits %3")
            .arg(name, roleName(p.value(QStringLiteral("role"))),
                 limitsText(p.value(QStringLiteral("limits"))));
    }
    if (action == u"user.role_changed") {
        return HistoryText::tr("Role of %1 %2 → %3")
            .arg(name, roleName(p.value(QStringLiteral("from"))),
                 roleName(p.value(QStringLiteral("to"))));
    }
    if (action == u"user.limits_changed") {
        return HistoryText::tr("Refund limits of %1 %2 → %3")
            .arg(name, limitsText(p.value(QStringLiteral("before"))),
                 limitsText(p.value(QStringLiteral("after"))));
    }
    if (action == u"user.password_changed")
        return HistoryText::tr("Password of %1 changed").arg(name);
    if (action == u"user.disabled")
        return HistoryText::tr("User %1 disabled").arg(name);
    if (action == u"user.enabled")
        return HistoryText::tr("User %1 enabled").arg(name);
    if (action == u"user.signed_in") {
        return p.value(QStringLiteral("rehashed")).toBool()
            ? HistoryText::tr("Signed in (password hash renewed)")
            : HistoryText::tr("Signed in");
    }
    if (action == u"user.sign_in_failed")
        return signInFailedText(p);
    return {};
}

QString exportText(const Event &event, const QJsonObject &p)
{
    const QString target = event.entityId == u"-" ? HistoryText::tr("standard output")
                                                  : QFileInfo(event.entityId).fileName();
    const QString objects = count(p.value(QStringLiteral("objects")).toInteger());
    const bool masked = p.value(QStringLiteral("personal_data")).toString() != u"full";
    if (event.action == u"report") {
        return masked ? HistoryText::tr("Report of %1 objects to %2, personal data masked")
                            .arg(objects, target)
                      : HistoryText::tr("Report of %1 objects to %2, personal data in full")
                            .arg(objects, target);
    }
    return masked
        ? HistoryText::tr("Exported %1 objects to %2, personal data masked").arg(objects, target)
        : HistoryText::tr("Exported %1 objects to %2, personal data in full").arg(objects, target);
}

QString unknownText(const Event &event, QJsonObject p)
{
    // A batch's row range is the store's bookkeeping, not something anyone did.
    if (event.entityType == u"batch") {
        p.remove(QStringLiteral("first_pk"));
        p.remove(QStringLiteral("last_pk"));
    }
    if (p.isEmpty())
        return event.action;
    return HistoryText::tr("%1: %2").arg(
        event.action,
        elided(QString::fromUtf8(QJsonDocument(p).toJson(QJsonDocument::Compact)),
               maxPayloadLength));
}

QString line(const QString &label, const QString &value)
{
    return HistoryText::tr("%1: %2").arg(label, value);
}

} // namespace

QString HistoryText::describe(const Event &event, const QString &currency)
{
    const QJsonObject p = payloadOf(event);
    const QString &action = event.action;
    const QString &id = event.entityId;
    if (action == u"import")
        return importText(p);
    if (action == u"import.demo")
        return demoText(p);
    if (action == u"record.note")
        return tr("Note: %1").arg(p.value(QStringLiteral("note")).toString().simplified());
    if (action == u"record.metadata_changed") {
        return tr("Metadata changed: %1")
            .arg(metadataChanges(metadataOf(p.value(QStringLiteral("before"))),
                                 metadataOf(p.value(QStringLiteral("after")))));
    }
    if (action == u"record.updated")
        return tr("Record updated by import: %1").arg(fieldChanges(p, currency));
    if (action == u"record.prior_refunded")
        return priorRefundedText(p, currency);
    if (action == u"attempt.updated") {
        return tr("Payment attempt %1 updated by import: %2").arg(id, fieldChanges(p, currency));
    }
    if (action == u"refund.created")
        return refundCreatedText(id, p);
    if (action == u"refund.imported") {
        return tr("Refund %1 of %2 imported (%3)")
            .arg(id,
                 money(p.value(QStringLiteral("amount")),
                       p.value(QStringLiteral("currency")).toString()),
                 statusName(p.value(QStringLiteral("status")).toString()));
    }
    if (action == u"refund.updated") {
        // A refund is in its payment's currency, and its currency never changes.
        return tr("Refund %1 updated by import: %2").arg(id, fieldChanges(p, currency));
    }
    if (action == u"refund.status_changed")
        return statusChangedText(id, p);
    if (action == u"refund.approved" || action == u"refund.rejected")
        return decisionText(event, p);
    if (action.startsWith(u"user.")) {
        if (const QString text = userText(event, p); !text.isEmpty())
            return text;
    }
    if (action == u"export" || action == u"report")
        return exportText(event, p);
    return unknownText(event, p);
}

QString HistoryText::describe(const PaymentAttempt &attempt)
{
    const QString &id = attempt.id;
    const QString requested = RecordFormat::amount(attempt.amountRequested, attempt.currency);
    switch (attempt.outcome) {
    case AttemptOutcome::Guaranteed:
        return tr("Payment attempt %1 guaranteed %2")
            .arg(id, RecordFormat::amount(attempt.amountGuaranteed, attempt.currency));
    case AttemptOutcome::Failed:
        return tr("Payment attempt %1 of %2 failed").arg(id, requested);
    case AttemptOutcome::Canceled:
        return tr("Payment attempt %1 of %2 canceled").arg(id, requested);
    case AttemptOutcome::Initiated:
        return tr("Payment attempt %1 of %2 initiated").arg(id, requested);
    case AttemptOutcome::Informational:
        return tr("Payment attempt %1 of %2 (informational)").arg(id, requested);
    }
    return id;
}

QString HistoryText::describeImported(const Refund &refund, RefundStatus arrivedAs)
{
    return tr("Refund %1 of %2 imported with the payment (%3)")
        .arg(refund.id, RecordFormat::amount(refund.amount, refund.currency),
             displayName(arrivedAs));
}

QString HistoryText::payloadText(const Event &event)
{
    const QJsonDocument payload = QJsonDocument::fromJson(event.payload);
    if (payload.isNull())
        return QString::fromUtf8(event.payload);
    return QString::fromUtf8(payload.toJson(QJsonDocument::Indented)).trimmed();
}

QString HistoryText::details(const PaymentAttempt &attempt)
{
    const auto amount = [&](qint64 value) {
        return RecordFormat::amount(value, attempt.currency);
    };
    QStringList lines {
        line(tr("Outcome"), outcomeName(toString(attempt.outcome))),
        line(tr("Requested"), amount(attempt.amountRequested)),
        line(tr("Authorized"), amount(attempt.amountAuthorized)),
        line(tr("Guaranteed"), amount(attempt.amountGuaranteed)),
    };
    if (attempt.amountFailed > 0)
        lines << line(tr("Failed"), amount(attempt.amountFailed));
    if (attempt.amountCanceled > 0)
        lines << line(tr("Canceled"), amount(attempt.amountCanceled));
    if (attempt.amountRefunded > 0)
        lines << line(tr("Refunded"), amount(attempt.amountRefunded));
    const QString method = RecordFormat::method(attempt.paymentMethod);
    if (!method.isEmpty())
        lines << line(tr("Method"), method);
    if (!attempt.processorReference.isEmpty())
        lines << line(tr("Processor reference"), attempt.processorReference);
    return lines.join(u'\n');
}

QString HistoryText::details(const Refund &refund)
{
    QStringList lines {line(tr("Status now"), displayName(refund.status))};
    if (refund.reason != RefundReason::None)
        lines << line(tr("Reason"), displayName(refund.reason));
    if (!refund.refundReference.isEmpty())
        lines << line(tr("Processor reference"), refund.refundReference);
    if (!refund.note.isEmpty())
        lines << line(tr("Note"), refund.note);
    return lines.join(u'\n');
}

} // namespace RefundDesk
