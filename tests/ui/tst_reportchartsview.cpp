// The Reports view's charts on hand-made reports, no store: what each chart draws for each
// currency (every bucket of the period, 0 where it had no refunds, heights in the
// currency's own unit), bars or a line by the number of buckets, reasons in the report's
// order, choosing and keeping the currency, tooltips with exact amounts, and the empty state.

#include "report/reportbuckets.h"
#include "reportchartsview.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDir>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <utility>

using namespace RefundDesk;
using namespace Qt::StringLiterals;

namespace {

const QString noRefunds = u"No refunds to chart in this period."_s;

qint64 midnight(QDate date, const QByteArray &zone = "UTC")
{
    return date.startOfDay(QTimeZone(zone)).toSecsSinceEpoch();
}

/// August to November 2026 by month: usd in three months (none in September), jpy only in
/// September, kwd only in November, and eur with payments but no refunds.
Report monthReport()
{
    Report report;
    report.query.from = midnight(QDate(2026, 8, 1));
    report.query.to = midnight(QDate(2026, 12, 1));
    report.query.groupBy = ReportGroup::Month;
    report.rows = {
        {u"2026-08"_s, u"usd"_s, 1, 1250},   {u"2026-09"_s, u"jpy"_s, 1, 5550},
        {u"2026-10"_s, u"usd"_s, 2, 5550},   {u"2026-11"_s, u"kwd"_s, 3, 5550},
        {u"2026-11"_s, u"usd"_s, 3, 123456},
    };
    report.totals = {
        {u"eur"_s, 0, 0, 90000},
        {u"jpy"_s, 1, 5550, 11100},
        {u"kwd"_s, 3, 5550, 0},
        {u"usd"_s, 6, 130256, 1000000},
    };
    return report;
}

/// The same period and refunds by reason, rows in the report's order (name, then currency).
Report reasonReport()
{
    Report report = monthReport();
    report.query.groupBy = ReportGroup::Reason;
    report.rows = {
        {u"duplicate"_s, u"usd"_s, 1, 1200},
        {u"fraudulent"_s, u"kwd"_s, 3, 5550},
        {u"none"_s, u"usd"_s, 2, 50},
        {u"requested_by_customer"_s, u"jpy"_s, 1, 5550},
        {u"requested_by_customer"_s, u"usd"_s, 3, 129006},
    };
    return report;
}

/// The reports without any kwd refund.
std::pair<Report, Report> withoutKwd()
{
    std::pair<Report, Report> reports {monthReport(), reasonReport()};
    for (Report *report : {&reports.first, &reports.second}) {
        report->rows.removeIf([](const ReportRow &row) { return row.currency == u"kwd"_s; });
        report->totals.removeIf(
            [](const ReportTotal &total) { return total.currency == u"kwd"_s; });
    }
    return reports;
}

/// `count` days, ISO weeks or months from `first` (a Monday for weeks) in `zone`, with one
/// usd refund in the first bucket and one in the last.
Report timeReport(ReportGroup group, int count, QDate first, const QByteArray &zone)
{
    Report report;
    report.query.timeZone = zone;
    report.query.groupBy = group;
    report.query.from = midnight(first, zone);
    const QDate end = group == ReportGroup::Day ? first.addDays(count)
        : group == ReportGroup::Week            ? first.addDays(7 * qint64(count))
                                                : first.addMonths(count);
    report.query.to = midnight(end, zone);
    const QList<ReportBucket> buckets = reportBuckets(report.query);
    if (buckets.size() != count)
        return {}; // the test's own arithmetic is wrong: fails on the bucket count
    report.rows = {
        {buckets.constFirst().label, u"usd"_s, 1, 1000},
        {buckets.constLast().label, u"usd"_s, 2, 2500},
    };
    report.totals = {{u"usd"_s, 3, 3500, 0}};
    return report;
}

/// The one bar set of a chart's one bar series, or null.
QBarSet *onlyBarSet(const QChart *chart)
{
    const QList<QAbstractSeries *> series = chart->series();
    const auto *bars =
        series.size() == 1 ? qobject_cast<QAbstractBarSeries *>(series.constFirst()) : nullptr;
    return bars && bars->count() == 1 ? bars->barSets().constFirst() : nullptr;
}

QList<qreal> valuesOf(const QBarSet *set)
{
    QList<qreal> values;
    for (int i = 0; set && i < set->count(); ++i)
        values << set->at(i);
    return values;
}

template<typename Axis>
Axis *axisOf(const QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *found = qobject_cast<Axis *>(axis))
            return found;
    }
    return nullptr;
}

