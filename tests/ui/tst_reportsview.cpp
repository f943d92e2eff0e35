#include "mainwindow.h"
#include "refundseed.h"
#include "reportchartsview.h"
#include "reportmodels.h"
#include "reportsview.h"
#include "store/sqlitestore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

#include <functional>

using namespace RefundDesk;
using namespace Qt::StringLiterals;

namespace {

constexpr int seededRefunds = 60;
constexpr int reportTimeoutMs = 30000;

template<typename T>
QString errorOf(const Result<T> &result)
{
    return result ? QString() : result.error().message;
}

/// Every refund of the store, read through the refund list rather than the report.
QList<Refund> allRefunds(Store &store)
{
    QList<Refund> refunds;
    RefundQuery query;
    query.limit = 1000;
    for (;;) {
        const Result<RefundPage> page = store.listRefunds(query);
        if (!page)
            return refunds;
        for (const RefundRow &row : page->rows)
            refunds << row.refund;
        if (!page->hasMore || page->rows.isEmpty())
            return refunds;
        query.after = page->rows.constLast().cursor;
    }
}

struct Sum
{
    qint64 count = 0;
    qint64 amount = 0;
    friend bool operator==(const Sum &, const Sum &) = default;
};

/// What a report should hold, counted here from the refunds one by one: the refunds created
/// in [from, to) that `keep` lets through, summed per key.
QMap<QString, Sum> expectedSums(const QList<Refund> &refunds, qint64 from, qint64 to,
                                const std::function<QString(const Refund &)> &key,
                                const std::function<bool(const Refund &)> &keep = {})
{
    QMap<QString, Sum> sums;
    for (const Refund &refund : refunds) {
        if (refund.created < from || refund.created >= to || (keep && !keep(refund)))
            continue;
        Sum &sum = sums[key(refund)];
        ++sum.count;
        sum.amount += refund.amount;
    }
    return sums;
}

/// "usd 3 × 1250, jpy 1 × 500" for a failure message.
QByteArray describe(const QMap<QString, Sum> &sums)
{
    QStringList parts;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        parts << u"%1 %2 × %3"_s.arg(it.key()).arg(it->count).arg(it->amount);
    return parts.join(u", "_s).toUtf8();
}

} // namespace

/// Compares two sums per key and names both when they differ.
#define COMPARE_SUMS(actual, expected)                                                             \
    do {                                                                                           \
        const QMap<QString, Sum> shown_ = (actual);                                                \
        const QMap<QString, Sum> wanted_ = (expected);                                             \
        QVERIFY2(shown_ == wanted_,                                                                \
                 ("shown: " + describe(shown_) + "\nexpected: " + describe(wanted_)).constData()); \
    } while (false)

namespace {

QStringList statusNames(const QList<RefundStatus> &statuses)
{
    QStringList names;
    for (RefundStatus status : statuses)
        names << toString(status);
    return names;
}

QStringList reasonNames(const QList<RefundReason> &reasons)
{
    QStringList names;
    for (RefundReason reason : reasons)
        names << reportReasonLabel(reason);
    return names;
}

QString byCurrency(const Refund &refund)
{
    return refund.currency;
}

QMap<QString, Sum> shownTotals(const ReportTotalsModel &model)
{
    QMap<QString, Sum> sums;
    for (const ReportTotal &total : model.totals()) {
        if (total.count > 0)
            sums.insert(total.currency, {total.count, total.amount});
    }
    return sums;
}

/// The rows shown, keyed "group|currency".
QMap<QString, Sum> shownRows(const ReportRowsModel &model)
{
    QMap<QString, Sum> sums;
    for (const ReportRow &row : model.rows())
        sums.insert(row.group + u'|' + row.currency, {row.count, row.amount});
    return sums;
}

/// Per currency from a CSV report's "total" lines, by its header; the data here holds no
/// quoted fields, which the test checks first.
QMap<QString, Sum> csvTotals(QByteArray bytes, QChar separator)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QStringList lines = QString::fromUtf8(bytes).split(u"\r\n"_s, Qt::SkipEmptyParts);
    if (lines.isEmpty() || QString::fromUtf8(bytes).contains(u'"'))
        return {};
    const QStringList header = lines.first().split(separator);
    const auto column = [&](const QString &name) {
        return header.indexOf(name);
    };
    QMap<QString, Sum> sums;
    for (const QString &line : lines.mid(1)) {
        const QStringList fields = line.split(separator);
        if (fields.size() != header.size())
            return {};
        if (fields.at(column(u"kind"_s)) != u"total"_s || fields.at(column(u"count"_s)) == u"0"_s)
            continue;
        sums.insert(fields.at(column(u"currency"_s)),
                    {fields.at(column(u"count"_s)).toLongLong(),
                     fields.at(column(u"amount_minor"_s)).toLongLong()});
    }
    return sums;
}

