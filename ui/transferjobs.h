#pragma once

#include "demo/demogenerator.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "storejob.h"

#include <QString>

namespace RefundDesk {

/// The work of the File menu's long jobs, run on a StoreJob's worker thread against its own
/// store. Each reports to `progress` and stops when it is cancelled, leaving the database
/// (and, for an export, the target file) as it was. Callbacks already in the options are
/// called too, on the worker thread.
namespace TransferJobs {

/// Imports the file at `path`; progress is in bytes. The source defaults to the path.
Result<ImportSummary> importFile(Store &store, const QString &path, ImportOptions options,
                                 const Actor &actor, StoreJob::Progress &progress);

/// Exports to `path` through a QSaveFile: the file appears, whole, only when the export
/// succeeded; a cancel or a failure leaves whatever was there before. Progress is in objects.
Result<ExportSummary> exportFile(Store &store, const QString &path, ExportOptions options,
                                 StoreJob::Progress &progress);

/// Generates `records` demo payment records; progress is in records. An empty database
/// gets the CLI's default seed, so it holds the data the documentation shows; otherwise a
/// fresh seed, so loading demo data twice adds to it instead of failing.
Result<DemoSummary> loadDemo(Store &store, qint64 records, const Actor &actor,
                             StoreJob::Progress &progress);

} // namespace TransferJobs
} // namespace RefundDesk
