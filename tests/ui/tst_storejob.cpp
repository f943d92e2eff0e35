#include "seedrecords.h"
#include "store/sqlitestore.h"
#include "storejob.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <optional>

using namespace RefundDesk;

namespace {

constexpr int seededRecords = 40;
/// How long a test lets a worker wait for the GUI thread before it gives up.
constexpr int patienceMs = 10000;

/// Spins on the worker until `flag` is set or patience runs out; false on timeout.
bool waitFor(const std::atomic<bool> &flag)
{
    QElapsedTimer clock;
    clock.start();
    while (!flag.load()) {
        if (clock.elapsed() > patienceMs)
            return false;
        QThread::msleep(2);
    }
    return true;
}

} // namespace

class tst_StoreJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void runsOnAWorkerWithItsOwnConnection();
    void deliversThrottledProgress();
    void eventLoopRunsDuringTheJob();
    void cancelReachesTheWork();
    void windowReadsWhileTheWorkerWrites();
    void openFailureReachesDone();
    void oneJobAtATime();
    void destructionCancelsAndWaits();

private:
    StoreOpener opener();

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<SqliteStore> m_store;
    int m_databases = 0;
    std::atomic<QThread *> m_openerThread {nullptr};
};

void tst_StoreJob::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_StoreJob::init()
{
    m_path = m_dir.filePath(QStringLiteral("jobs-%1.sqlite").arg(++m_databases));
    auto opened = SqliteStore::open(m_path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    m_store = std::move(opened).value();
    const auto seeded = TestSeed::seed(*m_store, seededRecords);
    QVERIFY2(seeded, qPrintable(seeded ? QString() : seeded.error().message));
    m_openerThread = nullptr;
}

void tst_StoreJob::cleanup()
{
    m_store.reset();
}

StoreOpener tst_StoreJob::opener()
{
    return [this, path = m_path]() -> Result<std::unique_ptr<Store>> {
        m_openerThread = QThread::currentThread();
        auto opened = SqliteStore::open(path);
        if (!opened)
            return opened.error();
        return std::unique_ptr<Store>(std::move(opened).value());
    };
}

void tst_StoreJob::runsOnAWorkerWithItsOwnConnection()
{
    StoreJob job(opener());
    QSignalSpy running(&job, &StoreJob::runningChanged);
    QSignalSpy finished(&job, &StoreJob::finished);
    std::atomic<QThread *> workThread {nullptr};
    std::atomic<Store *> workStore {nullptr};
    std::optional<Result<qint64>> result;
    QThread *doneThread = nullptr;

    QVERIFY(job.start<qint64>(
        [&](Store &store, StoreJob::Progress &) {
            workThread = QThread::currentThread();
            workStore = &store;
            return store.countRecords(RecordQuery());
        },
        [&](const Result<qint64> &done) {
            result = done;
            doneThread = QThread::currentThread();
        }));
    QVERIFY(job.isRunning());
    QTRY_COMPARE(finished.size(), 1);

    QVERIFY(workThread.load());
    QVERIFY(workThread.load() != QThread::currentThread());
    QCOMPARE(m_openerThread.load(), workThread.load());
    QVERIFY(workStore.load() != m_store.get());
    QCOMPARE(doneThread, QThread::currentThread());
    QVERIFY(result.has_value());
    QVERIFY2(*result, qPrintable(result->ok() ? QString() : result->error().message));
    QCOMPARE(result->value(), seededRecords);
    QVERIFY(!job.isRunning());
    QCOMPARE(running.size(), 2);
    QCOMPARE(running.at(0).at(0).toBool(), true);
    QCOMPARE(running.at(1).at(0).toBool(), false);
}

void tst_StoreJob::deliversThrottledProgress()
{
    constexpr int runMs = 400;
    StoreJob job(opener());
    QSignalSpy progress(&job, &StoreJob::progressChanged);
    std::optional<Result<qint64>> result;
    QVERIFY(job.start<qint64>(
        [](Store &, StoreJob::Progress &progress) -> Result<qint64> {
            // Far more reports than the GUI thread should see.
            QElapsedTimer clock;
            clock.start();
            qint64 done = 0;
            while (clock.elapsed() < runMs)
                progress.report(++done, 0);
            return done;
        },
        [&](const Result<qint64> &done) { result = done; }));
    QTRY_VERIFY(result.has_value());
    QVERIFY(*result);
    const qint64 reports = result->value();

    QVERIFY2(progress.size() >= 3, qPrintable(QString::number(progress.size())));
    QVERIFY2(progress.size() <= runMs / StoreJob::ProgressIntervalMs + 3,
             qPrintable(QString::number(progress.size())));
    QVERIFY(reports > progress.size() * 10);
    qint64 previous = 0;
    for (const QList<QVariant> &arguments : std::as_const(progress)) {
        QVERIFY(arguments.at(0).toLongLong() >= previous);
        previous = arguments.at(0).toLongLong();
    }
    // The last values arrive once more before `done`, so the dialog ends at the end.
    QCOMPARE(progress.last().at(0).toLongLong(), reports);
    QCOMPARE(progress.last().at(1).toLongLong(), 0);
}

void tst_StoreJob::eventLoopRunsDuringTheJob()
{
    StoreJob job(opener());
    int ticks = 0;
    QTimer timer;
    timer.setInterval(10);
    connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
    timer.start();
    bool done = false;
    QVERIFY(job.start<bool>(
        [](Store &, StoreJob::Progress &) -> Result<bool> {
            QThread::msleep(500);
            return true;
        },
        [&](const Result<bool> &) { done = true; }));
    // Had the work run on this thread, start() would have returned after it, with no tick.
    QCOMPARE(ticks, 0);
    QTRY_VERIFY(done);
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
}

void tst_StoreJob::cancelReachesTheWork()
{
    StoreJob job(opener());
    std::atomic<bool> started {false};
    std::optional<Result<bool>> result;
    QVERIFY(job.start<bool>(
        [&started](Store &, StoreJob::Progress &progress) -> Result<bool> {
            started = true;
            QElapsedTimer clock;
            clock.start();
            while (!progress.isCancelled()) {
                if (clock.elapsed() > patienceMs)
                    return false;
                QThread::msleep(2);
            }
            return true;
        },
        [&](const Result<bool> &done) { result = done; }));
    QTRY_VERIFY(started.load());
    QVERIFY(!job.isCancelled());
    job.cancel();
    QVERIFY(job.isCancelled());
    QTRY_VERIFY(result.has_value());
    QVERIFY(*result);
    QCOMPARE(result->value(), true);
}

void tst_StoreJob::windowReadsWhileTheWorkerWrites()
{
    StoreJob job(opener());
    std::atomic<bool> written {false};
    std::atomic<bool> mayCommit {false};
    std::optional<Result<bool>> result;
    QVERIFY(job.start<bool>(
        [&](Store &store, StoreJob::Progress &) -> Result<bool> {
            auto bulk = store.beginBulk(Actor {QStringLiteral("test-worker")});
            if (!bulk)
                return bulk.error();
            QRandomGenerator random(7);
            AttemptOutcome outcome = AttemptOutcome::Initiated;
            if (auto put = bulk.value()->putRecord(TestSeed::demoRecord(9000, random, &outcome));
                !put)
                return put.error();
            written = true;
            if (!waitFor(mayCommit))
                return false;
            if (auto committed =
                    bulk.value()->commit(QStringLiteral("test.worker"), QByteArrayLiteral("{}"));
                !committed)
                return committed.error();
            return true;
        },
        [&](const Result<bool> &done) { result = done; }));
    QTRY_VERIFY(written.load());

    // The worker holds the write transaction; WAL lets this connection read meanwhile.
    QElapsedTimer clock;
    clock.start();
    const auto during = m_store->countRecords(RecordQuery());
    QVERIFY2(during, qPrintable(during ? QString() : during.error().message));
    QCOMPARE(during.value(), seededRecords);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));

    mayCommit = true;
    QTRY_VERIFY(result.has_value());
    QVERIFY2(*result, qPrintable(result->ok() ? QString() : result->error().message));
    QCOMPARE(result->value(), true);
    const auto after = m_store->countRecords(RecordQuery());
    QVERIFY(after);
    QCOMPARE(after.value(), seededRecords + 1);
}