/// Per currency from a JSON report's totals, those with refunds.
QMap<QString, Sum> jsonTotals(const QJsonObject &report)
{
    QMap<QString, Sum> sums;
    for (const QJsonValue &value : report.value(u"totals"_s).toArray()) {
        const QJsonObject total = value.toObject();
        if (total.value(u"count"_s).toInteger() > 0) {
            sums.insert(total.value(u"currency"_s).toString(),
                        {total.value(u"count"_s).toInteger(),
                         total.value(u"amount"_s).toObject().value(u"value"_s).toInteger()});
        }
    }
    return sums;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 dayStart(QDate date, const QTimeZone &zone)
{
    return date.startOfDay(zone).toSecsSinceEpoch();
}

StoreOpener opener(const QString &path)
{
    return sqliteOpener(path);
}

} // namespace

class tst_ReportsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void presetRanges_data();
    void presetRanges();
    void presetFollowsTheStoreClock();
    void queryFollowsTheControls();
    void unknownTimeZoneIsRefused();
    void totalsMatchTheRefunds_data();
    void totalsMatchTheRefunds();
    void daysFollowTheTimeZone_data();
    void daysFollowTheTimeZone();
    void chartsGetTimeAndReason();
    void aCenturyHasNoChartOverTime();
    void aRefusedReportClearsTheLastOne();
    void aChangeDuringARunRunsAgain();
    void showingRunsAChangedReport();
    void exportsMatchTheTotals_data();
    void exportsMatchTheTotals();
    void exportNeedsAReport();
    void exportFailureLeavesNoFile();
    void stateRoundTrips();
    void screenshot();
    void millionRecords();

private:
    bool runReport();

    QTemporaryDir m_dir;
    QString m_seeded;
    QString m_path;
    QList<Refund> m_refunds;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<ReportsView> m_view;
};

void tst_ReportsView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    m_seeded = m_dir.filePath(u"seeded.sqlite"_s);
    auto opened = SqliteStore::open(m_seeded);
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    const Result<void> seeded = TestSeed::seedRefunds(*opened.value(), seededRefunds);
    QVERIFY2(seeded, qPrintable(errorOf(seeded)));
    m_refunds = allRefunds(*opened.value());
    QCOMPARE(m_refunds.size(), seededRefunds);
}

void tst_ReportsView::init()
{
    m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s);
    QVERIFY(TestSeed::copyDatabase(m_seeded, m_path));
    auto opened = SqliteStore::open(m_path);
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_store = std::move(opened).value();
    // "Today" for the presets: 2026-12-03, after the last seeded refund.
    m_store->setClock([] { return TestSeed::clockAfter(seededRefunds) * 1000; });
    m_view = std::make_unique<ReportsView>(*m_store, opener(m_path), localOperator());
    m_view->resize(1440, 760);
    QVERIFY(m_view->setTimeZone("UTC"));
    new QAbstractItemModelTester(m_view->totalsModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_view.get());
    new QAbstractItemModelTester(
        m_view->rowsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_view.get());
}

void tst_ReportsView::cleanup()
{
    m_view.reset();
    m_store.reset();
}

bool tst_ReportsView::runReport()
{
    QSignalSpy shown(m_view.get(), &ReportsView::reportShown);
    if (!m_view->run())
        return false;
    return shown.wait(reportTimeoutMs);
}

