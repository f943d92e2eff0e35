// Refund reports from the store (DESIGN §5 "Reports"): exact rows and totals on a hand-built
// data set, written out by hand below, for every grouping, time zones with daylight saving
// changes, filters, created and refunded time, rounding, refused queries, roles, and
// agreement with verify().

#include "demo/demogenerator.h"
#include "report/reportbuckets.h"
#include "userfixtures.h"

#include <QTemporaryDir>

Q_DECLARE_METATYPE(RefundDesk::ReportGroup)
Q_DECLARE_METATYPE(RefundDesk::ReportTime)
Q_DECLARE_METATYPE(RefundDesk::ReportQuery)
Q_DECLARE_METATYPE(QList<RefundDesk::ReportBucket>)

using namespace RefundDesk;
using namespace RefundDesk::Testing;

namespace {

// The period every test uses unless it says otherwise: October and November 2026 in UTC.
constexpr qint64 october1 = 1790812800; // 2026-10-01T00:00:00Z
constexpr qint64 december1 = 1796083200; // 2026-12-01T00:00:00Z

// The refunds' times, chosen around the turn of the month in UTC, Tokyo (UTC+9) and New York,
// whose 2026-11-01 lasts 25 hours: EDT (UTC-4) ends at 02:00 local, EST (UTC-5) follows.
constexpr qint64 t1 = 1793457000; // 2026-10-31T14:30Z  Tokyo 10-31 23:30  New York 10-31 10:30
constexpr qint64 t2 = 1793460600; // 2026-10-31T15:30Z  Tokyo 11-01 00:30  New York 10-31 11:30
constexpr qint64 t3 = 1793489400; // 2026-10-31T23:30Z  Tokyo 11-01 08:30  New York 10-31 19:30
constexpr qint64 t4 = 1793493000; // 2026-11-01T00:30Z  Tokyo 11-01 09:30  New York 10-31 20:30
constexpr qint64 t5 = 1793507400; // 2026-11-01T04:30Z  Tokyo 11-01 13:30  New York 11-01 00:30
constexpr qint64 t6 = 1793593800; // 2026-11-02T04:30Z  Tokyo 11-02 13:30  New York 11-01 23:30
constexpr qint64 t7 = 1793597400; // 2026-11-02T05:30Z  Tokyo 11-02 14:30  New York 11-02 00:30
constexpr qint64 t8 = 1796081400; // 2026-11-30T23:30Z  Tokyo 12-01 08:30  New York 11-30 18:30

Refund refundOn(const QString &id, const QString &record, const QString &currency, qint64 amount,
                RefundStatus status, RefundReason reason, const QString &agent, qint64 created,
                std::optional<qint64> refundedAt = std::nullopt)
{
    Refund r;
    r.id = id;
    r.paymentRecordId = record;
    r.currency = currency;
    r.amount = amount;
    r.status = status;
    r.reason = reason;
    r.failureReason =
        status == RefundStatus::Failed ? FailureReason::Declined : FailureReason::None;
    r.createdBy = agent;
    r.created = r.updated = created;
    r.refundedAt = refundedAt;
    return r;
}

/// Payments: usd, jpy, kwd and eur created in the period (100000 guaranteed each, eur
/// 20000), and a usd payment from before it. Refunds:
///
///   id  currency amount status     reason                 agent   created  refunded
///   r0  usd         999 succeeded  requested_by_customer  ada     09-30 23:59:59Z  10-01 00:00Z
///   r1  usd        1000 succeeded  requested_by_customer  ada     t1       t3
///   r2  jpy         500 succeeded  duplicate              bob     t2       t4
///   r3  kwd        5550 succeeded  fraudulent             ada     t3       t7
///   r4  usd         250 pending    (none)                 bob     t4       -
///   r5  usd        2000 failed     requested_by_customer  carmen  t5       -
///   r6  jpy         700 succeeded  (none)                 carmen  t6       t6
///   r7  kwd           1 succeeded  requested_by_customer  bob     t7       t8
///   r8  usd         333 canceled   duplicate              ada     t8       -
///   r9  usd         111 succeeded  duplicate              bob     12-01 00:00Z     12-01 00:00Z
///
/// r0 and r9 lie just outside the period by their created time.
Seed handBuilt()
{
    Seed s;
    s.add(makeRecord(u"pr_usd1"_s, u"usd"_s, 100000, AttemptOutcome::Guaranteed, 1790856000),
          AttemptOutcome::Guaranteed); // 2026-10-01T12:00Z
    s.add(makeRecord(u"pr_usd2"_s, u"usd"_s, 50000, AttemptOutcome::Guaranteed, 1789430400),
          AttemptOutcome::Guaranteed); // 2026-09-15, before the period
    s.add(makeRecord(u"pr_jpy1"_s, u"jpy"_s, 100000, AttemptOutcome::Guaranteed, 1792022400),
          AttemptOutcome::Guaranteed); // 2026-10-15
    s.add(makeRecord(u"pr_kwd1"_s, u"kwd"_s, 100000, AttemptOutcome::Guaranteed, 1792454400),
          AttemptOutcome::Guaranteed); // 2026-10-20
    s.add(makeRecord(u"pr_eur1"_s, u"eur"_s, 20000, AttemptOutcome::Guaranteed, 1794268800),
          AttemptOutcome::Guaranteed); // 2026-11-10, never refunded
    s.add(makeRecord(u"pr_usd3"_s, u"usd"_s, 7000, AttemptOutcome::Failed, 1792454400),
          AttemptOutcome::Failed); // guarantees nothing

    using S = RefundStatus;
    using R = RefundReason;
    s.refunds << refundOn(u"re_0"_s, u"pr_usd2"_s, u"usd"_s, 999, S::Succeeded,
                          R::RequestedByCustomer, u"ada"_s, october1 - 1, october1)
              << refundOn(u"re_1"_s, u"pr_usd1"_s, u"usd"_s, 1000, S::Succeeded,
                          R::RequestedByCustomer, u"ada"_s, t1, t3)
              << refundOn(u"re_2"_s, u"pr_jpy1"_s, u"jpy"_s, 500, S::Succeeded, R::Duplicate,
                          u"bob"_s, t2, t4)
              << refundOn(u"re_3"_s, u"pr_kwd1"_s, u"kwd"_s, 5550, S::Succeeded, R::Fraudulent,
                          u"ada"_s, t3, t7)
              << refundOn(u"re_4"_s, u"pr_usd1"_s, u"usd"_s, 250, S::Pending, R::None, u"bob"_s, t4)
              << refundOn(u"re_5"_s, u"pr_usd1"_s, u"usd"_s, 2000, S::Failed,
                          R::RequestedByCustomer, u"carmen"_s, t5)
              << refundOn(u"re_6"_s, u"pr_jpy1"_s, u"jpy"_s, 700, S::Succeeded, R::None,
                          u"carmen"_s, t6, t6)
              << refundOn(u"re_7"_s, u"pr_kwd1"_s, u"kwd"_s, 1, S::Succeeded,
                          R::RequestedByCustomer, u"bob"_s, t7, t8)
              << refundOn(u"re_8"_s, u"pr_usd1"_s, u"usd"_s, 333, S::Canceled, R::Duplicate,
                          u"ada"_s, t8)
              << refundOn(u"re_9"_s, u"pr_usd2"_s, u"usd"_s, 111, S::Succeeded, R::Duplicate,
                          u"bob"_s, december1, december1);
    return s;
}

ReportQuery periodQuery(ReportGroup group, const QByteArray &zone = "UTC",
                        ReportTime time = ReportTime::Created)
{
    ReportQuery q;
    q.from = october1;
    q.to = december1;
    q.groupBy = group;
    q.timeZone = zone;
    q.time = time;
    return q;
}

/// "group currency count amount", one per row.
QStringList rowsOf(const Report &report)
{
    QStringList rows;
    for (const ReportRow &r : report.rows)
        rows << u"%1 %2 %3 %4"_s.arg(r.group, r.currency).arg(r.count).arg(r.amount);
    return rows;
}

/// "currency count amount guaranteed", one per currency.
QStringList totalsOf(const Report &report)
{
    QStringList totals;
    for (const ReportTotal &t : report.totals)
        totals << u"%1 %2 %3 %4"_s.arg(t.currency).arg(t.count).arg(t.amount).arg(t.guaranteed);
    return totals;
}

// The created-time totals of the period, whatever the grouping: every refund once.
const QStringList createdTotals {u"eur 0 0 20000"_s, u"jpy 2 1200 100000"_s, u"kwd 2 5551 100000"_s,
                                 u"usd 4 3583 100000"_s};

} // namespace

