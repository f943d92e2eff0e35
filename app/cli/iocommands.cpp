// import and export: moving API-shaped JSON in and out of the desk.

#include "cli.h"
#include "io/exporter.h"
#include "io/importer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

#include <cstdio>

namespace RefundDesk::Cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RefundDesk::Cli", text);
}

void progressLine(qint64 done, qint64 total, const char *unit)
{
    if (total > 0) {
        std::fprintf(stderr, "\r%lld of %lld %s (%lld%%)", static_cast<long long>(done),
                     static_cast<long long>(total), unit,
                     static_cast<long long>(done * 100 / total));
    } else {
        std::fprintf(stderr, "\r%lld %s", static_cast<long long>(done), unit);
    }
    std::fflush(stderr);
}

} // namespace

int importFile(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption skipInvalid(QStringLiteral("skip-invalid"),
                                         tr("Import the valid objects and report the rest."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Validate and report; write nothing."));
    const QCommandLineOption progress(QStringLiteral("progress"),
                                      tr("Show progress on standard error."));
    parser.addOptions({skipInvalid, dryRun, progress});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("A JSON file, or - for standard input."));
    if (auto stop = context.parse(parser,
                                  tr("import FILE|- [--skip-invalid] [--dry-run] "
                                     "[--progress]: import payment records, attempts and "
                                     "refunds from API-shaped JSON (one object, an array, "
                                     "a list envelope or JSON Lines).")))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return Context::usageError(
            tr("import takes exactly one file name, or - for standard input."));
    const QString name = parser.positionalArguments().first();
    QFile file;
    const bool opened = name == QLatin1String("-")
        ? file.open(stdin, QIODevice::ReadOnly)
        : (file.setFileName(name), file.open(QIODevice::ReadOnly));
    if (!opened)
        return Context::fail(
            Error::storage(tr("Cannot read %1: %2").arg(name, file.errorString())));

    auto store = context.store(parser);
    if (!store)
        return Context::fail(store.error());
    ImportOptions options;
    options.skipInvalid = parser.isSet(skipInvalid);
    options.dryRun = parser.isSet(dryRun);
    options.source = name == QLatin1String("-") ? QStringLiteral("stdin") : name;
    if (parser.isSet(progress))
        options.progress = [](qint64 read, qint64 total) {
            progressLine(read, total, "bytes");
        };
    const auto summary = importJson(*store.value(), file, options, context.actor());
    if (parser.isSet(progress))
        std::fputc('\n', stderr);
    if (!summary)
        return Context::fail(summary.error());

    const QLocale locale;
    Context::out(tr("Read %1 objects (%2): %3 imported, %4 updated, %5 unchanged, %6 rejected.")
                     .arg(locale.toString(summary->read), toString(summary->shape),
                          locale.toString(summary->imported), locale.toString(summary->updated),
                          locale.toString(summary->unchanged), locale.toString(summary->rejected)));
    for (const Rejection &rejection : summary->rejections)
        Context::out(tr("rejected: %1").arg(rejection.toString()));
    if (summary->rejected > summary->rejections.size()) {
        Context::out(tr("… and %1 more rejections.")
                         .arg(locale.toString(summary->rejected - summary->rejections.size())));
    }
    if (options.dryRun)
        Context::out(tr("Dry run: nothing was written."));
    if (summary->rejected > 0 && !options.skipInvalid) {
        return Context::fail(Error::rule({},
                                         tr("%1 object(s) were rejected, so nothing was "
                                            "imported; fix them or use --skip-invalid.")
                                             .arg(summary->rejected)));
    }
    return Success;
}

int exportFile(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), tr("The file to write, or - (default)."),
                                 QStringLiteral("FILE"), QStringLiteral("-"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("json (an array, default), list (the API's list envelope) "
                                       "or jsonl (JSON Lines)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption what(QStringLiteral("what"),
                                  tr("records (with their attempts), refunds, or all (default)."),
                                  QStringLiteral("WHAT"), QStringLiteral("all"));
    const QCommandLineOption personalData(QStringLiteral("personal-data"),
                                          tr("masked (j***@example.com) or full; the default "
                                             "is full for roles that may see personal data, "
                                             "else masked."),
                                          QStringLiteral("MODE"));
    parser.addOptions({out, format, what, personalData});
    if (auto stop = context.parse(parser,
                                  tr("export [--out FILE|-] [--format json|list|jsonl] "
                                     "[--what records|refunds|all] [--personal-data "
                                     "masked|full]: write API-shaped JSON.")))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return Context::usageError(tr("export takes no arguments besides its options."));

    ExportOptions options;
    const QString formatName = parser.value(format);
    if (formatName == QLatin1String("json"))
        options.format = ExportOptions::Format::Array;
    else if (formatName == QLatin1String("list"))
        options.format = ExportOptions::Format::List;
    else if (formatName == QLatin1String("jsonl"))
        options.format = ExportOptions::Format::JsonLines;
    else
        return Context::usageError(
            tr("--format \"%1\" is not one of json, list, jsonl.").arg(formatName));
    const QString whatName = parser.value(what);
    if (whatName == QLatin1String("records"))
        options.what = ExportOptions::What::Records;
    else if (whatName == QLatin1String("refunds"))
        options.what = ExportOptions::What::Refunds;
    else if (whatName == QLatin1String("all"))
        options.what = ExportOptions::What::All;
    else
        return Context::usageError(
            tr("--what \"%1\" is not one of records, refunds, all.").arg(whatName));

    const QString mode = parser.value(personalData);
    if (parser.isSet(personalData) && mode != QLatin1String("masked")
        && mode != QLatin1String("full")) {
        return Context::usageError(
            tr("--personal-data \"%1\" is not one of masked, full.").arg(mode));
    }

    auto store = context.store(parser);
    if (!store)
        return Context::fail(store.error());
    // Exporting reads through scan(), which takes no actor, so the permissions are checked
    // here, before anything is written.
    const auto access = context.access();
    if (!access)
        return Context::fail(access.error());
    if (auto allowed = context.require(Permission::Export); !allowed)
        return Context::fail(allowed.error());
    const bool mayUnmask = access->localOperator || access->allows(Permission::SeePersonalData);
    if (mode == QLatin1String("full") && !mayUnmask) {
        return Context::fail(
            checkPermission(access->name, access->role, Permission::SeePersonalData).error());
    }
    options.maskPersonalData =
        parser.isSet(personalData) ? mode == QLatin1String("masked") : !mayUnmask;
    const auto recordExport = [&](const QString &target, const ExportSummary &summary) {
        return store.value()->recordExport({QStringLiteral("export"), target,
                                            summary.records + summary.attempts + summary.refunds,
                                            options.maskPersonalData},
                                           context.actor());
    };

    const QString target = parser.value(out);
    if (target == QLatin1String("-")) {
        QFile output;
        if (!output.open(stdout, QIODevice::WriteOnly))
            return Context::fail(Error::storage(tr("Cannot write to standard output.")));
        const auto summary = exportJson(*store.value(), output, options);
        if (!summary)
            return Context::fail(summary.error());
        output.close();
        const auto audited = recordExport(target, summary.value());
        return audited ? int(Success) : Context::fail(audited.error());
    }
    // Written beside the target and renamed into place, so a failed export leaves no half file.
    QSaveFile output(target);
    if (!output.open(QIODevice::WriteOnly))
        return Context::fail(
            Error::storage(tr("Cannot write %1: %2").arg(target, output.errorString())));
    const auto summary = exportJson(*store.value(), output, options);
    if (!summary)
        return Context::fail(summary.error());
    if (!output.commit())
        return Context::fail(
            Error::storage(tr("Cannot write %1: %2").arg(target, output.errorString())));
    if (const auto audited = recordExport(QFileInfo(target).absoluteFilePath(), summary.value());
        !audited)
        return Context::fail(audited.error());
    const QLocale locale;
    std::fprintf(
        stderr, "%s\n",
        qPrintable(tr("Exported %1 records, %2 attempts and %3 refunds to %4%5.")
                       .arg(locale.toString(summary->records), locale.toString(summary->attempts),
                            locale.toString(summary->refunds), target,
                            options.maskPersonalData ? tr(", personal data masked") : QString())));
    return Success;
}

} // namespace RefundDesk::Cli
