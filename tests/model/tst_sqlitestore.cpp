#include "domain/recordstate.h"
#include "store/migrations.h"
#include "store/sqlitestore.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <sqlite3.h>
#include <thread>

using namespace RefundDesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(RefundDesk::AttemptOutcome)
Q_DECLARE_METATYPE(RefundDesk::ErrorKind)
Q_DECLARE_METATYPE(RefundDesk::FailureReason)
Q_DECLARE_METATYPE(RefundDesk::PendingReason)
Q_DECLARE_METATYPE(RefundDesk::RecordQuery)
Q_DECLARE_METATYPE(RefundDesk::RecordSort)
Q_DECLARE_METATYPE(RefundDesk::RecordState)
Q_DECLARE_METATYPE(RefundDesk::RefundRequest)
Q_DECLARE_METATYPE(RefundDesk::RefundStatus)
Q_DECLARE_METATYPE(RefundDesk::SqliteStore::Mode)
Q_DECLARE_METATYPE(RefundDesk::StatusChange)

namespace {

constexpr qint64 baseTime = 1'700'000'000; // 2023-11-14T22:13:20Z
constexpr qint64 nowSeconds = baseTime + 90 * 86400;
const Actor agent {u"agent.smith"_s};

template<typename T>
QString errorOf(const Result<T> &result)
{
    return result ? QString() : result.error().message;
}

QString kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Rule:
        return u"rule"_s;
    case ErrorKind::NotFound:
        return u"not found"_s;
    case ErrorKind::Usage:
        return u"usage"_s;
    case ErrorKind::Storage:
        return u"storage"_s;
    }
    return u"?"_s;
}

// Only for named results: the argument is evaluated more than once.
#define CHECK_OK(result) QVERIFY2((result).ok(), qPrintable(errorOf(result)))

PaymentAttempt attemptFor(const PaymentRecord &record, AttemptOutcome outcome,
                          const QString &id = {})
{
    PaymentAttempt a;
    a.id = id.isEmpty() ? record.latestAttemptId : id;
    a.paymentRecordId = record.id;
    a.outcome = outcome;
    a.currency = record.currency;
    a.amountRequested = record.amountRequested;
    a.created = record.created;
    switch (outcome) {
    case AttemptOutcome::Guaranteed:
        a.amountAuthorized = a.amountGuaranteed = record.amountRequested;
        break;
    case AttemptOutcome::Failed:
        a.amountFailed = record.amountRequested;
        break;
    case AttemptOutcome::Canceled:
        a.amountCanceled = record.amountRequested;
        break;
    default:
        break;
    }
    return a;
}

/// A record whose amounts follow the outcome of its one attempt.
PaymentRecord makeRecord(const QString &id, const QString &currency, qint64 amount,
                         AttemptOutcome outcome, qint64 created = baseTime)
{
    PaymentRecord r;
    r.id = id;
    r.currency = currency;
    r.amountRequested = amount;
    r.created = created;
    r.latestAttemptId = u"par_"_s + id.mid(3);
    const PaymentAttempt a = attemptFor(r, outcome);
    r.amountAuthorized = a.amountAuthorized;
    r.amountGuaranteed = a.amountGuaranteed;
    r.amountFailed = a.amountFailed;
    r.amountCanceled = a.amountCanceled;
    return r;
}

struct Seed
{
    QList<PaymentRecord> records;
    QList<PaymentAttempt> attempts;
    QList<Refund> refunds;

    void add(const PaymentRecord &record, AttemptOutcome outcome)
    {
        records << record;
        attempts << attemptFor(record, outcome);
    }
    void add(const QString &id, const QString &currency, qint64 amount, AttemptOutcome outcome)
    {
        add(makeRecord(id, currency, amount, outcome), outcome);
    }
};

Result<void> seed(Store &store, const Seed &s)
{
    auto begun = store.beginBulk(Actor {u"importer"_s});
    if (!begun)
        return begun.error();
    BulkWriter &bulk = *begun.value();
    for (const PaymentRecord &r : s.records) {
        if (auto added = bulk.putRecord(r); !added)
            return added.error();
    }
    for (const PaymentAttempt &a : s.attempts) {
        if (auto added = bulk.putAttempt(a); !added)
            return added.error();
    }
    for (const Refund &r : s.refunds) {
        if (auto added = bulk.putRefund(r); !added)
            return added.error();
    }
    return bulk.commit(u"import"_s, QByteArrayLiteral(R"({"source":"test"})"));
}

/// usd, jpy and kwd payments that can be refunded, and payments that cannot.
Seed standardSeed()
{
    Seed s;
    s.add(u"pr_usd"_s, u"usd"_s, 10000, AttemptOutcome::Guaranteed);
    s.add(u"pr_jpy"_s, u"jpy"_s, 5000, AttemptOutcome::Guaranteed);
    s.add(u"pr_kwd"_s, u"kwd"_s, 5550, AttemptOutcome::Guaranteed);
    s.add(u"pr_failed"_s, u"usd"_s, 2000, AttemptOutcome::Failed);
    s.add(u"pr_canceled"_s, u"usd"_s, 3000, AttemptOutcome::Canceled);
    s.add(u"pr_pending"_s, u"usd"_s, 4000, AttemptOutcome::Initiated);

    // Declined first, then paid: the refund belongs to the guaranteed attempt.
    PaymentRecord retried =
        makeRecord(u"pr_retried"_s, u"usd"_s, 1500, AttemptOutcome::Guaranteed, baseTime + 60);
    retried.latestAttemptId = u"par_retried_2"_s;
    s.records << retried;
    s.attempts << attemptFor(retried, AttemptOutcome::Failed, u"par_retried_1"_s)
               << attemptFor(retried, AttemptOutcome::Guaranteed, u"par_retried_2"_s);

    // 40.00 was refunded outside RefundDesk before the import.
    PaymentRecord prior = makeRecord(u"pr_prior"_s, u"usd"_s, 10000, AttemptOutcome::Guaranteed);
    prior.priorRefunded = prior.amountRefunded = 4000;
    s.add(prior, AttemptOutcome::Guaranteed);
    return s;
}

RefundRequest refundOf(const QString &recordId, qint64 amount)
{
    RefundRequest r;
    r.paymentRecordId = recordId;
    r.amount = amount;
    return r;
}

RefundRequest reportedRefundOf(const QString &recordId, qint64 amount, const QString &reference)
{
    RefundRequest r = refundOf(recordId, amount);
    r.reported = true;
    r.refundReference = reference;
    return r;
}

StatusChange changeTo(RefundStatus to, FailureReason failure = FailureReason::None)
{
    StatusChange c;
    c.to = to;
    c.failureReason = failure;
    return c;
}

// Raw reads through the C API, so the checks do not depend on the code under test.

QString dumpQuery(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return u"cannot prepare: "_s + QString::fromUtf8(sqlite3_errmsg(db));
    QString out;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            out += sqlite3_column_type(stmt, c) == SQLITE_NULL
                ? u"<null>"_s
                : QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)));
            out += u'|';
        }
        out += u'\n';
    }
    sqlite3_finalize(stmt);
    return out;
}

/// Every row the store keeps, to prove a refused write changed nothing.
QString dumpAll(SqliteStore &store)
{
    sqlite3 *db = store.connection().handle();
    return dumpQuery(db, "SELECT * FROM events ORDER BY seq")
        + dumpQuery(db, "SELECT * FROM payment_records ORDER BY pk")
        + dumpQuery(db, "SELECT * FROM payment_attempts ORDER BY pk")
        + dumpQuery(db, "SELECT * FROM refunds ORDER BY pk")
        + dumpQuery(db, "SELECT rowid, text FROM payment_search ORDER BY rowid");
}

qint64 scalar(SqliteStore &store, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(store.connection().handle(), sql, -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW) {
        value = sqlite3_column_int64(stmt, 0);
    }
    sqlite3_finalize(stmt);
    return value;
}

QString scalarText(SqliteStore &store, const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    QString value;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(store.connection().handle(), utf8.constData(), -1, &stmt, nullptr)
            == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW) {
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    return value;
}

qint64 eventCount(SqliteStore &store)
{
    return scalar(store, "SELECT count(*) FROM events");
}

qint64 refundCount(SqliteStore &store)
{
    return scalar(store, "SELECT count(*) FROM refunds");
}

bool inTransaction(SqliteStore &store)
{
    return sqlite3_get_autocommit(store.connection().handle()) == 0;
}

QStringList idsOf(const QList<RecordRow> &rows)
{
    QStringList ids;
    for (const RecordRow &row : rows)
        ids << row.record.id;
    return ids;
}

/// Every row of a query, page by page; fails the calling test on a bad page.
QStringList pageThrough(Store &store, RecordQuery query, int *pages = nullptr)
{
    QStringList ids;
    int pageCount = 0;
    for (;;) {
        const auto page = store.listRecords(query);
        if (!page)
            return {u"error: "_s + page.error().message};
        ++pageCount;
        ids += idsOf(page->rows);
        const bool full = page->rows.size() == query.limit;
        if (!page->hasMore) {
            if (page->rows.size() > query.limit)
                ids << u"error: page too long"_s;
            break;
        }
        if (!full)
            return {u"error: hasMore on a short page"_s};
        if (pageCount > 10000)
            return {u"error: paging does not end"_s};
        query.after = page->rows.last().cursor;
    }
    if (pages)
        *pages = pageCount;
    return ids;
}

} // namespace

class tst_SqliteStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // Schema and connection
    void migratesFromEmpty();
    void reopeningIsANoOp();
    void refusesNewerSchema_data();
    void refusesNewerSchema();
    void connectionSettings_data();
    void connectionSettings();

    // Seeding
    void bulkSeedsRecordsAndAttempts();
    void bulkIsAllOrNothing();

    // Refunds
    void createRefund_data();
    void createRefund();
    void refusedRefund_data();
    void refusedRefund();
    void refundsReserveAndSpendTheAmount();
    void duplicateReferenceRefused();
    void idempotency_data();
    void idempotency();
    void changeRefundStatus_data();
    void changeRefundStatus();
    void statusChangeReferences();
    void unknownRefundNotFound();
    void historyListsEventsInOrder();
    void concurrentWritersCannotOverRefund();

    // The database's own refusals
    void constraints_data();
    void constraints();

    // Derived state
    void derivedState_data();
    void derivedState();

    // Listing
    void keysetPaging_data();
    void keysetPaging();
    void filters_data();
    void filters();
    void search_data();
    void search();

    // verify
    void verifyCleanDatabase();
    void verifyWarnsAboutOverRefundAtSource();

private:
    Result<void> seedStandard() { return seed(*m_store, standardSeed()); }
    Result<RefundOutcome> create(const RefundRequest &request)
    {
        return m_store->createRefund(request, agent);
    }
    std::unique_ptr<SqliteStore> openStore(const QString &path,
                                           SqliteStore::Mode mode = SqliteStore::Mode::ReadWrite)
    {
        auto opened = SqliteStore::open(path, mode);
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message));
            return {};
        }
        std::unique_ptr<SqliteStore> store = std::move(opened).value();
        store->setClock([] { return nowSeconds * 1000; });
        return store;
    }

    std::unique_ptr<SqliteStore> m_store;
};

void tst_SqliteStore::init()
{
    m_store = openStore(u":memory:"_s);
    QVERIFY(m_store);
}

void tst_SqliteStore::cleanup()
{
    // A store method that left its transaction open would break the next write.
    if (m_store)
        QVERIFY(!inTransaction(*m_store));
    m_store.reset();
}

// ---------------------------------------------------------------------------------------
// Schema and connection

