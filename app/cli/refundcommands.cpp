// refund and refund-status: the commands that move money, through the same model rules
// as the GUI.

#include "cli.h"
#include "core/timestamp.h"
#include "domain/metadata.h"
#include "io/apijson.h"
#include "money/amountparser.h"

#include <QCoreApplication>

#include <cstdio>

namespace RefundDesk::Cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RefundDesk::Cli", text);
}

Result<std::optional<qint64>> optionalTime(const QCommandLineParser &parser,
                                           const QCommandLineOption &option, const QString &field)
{
    if (!parser.isSet(option))
        return std::optional<qint64>();
    auto time = parseTimestamp(parser.value(option), field);
    if (!time)
        return time.error();
    return std::optional<qint64>(time.value());
}

/// Exactly one of --amount, --minor and --full, resolved against the payment's currency.
Result<void> readAmount(const QCommandLineParser &parser, const QCommandLineOption &amount,
                        const QCommandLineOption &minor, const QCommandLineOption &full,
                        Store &store, RefundRequest &request)
{
    const int given =
        int(parser.isSet(amount)) + int(parser.isSet(minor)) + int(parser.isSet(full));
    if (given != 1) {
        return Error::usage(QStringLiteral("amount"),
                            tr("Give exactly one of --amount DECIMAL, --minor N or --full."));
    }
    if (parser.isSet(full)) {
        request.full = true;
        return {};
    }
    if (parser.isSet(minor)) {
        bool ok = false;
        request.amount = parser.value(minor).toLongLong(&ok);
        if (!ok) {
            return Error::usage(QStringLiteral("amount"),
                                tr("--minor \"%1\" is not a whole number of minor units.")
                                    .arg(parser.value(minor)));
        }
        return {};
    }
    const auto record = store.record(request.paymentRecordId);
    if (!record)
        return record.error();
    const auto currency = Currency::fromCode(record->currency);
    if (!currency) {
        return Error::rule(
            QStringLiteral("currency"),
            tr("Payment %1 has the unknown currency \"%2\".").arg(record->id, record->currency));
    }
    const auto parsed = AmountParser().parse(parser.value(amount), *currency);
    if (!parsed)
        return parsed.error();
    request.amount = parsed.value();
    return {};
}

/// Standard output stays the refund's JSON; that it waits for a supervisor goes to standard
/// error, where a person running the command sees it.
void awaitingApprovalNote(const Refund &refund, Context &context)
{
    const auto access = context.access();
    const QString currency = refund.currency.toLower();
    QString why;
    if (!access)
        why = tr("it is above your refund limit.");
    else if (!access->limits.contains(currency))
        why = tr("you have no refund limit in %1.").arg(currency.toUpper());
    else
        why = tr("it is above your limit of %1.")
                  .arg(amountText(access->limits.value(currency), currency));
    const QString line = tr("Refund %1 of %2 on %3 is awaiting approval: %4")
                             .arg(refund.id, amountText(refund.amount, refund.currency),
                                  refund.paymentRecordId, why);
    std::fprintf(stderr, "%s\n", line.toUtf8().constData());
}

} // namespace

