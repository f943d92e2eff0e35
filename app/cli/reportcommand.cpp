// report: refunds over a period, filtered and grouped, with totals per currency, written as
// CSV or JSON (the model's writers) or PDF (ui's writer), and noted in the audit trail.

#include "cli.h"
#include "core/timestamp.h"
#include "io/reportjson.h"
#include "money/currency.h"
#include "report/reportcsv.h"
#include "reportpdf.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimeZone>

#include <cstdio>

namespace RefundDesk::Cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RefundDesk::Cli", text);
}

enum class Format { Csv, Json, Pdf };

/// A parse error of the model's (kind Rule) as what it is here: a bad option, exit code 2.
Error asUsage(const Error &error)
{
    return Error::usage(error.field, error.message);
}

/// --from or --to. A date is that day's first instant in `zone`; for --to the next day's, so
/// that "--from 2026-11-01 --to 2026-11-30" is the whole of November. A time (RFC 3339 with
/// its offset, or Unix seconds) is taken as it is; the period's end is never in it.
Result<qint64> periodBound(const QString &option, const QString &text, const QTimeZone &zone,
                           bool end)
{
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (dateOnly.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            return (end ? date.addDays(1) : date).startOfDay(zone).toSecsSinceEpoch();
    } else if (const auto time = parseTimestamp(text, option)) {
        return time.value();
    }
    return Error::usage(option,
                        tr("%1 \"%2\" is neither a date (YYYY-MM-DD) nor a time (RFC 3339 such "
                           "as 2026-11-01T00:00:00+01:00, or Unix seconds).")
                            .arg(option, text));
}

Result<Format> formatOf(const QCommandLineParser &parser, const QCommandLineOption &format,
                        const QString &target)
{
    QString name = parser.value(format);
    if (!parser.isSet(format)) {
        // Without --format the file's suffix decides; standard output and others get CSV.
        const QString suffix = QFileInfo(target).suffix().toLower();
        name = suffix == QLatin1String("json") || suffix == QLatin1String("pdf")
            ? suffix
            : QStringLiteral("csv");
    }
    if (name == QLatin1String("csv"))
        return Format::Csv;
    if (name == QLatin1String("json"))
        return Format::Json;
    if (name == QLatin1String("pdf"))
        return Format::Pdf;
    return Error::usage(QStringLiteral("--format"),
                        tr("--format \"%1\" is not one of csv, json, pdf.").arg(name));
}

Result<QChar> separatorOf(const QString &text)
{
    if (text == QLatin1String(",") || text == QLatin1String(";") || text == QLatin1String("|"))
        return text.front();
    if (text == QLatin1String("tab") || text == QLatin1String("\t"))
        return QChar(u'\t');
    return Error::usage(QStringLiteral("--separator"),
                        tr("--separator \"%1\" is not one of , ; | tab.").arg(text));
}

/// The options that say what to report.
struct QueryOptions
{
    QCommandLineOption from {QStringLiteral("from"),
                             Cli::tr("First day of the period (YYYY-MM-DD, from midnight in --tz), "
                                     "or a time (RFC 3339 or Unix seconds)."),
                             QStringLiteral("DATE")};
    QCommandLineOption to {QStringLiteral("to"),
                           Cli::tr("Last day of the period, included whole (to the next midnight "
                                   "in --tz); or a time, which is left out."),
                           QStringLiteral("DATE")};
    QCommandLineOption tz {QStringLiteral("tz"),
                           Cli::tr("The IANA time zone of the dates and of the days, weeks and "
                                   "months (default UTC)."),
                           QStringLiteral("ZONE"), QStringLiteral("UTC")};
    QCommandLineOption time {QStringLiteral("time"),
                             Cli::tr("Place refunds by when they were created (default) or "
                                     "refunded."),
                             QStringLiteral("created|refunded"), QStringLiteral("created")};
    QCommandLineOption groupBy {
        QStringLiteral("group-by"),
        Cli::tr("day, week (ISO), month (default), reason, status, agent or "
                "currency."),
        QStringLiteral("GROUP"), QStringLiteral("month")};
    QCommandLineOption status {QStringLiteral("status"),
                               Cli::tr("Only refunds in this status; repeatable."),
                               QStringLiteral("S")};
    QCommandLineOption reason {QStringLiteral("reason"),
                               Cli::tr("Only refunds with this reason (none: without one); "
                                       "repeatable."),
                               QStringLiteral("R")};
    QCommandLineOption currency {QStringLiteral("currency"),
                                 Cli::tr("Only refunds in this currency; repeatable."),
                                 QStringLiteral("C")};
    QCommandLineOption agent {QStringLiteral("agent"),
                              Cli::tr("Only refunds this user created; repeatable."),
                              QStringLiteral("A")};