class tst_Report : public QObject, private StoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        initStore();
        REQUIRE_OK(seed(*m_store, handBuilt()));
    }
    void cleanup()
    {
        if (m_store) // the buckets' temporary table went with the report's transaction
            QCOMPARE(scalar(*m_store,
                            "SELECT count(*) FROM temp.sqlite_master "
                            "WHERE name = 'report_buckets'"),
                     qint64(0));
        cleanupStore();
    }

    void buckets_data();
    void buckets();
    void groupings_data();
    void groupings();
    void totalsAverageAndRate();
    void filters_data();
    void filters();
    void rounding_data();
    void rounding();
    void refused_data();
    void refused();
    void longPeriodsByName();
    void everyRoleMayReport();
    void readOnlyStore();
    void emptyDatabase();
    void matchesVerify();
    void demoTotalsAgreeAcrossGroupings();
};

void tst_Report::buckets_data()
{
    QTest::addColumn<ReportQuery>("query");
    QTest::addColumn<QList<ReportBucket>>("expected");

    const auto query = [](ReportGroup group, const QByteArray &zone, qint64 from, qint64 to) {
        ReportQuery q;
        q.groupBy = group;
        q.timeZone = zone;
        q.from = from;
        q.to = to;
        return q;
    };
    QTest::newRow("new york falls back: 25 hours")
        << query(ReportGroup::Day, "America/New_York", 1793505600, 1793682000)
        << QList<ReportBucket> {{1793505600, 1793595600, u"2026-11-01"_s},
                                {1793595600, 1793682000, u"2026-11-02"_s}};
    QTest::newRow("new york springs forward: 23 hours")
        << query(ReportGroup::Day, "America/New_York", 1772946000, 1773115200)
        << QList<ReportBucket> {{1772946000, 1773028800, u"2026-03-08"_s},
                                {1773028800, 1773115200, u"2026-03-09"_s}};
    // Chile moves its clocks at midnight: 2026-09-06 begins at 01:00 local (04:00Z).
    QTest::newRow("santiago skips midnight")
        << query(ReportGroup::Day, "America/Santiago", 1788580800, 1788836400)
        << QList<ReportBucket> {{1788580800, 1788667200, u"2026-09-05"_s},
                                {1788667200, 1788750000, u"2026-09-06"_s},
                                {1788750000, 1788836400, u"2026-09-07"_s}};
    QTest::newRow("tokyo, cut by the period")
        << query(ReportGroup::Day, "Asia/Tokyo", t1, 1793545200)
        << QList<ReportBucket> {{t1, 1793458800, u"2026-10-31"_s},
                                {1793458800, 1793545200, u"2026-11-01"_s}};
    // 2027-01-01 is a Friday: its ISO week is the 53rd of 2026.
    QTest::newRow("iso weeks over new year")
        << query(ReportGroup::Week, "UTC", 1798416000, 1799582400)
        << QList<ReportBucket> {{1798416000, 1799020800, u"2026-W53"_s},
                                {1799020800, 1799582400, u"2027-W01"_s}};
    // Berlin leaves summer time on 2026-10-25: October starts at 22:00Z, November at 23:00Z.
    QTest::newRow("berlin months")
        << query(ReportGroup::Month, "Europe/Berlin", 1792058400, 1796860800)
        << QList<ReportBucket> {{1792058400, 1793487600, u"2026-10"_s},
                                {1793487600, 1796079600, u"2026-11"_s},
                                {1796079600, 1796860800, u"2026-12"_s}};
    QTest::newRow("one second") << query(ReportGroup::Month, "UTC", t1, t1 + 1)
                                << QList<ReportBucket> {{t1, t1 + 1, u"2026-10"_s}};
    QTest::newRow("not by time") << query(ReportGroup::Reason, "UTC", t1, t8)
                                 << QList<ReportBucket> {};
}

