// Several refunddesk-cli processes refunding the same payment at the same moment. Each
// refund is checked and written under BEGIN IMMEDIATE, so exactly as many get through as
// fit in the guaranteed amount; the rest are refused by the rule (exit 1), never by a
// locked database (exit 3), and verify finds nothing wrong afterwards.

#include "clirunner.h"
#include "store/sqlitestore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace RefundDesk;
using namespace RefundDesk::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString racedId = u"pr_race0000000000000000001"_s;
const QString bystanderId = u"pr_race0000000000000000002"_s;

PaymentRecord paidRecord(const QString &id, const QString &currency, qint64 amount)
{
    PaymentRecord record;
    record.id = id;
    record.currency = currency;
    record.amountRequested = record.amountAuthorized = record.amountGuaranteed = amount;
    record.created = QDateTime::currentSecsSinceEpoch() - 24 * 3600;
    record.customer.email = u"race@example.com"_s;
    record.customer.name = u"Race Condition"_s;
    record.description = u"Concurrency test"_s;
    record.latestAttemptId = u"par_"_s + id.mid(3);
    return record;
}

PaymentAttempt guaranteedAttempt(const PaymentRecord &record)
{
    PaymentAttempt attempt;
    attempt.id = record.latestAttemptId;
    attempt.paymentRecordId = record.id;
    attempt.outcome = AttemptOutcome::Guaranteed;
    attempt.currency = record.currency;
    attempt.amountRequested = attempt.amountAuthorized = attempt.amountGuaranteed =
        record.amountGuaranteed;
    attempt.created = record.created;
    return attempt;
}

} // namespace

class tst_RefundRace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void race_data();
    void race();
};

void tst_RefundRace::race_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("guaranteed");
    QTest::addColumn<QStringList>("amount");
    QTest::addColumn<qint64>("size"); // minor units each refund asks for; -1: --full
    QTest::addColumn<int>("processes");
    QTest::addColumn<int>("rounds");
    QTest::addColumn<bool>("withReader"); // a verify runs beside the writers in every round

    QTest::newRow("2 writers, 40 rounds of 3.00 against 100.00 usd")
        << u"usd"_s << qint64(10000) << QStringList {u"--minor"_s, u"300"_s} << qint64(300) << 2
        << 40 << false;
    QTest::newRow("3 writers, 20 rounds of 7.00 against 200.00 usd, verify beside them")
        << u"usd"_s << qint64(20000) << QStringList {u"--minor"_s, u"700"_s} << qint64(700) << 3
        << 20 << true;
    QTest::newRow("2 writers, 20 rounds of --amount 2.50 against 30.00 eur")
        << u"eur"_s << qint64(3000) << QStringList {u"--amount"_s, u"2.50"_s} << qint64(250) << 2
        << 20 << false;
    QTest::newRow("3 writers, 8 rounds of --full against 5000 jpy")
        << u"jpy"_s << qint64(5000) << QStringList {u"--full"_s} << qint64(-1) << 3 << 8 << true;
}

void tst_RefundRace::race()
{
    QFETCH(QString, currency);
    QFETCH(qint64, guaranteed);
    QFETCH(QStringList, amount);
    QFETCH(qint64, size);
    QFETCH(int, processes);
    QFETCH(int, rounds);
    QFETCH(bool, withReader);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"race.sqlite"_s);
    {
        auto store = SqliteStore::open(path);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        auto bulk = store.value()->beginBulk(Actor {u"test"_s});
        QVERIFY(bulk);
        for (const PaymentRecord &record : {paidRecord(racedId, currency, guaranteed),
                                            paidRecord(bystanderId, currency, guaranteed)}) {
            QVERIFY(bulk.value()->putRecord(record));
            QVERIFY(bulk.value()->putAttempt(guaranteedAttempt(record)));
        }
        QVERIFY(bulk.value()->commit(u"import.test"_s, R"({"source":"tst_refundrace"})"));
    }
    const QProcessEnvironment environment = cliEnvironment(path, dir.path());
    const QStringList refund = QStringList {u"refund"_s, racedId} + amount;

    int succeeded = 0, refused = 0;
    QSet<QString> createdIds;
    for (int round = 0; round < rounds; ++round) {
        std::vector<std::unique_ptr<QProcess>> running;
        for (int i = 0; i < processes; ++i)
            running.push_back(startCli(refund, environment));
        std::unique_ptr<QProcess> reader;
        if (withReader)
            reader = startCli({u"verify"_s}, environment);

        for (const auto &process : running) {
            const CliRun run = finishCli(*process);
            QVERIFY2(run.finished, run.describe());
            QVERIFY2(!run.errText().contains(u"locked"_s) && !run.errText().contains(u"busy"_s),
                     run.describe());
            if (run.exitCode == 0) {
                ++succeeded;
                const QJsonObject created = QJsonDocument::fromJson(run.out).object();
                QCOMPARE(created.value(u"status"_s).toString(), u"pending"_s);
                createdIds.insert(created.value(u"id"_s).toString());
                continue;
            }
            QVERIFY2(run.exitCode == 1, run.describe());
            QVERIFY2(isOneErrorLine(run.err), run.describe());
            QVERIFY2(run.errText().contains(u"exceeds"_s)
                         || run.errText().contains(u"Nothing is left"_s),
                     run.describe());
            ++refused;
        }
        if (reader) {
            // A reader in the middle of the race sees whole refunds only.
            const CliRun run = finishCli(*reader);
            QVERIFY2(run.exitCode == 0, run.describe());
        }
    }
    QCOMPARE(succeeded + refused, processes * rounds);
    QCOMPARE(createdIds.size(), succeeded);

    { // the store closes before the last command opens the file
        auto store = SqliteStore::open(path, SqliteStore::Mode::ReadOnly);
        QVERIFY(store);
        const auto refunds = store.value()->refundsOf(racedId);
        QVERIFY(refunds);
        qint64 total = 0;
        QSet<QString> storedIds;
        for (const Refund &r : refunds.value()) {
            QVERIFY(r.status == RefundStatus::Pending || r.status == RefundStatus::Succeeded);
            if (size > 0)
                QCOMPARE(r.amount, size);
            total += r.amount;
            storedIds.insert(r.id);
        }
        QCOMPARE(refunds->size(), succeeded);
        QCOMPARE(storedIds, createdIds);
        QVERIFY(total <= guaranteed);
        // Refused only when it no longer fitted: everything that fits was refunded.
        QCOMPARE(total, size > 0 ? guaranteed - guaranteed % size : guaranteed);
        QVERIFY2(refused > 0, "the test must ask for more than is refundable");

        const auto record = store.value()->record(racedId);
        QVERIFY(record);
        QCOMPARE(record->amountReserved, total);
        QCOMPARE(record->refundable(), guaranteed - total);
        const auto bystander = store.value()->refundsOf(bystanderId);
        QVERIFY(bystander);
        QVERIFY(bystander->isEmpty());
    }

    const CliRun verify = runCli({u"verify"_s}, environment);
    QVERIFY2(verify.exitCode == 0, verify.describe());
    QVERIFY2(verify.outText().contains(u"OK: 2 records, %1 refunds"_s.arg(succeeded)),
             verify.describe());
}

QTEST_GUILESS_MAIN(tst_RefundRace)
#include "tst_refundrace.moc"