int refund(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption amount(QStringLiteral("amount"),
                                    tr("Amount in the payment's "
                                       "currency, e.g. 12.50."),
                                    QStringLiteral("DECIMAL"));
    const QCommandLineOption minor(QStringLiteral("minor"), tr("Amount in minor units, e.g. 1250."),
                                   QStringLiteral("N"));
    const QCommandLineOption full(QStringLiteral("full"),
                                  tr("Refund all that is still refundable."));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    tr("duplicate, fraudulent or requested_by_customer."),
                                    QStringLiteral("R"));
    const QCommandLineOption note(QStringLiteral("note"), tr("A note for the history."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption metadata(QStringLiteral("metadata"), tr("Metadata; repeatable."),
                                      QStringLiteral("KEY=VALUE"));
    const QCommandLineOption key(QStringLiteral("idempotency-key"),
                                 tr("A retry with the same key returns the first refund."),
                                 QStringLiteral("K"));
    const QCommandLineOption reported(QStringLiteral("reported"),
                                      tr("Already refunded at the processor: record it as "
                                         "succeeded."));
    const QCommandLineOption reference(QStringLiteral("reference"),
                                       tr("The processor's refund reference."),
                                       QStringLiteral("REF"));
    const QCommandLineOption refundedAt(QStringLiteral("refunded-at"),
                                        tr("When the processor refunded it (Unix seconds or "
                                           "RFC 3339)."),
                                        QStringLiteral("TIME"));
    parser.addOptions(
        {amount, minor, full, reason, note, metadata, key, reported, reference, refundedAt});
    parser.addPositionalArgument(QStringLiteral("PAYMENT_ID"), tr("The payment record to refund."));
    if (auto stop = context.parse(parser,
                                  tr("refund PAYMENT_ID (--amount DECIMAL | --minor N | "
                                     "--full) [options]: refund a payment.")))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return Context::usageError(tr("refund takes exactly one payment record id."));

    RefundRequest request;
    request.paymentRecordId = parser.positionalArguments().first();
    auto reasonValue = refundReasonFromString(parser.value(reason));
    if (!reasonValue)
        return Context::fail(reasonValue.error());
    request.reason = reasonValue.value();
    request.note = parser.value(note);
    for (const QString &pair : parser.values(metadata)) {
        auto parsed = parseMetadataPair(pair);
        if (!parsed)
            return Context::fail(parsed.error());
        request.metadata.insert(parsed->first, parsed->second);
    }
    request.idempotencyKey = parser.value(key);
    request.reported = parser.isSet(reported);
    request.refundReference = parser.value(reference);
    if (parser.isSet(reference) && !request.reported)
        return Context::usageError(tr("--reference belongs to --reported; set a pending refund's "
                                      "reference with refund-status."));
    auto refunded = optionalTime(parser, refundedAt, QStringLiteral("refunded_at"));
    if (!refunded)
        return Context::fail(refunded.error());
    request.refundedAt = refunded.value();

    auto store = context.store(parser);
    if (!store)
        return Context::fail(store.error());
    if (auto read = readAmount(parser, amount, minor, full, *store.value(), request); !read)
        return Context::fail(read.error());
    const auto outcome = store.value()->createRefund(request, context.actor());
    if (!outcome)
        return Context::fail(outcome.error());
    Context::outBytes(ApiJson::refund(outcome->refund, ApiJson::Layout::Indented));
    if (outcome->refund.status == RefundStatus::AwaitingApproval)
        awaitingApprovalNote(outcome->refund, context);
    return Success;
}

int refundStatus(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption failure(QStringLiteral("failure-reason"),
                                     tr("Why it failed (required for failed)."),
                                     QStringLiteral("R"));
    const QCommandLineOption pending(QStringLiteral("pending-reason"),
                                     tr("Why it is still pending."), QStringLiteral("R"));
    const QCommandLineOption reference(QStringLiteral("reference"),
                                       tr("The processor's refund reference."),
                                       QStringLiteral("REF"));
    const QCommandLineOption refundedAt(QStringLiteral("refunded-at"),
                                        tr("When it succeeded (Unix seconds or RFC 3339)."),
                                        QStringLiteral("TIME"));
    parser.addOptions({failure, pending, reference, refundedAt});
    parser.addPositionalArgument(QStringLiteral("REFUND_ID"), tr("The refund."));
    parser.addPositionalArgument(QStringLiteral("STATUS"),
                                 tr("pending, requires_action, succeeded, failed or canceled."));
    if (auto stop = context.parse(parser,
                                  tr("refund-status REFUND_ID STATUS [options]: change a "
                                     "refund's status.")))
        return *stop;
    if (parser.positionalArguments().size() != 2)
        return Context::usageError(tr("refund-status takes a refund id and a status."));

    StatusChange change;
    auto status = refundStatusFromString(parser.positionalArguments().at(1));
    if (!status)
        return Context::fail(status.error());
    change.to = status.value();
    auto failureReason = failureReasonFromString(parser.value(failure));
    if (!failureReason)
        return Context::fail(failureReason.error());
    change.failureReason = failureReason.value();
    auto pendingReason = pendingReasonFromString(parser.value(pending));
    if (!pendingReason)
        return Context::fail(pendingReason.error());
    change.pendingReason = pendingReason.value();
    change.refundReference = parser.value(reference);
    auto refunded = optionalTime(parser, refundedAt, QStringLiteral("refunded_at"));
    if (!refunded)
        return Context::fail(refunded.error());
    change.refundedAt = refunded.value();

    auto store = context.store(parser);
    if (!store)
        return Context::fail(store.error());
    const auto updated = store.value()->changeRefundStatus(parser.positionalArguments().first(),
                                                           change, context.actor());
    if (!updated)
        return Context::fail(updated.error());
    Context::outBytes(ApiJson::refund(updated.value(), ApiJson::Layout::Indented));
    return Success;
}

} // namespace RefundDesk::Cli
