// The store's schema and connection: migrations, a newer schema refused, the connection's
// settings, bulk seeding, the record state derived from the amounts, and verify.

#include "store/migrations.h"
#include "storefixtures.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace RefundDesk;
using namespace RefundDesk::Testing;
using namespace Qt::StringLiterals;

class tst_StoreSchema : public QObject, public StoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { initStore(); }
    void cleanup() { cleanupStore(); }

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

    // Derived state
    void derivedState_data();
    void derivedState();

    // verify
    void verifyCleanDatabase();
    void verifyWarnsAboutOverRefundAtSource();
};

// ---------------------------------------------------------------------------------------
// Schema and connection

void tst_StoreSchema::migratesFromEmpty()
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

void tst_StoreSchema::reopeningIsANoOp()
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

void tst_StoreSchema::refusesNewerSchema_data()
{
    QTest::addColumn<SqliteStore::Mode>("mode");
    QTest::newRow("read-write") << SqliteStore::Mode::ReadWrite;
    QTest::newRow("read-only") << SqliteStore::Mode::ReadOnly;
}

void tst_StoreSchema::refusesNewerSchema()
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

void tst_StoreSchema::connectionSettings_data()
{
    QTest::addColumn<bool>("file");
    QTest::addColumn<int>("connection"); // 0 first, 1 second read-write, 2 read-only
    QTest::addColumn<QString>("journalMode");

    QTest::newRow("file, first connection") << true << 0 << u"wal"_s;
    QTest::newRow("file, second connection") << true << 1 << u"wal"_s;
    QTest::newRow("file, read-only connection") << true << 2 << u"wal"_s;
    QTest::newRow(":memory:") << false << 0 << u"memory"_s;
}

void tst_StoreSchema::connectionSettings()
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

void tst_StoreSchema::bulkSeedsRecordsAndAttempts()
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

void tst_StoreSchema::bulkIsAllOrNothing()
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
// The derived state

void tst_StoreSchema::derivedState_data()
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

void tst_StoreSchema::derivedState()
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

    const auto report = m_store->verify(VerifyDepth::Full);
    CHECK_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
}

// ---------------------------------------------------------------------------------------
// verify

void tst_StoreSchema::verifyCleanDatabase()
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

    const auto report = m_store->verify(VerifyDepth::Full);
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

void tst_StoreSchema::verifyWarnsAboutOverRefundAtSource()
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

    const auto report = m_store->verify(VerifyDepth::Full);
    CHECK_OK(report);
    QVERIFY(report->ok());
    QCOMPARE(report->problems, QStringList());
    QCOMPARE(report->warnings,
             QStringList {u"pr_source: the source reported $10.00 refunded of $0.00 guaranteed; "
                          "imported as fully refunded."_s});
    QVERIFY(!inTransaction(*m_store));
}

QTEST_GUILESS_MAIN(tst_StoreSchema)
#include "tst_storeschema.moc"