    QList<QCommandLineOption> all() const
    {
        return {from, to, tz, time, groupBy, status, reason, currency, agent};
    }
    /// The query they describe, checked as the store will check it; every Error names the
    /// option, the value and the rule.
    Result<ReportQuery> query(const QCommandLineParser &parser) const;
};

Result<ReportQuery> QueryOptions::query(const QCommandLineParser &parser) const
{
    ReportQuery query;
    query.timeZone = parser.value(tz).toUtf8();
    const QTimeZone zone(query.timeZone);
    if (query.timeZone.isEmpty() || !zone.isValid()) {
        return Error::usage(
            QStringLiteral("--tz"),
            Cli::tr("--tz \"%1\" is not a time zone this system knows; give an IANA "
                    "name such as Europe/Berlin, or UTC.")
                .arg(parser.value(tz)));
    }
    const auto start = periodBound(QStringLiteral("--from"), parser.value(from), zone, false);
    if (!start)
        return start.error();
    const auto end = periodBound(QStringLiteral("--to"), parser.value(to), zone, true);
    if (!end)
        return end.error();
    query.from = start.value();
    query.to = end.value();
    if (query.to <= query.from) {
        return Error::usage(QStringLiteral("--to"),
                            Cli::tr("--to \"%1\" ends the period at %2, which is not after --from "
                                    "\"%3\" (%4); a date given to --to counts as the whole day.")
                                .arg(parser.value(to), formatTimestamp(query.to),
                                     parser.value(from), formatTimestamp(query.from)));
    }
    const auto timeValue = reportTimeFromString(parser.value(time), QStringLiteral("--time"));
    if (!timeValue)
        return asUsage(timeValue.error());
    query.time = timeValue.value();
    const auto group = reportGroupFromString(parser.value(groupBy), QStringLiteral("--group-by"));
    if (!group)
        return asUsage(group.error());
    query.groupBy = group.value();
    for (const QString &value : parser.values(status)) {
        const auto parsed = refundStatusFromString(value, QStringLiteral("--status"));
        if (!parsed)
            return asUsage(parsed.error());
        query.statuses << parsed.value();
    }
    for (const QString &value : parser.values(reason)) {
        if (value == QLatin1String("none")) {
            query.reasons << RefundReason::None;
            continue;
        }
        const auto parsed = refundReasonFromString(value, QStringLiteral("--reason"));
        if (!parsed || parsed.value() == RefundReason::None) {
            return Error::usage(QStringLiteral("--reason"),
                                Cli::tr("--reason \"%1\" is not one of duplicate, fraudulent, "
                                        "requested_by_customer, none.")
                                    .arg(value));
        }
        query.reasons << parsed.value();
    }
    for (const QString &value : parser.values(currency)) {
        if (!Currency::fromCode(value)) {
            return Error::usage(
                QStringLiteral("--currency"),
                Cli::tr("--currency \"%1\" is not a known ISO 4217 code such as usd.").arg(value));
        }
        query.currencies << value;
    }
    query.agents = parser.values(agent);

    auto checked = checkedReportQuery(query);
    if (!checked) {
        // What is left to refuse here is the period's length for the grouping.
        const Error &error = checked.error();
        return Error::usage(error.field, QStringLiteral("--from/--to: %1").arg(error.message));
    }
    return checked;
}

/// Bytes to standard output, or atomically into `target`.
Result<void> writeBytes(const QByteArray &bytes, const QString &target)
{
    if (target == QLatin1String("-")) {
        if (std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout)
                != std::size_t(bytes.size())
            || std::fflush(stdout) != 0)
            return Error::storage(tr("Cannot write the report to standard output."));
        return {};
    }
    // Written beside the target and renamed into place, so a failure leaves no half file.
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::storage(tr("Cannot write %1: %2").arg(target, file.errorString()));
    return {};
}

} // namespace

