// Someone edits the database file behind RefundDesk's back: with the sqlite3 C API, after
// dropping the triggers that guard the event log, or within the triggers by changing a
// record's amounts. verify() must find it and say where.

#include "store/sqlitestore.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace RefundDesk;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 baseTime = 1'700'000'000;
const Actor agent {u"agent.smith"_s};

template<typename T>
QString errorOf(const Result<T> &result)
{
    return result ? QString() : result.error().message;
}

#define CHECK_OK(result) QVERIFY2((result).ok(), qPrintable(errorOf(result)))

PaymentRecord paidRecord(const QString &id, const QString &currency, qint64 amount)
{
    PaymentRecord r;
    r.id = id;
    r.currency = currency;
    r.amountRequested = r.amountAuthorized = r.amountGuaranteed = amount;
    r.created = baseTime;
    r.latestAttemptId = u"par_"_s + id.mid(3);
    return r;
}

PaymentAttempt guaranteedAttempt(const PaymentRecord &r)
{
    PaymentAttempt a;
    a.id = r.latestAttemptId;
    a.paymentRecordId = r.id;
    a.outcome = AttemptOutcome::Guaranteed;
    a.currency = r.currency;
    a.amountRequested = a.amountAuthorized = a.amountGuaranteed = r.amountGuaranteed;
    a.created = r.created;
    return a;
}

RefundRequest refundOf(const QString &recordId, qint64 amount)
{
    RefundRequest r;
    r.paymentRecordId = recordId;
    r.amount = amount;
    return r;
}

StatusChange changeTo(RefundStatus to)
{
    StatusChange c;
    c.to = to;
    return c;
}

/// The CREATE TRIGGER statements of the schema, made idempotent.
QStringList triggerDefinitions(sqlite3 *db)
{
    QStringList definitions;
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT sql FROM sqlite_master WHERE type = 'trigger'", -1, &stmt,
                       nullptr);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        QString definition =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        definition.replace(u"CREATE TRIGGER "_s, u"CREATE TRIGGER IF NOT EXISTS "_s);
        definitions << definition;
    }
    sqlite3_finalize(stmt);
    return definitions;
}

/// Runs SQL on the closed store's file through the C API; the error text, or empty.
QString tamper(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK) {
        const QString error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return error;
    }
    char *message = nullptr;
    QString error;
    const QStringList triggers = triggerDefinitions(db);
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK)
        error = message ? QString::fromUtf8(message) : u"unknown error"_s;
    sqlite3_free(message);
    // A careful tamperer puts back the triggers it dropped, so only the chain and the money
    // invariants can give it away.
    for (const QString &definition : triggers)
        sqlite3_exec(db, definition.toUtf8().constData(), nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return error;
}

/// The events as stored, read through the C API.
QList<Event> readEvents(const QString &path)
{
    QList<Event> events;
    sqlite3 *db = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK
        && sqlite3_prepare_v2(db,
                              "SELECT seq, time, actor, action, entity_type, entity_id, "
                              "record_id, payload, prev_hash, hash FROM events ORDER BY seq",
                              -1, &stmt, nullptr)
            == SQLITE_OK) {
        const auto text = [&stmt](int c) {
            return sqlite3_column_type(stmt, c) == SQLITE_NULL
                ? QString()
                : QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)));
        };
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            Event e;
            e.seq = sqlite3_column_int64(stmt, 0);
            e.timeMs = sqlite3_column_int64(stmt, 1);
            e.actor = text(2);
            e.action = text(3);
            e.entityType = text(4);
            e.entityId = text(5);
            e.recordId = text(6);
            e.payload = text(7).toUtf8();
            e.prevHash = text(8).toUtf8();
            e.hash = text(9).toUtf8();
            events << e;
        }
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return events;
}

QString sqlText(const QByteArray &text)
{
    return u"'"_s + QString::fromUtf8(text).replace(u"'"_s, u"''"_s) + u"'"_s;
}

/// What the tamperer wants done, for the rows that need more than SQL.
enum class Then { Nothing, RehashEvent };

} // namespace