void tst_Report::buckets()
{
    QFETCH(ReportQuery, query);
    QFETCH(QList<ReportBucket>, expected);
    const auto checked = checkedReportQuery(query);
    CHECK_OK(checked);
    const QList<ReportBucket> buckets = reportBuckets(checked.value());
    QCOMPARE(buckets.size(), expected.size());
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        QCOMPARE(buckets[i].label, expected[i].label);
        QCOMPARE(buckets[i].start, expected[i].start);
        QCOMPARE(buckets[i].stop, expected[i].stop);
    }
}

void tst_Report::groupings_data()
{
    QTest::addColumn<ReportQuery>("query");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QStringList>("totals");

    using G = ReportGroup;
    QTest::newRow("day, utc") << periodQuery(
        G::Day) << QStringList {u"2026-10-31 jpy 1 500"_s,  u"2026-10-31 kwd 1 5550"_s,
                                u"2026-10-31 usd 1 1000"_s, u"2026-11-01 usd 2 2250"_s,
                                u"2026-11-02 jpy 1 700"_s,  u"2026-11-02 kwd 1 1"_s,
                                u"2026-11-30 usd 1 333"_s}
                              << createdTotals;
    // r8 at 2026-11-30T23:30Z is already 1 December in Tokyo, yet inside the UTC period.
    QTest::newRow("day, tokyo") << periodQuery(
        G::Day,
        "Asia/Tokyo") << QStringList {u"2026-10-31 usd 1 1000"_s, u"2026-11-01 jpy 1 500"_s,
                                      u"2026-11-01 kwd 1 5550"_s, u"2026-11-01 usd 2 2250"_s,
                                      u"2026-11-02 jpy 1 700"_s,  u"2026-11-02 kwd 1 1"_s,
                                      u"2026-12-01 usd 1 333"_s}
                                << createdTotals;
    // 2026-11-01 lasts 25 hours in New York: r5 at its first half hour, r6 at its last.
    QTest::newRow("day, new york, daylight saving ends")
        << periodQuery(G::Day, "America/New_York")
        << QStringList {u"2026-10-31 jpy 1 500"_s,  u"2026-10-31 kwd 1 5550"_s,
                        u"2026-10-31 usd 2 1250"_s, u"2026-11-01 jpy 1 700"_s,
                        u"2026-11-01 usd 1 2000"_s, u"2026-11-02 kwd 1 1"_s,
                        u"2026-11-30 usd 1 333"_s}
        << createdTotals;
    QTest::newRow("week, utc") << periodQuery(G::Week)
                               << QStringList {u"2026-W44 jpy 1 500"_s,  u"2026-W44 kwd 1 5550"_s,
                                               u"2026-W44 usd 3 3250"_s, u"2026-W45 jpy 1 700"_s,
                                               u"2026-W45 kwd 1 1"_s,    u"2026-W49 usd 1 333"_s}
                               << createdTotals;
    QTest::newRow("month, utc") << periodQuery(G::Month)
                                << QStringList {u"2026-10 jpy 1 500"_s,  u"2026-10 kwd 1 5550"_s,
                                                u"2026-10 usd 1 1000"_s, u"2026-11 jpy 1 700"_s,
                                                u"2026-11 kwd 1 1"_s,    u"2026-11 usd 3 2583"_s}
                                << createdTotals;
    QTest::newRow("month, tokyo") << periodQuery(G::Month, "Asia/Tokyo")
                                  << QStringList {u"2026-10 usd 1 1000"_s, u"2026-11 jpy 2 1200"_s,
                                                  u"2026-11 kwd 2 5551"_s, u"2026-11 usd 2 2250"_s,
                                                  u"2026-12 usd 1 333"_s}
                                  << createdTotals;
    QTest::newRow("reason") << periodQuery(G::Reason)
                            << QStringList {u"duplicate jpy 1 500"_s,
                                            u"duplicate usd 1 333"_s,
                                            u"fraudulent kwd 1 5550"_s,
                                            u"none jpy 1 700"_s,
                                            u"none usd 1 250"_s,
                                            u"requested_by_customer kwd 1 1"_s,
                                            u"requested_by_customer usd 2 3000"_s}
                            << createdTotals;
    QTest::newRow("status") << periodQuery(G::Status)
                            << QStringList {u"canceled usd 1 333"_s,   u"failed usd 1 2000"_s,
                                            u"pending usd 1 250"_s,    u"succeeded jpy 2 1200"_s,
                                            u"succeeded kwd 2 5551"_s, u"succeeded usd 1 1000"_s}
                            << createdTotals;
    QTest::newRow("agent") << periodQuery(G::Agent)
                           << QStringList {u"ada kwd 1 5550"_s,   u"ada usd 2 1333"_s,
                                           u"bob jpy 1 500"_s,    u"bob kwd 1 1"_s,
                                           u"bob usd 1 250"_s,    u"carmen jpy 1 700"_s,
                                           u"carmen usd 1 2000"_s}
                           << createdTotals;
    QTest::newRow("currency") << periodQuery(
        G::Currency) << QStringList {u"jpy jpy 2 1200"_s, u"kwd kwd 2 5551"_s, u"usd usd 4 3583"_s}
                              << createdTotals;

    // By refunded time: r0 (created before the period, refunded at its first second) counts,
    // refunds never refunded do not.
    const QStringList refundedTotals {u"eur 0 0 20000"_s, u"jpy 2 1200 100000"_s,
                                      u"kwd 2 5551 100000"_s, u"usd 2 1999 100000"_s};
    QTest::newRow("refunded, day, utc")
        << periodQuery(G::Day, "UTC", ReportTime::Refunded)
        << QStringList {u"2026-10-01 usd 1 999"_s,  u"2026-10-31 usd 1 1000"_s,
                        u"2026-11-01 jpy 1 500"_s,  u"2026-11-02 jpy 1 700"_s,
                        u"2026-11-02 kwd 1 5550"_s, u"2026-11-30 kwd 1 1"_s}
        << refundedTotals;
    QTest::newRow("refunded, day, tokyo")
        << periodQuery(G::Day, "Asia/Tokyo", ReportTime::Refunded)
        << QStringList {u"2026-10-01 usd 1 999"_s,  u"2026-11-01 jpy 1 500"_s,
                        u"2026-11-01 usd 1 1000"_s, u"2026-11-02 jpy 1 700"_s,
                        u"2026-11-02 kwd 1 5550"_s, u"2026-12-01 kwd 1 1"_s}
        << refundedTotals;
    QTest::newRow("refunded, reason")
        << periodQuery(G::Reason, "UTC", ReportTime::Refunded)
        << QStringList {u"duplicate jpy 1 500"_s, u"fraudulent kwd 1 5550"_s, u"none jpy 1 700"_s,
                        u"requested_by_customer kwd 1 1"_s, u"requested_by_customer usd 2 1999"_s}
        << refundedTotals;
}

