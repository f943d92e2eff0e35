#include "transferactions.h"

#include "jobprogressdialog.h"
#include "plaintext.h"
#include "rejectionreportdialog.h"
#include "storejob.h"
#include "transferjobs.h"

#include <QCheckBox>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

#include <climits>

namespace RefundDesk {
namespace {

Q_LOGGING_CATEGORY(lcTransfer, "refunddesk.ui.transfer")

/// "Read 12 objects (array): 10 imported, 0 updated, 1 unchanged, 1 rejected.", as the
/// command line says it.
QString readSentence(const ImportSummary &summary)
{
    const QLocale locale;
    return TransferActions::tr(
               "Read %1 objects (%2): %3 imported, %4 updated, %5 unchanged, %6 rejected.")
        .arg(locale.toString(summary.read), toString(summary.shape),
             locale.toString(summary.imported), locale.toString(summary.updated),
             locale.toString(summary.unchanged), locale.toString(summary.rejected));
}

/// What became of the import, in a sentence after readSentence() in the status bar; empty
/// when it simply went through.
QString outcomeSentence(const ImportSummary &summary, const ImportOptions &options)
{
    if (options.dryRun)
        return TransferActions::tr("Check only: nothing was written.");
    if (summary.rejected > 0 && !options.skipInvalid) {
        return TransferActions::tr("%Ln object(s) were rejected, so nothing was imported; fix "
                                   "them or import again with “Skip invalid objects”.",
                                   nullptr, int(qMin<qint64>(summary.rejected, INT_MAX)));
    }
    return {};
}

/// The rejection report's headline: what became of the import, whatever the mode.
QString reportHeadline(const ImportSummary &summary, const ImportOptions &options)
{
    const int rejected = int(qMin<qint64>(summary.rejected, INT_MAX));
    if (options.dryRun) {
        return TransferActions::tr("%Ln object(s) would be rejected. Check only: nothing was "
                                   "written.",
                                   nullptr, rejected);
    }
    if (options.skipInvalid)
        return TransferActions::tr("%Ln object(s) were rejected and left out.", nullptr, rejected);
    return outcomeSentence(summary, options);
}

QString fileNameOf(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

TransferActions::TransferActions(StoreOpener opener, Actor actor, QWidget *window)
    : QObject(window)
    , m_job(new StoreJob(std::move(opener), this))
    , m_actor(std::move(actor))
    , m_window(window)
    , m_directory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{
    connect(m_job, &StoreJob::runningChanged, this, &TransferActions::busyChanged);
    connect(m_job, &StoreJob::progressChanged, this, [this](qint64 done, qint64 total) {
        if (m_progressDialog)
            m_progressDialog->setProgress(done, total);
    });
    connect(m_job, &StoreJob::finished, this, &TransferActions::jobFinished);
}

TransferActions::~TransferActions()
{
    // The job's destructor cancels and waits; the dialogs go with the window.
    delete m_progressDialog;
}

bool TransferActions::isBusy() const
{
    return m_job->isRunning();
}

void TransferActions::cancel()
{
    m_job->cancel();
}

QWidget *TransferActions::dialogParent(QWidget *parent) const
{
    return parent ? parent : m_window.data();
}

// ---- Import ----------------------------------------------------------------------------

void TransferActions::importFile(QWidget *parent)
{
    if (isBusy())
        return;
    parent = dialogParent(parent);
    const QString path =
        QFileDialog::getOpenFileName(parent, tr("Import Payment Records"), m_directory,
                                     tr("JSON files (*.json *.jsonl *.ndjson);;All files (*)"));
    if (path.isEmpty())
        return;
    m_directory = QFileInfo(path).absolutePath();

    // The options step: all-or-nothing unless the agent asks to keep the valid objects.
    QMessageBox ask(
        QMessageBox::Question, tr("Import Payment Records"),
        tr("Import payment records, attempts and refunds from %1?").arg(fileNameOf(path)),
        QMessageBox::Cancel, parent);
    ask.setObjectName(QStringLiteral("importOptionsBox"));
    ask.setInformativeText(tr("Every object is checked first. If any is rejected, nothing is "
                              "imported, and a report lists each rejected object and why."));
    auto *skip = new QCheckBox(tr("&Skip invalid objects: import the valid ones and report "
                                  "the rest"),
                               &ask);
    skip->setObjectName(QStringLiteral("skipInvalidCheck"));
    ask.setCheckBox(skip);
    QPushButton *import = ask.addButton(tr("&Import"), QMessageBox::AcceptRole);
    QPushButton *check = ask.addButton(tr("&Check Only"), QMessageBox::ActionRole);
    check->setToolTip(tr("Validate and report; write nothing."));
    ask.setDefaultButton(import);
    ask.exec();
    if (ask.clickedButton() != import && ask.clickedButton() != check)
        return;

    ImportOptions options;
    options.skipInvalid = skip->isChecked();
    options.dryRun = ask.clickedButton() == check;
    importPath(path, options);
}

bool TransferActions::importPath(const QString &path, const ImportOptions &options)
{
    const bool started = m_job->start<ImportSummary>(
        [path, options, actor = m_actor](Store &store, StoreJob::Progress &progress) {
            return TransferJobs::importFile(store, path, options, actor, progress);
        },
        [this, path, options](const Result<ImportSummary> &result) {
            importDone(path, options, result);
        });
    if (!started)
        return false;
    qCInfo(lcTransfer) << "importing" << path;
    beginProgress(tr("Import"), tr("Importing %1…").arg(fileNameOf(path)),
                  [](qint64 done, qint64 total) {
                      const QLocale locale;
                      if (total <= 0)
                          return tr("%1 read").arg(locale.formattedDataSize(done));
                      return tr("%1 of %2 read")
                          .arg(locale.formattedDataSize(done), locale.formattedDataSize(total));
                  });
    return true;
}

void TransferActions::importDone(const QString &path, const ImportOptions &options,
                                 const Result<ImportSummary> &result)
{
    endProgress();
    if (!result) {
        showFailure(tr("Import"),
                    tr("%1 was not imported; nothing was changed.").arg(fileNameOf(path)),
                    result.error());
        return;
    }
    const ImportSummary &summary = result.value();
    if (summary.cancelled) {
        Q_EMIT statusMessage(
            tr("Import of %1 cancelled: nothing was changed.").arg(fileNameOf(path)));
        return;
    }
    if (summary.written)
        Q_EMIT storeChanged();

    QString sentences = readSentence(summary);
    if (const QString outcome = outcomeSentence(summary, options); !outcome.isEmpty())
        sentences += QLatin1Char(' ') + outcome;
    Q_EMIT statusMessage(tr("%1: %2").arg(fileNameOf(path), sentences));

    if (summary.rejected > 0) {
        auto *report = new RejectionReportDialog(
            options.source.isEmpty() ? path : options.source, reportHeadline(summary, options),
            readSentence(summary), summary.rejections, summary.rejected, m_window);
        report->setAttribute(Qt::WA_DeleteOnClose);
        report->open();
    } else if (options.dryRun) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Import"),
                                    tr("Every object in %1 is valid.").arg(fileNameOf(path)),
                                    QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("checkResultBox"));
        box->setTextFormat(Qt::PlainText);
        box->setInformativeText(plainAsRichText(sentences));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

// ---- Export ----------------------------------------------------------------------------

QStringList TransferActions::exportFilters()
{
    return {tr("JSON array (*.json)"), tr("API list envelope (*.json)"),
            tr("JSON Lines (*.jsonl *.ndjson)")};
}

ExportOptions::Format TransferActions::exportFormatFor(const QString &path, const QString &filter)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"jsonl" || suffix == u"ndjson")
        return ExportOptions::Format::JsonLines;
    const QStringList filters = exportFilters();
    if (filter == filters.at(1))
        return ExportOptions::Format::List;
    if (filter == filters.at(2) && suffix.isEmpty())
        return ExportOptions::Format::JsonLines;
    return ExportOptions::Format::Array; // also for a .json name under the JSON Lines filter
}

void TransferActions::exportFile(QWidget *parent)
{
    if (isBusy())
        return;
    parent = dialogParent(parent);
    const QStringList filters = exportFilters();
    QString filter = filters.first();
    const QString suggested = QDir(m_directory)
                                  .filePath(QStringLiteral("refunddesk-export-%1.json")
                                                .arg(QDate::currentDate().toString(Qt::ISODate)));
    QString path = QFileDialog::getSaveFileName(parent, tr("Export Payment Records"), suggested,
                                                filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    ExportOptions options;
    options.format = exportFormatFor(path, filter);
    if (QFileInfo(path).suffix().isEmpty()) {
        path += options.format == ExportOptions::Format::JsonLines ? QStringLiteral(".jsonl")
                                                                   : QStringLiteral(".json");
    }
    m_directory = QFileInfo(path).absolutePath();
    exportPath(path, options);
}

void TransferActions::setActor(const Actor &actor, bool maskPersonalData)
{
    m_actor = actor;
    m_maskPersonalData = maskPersonalData;
}

bool TransferActions::exportPath(const QString &path, const ExportOptions &options)
{
    ExportOptions masked = options;
    masked.maskPersonalData = options.maskPersonalData || m_maskPersonalData;
    const bool started = m_job->start<ExportSummary>(
        [path, options = masked,
         actor = m_actor](Store &store, StoreJob::Progress &progress) -> Result<ExportSummary> {
            auto summary = TransferJobs::exportFile(store, path, options, progress);
            if (!summary || summary->cancelled)
                return summary;
            // Data leaving the desk is on record, masked or not (DESIGN §5). An export that
            // cannot be recorded does not stay either.
            ExportAudit audit;
            audit.kind = QStringLiteral("export");
            audit.target = path;
            audit.objects = summary->records + summary->attempts + summary->refunds;
            audit.personalDataMasked = options.maskPersonalData;
            if (const Result<void> logged = store.recordExport(audit, actor); !logged) {
                QFile::remove(path);
                return logged.error();
            }
            return summary;
        },
        [this, path, mask = masked.maskPersonalData](const Result<ExportSummary> &result) {
            exportDone(path, result, mask);
        });
    if (!started)
        return false;
    qCInfo(lcTransfer) << "exporting to" << path;
    beginProgress(
        tr("Export"), tr("Exporting to %1…").arg(fileNameOf(path)),
        [](qint64 done, qint64) { return tr("%1 objects written").arg(QLocale().toString(done)); });
    return true;
}

void TransferActions::exportDone(const QString &path, const Result<ExportSummary> &result,
                                 bool masked)
{
    endProgress();
    if (!result) {
        showFailure(tr("Export"), tr("Nothing was exported to %1.").arg(fileNameOf(path)),
                    result.error());
        return;
    }
    if (result->cancelled) {
        Q_EMIT statusMessage(tr("Export cancelled: no file was written."));
        return;
    }
    const QLocale locale;
    const QString exported =
        tr("Exported %1 records, %2 attempts and %3 refunds to %4.")
            .arg(locale.toString(result->records), locale.toString(result->attempts),
                 locale.toString(result->refunds), QDir::toNativeSeparators(path));
    Q_EMIT statusMessage(masked ? tr("%1 Emails and phone numbers are masked.").arg(exported)
                                : exported);
}

// ---- Demo data -------------------------------------------------------------------------

void TransferActions::loadDemoData(QWidget *parent)
{
    if (isBusy())
        return;
    QInputDialog ask(dialogParent(parent));
    ask.setObjectName(QStringLiteral("demoRecordsDialog"));
    ask.setWindowTitle(tr("Load Demo Data"));
    ask.setInputMode(QInputDialog::IntInput);
    ask.setLabelText(
        tr("Demo data are realistic payment records with their attempts and refunds, in "
           "several currencies, for trying RefundDesk out. They are added to this database.\n\n"
           "How many payment records?"));
    ask.setIntRange(1, int(MaxDemoRecords));
    ask.setIntValue(int(DefaultDemoRecords));
    ask.setIntStep(1000);
    ask.setOkButtonText(tr("&Load"));
    // QInputDialog neither wraps its label, which would make the dialog screen-wide, nor
    // groups digits, which makes 1000000 hard to read.
    if (auto *label = ask.findChild<QLabel *>())
        label->setWordWrap(true);
    if (auto *spin = ask.findChild<QSpinBox *>()) {
        spin->setGroupSeparatorShown(true);
        spin->setAccessibleName(tr("Number of demo payment records"));
    }
    if (ask.exec() == QDialog::Accepted)
        loadDemo(ask.intValue());
}

bool TransferActions::loadDemo(qint64 records)
{
    const bool started = m_job->start<DemoSummary>(
        [records, actor = m_actor](Store &store, StoreJob::Progress &progress) {
            return TransferJobs::loadDemo(store, records, actor, progress);
        },
        [this](const Result<DemoSummary> &result) { demoDone(result); });
    if (!started)
        return false;
    qCInfo(lcTransfer) << "generating" << records << "demo records";
    const QLocale locale;
    beginProgress(
        tr("Load Demo Data"),
        tr("Generating %1 demo payment records…").arg(locale.toString(records)),
        [](qint64 done, qint64 total) {
            const QLocale locale;
            return tr("%1 of %2 records").arg(locale.toString(done), locale.toString(total));
        });
    return true;
}

void TransferActions::demoDone(const Result<DemoSummary> &result)
{
    endProgress();
    if (result && result->cancelled) {
        Q_EMIT statusMessage(tr("Loading demo data cancelled: nothing was changed."));
        return;
    }
    if (!result) {
        showFailure(tr("Load Demo Data"), tr("No demo data were loaded; nothing was changed."),
                    result.error());
        return;
    }
    Q_EMIT storeChanged();
    const QLocale locale;
    Q_EMIT statusMessage(tr("Loaded %1 demo payment records with %2 attempts and %3 refunds.")
                             .arg(locale.toString(result->records),
                                  locale.toString(result->attempts),
                                  locale.toString(result->refunds)));
}

// ---- Shared ----------------------------------------------------------------------------

void TransferActions::beginProgress(const QString &title, const QString &text,
                                    std::function<QString(qint64, qint64)> describe)
{
    delete m_progressDialog;
    m_progressDialog = new JobProgressDialog(title, text, std::move(describe), m_window);
    connect(m_progressDialog, &JobProgressDialog::cancelRequested, m_job, &StoreJob::cancel);
}

void TransferActions::endProgress()
{
    if (m_progressDialog) {
        m_progressDialog->hide();
        m_progressDialog->deleteLater();
        m_progressDialog = nullptr;
    }
}

void TransferActions::showFailure(const QString &title, const QString &what, const Error &error)
{
    qCWarning(lcTransfer) << what << error.message;
    Q_EMIT errorOccurred(error.message);
    auto *box = new QMessageBox(QMessageBox::Warning, title, what, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("transferErrorBox"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(plainAsRichText(error.message));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace RefundDesk
