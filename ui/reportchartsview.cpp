#include "reportchartsview.h"

#include "money/currency.h"
#include "money/money.h"
#include "reporttext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QHash>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QLoggingCategory>
#include <QPen>
#include <QSignalBlocker>
#include <QTimeZone>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <utility>

namespace RefundDesk {
namespace {

Q_LOGGING_CATEGORY(lcReportCharts, "refunddesk.ui.reportcharts")

/// The colour of the PDF's first chart (ReportChart), so the two read alike.
const QColor barColour(0x4e, 0x79, 0xa7);

const QColor emptyTextColour(0x55, 0x5b, 0x63);

int exponentOf(const QString &code)
{
    // An unknown code is drawn as formatMoney() shows it: the plain number of minor units.
    const auto currency = Currency::fromCode(code);
    return currency ? currency->exponent() : 0;
}

/// A bar's or point's height: the one place an amount becomes a double.
qreal chartValue(qint64 minor, int exponent)
{
    return qreal(minor) / std::pow(10.0, exponent);
}

/// Removes the previous currency's series and axes; the chart itself stays, so pointers to
/// it (and the view's scene) remain valid.
void resetChart(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

/// The amount axis from 0 to a round number at or above `largest`, with round ticks and
/// only as many decimals as the step needs.
QValueAxis *amountAxis(qint64 largest, int exponent, const QString &code)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, largest > 0 ? chartValue(largest, exponent) : 1);
    axis->setTickCount(5);
    axis->applyNiceNumbers();
    const qreal step = (axis->max() - axis->min()) / std::max(1, axis->tickCount() - 1);
    const int decimals =
        std::clamp(int(-std::floor(std::log10(step) + 1e-9)), 0, std::max(0, exponent));
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    axis->setTitleText(ReportChartsView::tr("Amount (%1)").arg(code.toUpper()));
    return axis;
}

/// "$55.50 in 3 refunds", from integers.
QString amountText(qint64 amount, qint64 count, const QString &code)
{
    const QLocale locale;
    const QString money = formatMoney(amount, code, locale);
    if (count == 0)
        return ReportChartsView::tr("%1, no refunds").arg(money);
    if (count == 1)
        return ReportChartsView::tr("%1 in 1 refund").arg(money);
    return ReportChartsView::tr("%1 in %2 refunds").arg(money, locale.toString(count));
}

/// What a chart shows, for screen readers: every value when there are few, else the span and
/// the largest.
QString describe(const QStringList &labels, const QList<qint64> &amounts, const QString &code)
{
    if (labels.isEmpty())
        return {};
    const QLocale locale;
    if (labels.size() <= ReportChartsView::maxBars) {
        QStringList parts;
        for (qsizetype i = 0; i < labels.size(); ++i)
            parts << ReportChartsView::tr("%1: %2").arg(labels.at(i),
                                                        formatMoney(amounts.at(i), code, locale));
        return parts.join(QStringLiteral("; "));
    }
    const auto largest = std::max_element(amounts.cbegin(), amounts.cend());
    return ReportChartsView::tr("%1 to %2; the most, %3, in %4")
        .arg(labels.constFirst(), labels.constLast(), formatMoney(*largest, code, locale),
             labels.at(largest - amounts.cbegin()));
}

QString timeTitle(ReportGroup group, const QString &code)
{
    const QString upper = code.toUpper();
    switch (group) {
    case ReportGroup::Day:
        return ReportChartsView::tr("Refunded per day (%1)").arg(upper);
    case ReportGroup::Week:
        return ReportChartsView::tr("Refunded per week (%1)").arg(upper);
    case ReportGroup::Month:
        return ReportChartsView::tr("Refunded per month (%1)").arg(upper);
    default:
        return ReportChartsView::tr("Refunded over time (%1)").arg(upper);
    }
}

/// The axes in the widget's font rather than the chart theme's, like the rest of the view.
void setLabelsFont(QChart *chart, const QFont &font)
{
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes)
        axis->setLabelsFont(font);
}