void tst_SqliteStore::migratesFromEmpty()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"desk.sqlite"_s);
    auto store = openStore(path);
    QVERIFY(store);
    QVERIFY(latestSchemaVersion() >= 1);
    QCOMPARE(scalar(*store, "PRAGMA user_version"), qint64(latestSchemaVersion()));
    for (const char *table :
         {"events", "payment_records", "payment_attempts", "refunds", "payment_search"}) {
        const QString sql = u"SELECT count(*) FROM sqlite_master WHERE name = '%1'"_s.arg(
            QString::fromLatin1(table));
        QCOMPARE(scalarText(*store, sql), u"1"_s);
    }
    QCOMPARE(eventCount(*store), qint64(0));

    // Running the migrations again on an up-to-date database changes nothing.
    const QString schema =
        scalarText(*store, u"SELECT group_concat(sql, ';') FROM sqlite_master"_s);
    const auto again = migrate(store->connection());
    CHECK_OK(again);
    QCOMPARE(scalarText(*store, u"SELECT group_concat(sql, ';') FROM sqlite_master"_s), schema);
    QCOMPARE(scalar(*store, "PRAGMA user_version"), qint64(latestSchemaVersion()));
}

void tst_SqliteStore::reopeningIsANoOp()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"desk.sqlite"_s);
    QString before;
    QString schema;
    {
        auto store = openStore(path);
        QVERIFY(store);
        const auto seeded = seed(*store, standardSeed());
        CHECK_OK(seeded);
        const auto refunded = store->createRefund(refundOf(u"pr_usd"_s, 2500), agent);
        CHECK_OK(refunded);
        before = dumpAll(*store);
        schema = scalarText(*store, u"SELECT group_concat(sql, ';') FROM sqlite_master"_s);
    }
    for (int round = 0; round < 2; ++round) {
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(scalar(*store, "PRAGMA user_version"), qint64(latestSchemaVersion()));
        QCOMPARE(scalarText(*store, u"SELECT group_concat(sql, ';') FROM sqlite_master"_s), schema);
        QCOMPARE(dumpAll(*store), before);
        const auto record = store->record(u"pr_usd"_s);
        CHECK_OK(record);
        QCOMPARE(record->amountReserved, qint64(2500));
    }
}

void tst_SqliteStore::refusesNewerSchema_data()
{
    QTest::addColumn<SqliteStore::Mode>("mode");
    QTest::newRow("read-write") << SqliteStore::Mode::ReadWrite;
    QTest::newRow("read-only") << SqliteStore::Mode::ReadOnly;
}

void tst_SqliteStore::refusesNewerSchema()
{
    QFETCH(SqliteStore::Mode, mode);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"newer.sqlite"_s);
    {
        auto store = openStore(path);
        QVERIFY(store);
        const auto seeded = seed(*store, standardSeed());
        CHECK_OK(seeded);
    }
    const int newer = latestSchemaVersion() + 1;
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(newer);
        QCOMPARE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }

    const auto refused = SqliteStore::open(path, mode);
    QVERIFY(!refused);
    QCOMPARE(kindName(refused.error().kind), kindName(ErrorKind::Storage));
    QString expected;
    if (mode == SqliteStore::Mode::ReadWrite) {
        expected = u"The database has schema version %1, newer than the %2 this RefundDesk "
                   "knows; use a newer RefundDesk."_s.arg(newer)
                       .arg(latestSchemaVersion());
    } else {
        expected = u"The database %1 has schema version %2, but this RefundDesk reads version "
                   "%3."_s.arg(path)
                       .arg(newer)
                       .arg(latestSchemaVersion());
    }
    QCOMPARE(refused.error().message, expected);

    // Refused, not touched: the version and the data are as they were.
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr),
             SQLITE_OK);
    QCOMPARE(dumpQuery(db, "PRAGMA user_version"), u"%1|\n"_s.arg(newer));
    QCOMPARE(dumpQuery(db, "SELECT count(*) FROM payment_records"), u"8|\n"_s);
    sqlite3_close(db);
}

void tst_SqliteStore::connectionSettings_data()
{
    QTest::addColumn<bool>("file");
    QTest::addColumn<int>("connection"); // 0 first, 1 second read-write, 2 read-only
    QTest::addColumn<QString>("journalMode");

    QTest::newRow("file, first connection") << true << 0 << u"wal"_s;
    QTest::newRow("file, second connection") << true << 1 << u"wal"_s;
    QTest::newRow("file, read-only connection") << true << 2 << u"wal"_s;
    QTest::newRow(":memory:") << false << 0 << u"memory"_s;
}

void tst_SqliteStore::connectionSettings()
{
    QFETCH(bool, file);
    QFETCH(int, connection);
    QFETCH(QString, journalMode);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = file ? dir.filePath(u"desk.sqlite"_s) : u":memory:"_s;
    auto first = openStore(path);
    QVERIFY(first);
    std::unique_ptr<SqliteStore> other;
    if (connection > 0) {
        other = openStore(
            path, connection == 2 ? SqliteStore::Mode::ReadOnly : SqliteStore::Mode::ReadWrite);
        QVERIFY(other);
    }
    SqliteStore &store = other ? *other : *first;

    QCOMPARE(scalar(store, "PRAGMA foreign_keys"), qint64(1));
    QCOMPARE(scalar(store, "PRAGMA synchronous"), qint64(2)); // FULL
    QCOMPARE(scalarText(store, u"PRAGMA journal_mode"_s), journalMode);
    QVERIFY2(scalar(store, "PRAGMA busy_timeout") >= 1000,
             qPrintable(QString::number(scalar(store, "PRAGMA busy_timeout"))));
}

// ---------------------------------------------------------------------------------------
// Seeding

void tst_SqliteStore::bulkSeedsRecordsAndAttempts()
{
    const Seed s = standardSeed();
    const auto seeded = seed(*m_store, s);
    CHECK_OK(seeded);
    // The batch, and the history note of the record that was refunded before it came.
    QCOMPARE(eventCount(*m_store), qint64(2));

    for (const PaymentRecord &expected : s.records) {
        const auto record = m_store->record(expected.id);
        CHECK_OK(record);
        QCOMPARE(record.value(), expected);
    }
    const auto attempts = m_store->attempts(u"pr_retried"_s);
    CHECK_OK(attempts);
    QCOMPARE(attempts->size(), 2);
    QCOMPARE(toString(attempts->at(0).outcome), toString(AttemptOutcome::Failed));
    QCOMPARE(toString(attempts->at(1).outcome), toString(AttemptOutcome::Guaranteed));
    QCOMPARE(attempts->at(1), s.attempts.at(7));

    const auto history = m_store->history(u"pr_jpy"_s);
    CHECK_OK(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->at(0).action, u"import"_s);
    QCOMPARE(history->at(0).actor, u"importer"_s);
    // The batch names the rows it brought in, which is how each record's history finds it.
    QCOMPARE(history->at(0).payload,
             QByteArrayLiteral(R"({"first_pk":1,"last_pk":8,"source":"test"})"));
}

void tst_SqliteStore::bulkIsAllOrNothing()
{
    const auto seeded = seedStandard();
    CHECK_OK(seeded);
    const QString before = dumpAll(*m_store);

    {
        // Abandoned without commit: rolled back.
        auto bulk = m_store->beginBulk(agent);
        CHECK_OK(bulk);
        const auto added = bulk.value()->putRecord(
            makeRecord(u"pr_new"_s, u"usd"_s, 100, AttemptOutcome::Guaranteed));
        CHECK_OK(added);
    }
    QCOMPARE(dumpAll(*m_store), before);
    QVERIFY(!inTransaction(*m_store));

    {
        // A bad record fails the batch; the good one before it goes too.
        auto bulk = m_store->beginBulk(agent);
        CHECK_OK(bulk);
        const auto good = bulk.value()->putRecord(
            makeRecord(u"pr_good"_s, u"usd"_s, 100, AttemptOutcome::Guaranteed));
        CHECK_OK(good);
        const auto bad = bulk.value()->putRecord(
            makeRecord(u"pr_bad"_s, u"USD"_s, 100, AttemptOutcome::Guaranteed));
        QVERIFY(!bad);
        // The schema's refusal is about the object, not the storage.
        QCOMPARE(kindName(bad.error().kind), kindName(ErrorKind::Rule));
        QVERIFY2(bad.error().message.contains(u"pr_bad"_s), qPrintable(bad.error().message));
    }
    QCOMPARE(dumpAll(*m_store), before);
    QCOMPARE(kindName(m_store->record(u"pr_good"_s).error().kind), kindName(ErrorKind::NotFound));
}

// ---------------------------------------------------------------------------------------
// Refunds

void tst_SqliteStore::createRefund_data()
{
    QTest::addColumn<RefundRequest>("request");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<RefundStatus>("status");
    QTest::addColumn<qint64>("refunded");
    QTest::addColumn<qint64>("reserved");
    QTest::addColumn<RecordState>("state");
    QTest::addColumn<QString>("attempt");

    const auto full = [](const QString &id) {
        RefundRequest r = refundOf(id, 0);
        r.full = true;
        return r;
    };
    const auto fullReported = [&](const QString &id, const QString &reference) {
        RefundRequest r = full(id);
        r.reported = true;
        r.refundReference = reference;
        return r;
    };
    RefundRequest upperCurrency = refundOf(u"pr_usd"_s, 100);
    upperCurrency.currency = u"USD"_s;

    QTest::newRow("partial usd") << refundOf(u"pr_usd"_s, 2500) << qint64(2500)
                                 << RefundStatus::Pending << qint64(0) << qint64(2500)
                                 << RecordState::RefundPending << u"par_usd"_s;
    QTest::newRow("one yen") << refundOf(u"pr_jpy"_s, 1) << qint64(1) << RefundStatus::Pending
                             << qint64(0) << qint64(1) << RecordState::RefundPending
                             << u"par_jpy"_s;
    QTest::newRow("partial kwd") << refundOf(u"pr_kwd"_s, 1234) << qint64(1234)
                                 << RefundStatus::Pending << qint64(0) << qint64(1234)
                                 << RecordState::RefundPending << u"par_kwd"_s;
    QTest::newRow("exactly the refundable amount")
        << refundOf(u"pr_usd"_s, 10000) << qint64(10000) << RefundStatus::Pending << qint64(0)
        << qint64(10000) << RecordState::RefundPending << u"par_usd"_s;
    QTest::newRow("currency named in upper case")
        << upperCurrency << qint64(100) << RefundStatus::Pending << qint64(0) << qint64(100)
        << RecordState::RefundPending << u"par_usd"_s;
    QTest::newRow("full usd") << full(u"pr_usd"_s) << qint64(10000) << RefundStatus::Pending
                              << qint64(0) << qint64(10000) << RecordState::RefundPending
                              << u"par_usd"_s;
    QTest::newRow("full kwd") << full(u"pr_kwd"_s) << qint64(5550) << RefundStatus::Pending
                              << qint64(0) << qint64(5550) << RecordState::RefundPending
                              << u"par_kwd"_s;
    QTest::newRow("full after a prior refund")
        << full(u"pr_prior"_s) << qint64(6000) << RefundStatus::Pending << qint64(4000)
        << qint64(6000) << RecordState::RefundPending << u"par_prior"_s;
    QTest::newRow("reported partial")
        << reportedRefundOf(u"pr_usd"_s, 2500, u"ch_ref_1"_s) << qint64(2500)
        << RefundStatus::Succeeded << qint64(2500) << qint64(0) << RecordState::PartiallyRefunded
        << u"par_usd"_s;
    QTest::newRow("reported full jpy")
        << fullReported(u"pr_jpy"_s, u"ch_ref_2"_s) << qint64(5000) << RefundStatus::Succeeded
        << qint64(5000) << qint64(0) << RecordState::Refunded << u"par_jpy"_s;
    QTest::newRow("reported rest after a prior refund")
        << reportedRefundOf(u"pr_prior"_s, 6000, u"ch_ref_3"_s) << qint64(6000)
        << RefundStatus::Succeeded << qint64(10000) << qint64(0) << RecordState::Refunded
        << u"par_prior"_s;
    QTest::newRow("retried payment, guaranteed attempt")
        << refundOf(u"pr_retried"_s, 1500) << qint64(1500) << RefundStatus::Pending << qint64(0)
        << qint64(1500) << RecordState::RefundPending << u"par_retried_2"_s;
}