void tst_Report::groupings()
{
    QFETCH(ReportQuery, query);
    QFETCH(QStringList, rows);
    QFETCH(QStringList, totals);
    const auto report = m_store->report(query, agent);
    CHECK_OK(report);
    QCOMPARE(rowsOf(report.value()), rows);
    QCOMPARE(totalsOf(report.value()), totals);
    QCOMPARE(toString(report->query.groupBy), toString(query.groupBy));
}

void tst_Report::totalsAverageAndRate()
{
    const auto report = m_store->report(periodQuery(ReportGroup::Month), agent);
    CHECK_OK(report);
    QCOMPARE(report->totals.size(), 4);
    // eur: guaranteed volume and no refunds, so the 0 % rate shows.
    const ReportTotal eur = report->totals[0], jpy = report->totals[1], kwd = report->totals[2],
                      usd = report->totals[3];
    QCOMPARE(eur.average(), 0);
    QCOMPARE(eur.refundRateBasisPoints(), 0);
    QCOMPARE(jpy.average(), 600); // 1200 / 2
    QCOMPARE(jpy.refundRateBasisPoints(), 120); // 1200 / 100000 = 1.20 %
    QCOMPARE(kwd.average(), 2776); // 5551 / 2 = 2775.5, half away from zero
    QCOMPARE(kwd.refundRateBasisPoints(), 555); // 5.551 %
    QCOMPARE(usd.average(), 896); // 3583 / 4 = 895.75
    QCOMPARE(usd.refundRateBasisPoints(), 358); // 3.583 %
}