int report(Context &context)
{
    QCommandLineParser parser;
    const QueryOptions queryOptions;
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("csv, json or pdf (default: from the --out file's "
                                       "suffix, else csv)."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption bom(QStringLiteral("bom"),
                                 tr("CSV: start with a byte order mark, for spreadsheets."));
    const QCommandLineOption separator(QStringLiteral("separator"),
                                       tr("CSV: the field separator, one of , ; | tab "
                                          "(default ,)."),
                                       QStringLiteral("CHAR"));
    const QCommandLineOption title(QStringLiteral("title"),
                                   tr("PDF: the title (default \"Refund report\")."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("The file to write, or - for standard output (not for PDF)."),
                                 QStringLiteral("FILE"));
    parser.addOptions(queryOptions.all());
    parser.addOptions({format, bom, separator, title, out});
    if (auto stop = context.parse(
            parser,
            tr("report --from DATE --to DATE [--tz ZONE] [--time created|refunded] "
               "[--group-by day|week|month|reason|status|agent|currency] [--status S]... "
               "[--reason R]... [--currency C]... [--agent A]... [--format csv|json|pdf] "
               "[--bom] [--separator CHAR] [--title TEXT] --out FILE|-: refunds over a period "
               "with totals per currency, never summed across currencies. --to is the last "
               "day, included whole: --from 2026-11-01 --to 2026-11-30 is November.")))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return Context::usageError(tr("report takes no arguments besides its options."));
    for (const QCommandLineOption &required : {queryOptions.from, queryOptions.to, out}) {
        if (!parser.isSet(required)) {
            return Context::usageError(
                tr("report needs --%1 %2.").arg(required.names().first(), required.valueName()));
        }
    }

    const QString target = parser.value(out);
    const auto chosen = formatOf(parser, format, target);
    if (!chosen)
        return Context::fail(chosen.error());
    if (chosen.value() == Format::Pdf && target == QLatin1String("-")) {
        return Context::fail(Error::usage(QStringLiteral("--out"),
                                          tr("--out -: a PDF report cannot go to standard "
                                             "output; give a file name such as report.pdf.")));
    }
    if (chosen.value() != Format::Csv && (parser.isSet(bom) || parser.isSet(separator))) {
        return Context::fail(Error::usage(QStringLiteral("--format"),
                                          tr("--bom and --separator are for --format csv only.")));
    }
    if (chosen.value() != Format::Pdf && parser.isSet(title)) {
        return Context::fail(
            Error::usage(QStringLiteral("--format"), tr("--title is for --format pdf only.")));
    }
    ReportCsv::Options csv;
    csv.byteOrderMark = parser.isSet(bom);
    if (parser.isSet(separator)) {
        const auto character = separatorOf(parser.value(separator));
        if (!character)
            return Context::fail(character.error());
        csv.separator = character.value();
    }
    const auto query = queryOptions.query(parser);
    if (!query)
        return Context::fail(query.error());

    auto store = context.store(parser);
    if (!store)
        return Context::fail(store.error());
    const auto made = store.value()->report(query.value(), context.actor());
    if (!made)
        return Context::fail(made.error());
    const Report &report = made.value();

    Result<void> written;
    switch (chosen.value()) {
    case Format::Csv:
        written = writeBytes(ReportCsv::write(report, csv), target);
        break;
    case Format::Json:
        written = writeBytes(ReportJson::write(report), target);
        break;
    case Format::Pdf: {
        ReportPdfOptions options;
        options.title = parser.value(title);
        options.ranBy = context.actor().name;
        options.ranAt = QDateTime::fromMSecsSinceEpoch(store.value()->nowMs(), QTimeZone::utc());
        options.locale = QLocale();
        written = writeReportPdf(report, target, options);
        break;
    }
    }
    if (!written)
        return Context::fail(written.error());

    // A report holds no customer's personal data, only sums, reasons and staff names.
    const QString where =
        target == QLatin1String("-") ? target : QFileInfo(target).absoluteFilePath();
    if (const auto audited = store.value()->recordExport(
            {QStringLiteral("report"), where, qint64(report.rows.size()), true}, context.actor());
        !audited)
        return Context::fail(audited.error());
    if (target != QLatin1String("-")) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("Wrote a report of %1 rows and %2 currency totals to %3.")
                                    .arg(report.rows.size())
                                    .arg(report.totals.size())
                                    .arg(target)));
    }
    return Success;
}

} // namespace RefundDesk::Cli