void tst_ReportsView::presetRanges_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    using P = ReportsView::Preset;
    const auto add = [](const char *name, P preset, QDate today, QDate first, QDate last) {
        QTest::newRow(name) << int(preset) << today << first << last;
    };
    add("this month", P::ThisMonth, {2026, 11, 22}, {2026, 11, 1}, {2026, 11, 30});
    add("this month, first day", P::ThisMonth, {2026, 12, 1}, {2026, 12, 1}, {2026, 12, 31});
    add("this month, leap February", P::ThisMonth, {2028, 2, 10}, {2028, 2, 1}, {2028, 2, 29});
    add("last month", P::LastMonth, {2026, 11, 22}, {2026, 10, 1}, {2026, 10, 31});
    add("last month across the year", P::LastMonth, {2027, 1, 5}, {2026, 12, 1}, {2026, 12, 31});
    add("last month of March", P::LastMonth, {2026, 3, 31}, {2026, 2, 1}, {2026, 2, 28});
    add("last 30 days", P::Last30Days, {2026, 11, 22}, {2026, 10, 24}, {2026, 11, 22});
    add("this quarter", P::ThisQuarter, {2026, 11, 22}, {2026, 10, 1}, {2026, 12, 31});
    add("this quarter, its first day", P::ThisQuarter, {2026, 4, 1}, {2026, 4, 1}, {2026, 6, 30});
    add("last quarter", P::LastQuarter, {2026, 11, 22}, {2026, 7, 1}, {2026, 9, 30});
    add("last quarter across the year", P::LastQuarter, {2026, 2, 14}, {2025, 10, 1},
        {2025, 12, 31});
    add("this year", P::ThisYear, {2026, 11, 22}, {2026, 1, 1}, {2026, 12, 31});
    add("last year", P::LastYear, {2026, 11, 22}, {2025, 1, 1}, {2025, 12, 31});
    add("custom", P::Custom, {2026, 11, 22}, {2026, 11, 22}, {2026, 11, 22});
}

void tst_ReportsView::presetRanges()
{
    QFETCH(int, preset);
    QFETCH(QDate, today);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    const auto range = ReportsView::presetRange(ReportsView::Preset(preset), today);
    QCOMPARE(range.first, first);
    QCOMPARE(range.second, last);
}

void tst_ReportsView::presetFollowsTheStoreClock()
{
    // The clock stands at 2026-12-03T… UTC; "last month" is November.
    m_view->setPreset(ReportsView::Preset::LastMonth);
    const Result<ReportQuery> query = m_view->query();
    QVERIFY2(query, qPrintable(errorOf(query)));
    const QTimeZone utc = QTimeZone::utc();
    QCOMPARE(query->from, dayStart({2026, 11, 1}, utc));
    QCOMPARE(query->to, dayStart({2026, 12, 1}, utc));
    QCOMPARE(m_view->preset(), ReportsView::Preset::LastMonth);

    // Editing a date by hand makes the period a custom one.
    auto *first = m_view->findChild<QDateEdit *>(u"reportFirstDay"_s);
    QVERIFY(first);
    first->setDate({2026, 11, 15});
    QCOMPARE(m_view->preset(), ReportsView::Preset::Custom);
    QCOMPARE(m_view->query()->from, dayStart({2026, 11, 15}, utc));

    // A last day before the first moves the first along rather than reporting nothing.
    auto *last = m_view->findChild<QDateEdit *>(u"reportLastDay"_s);
    last->setDate({2026, 11, 10});
    QCOMPARE(first->date(), QDate(2026, 11, 10));
    QCOMPARE(m_view->query()->to, dayStart({2026, 11, 11}, utc));
}

void tst_ReportsView::queryFollowsTheControls()
{
    const QTimeZone berlin("Europe/Berlin");
    QVERIFY(m_view->setTimeZone("Europe/Berlin"));
    m_view->setPeriod({2026, 3, 1}, {2026, 3, 31});
    m_view->setTimeBasis(ReportTime::Refunded);
    m_view->setGroupBy(ReportGroup::Agent);
    m_view->setStatusFilter({u"succeeded"_s, u"pending"_s});
    m_view->setReasonFilter({u"none"_s, u"fraudulent"_s});
    m_view->setCurrencyFilter({u"jpy"_s});
    m_view->setAgentFilter({u"agent:a"_s});

    const Result<ReportQuery> query = m_view->query();
    QVERIFY2(query, qPrintable(errorOf(query)));
    QCOMPARE(query->timeZone, QByteArray("Europe/Berlin"));
    // March 2026 in Berlin: from UTC+1 into summer time (UTC+2) on the 29th.
    QCOMPARE(query->from, dayStart({2026, 3, 1}, berlin));
    QCOMPARE(query->to, dayStart({2026, 4, 1}, berlin));
    QCOMPARE(query->to - query->from, qint64(31 * 86400 - 3600));
    QCOMPARE(toString(query->time), u"refunded"_s);
    QCOMPARE(toString(query->groupBy), u"agent"_s);
    QCOMPARE(statusNames(query->statuses), (QStringList {u"pending"_s, u"succeeded"_s}));
    QCOMPARE(reasonNames(query->reasons), (QStringList {u"fraudulent"_s, u"none"_s}));
    QCOMPARE(query->currencies, QStringList {u"jpy"_s});
    QCOMPARE(query->agents, QStringList {u"agent:a"_s});

    // The filter buttons say what they hold.
    auto *status = m_view->findChild<QToolButton *>(u"reportStatusFilter"_s);
    QVERIFY(status);
    QCOMPARE(status->text(), u"Status: Pending, Succeeded"_s);
    m_view->setStatusFilter({});
    QCOMPARE(status->text(), u"Status: all"_s);
    QVERIFY(m_view->query()->statuses.isEmpty());
}