void tst_SqliteStore::createRefund()
{
    QFETCH(RefundRequest, request);
    QFETCH(qint64, amount);
    QFETCH(RefundStatus, status);
    QFETCH(qint64, refunded);
    QFETCH(qint64, reserved);
    QFETCH(RecordState, state);
    QFETCH(QString, attempt);

    const auto seeded = seedStandard();
    CHECK_OK(seeded);
    const auto before = m_store->record(request.paymentRecordId);
    CHECK_OK(before);
    const qint64 events = eventCount(*m_store);

    const auto outcome = create(request);
    CHECK_OK(outcome);
    QVERIFY(!outcome->replayed);
    const Refund &refund = outcome->refund;
    QVERIFY2(refund.id.startsWith(u"re_"_s), qPrintable(refund.id));
    QCOMPARE(refund.paymentRecordId, request.paymentRecordId);
    QCOMPARE(refund.paymentAttemptId, attempt);
    QCOMPARE(refund.amount, amount);
    QCOMPARE(refund.currency, before->currency);
    QCOMPARE(toString(refund.status), toString(status));
    QCOMPARE(refund.refundReference, request.refundReference);
    QCOMPARE(refund.createdBy, agent.name);
    QCOMPARE(refund.created, nowSeconds);
    QCOMPARE(refund.initiatedAt, std::optional<qint64>(nowSeconds));
    QCOMPARE(refund.refundedAt.has_value(), request.reported);

    // What was returned is what was stored.
    const auto stored = m_store->refund(refund.id);
    CHECK_OK(stored);
    QCOMPARE(stored.value(), refund);
    const auto ofRecord = m_store->refundsOf(request.paymentRecordId);
    CHECK_OK(ofRecord);
    QCOMPARE(ofRecord->size(), 1);
    QCOMPARE(ofRecord->first(), refund);

    const auto after = m_store->record(request.paymentRecordId);
    CHECK_OK(after);
    QCOMPARE(after->amountRefunded, refunded);
    QCOMPARE(after->amountReserved, reserved);
    QCOMPARE(after->refundable(), before->refundable() - amount);
    QCOMPARE(toString(deriveRecordState(after.value())), toString(state));
    QCOMPARE(
        scalarText(*m_store, u"SELECT state FROM payment_records WHERE id = '%1'"_s.arg(after->id)),
        toString(state));

    QCOMPARE(eventCount(*m_store), events + 1);
    const auto history = m_store->history(request.paymentRecordId);
    CHECK_OK(history);
    const Event &event = history->last();
    QCOMPARE(event.action, u"refund.created"_s);
    QCOMPARE(event.entityType, u"refund"_s);
    QCOMPARE(event.entityId, refund.id);
    QCOMPARE(event.recordId, request.paymentRecordId);
    QCOMPARE(event.actor, agent.name);
    QCOMPARE(event.timeMs, nowSeconds * 1000);
    QVERIFY2(event.payload.contains("\"amount\":" + QByteArray::number(amount)), event.payload);
}

void tst_SqliteStore::refusedRefund_data()
{
    QTest::addColumn<RefundRequest>("request");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    const auto full = [](const QString &id) {
        RefundRequest r = refundOf(id, 0);
        r.full = true;
        return r;
    };
    RefundRequest euro = refundOf(u"pr_usd"_s, 100);
    euro.currency = u"eur"_s;
    RefundRequest early = refundOf(u"pr_usd"_s, 100);
    early.initiatedAt = baseTime - 1;

    QTest::newRow("over-refund usd")
        << refundOf(u"pr_usd"_s, 10001) << ErrorKind::Rule << u"amount"_s
        << u"Refund of $100.01 exceeds the $100.00 still refundable on pr_usd."_s;
    QTest::newRow("over-refund jpy")
        << refundOf(u"pr_jpy"_s, 5001) << ErrorKind::Rule << u"amount"_s
        << u"Refund of ¥5,001 exceeds the ¥5,000 still refundable on pr_jpy."_s;
    QTest::newRow("over-refund kwd")
        << refundOf(u"pr_kwd"_s, 5551) << ErrorKind::Rule << u"amount"_s
        << u"Refund of KWD 5.551 exceeds the KWD 5.550 still refundable on pr_kwd."_s;
    QTest::newRow("prior refund is not refundable again")
        << refundOf(u"pr_prior"_s, 6001) << ErrorKind::Rule << u"amount"_s
        << u"Refund of $60.01 exceeds the $60.00 still refundable on pr_prior."_s;
    QTest::newRow("over-refund reported")
        << reportedRefundOf(u"pr_usd"_s, 10001, u"ch_over"_s) << ErrorKind::Rule << u"amount"_s
        << u"Refund of $100.01 exceeds the $100.00 still refundable on pr_usd."_s;
    QTest::newRow("zero amount") << refundOf(u"pr_usd"_s, 0) << ErrorKind::Rule << u"amount"_s
                                 << u"Refund amount $0.00 must be greater than zero."_s;
    QTest::newRow("negative amount")
        << refundOf(u"pr_usd"_s, -100) << ErrorKind::Rule << u"amount"_s
        << u"Refund amount -$1.00 must be greater than zero."_s;
    QTest::newRow("failed payment")
        << refundOf(u"pr_failed"_s, 100) << ErrorKind::Rule << u"payment"_s
        << u"pr_failed cannot be refunded: the payment failed."_s;
    QTest::newRow("canceled payment")
        << refundOf(u"pr_canceled"_s, 100) << ErrorKind::Rule << u"payment"_s
        << u"pr_canceled cannot be refunded: the payment was canceled."_s;
    QTest::newRow("pending payment")
        << refundOf(u"pr_pending"_s, 100) << ErrorKind::Rule << u"payment"_s
        << u"pr_pending cannot be refunded: no payment attempt was ever guaranteed."_s;
    QTest::newRow("full refund of a failed payment")
        << full(u"pr_failed"_s) << ErrorKind::Rule << u"payment"_s
        << u"pr_failed cannot be refunded: the payment failed."_s;
    QTest::newRow("unknown payment")
        << refundOf(u"pr_missing"_s, 100) << ErrorKind::NotFound << u"payment"_s
        << u"No payment record pr_missing in :memory:."_s;
    QTest::newRow("currency differs")
        << euro << ErrorKind::Rule << u"currency"_s
        << u"Refund currency eur is not the currency of payment pr_usd (usd)."_s;
    QTest::newRow("reported without reference")
        << reportedRefundOf(u"pr_usd"_s, 100, QString()) << ErrorKind::Rule << u"refund_reference"_s
        << u"A refund reported as already refunded at the processor needs the processor's "
           "refund reference."_s;
    QTest::newRow("reported with a blank reference")
        << reportedRefundOf(u"pr_usd"_s, 100, u"   "_s) << ErrorKind::Rule << u"refund_reference"_s
        << u"A refund reported as already refunded at the processor needs the processor's "
           "refund reference."_s;
    QTest::newRow("initiated before the payment")
        << early << ErrorKind::Rule << u"initiated_at"_s
        << u"initiated_at 2023-11-14T22:13:19Z is before payment pr_usd was created at "
           "2023-11-14T22:13:20Z."_s;
}

void tst_SqliteStore::refusedRefund()
{
    QFETCH(RefundRequest, request);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, field);
    QFETCH(QString, message);

    const auto seeded = seedStandard();
    CHECK_OK(seeded);
    const QString before = dumpAll(*m_store);

    const auto refused = create(request);
    QVERIFY(!refused);
    QCOMPARE(refused.error().message, message);
    QCOMPARE(refused.error().field, field);
    QCOMPARE(kindName(refused.error().kind), kindName(kind));
    QCOMPARE(dumpAll(*m_store), before);
}

void tst_SqliteStore::refundsReserveAndSpendTheAmount()
{
    const auto seeded = seedStandard();
    CHECK_OK(seeded);
    const QString id = u"pr_usd"_s;
    // The record's amounts and both readings of its state, as one comparable line.
    const auto amounts = [&] {
        const auto r = m_store->record(id);
        if (!r)
            return r.error().message;
        return u"refunded %1 reserved %2 refundable %3 state %4 column %5"_s.arg(r->amountRefunded)
            .arg(r->amountReserved)
            .arg(r->refundable())
            .arg(toString(deriveRecordState(r.value())),
                 scalarText(*m_store, u"SELECT state FROM payment_records WHERE id = 'pr_usd'"_s));
    };
    const auto expect = [](qint64 refunded, qint64 reserved, RecordState state) {
        return u"refunded %1 reserved %2 refundable %3 state %4 column %4"_s.arg(refunded)
            .arg(reserved)
            .arg(10000 - refunded - reserved)
            .arg(toString(state));
    };
#define CHECK_AMOUNTS(refunded, reserved, state)                                                   \
    QCOMPARE(amounts(), expect(refunded, reserved, state))

    CHECK_AMOUNTS(0, 0, RecordState::Paid);
    const auto first = create(refundOf(id, 3000));
    CHECK_OK(first);
    CHECK_AMOUNTS(0, 3000, RecordState::RefundPending);
    const auto second = create(reportedRefundOf(id, 2000, u"ch_second"_s));
    CHECK_OK(second);
    CHECK_AMOUNTS(2000, 3000, RecordState::RefundPending);

    RefundRequest rest = refundOf(id, 0);
    rest.full = true;
    const auto third = create(rest);
    CHECK_OK(third);
    QCOMPARE(third->refund.amount, qint64(5000));
    CHECK_AMOUNTS(2000, 8000, RecordState::RefundPending);

    // Nothing is left: pending refunds hold their amounts back.
    const auto oneCent = create(refundOf(id, 1));
    QVERIFY(!oneCent);
    QCOMPARE(oneCent.error().message,
             u"Refund of $0.01 exceeds the $0.00 still refundable on pr_usd."_s);
    const auto fullAgain = create(rest);
    QVERIFY(!fullAgain);
    QCOMPARE(fullAgain.error().message,
             u"Nothing is left to refund on pr_usd: $100.00 of $100.00 is already refunded or "
             "reserved."_s);

    // pending → succeeded moves the amount from reserved to refunded.
    const auto done =
        m_store->changeRefundStatus(first->refund.id, changeTo(RefundStatus::Succeeded), agent);
    CHECK_OK(done);
    CHECK_AMOUNTS(5000, 5000, RecordState::RefundPending);
    // pending → canceled releases it.
    const auto canceled =
        m_store->changeRefundStatus(third->refund.id, changeTo(RefundStatus::Canceled), agent);
    CHECK_OK(canceled);
    CHECK_AMOUNTS(5000, 0, RecordState::PartiallyRefunded);
    // succeeded → failed gives it back.
    const auto failed = m_store->changeRefundStatus(
        second->refund.id, changeTo(RefundStatus::Failed, FailureReason::Declined), agent);
    CHECK_OK(failed);
    CHECK_AMOUNTS(3000, 0, RecordState::PartiallyRefunded);

    const auto last = create(refundOf(id, 7000));
    CHECK_OK(last);
    const auto lastDone =
        m_store->changeRefundStatus(last->refund.id, changeTo(RefundStatus::Succeeded), agent);
    CHECK_OK(lastDone);
    CHECK_AMOUNTS(10000, 0, RecordState::Refunded);
#undef CHECK_AMOUNTS

    const auto report = m_store->verify();
    CHECK_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
}

void tst_SqliteStore::duplicateReferenceRefused()
{
    const auto seeded = seedStandard();
    CHECK_OK(seeded);
    const auto first = create(reportedRefundOf(u"pr_usd"_s, 1000, u"ref_1"_s));
    CHECK_OK(first);
    const QString before = dumpAll(*m_store);

    // Unique across all refunds, whatever the record and however it is padded.
    for (const auto &[record, reference] :
         {std::pair {u"pr_usd"_s, u"ref_1"_s}, std::pair {u"pr_jpy"_s, u"ref_1"_s},
          std::pair {u"pr_kwd"_s, u"  ref_1 "_s}}) {
        const auto second = create(reportedRefundOf(record, 10, reference));
        QVERIFY(!second);
        QCOMPARE(second.error().field, u"refund_reference"_s);
        QCOMPARE(
            second.error().message,
            u"Refund reference \"ref_1\" is already used by refund %1."_s.arg(first->refund.id));
        QCOMPARE(dumpAll(*m_store), before);
    }
    const auto other = create(reportedRefundOf(u"pr_usd"_s, 1000, u"ref_2"_s));
    CHECK_OK(other);
}