/// The axis of amounts: a QValueAxis, but not the QCategoryAxis that labels buckets.
QValueAxis *amountAxisOf(const QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes()) {
        auto *values = qobject_cast<QValueAxis *>(axis);
        if (values && !qobject_cast<QCategoryAxis *>(axis))
            return values;
    }
    return nullptr;
}

/// The centred line a chart shows over an empty plot, if it shows one.
QString emptyText(const QChart *chart)
{
    for (const QGraphicsItem *item : chart->childItems()) {
        const auto *text = dynamic_cast<const QGraphicsSimpleTextItem *>(item);
        if (text && text->isVisible())
            return text->text();
    }
    return {};
}

} // namespace

class tst_ReportChartsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void timeChartPerCurrency_data();
    void timeChartPerCurrency();
    void barHeightsInCurrencyUnits_data();
    void barHeightsInCurrencyUnits();
    void barsOrLine_data();
    void barsOrLine();
    void axisLabels_data();
    void axisLabels();
    void reasonsInReportOrder_data();
    void reasonsInReportOrder();
    void tooltipsShowExactAmounts();
    void lineTooltipNamesNearestBucket();
    void chooserSwitchesCurrency();
    void setCurrency_data();
    void setCurrency();
    void keepsCurrencyAcrossReports();
    void fallsBackWhenCurrencyIsGone();
    void notGroupedByTime();
    void clearEmpties();
    void noRefundsInPeriod();
    void screenshot();

private:
    std::unique_ptr<ReportChartsView> m_view;
};

void tst_ReportChartsView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ReportChartsView::init()
{
    m_view = std::make_unique<ReportChartsView>();
    m_view->resize(1000, 420);
}

void tst_ReportChartsView::cleanup()
{
    m_view.reset();
}

void tst_ReportChartsView::timeChartPerCurrency_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QList<qint64>>("amounts");
    QTest::addColumn<QString>("total");
    QTest::addColumn<QString>("description");

    QTest::newRow("usd, September empty")
        << u"usd"_s << QList<qint64> {1250, 0, 5550, 123456} << u"$1,302.56 in 6 refunds"_s
        << u"2026-08: $12.50; 2026-09: $0.00; 2026-10: $55.50; 2026-11: $1,234.56"_s;
    QTest::newRow("jpy, one month")
        << u"jpy"_s << QList<qint64> {0, 5550, 0, 0} << u"¥5,550 in 1 refund"_s
        << u"2026-08: ¥0; 2026-09: ¥5,550; 2026-10: ¥0; 2026-11: ¥0"_s;
    QTest::newRow("kwd, three decimals")
        << u"kwd"_s << QList<qint64> {0, 0, 0, 5550} << u"KWD 5.550 in 3 refunds"_s
        << u"2026-08: KWD 0.000; 2026-09: KWD 0.000; 2026-10: KWD 0.000; 2026-11: KWD 5.550"_s;
}