/// Labels the time chart's bars so that every label shown reads whole: Qt Charts gives each
/// label of an axis an equal share of its width and cuts whatever is longer to "…", which
/// leaves nothing of forty dates. So the bars' QBarCategoryAxis (a category per bucket) is
/// hidden, and a QCategoryAxis over the same range shows each bucket's label when they all
/// fit, level or else upright, and every second, third… bucket's when they do not. Depends on
/// the plot's width, so it runs again whenever the chart is laid out.
void fitBucketLabels(QChart *chart)
{
    QBarCategoryAxis *buckets = nullptr;
    QCategoryAxis *shown = nullptr;
    const QList<QAbstractAxis *> axes = chart->axes(Qt::Horizontal);
    for (QAbstractAxis *axis : axes) {
        if (auto *bars = qobject_cast<QBarCategoryAxis *>(axis))
            buckets = bars;
        else if (auto *labels = qobject_cast<QCategoryAxis *>(axis))
            shown = labels;
    }
    if (!buckets || !shown || buckets->count() == 0)
        return;
    const QStringList labels = buckets->categories();
    const QFontMetricsF metrics(shown->labelsFont());
    qreal widest = 0;
    for (const QString &label : labels)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    // What Qt Charts leaves each label: the axis width over one more than the labels, less
    // its padding of 4 on either side; and a little air between neighbours.
    const qreal width = chart->plotArea().width();
    const auto fits = [&](qreal extent, qsizetype every) {
        const qsizetype count = (labels.size() + every - 1) / every;
        return extent + 8 + metrics.averageCharWidth() <= width / qreal(count + 1);
    };
    const bool level = fits(widest, 1);
    const qreal extent = level ? widest : metrics.height();
    qsizetype every = 1;
    while (every < labels.size() && !fits(extent, every))
        ++every;

    QStringList wanted;
    for (qsizetype i = 0; i < labels.size(); i += every)
        wanted << labels.at(i);
    shown->setLabelsAngle(level ? 0 : -90);
    if (shown->categoriesLabels() == wanted)
        return;
    const QStringList old = shown->categoriesLabels();
    for (const QString &label : old)
        shown->remove(label);
    // A category ends where its label stands: at the centre of the bar it names.
    for (qsizetype i = 0; i < labels.size(); i += every)
        shown->append(labels.at(i), qreal(i));
}

void setEmptyText(QChart *chart, QGraphicsSimpleTextItem *item, const QString &text)
{
    item->setText(text);
    item->setVisible(!text.isEmpty());
    item->setPos(chart->plotArea().center() - item->boundingRect().center());
}

} // namespace

ReportChartsView::ReportChartsView(QWidget *parent)
    : QWidget(parent)
    , m_currencyBox(new QComboBox(this))
    , m_totalLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("reportChartsView"));
    m_currencyBox->setObjectName(QStringLiteral("chartCurrency"));
    m_currencyBox->setAccessibleName(tr("Currency of the charts"));
    m_currencyBox->setToolTip(
        tr("Amounts in different currencies are never drawn on one scale: choose which to chart"));
    m_currencyBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_currencyBox->setMinimumContentsLength(4);
    auto *currencyLabel = new QLabel(tr("C&urrency:"), this);
    currencyLabel->setBuddy(m_currencyBox);
    m_totalLabel->setObjectName(QStringLiteral("chartTotalLabel"));
    m_totalLabel->setAccessibleName(tr("Refunded in the chosen currency"));
    m_totalLabel->setTextFormat(Qt::PlainText);
    m_totalLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_timeView =
        createChartView(QStringLiteral("timeChartView"), tr("Refunded over time"), m_timeEmpty);
    m_reasonView =
        createChartView(QStringLiteral("reasonChartView"), tr("Refunded by reason"), m_reasonEmpty);

    auto *top = new QHBoxLayout;
    top->addWidget(currencyLabel);
    top->addWidget(m_currencyBox);
    top->addSpacing(16);
    top->addWidget(m_totalLabel, 1);
    // One above the other, each the full width: forty bars need it, and so do the reasons'
    // long names. The trend gets more of the height.
    auto *charts = new QVBoxLayout;
    charts->addWidget(m_timeView, 3);
    charts->addWidget(m_reasonView, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(charts, 1);

    connect(m_timeView->chart(), &QChart::plotAreaChanged, this,
            [this] { fitBucketLabels(m_timeView->chart()); });
    connect(m_currencyBox, &QComboBox::currentIndexChanged, this,
            [this] { selectCurrency(m_currencyBox->currentData().toString()); });
    clear();
}

ReportChartsView::~ReportChartsView() = default;