void tst_SqliteStore::idempotency_data()
{
    QTest::addColumn<RefundRequest>("first");
    QTest::addColumn<RefundRequest>("second");
    QTest::addColumn<bool>("replayed");

    const auto keyed = [](RefundRequest r) {
        r.idempotencyKey = u"key-123"_s;
        return r;
    };
    const RefundRequest base = keyed(refundOf(u"pr_usd"_s, 2500));
    RefundRequest full = keyed(refundOf(u"pr_usd"_s, 0));
    full.full = true;
    RefundRequest otherReason = base;
    otherReason.reason = RefundReason::Duplicate;
    RefundRequest otherNote = base;
    otherNote.note = u"customer called"_s;
    RefundRequest otherMetadata = base;
    otherMetadata.metadata.insert(u"ticket"_s, u"T-1"_s);
    RefundRequest withReason = base;
    withReason.reason = RefundReason::RequestedByCustomer;
    withReason.note = u"n"_s;

    QTest::newRow("same request") << base << base << true;
    QTest::newRow("same full request") << full << full << true;
    QTest::newRow("same request with reason and note") << withReason << withReason << true;
    QTest::newRow("reported, same")
        << keyed(reportedRefundOf(u"pr_usd"_s, 2500, u"ref_k"_s))
        << keyed(reportedRefundOf(u"pr_usd"_s, 2500, u"ref_k"_s)) << true;
    QTest::newRow("different amount") << base << keyed(refundOf(u"pr_usd"_s, 2600)) << false;
    QTest::newRow("different payment") << base << keyed(refundOf(u"pr_kwd"_s, 2500)) << false;
    QTest::newRow("full, then the same amount explicitly")
        << full << keyed(refundOf(u"pr_usd"_s, 10000)) << false;
    QTest::newRow("different reason") << base << otherReason << false;
    QTest::newRow("different note") << base << otherNote << false;
    QTest::newRow("different metadata") << base << otherMetadata << false;
    QTest::newRow("now reported") << base << keyed(reportedRefundOf(u"pr_usd"_s, 2500, u"r"_s))
                                  << false;
}

void tst_SqliteStore::idempotency()
{
    QFETCH(RefundRequest, first);
    QFETCH(RefundRequest, second);
    QFETCH(bool, replayed);

    const auto seeded = seedStandard();
    CHECK_OK(seeded);
    const auto original = create(first);
    CHECK_OK(original);
    QVERIFY(!original->replayed);
    QCOMPARE(original->refund.idempotencyKey, u"key-123"_s);
    const QString before = dumpAll(*m_store);
    const qint64 events = eventCount(*m_store);

    const auto retry = create(second);
    // Nothing new is written either way.
    QCOMPARE(dumpAll(*m_store), before);
    QCOMPARE(eventCount(*m_store), events);
    QCOMPARE(refundCount(*m_store), qint64(1));
    if (replayed) {
        CHECK_OK(retry);
        QVERIFY(retry->replayed);
        QCOMPARE(retry->refund, original->refund);
    } else {
        QVERIFY(!retry);
        QCOMPARE(kindName(retry.error().kind), kindName(ErrorKind::Rule));
        QCOMPARE(retry.error().field, u"idempotency_key"_s);
        QCOMPARE(retry.error().message,
                 u"Idempotency key \"key-123\" was already used for refund %1 with different "
                 "parameters; use a new key for a new refund."_s.arg(original->refund.id));
    }

    // A new key is a new refund.
    RefundRequest fresh = refundOf(u"pr_usd"_s, 100);
    fresh.idempotencyKey = u"key-456"_s;
    const auto another = create(fresh);
    if (original->refund.amount + 100 <= 10000) {
        CHECK_OK(another);
        QVERIFY(!another->replayed);
        QVERIFY(another->refund.id != original->refund.id);
    } else {
        QVERIFY(!another);
        QCOMPARE(another.error().field, u"amount"_s);
    }
}

void tst_SqliteStore::changeRefundStatus_data()
{
    QTest::addColumn<RefundStatus>("from");
    QTest::addColumn<StatusChange>("change");
    QTest::addColumn<QString>("errorField"); // empty: the change must succeed
    QTest::addColumn<qint64>("refunded");
    QTest::addColumn<qint64>("reserved");

    using S = RefundStatus;
    const auto to = [](S status, FailureReason failure = FailureReason::None,
                       PendingReason pending = PendingReason::None) {
        StatusChange c = changeTo(status, failure);
        c.pendingReason = pending;
        return c;
    };
    const FailureReason declined = FailureReason::Declined;
    const qint64 a = 2000;

    QTest::newRow("pending -> succeeded")
        << S::Pending << to(S::Succeeded) << QString() << a << qint64(0);
    QTest::newRow("pending -> failed")
        << S::Pending << to(S::Failed, declined) << QString() << qint64(0) << qint64(0);
    QTest::newRow("pending -> canceled")
        << S::Pending << to(S::Canceled) << QString() << qint64(0) << qint64(0);
    QTest::newRow("pending -> requires_action")
        << S::Pending << to(S::RequiresAction) << QString() << qint64(0) << a;
    QTest::newRow("requires_action -> pending")
        << S::RequiresAction << to(S::Pending) << QString() << qint64(0) << a;
    QTest::newRow("requires_action -> pending, processing")
        << S::RequiresAction << to(S::Pending, FailureReason::None, PendingReason::Processing)
        << QString() << qint64(0) << a;
    QTest::newRow("requires_action -> succeeded")
        << S::RequiresAction << to(S::Succeeded) << QString() << a << qint64(0);
    QTest::newRow("requires_action -> failed")
        << S::RequiresAction << to(S::Failed, FailureReason::InsufficientFunds) << QString()
        << qint64(0) << qint64(0);
    QTest::newRow("requires_action -> canceled")
        << S::RequiresAction << to(S::Canceled) << QString() << qint64(0) << qint64(0);
    QTest::newRow("succeeded -> failed gives it back")
        << S::Succeeded << to(S::Failed, FailureReason::ExpiredOrCanceledCard) << QString()
        << qint64(0) << qint64(0);

    // Refused: the amounts stay where the starting status put them.
    QTest::newRow("failed needs failure_reason")
        << S::Pending << to(S::Failed) << u"failure_reason"_s << qint64(0) << a;
    QTest::newRow("succeeded -> failed needs failure_reason")
        << S::Succeeded << to(S::Failed) << u"failure_reason"_s << a << qint64(0);
    QTest::newRow("failure_reason when succeeding")
        << S::Pending << to(S::Succeeded, declined) << u"failure_reason"_s << qint64(0) << a;
    QTest::newRow("pending_reason when canceling")
        << S::Pending << to(S::Canceled, FailureReason::None, PendingReason::Processing)
        << u"pending_reason"_s << qint64(0) << a;
    QTest::newRow("pending -> pending")
        << S::Pending << to(S::Pending) << u"status"_s << qint64(0) << a;
    QTest::newRow("succeeded -> pending")
        << S::Succeeded << to(S::Pending) << u"status"_s << a << qint64(0);
    QTest::newRow("succeeded -> canceled")
        << S::Succeeded << to(S::Canceled) << u"status"_s << a << qint64(0);
    QTest::newRow("succeeded -> requires_action")
        << S::Succeeded << to(S::RequiresAction) << u"status"_s << a << qint64(0);
    QTest::newRow("failed -> succeeded")
        << S::Failed << to(S::Succeeded) << u"status"_s << qint64(0) << qint64(0);
    QTest::newRow("failed -> pending")
        << S::Failed << to(S::Pending) << u"status"_s << qint64(0) << qint64(0);
    QTest::newRow("canceled -> pending")
        << S::Canceled << to(S::Pending) << u"status"_s << qint64(0) << qint64(0);
    QTest::newRow("canceled -> succeeded")
        << S::Canceled << to(S::Succeeded) << u"status"_s << qint64(0) << qint64(0);
    QTest::newRow("pending -> awaiting_approval")
        << S::Pending << to(S::AwaitingApproval) << u"status"_s << qint64(0) << a;
}

void tst_SqliteStore::changeRefundStatus()
{
    QFETCH(RefundStatus, from);
    QFETCH(StatusChange, change);
    QFETCH(QString, errorField);
    QFETCH(qint64, refunded);
    QFETCH(qint64, reserved);

    const auto seeded = seedStandard();
    CHECK_OK(seeded);
    const bool reported = from == RefundStatus::Succeeded;
    const auto created = create(reported ? reportedRefundOf(u"pr_usd"_s, 2000, u"ref_s"_s)
                                         : refundOf(u"pr_usd"_s, 2000));
    CHECK_OK(created);
    const QString id = created->refund.id;
    if (from == RefundStatus::RequiresAction || from == RefundStatus::Failed
        || from == RefundStatus::Canceled) {
        const auto moved = m_store->changeRefundStatus(
            id,
            changeTo(from,
                     from == RefundStatus::Failed ? FailureReason::Unknown : FailureReason::None),
            agent);
        CHECK_OK(moved);
    }
    QCOMPARE(toString(m_store->refund(id)->status), toString(from));
    const qint64 events = eventCount(*m_store);
    const QString before = dumpAll(*m_store);

    const auto changed = m_store->changeRefundStatus(id, change, agent);
    const auto record = m_store->record(u"pr_usd"_s);
    CHECK_OK(record);
    QCOMPARE(record->amountRefunded, refunded);
    QCOMPARE(record->amountReserved, reserved);

    if (!errorField.isEmpty()) {
        QVERIFY(!changed);
        QCOMPARE(kindName(changed.error().kind), kindName(ErrorKind::Rule));
        QCOMPARE(changed.error().field, errorField);
        // A refused transition names the refund and both statuses; a refused reason names
        // the field.
        const QString message = changed.error().message;
        if (errorField == u"status"_s) {
            QCOMPARE(message.left(message.indexOf(u'.') + 1),
                     u"Refund %1 cannot change from %2 to %3."_s.arg(id, toString(from),
                                                                     toString(change.to)));
        } else {
            QVERIFY2(message.contains(errorField), qPrintable(message));
        }
        QCOMPARE(dumpAll(*m_store), before);
        return;
    }
    CHECK_OK(changed);
    QCOMPARE(toString(changed->status), toString(change.to));
    QCOMPARE(toString(changed->failureReason), toString(change.failureReason));
    QCOMPARE(toString(changed->pendingReason), toString(change.pendingReason));
    QCOMPARE(changed->amount, qint64(2000));
    QCOMPARE(changed->updated, nowSeconds);
    if (change.to == RefundStatus::Succeeded)
        QCOMPARE(changed->refundedAt, std::optional<qint64>(nowSeconds));
    const auto stored = m_store->refund(id);
    CHECK_OK(stored);
    QCOMPARE(stored.value(), changed.value());

    QCOMPARE(eventCount(*m_store), events + 1);
    const auto history = m_store->history(u"pr_usd"_s);
    CHECK_OK(history);
    const Event &event = history->last();
    QCOMPARE(event.action, u"refund.status_changed"_s);
    QCOMPARE(event.entityId, id);
    QCOMPARE(event.actor, agent.name);
    QVERIFY2(event.payload.contains("\"from\":\"" + toString(from).toUtf8() + "\""), event.payload);
    QVERIFY2(event.payload.contains("\"to\":\"" + toString(change.to).toUtf8() + "\""),
             event.payload);

    const auto report = m_store->verify();
    CHECK_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
}

