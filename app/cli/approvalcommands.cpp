// approvals, approve and reject: the four-eyes queue. A refund above its creator's limit
// waits here until another supervisor or admin decides; the decision binds the amount,
// currency and payment the approver was shown, and the store refuses it if any differ.

#include "cli.h"
#include "core/timestamp.h"
#include "io/apijson.h"
#include "money/amountparser.h"

#include <QCoreApplication>

namespace RefundDesk::Cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RefundDesk::Cli", text);
}

/// Every refund awaiting approval, oldest first, read a page at a time.
Result<QList<Refund>> awaitingApproval(Store &store)
{
    RefundQuery query;
    query.status = RefundStatus::AwaitingApproval;
    query.descending = false;
    query.limit = 500;
    QList<Refund> refunds;
    for (;;) {
        const auto page = store.listRefunds(query);
        if (!page)
            return page.error();
        for (const RefundRow &row : page->rows)
            refunds << row.refund;
        if (!page->hasMore || page->rows.isEmpty())
            return refunds;
        query.after = page->rows.last().cursor;
    }
}

/// approve and reject: the same decision, but a rejection must say why.
int decide(Context &context, bool approve)
{
    QCommandLineParser parser;
    const QCommandLineOption note(QStringLiteral("note"),
                                  approve ? tr("A note for the history.")
                                          : tr("Why the refund is rejected (required)."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption expect(QStringLiteral("expect-amount"),
                                    tr("Approve only if the refund is for exactly this amount "
                                       "in its currency, e.g. 250.00."),
                                    QStringLiteral("DECIMAL"));
    parser.addOption(note);
    if (approve)
        parser.addOption(expect);
    parser.addPositionalArgument(QStringLiteral("REFUND_ID"), tr("The refund awaiting approval."));
    const QString usage = approve
        ? tr("approve REFUND_ID [--note TEXT] [--expect-amount DECIMAL]: approve a refund "
             "awaiting approval (supervisors and admins; never your own).")
        : tr("reject REFUND_ID --note TEXT: reject a refund awaiting approval, which cancels "
             "it (supervisors and admins; never your own).");
    if (auto stop = context.parse(parser, usage))
        return *stop;
    const QString command = approve ? QStringLiteral("approve") : QStringLiteral("reject");
    if (parser.positionalArguments().size() != 1)
        return Context::usageError(tr("%1 takes exactly one refund id.").arg(command));
    if (!approve && parser.value(note).trimmed().isEmpty())
        return Context::usageError(tr("reject needs --note TEXT saying why."));

    auto store = context.store(parser);
    if (!store)
        return Context::fail(store.error());
    const auto refund = store.value()->refund(parser.positionalArguments().first());
    if (!refund)
        return Context::fail(refund.error());
    const QString amount = amountText(refund->amount, refund->currency);
    if (approve && parser.isSet(expect)) {
        const auto currency = Currency::fromCode(refund->currency);
        if (!currency) {
            return Context::fail(Error::rule(QStringLiteral("currency"),
                                             tr("Refund %1 has the unknown currency \"%2\".")
                                                 .arg(refund->id, refund->currency)));
        }
        const auto expected = AmountParser().parse(parser.value(expect), *currency,
                                                   QStringLiteral("--expect-amount"));
        if (!expected)
            return Context::fail(expected.error());
        if (expected.value() != refund->amount) {
            return Context::fail(Error::rule(
                QStringLiteral("amount"),
                tr("Refund %1 is for %2, not the expected %3; nothing was approved.")
                    .arg(refund->id, amount, amountText(expected.value(), refund->currency))));
        }
    }

    ApprovalDecision decision;
    decision.refundId = refund->id;
    decision.approve = approve;
    decision.amount = refund->amount;
    decision.currency = refund->currency;
    decision.paymentRecordId = refund->paymentRecordId;
    decision.note = parser.value(note);
    const auto decided = store.value()->decideApproval(decision, context.actor());
    if (!decided)
        return Context::fail(decided.error());
    const QString status = toString(decided->status);
    Context::out(approve ? tr("Approved refund %1 of %2 on %3; it is now %4.")
                               .arg(decided->id, amount, decided->paymentRecordId, status)
                         : tr("Rejected refund %1 of %2 on %3; it is now %4.")
                               .arg(decided->id, amount, decided->paymentRecordId, status));
    return Success;
}

} // namespace

int approvals(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the API's list envelope."));
    parser.addOption(json);
    if (auto stop = context.parse(parser,
                                  tr("approvals [--json]: the refunds awaiting approval, "
                                     "oldest first.")))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return Context::usageError(tr("approvals takes no arguments besides its options."));
    auto store = context.store(parser);
    if (!store)
        return Context::fail(store.error());
    // Listing refunds takes no actor in the store, so the permission is checked here.
    if (auto allowed = context.require(Permission::Read); !allowed)
        return Context::fail(allowed.error());
    const auto refunds = awaitingApproval(*store.value());
    if (!refunds)
        return Context::fail(refunds.error());

    if (parser.isSet(json)) {
        QList<QByteArray> objects;
        for (const Refund &refund : refunds.value())
            objects << ApiJson::refund(refund);
        Context::outBytes(ApiJson::list(objects, false, ApiJson::Layout::Indented));
        return Success;
    }
    if (refunds->isEmpty()) {
        Context::out(tr("No refunds await approval."));
        return Success;
    }
    for (const Refund &r : refunds.value()) {
        Context::out(QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                         .arg(r.id.leftJustified(27),
                              amountText(r.amount, r.currency).rightJustified(16),
                              r.paymentRecordId.leftJustified(27), r.createdBy.leftJustified(16),
                              formatTimestamp(r.created).leftJustified(20),
                              toString(r.reason).leftJustified(21), r.note));
    }
    return Success;
}

int approve(Context &context)
{
    return decide(context, true);
}

int reject(Context &context)
{
    return decide(context, false);
}

} // namespace RefundDesk::Cli