Q_DECLARE_METATYPE(Then)
Q_DECLARE_METATYPE(VerifyDepth)

class tst_Tamper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void untouchedFileVerifies();
    void eventChain_data();
    void eventChain();
    void moneyInvariants_data();
    void moneyInvariants();
    void droppedGuardTriggerIsReported();
    void fileCheckDepth_data();
    void fileCheckDepth();

private:
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_refundIds; ///< re1 (succeeded), re2 (reported), re3 (canceled), re4 (pending)
    QList<Event> m_events;
};

void tst_Tamper::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"desk.sqlite"_s);
    m_refundIds.clear();

    auto opened = SqliteStore::open(m_path);
    CHECK_OK(opened);
    SqliteStore &store = *opened.value();

    // Event 1: the import.
    auto bulk = store.beginBulk(Actor {u"importer"_s});
    CHECK_OK(bulk);
    for (const PaymentRecord &r :
         {paidRecord(u"pr_usd"_s, u"usd"_s, 10000), paidRecord(u"pr_jpy"_s, u"jpy"_s, 5000),
          paidRecord(u"pr_kwd"_s, u"kwd"_s, 5550)}) {
        const auto added = bulk.value()->putRecord(r);
        CHECK_OK(added);
        const auto attempt = bulk.value()->putAttempt(guaranteedAttempt(r));
        CHECK_OK(attempt);
    }
    const auto committed = bulk.value()->commit(u"import"_s, QByteArrayLiteral(R"({"n":3})"));
    CHECK_OK(committed);
    bulk.value().reset();

    // Events 2-7: refunds and their status changes.
    const auto re1 = store.createRefund(refundOf(u"pr_usd"_s, 2500), agent); // 2
    CHECK_OK(re1);
    const auto re1Done =
        store.changeRefundStatus(re1->refund.id, changeTo(RefundStatus::Succeeded), agent); // 3
    CHECK_OK(re1Done);
    RefundRequest reported = refundOf(u"pr_jpy"_s, 1200);
    reported.reported = true;
    reported.refundReference = u"ref_jpy_1"_s;
    const auto re2 = store.createRefund(reported, agent); // 4
    CHECK_OK(re2);
    const auto re3 = store.createRefund(refundOf(u"pr_usd"_s, 1000), agent); // 5
    CHECK_OK(re3);
    const auto re3Canceled =
        store.changeRefundStatus(re3->refund.id, changeTo(RefundStatus::Canceled), agent); // 6
    CHECK_OK(re3Canceled);
    const auto re4 = store.createRefund(refundOf(u"pr_kwd"_s, 1550), agent); // 7
    CHECK_OK(re4);
    m_refundIds = {re1->refund.id, re2->refund.id, re3->refund.id, re4->refund.id};

    const auto report = store.verify(VerifyDepth::Full);
    CHECK_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
    opened.value().reset(); // closed: the file is all there is

    m_events = readEvents(m_path);
    QCOMPARE(m_events.size(), 7);
}

void tst_Tamper::cleanup()
{
    m_dir.reset();
}

void tst_Tamper::untouchedFileVerifies()
{
    auto store = SqliteStore::open(m_path);
    CHECK_OK(store);
    const auto report = store.value()->verify(VerifyDepth::Full);
    CHECK_OK(report);
    QCOMPARE(report->problems, QStringList());
    QCOMPARE(report->eventsChecked, qint64(7));
    QCOMPARE(report->refundsChecked, qint64(4));

    // With the triggers in place, the tamperer's SQL is refused.
    QCOMPARE(tamper(m_path, u"UPDATE events SET payload = '{}' WHERE seq = 2"_s),
             u"events are append-only: an event cannot be changed"_s);
    QCOMPARE(tamper(m_path, u"DELETE FROM events WHERE seq = 2"_s),
             u"events are append-only: an event cannot be deleted"_s);
}