void tst_SqliteStore::statusChangeReferences()
{
    const auto seeded = seedStandard();
    CHECK_OK(seeded);
    const auto pending = create(refundOf(u"pr_usd"_s, 1000));
    CHECK_OK(pending);
    const auto reported = create(reportedRefundOf(u"pr_jpy"_s, 100, u"ref_taken"_s));
    CHECK_OK(reported);
    const QString before = dumpAll(*m_store);

    // Another refund's reference is refused, naming that refund.
    StatusChange change = changeTo(RefundStatus::Succeeded);
    change.refundReference = u" ref_taken "_s;
    const auto taken = m_store->changeRefundStatus(pending->refund.id, change, agent);
    QVERIFY(!taken);
    QCOMPARE(taken.error().field, u"refund_reference"_s);
    QCOMPARE(
        taken.error().message,
        u"Refund reference \"ref_taken\" is already used by refund %1."_s.arg(reported->refund.id));
    QCOMPARE(dumpAll(*m_store), before);

    // A free reference is set with the change.
    change.refundReference = u"ref_new"_s;
    const auto set = m_store->changeRefundStatus(pending->refund.id, change, agent);
    CHECK_OK(set);
    QCOMPARE(set->refundReference, u"ref_new"_s);
    QCOMPARE(m_store->refund(pending->refund.id)->refundReference, u"ref_new"_s);

    // Confirming the same reference is fine; replacing it is not.
    StatusChange fail = changeTo(RefundStatus::Failed, FailureReason::Declined);
    fail.refundReference = u"ref_other"_s;
    const QString beforeReplace = dumpAll(*m_store);
    const auto replaced = m_store->changeRefundStatus(pending->refund.id, fail, agent);
    QVERIFY(!replaced);
    QCOMPARE(replaced.error().field, u"refund_reference"_s);
    QCOMPARE(replaced.error().message,
             u"Refund %1 already has the reference \"ref_new\"; it cannot change to "
             "\"ref_other\"."_s.arg(pending->refund.id));
    QCOMPARE(dumpAll(*m_store), beforeReplace);
    fail.refundReference = u"ref_new"_s;
    const auto confirmed = m_store->changeRefundStatus(pending->refund.id, fail, agent);
    CHECK_OK(confirmed);
    QCOMPARE(confirmed->refundReference, u"ref_new"_s);

    // The new reference is searchable and unique from now on.
    RecordQuery query;
    query.search = u"ref_new"_s;
    const auto found = m_store->listRecords(query);
    CHECK_OK(found);
    QCOMPARE(idsOf(found->rows), QStringList {u"pr_usd"_s});
    const auto clash = create(reportedRefundOf(u"pr_kwd"_s, 10, u"ref_new"_s));
    QVERIFY(!clash);
    QCOMPARE(clash.error().field, u"refund_reference"_s);
}

void tst_SqliteStore::unknownRefundNotFound()
{
    const auto seeded = seedStandard();
    CHECK_OK(seeded);
    const QString before = dumpAll(*m_store);
    const auto changed =
        m_store->changeRefundStatus(u"re_missing"_s, changeTo(RefundStatus::Succeeded), agent);
    QVERIFY(!changed);
    QCOMPARE(kindName(changed.error().kind), kindName(ErrorKind::NotFound));
    QVERIFY2(changed.error().message.contains(u"re_missing"_s),
             qPrintable(changed.error().message));
    QCOMPARE(kindName(m_store->refund(u"re_missing"_s).error().kind),
             kindName(ErrorKind::NotFound));
    QCOMPARE(dumpAll(*m_store), before);
}

void tst_SqliteStore::historyListsEventsInOrder()
{
    const auto seeded = seedStandard();
    CHECK_OK(seeded);
    const auto first = create(refundOf(u"pr_usd"_s, 1000));
    CHECK_OK(first);
    const auto elsewhere = create(refundOf(u"pr_jpy"_s, 100));
    CHECK_OK(elsewhere);
    const auto actionNeeded = m_store->changeRefundStatus(
        first->refund.id, changeTo(RefundStatus::RequiresAction), Actor {u"processor"_s});
    CHECK_OK(actionNeeded);
    const auto second = create(reportedRefundOf(u"pr_usd"_s, 500, u"ref_h"_s));
    CHECK_OK(second);
    const auto done =
        m_store->changeRefundStatus(first->refund.id, changeTo(RefundStatus::Succeeded), agent);
    CHECK_OK(done);

    const auto history = m_store->history(u"pr_usd"_s);
    CHECK_OK(history);
    QStringList steps;
    for (const Event &e : history.value())
        steps << u"%1 %2 %3 %4"_s.arg(e.seq).arg(e.action, e.entityId, e.actor);
    const QStringList expected {
        u"2 import batch_1_8 importer"_s,
        u"3 refund.created %1 %2"_s.arg(first->refund.id, agent.name),
        u"5 refund.status_changed %1 processor"_s.arg(first->refund.id),
        u"6 refund.created %1 %2"_s.arg(second->refund.id, agent.name),
        u"7 refund.status_changed %1 %2"_s.arg(first->refund.id, agent.name),
    };
    QCOMPARE(steps, expected);
    // Consecutive events of one record are chained through the events in between.
    // The batch follows the prior-refund note of another record, so it links to that one.
    QCOMPARE(history->at(0).prevHash.size(), 64);
    QVERIFY(history->at(0).prevHash != QByteArray(64, '0'));

    const auto other = m_store->history(u"pr_jpy"_s);
    CHECK_OK(other);
    QCOMPARE(other->size(), 2);
    QCOMPARE(other->at(1).entityId, elsewhere->refund.id);
    const auto none = m_store->history(u"pr_missing"_s);
    CHECK_OK(none);
    QVERIFY(none->isEmpty());
}