void tst_Report::filters_data()
{
    QTest::addColumn<QList<RefundStatus>>("statuses");
    QTest::addColumn<QList<RefundReason>>("reasons");
    QTest::addColumn<QStringList>("currencies");
    QTest::addColumn<QStringList>("agents");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QStringList>("totals");

    using S = RefundStatus;
    using R = RefundReason;
    const QStringList noRefunds {u"eur 0 0 20000"_s, u"jpy 0 0 100000"_s, u"kwd 0 0 100000"_s,
                                 u"usd 0 0 100000"_s};
    QTest::newRow("succeeded") << QList<S> {S::Succeeded} << QList<R> {} << QStringList {}
                               << QStringList {}
                               << QStringList {u"jpy jpy 2 1200"_s, u"kwd kwd 2 5551"_s,
                                               u"usd usd 1 1000"_s}
                               << QStringList {u"eur 0 0 20000"_s, u"jpy 2 1200 100000"_s,
                                               u"kwd 2 5551 100000"_s, u"usd 1 1000 100000"_s};
    QTest::newRow("pending or failed")
        << QList<S> {S::Pending, S::Failed} << QList<R> {} << QStringList {} << QStringList {}
        << QStringList {u"usd usd 2 2250"_s}
        << QStringList {u"eur 0 0 20000"_s, u"jpy 0 0 100000"_s, u"kwd 0 0 100000"_s,
                        u"usd 2 2250 100000"_s};
    QTest::newRow("awaiting approval: none")
        << QList<S> {S::AwaitingApproval} << QList<R> {} << QStringList {} << QStringList {}
        << QStringList {} << noRefunds;
    QTest::newRow("without a reason")
        << QList<S> {} << QList<R> {R::None} << QStringList {} << QStringList {}
        << QStringList {u"jpy jpy 1 700"_s, u"usd usd 1 250"_s}
        << QStringList {u"eur 0 0 20000"_s, u"jpy 1 700 100000"_s, u"kwd 0 0 100000"_s,
                        u"usd 1 250 100000"_s};
    QTest::newRow("none or duplicate")
        << QList<S> {} << QList<R> {R::None, R::Duplicate} << QStringList {} << QStringList {}
        << QStringList {u"jpy jpy 2 1200"_s, u"usd usd 2 583"_s}
        << QStringList {u"eur 0 0 20000"_s, u"jpy 2 1200 100000"_s, u"kwd 0 0 100000"_s,
                        u"usd 2 583 100000"_s};
    QTest::newRow("fraudulent") << QList<S> {} << QList<R> {R::Fraudulent} << QStringList {}
                                << QStringList {} << QStringList {u"kwd kwd 1 5550"_s}
                                << QStringList {u"eur 0 0 20000"_s, u"jpy 0 0 100000"_s,
                                                u"kwd 1 5550 100000"_s, u"usd 0 0 100000"_s};
    QTest::newRow("kwd only") << QList<S> {} << QList<R> {} << QStringList {u"kwd"_s}
                              << QStringList {} << QStringList {u"kwd kwd 2 5551"_s}
                              << QStringList {u"kwd 2 5551 100000"_s};
    QTest::newRow("USD and jpy, any case")
        << QList<S> {} << QList<R> {} << QStringList {u"USD"_s, u"jpy"_s, u"usd"_s}
        << QStringList {} << QStringList {u"jpy jpy 2 1200"_s, u"usd usd 4 3583"_s}
        << QStringList {u"jpy 2 1200 100000"_s, u"usd 4 3583 100000"_s};
    QTest::newRow("eur: volume, no refunds")
        << QList<S> {} << QList<R> {} << QStringList {u"eur"_s} << QStringList {} << QStringList {}
        << QStringList {u"eur 0 0 20000"_s};
    QTest::newRow("gbp: neither") << QList<S> {} << QList<R> {} << QStringList {u"gbp"_s}
                                  << QStringList {} << QStringList {} << QStringList {};
    QTest::newRow("bob") << QList<S> {} << QList<R> {} << QStringList {} << QStringList {u"bob"_s}
                         << QStringList {u"jpy jpy 1 500"_s, u"kwd kwd 1 1"_s, u"usd usd 1 250"_s}
                         << QStringList {u"eur 0 0 20000"_s, u"jpy 1 500 100000"_s,
                                         u"kwd 1 1 100000"_s, u"usd 1 250 100000"_s};
    QTest::newRow("ada's succeeded")
        << QList<S> {S::Succeeded} << QList<R> {} << QStringList {} << QStringList {u"ada"_s}
        << QStringList {u"kwd kwd 1 5550"_s, u"usd usd 1 1000"_s}
        << QStringList {u"eur 0 0 20000"_s, u"jpy 0 0 100000"_s, u"kwd 1 5550 100000"_s,
                        u"usd 1 1000 100000"_s};
    QTest::newRow("everything at once")
        << QList<S> {S::Succeeded, S::Failed} << QList<R> {R::RequestedByCustomer, R::None}
        << QStringList {u"usd"_s, u"jpy"_s} << QStringList {u"carmen"_s, u"ada"_s}
        << QStringList {u"jpy jpy 1 700"_s, u"usd usd 2 3000"_s}
        << QStringList {u"jpy 1 700 100000"_s, u"usd 2 3000 100000"_s};
    QTest::newRow("nobody") << QList<S> {} << QList<R> {} << QStringList {}
                            << QStringList {u"nobody"_s} << QStringList {} << noRefunds;
    // Bound, never pasted: a name that is SQL matches nothing and breaks nothing.
    QTest::newRow("sql in a name")
        << QList<S> {} << QList<R> {} << QStringList {} << QStringList {u"x' OR 1=1 --"_s}
        << QStringList {} << noRefunds;
}