void tst_ReportChartsView::timeChartPerCurrency()
{
    QFETCH(QString, currency);
    QFETCH(QList<qint64>, amounts);
    QFETCH(QString, total);
    QFETCH(QString, description);

    m_view->setReports(monthReport(), reasonReport());
    QVERIFY(m_view->setCurrency(currency));
    QCOMPARE(m_view->currency(), currency);
    QCOMPARE(m_view->timeLabels(),
             (QStringList {u"2026-08"_s, u"2026-09"_s, u"2026-10"_s, u"2026-11"_s}));
    QCOMPARE(m_view->timeAmounts(), amounts);
    QVERIFY(m_view->timeChartIsBars());
    QCOMPARE(m_view->findChild<QLabel *>(u"chartTotalLabel"_s)->text(), total);
    const auto *view = m_view->findChild<QChartView *>(u"timeChartView"_s);
    QVERIFY(view);
    QCOMPARE(view->chart(), m_view->timeChart());
    QCOMPARE(view->accessibleDescription(), description);
    QCOMPARE(m_view->timeChart()->title(), u"Refunded per month (%1)"_s.arg(currency.toUpper()));
    QCOMPARE(emptyText(m_view->timeChart()), QString());
}

void tst_ReportChartsView::barHeightsInCurrencyUnits_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QList<qreal>>("timeHeights");
    QTest::addColumn<QList<qreal>>("reasonHeights"); // bottom bar first
    QTest::addColumn<QString>("axisTitle");

    // Minor units over 10^exponent, written out by hand.
    QTest::newRow("usd, exponent 2") << u"usd"_s << QList<qreal> {12.50, 0, 55.50, 1234.56}
                                     << QList<qreal> {1290.06, 0.50, 12.00} << u"Amount (USD)"_s;
    QTest::newRow("jpy, exponent 0")
        << u"jpy"_s << QList<qreal> {0, 5550, 0, 0} << QList<qreal> {5550} << u"Amount (JPY)"_s;
    QTest::newRow("kwd, exponent 3")
        << u"kwd"_s << QList<qreal> {0, 0, 0, 5.55} << QList<qreal> {5.55} << u"Amount (KWD)"_s;
}

void tst_ReportChartsView::barHeightsInCurrencyUnits()
{
    QFETCH(QString, currency);
    QFETCH(QList<qreal>, timeHeights);
    QFETCH(QList<qreal>, reasonHeights);
    QFETCH(QString, axisTitle);

    m_view->setReports(monthReport(), reasonReport());
    QVERIFY(m_view->setCurrency(currency));
    const QBarSet *time = onlyBarSet(m_view->timeChart());
    QVERIFY(time);
    QCOMPARE(valuesOf(time), timeHeights);
    const QBarSet *reasons = onlyBarSet(m_view->reasonChart());
    QVERIFY(reasons);
    QCOMPARE(valuesOf(reasons), reasonHeights);

    for (const QChart *chart : {m_view->timeChart(), m_view->reasonChart()}) {
        const QValueAxis *amounts = amountAxisOf(chart);
        QVERIFY(amounts);
        QCOMPARE(amounts->titleText(), axisTitle);
        QCOMPARE(amounts->min(), 0.0);
        // Round ticks from 0 to at or above the tallest bar, without wasting half the height.
        const QList<qreal> heights = valuesOf(onlyBarSet(chart));
        const qreal largest = *std::max_element(heights.cbegin(), heights.cend());
        QVERIFY2(amounts->max() >= largest && amounts->max() <= 2 * largest,
                 qPrintable(QString::number(amounts->max())));
    }
}

void tst_ReportChartsView::barsOrLine_data()
{
    QTest::addColumn<ReportGroup>("group");
    QTest::addColumn<int>("buckets");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<bool>("bars");
    QTest::addColumn<QString>("dateFormat");

    // Auckland is ahead of UTC: its buckets start the day before in UTC, yet the date axis
    // must read its calendar.
    const QDate monday(2026, 1, 5);
    QTest::newRow("40 days: bars") << ReportGroup::Day << 40 << monday << true << QString();
    QTest::newRow("41 days: line") << ReportGroup::Day << 41 << monday << false << u"d MMM yyyy"_s;
    QTest::newRow("40 weeks: bars") << ReportGroup::Week << 40 << monday << true << QString();
    QTest::newRow("41 weeks: line")
        << ReportGroup::Week << 41 << monday << false << u"d MMM yyyy"_s;
    QTest::newRow("40 months: bars")
        << ReportGroup::Month << 40 << QDate(2023, 1, 1) << true << QString();
    QTest::newRow("41 months: line")
        << ReportGroup::Month << 41 << QDate(2023, 1, 1) << false << u"MMM yyyy"_s;
}