void tst_Tamper::eventChain_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<Then>("then");
    QTest::addColumn<int>("seq"); // the event verify must name
    QTest::addColumn<QString>("what"); // changed, missing or unlinked

    const QString noUpdate = u"DROP TRIGGER events_no_update; "_s;
    const QString noDelete = u"DROP TRIGGER events_no_delete; "_s;

    QTest::newRow("payload changed")
        << noUpdate + u"UPDATE events SET payload = replace(payload, '2500', '250') WHERE seq = 2"_s
        << Then::Nothing << 2 << u"changed"_s;
    QTest::newRow("status in a payload changed") << noUpdate
            + u"UPDATE events SET payload = replace(payload, '\"to\":\"canceled\"', "
              "'\"to\":\"succeeded\"') WHERE seq = 6"_s
                                                 << Then::Nothing << 6 << u"changed"_s;
    QTest::newRow("import payload changed")
        << noUpdate + u"UPDATE events SET payload = '{\"n\":2}' WHERE seq = 1"_s << Then::Nothing
        << 1 << u"changed"_s;
    QTest::newRow("last event changed") << noUpdate
            + u"UPDATE events SET payload = replace(payload, '1550', '5550') WHERE seq = 7"_s
                                        << Then::Nothing << 7 << u"changed"_s;
    QTest::newRow("actor changed")
        << noUpdate + u"UPDATE events SET actor = 'mallory' WHERE seq = 4"_s << Then::Nothing << 4
        << u"changed"_s;
    QTest::newRow("time changed") << noUpdate
            + u"UPDATE events SET time = time - 86400000 WHERE seq = 3"_s
                                  << Then::Nothing << 3 << u"changed"_s;
    QTest::newRow("moved to another record's history")
        << noUpdate + u"UPDATE events SET record_id = 'pr_kwd' WHERE seq = 5"_s << Then::Nothing
        << 5 << u"changed"_s;
    QTest::newRow("payloads swapped") << noUpdate
            + u"UPDATE events SET payload = CASE seq WHEN 2 THEN (SELECT payload FROM events "
              "WHERE seq = 5) ELSE (SELECT payload FROM events WHERE seq = 2) END "
              "WHERE seq IN (2, 5)"_s << Then::Nothing
                                      << 2 << u"changed"_s;
    QTest::newRow("payload changed and its hash recomputed")
        << noUpdate + u"UPDATE events SET payload = replace(payload, '2500', '250') WHERE seq = 2"_s
        << Then::RehashEvent << 3 << u"unlinked"_s;
    QTest::newRow("two events reordered") << noUpdate
            + u"UPDATE events SET seq = -(7 - seq) WHERE seq IN (3, 4); "
              "UPDATE events SET seq = -seq WHERE seq < 0"_s
                                          << Then::Nothing << 3 << u"unlinked"_s;
    QTest::newRow("middle event deleted")
        << noDelete + u"DELETE FROM events WHERE seq = 3"_s << Then::Nothing << 4 << u"missing"_s;
    QTest::newRow("two middle events deleted")
        << noDelete + u"DELETE FROM events WHERE seq IN (4, 5)"_s << Then::Nothing << 6
        << u"missing"_s;
    QTest::newRow("forged event appended")
        << u"INSERT INTO events(seq, time, actor, action, entity_type, entity_id, record_id, "
           "payload, prev_hash, hash) VALUES (8, 1, 'mallory', 'refund.created', 'refund', "
           "'re_forged', 'pr_usd', '{}', '"_s
            + QString(64, u'0') + u"', 'forged')"_s
        << Then::Nothing << 8 << u"unlinked"_s;
}