void tst_SqliteStore::concurrentWritersCannotOverRefund()
{
    // Several connections to one file race for the same payment; BEGIN IMMEDIATE and the
    // database's CHECK keep the total within what was guaranteed.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"shared.sqlite"_s);
    {
        auto store = openStore(path);
        QVERIFY(store);
        const auto seeded = seed(*store, standardSeed());
        CHECK_OK(seeded);
    }
    constexpr int writers = 4;
    constexpr int attemptsEach = 6;
    std::atomic<int> created {0}, refused {0};
    QStringList unexpected;
    std::mutex unexpectedMutex;
    std::vector<std::thread> threads;
    for (int w = 0; w < writers; ++w) {
        threads.emplace_back([&, w] {
            auto opened = SqliteStore::open(path);
            if (!opened) {
                const std::lock_guard lock(unexpectedMutex);
                unexpected << opened.error().message;
                return;
            }
            for (int i = 0; i < attemptsEach; ++i) {
                const auto r = opened.value()->createRefund(refundOf(u"pr_usd"_s, 1000),
                                                            Actor {u"writer %1"_s.arg(w)});
                if (r) {
                    ++created;
                } else if (r.error().field == u"amount"_s) {
                    ++refused;
                } else {
                    const std::lock_guard lock(unexpectedMutex);
                    unexpected << r.error().message;
                }
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n')));
    QCOMPARE(created.load(), 10);
    QCOMPARE(refused.load(), writers * attemptsEach - 10);

    auto store = openStore(path);
    QVERIFY(store);
    const auto record = store->record(u"pr_usd"_s);
    CHECK_OK(record);
    QCOMPARE(record->amountReserved, qint64(10000));
    const auto report = store->verify();
    CHECK_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
    QCOMPARE(report->eventsChecked, qint64(12));
}

// ---------------------------------------------------------------------------------------
// The database's own refusals, with the domain layer bypassed

void tst_SqliteStore::constraints_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("error"); // a fragment of SQLite's message

    // {succeeded}, {pending}, {failed} and {canceled} are the fixture's refund ids.
    const QString insertRefund =
        u"INSERT INTO refunds(id, payment_record_id, amount, currency, status, failure_reason, "
        "pending_reason, reason, refund_reference, idempotency_key, initiated_at, refunded_at, "
        "created, updated, created_by) VALUES "_s;
    const auto refund = [&](const QString &values) {
        return insertRefund + values;
    };
    const QString insertRecord =
        u"INSERT INTO payment_records(id, currency, amount_requested, amount_guaranteed, "
        "card_last4, livemode, created) VALUES "_s;
    const QString check = u"CHECK constraint failed"_s;
    // The trigger that keeps a new refund within what is still refundable speaks first.
    const QString refundable = u"a refund must not exceed what is still refundable"_s;
    const QString unique = u"UNIQUE constraint failed"_s;
    const QString transition = u"this refund status transition is not allowed"_s;
    const QString immutable = u"a refund's payment, amount and currency never change"_s;

    QTest::newRow("negative amount")
        << refund(u"('re_x', 'pr_usd', -100, 'usd', 'succeeded', NULL, NULL, NULL, NULL, NULL, "
                  "NULL, NULL, 1, 1, 'sql')"_s)
        << check;
    QTest::newRow("zero amount") << refund(
        u"('re_x', 'pr_usd', 0, 'usd', 'pending', NULL, NULL, NULL, NULL, NULL, NULL, "
        "NULL, 1, 1, 'sql')"_s) << check;
    QTest::newRow("fractional amount")
        << refund(u"('re_x', 'pr_usd', 10.5, 'usd', 'pending', NULL, NULL, NULL, NULL, NULL, "
                  "NULL, NULL, 1, 1, 'sql')"_s)
        << check;
    QTest::newRow("unknown status")
        << refund(u"('re_x', 'pr_usd', 100, 'usd', 'refunded', NULL, NULL, NULL, NULL, NULL, "
                  "NULL, NULL, 1, 1, 'sql')"_s)
        << check;
    QTest::newRow("failed without failure_reason")
        << refund(u"('re_x', 'pr_usd', 100, 'usd', 'failed', NULL, NULL, NULL, NULL, NULL, NULL, "
                  "NULL, 1, 1, 'sql')"_s)
        << check;
    QTest::newRow("failure_reason on a succeeded refund")
        << refund(u"('re_x', 'pr_usd', 100, 'usd', 'succeeded', 'declined', NULL, NULL, NULL, "
                  "NULL, NULL, NULL, 1, 1, 'sql')"_s)
        << check;
    QTest::newRow("unknown failure_reason")
        << refund(u"('re_x', 'pr_usd', 100, 'usd', 'failed', 'bad_luck', NULL, NULL, NULL, NULL, "
                  "NULL, NULL, 1, 1, 'sql')"_s)
        << check;
    QTest::newRow("pending_reason on a succeeded refund")
        << refund(u"('re_x', 'pr_usd', 100, 'usd', 'succeeded', NULL, 'processing', NULL, NULL, "
                  "NULL, NULL, NULL, 1, 1, 'sql')"_s)
        << check;
    QTest::newRow("pending_reason set on a succeeded refund")
        << u"UPDATE refunds SET pending_reason = 'processing' WHERE id = '{succeeded}'"_s << check;
    QTest::newRow("unknown reason")
        << refund(u"('re_x', 'pr_usd', 100, 'usd', 'pending', NULL, NULL, 'other', NULL, NULL, "
                  "NULL, NULL, 1, 1, 'sql')"_s)
        << check;
    QTest::newRow("refunded_at before initiated_at")
        << refund(u"('re_x', 'pr_usd', 100, 'usd', 'succeeded', NULL, NULL, NULL, NULL, NULL, "
                  "200, 100, 1, 1, 'sql')"_s)
        << check;
    QTest::newRow("currency differs from the payment's")
        << refund(u"('re_x', 'pr_usd', 100, 'eur', 'pending', NULL, NULL, NULL, NULL, NULL, NULL, "
                  "NULL, 1, 1, 'sql')"_s)
        << u"a refund's currency must be its payment's currency"_s;
    QTest::newRow("refund currency in upper case")
        << refund(u"('re_x', 'pr_usd', 100, 'USD', 'pending', NULL, NULL, NULL, NULL, NULL, NULL, "
                  "NULL, 1, 1, 'sql')"_s)
        << u"a refund's currency must be its payment's currency"_s;
    QTest::newRow("refund of an unknown payment")
        << refund(u"('re_x', 'pr_missing', 100, 'usd', 'pending', NULL, NULL, NULL, NULL, NULL, "
                  "NULL, NULL, 1, 1, 'sql')"_s)
        << QString();
    QTest::newRow("succeeded refund beyond guaranteed")
        << refund(u"('re_x', 'pr_usd', 6001, 'usd', 'succeeded', NULL, NULL, NULL, NULL, NULL, "
                  "NULL, NULL, 1, 1, 'sql')"_s)
        << refundable;
    QTest::newRow("huge succeeded refund")
        << refund(u"('re_x', 'pr_usd', 999999999, 'usd', 'succeeded', NULL, NULL, NULL, NULL, "
                  "NULL, NULL, NULL, 1, 1, 'sql')"_s)
        << refundable;
    QTest::newRow("pending refund beyond guaranteed")
        << refund(u"('re_x', 'pr_usd', 6001, 'usd', 'pending', NULL, NULL, NULL, NULL, NULL, "
                  "NULL, NULL, 1, 1, 'sql')"_s)
        << refundable;
    QTest::newRow("succeeded refund of a failed payment")
        << refund(u"('re_x', 'pr_failed', 100, 'usd', 'succeeded', NULL, NULL, NULL, NULL, NULL, "
                  "NULL, NULL, 1, 1, 'sql')"_s)
        << refundable;
    QTest::newRow("refund beyond what is left after a prior refund")
        << refund(u"('re_x', 'pr_prior', 6001, 'usd', 'succeeded', NULL, NULL, NULL, NULL, NULL, "
                  "NULL, NULL, 1, 1, 'sql')"_s)
        << refundable;
    QTest::newRow("duplicate refund_reference")
        << refund(u"('re_x', 'pr_jpy', 1, 'jpy', 'succeeded', NULL, NULL, NULL, 'ref_ok', NULL, "
                  "NULL, NULL, 1, 1, 'sql')"_s)
        << u"UNIQUE constraint failed: refunds.refund_reference"_s;
    QTest::newRow("duplicate idempotency_key")
        << refund(u"('re_x', 'pr_jpy', 1, 'jpy', 'pending', NULL, NULL, NULL, NULL, 'key_ok', "
                  "NULL, NULL, 1, 1, 'sql')"_s)
        << u"UNIQUE constraint failed: refunds.idempotency_key"_s;
    QTest::newRow("duplicate refund id")
        << refund(u"('{pending}', 'pr_jpy', 1, 'jpy', 'pending', NULL, NULL, NULL, NULL, NULL, "
                  "NULL, NULL, 1, 1, 'sql')"_s)
        << u"UNIQUE constraint failed: refunds.id"_s;
    QTest::newRow("reference taken by update")
        << u"UPDATE refunds SET refund_reference = 'ref_ok' WHERE id = '{pending}'"_s << unique;
    QTest::newRow("failed -> succeeded")
        << u"UPDATE refunds SET status = 'succeeded', failure_reason = NULL "
           "WHERE id = '{failed}'"_s
        << transition;
    QTest::newRow("canceled -> pending")
        << u"UPDATE refunds SET status = 'pending' WHERE id = '{canceled}'"_s << transition;
    QTest::newRow("succeeded -> pending")
        << u"UPDATE refunds SET status = 'pending' WHERE id = '{succeeded}'"_s << transition;
    QTest::newRow("succeeded -> canceled")
        << u"UPDATE refunds SET status = 'canceled' WHERE id = '{succeeded}'"_s << transition;
    QTest::newRow("every refund at once -> succeeded")
        << u"UPDATE refunds SET status = 'succeeded', failure_reason = NULL"_s << transition;
    QTest::newRow("refund amount updated")
        << u"UPDATE refunds SET amount = 1 WHERE id = '{succeeded}'"_s << immutable;
    QTest::newRow("pending refund amount raised")
        << u"UPDATE refunds SET amount = 6000 WHERE id = '{pending}'"_s << immutable;
    QTest::newRow("refund moved to another payment")
        << u"UPDATE refunds SET payment_record_id = 'pr_prior' WHERE id = '{succeeded}'"_s
        << immutable;
    QTest::newRow("refund currency updated")
        << u"UPDATE refunds SET currency = 'eur' WHERE id = '{succeeded}'"_s << immutable;
    QTest::newRow("refund deleted")
        << u"DELETE FROM refunds WHERE id = '{failed}'"_s << u"refunds are never deleted"_s;
    QTest::newRow("event payload updated")
        << u"UPDATE events SET payload = '{}' WHERE seq = 2"_s
        << u"events are append-only: an event cannot be changed"_s;
    QTest::newRow("event actor updated") << u"UPDATE events SET actor = 'mallory' WHERE seq = 1"_s
                                         << u"events are append-only: an event cannot be changed"_s;
    QTest::newRow("event deleted") << u"DELETE FROM events WHERE seq = 2"_s
                                   << u"events are append-only: an event cannot be deleted"_s;
    QTest::newRow("event log emptied")
        << u"DELETE FROM events"_s << u"events are append-only: an event cannot be deleted"_s;
    QTest::newRow("payment record deleted")
        << u"DELETE FROM payment_records WHERE id = 'pr_pending'"_s
        << u"payment records are never deleted"_s;
    QTest::newRow("second guaranteed attempt")
        << u"INSERT INTO payment_attempts(id, payment_record_id, outcome, currency, "
           "amount_guaranteed, created) VALUES ('par_x', 'pr_usd', 'guaranteed', 'usd', 100, 1)"_s
        << u"UNIQUE constraint failed: payment_attempts.payment_record_id"_s;
    QTest::newRow("attempt turned guaranteed")
        << u"UPDATE payment_attempts SET outcome = 'guaranteed' WHERE id = 'par_retried_1'"_s
        << u"UNIQUE constraint failed: payment_attempts.payment_record_id"_s;
    QTest::newRow("attempt of an unknown payment")
        << u"INSERT INTO payment_attempts(id, payment_record_id, outcome, currency, created) "
           "VALUES ('par_x', 'pr_missing', 'failed', 'usd', 1)"_s
        << u"FOREIGN KEY constraint failed"_s;
    QTest::newRow("unknown attempt outcome")
        << u"INSERT INTO payment_attempts(id, payment_record_id, outcome, currency, created) "
           "VALUES ('par_x', 'pr_usd', 'refunded', 'usd', 1)"_s
        << check;
    QTest::newRow("record currency in upper case")
        << insertRecord + u"('pr_x', 'USD', 100, 100, NULL, 0, 1)"_s << check;
    QTest::newRow("record currency of four letters")
        << insertRecord + u"('pr_x', 'usdt', 100, 100, NULL, 0, 1)"_s << check;
    QTest::newRow("record currency changed to upper case")
        << u"UPDATE payment_records SET currency = 'USD' WHERE id = 'pr_pending'"_s << check;
    QTest::newRow("card_last4 of 5 characters")
        << insertRecord + u"('pr_x', 'usd', 100, 100, '42424', 0, 1)"_s << check;
    QTest::newRow("card_last4 of 3 characters")
        << u"UPDATE payment_records SET card_last4 = '424' WHERE id = 'pr_usd'"_s << check;
    QTest::newRow("negative requested amount")
        << insertRecord + u"('pr_x', 'usd', -1, 0, NULL, 0, 1)"_s << check;
    QTest::newRow("livemode 2") << insertRecord + u"('pr_x', 'usd', 1, 0, NULL, 2, 1)"_s << check;
    QTest::newRow("duplicate record id") << insertRecord + u"('pr_usd', 'usd', 1, 0, NULL, 0, 1)"_s
                                         << u"UNIQUE constraint failed: payment_records.id"_s;
    QTest::newRow("record refunded beyond guaranteed")
        << u"UPDATE payment_records SET amount_refunded = 20000 WHERE id = 'pr_usd'"_s << check;
    QTest::newRow("guaranteed lowered below the refunds")
        << u"UPDATE payment_records SET amount_guaranteed = 3999 WHERE id = 'pr_usd'"_s << check;
    QTest::newRow("refunded below the prior refund")
        << u"UPDATE payment_records SET amount_refunded = 100 WHERE id = 'pr_prior'"_s << check;
    QTest::newRow("negative reserved amount")
        << u"UPDATE payment_records SET amount_reserved = -1 WHERE id = 'pr_jpy'"_s << check;
}

void tst_SqliteStore::constraints()
{
    QFETCH(QString, sql);
    QFETCH(QString, error);

    // The fixture: on pr_usd (100.00) 30.00 succeeded, 10.00 pending, and a failed and a
    // canceled refund of 5.00 each.
    const auto seeded = seedStandard();
    CHECK_OK(seeded);
    RefundRequest first = reportedRefundOf(u"pr_usd"_s, 3000, u"ref_ok"_s);
    first.idempotencyKey = u"key_ok"_s;
    const auto succeeded = create(first);
    CHECK_OK(succeeded);
    const auto pending = create(refundOf(u"pr_usd"_s, 1000));
    CHECK_OK(pending);
    const auto failed = create(refundOf(u"pr_usd"_s, 500));
    CHECK_OK(failed);
    const auto failing = m_store->changeRefundStatus(
        failed->refund.id, changeTo(RefundStatus::Failed, FailureReason::Declined), agent);
    CHECK_OK(failing);
    const auto canceled = create(refundOf(u"pr_usd"_s, 500));
    CHECK_OK(canceled);
    const auto canceling =
        m_store->changeRefundStatus(canceled->refund.id, changeTo(RefundStatus::Canceled), agent);
    CHECK_OK(canceling);

    sql.replace(u"{succeeded}"_s, succeeded->refund.id)
        .replace(u"{pending}"_s, pending->refund.id)
        .replace(u"{failed}"_s, failed->refund.id)
        .replace(u"{canceled}"_s, canceled->refund.id);
    const QString before = dumpAll(*m_store);

    const bool accepted = m_store->connection().exec(sql.toUtf8().constData());
    QVERIFY2(!accepted, qPrintable(u"accepted: "_s + sql));
    const QString message = m_store->connection().lastError();
    QVERIFY2(message.contains(error), qPrintable(message));

    QVERIFY(!inTransaction(*m_store));
    QCOMPARE(dumpAll(*m_store), before);
    const auto record = m_store->record(u"pr_usd"_s);
    CHECK_OK(record);
    QCOMPARE(record->amountRefunded, qint64(3000));
    QCOMPARE(record->amountReserved, qint64(1000));
    QCOMPARE(record->refundable(), qint64(6000));
    const auto report = m_store->verify();
    CHECK_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
}

// ---------------------------------------------------------------------------------------
// The derived state

void tst_SqliteStore::derivedState_data()
{
    QTest::addColumn<qint64>("guaranteed");
    QTest::addColumn<qint64>("failed");
    QTest::addColumn<qint64>("canceled");
    QTest::addColumn<qint64>("prior");
    QTest::addColumn<qint64>("succeededRefund");
    QTest::addColumn<qint64>("pendingRefund");
    QTest::addColumn<RefundStatus>("pendingStatus");
    QTest::addColumn<RecordState>("state");

    using S = RecordState;
    const auto row = [&](const char *name, qint64 guaranteed, qint64 failed, qint64 canceled,
                         qint64 prior, qint64 succeeded, qint64 held, RecordState state,
                         RefundStatus holding = RefundStatus::Pending) {
        QTest::newRow(name) << guaranteed << failed << canceled << prior << succeeded << held
                            << holding << state;
    };
    row("pending", 0, 0, 0, 0, 0, 0, S::Pending);
    row("paid", 1000, 0, 0, 0, 0, 0, S::Paid);
    row("paid after a failed attempt", 1000, 1000, 0, 0, 0, 0, S::Paid);
    row("paid after a canceled attempt", 1000, 0, 1000, 0, 0, 0, S::Paid);
    row("partially refunded", 1000, 0, 0, 0, 400, 0, S::PartiallyRefunded);
    row("refunded", 1000, 0, 0, 0, 1000, 0, S::Refunded);
    row("refunded in one cent less", 1000, 0, 0, 0, 999, 0, S::PartiallyRefunded);
    row("refund pending", 1000, 0, 0, 0, 0, 300, S::RefundPending);
    row("refund pending of everything", 1000, 0, 0, 0, 0, 1000, S::RefundPending);
    row("refund pending after a partial refund", 1000, 0, 0, 0, 200, 300, S::RefundPending);
    row("refund requires action", 1000, 0, 0, 0, 0, 300, S::RefundPending,
        RefundStatus::RequiresAction);
    row("refund awaiting approval", 1000, 0, 0, 0, 0, 300, S::RefundPending,
        RefundStatus::AwaitingApproval);
    row("failed", 0, 1000, 0, 0, 0, 0, S::Failed);
    row("canceled", 0, 0, 1000, 0, 0, 0, S::Canceled);
    row("failed and canceled", 0, 500, 500, 0, 0, 0, S::Failed);
    row("prior partial refund", 1000, 0, 0, 300, 0, 0, S::PartiallyRefunded);
    row("prior full refund", 1000, 0, 0, 1000, 0, 0, S::Refunded);
    row("prior and own refunds", 1000, 0, 0, 300, 700, 0, S::Refunded);
    row("over-refunded at source", 0, 0, 0, 1000, 0, 0, S::Refunded);
}

void tst_SqliteStore::derivedState()
{
    QFETCH(qint64, guaranteed);
    QFETCH(qint64, failed);
    QFETCH(qint64, canceled);
    QFETCH(qint64, prior);
    QFETCH(qint64, succeededRefund);
    QFETCH(qint64, pendingRefund);
    QFETCH(RefundStatus, pendingStatus);
    QFETCH(RecordState, state);

    PaymentRecord r = makeRecord(u"pr_state"_s, u"eur"_s, 1000, AttemptOutcome::Initiated);
    r.amountGuaranteed = r.amountAuthorized = guaranteed;
    r.amountFailed = failed;
    r.amountCanceled = canceled;
    // As a source reports it: amount_refunded covers the prior refund and the succeeded one.
    r.priorRefunded = prior;
    r.amountRefunded = prior + succeededRefund;
    Seed s;
    s.records << r;
    // Another record in every test, so the state filter has something to leave out.
    s.add(u"pr_other"_s, u"eur"_s, 1, AttemptOutcome::Initiated);
    const auto addRefund = [&](const QString &id, qint64 amount, RefundStatus status) {
        Refund refund;
        refund.id = id;
        refund.paymentRecordId = r.id;
        refund.amount = amount;
        refund.currency = r.currency;
        refund.status = status;
        refund.created = refund.updated = baseTime + 10;
        s.refunds << refund;
    };
    if (succeededRefund > 0)
        addRefund(u"re_done"_s, succeededRefund, RefundStatus::Succeeded);
    if (pendingRefund > 0)
        addRefund(u"re_held"_s, pendingRefund, pendingStatus);
    // A failed and a canceled refund change nothing.
    addRefund(u"re_canceled"_s, 1, RefundStatus::Canceled);
    const auto seeded = seed(*m_store, s);
    CHECK_OK(seeded);

    const auto record = m_store->record(r.id);
    CHECK_OK(record);
    QCOMPARE(record->amountRefunded, prior + succeededRefund);
    QCOMPARE(record->amountReserved, pendingRefund);
    const QString expected = toString(state);
    QCOMPARE(toString(deriveRecordState(record.value())), expected);
    QCOMPARE(scalarText(*m_store, u"SELECT state FROM payment_records WHERE id = 'pr_state'"_s),
             expected);

    // The list reads the same record, and filters by the same rule.
    RecordQuery query;
    const auto all = m_store->listRecords(query);
    CHECK_OK(all);
    QCOMPARE(all->rows.size(), 2);
    for (const RecordRow &row : all->rows) {
        QCOMPARE(
            toString(deriveRecordState(row.record)),
            scalarText(*m_store,
                       u"SELECT state FROM payment_records WHERE id = '%1'"_s.arg(row.record.id)));
    }
    query.state = state;
    const auto filtered = m_store->listRecords(query);
    CHECK_OK(filtered);
    QStringList expectedIds {r.id};
    if (state == RecordState::Pending)
        expectedIds << u"pr_other"_s;
    QStringList ids = idsOf(filtered->rows);
    ids.sort();
    expectedIds.sort();
    QCOMPARE(ids, expectedIds);
    QCOMPARE(m_store->countRecords(query).value(), qint64(expectedIds.size()));

    const auto report = m_store->verify();
    CHECK_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
}

// ---------------------------------------------------------------------------------------
// Listing: keyset paging, filters and search

namespace {

struct Listed
{
    qint64 pk = 0;
    PaymentRecord record;
};

/// ~1,000 records with many equal dates, amounts, emails and names (and some without
/// email or name), in every state and three currencies; ids are not in insertion order.
QList<Listed> listingSeed(Seed &s)
{
    static const QStringList names {u"Ada Lovelace"_s,    u"Alan Turing"_s,    u"Grace Hopper"_s,
                                    u"Edsger Dijkstra"_s, u"Barbara Liskov"_s, u"Donald Knuth"_s,
                                    u"Ada Lovelace"_s,    u"Ken Thompson"_s,   u"Frances Allen"_s,
                                    u"John Backus"_s,     u"Niklaus Wirth"_s,  u"Radia Perlman"_s};
    static const QStringList currencies {u"usd"_s, u"jpy"_s, u"kwd"_s};
    QList<Listed> listed;
    constexpr int count = 1000;
    for (int i = 0; i < count; ++i) {
        const QString id = u"pr_%1"_s.arg((i * 7919) % count, 4, 10, QChar(u'0'));
        const qint64 amount = ((i * 31) % 97 + 1) * 100;
        const qint64 created = baseTime + (i % 53) * 3600;
        AttemptOutcome outcome = AttemptOutcome::Guaranteed;
        switch (i % 6) {
        case 3:
            outcome = AttemptOutcome::Failed;
            break;
        case 4:
            outcome = AttemptOutcome::Canceled;
            break;
        case 5:
            outcome = AttemptOutcome::Initiated;
            break;
        default:
            break;
        }
        PaymentRecord r = makeRecord(id, currencies.at(i % 3), amount, outcome, created);
        if (i % 10 != 0)
            r.customer.email = u"user%1@example.com"_s.arg(i % 41);
        if (i % 7 != 0)
            r.customer.name = names.at(i % names.size());
        s.add(r, outcome);

        if (outcome == AttemptOutcome::Guaranteed) {
            Refund refund;
            refund.id = u"re_%1"_s.arg(i);
            refund.paymentRecordId = id;
            refund.currency = r.currency;
            refund.created = refund.updated = created + 60;
            if (i % 4 == 1) {
                refund.amount = amount / 2;
                refund.status = RefundStatus::Succeeded;
                r.amountRefunded = refund.amount;
            } else if (i % 4 == 2) {
                refund.amount = amount / 4;
                refund.status = RefundStatus::Pending;
                r.amountReserved = refund.amount;
            } else if (i % 8 == 3) {
                refund.amount = amount;
                refund.status = RefundStatus::Succeeded;
                r.amountRefunded = refund.amount;
            }
            if (refund.amount > 0)
                s.refunds << refund;
        }
        listed << Listed {i + 1, r};
    }
    return listed;
}

/// The list's order computed here: the sort key (text compared as UTF-8 bytes, as SQLite
/// does), then the row number, both in the query's direction.
QStringList expectedOrder(QList<Listed> listed, RecordSort sort, bool descending)
{
    const auto textKey = [sort](const PaymentRecord &r) -> QByteArray {
        switch (sort) {
        case RecordSort::Id:
            return r.id.toUtf8();
        case RecordSort::Email:
            return r.customer.email.toUtf8();
        case RecordSort::Name:
            return r.customer.name.toUtf8();
        default:
            return {};
        }
    };
    const auto numberKey = [sort](const PaymentRecord &r) -> qint64 {
        return sort == RecordSort::Created ? r.created
            : sort == RecordSort::Amount   ? r.amountRequested
                                           : 0;
    };
    std::stable_sort(listed.begin(), listed.end(), [&](const Listed &a, const Listed &b) {
        int c = 0;
        if (sort == RecordSort::Created || sort == RecordSort::Amount) {
            const qint64 x = numberKey(a.record), y = numberKey(b.record);
            c = x < y ? -1 : (x > y ? 1 : 0);
        } else {
            c = textKey(a.record).compare(textKey(b.record));
        }
        if (c == 0)
            c = a.pk < b.pk ? -1 : (a.pk > b.pk ? 1 : 0);
        return descending ? c > 0 : c < 0;
    });
    QStringList ids;
    for (const Listed &l : listed)
        ids << l.record.id;
    return ids;
}

bool matches(const RecordQuery &q, const PaymentRecord &r)
{
    return (!q.state || deriveRecordState(r) == *q.state)
        && (q.currency.isEmpty() || q.currency.toLower() == r.currency)
        && (!q.createdFrom || r.created >= *q.createdFrom)
        && (!q.createdTo || r.created < *q.createdTo)
        && (!q.amountMin || r.amountRequested >= *q.amountMin)
        && (!q.amountMax || r.amountRequested <= *q.amountMax);
}

} // namespace

void tst_SqliteStore::keysetPaging_data()
{
    QTest::addColumn<RecordSort>("sort");
    QTest::addColumn<bool>("descending");

    const std::pair<const char *, RecordSort> sorts[] = {
        {"created", RecordSort::Created}, {"id", RecordSort::Id},
        {"amount", RecordSort::Amount},   {"email", RecordSort::Email},
        {"name", RecordSort::Name},
    };
    for (const auto &[name, sort] : sorts) {
        QTest::addRow("%s ascending", name) << sort << false;
        QTest::addRow("%s descending", name) << sort << true;
    }
}

void tst_SqliteStore::keysetPaging()
{
    QFETCH(RecordSort, sort);
    QFETCH(bool, descending);

    Seed s;
    const QList<Listed> listed = listingSeed(s);
    const auto seeded = seed(*m_store, s);
    CHECK_OK(seeded);
    QCOMPARE(scalar(*m_store, "SELECT max(pk) FROM payment_records"), qint64(listed.size()));

    RecordQuery query;
    query.sort = sort;
    query.descending = descending;
    query.limit = 37;

    // Page by page, checking each page's shape and every record read back.
    QStringList ids;
    int pages = 0;
    for (;;) {
        const auto page = m_store->listRecords(query);
        CHECK_OK(page);
        ++pages;
        QVERIFY(pages <= 100);
        for (const RecordRow &row : page->rows) {
            const qsizetype i = row.cursor.row - 1;
            QVERIFY(i >= 0 && i < listed.size());
            QCOMPARE(row.record, listed.at(i).record);
        }
        ids += idsOf(page->rows);
        if (!page->hasMore) {
            QVERIFY(page->rows.size() <= 37);
            break;
        }
        QCOMPARE(page->rows.size(), 37);
        query.after = page->rows.last().cursor;
    }
    QCOMPARE(pages, (int(listed.size()) + 36) / 37);
    QCOMPARE(ids.size(), listed.size());
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), listed.size());
    QCOMPARE(ids, expectedOrder(listed, sort, descending));

    // A page that ends exactly at the last row says there is no more.
    RecordQuery exact;
    exact.sort = sort;
    exact.descending = descending;
    exact.limit = int(listed.size());
    const auto whole = m_store->listRecords(exact);
    CHECK_OK(whole);
    QCOMPARE(whole->rows.size(), listed.size());
    QVERIFY(!whole->hasMore);
    exact.limit = int(listed.size()) - 1;
    const auto almost = m_store->listRecords(exact);
    CHECK_OK(almost);
    QVERIFY(almost->hasMore);
    exact.after = almost->rows.last().cursor;
    const auto last = m_store->listRecords(exact);
    CHECK_OK(last);
    QCOMPARE(last->rows.size(), 1);
    QVERIFY(!last->hasMore);
}

void tst_SqliteStore::filters_data()
{
    QTest::addColumn<RecordQuery>("query");

    const auto with = [](auto set) {
        RecordQuery q;
        set(q);
        return q;
    };
    for (RecordState state : allRecordStates()) {
        QTest::addRow("state %s", qPrintable(toString(state)))
            << with([state](RecordQuery &q) { q.state = state; });
    }
    QTest::newRow("currency jpy") << with([](RecordQuery &q) { q.currency = u"jpy"_s; });
    QTest::newRow("currency KWD in upper case")
        << with([](RecordQuery &q) { q.currency = u"KWD"_s; });
    QTest::newRow("currency nobody uses") << with([](RecordQuery &q) { q.currency = u"eur"_s; });
    QTest::newRow("created range") << with([](RecordQuery &q) {
        q.createdFrom = baseTime + 10 * 3600;
        q.createdTo = baseTime + 20 * 3600;
    });
    QTest::newRow("created from") << with(
        [](RecordQuery &q) { q.createdFrom = baseTime + 50 * 3600; });
    QTest::newRow("created to, exclusive")
        << with([](RecordQuery &q) { q.createdTo = baseTime + 3600; });
    QTest::newRow("empty created range") << with([](RecordQuery &q) {
        q.createdFrom = baseTime + 3600;
        q.createdTo = baseTime + 3600;
    });
    QTest::newRow("amount range") << with([](RecordQuery &q) {
        q.amountMin = 2000;
        q.amountMax = 3000;
    });
    QTest::newRow("amount minimum") << with([](RecordQuery &q) { q.amountMin = 9000; });
    QTest::newRow("amount maximum, inclusive") << with([](RecordQuery &q) { q.amountMax = 100; });
    QTest::newRow("state and currency") << with([](RecordQuery &q) {
        q.state = RecordState::PartiallyRefunded;
        q.currency = u"usd"_s;
    });
    QTest::newRow("everything at once") << with([](RecordQuery &q) {
        q.state = RecordState::Paid;
        q.currency = u"kwd"_s;
        q.createdFrom = baseTime + 5 * 3600;
        q.createdTo = baseTime + 40 * 3600;
        q.amountMin = 1000;
        q.amountMax = 8000;
    });
}

void tst_SqliteStore::filters()
{
    QFETCH(RecordQuery, query);

    Seed s;
    const QList<Listed> listed = listingSeed(s);
    const auto seeded = seed(*m_store, s);
    CHECK_OK(seeded);

    QList<Listed> expected;
    for (const Listed &l : listed) {
        if (matches(query, l.record))
            expected << l;
    }
    const auto count = m_store->countRecords(query);
    CHECK_OK(count);
    QCOMPARE(count.value(), qint64(expected.size()));

    for (RecordSort sort : {RecordSort::Created, RecordSort::Amount, RecordSort::Email}) {
        for (bool descending : {true, false}) {
            RecordQuery paged = query;
            paged.sort = sort;
            paged.descending = descending;
            paged.limit = 37;
            QCOMPARE(pageThrough(*m_store, paged), expectedOrder(expected, sort, descending));
        }
    }
}

void tst_SqliteStore::search_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<QStringList>("ids");

    const QStringList john {u"pr_search1"_s};
    const QStringList mary {u"pr_search2"_s};
    const QStringList zed {u"pr_search3"_s};
    const QStringList all {u"pr_search1"_s, u"pr_search2"_s, u"pr_search3"_s, u"pr_search4"_s};

    QTest::newRow("email substring") << u"doe@exa"_s << john;
    QTest::newRow("email substring, other case") << u"DOE@EXA"_s << john;
    QTest::newRow("mixed-case email, lower-case term") << u"mary.major@"_s << mary;
    QTest::newRow("name") << u"mary maj"_s << mary;
    QTest::newRow("name, other case") << u"JOHN"_s << john;
    QTest::newRow("description") << u"widget"_s << john;
    QTest::newRow("processor reference") << u"proc_abc"_s << john;
    QTest::newRow("record id") << u"search2"_s << mary;
    QTest::newRow("record id prefix shared by all") << u"pr_sea"_s << all;
    QTest::newRow("refund id") << u"{refund}"_s << zed;
    QTest::newRow("part of a refund id") << u"{refund-part}"_s << zed;
    QTest::newRow("refund reference") << u"rfnd_ref_xyz"_s << john;
    QTest::newRow("refund reference, other case") << u"XYZ789"_s << john;
    QTest::newRow("status-change reference") << u"late_ref"_s << zed;
    QTest::newRow("percent matches literally") << u"100%"_s << mary;
    QTest::newRow("percent is not a wildcard") << u"j%e"_s << QStringList();
    QTest::newRow("underscore matches literally") << u"on_sh"_s << mary;
    // Refund ids ("re_…") are random, so the term must not fit one by chance.
    QTest::newRow("underscore is not a wildcard") << u"blue_widget"_s << QStringList();
    QTest::newRow("percent and underscore") << u"0%_c"_s << QStringList();
    QTest::newRow("backslash") << u"a\\b"_s << QStringList();
    QTest::newRow("quote") << u"o'n"_s << QStringList {u"pr_search4"_s};
    QTest::newRow("surrounding spaces are ignored") << u"  doe@exa  "_s << john;
    QTest::newRow("only spaces") << u"   "_s << all;
    QTest::newRow("1 character, email prefix") << u"z"_s << zed;
    QTest::newRow("1 character, email prefix, other case") << u"Z"_s << zed;
    QTest::newRow("1 character, mixed-case email") << u"m"_s << mary;
    QTest::newRow("2 characters, email prefix") << u"jo"_s << john;
    QTest::newRow("2 characters, email prefix, other case") << u"JO"_s << john;
    QTest::newRow("2 characters, mixed-case email") << u"ma"_s << mary;
    QTest::newRow("2 characters, mixed-case email, upper case") << u"MA"_s << mary;
    QTest::newRow("2 characters, id prefix") << u"pr"_s << all;
    QTest::newRow("2 characters, id prefix, upper case") << u"PR"_s << all;
    QTest::newRow("2 characters inside a word") << u"oh"_s << QStringList();
    QTest::newRow("no match") << u"nothing-here"_s << QStringList();
}

