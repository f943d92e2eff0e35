#include "transferjobs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>

namespace RefundDesk::TransferJobs {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RefundDesk::TransferJobs", text);
}

/// The CLI's default demo seed (DemoOptions::seed).
constexpr quint64 defaultDemoSeed = 1;

} // namespace

Result<ImportSummary> importFile(Store &store, const QString &path, ImportOptions options,
                                 const Actor &actor, StoreJob::Progress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::storage(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (options.source.isEmpty())
        options.source = path;
    options.progress = [&progress, also = std::move(options.progress)](qint64 read, qint64 total) {
        progress.report(read, total);
        if (also)
            also(read, total);
    };
    options.isCancelled = [&progress, also = std::move(options.isCancelled)] {
        return progress.isCancelled() || (also && also());
    };
    return importJson(store, file, options, actor);
}

Result<ExportSummary> exportFile(Store &store, const QString &path, ExportOptions options,
                                 StoreJob::Progress &progress)
{
    const auto cannotWrite = [&path](const QString &reason) {
        return Error::storage(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason));
    };
    // Written beside the target and renamed into place, so a failed export leaves no half file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());
    options.progress = [&progress, also = std::move(options.progress)](qint64 written) {
        progress.report(written, 0);
        if (also)
            also(written);
    };
    options.isCancelled = [&progress, also = std::move(options.isCancelled)] {
        return progress.isCancelled() || (also && also());
    };
    auto summary = exportJson(store, file, options);
    if (!summary || summary->cancelled) {
        file.cancelWriting();
        return summary;
    }
    if (!file.commit())
        return cannotWrite(file.errorString());
    progress.report(summary->records + summary->attempts + summary->refunds, 0);
    return summary;
}

Result<DemoSummary> loadDemo(Store &store, qint64 records, const Actor &actor,
                             StoreJob::Progress &progress)
{
    const auto existing = store.countRecords(RecordQuery());
    if (!existing)
        return existing.error();
    DemoOptions options;
    options.records = records;
    options.seed =
        existing.value() == 0 ? defaultDemoSeed : QRandomGenerator::global()->generate64();
    options.progress = [&progress, records](qint64 done) {
        progress.report(done, records);
    };
    options.isCancelled = [&progress] {
        return progress.isCancelled();
    };
    progress.report(0, records);
    return generateDemo(store, options, actor);
}

} // namespace RefundDesk::TransferJobs
