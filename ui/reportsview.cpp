#include "reportsview.h"

#include "io/reportjson.h"
#include "listtable.h"
#include "messagelabel.h"
#include "report/reportcsv.h"
#include "reportchartsview.h"
#include "reportmodels.h"
#include "reportpdf.h"
#include "reporttext.h"
#include "store/store.h"
#include "storejob.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QMetaEnum>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace RefundDesk {
namespace {

Q_LOGGING_CATEGORY(lcReportsView, "refunddesk.ui.reportsview")

/// The pause after a change of the controls before the report runs, so that stepping
/// through a date or ticking several filters runs it once.
constexpr int runDelayMs = 150;

/// The last directory a report was saved to.
const QString exportFolderKey = QStringLiteral("reports/exportFolder");

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

/// The time grouping of the chart over time when the report is grouped otherwise: days for
/// up to about a month, ISO weeks for up to about nine months, months beyond, so that the
/// chart has at most ReportChartsView::maxBars bars where it can.
ReportGroup chartTimeGroup(const ReportQuery &query)
{
    const qint64 days = (query.to - query.from + 86399) / 86400;
    if (days <= ReportChartsView::maxBars)
        return ReportGroup::Day;
    if (days <= 7 * ReportChartsView::maxBars)
        return ReportGroup::Week;
    return ReportGroup::Month;
}

/// A multiple-choice filter: a button whose menu holds one checkable entry per value (the
/// value is the entry's data) and "All", which unticks them. The button names the choice.
class ChoiceButton final : public QToolButton
{
    Q_OBJECT
public:
    ChoiceButton(const QString &title, const QString &objectName, QWidget *parent)
        : QToolButton(parent)
        , m_title(title)
        , m_menu(new QMenu(this))
    {
        setObjectName(objectName);
        setAccessibleName(title);
        setPopupMode(QToolButton::InstantPopup);
        setMenu(m_menu);
        updateText();
    }

    /// Replaces the entries with `values` (value, label), keeping those ticked that remain
    /// and any ticked value no longer listed, so the filter itself does not change.
    void setChoices(const QList<std::pair<QString, QString>> &values)
    {
        const QStringList ticked = checkedValues();
        m_menu->clear();
        QAction *all = m_menu->addAction(tr("All"));
        all->setObjectName(QStringLiteral("allChoice"));
        connect(all, &QAction::triggered, this, [this] {
            setCheckedValues({});
            Q_EMIT choiceChanged();
        });
        m_menu->addSeparator();
        for (const auto &[value, label] : values)
            addChoice(value, label);
        for (const QString &value : ticked) {
            if (!entry(value))
                addChoice(value, value);
        }
        setCheckedValues(ticked);
    }

    QStringList checkedValues() const
    {
        QStringList values;
        for (QAction *action : m_menu->actions()) {
            if (action->isCheckable() && action->isChecked())
                values << action->data().toString();
        }
        return values;
    }

    /// Ticks exactly `values`; an unknown value gets an entry of its own. No change signal.
    void setCheckedValues(const QStringList &values)
    {
        for (const QString &value : values) {
            if (!entry(value))
                addChoice(value, value);
        }
        for (QAction *action : m_menu->actions()) {
            if (action->isCheckable()) {
                const QSignalBlocker blocker(action);
                action->setChecked(values.contains(action->data().toString()));
            }
        }
        updateText();
    }

Q_SIGNALS:
    /// The user ticked or unticked an entry, or chose "All".
    void choiceChanged();

private:
    QAction *entry(const QString &value) const
    {
        for (QAction *action : m_menu->actions()) {
            if (action->isCheckable() && action->data().toString() == value)
                return action;
        }
        return nullptr;
    }

    void addChoice(const QString &value, const QString &label)
    {
        QAction *action = m_menu->addAction(label);
        action->setCheckable(true);
        action->setData(value);
        connect(action, &QAction::toggled, this, [this] {
            updateText();
            Q_EMIT choiceChanged();
        });
    }