void tst_ReportChartsView::axisLabels_data()
{
    QTest::addColumn<ReportGroup>("group");
    QTest::addColumn<QString>("bucket");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("german");
    QTest::newRow("day") << ReportGroup::Day << u"2026-03-01"_s << u"1 Mar"_s << u"1 März"_s;
    QTest::newRow("last day of a year")
        << ReportGroup::Day << u"2026-12-31"_s << u"31 Dec"_s << u"31 Dez."_s;
    QTest::newRow("week") << ReportGroup::Week << u"2026-W09"_s << u"W09"_s << u"W09"_s;
    QTest::newRow("week 53") << ReportGroup::Week << u"2026-W53"_s << u"W53"_s << u"W53"_s;
    QTest::newRow("month") << ReportGroup::Month << u"2026-03"_s << u"Mar 2026"_s << u"März 2026"_s;
    QTest::newRow("a reason stays")
        << ReportGroup::Reason << u"duplicate"_s << u"duplicate"_s << u"duplicate"_s;
}

void tst_ReportChartsView::axisLabels()
{
    QFETCH(ReportGroup, group);
    QFETCH(QString, bucket);
    QFETCH(QString, english);
    QFETCH(QString, german);
    QCOMPARE(ReportChartsView::axisLabel(group, bucket, QLocale(QLocale::English)), english);
    QCOMPARE(ReportChartsView::axisLabel(group, bucket, QLocale(QLocale::German)), german);
}

void tst_ReportChartsView::barsOrLine()
{
    QFETCH(ReportGroup, group);
    QFETCH(int, buckets);
    QFETCH(QDate, first);
    QFETCH(bool, bars);
    QFETCH(QString, dateFormat);

    const Report report = timeReport(group, buckets, first, "Pacific/Auckland");
    m_view->setReports(report, {});
    QCOMPARE(m_view->timeLabels().size(), buckets);
    QCOMPARE(m_view->timeAmounts().size(), buckets);
    QCOMPARE(m_view->timeAmounts().constFirst(), 1000);
    QCOMPARE(m_view->timeAmounts().constLast(), 2500);
    QCOMPARE(m_view->timeAmounts().at(1), 0);
    QCOMPARE(m_view->timeChartIsBars(), bars);

    const QChart *chart = m_view->timeChart();
    QCOMPARE(chart->series().size(), 1);
    if (bars) {
        QVERIFY(onlyBarSet(chart));
        QCOMPARE(onlyBarSet(chart)->count(), buckets);
        auto *axis = axisOf<QBarCategoryAxis>(chart);
        QVERIFY(axis);
        QStringList axisLabels;
        for (const QString &label : m_view->timeLabels())
            axisLabels << ReportChartsView::axisLabel(group, label);
        QCOMPARE(axis->categories(), axisLabels);
        QVERIFY(!axisOf<QDateTimeAxis>(chart));
        // What the bars' axis would cut to "…" is labelled by a category axis: the first
        // bucket always, the others as the width allows, in order, each at its bar.
        auto *shown = axisOf<QCategoryAxis>(chart);
        QVERIFY(shown);
        const QStringList labels = shown->categoriesLabels();
        QVERIFY(!labels.isEmpty());
        QCOMPARE(labels.constFirst(), axisLabels.constFirst());
        for (const QString &label : labels) {
            const qsizetype bar = axisLabels.indexOf(label);
            QVERIFY2(bar >= 0, qPrintable(label));
            QCOMPARE(shown->endValue(label), qreal(bar));
        }
        return;
    }
    const auto *line = qobject_cast<QLineSeries *>(chart->series().constFirst());
    QVERIFY(line);
    QCOMPARE(line->count(), buckets);
    QCOMPARE(line->at(0).y(), 10.0);
    QCOMPARE(line->at(buckets - 1).y(), 25.0);
    QCOMPARE(line->at(1).y(), 0.0);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(line->at(0).x())).date(), first);
    const auto *axis = axisOf<QDateTimeAxis>(chart);
    QVERIFY(axis);
    QCOMPARE(axis->format(), dateFormat);
    QCOMPARE(axis->min().date(), first);
    QVERIFY(!axisOf<QBarCategoryAxis>(chart));
}