void tst_ReportsView::unknownTimeZoneIsRefused()
{
    QVERIFY(!m_view->setTimeZone("Mars/Olympus_Mons"));
    auto *zone = m_view->findChild<QComboBox *>(u"reportTimeZone"_s);
    QVERIFY(zone);
    zone->setEditText(u"Mars/Olympus_Mons"_s);
    const Result<ReportQuery> query = m_view->query();
    QVERIFY(!query);
    QCOMPARE(query.error().field, u"time_zone"_s);
    QVERIFY2(query.error().message.contains(u"\"Mars/Olympus_Mons\""_s),
             qPrintable(query.error().message));

    QSignalSpy errors(m_view.get(), &ReportsView::errorOccurred);
    QVERIFY(!m_view->run());
    QCOMPARE(errors.size(), 1);
    QVERIFY(!m_view->isRunning());
    auto *message = m_view->findChild<QLabel *>(u"messageLabel"_s);
    QVERIFY(message->text().contains(u"Mars/Olympus_Mons"_s));
    QCOMPARE(m_view->totalsModel()->rowCount(), 0);
}

void tst_ReportsView::totalsMatchTheRefunds_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<QStringList>("currencies");
    QTest::addColumn<QStringList>("agents");

    const QStringList none;
    QTest::newRow("everything") << QDate(2026, 11, 1) << QDate(2026, 12, 31) << none << none
                                << none;
    QTest::newRow("November only")
        << QDate(2026, 11, 1) << QDate(2026, 11, 30) << none << none << none;
    QTest::newRow("one day") << QDate(2026, 11, 23) << QDate(2026, 11, 23) << none << none << none;
    QTest::newRow("before any refund")
        << QDate(2026, 10, 1) << QDate(2026, 10, 31) << none << none << none;
    QTest::newRow("succeeded") << QDate(2026, 11, 1) << QDate(2026, 12, 31)
                               << QStringList {u"succeeded"_s} << none << none;
    QTest::newRow("failed or canceled") << QDate(2026, 11, 1) << QDate(2026, 12, 31)
                                        << QStringList {u"failed"_s, u"canceled"_s} << none << none;
    QTest::newRow("jpy and kwd") << QDate(2026, 11, 1) << QDate(2026, 12, 31) << none
                                 << QStringList {u"jpy"_s, u"kwd"_s} << none;
    QTest::newRow("one agent") << QDate(2026, 11, 1) << QDate(2026, 12, 31) << none << none
                               << QStringList {u"agent:b"_s};
    QTest::newRow("everything at once")
        << QDate(2026, 11, 22) << QDate(2026, 12, 1) << QStringList {u"pending"_s}
        << QStringList {u"usd"_s, u"eur"_s} << QStringList {u"agent:a"_s, u"supervisor:c"_s};
}

void tst_ReportsView::totalsMatchTheRefunds()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QStringList, statuses);
    QFETCH(QStringList, currencies);
    QFETCH(QStringList, agents);

    m_view->setPeriod(first, last);
    m_view->setGroupBy(ReportGroup::Currency);
    m_view->setStatusFilter(statuses);
    m_view->setCurrencyFilter(currencies);
    m_view->setAgentFilter(agents);
    QVERIFY(runReport());

    const QTimeZone utc = QTimeZone::utc();
    const QMap<QString, Sum> expected =
        expectedSums(m_refunds, dayStart(first, utc), dayStart(last.addDays(1), utc), byCurrency,
                     [&](const Refund &refund) {
                         return (statuses.isEmpty() || statuses.contains(toString(refund.status)))
                             && (currencies.isEmpty() || currencies.contains(refund.currency))
                             && (agents.isEmpty() || agents.contains(refund.createdBy));
                     });
    COMPARE_SUMS(shownTotals(*m_view->totalsModel()), expected);
    QCOMPARE(shownRows(*m_view->rowsModel()).size(), expected.size());
    // The summary counts the same refunds.
    qint64 count = 0;
    for (const Sum &sum : expected)
        count += sum.count;
    const QString summary = m_view->summaryText();
    QVERIFY2(
        summary.startsWith(count == 1 ? u"1 refund "_s : QLocale().toString(count) + u" refunds"_s),
        qPrintable(summary));
}