QChartView *ReportChartsView::createChartView(const QString &name, const QString &accessibleName,
                                              QGraphicsSimpleTextItem *&emptyText)
{
    auto *chart = new QChart;
    chart->legend()->hide(); // one series each: the title names it
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    QFont titleFont = font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);

    emptyText = new QGraphicsSimpleTextItem(chart);
    emptyText->setFont(font());
    // The chart's light theme paints its own white background whatever the palette, so the
    // grey is fixed too: the one the views use for secondary text.
    emptyText->setBrush(emptyTextColour);
    QGraphicsSimpleTextItem *item = emptyText;
    // The chart lays itself out again after a resize or a change of axes: keep the line
    // centred in its plot area.
    connect(chart, &QChart::plotAreaChanged, this, [item](const QRectF &area) {
        item->setPos(area.center() - item->boundingRect().center());
    });

    auto *view = new QChartView(chart, this);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(280, 220);
    return view;
}

void ReportChartsView::setReports(const Report &overTime, const Report &byReason)
{
    m_overTime = overTime;
    m_byReason = byReason;
    m_buckets = reportBuckets(overTime.query);

    // Both reports cover the same period and filters, so their totals agree; the second
    // only matters when the first is missing.
    m_currencies.clear();
    for (const Report *report : {&m_overTime, &m_byReason}) {
        for (const ReportTotal &total : report->totals) {
            if (total.count > 0 && !m_currencies.contains(total.currency))
                m_currencies << total.currency;
        }
    }
    const QString previous = m_currency;
    m_currency = m_currencies.contains(previous) ? previous : m_currencies.value(0);
    {
        // Filling the chooser is not a choice: one rebuild and one signal below.
        const QSignalBlocker blocker(m_currencyBox);
        m_currencyBox->clear();
        for (const QString &code : std::as_const(m_currencies))
            m_currencyBox->addItem(code.toUpper(), code);
        m_currencyBox->setCurrentIndex(int(m_currencies.indexOf(m_currency)));
        m_currencyBox->setEnabled(m_currencies.size() > 1);
    }
    rebuild();
    if (m_currency != previous)
        Q_EMIT currencyChanged(m_currency);
}

void ReportChartsView::clear()
{
    setReports({}, {});
}

QStringList ReportChartsView::currencies() const
{
    return m_currencies;
}

QString ReportChartsView::currency() const
{
    return m_currency;
}

bool ReportChartsView::setCurrency(const QString &code)
{
    const qsizetype index = m_currencies.indexOf(code.toLower());
    if (index < 0)
        return false;
    m_currencyBox->setCurrentIndex(int(index)); // selectCurrency() through the signal
    return true;
}

void ReportChartsView::selectCurrency(const QString &code)
{
    if (code == m_currency)
        return;
    m_currency = code;
    rebuild();
    Q_EMIT currencyChanged(m_currency);
}

QString ReportChartsView::axisLabel(ReportGroup group, const QString &bucket, const QLocale &locale)
{
    switch (group) {
    case ReportGroup::Day:
        return locale.toString(QDate::fromString(bucket, Qt::ISODate), QStringLiteral("d MMM"));
    case ReportGroup::Week:
        return bucket.mid(bucket.indexOf(u'W')); // "2026-W09": the year is on the title
    case ReportGroup::Month:
        return locale.toString(QDate::fromString(bucket + QStringLiteral("-01"), Qt::ISODate),
                               QStringLiteral("MMM yyyy"));
    default:
        return bucket;
    }
}

QChart *ReportChartsView::timeChart() const
{
    return m_timeView->chart();
}

QChart *ReportChartsView::reasonChart() const
{
    return m_reasonView->chart();
}

bool ReportChartsView::timeChartIsBars() const
{
    return m_timeIsBars;
}

QList<qint64> ReportChartsView::timeAmounts() const
{
    return m_timeAmounts;
}

QList<qint64> ReportChartsView::reasonAmounts() const
{
    return m_reasonAmounts;
}

QStringList ReportChartsView::timeLabels() const
{
    return m_timeLabels;
}

QStringList ReportChartsView::reasonLabels() const
{
    return m_reasonLabels;
}