void tst_ReportChartsView::reasonsInReportOrder_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QList<qint64>>("amounts");

    QTest::newRow("usd") << u"usd"_s
                         << QStringList {u"Duplicate"_s, u"No reason"_s, u"Requested by customer"_s}
                         << QList<qint64> {1200, 50, 129006};
    QTest::newRow("kwd") << u"kwd"_s << QStringList {u"Fraudulent"_s} << QList<qint64> {5550};
    QTest::newRow("jpy") << u"jpy"_s << QStringList {u"Requested by customer"_s}
                         << QList<qint64> {5550};
}

void tst_ReportChartsView::reasonsInReportOrder()
{
    QFETCH(QString, currency);
    QFETCH(QStringList, labels);
    QFETCH(QList<qint64>, amounts);

    m_view->setReports(monthReport(), reasonReport());
    QVERIFY(m_view->setCurrency(currency));
    QCOMPARE(m_view->reasonLabels(), labels);
    QCOMPARE(m_view->reasonAmounts(), amounts);
    QCOMPARE(m_view->reasonChart()->title(), u"Refunded by reason (%1)"_s.arg(currency.toUpper()));
    // The bars lie down and stack bottom up, so the axis lists the rows last first.
    auto *axis = axisOf<QBarCategoryAxis>(m_view->reasonChart());
    QVERIFY(axis);
    QStringList bottomUp = labels;
    std::reverse(bottomUp.begin(), bottomUp.end());
    QCOMPARE(axis->categories(), bottomUp);
}

void tst_ReportChartsView::tooltipsShowExactAmounts()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setReports(monthReport(), reasonReport());
    QVERIFY(m_view->setCurrency(u"usd"_s));

    QBarSet *time = onlyBarSet(m_view->timeChart());
    QVERIFY(time);
    Q_EMIT time->hovered(true, 3);
    QTRY_COMPARE(QToolTip::text(), u"2026-11: $1,234.56 in 3 refunds"_s);
    Q_EMIT time->hovered(true, 1);
    QTRY_COMPARE(QToolTip::text(), u"2026-09: $0.00, no refunds"_s);

    QBarSet *reasons = onlyBarSet(m_view->reasonChart());
    QVERIFY(reasons);
    Q_EMIT reasons->hovered(true, reasons->count() - 1); // the top bar: the first row
    QTRY_COMPARE(QToolTip::text(), u"Duplicate: $12.00 in 1 refund"_s);
    Q_EMIT reasons->hovered(true, 0);
    QTRY_COMPARE(QToolTip::text(), u"Requested by customer: $1,290.06 in 3 refunds"_s);
    Q_EMIT reasons->hovered(false, 0);
    QTRY_COMPARE(QToolTip::text(), QString());

    QVERIFY(m_view->setCurrency(u"kwd"_s));
    time = onlyBarSet(m_view->timeChart());
    QVERIFY(time);
    Q_EMIT time->hovered(true, 3);
    QTRY_COMPARE(QToolTip::text(), u"2026-11: KWD 5.550 in 3 refunds"_s);
}

