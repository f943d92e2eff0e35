#pragma once

#include "core/result.h"
#include "demo/demogenerator.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "jobprogressdialog.h"
#include "store/actor.h"
#include "storeopener.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace RefundDesk {

class StoreJob;

/// The File menu's long jobs: import, export and demo data. Each runs on a worker thread
/// with its own store connection while a progress dialog offers Cancel; afterwards the
/// outcome goes to the status bar, and an import's rejected objects to a report dialog.
/// One job runs at a time. The window keeps working throughout.
class TransferActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferActions)
public:
    static constexpr qint64 DefaultDemoRecords = 1000;
    static constexpr qint64 MaxDemoRecords = 1'000'000;

    /// Jobs open their own connection with `opener` and act as `actor`; dialogs open over
    /// `window`, which also owns this object. Destroying it cancels a running job and waits.
    TransferActions(StoreOpener opener, Actor actor, QWidget *window);
    ~TransferActions() override;

    bool isBusy() const;
    /// Jobs started from now on act as `actor`, and exports mask emails and phone numbers
    /// when `maskPersonalData`; a running job goes on as who started it.
    void setActor(const Actor &actor, bool maskPersonalData);

    /// File ▸ Import: asks for a file and whether to skip invalid objects, then imports.
    void importFile(QWidget *parent = nullptr);
    /// Imports `path` without asking. The options' callbacks, if any, run on the worker
    /// thread besides the job's own. False when another job runs.
    bool importPath(const QString &path, const ImportOptions &options = {});

    /// File ▸ Export: asks for a file name and a format (by filter or extension), then
    /// exports every record, attempt and refund.
    void exportFile(QWidget *parent = nullptr);
    /// Exports to `path` without asking, masking personal data as setActor() said, and
    /// records the export in the audit trail; false when another job runs.
    bool exportPath(const QString &path, const ExportOptions &options = {});

    /// File ▸ Load Demo Data: asks how many records, then generates them.
    void loadDemoData(QWidget *parent = nullptr);
    /// Generates `records` demo records without asking; false when another job runs.
    bool loadDemo(qint64 records);

    /// Asks the running job to stop; the database stays as it was.
    void cancel();
    /// The running job's progress dialog, or null.
    JobProgressDialog *progressDialog() const { return m_progressDialog; }

    /// The export format a file name and the file dialog's chosen filter ask for: the
    /// extension .jsonl or .ndjson means JSON Lines, else the filter decides.
    static ExportOptions::Format exportFormatFor(const QString &path, const QString &filter);
    /// The file dialog's filters, in the order of ExportOptions::Format.
    static QStringList exportFilters();

Q_SIGNALS:
    /// A job wrote to the database: lists and counts should be read again. Once per job.
    void storeChanged();
    /// A job started (true) or ended (false); the other transfer actions should wait.
    void busyChanged(bool busy);
    /// A job's outcome in one line, for the status bar.
    void statusMessage(const QString &message);
    /// A job failed; the model's message, naming what and why, for the status bar. A
    /// message box says it too.
    void errorOccurred(const QString &message);
    /// A job ended and its outcome was reported (signals sent, dialogs opened).
    void jobFinished();

private:
    void beginProgress(const QString &title, const QString &text,
                       std::function<QString(qint64, qint64)> describe);
    void endProgress();
    void importDone(const QString &path, const ImportOptions &options,
                    const Result<ImportSummary> &result);
    void exportDone(const QString &path, const Result<ExportSummary> &result, bool masked);
    void demoDone(const Result<DemoSummary> &result);
    void showFailure(const QString &title, const QString &what, const Error &error);
    QWidget *dialogParent(QWidget *parent) const;

    StoreJob *m_job;
    Actor m_actor;
    bool m_maskPersonalData = false;
    QPointer<QWidget> m_window;
    QPointer<JobProgressDialog> m_progressDialog;
    QString m_directory;
};

} // namespace RefundDesk
