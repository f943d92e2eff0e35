#pragma once

// Shared by the store suites (tst_store*.cpp): records and attempts whose amounts agree, the
// standard seed every suite starts from, refund requests and status changes, raw reads
// through SQLite's C API that do not depend on the code under test, and a fresh in-memory
// store per test.

#include "domain/recordstate.h"
#include "store/sqlitestore.h"

#include <QTest>

#include <memory>
#include <sqlite3.h>

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

namespace RefundDesk::Testing {

// The suites' own literals; a declaration, so nothing else of Qt's namespace leaks in.
using Qt::Literals::StringLiterals::operator""_s;

inline constexpr qint64 baseTime = 1'700'000'000; // 2023-11-14T22:13:20Z
inline constexpr qint64 nowSeconds = baseTime + 90 * 86400;
inline const Actor agent {u"agent.smith"_s};

template<typename T>
QString errorOf(const Result<T> &result)
{
    return result ? QString() : result.error().message;
}

inline QString kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Rule:
        return u"rule"_s;
    case ErrorKind::NotFound:
        return u"not found"_s;
    case ErrorKind::Usage:
        return u"usage"_s;
    case ErrorKind::Denied:
        return u"denied"_s;
    case ErrorKind::Storage:
        return u"storage"_s;
    }
    return u"?"_s;
}

// Only for named results: the argument is evaluated more than once.
#define CHECK_OK(result) QVERIFY2((result).ok(), qPrintable(errorOf(result)))

inline PaymentAttempt attemptFor(const PaymentRecord &record, AttemptOutcome outcome,
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
inline PaymentRecord makeRecord(const QString &id, const QString &currency, qint64 amount,
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

inline Result<void> seed(Store &store, const Seed &s)
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
inline Seed standardSeed()
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

inline RefundRequest refundOf(const QString &recordId, qint64 amount)
{
    RefundRequest r;
    r.paymentRecordId = recordId;
    r.amount = amount;
    return r;
}

inline RefundRequest reportedRefundOf(const QString &recordId, qint64 amount,
                                      const QString &reference)
{
    RefundRequest r = refundOf(recordId, amount);
    r.reported = true;
    r.refundReference = reference;
    return r;
}

inline StatusChange changeTo(RefundStatus to, FailureReason failure = FailureReason::None)
{
    StatusChange c;
    c.to = to;
    c.failureReason = failure;
    return c;
}

// Raw reads through the C API, so the checks do not depend on the code under test.

inline QString dumpQuery(sqlite3 *db, const char *sql)
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
inline QString dumpAll(SqliteStore &store)
{
    sqlite3 *db = store.connection().handle();
    return dumpQuery(db, "SELECT * FROM events ORDER BY seq")
        + dumpQuery(db, "SELECT * FROM payment_records ORDER BY pk")
        + dumpQuery(db, "SELECT * FROM payment_attempts ORDER BY pk")
        + dumpQuery(db, "SELECT * FROM refunds ORDER BY pk")
        + dumpQuery(db, "SELECT rowid, text FROM payment_search ORDER BY rowid")
        + dumpQuery(db, "SELECT * FROM users ORDER BY pk")
        + dumpQuery(db, "SELECT * FROM user_limits ORDER BY user_pk, currency")
        + dumpQuery(db, "SELECT * FROM approvals ORDER BY refund_id");
}

inline qint64 scalar(SqliteStore &store, const char *sql)
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

inline QString scalarText(SqliteStore &store, const QString &sql)
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

inline qint64 eventCount(SqliteStore &store)
{
    return scalar(store, "SELECT count(*) FROM events");
}

inline qint64 refundCount(SqliteStore &store)
{
    return scalar(store, "SELECT count(*) FROM refunds");
}

inline bool inTransaction(SqliteStore &store)
{
    return sqlite3_get_autocommit(store.connection().handle()) == 0;
}

inline QStringList idsOf(const QList<RecordRow> &rows)
{
    QStringList ids;
    for (const RecordRow &row : rows)
        ids << row.record.id;
    return ids;
}

/// The fresh :memory: store each test gets from init(), checked and dropped in cleanup(),
/// with the shortcuts every suite uses on it.
class StoreFixture
{
protected:
    void initStore()
    {
        m_store = openStore(u":memory:"_s);
        QVERIFY(m_store);
    }
    void cleanupStore()
    {
        // A store method that left its transaction open would break the next write.
        if (m_store)
            QVERIFY(!inTransaction(*m_store));
        m_store.reset();
    }

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

} // namespace RefundDesk::Testing
