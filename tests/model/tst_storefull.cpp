// A full database inside the store (issue 8, part 4): SQLite's PRAGMA max_page_count caps
// the file at a few pages more than it holds, and every kind of write — a bulk import, a
// re-import that raises many records' prior refunds in one statement, a refund, a status
// change, a note, a metadata edit, a new user — is tried against it at several margins.
// Each one either succeeds or fails with a storage error that says the database is full and
// names the file; a failed one leaves every row of every table as it was, and the
// transaction is closed. (tst_diskfull covers the file system's own limit, end to end.)

#include "auth/password.h"
#include "storefixtures.h"

#include <QMap>
#include <QTemporaryDir>

#include <functional>
#include <tuple>

using namespace RefundDesk;
using namespace RefundDesk::Testing;

namespace {

/// Records like the standard seed's, `count` of them, with a prior refund of `prior`.
Seed manyRecords(int count, qint64 prior)
{
    Seed s;
    for (int i = 0; i < count; ++i) {
        PaymentRecord record =
            makeRecord(u"pr_bulk%1"_s.arg(i), u"usd"_s, 10000 + i, AttemptOutcome::Guaranteed);
        record.description = u"A description long enough to fill pages: "_s + QString(200, u'x');
        record.priorRefunded = record.amountRefunded = prior;
        s.add(record, AttemptOutcome::Guaranteed);
    }
    return s;
}

/// One write; `round` counts its repetitions, so each can differ from the last.
using Write = std::function<Result<void>(SqliteStore &, int round)>;

template<typename T>
Result<void> asVoid(const Result<T> &result)
{
    if (!result)
        return result.error();
    return {};
}

} // namespace

Q_DECLARE_METATYPE(Write)

class tst_StoreFull : public QObject, protected StoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void fullDatabase_data();
    void fullDatabase();
    void cleanupTestCase();

private:
    int m_failed = 0;
    int m_succeeded = 0;
    /// By write, per margin: how many fitted, then F when one was refused as full.
    QMap<QString, QString> m_outcomes;
};

void tst_StoreFull::fullDatabase_data()
{
    QTest::addColumn<Write>("write");
    QTest::addColumn<int>("margin");
    QTest::addColumn<bool>("repeats");

    // Writes that can be repeated run again and again until the file is full.
    const QList<std::tuple<const char *, Write, bool>> writes {
        {"import of 300 new records",
         [](SqliteStore &store, int) { return seed(store, manyRecords(300, 0)); }, false},
        {"re-import raising 200 prior refunds",
         [](SqliteStore &store, int) {
             // The same records as the fixture's bulk import, now with prior refunds.
             return seed(store, manyRecords(200, 5000));
         },
         false},
        {"refund",
         [](SqliteStore &store, int) {
             return asVoid(store.createRefund(refundOf(u"pr_usd"_s, 10), agent));
         },
         true},
        {"reported refund",
         [](SqliteStore &store, int round) {
             return asVoid(store.createRefund(
                 reportedRefundOf(u"pr_usd"_s, 10, u"ref-%1"_s.arg(round)), agent));
         },
         true},
        {"status change",
         [](SqliteStore &store, int) {
             const auto refunds = store.refundsOf(u"pr_kwd"_s);
             if (!refunds)
                 return Result<void>(refunds.error());
             return asVoid(store.changeRefundStatus(
                 refunds->constFirst().id, changeTo(RefundStatus::Failed, FailureReason::Declined),
                 agent));
         },
         false},
        {"record note",
         [](SqliteStore &store, int) {
             return store.addRecordNote(u"pr_usd"_s, QString(1900, u'n'), agent);
         },
         true},
        {"metadata",
         [](SqliteStore &store, int round) {
             Metadata metadata;
             for (int i = 0; i < 50; ++i)
                 metadata.insert(u"key%1"_s.arg(i), QString(500, QChar(u'a' + round % 26)));
             return asVoid(store.setRecordMetadata(u"pr_usd"_s, metadata, agent));
         },
         true},
        {"user",
         [](SqliteStore &store, int) {
             User user;
             user.name = u"ada"_s;
             user.role = Role::Admin;
             const auto hashed = Password::hash(u"ada-correct-horse"_s, Password::Cost::minimum());
             if (!hashed)
                 return Result<void>(hashed.error());
             return asVoid(store.addUser(user, hashed.value(), agent));
         },
         false}, // the first user ends the local operator's rights
    };
    // Pages the file may grow by: none, one, a few, and enough for the small writes.
    for (const auto &[name, write, repeats] : writes) {
        for (const int margin : {0, 1, 3, 8, 40})
            QTest::addRow("%s, %d more pages", name, margin) << write << margin << repeats;
    }
}

