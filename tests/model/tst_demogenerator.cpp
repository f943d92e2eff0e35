// Demo data: progress, cancel and refusals of the generator behind `refunddesk-cli demo`
// and the GUI's Load Demo Data.

#include "demo/demogenerator.h"
#include "storefixtures.h"

#include <QTest>

using namespace RefundDesk;
using namespace RefundDesk::Testing;
using namespace Qt::StringLiterals;

class tst_DemoGenerator : public QObject, public StoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { initStore(); }
    void cleanup() { cleanupStore(); }

    void writesRecordsAndReportsProgress();
    void cancelLeavesNothing();
    void negativeCountIsRefused();
};

void tst_DemoGenerator::writesRecordsAndReportsProgress()
{
    DemoOptions options;
    options.records = 2500;
    QList<qint64> reported;
    options.progress = [&reported](qint64 done) {
        reported << done;
    };
    const Result<DemoSummary> summary = generateDemo(*m_store, options, agent);
    CHECK_OK(summary);
    QCOMPARE(summary->records, qint64(2500));
    QVERIFY(!summary->cancelled);
    QCOMPARE(reported, (QList<qint64> {1000, 2000, 2500}));
    QCOMPARE(scalar(*m_store, "SELECT count(*) FROM payment_records"), qint64(2500));
    QCOMPARE(scalar(*m_store, "SELECT count(*) FROM payment_attempts"), summary->attempts);
    QCOMPARE(refundCount(*m_store), summary->refunds);
}

void tst_DemoGenerator::cancelLeavesNothing()
{
    CHECK_OK(seedStandard());
    const QString before = dumpAll(*m_store);
    DemoOptions options;
    options.records = 5000;
    int polls = 0;
    options.isCancelled = [&polls] {
        return ++polls > 1500;
    };
    const Result<DemoSummary> summary = generateDemo(*m_store, options, agent);
    CHECK_OK(summary);
    QVERIFY(summary->cancelled);
    QCOMPARE(polls, 1501);
    QCOMPARE(dumpAll(*m_store), before);
    QVERIFY(!inTransaction(*m_store));
}

void tst_DemoGenerator::negativeCountIsRefused()
{
    DemoOptions options;
    options.records = -1;
    const Result<DemoSummary> summary = generateDemo(*m_store, options, agent);
    QVERIFY(!summary);
    QCOMPARE(summary.error().kind, ErrorKind::Usage);
    QCOMPARE(summary.error().field, u"records"_s);
    QVERIFY(summary.error().message.contains(u"-1"_s));
}

QTEST_GUILESS_MAIN(tst_DemoGenerator)
#include "tst_demogenerator.moc"