void tst_ReportChartsView::lineTooltipNamesNearestBucket()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    const Report report = timeReport(ReportGroup::Day, 60, QDate(2026, 3, 1), "UTC");
    m_view->setReports(report, {});
    QVERIFY(!m_view->timeChartIsBars());
    auto *line = qobject_cast<QLineSeries *>(m_view->timeChart()->series().value(0));
    QVERIFY(line);

    // A little after the last day's point, and a little before the first's.
    const qreal day = 86400000.0;
    Q_EMIT line->hovered(QPointF(line->at(59).x() - 0.3 * day, 20), true);
    QTRY_COMPARE(QToolTip::text(), u"2026-04-29: $25.00 in 2 refunds"_s);
    Q_EMIT line->hovered(QPointF(line->at(0).x() + 0.4 * day, 5), true);
    QTRY_COMPARE(QToolTip::text(), u"2026-03-01: $10.00 in 1 refund"_s);
    Q_EMIT line->hovered(QPointF(line->at(1).x() + 0.4 * day, 0), true);
    QTRY_COMPARE(QToolTip::text(), u"2026-03-02: $0.00, no refunds"_s);
}

void tst_ReportChartsView::chooserSwitchesCurrency()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QSignalSpy changed(m_view.get(), &ReportChartsView::currencyChanged);
    m_view->setReports(monthReport(), reasonReport());
    // eur comes first in the totals but had no refunds: not a choice.
    QCOMPARE(m_view->currencies(), (QStringList {u"jpy"_s, u"kwd"_s, u"usd"_s}));
    QCOMPARE(m_view->currency(), u"jpy"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.takeFirst().constFirst().toString(), u"jpy"_s);

    auto *combo = m_view->findChild<QComboBox *>(u"chartCurrency"_s);
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->itemText(2), u"USD"_s);
    QCOMPARE(combo->itemData(2).toString(), u"usd"_s);
    QCOMPARE(combo->currentText(), u"JPY"_s);

    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), u"KWD"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.takeFirst().constFirst().toString(), u"kwd"_s);
    QCOMPARE(m_view->currency(), u"kwd"_s);
    QCOMPARE(m_view->timeAmounts(), (QList<qint64> {0, 0, 0, 5550}));
    QCOMPARE(m_view->reasonLabels(), QStringList {u"Fraudulent"_s});
    QCOMPARE(m_view->findChild<QLabel *>(u"chartTotalLabel"_s)->text(),
             u"KWD 5.550 in 3 refunds"_s);

    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_view->currency(), u"usd"_s);
    QCOMPARE(m_view->timeChart()->title(), u"Refunded per month (USD)"_s);
}

void tst_ReportChartsView::setCurrency_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("shown");

    QTest::newRow("upper case") << u"USD"_s << true << u"usd"_s;
    QTest::newRow("lower case") << u"kwd"_s << true << u"kwd"_s;
    QTest::newRow("mixed case") << u"Usd"_s << true << u"usd"_s;
    QTest::newRow("the one shown") << u"jpy"_s << true << u"jpy"_s;
    QTest::newRow("no refunds, only payments") << u"eur"_s << false << u"jpy"_s;
    QTest::newRow("not in the reports") << u"gbp"_s << false << u"jpy"_s;
    QTest::newRow("unknown code") << u"xyz"_s << false << u"jpy"_s;
    QTest::newRow("empty") << QString() << false << u"jpy"_s;
}

void tst_ReportChartsView::setCurrency()
{
    QFETCH(QString, code);
    QFETCH(bool, accepted);
    QFETCH(QString, shown);

    m_view->setReports(monthReport(), reasonReport());
    QCOMPARE(m_view->currency(), u"jpy"_s);
    QSignalSpy changed(m_view.get(), &ReportChartsView::currencyChanged);
    QCOMPARE(m_view->setCurrency(code), accepted);
    QCOMPARE(m_view->currency(), shown);
    QCOMPARE(m_view->findChild<QComboBox *>(u"chartCurrency"_s)->currentData().toString(), shown);
    QCOMPARE(changed.size(), shown == u"jpy"_s ? 0 : 1);
    QCOMPARE(m_view->timeChart()->title(), u"Refunded per month (%1)"_s.arg(shown.toUpper()));
}

