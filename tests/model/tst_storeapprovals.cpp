// Four-eyes approval through the model API: what waits, who may decide, what a decision
// binds, and that two supervisors deciding at once give one decision.

#include "userfixtures.h"

#include <QTemporaryDir>
#include <QThread>

#include <atomic>

using namespace RefundDesk;
using namespace RefundDesk::Testing;

namespace {

ApprovalDecision decisionOn(const Refund &refund, bool approve, const QString &note = {})
{
    return {refund.id, approve, refund.amount, refund.currency, refund.paymentRecordId, note};
}

QString statusOf(SqliteStore &store, const QString &refundId)
{
    return scalarText(store, u"SELECT status FROM refunds WHERE id = '%1'"_s.arg(refundId));
}

} // namespace

class tst_StoreApprovals : public QObject, private StoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Password::setCurrentCost(Password::Cost::minimum()); }
    void init();
    void cleanup() { cleanupStore(); }

    void limitDecidesWhatWaits_data();
    void limitDecidesWhatWaits();
    void reservedAmountCountsAgainstRefundable();
    void refusedDecisions_data();
    void refusedDecisions();
    void approvalSendsItOn();
    void reportedRefundIsApprovedToSucceeded();
    void rejectionCancelsAndReleases();
    void secondDecisionIsRefused();
    void databaseRefusesAnUnapprovedWayOut_data();
    void databaseRefusesAnUnapprovedWayOut();
    void concurrentApprovalsGiveOneDecision();

private:
    Refund awaiting(qint64 amount = 25000);
    Team m_team;
};

void tst_StoreApprovals::init()
{
    initStore();
    Seed s = standardSeed();
    s.add(u"pr_big"_s, u"usd"_s, 50000, AttemptOutcome::Guaranteed);
    REQUIRE_OK(seed(*m_store, s));
    REQUIRE_OK(addTeam(*m_store, m_team));
}

Refund tst_StoreApprovals::awaiting(qint64 amount)
{
    const auto created = m_store->createRefund(refundOf(u"pr_big"_s, amount), m_team.agent);
    if (!created) {
        qWarning("%s", qPrintable(created.error().message));
        return {};
    }
    return created->refund;
}

void tst_StoreApprovals::limitDecidesWhatWaits_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("record");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("status");
    // The agent's limits: usd 100.00, jpy 5000, nothing in kwd.
    QTest::newRow("agent below the usd limit")
        << u"agent"_s << u"pr_big"_s << qint64(9999) << u"pending"_s;
    QTest::newRow("agent exactly at the usd limit")
        << u"agent"_s << u"pr_big"_s << qint64(10000) << u"pending"_s;
    QTest::newRow("agent one cent above the usd limit")
        << u"agent"_s << u"pr_big"_s << qint64(10001) << u"awaiting_approval"_s;
    QTest::newRow("agent 250.00 usd")
        << u"agent"_s << u"pr_big"_s << qint64(25000) << u"awaiting_approval"_s;
    QTest::newRow("agent within the jpy limit")
        << u"agent"_s << u"pr_jpy"_s << qint64(5000) << u"pending"_s;
    QTest::newRow("agent without a kwd limit")
        << u"agent"_s << u"pr_kwd"_s << qint64(1) << u"awaiting_approval"_s;
    QTest::newRow("supervisor's larger limit")
        << u"supervisor"_s << u"pr_big"_s << qint64(25000) << u"pending"_s;
    QTest::newRow("admin without limits waits too")
        << u"admin"_s << u"pr_big"_s << qint64(100) << u"awaiting_approval"_s;
}

void tst_StoreApprovals::limitDecidesWhatWaits()
{
    QFETCH(QString, who);
    QFETCH(QString, record);
    QFETCH(qint64, amount);
    QFETCH(QString, status);
    const Actor actor = who == u"agent" ? m_team.agent
        : who == u"supervisor"          ? m_team.supervisor
                                        : m_team.admin;
    const auto created = m_store->createRefund(refundOf(record, amount), actor);
    CHECK_OK(created);
    QCOMPARE(toString(created->refund.status), status);
    QCOMPARE(statusOf(*m_store, created->refund.id), status);
    QCOMPARE(created->refund.createdBy, actor.name);
    const QString payload =
        scalarText(*m_store, u"SELECT payload FROM events ORDER BY seq DESC LIMIT 1"_s);
    QCOMPARE(payload.contains(u"\"approval_required\":true"_s), status == u"awaiting_approval");
}

