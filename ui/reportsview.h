#pragma once

#include "auth/user.h"
#include "core/result.h"
#include "report/reportquery.h"
#include "store/actor.h"
#include "storeopener.h"

#include <QDate>
#include <QElapsedTimer>
#include <QVariantMap>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace RefundDesk {

class MessageLabel;
class ReportChartsView;
class ReportRowsModel;
class ReportTotalsModel;
class StoreJob;

/// The file formats a report exports to (DESIGN §5 "Reports").
enum class ReportFileFormat {
    Csv, ///< RFC 4180 with ',' and no byte order mark
    SpreadsheetCsv, ///< ';' and a byte order mark, for spreadsheets in comma-decimal locales
    Json,
    Pdf,
};

/// Refund reports at the desk: a period (a preset such as "Last month", or any two days,
/// both included, in a chosen time zone), whether refunds count by when they were created or
/// refunded, the grouping, and filters by status, reason, currency and agent. Every change
/// runs the report again on a worker thread with its own connection, so the window keeps
/// painting on a million records; a change during a run runs it once more when it ends. The
/// view shows the totals per currency (never summed across currencies), the rows, and two
/// charts for one currency at a time: the amount over time and by reason. Export writes the
/// report shown as CSV, JSON or PDF, each noted in the audit trail. A hidden view runs
/// nothing until it is shown.
class ReportsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsView)
public:
    /// The period presets, relative to today in the report's time zone.
    enum class Preset {
        ThisMonth,
        LastMonth,
        Last30Days,
        ThisQuarter,
        LastQuarter,
        ThisYear,
        LastYear,
        Custom,
    };
    Q_ENUM(Preset)

    /// Reads `store` (which must outlive the view) for its choices; reports run on a worker
    /// with a connection from `opener`, as `actor`.
    ReportsView(Store &store, StoreOpener opener, const Actor &actor, QWidget *parent = nullptr);
    /// Waits for a running report to stop.
    ~ReportsView() override;

    /// Reports as `actor` from now on; export is offered when `access` allows it.
    void setActor(const Actor &actor, const Access &access);
    /// Reloads the currency and agent choices and runs the report again: the data changed.
    void refresh();

    /// The first and last day (both included) of `preset` when today is `today`; Custom
    /// gives {today, today}. Quarters are calendar quarters.
    static std::pair<QDate, QDate> presetRange(Preset preset, QDate today);

    /// The query the controls describe, checked as the store will check it.
    Result<ReportQuery> query() const;
    /// Sets the controls to `first`..`last` (both included) as a custom period.
    void setPeriod(QDate first, QDate last);
    void setPreset(Preset preset);
    Preset preset() const;
    /// Sets the time zone (an IANA id); false, changing nothing, for one the system lacks.
    bool setTimeZone(const QByteArray &zone);
    void setGroupBy(ReportGroup group);
    void setTimeBasis(ReportTime time);
    /// Sets a multiple-choice filter to exactly `values` (API names: "succeeded",
    /// "duplicate", "none", "usd", an agent's name); empty: all.
    void setStatusFilter(const QStringList &values);
    void setReasonFilter(const QStringList &values);
    void setCurrencyFilter(const QStringList &values);
    void setAgentFilter(const QStringList &values);

    /// Runs the report the controls describe on the worker; false when a run is under way
    /// (it runs again when that one ends) or the controls do not make a valid query (the
    /// message says why).
    bool run();
    bool isRunning() const;
    /// The report shown; empty before the first run ends.
    const Report &report() const { return m_report; }
    /// From asking for the report to showing it, in milliseconds: the last run's.
    qint64 lastRunMs() const { return m_lastRunMs; }

    /// Writes the report shown to `path`, written beside it and renamed into place, and
    /// notes the export in the audit trail.
    Result<void> exportTo(ReportFileFormat format, const QString &path);
    /// "refunds-2026-11-by-reason.csv" and the like, for the save dialog.
    QString suggestedFileName(ReportFileFormat format) const;

    ReportTotalsModel *totalsModel() const { return m_totals; }
    ReportRowsModel *rowsModel() const { return m_rows; }
    ReportChartsView *charts() const { return m_charts; }
    /// The line under the tables: what the report holds and how long it took.
    QString summaryText() const;

    /// The controls as plain values (API names, ISO dates), for QSettings.
    QVariantMap saveState() const;
    /// Restores what saveState() gave; unknown values keep their defaults.
    void restoreState(const QVariantMap &state);

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    /// A run ended and its report is shown (or its error).
    void reportShown();
    /// A one-line outcome for the status bar.
    void statusMessage(const QString &message);
    /// A store call failed; `message` is the store's sentence, ready to show.
    void errorOccurred(const QString &message);

private:
    struct Reports;

    QWidget *createPeriodRow();
    QWidget *createFilterRow();
    QWidget *createResults();
    void createExportButtons(QWidget *row);
    void scheduleRun();
    void presetChosen();
    void datesEdited(bool firstChanged);
    void runDone(const Result<Reports> &result);
    void exportChosen(ReportFileFormat format);
    void reloadChoices();
    void updateExportActions();
    void fitTotals();
    void clearReport(const QString &why);
    QDate today() const;
    void showError(const QString &message);

    Store &m_store;
    Actor m_actor;
    bool m_mayExport = true;
    StoreJob *m_job;
    QTimer *m_runDelay;
    QElapsedTimer m_sinceAsked;
    bool m_runAgain = false;
    bool m_stale = true; ///< the controls or the data changed while the view was hidden
    Report m_report;
    qint64 m_lastRunMs = 0;

    QComboBox *m_preset = nullptr;
    QDateEdit *m_first = nullptr;
    QDateEdit *m_last = nullptr;
    QComboBox *m_zone = nullptr;
    QComboBox *m_time = nullptr;
    QComboBox *m_group = nullptr;
    QToolButton *m_statusFilter = nullptr;
    QToolButton *m_reasonFilter = nullptr;
    QToolButton *m_currencyFilter = nullptr;
    QToolButton *m_agentFilter = nullptr;
    QToolButton *m_csvButton = nullptr;
    QPushButton *m_jsonButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    ReportTotalsModel *m_totals;
    ReportRowsModel *m_rows;
    QTableView *m_totalsTable = nullptr;
    QTableView *m_rowsTable = nullptr;
    ReportChartsView *m_charts = nullptr;
    QLabel *m_summary = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace RefundDesk