void tst_ReportChartsView::keepsCurrencyAcrossReports()
{
    m_view->setReports(monthReport(), reasonReport());
    QVERIFY(m_view->setCurrency(u"kwd"_s));
    QSignalSpy changed(m_view.get(), &ReportChartsView::currencyChanged);

    // kwd is last among those with refunds, but still there: it stays.
    Report later = monthReport();
    later.rows.last().amount = 200000;
    later.totals.last().amount = 1250 + 5550 + 200000;
    m_view->setReports(later, reasonReport());
    QCOMPARE(m_view->currency(), u"kwd"_s);
    QCOMPARE(m_view->findChild<QComboBox *>(u"chartCurrency"_s)->currentText(), u"KWD"_s);
    QCOMPARE(changed.size(), 0);
    QVERIFY(m_view->setCurrency(u"usd"_s));
    QCOMPARE(m_view->timeAmounts(), (QList<qint64> {1250, 0, 5550, 200000}));
}

void tst_ReportChartsView::fallsBackWhenCurrencyIsGone()
{
    m_view->setReports(monthReport(), reasonReport());
    QVERIFY(m_view->setCurrency(u"kwd"_s));
    QSignalSpy changed(m_view.get(), &ReportChartsView::currencyChanged);

    const auto [overTime, byReason] = withoutKwd();
    m_view->setReports(overTime, byReason);
    // The first total with refunds: eur, first by code, had none.
    QCOMPARE(m_view->currencies(), (QStringList {u"jpy"_s, u"usd"_s}));
    QCOMPARE(m_view->currency(), u"jpy"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().constFirst().toString(), u"jpy"_s);
    QCOMPARE(m_view->timeAmounts(), (QList<qint64> {0, 5550, 0, 0}));
    QCOMPARE(m_view->findChild<QComboBox *>(u"chartCurrency"_s)->count(), 2);
    QVERIFY(!m_view->setCurrency(u"kwd"_s));
}

void tst_ReportChartsView::notGroupedByTime()
{
    Report byAgent = monthReport();
    byAgent.query.groupBy = ReportGroup::Agent;
    byAgent.rows = {{u"ada"_s, u"usd"_s, 6, 130256}};
    m_view->setReports(byAgent, reasonReport());
    QVERIFY(m_view->setCurrency(u"usd"_s));
    QVERIFY(m_view->timeLabels().isEmpty());
    QVERIFY(m_view->timeAmounts().isEmpty());
    QVERIFY(!m_view->timeChartIsBars());
    QVERIFY(m_view->timeChart()->series().isEmpty());
    QVERIFY(m_view->timeChart()->axes().isEmpty());
    QCOMPARE(emptyText(m_view->timeChart()),
             u"Group the report by day, week or month to chart it over time."_s);
    // The reasons still chart.
    QCOMPARE(m_view->reasonAmounts(), (QList<qint64> {1200, 50, 129006}));
    QVERIFY(onlyBarSet(m_view->reasonChart()));
    QCOMPARE(emptyText(m_view->reasonChart()), QString());
}