void tst_StoreApprovals::reservedAmountCountsAgainstRefundable()
{
    const Refund waiting = awaiting(30000);
    QCOMPARE(toString(waiting.status), u"awaiting_approval"_s);
    const auto record = m_store->record(u"pr_big"_s);
    CHECK_OK(record);
    QCOMPARE(record->amountReserved, qint64(30000));
    QCOMPARE(record->refundable(), qint64(20000));
    // What is reserved cannot be spent twice, by anyone.
    const auto tooMuch = m_store->createRefund(refundOf(u"pr_big"_s, 20001), m_team.supervisor);
    QVERIFY(!tooMuch);
    QCOMPARE(tooMuch.error().field, u"amount"_s);
    REQUIRE_OK(m_store->createRefund(refundOf(u"pr_big"_s, 20000), m_team.supervisor));
}

void tst_StoreApprovals::refusedDecisions_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("change"); // what differs from the refund in the decision
    QTest::addColumn<bool>("approve");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("creator approves own refund")
        << u"creator"_s << QString() << true << QString() << u"denied"_s << u"approver"_s
        << u"cannot approve"_s;
    QTest::newRow("agent approves") << u"agent2"_s << QString() << true << QString() << u"denied"_s
                                    << u"role"_s << u"approve or reject refunds"_s;
    QTest::newRow("viewer rejects")
        << u"viewer"_s << QString() << false << u"no"_s << u"denied"_s << u"role"_s << u"viewer"_s;
    QTest::newRow("other amount") << u"supervisor"_s << u"amount"_s << true << QString()
                                  << u"rule"_s << u"amount"_s << u"250.00"_s;
    QTest::newRow("other currency") << u"supervisor"_s << u"currency"_s << true << QString()
                                    << u"rule"_s << u"amount"_s << u"pr_big"_s;
    QTest::newRow("other record") << u"supervisor"_s << u"record"_s << true << QString()
                                  << u"rule"_s << u"amount"_s << u"pr_usd"_s;
    QTest::newRow("reject without a note")
        << u"supervisor"_s << QString() << false << u"  "_s << u"rule"_s << u"note"_s << u"note"_s;
    QTest::newRow("unknown refund") << u"supervisor"_s << u"id"_s << true << QString()
                                    << u"not found"_s << u"refund"_s << u"re_nope"_s;
}

void tst_StoreApprovals::refusedDecisions()
{
    QFETCH(QString, who);
    QFETCH(QString, change);
    QFETCH(bool, approve);
    QFETCH(QString, note);
    QFETCH(QString, kind);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);

    // The admin has no limits, so everything the admin refunds waits for someone else.
    const Refund refund = who == u"creator"
        ? m_store->createRefund(refundOf(u"pr_big"_s, 25000), m_team.admin)->refund
        : awaiting();
    ApprovalDecision decision = decisionOn(refund, approve, note);
    if (change == u"amount")
        decision.amount += 1;
    else if (change == u"currency")
        decision.currency = u"eur"_s;
    else if (change == u"record")
        decision.paymentRecordId = u"pr_usd"_s;
    else if (change == u"id")
        decision.refundId = u"re_nope"_s;
    Actor actor = m_team.supervisor;
    if (who == u"creator") {
        actor = m_team.admin;
    } else if (who == u"viewer") {
        actor = m_team.viewer;
    } else if (who == u"agent2") {
        User second = userOf(Actor {u"ann"_s, Role::Agent});
        REQUIRE_OK(m_store->addUser(second, teamHash(), m_team.admin));
        actor = Actor {u"ann"_s, Role::Agent};
    }
    const QString before = dumpAll(*m_store);
    const auto decided = m_store->decideApproval(decision, actor);
    QVERIFY(!decided);
    QCOMPARE(kindName(decided.error().kind), kind);
    QCOMPARE(decided.error().field, field);
    QVERIFY2(decided.error().message.contains(messagePart), qPrintable(decided.error().message));
    QCOMPARE(dumpAll(*m_store), before);
}