void tst_Report::filters()
{
    QFETCH(QList<RefundStatus>, statuses);
    QFETCH(QList<RefundReason>, reasons);
    QFETCH(QStringList, currencies);
    QFETCH(QStringList, agents);
    QFETCH(QStringList, rows);
    QFETCH(QStringList, totals);
    ReportQuery query = periodQuery(ReportGroup::Currency);
    query.statuses = statuses;
    query.reasons = reasons;
    query.currencies = currencies;
    query.agents = agents;
    const auto report = m_store->report(query, agent);
    CHECK_OK(report);
    QCOMPARE(rowsOf(report.value()), rows);
    QCOMPARE(totalsOf(report.value()), totals);

    // The same filters by day: other rows, the same totals.
    query.groupBy = ReportGroup::Day;
    const auto byDay = m_store->report(query, agent);
    CHECK_OK(byDay);
    QCOMPARE(totalsOf(byDay.value()), totals);
}

void tst_Report::rounding_data()
{
    QTest::addColumn<qint64>("count");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("guaranteed");
    QTest::addColumn<qint64>("average");
    QTest::addColumn<qint64>("rate");

    constexpr qint64 max = std::numeric_limits<qint64>::max();
    QTest::newRow("1, 1, 2: 1.33 rounds down") << 3LL << 4LL << 400LL << 1LL << 100LL;
    QTest::newRow("1 and 2: 1.5 rounds up") << 2LL << 3LL << 200LL << 2LL << 150LL;
    QTest::newRow("2.5 rounds up") << 2LL << 5LL << 1000LL << 3LL << 50LL;
    QTest::newRow("1.75 rounds up") << 4LL << 7LL << 7LL << 2LL << 10000LL;
    QTest::newRow("1/3 of guaranteed: 33.33 %") << 1LL << 1LL << 3LL << 1LL << 3333LL;
    QTest::newRow("2/3 of guaranteed: 66.67 %") << 1LL << 2LL << 3LL << 2LL << 6667LL;
    QTest::newRow("half a basis point rounds up") << 1LL << 1LL << 20000LL << 1LL << 1LL;
    QTest::newRow("a quarter rounds down") << 1LL << 1LL << 40000LL << 1LL << 0LL;
    QTest::newRow("more refunded than guaranteed") << 2LL << 3LL << 2LL << 2LL << 15000LL;
    QTest::newRow("nothing guaranteed") << 1LL << 5LL << 0LL << 5LL << -1LL;
    QTest::newRow("no refunds") << 0LL << 0LL << 100LL << 0LL << 0LL;
    QTest::newRow("negative -1.5 rounds away from zero") << 2LL << -3LL << 200LL << -2LL << -150LL;
    QTest::newRow("largest amounts, no overflow") << 1LL << max << max << max << 10000LL;
    QTest::newRow("largest amount, odd count") << 2LL << max << 1LL << max / 2 + 1 << max;
}