void tst_SqliteStore::search()
{
    QFETCH(QString, term);
    QFETCH(QStringList, ids);

    Seed s;
    PaymentRecord john = makeRecord(u"pr_search1"_s, u"usd"_s, 5000, AttemptOutcome::Guaranteed);
    john.customer.email = u"john.doe@example.com"_s;
    john.customer.name = u"John Doe"_s;
    john.description = u"Blue widget order"_s;
    john.processorReference = u"pi_proc_ABC123"_s;
    s.add(john, AttemptOutcome::Guaranteed);
    PaymentRecord mary =
        makeRecord(u"pr_search2"_s, u"usd"_s, 7000, AttemptOutcome::Guaranteed, baseTime + 1);
    mary.customer.email = u"Mary.Major@Example.org"_s;
    mary.customer.name = u"Mary Major"_s;
    mary.description = u"100% cotton_shirt"_s;
    mary.processorReference = u"ch_777"_s;
    s.add(mary, AttemptOutcome::Guaranteed);
    PaymentRecord zed =
        makeRecord(u"pr_search3"_s, u"jpy"_s, 900, AttemptOutcome::Guaranteed, baseTime + 2);
    zed.customer.email = u"zed@zzz.io"_s;
    zed.customer.name = u"Zed Zulu"_s;
    zed.description = u"gift card"_s;
    s.add(zed, AttemptOutcome::Guaranteed);
    PaymentRecord anonymous =
        makeRecord(u"pr_search4"_s, u"kwd"_s, 900, AttemptOutcome::Failed, baseTime + 3);
    anonymous.description = u"Paddy O'Neill's pub"_s;
    s.add(anonymous, AttemptOutcome::Failed);
    const auto seeded = seed(*m_store, s);
    CHECK_OK(seeded);

    const auto reported = create(reportedRefundOf(u"pr_search1"_s, 1000, u"rfnd_ref_XYZ789"_s));
    CHECK_OK(reported);
    const auto pending = create(refundOf(u"pr_search3"_s, 100));
    CHECK_OK(pending);
    StatusChange late = changeTo(RefundStatus::Succeeded);
    late.refundReference = u"late_ref_42"_s;
    const auto done = m_store->changeRefundStatus(pending->refund.id, late, agent);
    CHECK_OK(done);

    term.replace(u"{refund}"_s, pending->refund.id);
    term.replace(u"{refund-part}"_s, pending->refund.id.mid(5, 12));

    RecordQuery query;
    query.search = term;
    query.limit = 2;
    QStringList found = pageThrough(*m_store, query);
    found.sort();
    QCOMPARE(found, ids);
    const auto count = m_store->countRecords(query);
    CHECK_OK(count);
    QCOMPARE(count.value(), qint64(ids.size()));
}