void tst_StoreApprovals::approvalSendsItOn()
{
    const Refund refund = awaiting();
    const auto approved =
        m_store->decideApproval(decisionOn(refund, true, u"customer called"_s), m_team.supervisor);
    CHECK_OK(approved);
    QCOMPARE(toString(approved->status), u"pending"_s);
    QCOMPARE(approved->approvedBy, m_team.supervisor.name);
    const auto stored = m_store->refund(refund.id);
    CHECK_OK(stored);
    QCOMPARE(stored.value(), approved.value());
    QCOMPARE(scalarText(*m_store,
                        u"SELECT decided_by || ' ' || decision || ' ' || amount "
                        "FROM approvals"_s),
             u"sam approved 25000"_s);
    // Still reserved: pending holds the amount until the processor settles it.
    QCOMPARE(m_store->record(u"pr_big"_s)->amountReserved, qint64(25000));
    const auto history = m_store->history(u"pr_big"_s);
    CHECK_OK(history);
    QCOMPARE(history->last().action, u"refund.approved"_s);
    QCOMPARE(history->last().actor, m_team.supervisor.name);
    REQUIRE_OK(m_store->verify(VerifyDepth::Full));
    QVERIFY(m_store->verify(VerifyDepth::Full)->ok());
}

void tst_StoreApprovals::reportedRefundIsApprovedToSucceeded()
{
    RefundRequest request = reportedRefundOf(u"pr_big"_s, 25000, u"ref_big_1"_s);
    request.refundedAt = nowSeconds - 60;
    const auto created = m_store->createRefund(request, m_team.agent);
    CHECK_OK(created);
    QCOMPARE(toString(created->refund.status), u"awaiting_approval"_s);
    QCOMPARE(m_store->record(u"pr_big"_s)->amountRefunded, qint64(0));
    const auto approved = m_store->decideApproval(decisionOn(created->refund, true), m_team.admin);
    CHECK_OK(approved);
    QCOMPARE(toString(approved->status), u"succeeded"_s);
    const auto record = m_store->record(u"pr_big"_s);
    QCOMPARE(record->amountRefunded, qint64(25000));
    QCOMPARE(record->amountReserved, qint64(0));
    QVERIFY(m_store->verify(VerifyDepth::Full)->ok());
}

void tst_StoreApprovals::rejectionCancelsAndReleases()
{
    const Refund refund = awaiting();
    const auto rejected = m_store->decideApproval(decisionOn(refund, false, u"duplicate request"_s),
                                                  m_team.supervisor2);
    CHECK_OK(rejected);
    QCOMPARE(toString(rejected->status), u"canceled"_s);
    QVERIFY(rejected->approvedBy.isEmpty());
    QCOMPARE(m_store->record(u"pr_big"_s)->amountReserved, qint64(0));
    QCOMPARE(m_store->record(u"pr_big"_s)->refundable(), qint64(50000));
    QCOMPARE(scalarText(*m_store, u"SELECT note FROM approvals"_s), u"duplicate request"_s);
}

void tst_StoreApprovals::secondDecisionIsRefused()
{
    const Refund refund = awaiting();
    REQUIRE_OK(m_store->decideApproval(decisionOn(refund, true), m_team.supervisor));
    const QString before = dumpAll(*m_store);
    const auto again = m_store->decideApproval(decisionOn(refund, false, u"no"_s), m_team.admin);
    QVERIFY(!again);
    QVERIFY2(again.error().message.contains(u"already approved by sam"_s),
             qPrintable(again.error().message));
    QCOMPARE(dumpAll(*m_store), before);
}