void ReportChartsView::rebuild()
{
    m_timeLabels.clear();
    m_timeAmounts.clear();
    m_timeCounts.clear();
    m_timeX.clear();
    m_reasonLabels.clear();
    m_reasonAmounts.clear();
    m_reasonCounts.clear();

    if (!m_currency.isEmpty()) {
        // Every bucket of the period is on the axis, those without refunds at 0, so a gap
        // reads as a gap and not as a shorter period.
        QHash<QString, qsizetype> index;
        const QTimeZone zone(m_overTime.query.timeZone);
        for (const ReportBucket &bucket : std::as_const(m_buckets)) {
            index.insert(bucket.label, m_timeLabels.size());
            m_timeLabels << bucket.label;
            // The date axis prints local time; placing each bucket at the local midnight of
            // its first day in the report's zone makes the axis read the report's calendar.
            const QDate first = QDateTime::fromSecsSinceEpoch(bucket.start, zone).date();
            m_timeX << first.startOfDay().toMSecsSinceEpoch();
        }
        m_timeAmounts.fill(0, m_timeLabels.size());
        m_timeCounts.fill(0, m_timeLabels.size());
        for (const ReportRow &row : std::as_const(m_overTime.rows)) {
            if (row.currency != m_currency || m_buckets.isEmpty())
                continue;
            const qsizetype i = index.value(row.group, -1);
            if (i < 0) {
                qCWarning(lcReportCharts) << "row outside the period's buckets:" << row.group;
                continue;
            }
            m_timeAmounts[i] = row.amount;
            m_timeCounts[i] = row.count;
        }
        for (const ReportRow &row : std::as_const(m_byReason.rows)) {
            if (row.currency != m_currency)
                continue;
            m_reasonLabels << ReportText::groupLabel(ReportGroup::Reason, row.group);
            m_reasonAmounts << row.amount;
            m_reasonCounts << row.count;
        }
    }
    m_timeIsBars = !m_timeLabels.isEmpty() && m_timeLabels.size() <= maxBars;

    const int exponent = exponentOf(m_currency);
    rebuildTimeChart(exponent);
    rebuildReasonChart(exponent);

    QString total;
    if (!m_currency.isEmpty()) {
        for (const Report *report : {&m_overTime, &m_byReason}) {
            const auto found = std::find_if(
                report->totals.cbegin(), report->totals.cend(),
                [this](const ReportTotal &total) { return total.currency == m_currency; });
            if (found != report->totals.cend()) {
                total = amountText(found->amount, found->count, m_currency);
                break;
            }
        }
    }
    m_totalLabel->setText(total);
}

void ReportChartsView::rebuildTimeChart(int exponent)
{
    QChart *chart = m_timeView->chart();
    resetChart(chart);
    const ReportGroup group = m_overTime.query.groupBy;
    if (m_currency.isEmpty() || m_timeLabels.isEmpty()) {
        chart->setTitle(tr("Refunded over time"));
        const QString text = m_currency.isEmpty() || groupsByTime(group)
            ? tr("No refunds to chart in this period.")
            : tr("Group the report by day, week or month to chart it over time.");
        setEmptyText(chart, m_timeEmpty, text);
        m_timeView->setAccessibleDescription(text);
        return;
    }
    chart->setTitle(timeTitle(group, m_currency));
    setEmptyText(chart, m_timeEmpty, {});
    m_timeView->setAccessibleDescription(describe(m_timeLabels, m_timeAmounts, m_currency));

    const qint64 largest = *std::max_element(m_timeAmounts.cbegin(), m_timeAmounts.cend());
    QValueAxis *amounts = amountAxis(largest, exponent, m_currency);
    if (m_timeIsBars) {
        auto *set = new QBarSet(m_currency.toUpper());
        set->setColor(barColour);
        set->setBorderColor(barColour);
        for (const qint64 amount : std::as_const(m_timeAmounts))
            set->append(chartValue(amount, exponent));
        connect(set, &QBarSet::hovered, this, [this](bool entered, int i) {
            if (entered && i >= 0 && i < m_timeLabels.size())
                showTip(m_timeLabels.at(i), m_timeAmounts.at(i), m_timeCounts.at(i));
            else
                QToolTip::hideText();
        });
        auto *series = new QBarSeries;
        series->setBarWidth(0.8);
        series->append(set);
        chart->addSeries(series);
        auto *buckets = new QBarCategoryAxis;
        for (const QString &label : std::as_const(m_timeLabels))
            buckets->append(axisLabel(group, label));
        buckets->setVisible(false); // it places the bars; fitBucketLabels() labels them
        auto *shown = new QCategoryAxis;
        shown->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        shown->setRange(-0.5, qreal(m_timeLabels.size()) - 0.5);
        shown->setStartValue(-0.5);
        shown->setGridLineVisible(false);
        chart->addAxis(buckets, Qt::AlignBottom);
        chart->addAxis(shown, Qt::AlignBottom);
        chart->addAxis(amounts, Qt::AlignLeft);
        series->attachAxis(buckets);
        series->attachAxis(amounts);
        setLabelsFont(chart, font());
        fitBucketLabels(chart);
        return;
    }

    auto *series = new QLineSeries;
    series->setName(m_currency.toUpper());
    series->setPen(QPen(barColour, 2));
    for (qsizetype i = 0; i < m_timeX.size(); ++i)
        series->append(qreal(m_timeX.at(i)), chartValue(m_timeAmounts.at(i), exponent));
    connect(series, &QLineSeries::hovered, this, [this](const QPointF &point, bool entered) {
        if (!entered || m_timeX.isEmpty()) {
            QToolTip::hideText();
            return;
        }
        // The line is hovered anywhere along it: name the nearest bucket.
        const auto after = std::lower_bound(m_timeX.cbegin(), m_timeX.cend(), point.x());
        qsizetype i = after - m_timeX.cbegin();
        if (i == m_timeX.size()
            || (i > 0 && point.x() - m_timeX.at(i - 1) < m_timeX.at(i) - point.x()))
            --i;
        showTip(m_timeLabels.at(i), m_timeAmounts.at(i), m_timeCounts.at(i));
    });
    chart->addSeries(series);
    auto *dates = new QDateTimeAxis;
    dates->setFormat(group == ReportGroup::Month ? QStringLiteral("MMM yyyy")
                                                 : QStringLiteral("d MMM yyyy"));
    dates->setTickCount(6);
    dates->setRange(QDateTime::fromMSecsSinceEpoch(m_timeX.constFirst()),
                    QDateTime::fromMSecsSinceEpoch(m_timeX.constLast()));
    chart->addAxis(dates, Qt::AlignBottom);
    chart->addAxis(amounts, Qt::AlignLeft);
    series->attachAxis(dates);
    series->attachAxis(amounts);
    setLabelsFont(chart, font());
}