void tst_Report::rounding()
{
    QFETCH(qint64, count);
    QFETCH(qint64, amount);
    QFETCH(qint64, guaranteed);
    QFETCH(qint64, average);
    QFETCH(qint64, rate);
    const ReportTotal total {u"usd"_s, count, amount, guaranteed};
    QCOMPARE(total.average(), average);
    if (rate == std::numeric_limits<qint64>::max())
        return; // max * 10000 does not fit in 64 bits; only the average is checked here
    QCOMPARE(total.refundRateBasisPoints(), rate);
}

void tst_Report::refused_data()
{
    QTest::addColumn<ReportQuery>("query");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("mentions");

    ReportQuery q = periodQuery(ReportGroup::Month);
    q.to = q.from;
    QTest::newRow("empty period") << q << u"to"_s
                                  << QStringList {u"2026-10-01T00:00:00Z"_s, u"end after"_s};
    q.to = q.from - 86400;
    QTest::newRow("ends before it starts")
        << q << u"to"_s << QStringList {u"2026-09-30T00:00:00Z"_s, u"2026-10-01T00:00:00Z"_s};
    q = periodQuery(ReportGroup::Day, "Mars/Olympus_Mons");
    QTest::newRow("unknown time zone")
        << q << u"time_zone"_s << QStringList {u"\"Mars/Olympus_Mons\""_s, u"IANA"_s};
    q = periodQuery(ReportGroup::Reason, "");
    QTest::newRow("empty time zone") << q << u"time_zone"_s << QStringList {u"\"\""_s};
    q = periodQuery(ReportGroup::Currency);
    q.currencies = QStringList {u"usd"_s, u"xyz"_s};
    QTest::newRow("unknown currency") << q << u"currency"_s << QStringList {u"\"xyz\""_s};
    q.currencies = QStringList {u"us"_s};
    QTest::newRow("not a code") << q << u"currency"_s << QStringList {u"\"us\""_s};
    q = periodQuery(ReportGroup::Day);
    q.from = 1474848000; // 2016-09-26: 3718 days to 2026-11-30
    QTest::newRow("days over ten years")
        << q << u"period"_s
        << QStringList {u"3660 days"_s, u"2016-09-26"_s, u"2026-11-30"_s, u"3718"_s};
    q = periodQuery(ReportGroup::Month);
    q.from = -1577923200; // 1920-01-01: 1283 months to 2026-11
    QTest::newRow("months over a hundred years")
        << q << u"period"_s << QStringList {u"1200 months"_s, u"1283"_s};
    q = periodQuery(ReportGroup::Week);
    q.from = std::numeric_limits<qint64>::min();
    QTest::newRow("before any calendar") << q << u"period"_s << QStringList {u"week"_s};
}

void tst_Report::refused()
{
    QFETCH(ReportQuery, query);
    QFETCH(QString, field);
    QFETCH(QStringList, mentions);
    const auto report = m_store->report(query, agent);
    QVERIFY(!report);
    QCOMPARE(report.error().kind, ErrorKind::Usage);
    QCOMPARE(report.error().field, field);
    for (const QString &text : mentions)
        QVERIFY2(report.error().message.contains(text), qPrintable(report.error().message));
}

void tst_Report::longPeriodsByName()
{
    // Only the groupings by time have a bucket limit; a century by reason is one query.
    ReportQuery query = periodQuery(ReportGroup::Reason);
    query.from = std::numeric_limits<qint64>::min();
    query.to = std::numeric_limits<qint64>::max();
    const auto report = m_store->report(query, agent);
    CHECK_OK(report);
    // r0 and r9 too, beside the period's refunds
    QCOMPARE(
        rowsOf(report.value()),
        (QStringList {u"duplicate jpy 1 500"_s, u"duplicate usd 2 444"_s,
                      u"fraudulent kwd 1 5550"_s, u"none jpy 1 700"_s, u"none usd 1 250"_s,
                      u"requested_by_customer kwd 1 1"_s, u"requested_by_customer usd 3 3999"_s}));
    query.groupBy = ReportGroup::Day;
    query.from = december1 - qint64(maxReportDays) * 86400; // exactly the limit
    query.to = december1;
    CHECK_OK(m_store->report(query, agent));
}

void tst_Report::everyRoleMayReport()
{
    REQUIRE_OK(addTeam(*m_store));
    const Team team;
    for (Role role : allRoles()) {
        const auto report = m_store->report(periodQuery(ReportGroup::Month), team.of(role));
        QVERIFY2(report.ok(), qPrintable(toString(role) + u": "_s + errorOf(report)));
        QCOMPARE(totalsOf(report.value()), createdTotals);
    }
    const auto stranger = m_store->report(periodQuery(ReportGroup::Month), Actor {u"mallory"_s});
    QVERIFY(!stranger);
    QCOMPARE(stranger.error().kind, ErrorKind::Denied);
    REQUIRE_OK(m_store->setUserDisabled(team.viewer.name, true, team.admin));
    const auto disabled = m_store->report(periodQuery(ReportGroup::Month), team.viewer);
    QVERIFY(!disabled);
    QCOMPARE(disabled.error().kind, ErrorKind::Denied);
}