void tst_ReportsView::daysFollowTheTimeZone_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::newRow("UTC") << QByteArray("UTC");
    QTest::newRow("Auckland, UTC+13 in summer") << QByteArray("Pacific/Auckland");
    QTest::newRow("Los Angeles, UTC-8") << QByteArray("America/Los_Angeles");
    QTest::newRow("Kolkata, UTC+5:30") << QByteArray("Asia/Kolkata");
}

void tst_ReportsView::daysFollowTheTimeZone()
{
    QFETCH(QByteArray, zone);
    QVERIFY(m_view->setTimeZone(zone));
    m_view->setPeriod({2026, 11, 21}, {2026, 11, 30});
    m_view->setGroupBy(ReportGroup::Day);
    QVERIFY(runReport());

    const QTimeZone timeZone(zone);
    const QMap<QString, Sum> expected =
        expectedSums(m_refunds, dayStart({2026, 11, 21}, timeZone),
                     dayStart({2026, 12, 1}, timeZone), [&](const Refund &refund) {
                         return QDateTime::fromSecsSinceEpoch(refund.created, timeZone)
                                    .date()
                                    .toString(Qt::ISODate)
                             + u'|' + refund.currency;
                     });
    QVERIFY(!expected.isEmpty());
    COMPARE_SUMS(shownRows(*m_view->rowsModel()), expected);
    QCOMPARE(m_view->rowsModel()->headerData(ReportRowsModel::GroupColumn, Qt::Horizontal),
             QVariant(u"Day"_s));
}

void tst_ReportsView::chartsGetTimeAndReason()
{
    // Grouped by status, the view still charts the amount over time and by reason.
    m_view->setPeriod({2026, 11, 20}, {2026, 12, 5});
    m_view->setGroupBy(ReportGroup::Status);
    QVERIFY(runReport());
    ReportChartsView *charts = m_view->charts();
    QVERIFY(charts->setCurrency(u"usd"_s));
    const QTimeZone utc = QTimeZone::utc();
    const qint64 from = dayStart({2026, 11, 20}, utc);
    const qint64 to = dayStart({2026, 12, 6}, utc);

    // Sixteen days: one bar a day, each day's usd refunds.
    const QMap<QString, Sum> byDay = expectedSums(
        m_refunds, from, to,
        [](const Refund &refund) {
            return QDateTime::fromSecsSinceEpoch(refund.created, QTimeZone::utc())
                .date()
                .toString(Qt::ISODate);
        },
        [](const Refund &refund) { return refund.currency == u"usd"_s; });
    QCOMPARE(charts->timeLabels().size(), 16);
    QCOMPARE(charts->timeLabels().constFirst(), u"2026-11-20"_s);
    QList<qint64> expectedDays;
    for (const QString &day : charts->timeLabels())
        expectedDays << byDay.value(day).amount;
    QCOMPARE(charts->timeAmounts(), expectedDays);
    QVERIFY(expectedDays.contains(0)); // the days after the last refund

    const QMap<QString, Sum> byReason = expectedSums(
        m_refunds, from, to, [](const Refund &refund) { return reportReasonLabel(refund.reason); },
        [](const Refund &refund) { return refund.currency == u"usd"_s; });
    qint64 reasonTotal = 0;
    for (qint64 amount : charts->reasonAmounts())
        reasonTotal += amount;
    qint64 expectedTotal = 0;
    for (const Sum &sum : byReason)
        expectedTotal += sum.amount;
    QCOMPARE(reasonTotal, expectedTotal);
    QCOMPARE(charts->reasonAmounts().size(), byReason.size());
    // The rows stay grouped by status.
    QCOMPARE(toString(m_view->report().query.groupBy), u"status"_s);
}

void tst_ReportsView::aCenturyHasNoChartOverTime()
{
    // 130 years by currency is a report, though even months are too many to chart.
    m_view->setPeriod({1970, 1, 1}, {2099, 12, 31});
    m_view->setGroupBy(ReportGroup::Currency);
    QVERIFY(runReport());
    COMPARE_SUMS(shownTotals(*m_view->totalsModel()),
                 expectedSums(m_refunds, 0, dayStart({2100, 1, 1}, QTimeZone::utc()), byCurrency));
    QVERIFY(m_view->charts()->timeAmounts().isEmpty());
    QVERIFY(!m_view->charts()->reasonAmounts().isEmpty());
}