void tst_Tamper::eventChain()
{
    QFETCH(QString, sql);
    QFETCH(Then, then);
    QFETCH(int, seq);
    QFETCH(QString, what);

    QCOMPARE(tamper(m_path, sql), QString());
    if (then == Then::RehashEvent) {
        // A careful tamperer makes the changed event consistent with itself; the next
        // event still points at the old hash.
        const QList<Event> events = readEvents(m_path);
        const Event changed = events.at(seq - 2);
        QCOMPARE(changed.seq, qint64(seq - 1));
        const QString rehash =
            u"DROP TRIGGER events_no_update; UPDATE events SET hash = %1 WHERE seq = %2"_s.arg(
                sqlText(eventHash(changed)), QString::number(changed.seq));
        QCOMPARE(tamper(m_path, rehash), QString());
    }

    QString broken;
    if (what == u"changed"_s) {
        const Event &event = m_events.at(seq - 1);
        broken = u"event %1 (%2 on %3) was changed after it was written"_s.arg(seq).arg(
            event.action, event.entityId);
    } else if (what == u"missing"_s) {
        const QList<Event> left = readEvents(m_path);
        qint64 previous = 0;
        for (const Event &e : left) {
            if (e.seq == seq)
                break;
            previous = e.seq;
        }
        broken = u"event %1 follows event %2: events are missing"_s.arg(seq).arg(previous);
    } else {
        broken = u"event %1 does not link to the event before it"_s.arg(seq);
    }

    auto store = SqliteStore::open(m_path);
    CHECK_OK(store);
    const auto report = store.value()->verify(VerifyDepth::Full);
    CHECK_OK(report);
    QVERIFY(!report->ok());
    QCOMPARE(report->problems,
             QStringList {u"Event chain broken at the first bad link: %1."_s.arg(broken)});
    QCOMPARE(report->warnings, QStringList());
    // It stops at the first bad link, and the money still adds up.
    qint64 read = 0;
    for (const Event &e : readEvents(m_path))
        read += e.seq <= seq ? 1 : 0;
    QCOMPARE(report->eventsChecked, read);
    QCOMPARE(report->refundsChecked, qint64(4));
    QVERIFY(sqlite3_get_autocommit(store.value()->connection().handle()) != 0);
}

void tst_Tamper::moneyInvariants_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("problems"); // {re1} … {re4} are the refund ids

    // The state before: pr_usd 100.00 guaranteed, 25.00 refunded (re1), re3 canceled;
    // pr_jpy ¥5,000 with ¥1,200 refunded (re2); pr_kwd KWD 5.550 with 1.550 pending (re4).
    QTest::newRow("amount_refunded raised")
        << u"UPDATE payment_records SET amount_refunded = amount_refunded + 100 "
           "WHERE id = 'pr_usd'"_s
        << QStringList {u"pr_usd: amount_refunded is $26.00, but its succeeded refunds ($25.00) "
                        "and prior refunded amount ($0.00) add up to $25.00."_s};
    QTest::newRow("amount_refunded lowered")
        << u"UPDATE payment_records SET amount_refunded = 200 WHERE id = 'pr_jpy'"_s
        << QStringList {u"pr_jpy: amount_refunded is ¥200, but its succeeded refunds (¥1,200) "
                        "and prior refunded amount (¥0) add up to ¥1,200."_s};
    QTest::newRow("refund disguised as a prior refund")
        << u"UPDATE payment_records SET amount_prior_refunded = 1200 WHERE id = 'pr_jpy'"_s
        << QStringList {u"pr_jpy: amount_refunded is ¥1,200, but its succeeded refunds (¥1,200) "
                        "and prior refunded amount (¥1,200) add up to ¥2,400."_s};
    QTest::newRow("reservation released")
        << u"UPDATE payment_records SET amount_reserved = 0 WHERE id = 'pr_kwd'"_s
        << QStringList {u"pr_kwd: KWD 0.000 is recorded as reserved, but its pending refunds add "
                        "up to KWD 1.550."_s};
    QTest::newRow("guaranteed lowered, CHECK switched off")
        << u"PRAGMA ignore_check_constraints = ON; UPDATE payment_records SET "
           "amount_guaranteed = 2000 WHERE id = 'pr_usd'"_s
        << QStringList {u"SQLite integrity: CHECK constraint failed in payment_records"_s,
                        u"pr_usd: refunds of $25.00 exceed the $20.00 that was guaranteed."_s};
    QTest::newRow("refund canceled behind the bookkeeping")
        << u"DROP TRIGGER refunds_amounts_update; UPDATE refunds SET status = 'canceled' "
           "WHERE id = '{re4}'"_s
        << QStringList {u"pr_kwd: KWD 1.550 is recorded as reserved, but its pending refunds add "
                        "up to KWD 0.000."_s};
    QTest::newRow("refund currency changed")
        << u"DROP TRIGGER refunds_immutable; UPDATE refunds SET currency = 'eur' "
           "WHERE id = '{re2}'"_s
        << QStringList {u"{re2}: refund currency eur differs from its payment's jpy."_s};
}

