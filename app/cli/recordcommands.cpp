// demo, list and show: the commands that read or fill the payment records.

#include "cli.h"
#include "core/timestamp.h"
#include "demo/demogenerator.h"
#include "domain/recordstate.h"
#include "io/apijson.h"
#include "money/money.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace RefundDesk::Cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RefundDesk::Cli", text);
}

Result<qint64> wholeNumber(const QString &text, const QString &option, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max) {
        return Error::usage(option,
                            tr("--%1 \"%2\" must be a whole number from %3 to %4.")
                                .arg(option, text)
                                .arg(min)
                                .arg(max));
    }
    return value;
}

/// demo and list take options only; a stray word is most likely a mistyped option.
std::optional<int> refuseArguments(const QCommandLineParser &parser, const QString &command)
{
    if (parser.positionalArguments().isEmpty())
        return std::nullopt;
    return Context::usageError(tr("%1 takes no arguments, but was given \"%2\".")
                                   .arg(command, parser.positionalArguments().join(u' ')));
}

} // namespace

int demo(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption records(QStringLiteral("records"), tr("How many records."),
                                     QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Seed; the same seed gives the same data."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    parser.addOptions({records, seed});
    if (auto stop = context.parse(parser,
                                  tr("demo --records N [--seed S]: generate realistic "
                                     "payment records.")))
        return *stop;
    if (auto stop = refuseArguments(parser, QStringLiteral("demo")))
        return *stop;
    const auto count =
        wholeNumber(parser.value(records), QStringLiteral("records"), 0, 100'000'000);
    if (!count)
        return Context::fail(count.error());
    const auto seedValue = wholeNumber(parser.value(seed), QStringLiteral("seed"), 0,
                                       std::numeric_limits<qint64>::max());
    if (!seedValue)
        return Context::fail(seedValue.error());
    auto store = context.store(parser);
    if (!store)
        return Context::fail(store.error());

    DemoOptions options;
    options.records = count.value();
    options.seed = quint64(seedValue.value());
    const bool terminal = isatty(fileno(stderr));
    QElapsedTimer timer;
    timer.start();
    if (terminal) {
        options.progress = [&](qint64 done) {
            std::fprintf(stderr, "\r%lld of %lld records", static_cast<long long>(done),
                         static_cast<long long>(options.records));
            std::fflush(stderr);
        };
    }
    const auto summary = generateDemo(*store.value(), options, context.actor());
    if (terminal)
        std::fputc('\n', stderr);
    if (!summary)
        return Context::fail(summary.error());
    const QLocale locale;
    Context::out(tr("Generated %1 records, %2 attempts and %3 refunds (seed %4) in %5 s into %6.")
                     .arg(locale.toString(summary->records), locale.toString(summary->attempts),
                          locale.toString(summary->refunds), QString::number(options.seed))
                     .arg(QString::number(timer.elapsed() / 1000))
                     .arg(store.value()->location()));
    return Success;
}

int list(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption search(QStringLiteral("search"),
                                    tr("Substring of id, email, name, "
                                       "description or reference."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption status(QStringLiteral("status"), tr("Only records in this state."),
                                    QStringLiteral("STATE"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N records."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the API's list envelope."));
    parser.addOptions({search, status, limit, json});
    if (auto stop = context.parse(parser,
                                  tr("list [--search TEXT] [--status STATE] [--limit N] "
                                     "[--json]")))
        return *stop;
    if (auto stop = refuseArguments(parser, QStringLiteral("list")))
        return *stop;

    RecordQuery query;
    query.search = parser.value(search);
    if (parser.isSet(status)) {
        auto state = recordStateFromString(parser.value(status), QStringLiteral("--status"));
        if (!state)
            return Context::fail(Error::usage(QStringLiteral("status"), state.error().message));
        query.state = state.value();
    }
    // The store never returns an empty page for a limit of 0, so 0 is refused here.
    const auto count = wholeNumber(parser.value(limit), QStringLiteral("limit"), 1, 10000);
    if (!count)
        return Context::fail(count.error());
    query.limit = int(count.value());
    auto store = context.store(parser);
    if (!store)
        return Context::fail(store.error());
    // The store's reads take no actor, so the permission is checked here.
    if (auto allowed = context.require(Permission::Read); !allowed)
        return Context::fail(allowed.error());
    const auto page = store.value()->listRecords(query);
    if (!page)
        return Context::fail(page.error());

    if (parser.isSet(json)) {
        QList<QByteArray> objects;
        for (const RecordRow &row : page->rows)
            objects << ApiJson::record(row.record);
        Context::outBytes(ApiJson::list(objects, page->hasMore, ApiJson::Layout::Indented));
        return Success;
    }
    for (const RecordRow &row : page->rows) {
        const PaymentRecord &r = row.record;
        Context::out(QStringLiteral("%1  %2  %3  %4  %5  %6")
                         .arg(r.id, -27)
                         .arg(formatTimestamp(r.created), -20)
                         .arg(toString(deriveRecordState(r)), -18)
                         .arg(formatMoney(r.amountRequested, r.currency), 14)
                         .arg(formatMoney(r.amountRefunded, r.currency), 14)
                         .arg(r.customer.email));
    }
    if (page->hasMore)
        Context::out(tr("… more records; raise --limit or narrow the search."));
    return Success;
}

int show(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print API-shaped JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The payment record's id."));
    if (auto stop = context.parse(parser, tr("show ID [--json]")))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return Context::usageError(tr("show takes exactly one payment record id."));
    const QString id = parser.positionalArguments().first();
    auto store = context.store(parser);
    if (!store)
        return Context::fail(store.error());
    if (auto allowed = context.require(Permission::Read); !allowed)
        return Context::fail(allowed.error());
    Store &s = *store.value();
    const auto record = s.record(id);
    if (!record)
        return Context::fail(record.error());
    const auto attempts = s.attempts(id);
    const auto refunds = s.refundsOf(id);
    const auto history = s.history(id);
    for (const Error *error :
         {attempts ? nullptr : &attempts.error(), refunds ? nullptr : &refunds.error(),
          history ? nullptr : &history.error()}) {
        if (error)
            return Context::fail(*error);
    }
    if (parser.isSet(json)) {
        Context::outBytes(ApiJson::recordDetail(*record, *attempts, *refunds, *history));
        return Success;
    }
    const PaymentRecord &r = *record;
    const auto m = [&r](qint64 v) {
        return formatMoney(v, r.currency);
    };
    QStringList lines {
        QStringLiteral("%1  %2").arg(r.id, displayName(deriveRecordState(r))),
        tr("Created      %1").arg(formatTimestamp(r.created)),
        tr("Customer     %1 <%2>").arg(r.customer.name, r.customer.email),
        tr("Description  %1").arg(r.description),
        tr("Requested    %1").arg(m(r.amountRequested)),
        tr("Guaranteed   %1").arg(m(r.amountGuaranteed)),
        tr("Refunded     %1").arg(m(r.amountRefunded)),
        tr("Reserved     %1").arg(m(r.amountReserved)),
        tr("Refundable   %1").arg(m(r.refundable())),
    };
    if (r.priorRefunded > 0)
        lines << tr("Prior refund %1 (refunded before import)").arg(m(r.priorRefunded));
    lines << QString() << tr("Attempts:");
    for (const PaymentAttempt &a : *attempts)
        lines << QStringLiteral("  %1  %2  %3")
                     .arg(a.id, toString(a.outcome), formatTimestamp(a.created));
    lines << QString() << tr("Refunds:");
    for (const Refund &f : *refunds) {
        lines << QStringLiteral("  %1  %2  %3  %4  %5")
                     .arg(f.id, m(f.amount), toString(f.status), toString(f.reason), f.createdBy);
    }
    lines << QString() << tr("History:");
    for (const Event &e : *history) {
        lines << QStringLiteral("  %1  %2  %3  %4  %5")
                     .arg(e.seq)
                     .arg(formatTimestamp(e.timeMs / 1000), e.actor, e.action,
                          QString::fromUtf8(e.payload));
    }
    Context::out(lines.join(QLatin1Char('\n')));
    return Success;
}

} // namespace RefundDesk::Cli