void ReportChartsView::rebuildReasonChart(int exponent)
{
    QChart *chart = m_reasonView->chart();
    resetChart(chart);
    if (m_reasonLabels.isEmpty()) {
        chart->setTitle(tr("Refunded by reason"));
        const QString text = tr("No refunds to chart in this period.");
        setEmptyText(chart, m_reasonEmpty, text);
        m_reasonView->setAccessibleDescription(text);
        return;
    }
    chart->setTitle(tr("Refunded by reason (%1)").arg(m_currency.toUpper()));
    setEmptyText(chart, m_reasonEmpty, {});
    m_reasonView->setAccessibleDescription(describe(m_reasonLabels, m_reasonAmounts, m_currency));

    // Reasons are long names, so the bars lie down and the names read level at their left.
    // A horizontal bar chart stacks its categories from the bottom up: adding the rows last
    // first lists them top down in the report's order.
    const qsizetype count = m_reasonLabels.size();
    auto *set = new QBarSet(m_currency.toUpper());
    set->setColor(barColour);
    set->setBorderColor(barColour);
    QStringList labels;
    for (qsizetype row = count - 1; row >= 0; --row) {
        set->append(chartValue(m_reasonAmounts.at(row), exponent));
        labels << m_reasonLabels.at(row);
    }
    connect(set, &QBarSet::hovered, this, [this, count](bool entered, int i) {
        const qsizetype row = count - 1 - i;
        if (entered && row >= 0 && row < m_reasonLabels.size())
            showTip(m_reasonLabels.at(row), m_reasonAmounts.at(row), m_reasonCounts.at(row));
        else
            QToolTip::hideText();
    });
    auto *series = new QHorizontalBarSeries;
    series->setBarWidth(0.7);
    series->append(set);
    chart->addSeries(series);
    auto *reasons = new QBarCategoryAxis;
    reasons->append(labels);
    reasons->setGridLineVisible(false);
    const qint64 largest = *std::max_element(m_reasonAmounts.cbegin(), m_reasonAmounts.cend());
    QValueAxis *amounts = amountAxis(largest, exponent, m_currency);
    chart->addAxis(reasons, Qt::AlignLeft);
    chart->addAxis(amounts, Qt::AlignBottom);
    series->attachAxis(reasons);
    series->attachAxis(amounts);
    setLabelsFont(chart, font());
}

void ReportChartsView::showTip(const QString &label, qint64 amount, qint64 count)
{
    QToolTip::showText(QCursor::pos(),
                       tr("%1: %2").arg(label, amountText(amount, count, m_currency)), this);
}

} // namespace RefundDesk