void tst_StoreFull::fullDatabase()
{
    QFETCH(Write, write);
    QFETCH(int, margin);
    QFETCH(bool, repeats);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"full.sqlite"_s);
    m_store = openStore(path);
    QVERIFY(m_store);
    // Not what is tested, and without it each of the hundreds of commits waits for the disk.
    QVERIFY(m_store->connection().exec("PRAGMA synchronous = OFF"));
    CHECK_OK(seedStandard());
    const auto bulk = seed(*m_store, manyRecords(200, 0));
    CHECK_OK(bulk);
    // A pending refund for the status change.
    const auto pending = create(refundOf(u"pr_kwd"_s, 100));
    CHECK_OK(pending);

    const qint64 pages = scalar(*m_store, "PRAGMA page_count");
    QVERIFY(m_store->connection().exec(
        QByteArray("PRAGMA max_page_count = " + QByteArray::number(pages + margin)).constData()));

    int fitted = 0;
    bool full = false;
    for (int round = 0; round < (repeats ? 400 : 1) && !full; ++round) {
        const QString before = dumpAll(*m_store);
        const Result<void> written = write(*m_store, round);
        QVERIFY(!inTransaction(*m_store));
        if (written) {
            ++fitted;
            continue;
        }
        full = true;
        QVERIFY2(written.error().kind == ErrorKind::Storage, qPrintable(written.error().message));
        QVERIFY2(written.error().message.startsWith(u"The database %1 is full"_s.arg(path)),
                 qPrintable(written.error().message));
        QCOMPARE(dumpAll(*m_store), before);
    }
    m_succeeded += fitted;
    m_failed += full ? 1 : 0;
    m_outcomes[QString::fromLatin1(QTest::currentDataTag()).section(u',', 0, 0)] +=
        u"%1%2 "_s.arg(fitted).arg(full ? u"F"_s : u"."_s);
    if (repeats && margin <= 8)
        QVERIFY2(full, "never ran out of room");
    // Room again: the store still works, and verify finds nothing wrong.
    QVERIFY(m_store->connection().exec("PRAGMA max_page_count = 1073741823"));
    const auto verified = m_store->verify(VerifyDepth::Full);
    CHECK_OK(verified);
    QVERIFY2(verified->ok(), qPrintable(verified->problems.join(u"\n"_s)));
    if (scalar(*m_store, "SELECT count(*) FROM users") == 0) // else agent may not sign in
        CHECK_OK(create(refundOf(u"pr_jpy"_s, 100)));
    cleanupStore();
}

void tst_StoreFull::cleanupTestCase()
{
    // A table where no write ran out of room would test nothing.
    QVERIFY(m_failed >= 25);
    qInfo("reliability: storefull: %d writes refused as full (the rest unchanged), %d fitted",
          m_failed, m_succeeded);
    for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it)
        qInfo("%s: %s (0, 1, 3, 8, 40 more pages)", qPrintable(it.key()), qPrintable(it.value()));
}

QTEST_GUILESS_MAIN(tst_StoreFull)
#include "tst_storefull.moc"