// ---------------------------------------------------------------------------------------
// verify

void tst_SqliteStore::verifyCleanDatabase()
{
    const auto seeded = seedStandard();
    CHECK_OK(seeded);
    const auto a = create(reportedRefundOf(u"pr_usd"_s, 2500, u"ref_v"_s));
    CHECK_OK(a);
    const auto b = create(refundOf(u"pr_usd"_s, 1000));
    CHECK_OK(b);
    const auto c = create(refundOf(u"pr_kwd"_s, 5550));
    CHECK_OK(c);
    const auto d = create(refundOf(u"pr_jpy"_s, 700));
    CHECK_OK(d);
    const auto dDone =
        m_store->changeRefundStatus(d->refund.id, changeTo(RefundStatus::Succeeded), agent);
    CHECK_OK(dDone);

    const auto report = m_store->verify();
    CHECK_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
    QCOMPARE(report->problems, QStringList());
    QCOMPARE(report->warnings, QStringList());
    QCOMPARE(report->recordsChecked, qint64(8));
    QCOMPARE(report->refundsChecked, qint64(4));
    QCOMPARE(report->eventsChecked, qint64(7));

    QStringList totals;
    for (const CurrencyTotals &t : report->totals) {
        totals << u"%1 records %2 guaranteed %3 refunded %4 reserved %5"_s.arg(t.currency)
                      .arg(t.records)
                      .arg(t.guaranteed)
                      .arg(t.refunded)
                      .arg(t.reserved);
    }
    // usd: pr_usd 100.00, pr_retried 15.00, pr_prior 100.00 (40.00 refunded before import).
    QCOMPARE(totals,
             QStringList({u"jpy records 1 guaranteed 5000 refunded 700 reserved 0"_s,
                          u"kwd records 1 guaranteed 5550 refunded 0 reserved 5550"_s,
                          u"usd records 6 guaranteed 21500 refunded 6500 reserved 1000"_s}));

    // verify reads in its own transaction and ends it: writing afterwards works.
    QVERIFY(!inTransaction(*m_store));
    const auto after = create(refundOf(u"pr_usd"_s, 100));
    CHECK_OK(after);
}

void tst_SqliteStore::verifyWarnsAboutOverRefundAtSource()
{
    Seed s = standardSeed();
    // The API's own example: 1000 refunded, 0 guaranteed.
    PaymentRecord source = makeRecord(u"pr_source"_s, u"usd"_s, 1000, AttemptOutcome::Failed);
    source.priorRefunded = source.amountRefunded = 1000;
    s.add(source, AttemptOutcome::Failed);
    const auto seeded = seed(*m_store, s);
    CHECK_OK(seeded);

    const auto record = m_store->record(u"pr_source"_s);
    CHECK_OK(record);
    QVERIFY(record->isOverRefundedAtSource());
    QCOMPARE(toString(deriveRecordState(record.value())), u"refunded"_s);
    const auto refused = create(refundOf(u"pr_source"_s, 1));
    QVERIFY(!refused);

    const auto report = m_store->verify();
    CHECK_OK(report);
    QVERIFY(report->ok());
    QCOMPARE(report->problems, QStringList());
    QCOMPARE(report->warnings,
             QStringList {u"pr_source: the source reported $10.00 refunded of $0.00 guaranteed; "
                          "imported as fully refunded."_s});
    QVERIFY(!inTransaction(*m_store));
}

QTEST_GUILESS_MAIN(tst_SqliteStore)
#include "tst_sqlitestore.moc"