void tst_Tamper::moneyInvariants()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, problems);

    const auto withIds = [this](QString text) {
        for (int i = 0; i < m_refundIds.size(); ++i)
            text.replace(u"{re%1}"_s.arg(i + 1), m_refundIds.at(i));
        return text;
    };
    QCOMPARE(tamper(m_path, withIds(sql)), QString());
    for (QString &problem : problems)
        problem = withIds(problem);

    auto store = SqliteStore::open(m_path);
    CHECK_OK(store);
    const auto report = store.value()->verify(VerifyDepth::Full);
    CHECK_OK(report);
    QVERIFY(!report->ok());
    // Only the money is wrong: the event chain is whole.
    QCOMPARE(report->problems.join(u'\n'), problems.join(u'\n'));
    QCOMPARE(report->eventsChecked, qint64(7));
}

void tst_Tamper::droppedGuardTriggerIsReported()
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open_v2(m_path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr),
             SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "DROP TRIGGER refunds_transition", nullptr, nullptr, nullptr),
             SQLITE_OK);
    QCOMPARE(sqlite3_close(db), SQLITE_OK);

    auto store = SqliteStore::open(m_path);
    CHECK_OK(store);
    const auto report = store.value()->verify(VerifyDepth::Full);
    CHECK_OK(report);
    QCOMPARE(report->problems,
             QStringList {u"The guard trigger refunds_transition is missing: the database no "
                          "longer refuses what it should on its own."_s});
}

void tst_Tamper::fileCheckDepth_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<VerifyDepth>("depth");
    QTest::addColumn<QStringList>("problems");

    // The index on created is redefined over amount_requested behind SQLite's back, so its
    // entries no longer match its rows; the rows themselves and the money are untouched.
    const QString indexOutOfStep =
        u"PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = "
        "'CREATE INDEX payment_records_created ON payment_records(amount_requested)' "
        "WHERE name = 'payment_records_created'"_s;
    const QString checkOff = u"PRAGMA ignore_check_constraints = ON; UPDATE payment_records "
                             "SET amount_refunded = -1, amount_prior_refunded = -1 - 2500 "
                             "WHERE id = 'pr_usd'"_s;
    const QString checkFailed = u"SQLite integrity: CHECK constraint failed in payment_records"_s;

    QTest::newRow("untouched, quick") << QString() << VerifyDepth::Quick << QStringList();
    QTest::newRow("untouched, full") << QString() << VerifyDepth::Full << QStringList();
    // What the quick check leaves out, by design: verify --full is for this.
    QTest::newRow("index out of step with its rows, quick")
        << indexOutOfStep << VerifyDepth::Quick << QStringList();
    QTest::newRow("index out of step with its rows, full")
        << indexOutOfStep << VerifyDepth::Full
        << QStringList {u"SQLite integrity: row 1 missing from index payment_records_created"_s};
    QTest::newRow("CHECK switched off, quick")
        << checkOff << VerifyDepth::Quick << QStringList {checkFailed};
    QTest::newRow("CHECK switched off, full")
        << checkOff << VerifyDepth::Full << QStringList {checkFailed};
}

void tst_Tamper::fileCheckDepth()
{
    QFETCH(QString, sql);
    QFETCH(VerifyDepth, depth);
    QFETCH(QStringList, problems);

    if (!sql.isEmpty())
        QCOMPARE(tamper(m_path, sql), QString());
    auto store = SqliteStore::open(m_path);
    CHECK_OK(store);
    const auto report = store.value()->verify(depth);
    CHECK_OK(report);
    // SQLite may name the same broken index more than once (one line per missing row);
    // the first line is the one people read.
    QCOMPARE(report->problems.mid(0, problems.size()), problems);
    QCOMPARE(report->ok(), problems.isEmpty());
    QCOMPARE(report->eventsChecked, qint64(7));
}

QTEST_GUILESS_MAIN(tst_Tamper)
#include "tst_tamper.moc"
