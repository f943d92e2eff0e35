// The store's schema and connection: migrations, a newer schema refused, the connection's
// settings, bulk seeding, the record state derived from the amounts, and verify.

#include "store/migrations.h"
#include "storefixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace RefundDesk;
using namespace RefundDesk::Testing;
using namespace Qt::StringLiterals;

namespace {

/// Turns a current database into one as the previous release (schema version 3) wrote it:
/// migration 4 only added these indexes. A later migration needs its own step here.
void downgradeToSchema3(const QString &path)
{
    QCOMPARE(latestSchemaVersion(), 4);
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    const char *sql = "DROP INDEX refunds_report_created; DROP INDEX refunds_refunded; "
                      "DROP INDEX payment_records_guaranteed; PRAGMA user_version = 3;";
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    QCOMPARE(rc, SQLITE_OK);
}

/// One number read from a file without the store, so an old version is not migrated.
qint64 rawScalar(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    qint64 value = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            value = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return value;
}

} // namespace

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

    // Upgrading a file from the previous release
    void upgradeKeepsACopyOfTheOlderFile();
    void upgradeCopyIsMadeOnce();
    void noCopyWithoutUpgrade();
    void copyFailureStopsTheUpgrade();

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
// Upgrading a file from the previous release

void tst_StoreSchema::upgradeKeepsACopyOfTheOlderFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"desk.sqlite"_s);
    QString before;
    {
        auto store = openStore(path);
        QVERIFY(store);
        CHECK_OK(seed(*store, standardSeed()));
        CHECK_OK(store->createRefund(refundOf(u"pr_usd"_s, 2500), agent));
        before = dumpAll(*store);
    }
    downgradeToSchema3(path);
    const qint64 records = rawScalar(path, "SELECT count(*) FROM payment_records");
    QVERIFY(records > 0);
    const QString backup = upgradeBackupPath(path, 3);
    QCOMPARE(backup, path + u".schema-v3.bak"_s);
    QVERIFY(!QFileInfo::exists(backup));

    auto store = openStore(path);
    QVERIFY(store);
    QCOMPARE(scalar(*store, "PRAGMA user_version"), qint64(latestSchemaVersion()));
    QCOMPARE(dumpAll(*store), before);

    // The copy is the file as the previous release left it: its version, its schema, its rows.
    QVERIFY(QFileInfo::exists(backup));
    QCOMPARE(rawScalar(backup, "PRAGMA user_version"), qint64(3));
    QCOMPARE(rawScalar(backup,
                       "SELECT count(*) FROM sqlite_master WHERE name = "
                       "'refunds_refunded'"),
             qint64(0));
    QCOMPARE(rawScalar(backup, "SELECT count(*) FROM payment_records"), records);
    QCOMPARE(rawScalar(backup, "SELECT count(*) FROM refunds"),
             scalar(*store, "SELECT count(*) FROM refunds"));
    QCOMPARE(rawScalar(backup, "SELECT count(*) FROM events"),
             scalar(*store, "SELECT count(*) FROM events"));
    QCOMPARE(QDir(dir.path()).entryList({u"*.partial"_s}, QDir::Files | QDir::Dirs), QStringList());
}

void tst_StoreSchema::upgradeCopyIsMadeOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"desk.sqlite"_s);
    {
        auto store = openStore(path);
        QVERIFY(store);
        CHECK_OK(seed(*store, standardSeed()));
    }
    downgradeToSchema3(path);
    const qint64 refundsAtFirstUpgrade = rawScalar(path, "SELECT count(*) FROM refunds");
    QVERIFY(openStore(path));
    const QString backup = upgradeBackupPath(path, 3);
    QFile first(backup);
    QVERIFY(first.open(QIODevice::ReadOnly));
    const QByteArray firstCopy = first.readAll();
    first.close();

    // Once more from version 3, with a change since: the first copy, made before any
    // migration ran, is the one to keep.
    {
        auto store = openStore(path);
        QVERIFY(store);
        CHECK_OK(store->createRefund(refundOf(u"pr_usd"_s, 100), agent));
    }
    downgradeToSchema3(path);
    auto store = openStore(path);
    QVERIFY(store);
    QCOMPARE(scalar(*store, "PRAGMA user_version"), qint64(latestSchemaVersion()));
    QVERIFY(first.open(QIODevice::ReadOnly));
    QCOMPARE(first.readAll(), firstCopy);
    QVERIFY(scalar(*store, "SELECT count(*) FROM refunds") > refundsAtFirstUpgrade);
    QCOMPARE(rawScalar(backup, "SELECT count(*) FROM refunds"), refundsAtFirstUpgrade);
}

void tst_StoreSchema::noCopyWithoutUpgrade()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"desk.sqlite"_s);
    // A new file: nothing to keep.
    QVERIFY(openStore(path));
    // A current file, opened again: nothing to upgrade.
    QVERIFY(openStore(path));
    QCOMPARE(QDir(dir.path()).entryList({u"*.bak"_s, u"*.partial"_s}, QDir::Files | QDir::Dirs),
             QStringList());
}

void tst_StoreSchema::copyFailureStopsTheUpgrade()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"desk.sqlite"_s);
    {
        auto store = openStore(path);
        QVERIFY(store);
        CHECK_OK(seed(*store, standardSeed()));
    }
    downgradeToSchema3(path);
    // The copy cannot be written: its working name is taken by a folder (as root, a
    // read-only folder would not stop it).
    const QString backup = upgradeBackupPath(path, 3);
    const QString partial = backup + u".%1.partial"_s.arg(QCoreApplication::applicationPid());
    QVERIFY(QDir().mkpath(partial));

    const auto refused = SqliteStore::open(path);
    QVERIFY(!refused);
    QCOMPARE(kindName(refused.error().kind), kindName(ErrorKind::Storage));
    const QString message = refused.error().message;
    QVERIFY2(message.startsWith(u"Cannot keep a copy of %1 before upgrading it from schema "
                                "version 3 to 4: writing %2 failed ("_s.arg(path, backup)),
             qPrintable(message));
    QVERIFY2(message.endsWith(u"Nothing was changed; make room for the copy beside the "
                              "database and start again."_s),
             qPrintable(message));
    // Not migrated, and no copy under the backup's name.
    QCOMPARE(rawScalar(path, "PRAGMA user_version"), qint64(3));
    QVERIFY(!QFileInfo::exists(backup));

    // Once the way is clear, the upgrade goes ahead.
    QVERIFY(QDir(partial).removeRecursively());
    auto store = openStore(path);
    QVERIFY(store);
    QCOMPARE(rawScalar(backup, "PRAGMA user_version"), qint64(3));
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