void tst_StoreApprovals::databaseRefusesAnUnapprovedWayOut_data()
{
    QTest::addColumn<QByteArray>("sql");
    // Each bypasses the store and must still be refused by the database itself.
    QTest::newRow("status set to pending without a decision")
        << QByteArray("UPDATE refunds SET status = 'pending' WHERE status = 'awaiting_approval'");
    QTest::newRow("status set to succeeded without a decision")
        << QByteArray("UPDATE refunds SET status = 'succeeded' WHERE status = "
                      "'awaiting_approval'");
    QTest::newRow("approval written by the creator")
        << QByteArray("INSERT INTO approvals SELECT id, 'approved', created_by, 0, amount, "
                      "currency, payment_record_id, NULL FROM refunds WHERE status = "
                      "'awaiting_approval'");
    QTest::newRow("approval of another amount, then the way out")
        << QByteArray("INSERT INTO approvals SELECT id, 'approved', 'sam', 0, amount - 1, "
                      "currency, payment_record_id, NULL FROM refunds WHERE status = "
                      "'awaiting_approval'; UPDATE refunds SET status = 'pending' WHERE status = "
                      "'awaiting_approval'");
    QTest::newRow("rejection without a note")
        << QByteArray("INSERT INTO approvals SELECT id, 'rejected', 'sam', 0, amount, currency, "
                      "payment_record_id, '' FROM refunds WHERE status = 'awaiting_approval'");
    QTest::newRow("approval turned into a rejection")
        << QByteArray("UPDATE approvals SET decision = 'rejected', note = 'x'");
    QTest::newRow("approval deleted") << QByteArray("DELETE FROM approvals");
    QTest::newRow("approver replaced") << QByteArray("UPDATE refunds SET approved_by = 'mallory'");
}

void tst_StoreApprovals::databaseRefusesAnUnapprovedWayOut()
{
    QFETCH(QByteArray, sql);
    QVERIFY(!awaiting().id.isEmpty());
    // An approved one too, for the rows that try to change an existing decision.
    REQUIRE_OK(m_store->decideApproval(decisionOn(awaiting(20000), true), m_team.supervisor));
    const QString before = dumpAll(*m_store);
    QVERIFY(m_store->connection().exec("BEGIN"));
    const bool ran = m_store->connection().exec(sql.constData());
    m_store->connection().exec(ran ? "COMMIT" : "ROLLBACK");
    QVERIFY2(!ran, "the database accepted it");
    QCOMPARE(dumpAll(*m_store), before);
}

void tst_StoreApprovals::concurrentApprovalsGiveOneDecision()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"race.db"_s);
    const Team team;
    auto setup = openStore(path);
    QVERIFY(setup);
    Seed s;
    s.add(u"pr_big"_s, u"usd"_s, 500000, AttemptOutcome::Guaranteed);
    REQUIRE_OK(seed(*setup, s));
    REQUIRE_OK(addTeam(*setup, team));

    // Two supervisors on two connections approve the same refund, as close together as
    // two threads get; a few rounds, each on a new refund.
    constexpr int rounds = 5;
    for (int round = 0; round < rounds; ++round) {
        const auto created = setup->createRefund(refundOf(u"pr_big"_s, 25000), team.agent);
        CHECK_OK(created);
        const Refund refund = created->refund;
        std::atomic<int> ready {0};
        Result<Refund> results[2] = {Error::storage({}), Error::storage({})};
        const auto decide = [&](int which, const Actor &who) {
            auto store = openStore(path);
            ready.fetch_add(1);
            while (ready.load() < 2)
                QThread::yieldCurrentThread();
            results[which] = store->decideApproval(decisionOn(refund, true), who);
        };
        std::unique_ptr<QThread> first(QThread::create(decide, 0, team.supervisor));
        std::unique_ptr<QThread> second(QThread::create(decide, 1, team.supervisor2));
        first->start();
        second->start();
        QVERIFY(first->wait(60000));
        QVERIFY(second->wait(60000));

        QCOMPARE(int(results[0].ok()) + int(results[1].ok()), 1);
        const Result<Refund> &loser = results[0].ok() ? results[1] : results[0];
        QVERIFY2(loser.error().message.contains(u"already approved by"_s),
                 qPrintable(loser.error().message));
    }
    QCOMPARE(scalar(*setup, "SELECT count(*) FROM approvals"), qint64(rounds));
    QCOMPARE(scalar(*setup, "SELECT count(*) FROM events WHERE action = 'refund.approved'"),
             qint64(rounds));
    QVERIFY(setup->verify(VerifyDepth::Full)->ok());
}

QTEST_GUILESS_MAIN(tst_StoreApprovals)
#include "tst_storeapprovals.moc"