    void updateText()
    {
        QStringList labels;
        for (QAction *action : m_menu->actions()) {
            if (action->isCheckable() && action->isChecked())
                labels << action->text();
        }
        if (labels.isEmpty())
            setText(tr("%1: all").arg(m_title));
        else if (labels.size() <= 2)
            setText(tr("%1: %2").arg(m_title, labels.join(QStringLiteral(", "))));
        else
            setText(tr("%1: %2 chosen").arg(m_title).arg(labels.size()));
        setToolTip(labels.isEmpty() ? tr("%1: every value counts").arg(m_title)
                                    : tr("%1: only %2").arg(m_title, labels.join(u'\n')));
    }

    QString m_title;
    QMenu *m_menu;
};

ChoiceButton *choiceButton(QToolButton *button)
{
    return static_cast<ChoiceButton *>(button);
}

/// The choices of a filter by status, reason or currency: each API name with its label.
QList<std::pair<QString, QString>> labelled(ReportGroup group, const QStringList &values)
{
    QList<std::pair<QString, QString>> choices;
    for (const QString &value : values)
        choices.append({value, ReportText::groupLabel(group, value)});
    return choices;
}

Result<void> writeFile(const QByteArray &bytes, const QString &path)
{
    // Written beside the target and renamed into place, so a failure leaves no half file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error::storage(
            QCoreApplication::translate("RefundDesk::ReportsView", "Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

} // namespace

/// What one run computes: the report the controls ask for, and the two the charts need
/// (the same report when it is already grouped that way).
struct ReportsView::Reports
{
    Report main;
    Report overTime;
    Report byReason;
};

ReportsView::ReportsView(Store &store, StoreOpener opener, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_actor(actor)
    , m_job(new StoreJob(std::move(opener), this))
    , m_runDelay(new QTimer(this))
    , m_totals(new ReportTotalsModel(this))
    , m_rows(new ReportRowsModel(this))
{
    setObjectName(QStringLiteral("reportsView"));
    m_runDelay->setSingleShot(true);
    m_runDelay->setInterval(runDelayMs);
    connect(m_runDelay, &QTimer::timeout, this, &ReportsView::run);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reportSummaryLabel"));
    m_message = new MessageLabel(QStringLiteral("messageLabel"), this);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_summary);
    footer->addSpacing(24);
    footer->addWidget(m_message, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(createPeriodRow());
    layout->addWidget(createFilterRow());
    layout->addWidget(createResults(), 1);
    layout->addLayout(footer);

    connect(m_job, &StoreJob::runningChanged, this, [this](bool running) {
        if (running)
            m_summary->setText(tr("Running the report…"));
        updateExportActions();
    });
    setPreset(Preset::ThisMonth);
    updateExportActions();
}

ReportsView::~ReportsView() = default;

QWidget *ReportsView::createPeriodRow()
{
    auto *row = new QWidget(this);
    m_preset = new QComboBox(row);
    m_preset->setObjectName(QStringLiteral("reportPreset"));
    m_preset->setAccessibleName(tr("Period"));
    const std::pair<Preset, QString> presets[] = {
        {Preset::ThisMonth, tr("This month")},     {Preset::LastMonth, tr("Last month")},
        {Preset::Last30Days, tr("Last 30 days")},  {Preset::ThisQuarter, tr("This quarter")},
        {Preset::LastQuarter, tr("Last quarter")}, {Preset::ThisYear, tr("This year")},
        {Preset::LastYear, tr("Last year")},       {Preset::Custom, tr("Custom")},
    };
    for (const auto &[preset, label] : presets)
        m_preset->addItem(label, int(preset));

    m_first = new QDateEdit(row);
    m_first->setObjectName(QStringLiteral("reportFirstDay"));
    m_first->setAccessibleName(tr("First day of the period"));
    m_last = new QDateEdit(row);
    m_last->setObjectName(QStringLiteral("reportLastDay"));
    m_last->setAccessibleName(tr("Last day of the period (included)"));
    for (QDateEdit *edit : {m_first, m_last}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(QDate(1970, 1, 1));
    }

    m_zone = new QComboBox(row);
    m_zone->setObjectName(QStringLiteral("reportTimeZone"));
    m_zone->setAccessibleName(tr("Time zone of the days, weeks and months"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->setMinimumContentsLength(18);
    m_zone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zone->setToolTip(tr("The days, weeks and months of the report begin at midnight in this "
                          "zone, daylight saving included"));
    const QByteArray system = QTimeZone::systemTimeZoneId();
    if (!setTimeZone(system))
        setTimeZone(QByteArrayLiteral("UTC"));

    m_time = new QComboBox(row);
    m_time->setObjectName(QStringLiteral("reportTimeBasis"));
    m_time->setAccessibleName(tr("Count refunds by"));
    m_time->addItem(tr("created"), int(ReportTime::Created));
    m_time->addItem(tr("refunded"), int(ReportTime::Refunded));
    m_time->setToolTip(tr("Place each refund in the period by when it was created at the desk, "
                          "or by when the processor refunded it (refunds not refunded yet are "
                          "left out)"));

    m_group = new QComboBox(row);
    m_group->setObjectName(QStringLiteral("reportGroupBy"));
    m_group->setAccessibleName(tr("Group by"));
    for (ReportGroup group :
         {ReportGroup::Day, ReportGroup::Week, ReportGroup::Month, ReportGroup::Reason,
          ReportGroup::Status, ReportGroup::Agent, ReportGroup::Currency})
        m_group->addItem(ReportText::groupHeading(group), int(group));
    setGroupBy(ReportGroup::Reason);

    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buddyLabel(tr("&Period:"), m_preset, row));
    layout->addWidget(m_preset);
    layout->addWidget(m_first);
    layout->addWidget(new QLabel(tr("to"), row));
    layout->addWidget(m_last);
    layout->addSpacing(12);
    layout->addWidget(buddyLabel(tr("Time &zone:"), m_zone, row));
    layout->addWidget(m_zone);
    layout->addSpacing(12);
    layout->addWidget(buddyLabel(tr("Co&unt by:"), m_time, row));
    layout->addWidget(m_time);
    layout->addSpacing(12);
    layout->addWidget(buddyLabel(tr("&Group by:"), m_group, row));
    layout->addWidget(m_group);
    layout->addStretch(1);

    connect(m_preset, &QComboBox::activated, this, &ReportsView::presetChosen);
    connect(m_first, &QDateEdit::dateChanged, this, [this] { datesEdited(true); });
    connect(m_last, &QDateEdit::dateChanged, this, [this] { datesEdited(false); });
    connect(m_zone, &QComboBox::currentIndexChanged, this, [this] {
        // Presets follow today in the zone, which may be another day.
        if (preset() != Preset::Custom)
            presetChosen();
        scheduleRun();
    });
    connect(m_zone->lineEdit(), &QLineEdit::editingFinished, this, &ReportsView::scheduleRun);
    connect(m_time, &QComboBox::currentIndexChanged, this, &ReportsView::scheduleRun);
    connect(m_group, &QComboBox::currentIndexChanged, this, &ReportsView::scheduleRun);
    return row;
}

QWidget *ReportsView::createFilterRow()
{
    auto *row = new QWidget(this);
    m_statusFilter = new ChoiceButton(tr("Status"), QStringLiteral("reportStatusFilter"), row);
    m_reasonFilter = new ChoiceButton(tr("Reason"), QStringLiteral("reportReasonFilter"), row);
    m_currencyFilter =
        new ChoiceButton(tr("Currency"), QStringLiteral("reportCurrencyFilter"), row);
    m_agentFilter = new ChoiceButton(tr("Agent"), QStringLiteral("reportAgentFilter"), row);

    QStringList statuses;
    for (RefundStatus status : allRefundStatuses())
        statuses << toString(status);
    choiceButton(m_statusFilter)->setChoices(labelled(ReportGroup::Status, statuses));
    QStringList reasons;
    for (RefundReason reason : allRefundReasons())
        reasons << toString(reason);
    reasons << reportReasonLabel(RefundReason::None);
    choiceButton(m_reasonFilter)->setChoices(labelled(ReportGroup::Reason, reasons));

    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Only:"), row));
    for (QToolButton *button : {m_statusFilter, m_reasonFilter, m_currencyFilter, m_agentFilter}) {
        connect(choiceButton(button), &ChoiceButton::choiceChanged, this,
                &ReportsView::scheduleRun);
        layout->addWidget(button);
    }
    layout->addStretch(1);
    createExportButtons(row);
    return row;
}

void ReportsView::createExportButtons(QWidget *row)
{
    m_csvButton = new QToolButton(row);
    m_csvButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_csvButton->setText(tr("Export &CSV…"));
    m_csvButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_csvButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto *csvMenu = new QMenu(m_csvButton);
    csvMenu->addAction(tr("CSV, Comma Separated…"), this,
                       [this] { exportChosen(ReportFileFormat::Csv); });
    csvMenu->addAction(tr("CSV for Spreadsheets (Semicolons, Byte Order Mark)…"), this,
                       [this] { exportChosen(ReportFileFormat::SpreadsheetCsv); });
    m_csvButton->setMenu(csvMenu);
    m_csvButton->setToolTip(tr("Save the report as CSV; the arrow offers a form for "
                               "spreadsheets that use a comma as the decimal point"));
    connect(m_csvButton, &QToolButton::clicked, this,
            [this] { exportChosen(ReportFileFormat::Csv); });
    m_jsonButton = new QPushButton(tr("Export &JSON…"), row);
    m_jsonButton->setObjectName(QStringLiteral("exportJsonButton"));
    connect(m_jsonButton, &QPushButton::clicked, this,
            [this] { exportChosen(ReportFileFormat::Json); });
    m_pdfButton = new QPushButton(tr("Export P&DF…"), row);
    m_pdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    connect(m_pdfButton, &QPushButton::clicked, this,
            [this] { exportChosen(ReportFileFormat::Pdf); });
    // The tool button matches the push buttons' height beside them.
    m_csvButton->setMinimumHeight(m_jsonButton->sizeHint().height());

    auto *layout = static_cast<QHBoxLayout *>(row->layout());
    layout->addWidget(m_csvButton);
    layout->addWidget(m_jsonButton);
    layout->addWidget(m_pdfButton);
}

QWidget *ReportsView::createResults()
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_rows);
    proxy->setSortRole(ReportSortRole);
    m_totalsTable = new QTableView(this);
    setUpListTable(*m_totalsTable, m_totals, QStringLiteral("reportTotalsTable"),
                   tr("Totals per currency"));
    fitTotals();
    m_rowsTable = new QTableView(this);
    setUpListTable(*m_rowsTable, proxy, QStringLiteral("reportRowsTable"), tr("Report rows"));
    m_rowsTable->setSortingEnabled(true);
    m_rowsTable->sortByColumn(-1, Qt::AscendingOrder); // the report's order until clicked
    m_totalsTable->horizontalHeader()->setStretchLastSection(false);

    auto *rowsTitle = new QLabel(tr("<b>Rows</b>"), this);
    auto *rows = new QWidget(this);
    auto *rowsLayout = new QVBoxLayout(rows);
    rowsLayout->setContentsMargins(0, 0, 0, 0);
    rowsLayout->addWidget(rowsTitle);
    rowsLayout->addWidget(m_rowsTable, 1);

    m_charts = new ReportChartsView(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("reportSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(rows);
    splitter->addWidget(m_charts);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({480, 960});

    // The totals span the width: a few currencies, six columns. Rows and charts share the rest.
    auto *results = new QWidget(this);
    auto *layout = new QVBoxLayout(results);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(new QLabel(tr("<b>Totals per currency</b>"), results));
    layout->addWidget(m_totalsTable);
    layout->addWidget(splitter, 1);
    return results;
}

void ReportsView::fitTotals()
{
    // Every currency in view without a scroll bar, up to eight (one empty row before a
    // report), and no wider than its columns, so it does not read as a half-empty grid.
    const int rows = qBound(1, m_totals->rowCount(), 8);
    const int frame = 2 * m_totalsTable->frameWidth();
    m_totalsTable->setFixedHeight(m_totalsTable->horizontalHeader()->sizeHint().height()
                                  + rows * m_totalsTable->verticalHeader()->defaultSectionSize()
                                  + frame);
    m_totalsTable->setMaximumWidth(m_totalsTable->horizontalHeader()->length() + frame
                                   + m_totalsTable->verticalScrollBar()->sizeHint().width());
}

void ReportsView::setActor(const Actor &actor, const Access &access)
{
    m_actor = actor;
    m_mayExport = access.allows(Permission::Export);
    updateExportActions();
    refresh();
}

void ReportsView::refresh()
{
    // A hidden view reads nothing now: it reloads once when it is shown.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    reloadChoices();
    scheduleRun();
}

void ReportsView::reloadChoices()
{
    const Result<QStringList> currencies = m_store.recordCurrencies();
    if (currencies)
        choiceButton(m_currencyFilter)
            ->setChoices(labelled(ReportGroup::Currency, currencies.value()));
    else
        showError(currencies.error().message);
    const Result<QStringList> agents = m_store.refundCreators();
    if (agents)
        choiceButton(m_agentFilter)->setChoices(labelled(ReportGroup::Agent, agents.value()));
    else
        showError(agents.error().message);
}

std::pair<QDate, QDate> ReportsView::presetRange(Preset preset, QDate today)
{
    const QDate month(today.year(), today.month(), 1);
    const QDate quarter(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    const QDate year(today.year(), 1, 1);
    switch (preset) {
    case Preset::ThisMonth:
        return {month, month.addMonths(1).addDays(-1)};
    case Preset::LastMonth:
        return {month.addMonths(-1), month.addDays(-1)};
    case Preset::Last30Days:
        return {today.addDays(-29), today};
    case Preset::ThisQuarter:
        return {quarter, quarter.addMonths(3).addDays(-1)};
    case Preset::LastQuarter:
        return {quarter.addMonths(-3), quarter.addDays(-1)};
    case Preset::ThisYear:
        return {year, year.addYears(1).addDays(-1)};
    case Preset::LastYear:
        return {year.addYears(-1), year.addDays(-1)};
    case Preset::Custom:
        break;
    }
    return {today, today};
}

QDate ReportsView::today() const
{
    QTimeZone zone(m_zone->currentText().trimmed().toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::systemTimeZone();
    return QDateTime::fromMSecsSinceEpoch(m_store.nowMs(), zone).date();
}

ReportsView::Preset ReportsView::preset() const
{
    return Preset(m_preset->currentData().toInt());
}

void ReportsView::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
    presetChosen();
}

void ReportsView::presetChosen()
{
    if (preset() == Preset::Custom)
        return;
    const auto [first, last] = presetRange(preset(), today());
    const QSignalBlocker blockFirst(m_first);
    const QSignalBlocker blockLast(m_last);
    m_first->setDate(first);
    m_last->setDate(last);
    scheduleRun();
}

void ReportsView::setPeriod(QDate first, QDate last)
{
    {
        const QSignalBlocker blockFirst(m_first);
        const QSignalBlocker blockLast(m_last);
        m_first->setDate(first);
        m_last->setDate(last);
    }
    m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
    datesEdited(true);
}

void ReportsView::datesEdited(bool firstChanged)
{
    // A period that ends before it starts reports nothing; move the other end along.
    if (m_first->date() > m_last->date()) {
        const QSignalBlocker blockFirst(m_first);
        const QSignalBlocker blockLast(m_last);
        if (firstChanged)
            m_last->setDate(m_first->date());
        else
            m_first->setDate(m_last->date());
    }
    // Dates typed or picked by hand make the period a custom one, unless they happen to be
    // the preset's.
    if (preset() != Preset::Custom
        && presetRange(preset(), today()) != std::pair {m_first->date(), m_last->date()}) {
        const QSignalBlocker blocker(m_preset);
        m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
    }
    scheduleRun();
}

bool ReportsView::setTimeZone(const QByteArray &zone)
{
    if (zone.isEmpty() || !QTimeZone(zone).isValid())
        return false;
    const QString id = QString::fromUtf8(zone);
    const int index = m_zone->findText(id);
    if (index >= 0) {
        m_zone->setCurrentIndex(index);
    } else {
        m_zone->setEditText(id);
        scheduleRun();
    }
    return true;
}

void ReportsView::setGroupBy(ReportGroup group)
{
    m_group->setCurrentIndex(m_group->findData(int(group)));
}

void ReportsView::setTimeBasis(ReportTime time)
{
    m_time->setCurrentIndex(m_time->findData(int(time)));
}

void ReportsView::setStatusFilter(const QStringList &values)
{
    choiceButton(m_statusFilter)->setCheckedValues(values);
    scheduleRun();
}

void ReportsView::setReasonFilter(const QStringList &values)
{
    choiceButton(m_reasonFilter)->setCheckedValues(values);
    scheduleRun();
}

void ReportsView::setCurrencyFilter(const QStringList &values)
{
    choiceButton(m_currencyFilter)->setCheckedValues(values);
    scheduleRun();
}

void ReportsView::setAgentFilter(const QStringList &values)
{
    choiceButton(m_agentFilter)->setCheckedValues(values);
    scheduleRun();
}

Result<ReportQuery> ReportsView::query() const
{
    ReportQuery query;
    const QString zoneText = m_zone->currentText().trimmed();
    query.timeZone = zoneText.toUtf8();
    const QTimeZone zone(query.timeZone);
    if (zoneText.isEmpty() || !zone.isValid()) {
        return Error::rule(QStringLiteral("time_zone"),
                           tr("Time zone \"%1\" is not one this system knows; choose one from "
                              "the list, such as Europe/Berlin or UTC.")
                               .arg(zoneText));
    }
    query.from = m_first->date().startOfDay(zone).toSecsSinceEpoch();
    // The last day counts in full: the period ends at the next midnight, exclusive.
    query.to = m_last->date().addDays(1).startOfDay(zone).toSecsSinceEpoch();
    query.time = ReportTime(m_time->currentData().toInt());
    query.groupBy = ReportGroup(m_group->currentData().toInt());
    for (const QString &value : choiceButton(m_statusFilter)->checkedValues()) {
        const auto status = refundStatusFromString(value);
        if (!status)
            return status.error();
        query.statuses << status.value();
    }
    for (const QString &value : choiceButton(m_reasonFilter)->checkedValues()) {
        if (value == reportReasonLabel(RefundReason::None)) {
            query.reasons << RefundReason::None;
            continue;
        }
        const auto reason = refundReasonFromString(value);
        if (!reason)
            return reason.error();
        query.reasons << reason.value();
    }
    query.currencies = choiceButton(m_currencyFilter)->checkedValues();
    query.agents = choiceButton(m_agentFilter)->checkedValues();
    return checkedReportQuery(query);
}

void ReportsView::scheduleRun()
{
    // A hidden view runs nothing: it runs once when it is shown.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_runDelay->start();
}

void ReportsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        reloadChoices();
        m_runDelay->start();
    }
}

bool ReportsView::run()
{
    m_runDelay->stop();
    m_stale = false;
    if (m_job->isRunning()) {
        m_runAgain = true;
        return false;
    }
    const Result<ReportQuery> asked = query();
    if (!asked) {
        clearReport(asked.error().message);
        return false;
    }
    const ReportQuery query = asked.value();
    const Actor actor = m_actor;
    m_sinceAsked.start();
    m_runAgain = false;
    return m_job->start<Reports>(
        [query, actor](Store &store, StoreJob::Progress &) -> Result<Reports> {
            Reports reports;
            const Result<Report> main = store.report(query, actor);
            if (!main)
                return main.error();
            reports.main = main.value();
            reports.overTime = reports.byReason = reports.main;
            if (!groupsByTime(query.groupBy)) {
                ReportQuery overTime = query;
                overTime.groupBy = chartTimeGroup(query);
                // Beyond a century even months are too many to chart: no chart over time.
                reports.overTime = {};
                if (checkedReportQuery(overTime)) {
                    const Result<Report> made = store.report(overTime, actor);
                    if (!made)
                        return made.error();
                    reports.overTime = made.value();
                }
            }
            if (query.groupBy != ReportGroup::Reason) {
                ReportQuery byReason = query;
                byReason.groupBy = ReportGroup::Reason;
                const Result<Report> made = store.report(byReason, actor);
                if (!made)
                    return made.error();
                reports.byReason = made.value();
            }
            return reports;
        },
        [this](const Result<Reports> &result) { runDone(result); });
}

bool ReportsView::isRunning() const
{
    return m_job->isRunning() || m_runDelay->isActive();
}

void ReportsView::runDone(const Result<Reports> &result)
{
    if (m_runAgain) {
        // The controls changed while it ran: what came back is no longer what was asked.
        run();
        return;
    }
    if (!result) {
        clearReport(result.error().message);
        Q_EMIT reportShown();
        return;
    }
    const Reports &reports = result.value();
    m_report = reports.main;
    const QLocale locale;
    m_totals->setTotals(m_report.totals, locale);
    m_rows->setRows(m_report.query.groupBy, m_report.rows, locale);
    m_rowsTable->sortByColumn(-1, Qt::AscendingOrder);
    // Money columns as wide as their widest amount; Qt samples long tables, not every row.
    m_totalsTable->resizeColumnsToContents();
    m_rowsTable->resizeColumnsToContents();
    fitTotals();
    m_charts->setReports(reports.overTime, reports.byReason);
    m_lastRunMs = m_sinceAsked.elapsed();
    m_summary->setText(summaryText());
    m_message->showMessage(QString());
    qCDebug(lcReportsView) << "report of" << m_report.rows.size() << "rows shown in" << m_lastRunMs
                           << "ms";
    updateExportActions();
    Q_EMIT reportShown();
}

void ReportsView::clearReport(const QString &why)
{
    // Nothing stays on screen, or exportable, that is not what the controls ask for.
    m_report = {};
    m_totals->setTotals({});
    m_rows->setRows(ReportGroup::Month, {});
    m_charts->clear();
    fitTotals();
    m_summary->setText(tr("No report"));
    updateExportActions();
    showError(why);
}

QString ReportsView::summaryText() const
{
    if (m_report.query.to == 0)
        return {};
    const QLocale locale;
    qint64 refunds = 0;
    for (const ReportTotal &total : m_report.totals)
        refunds += total.count;
    const QString counted =
        refunds == 1 ? tr("1 refund") : tr("%1 refunds").arg(locale.toString(refunds));
    const QString currencies = m_report.totals.size() == 1
        ? tr("1 currency")
        : tr("%1 currencies").arg(locale.toString(m_report.totals.size()));
    const QString rows = m_report.rows.size() == 1
        ? tr("1 row")
        : tr("%1 rows").arg(locale.toString(m_report.rows.size()));
    return tr("%1 in %2, %3 · %4 · run in %5 ms")
        .arg(counted, currencies, rows, ReportText::period(m_report.query, locale),
             locale.toString(m_lastRunMs));
}

void ReportsView::updateExportActions()
{
    const bool ready = m_mayExport && m_report.query.to != 0 && !m_job->isRunning();
    for (QWidget *button :
         std::initializer_list<QWidget *> {m_csvButton, m_jsonButton, m_pdfButton}) {
        button->setEnabled(ready);
        if (!m_mayExport)
            button->setToolTip(tr("Your role may not export reports."));
    }
}

QString ReportsView::suggestedFileName(ReportFileFormat format) const
{
    const ReportQuery &query = m_report.query;
    const QTimeZone zone(query.timeZone);
    const QDate first = QDateTime::fromSecsSinceEpoch(query.from, zone).date();
    const QDate last = QDateTime::fromSecsSinceEpoch(query.to - 1, zone).date();
    QString period;
    if (first.day() == 1 && last == first.addMonths(1).addDays(-1))
        period = first.toString(QStringLiteral("yyyy-MM"));
    else if (first == last)
        period = first.toString(Qt::ISODate);
    else
        period = first.toString(Qt::ISODate) + u'-' + last.toString(Qt::ISODate);
    const QString suffix = format == ReportFileFormat::Json ? QStringLiteral("json")
        : format == ReportFileFormat::Pdf                   ? QStringLiteral("pdf")
                                                            : QStringLiteral("csv");
    return QStringLiteral("refunds-%1-by-%2.%3").arg(period, toString(query.groupBy), suffix);
}

void ReportsView::exportChosen(ReportFileFormat format)
{
    QSettings settings;
    QString folder = settings.value(exportFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString filter = format == ReportFileFormat::Json ? tr("JSON files (*.json)")
        : format == ReportFileFormat::Pdf                   ? tr("PDF files (*.pdf)")
                                                            : tr("CSV files (*.csv)");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report"), QDir(folder).filePath(suggestedFileName(format)), filter);
    if (path.isEmpty())
        return;
    settings.setValue(exportFolderKey, QFileInfo(path).absolutePath());
    const Result<void> written = exportTo(format, path);
    if (!written) {
        showError(written.error().message);
        return;
    }
    const QString message =
        tr("Saved the report to %1.").arg(QDir::toNativeSeparators(QFileInfo(path).fileName()));
    m_message->showMessage(message);
    Q_EMIT statusMessage(message);
}

Result<void> ReportsView::exportTo(ReportFileFormat format, const QString &path)
{
    if (m_report.query.to == 0)
        return Error::rule(QStringLiteral("report"), tr("There is no report to export yet."));
    Result<void> written;
    switch (format) {
    case ReportFileFormat::Csv:
        written = writeFile(ReportCsv::write(m_report), path);
        break;
    case ReportFileFormat::SpreadsheetCsv: {
        ReportCsv::Options options;
        options.byteOrderMark = true;
        options.separator = u';';
        written = writeFile(ReportCsv::write(m_report, options), path);
        break;
    }
    case ReportFileFormat::Json:
        written = writeFile(ReportJson::write(m_report), path);
        break;
    case ReportFileFormat::Pdf: {
        ReportPdfOptions options;
        options.ranBy = m_actor.name;
        options.ranAt = QDateTime::fromMSecsSinceEpoch(m_store.nowMs(), QTimeZone::utc());
        options.locale = QLocale();
        written = writeReportPdf(m_report, path, options);
        break;
    }
    }
    if (!written)
        return written;
    // A report holds sums, reasons and staff names, never a customer's personal data.
    return m_store.recordExport({QStringLiteral("report"), QFileInfo(path).absoluteFilePath(),
                                 qint64(m_report.rows.size()), true},
                                m_actor);
}

QVariantMap ReportsView::saveState() const
{
    QVariantMap state;
    const Preset chosen = preset();
    state.insert(QStringLiteral("preset"),
                 QString::fromLatin1(QMetaEnum::fromType<Preset>().valueToKey(int(chosen))));
    if (chosen == Preset::Custom) {
        state.insert(QStringLiteral("first"), m_first->date().toString(Qt::ISODate));
        state.insert(QStringLiteral("last"), m_last->date().toString(Qt::ISODate));
    }
    state.insert(QStringLiteral("timeZone"), m_zone->currentText().trimmed());
    state.insert(QStringLiteral("time"), toString(ReportTime(m_time->currentData().toInt())));
    state.insert(QStringLiteral("groupBy"), toString(ReportGroup(m_group->currentData().toInt())));
    state.insert(QStringLiteral("statuses"), choiceButton(m_statusFilter)->checkedValues());
    state.insert(QStringLiteral("reasons"), choiceButton(m_reasonFilter)->checkedValues());
    state.insert(QStringLiteral("currencies"), choiceButton(m_currencyFilter)->checkedValues());
    state.insert(QStringLiteral("agents"), choiceButton(m_agentFilter)->checkedValues());
    return state;
}

void ReportsView::restoreState(const QVariantMap &state)
{
    setTimeZone(state.value(QStringLiteral("timeZone")).toString().toUtf8());
    if (const auto time = reportTimeFromString(state.value(QStringLiteral("time")).toString()))
        setTimeBasis(time.value());
    if (const auto group = reportGroupFromString(state.value(QStringLiteral("groupBy")).toString()))
        setGroupBy(group.value());
    bool known = false;
    const int chosen = QMetaEnum::fromType<Preset>().keyToValue(
        state.value(QStringLiteral("preset")).toString().toLatin1().constData(), &known);
    if (known && Preset(chosen) == Preset::Custom) {
        const QDate first =
            QDate::fromString(state.value(QStringLiteral("first")).toString(), Qt::ISODate);
        const QDate last =
            QDate::fromString(state.value(QStringLiteral("last")).toString(), Qt::ISODate);
        if (first.isValid() && last.isValid())
            setPeriod(first, last);
    } else if (known) {
        setPreset(Preset(chosen));
    }
    // Values no longer valid are dropped rather than kept as filters that match nothing.
    QStringList statuses;
    for (const QString &value : state.value(QStringLiteral("statuses")).toStringList()) {
        if (refundStatusFromString(value))
            statuses << value;
    }
    QStringList reasons;
    for (const QString &value : state.value(QStringLiteral("reasons")).toStringList()) {
        if (value == reportReasonLabel(RefundReason::None) || refundReasonFromString(value))
            reasons << value;
    }
    setStatusFilter(statuses);
    setReasonFilter(reasons);
    setCurrencyFilter(state.value(QStringLiteral("currencies")).toStringList());
    setAgentFilter(state.value(QStringLiteral("agents")).toStringList());
}

void ReportsView::showError(const QString &message)
{
    m_message->showError(message);
    Q_EMIT errorOccurred(message);
}

} // namespace RefundDesk

#include "reportsview.moc"