void tst_ReportsView::aRefusedReportClearsTheLastOne()
{
    QVERIFY(runReport());
    QVERIFY(m_view->totalsModel()->rowCount() > 0);
    // By month, the same century is refused, naming the rule; the last report goes.
    m_view->setPeriod({1970, 1, 1}, {2099, 12, 31});
    m_view->setGroupBy(ReportGroup::Month);
    QSignalSpy errors(m_view.get(), &ReportsView::errorOccurred);
    QVERIFY(!m_view->run());
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.constFirst().constFirst().toString().contains(u"1200 months"_s),
             qPrintable(errors.constFirst().constFirst().toString()));
    QVERIFY(!m_view->isRunning());
    QCOMPARE(m_view->totalsModel()->rowCount(), 0);
    QCOMPARE(m_view->rowsModel()->rowCount(), 0);
    QVERIFY(m_view->charts()->reasonAmounts().isEmpty());
    QVERIFY(!m_view->findChild<QPushButton *>(u"exportJsonButton"_s)->isEnabled());
}

void tst_ReportsView::aChangeDuringARunRunsAgain()
{
    m_view->setPeriod({2026, 11, 1}, {2026, 12, 31});
    m_view->setGroupBy(ReportGroup::Reason);
    QSignalSpy shown(m_view.get(), &ReportsView::reportShown);
    QVERIFY(m_view->run());
    m_view->setGroupBy(ReportGroup::Agent);
    QVERIFY(!m_view->run()); // queued behind the running one
    QVERIFY(shown.wait(reportTimeoutMs));
    QCOMPARE(toString(m_view->report().query.groupBy), u"agent"_s);
    QTest::qWait(300);
    QCOMPARE(shown.size(), 1); // the stale report was never shown
    QCOMPARE(m_view->rowsModel()->headerData(ReportRowsModel::GroupColumn, Qt::Horizontal),
             QVariant(u"Agent"_s));
}

void tst_ReportsView::showingRunsAChangedReport()
{
    QSignalSpy shown(m_view.get(), &ReportsView::reportShown);
    m_view->setGroupBy(ReportGroup::Month);
    m_view->setPreset(ReportsView::Preset::LastMonth);
    QTest::qWait(300);
    QCOMPARE(shown.size(), 0); // hidden: nothing runs
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(shown.wait(reportTimeoutMs));
    QCOMPARE(toString(m_view->report().query.groupBy), u"month"_s);
    QCOMPARE(m_view->report().rows.constFirst().group, u"2026-11"_s);
    // Shown, a change runs by itself after a short pause.
    m_view->setGroupBy(ReportGroup::Week);
    QVERIFY(shown.wait(reportTimeoutMs));
    QCOMPARE(toString(m_view->report().query.groupBy), u"week"_s);
    QCOMPARE(m_view->report().rows.constFirst().group, u"2026-W47"_s);
    QVERIFY(m_view->summaryText().contains(u"run in"_s));
}

void tst_ReportsView::exportsMatchTheTotals_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("file");
    QTest::newRow("csv") << int(ReportFileFormat::Csv) << u"report.csv"_s;
    QTest::newRow("csv for spreadsheets")
        << int(ReportFileFormat::SpreadsheetCsv) << u"report-excel.csv"_s;
    QTest::newRow("json") << int(ReportFileFormat::Json) << u"report.json"_s;
    QTest::newRow("pdf") << int(ReportFileFormat::Pdf) << u"report.pdf"_s;
}