void tst_Report::readOnlyStore()
{
    // The buckets' temporary table needs no write access to the database file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"desk.db"_s);
    {
        auto store = openStore(path);
        QVERIFY(store);
        REQUIRE_OK(seed(*store, handBuilt()));
    }
    auto readOnly = openStore(path, SqliteStore::Mode::ReadOnly);
    QVERIFY(readOnly);
    const auto report = readOnly->report(periodQuery(ReportGroup::Day, "America/New_York"), agent);
    CHECK_OK(report);
    QCOMPARE(rowsOf(report.value()).value(4), u"2026-11-01 usd 1 2000"_s);
    QCOMPARE(totalsOf(report.value()), createdTotals);
    QVERIFY(!inTransaction(*readOnly));
}

void tst_Report::emptyDatabase()
{
    m_store = openStore(u":memory:"_s);
    QVERIFY(m_store);
    for (ReportGroup group : {ReportGroup::Day, ReportGroup::Reason}) {
        const auto report = m_store->report(periodQuery(group), agent);
        CHECK_OK(report);
        QVERIFY(report->rows.isEmpty());
        QVERIFY(report->totals.isEmpty());
    }
}

void tst_Report::matchesVerify()
{
    // Over all time, succeeded refunds are what verify() counts as refunded (DESIGN §3:
    // amount_refunded is the sum of succeeded refunds; this data set has no prior refunds),
    // and the guaranteed volume is all that was guaranteed.
    ReportQuery query = periodQuery(ReportGroup::Currency);
    query.from = 0;
    query.to = std::numeric_limits<qint64>::max();
    query.statuses = {RefundStatus::Succeeded};
    const auto report = m_store->report(query, agent);
    CHECK_OK(report);
    const auto verified = m_store->verify(VerifyDepth::Full);
    CHECK_OK(verified);
    QCOMPARE(totalsOf(report.value()),
             (QStringList {u"eur 0 0 20000"_s, u"jpy 2 1200 100000"_s, u"kwd 2 5551 100000"_s,
                           u"usd 3 2110 150000"_s})); // r0 999 + r1 1000 + r9 111
    QCOMPARE(report->totals.size(), verified->totals.size());
    for (qsizetype i = 0; i < verified->totals.size(); ++i) {
        const CurrencyTotals &v = verified->totals[i];
        QCOMPARE(report->totals[i].currency, v.currency);
        QCOMPARE(report->totals[i].amount, v.refunded);
        QCOMPARE(report->totals[i].guaranteed, v.guaranteed);
    }
}

void tst_Report::demoTotalsAgreeAcrossGroupings()
{
    // Demo data over a year: every grouping, in a zone with daylight saving, sees each refund
    // once, and its rows add up to its totals, which match verify()'s sums.
    m_store = openStore(u":memory:"_s);
    QVERIFY(m_store);
    DemoOptions options;
    options.records = 3000;
    REQUIRE_OK(generateDemo(*m_store, options, localOperator()));
    const auto verified = m_store->verify(VerifyDepth::Full);
    CHECK_OK(verified);

    ReportQuery query;
    query.from = options.until - 400LL * 86400;
    query.to = options.until + 1;
    query.timeZone = "Europe/Berlin";
    query.statuses = {RefundStatus::Succeeded};
    QStringList expected;
    for (const CurrencyTotals &v : verified->totals) {
        expected << u"%1 %2 %3"_s.arg(v.currency).arg(v.refunded).arg(v.guaranteed);
        QVERIFY(v.refunded > 0);
    }
    for (ReportGroup group :
         {ReportGroup::Day, ReportGroup::Week, ReportGroup::Month, ReportGroup::Reason,
          ReportGroup::Status, ReportGroup::Agent, ReportGroup::Currency}) {
        query.groupBy = group;
        const auto report = m_store->report(query, localOperator());
        CHECK_OK(report);
        QStringList totals;
        QMap<QString, std::pair<qint64, qint64>> added;
        for (const ReportRow &row : report->rows) {
            added[row.currency].first += row.count;
            added[row.currency].second += row.amount;
        }
        for (const ReportTotal &t : report->totals) {
            totals << u"%1 %2 %3"_s.arg(t.currency).arg(t.amount).arg(t.guaranteed);
            QCOMPARE(added.value(t.currency), std::make_pair(t.count, t.amount));
        }
        QVERIFY2(totals == expected,
                 qPrintable(toString(group) + u": "_s + totals.join(u", ") + u" vs "_s
                            + expected.join(u", ")));
    }
}

QTEST_GUILESS_MAIN(tst_Report)
#include "tst_report.moc"