void tst_ReportChartsView::clearEmpties()
{
    m_view->setReports(monthReport(), reasonReport());
    QVERIFY(!m_view->timeChart()->series().isEmpty());
    QSignalSpy changed(m_view.get(), &ReportChartsView::currencyChanged);

    m_view->clear();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().constFirst().toString(), QString());
    QVERIFY(m_view->currencies().isEmpty());
    QCOMPARE(m_view->currency(), QString());
    QVERIFY(m_view->timeAmounts().isEmpty());
    QVERIFY(m_view->timeLabels().isEmpty());
    QVERIFY(m_view->reasonAmounts().isEmpty());
    QVERIFY(m_view->reasonLabels().isEmpty());
    QVERIFY(!m_view->timeChartIsBars());
    for (const QChart *chart : {m_view->timeChart(), m_view->reasonChart()}) {
        QVERIFY(chart->series().isEmpty());
        QVERIFY(chart->axes().isEmpty());
        QCOMPARE(emptyText(chart), noRefunds);
    }
    const auto *combo = m_view->findChild<QComboBox *>(u"chartCurrency"_s);
    QCOMPARE(combo->count(), 0);
    QVERIFY(!combo->isEnabled());
    QCOMPARE(m_view->findChild<QLabel *>(u"chartTotalLabel"_s)->text(), QString());
    QCOMPARE(m_view->findChild<QChartView *>(u"reasonChartView"_s)->accessibleDescription(),
             noRefunds);
    QVERIFY(!m_view->setCurrency(u"usd"_s));
}

void tst_ReportChartsView::noRefundsInPeriod()
{
    // Payments in the period, but not one refund: nothing to choose, nothing to chart.
    Report overTime = monthReport();
    overTime.rows.clear();
    for (ReportTotal &total : overTime.totals)
        total.count = total.amount = 0;
    Report byReason = overTime;
    byReason.query.groupBy = ReportGroup::Reason;
    m_view->setReports(overTime, byReason);
    QVERIFY(m_view->currencies().isEmpty());
    QCOMPARE(m_view->currency(), QString());
    QVERIFY(m_view->timeAmounts().isEmpty());
    QCOMPARE(emptyText(m_view->timeChart()), noRefunds);
    QCOMPARE(emptyText(m_view->reasonChart()), noRefunds);
    QVERIFY(m_view->timeChart()->series().isEmpty());
}

void tst_ReportChartsView::screenshot()
{
    const QString folder = qEnvironmentVariable("REFUNDDESK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("REFUNDDESK_SCREENSHOT_DIR is not set");

    // A year by month in usd, one quiet month, and the reasons of the same refunds.
    Report overTime;
    overTime.query.from = midnight(QDate(2026, 1, 1));
    overTime.query.to = midnight(QDate(2027, 1, 1));
    overTime.query.groupBy = ReportGroup::Month;
    const QList<qint64> monthly {48250, 61075, 39990,  0,     72500, 88120,
                                 54300, 69950, 123456, 97010, 83345, 110200};
    qint64 amount = 0, count = 0;
    for (qsizetype i = 0; i < monthly.size(); ++i) {
        if (monthly.at(i) == 0)
            continue;
        const qint64 refunds = 3 + i % 5;
        overTime.rows << ReportRow {u"2026-%1"_s.arg(i + 1, 2, 10, QLatin1Char('0')), u"usd"_s,
                                    refunds, monthly.at(i)};
        amount += monthly.at(i);
        count += refunds;
    }
    overTime.totals = {{u"eur"_s, 2, 15000, 500000}, {u"usd"_s, count, amount, 10000000}};
    overTime.rows << ReportRow {u"2026-05"_s, u"eur"_s, 2, 15000};
    Report byReason = overTime;
    byReason.query.groupBy = ReportGroup::Reason;
    const qint64 duplicate = 181250, fraudulent = 96340, none = 24010;
    byReason.rows = {
        {u"duplicate"_s, u"usd"_s, 11, duplicate},
        {u"fraudulent"_s, u"usd"_s, 6, fraudulent},
        {u"none"_s, u"usd"_s, 2, none},
        {u"requested_by_customer"_s, u"eur"_s, 2, 15000},
        {u"requested_by_customer"_s, u"usd"_s, count - 19, amount - duplicate - fraudulent - none},
    };
    m_view->setReports(overTime, byReason);
    QVERIFY(m_view->setCurrency(u"usd"_s));
    m_view->resize(1000, 420);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(m_view->grab().save(QDir(folder).filePath(u"report-charts.png"_s)));
}

QTEST_MAIN(tst_ReportChartsView)
#include "tst_reportchartsview.moc"