void tst_ReportsView::exportsMatchTheTotals()
{
    QFETCH(int, format);
    QFETCH(QString, file);
    m_view->setPeriod({2026, 11, 1}, {2026, 11, 30});
    m_view->setGroupBy(ReportGroup::Reason);
    QVERIFY(runReport());
    const QMap<QString, Sum> expected = shownTotals(*m_view->totalsModel());
    QVERIFY(expected.size() >= 3);

    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + file);
    const Result<void> written = m_view->exportTo(ReportFileFormat(format), path);
    QVERIFY2(written, qPrintable(errorOf(written)));
    const QByteArray bytes = readAll(path);
    switch (ReportFileFormat(format)) {
    case ReportFileFormat::Csv:
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        COMPARE_SUMS(csvTotals(bytes, u','), expected);
        break;
    case ReportFileFormat::SpreadsheetCsv:
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        COMPARE_SUMS(csvTotals(bytes, u';'), expected);
        break;
    case ReportFileFormat::Json: {
        const QJsonObject report = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(report.value(u"group_by"_s).toString(), u"reason"_s);
        COMPARE_SUMS(jsonTotals(report), expected);
        break;
    }
    case ReportFileFormat::Pdf: {
        QVERIFY(bytes.startsWith("%PDF-"));
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess process;
        process.start(pdftotext, {u"-layout"_s, path, u"-"_s});
        QVERIFY(process.waitForFinished(30000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        for (const ReportTotal &total : m_view->totalsModel()->totals()) {
            const QString amount = m_view->totalsModel()
                                       ->index(int(m_view->totalsModel()->totals().indexOf(total)),
                                               ReportTotalsModel::AmountColumn)
                                       .data()
                                       .toString();
            QVERIFY2(text.contains(amount), qPrintable(amount));
        }
        QVERIFY(text.contains(u"Run"_s) && text.contains(localOperator().name));
        break;
    }
    }

    // Every export is in the audit trail, with the file it wrote.
    AuditQuery audit;
    audit.action = u"report"_s;
    const Result<EventPage> events = m_store->listEvents(audit, localOperator());
    QVERIFY2(events, qPrintable(errorOf(events)));
    QCOMPARE(events->events.size(), 1);
    const Event &event = events->events.constFirst();
    QCOMPARE(event.entityId, QFileInfo(path).absoluteFilePath());
    QCOMPARE(event.actor, localOperator().name);
    QVERIFY2(
        event.payload.contains("\"objects\":" + QByteArray::number(m_view->report().rows.size())),
        event.payload.constData());
}

void tst_ReportsView::exportNeedsAReport()
{
    auto *pdf = m_view->findChild<QPushButton *>(u"exportPdfButton"_s);
    QVERIFY(pdf);
    QVERIFY(!pdf->isEnabled());
    const QString path = m_dir.filePath(u"nothing.csv"_s);
    const Result<void> written = m_view->exportTo(ReportFileFormat::Csv, path);
    QVERIFY(!written);
    QVERIFY(!QFile::exists(path));
    QVERIFY(runReport());
    QVERIFY(pdf->isEnabled());
}

void tst_ReportsView::exportFailureLeavesNoFile()
{
    QVERIFY(runReport());
    const QString path = m_dir.filePath(u"no-such-folder/report.csv"_s);
    const Result<void> written = m_view->exportTo(ReportFileFormat::Csv, path);
    QVERIFY(!written);
    QVERIFY2(written.error().message.contains(u"no-such-folder"_s),
             qPrintable(written.error().message));
    QVERIFY(!QFile::exists(path));
    AuditQuery audit;
    audit.action = u"report"_s;
    QVERIFY(m_store->listEvents(audit, localOperator())->events.isEmpty());
}

void tst_ReportsView::stateRoundTrips()
{
    QVERIFY(m_view->setTimeZone("Asia/Tokyo"));
    m_view->setPeriod({2026, 6, 3}, {2026, 7, 9});
    m_view->setTimeBasis(ReportTime::Refunded);
    m_view->setGroupBy(ReportGroup::Week);
    m_view->setReasonFilter({u"duplicate"_s});
    m_view->setCurrencyFilter({u"kwd"_s, u"usd"_s});
    const QVariantMap state = m_view->saveState();
    const ReportQuery before = m_view->query().value();

    ReportsView other(*m_store, opener(m_path), localOperator());
    other.restoreState(state);
    const Result<ReportQuery> after = other.query();
    QVERIFY2(after, qPrintable(errorOf(after)));
    QCOMPARE(after->from, before.from);
    QCOMPARE(after->to, before.to);
    QCOMPARE(after->timeZone, before.timeZone);
    QCOMPARE(toString(after->time), toString(before.time));
    QCOMPARE(toString(after->groupBy), toString(before.groupBy));
    QCOMPARE(reasonNames(after->reasons), reasonNames(before.reasons));
    QCOMPARE(after->currencies, before.currencies);
    QCOMPARE(other.preset(), ReportsView::Preset::Custom);

    // A preset is kept as the preset, so it follows the calendar.
    m_view->setPreset(ReportsView::Preset::ThisYear);
    ReportsView third(*m_store, opener(m_path), localOperator());
    third.restoreState(m_view->saveState());
    QCOMPARE(third.preset(), ReportsView::Preset::ThisYear);

    // Values that no longer mean anything are dropped, not kept as empty filters.
    QVariantMap broken = state;
    broken.insert(u"statuses"_s, QStringList {u"exploded"_s});
    broken.insert(u"groupBy"_s, u"planet"_s);
    ReportsView fourth(*m_store, opener(m_path), localOperator());
    fourth.restoreState(broken);
    QVERIFY(fourth.query()->statuses.isEmpty());
    QCOMPARE(toString(fourth.query()->groupBy), u"reason"_s);
}

void tst_ReportsView::screenshot()
{
    const QString folder = qEnvironmentVariable("REFUNDDESK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("REFUNDDESK_SCREENSHOT_DIR is not set");
    m_view->setPeriod({2026, 11, 20}, {2026, 12, 3});
    m_view->setGroupBy(ReportGroup::Reason);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(runReport());
    m_view->charts()->setCurrency(u"usd"_s);
    QTest::qWait(100); // lets the layout take the new texts before the picture
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(m_view->grab().save(QDir(folder).filePath(u"reports.png"_s)));
}

/// The "Done when", on a large demo database named by REFUNDDESK_BIG_DB (made with
/// `refunddesk-cli demo --count 1000000`; the test appends report events to it): a month by
/// reason in the main window's Reports tab, its time printed (never asserted: speed is the
/// benchmark's), its exports read back, and an all-time report checked against verify.
void tst_ReportsView::millionRecords()
{
    const QString path = qEnvironmentVariable("REFUNDDESK_BIG_DB");
    if (path.isEmpty())
        QSKIP("REFUNDDESK_BIG_DB is not set");
    cleanup();
    auto opened = SqliteStore::open(path);
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    std::unique_ptr<SqliteStore> store = std::move(opened).value();
    MainWindow window(*store, opener(path));
    window.resize(1440, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ReportsView *view = window.reportsView();
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QVERIFY(view->isVisible());
    QSignalSpy shown(view, &ReportsView::reportShown);
    QVERIFY(shown.wait(reportTimeoutMs)); // whatever the remembered controls asked for

    QVERIFY(view->setTimeZone("UTC"));
    view->setGroupBy(ReportGroup::Reason);
    view->setPeriod({2026, 3, 1}, {2026, 3, 31});
    shown.clear();
    QVERIFY(shown.wait(reportTimeoutMs));
    QCOMPARE(toString(view->report().query.groupBy), u"reason"_s);
    qint64 refunds = 0;
    for (const ReportTotal &total : view->report().totals)
        refunds += total.count;
    qInfo("March 2026 by reason: %lld refunds in %lld currencies, shown in %lld ms", refunds,
          qint64(view->report().totals.size()), view->lastRunMs());
    QVERIFY(refunds > 0);
    if (const QString folder = qEnvironmentVariable("REFUNDDESK_SCREENSHOT_DIR");
        !folder.isEmpty()) {
        view->charts()->setCurrency(u"usd"_s);
        QTest::qWait(100); // lets the layout take the new texts before the picture
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(window.grab().save(QDir(folder).filePath(u"reports-million.png"_s)));
    }

    const QMap<QString, Sum> expected = shownTotals(*view->totalsModel());
    const QString csv = m_dir.filePath(u"million.csv"_s);
    QVERIFY(view->exportTo(ReportFileFormat::Csv, csv));
    COMPARE_SUMS(csvTotals(readAll(csv), u','), expected);
    const QString json = m_dir.filePath(u"million.json"_s);
    QVERIFY(view->exportTo(ReportFileFormat::Json, json));
    COMPARE_SUMS(jsonTotals(QJsonDocument::fromJson(readAll(json)).object()), expected);
    const QString pdf = m_dir.filePath(u"million.pdf"_s);
    QVERIFY(view->exportTo(ReportFileFormat::Pdf, pdf));
    QVERIFY(readAll(pdf).startsWith("%PDF-"));

    // All time, succeeded refunds per currency: what verify adds up as refunded, and the
    // guaranteed volume of every payment.
    const Result<VerifyReport> verified = store->verify(VerifyDepth::Full);
    QVERIFY2(verified, qPrintable(errorOf(verified)));
    QVERIFY2(verified->ok(), qPrintable(verified->problems.join(u'\n')));
    view->setGroupBy(ReportGroup::Currency);
    view->setStatusFilter({u"succeeded"_s});
    view->setPeriod({1970, 1, 1}, {2099, 12, 31});
    shown.clear();
    QVERIFY(shown.wait(reportTimeoutMs));
    qInfo("All time, succeeded, by currency: shown in %lld ms", view->lastRunMs());
    QMap<QString, Sum> refunded, fromVerify;
    for (const ReportTotal &total : view->report().totals)
        refunded.insert(total.currency, {total.guaranteed, total.amount});
    for (const CurrencyTotals &total : verified->totals)
        fromVerify.insert(total.currency, {total.guaranteed, total.refunded});
    COMPARE_SUMS(refunded, fromVerify);
}

QTEST_MAIN(tst_ReportsView)
#include "tst_reportsview.moc"