void tst_StoreJob::openFailureReachesDone()
{
    StoreJob job([]() -> Result<std::unique_ptr<Store>> {
        return Error::storage(QStringLiteral("unable to open database file"));
    });
    std::atomic<bool> worked {false};
    std::optional<Result<bool>> result;
    QVERIFY(job.start<bool>(
        [&worked](Store &, StoreJob::Progress &) -> Result<bool> {
            worked = true;
            return true;
        },
        [&](const Result<bool> &done) { result = done; }));
    QTRY_VERIFY(result.has_value());
    QVERIFY(!*result);
    QCOMPARE(result->error().message, QStringLiteral("unable to open database file"));
    QVERIFY(!worked.load());
    QVERIFY(!job.isRunning());
}

void tst_StoreJob::oneJobAtATime()
{
    StoreJob job(opener());
    std::atomic<bool> release {false};
    int firstDone = 0;
    int secondDone = 0;
    QVERIFY(job.start<bool>(
        [&release](Store &, StoreJob::Progress &) -> Result<bool> { return waitFor(release); },
        [&firstDone](const Result<bool> &) { ++firstDone; }));
    QVERIFY(!job.start<bool>([](Store &, StoreJob::Progress &) -> Result<bool> { return true; },
                             [&secondDone](const Result<bool> &) { ++secondDone; }));
    QVERIFY(job.isRunning());
    release = true;
    QTRY_COMPARE(firstDone, 1);
    // Once the first is over, the next may start.
    QVERIFY(job.start<bool>([](Store &, StoreJob::Progress &) -> Result<bool> { return true; },
                            [&secondDone](const Result<bool> &) { ++secondDone; }));
    QTRY_COMPARE(secondDone, 1);
    QCOMPARE(firstDone, 1);
}

void tst_StoreJob::destructionCancelsAndWaits()
{
    auto job = std::make_unique<StoreJob>(opener());
    std::atomic<bool> started {false};
    std::atomic<bool> stopped {false};
    bool done = false;
    QVERIFY(job->start<bool>(
        [&](Store &, StoreJob::Progress &progress) -> Result<bool> {
            started = true;
            QElapsedTimer clock;
            clock.start();
            while (!progress.isCancelled() && clock.elapsed() < patienceMs)
                QThread::msleep(2);
            QThread::msleep(50); // the destructor must still be waiting
            stopped = progress.isCancelled();
            return true;
        },
        [&done](const Result<bool> &) { done = true; }));
    QTRY_VERIFY(started.load());
    QElapsedTimer clock;
    clock.start();
    job.reset();
    QVERIFY(stopped.load());
    QVERIFY(clock.elapsed() < patienceMs);
    QTest::qWait(50);
    QVERIFY(!done);
}

QTEST_GUILESS_MAIN(tst_StoreJob)
#include "tst_storejob.moc"
