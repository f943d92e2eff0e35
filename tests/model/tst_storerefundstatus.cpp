// Changing a refund's status in the store: every allowed and refused transition with its
// effect on the amounts, references set with a change, unknown refunds, and the history
// of events a record keeps.

#include "storefixtures.h"

#include <QTest>

using namespace RefundDesk;
using namespace RefundDesk::Testing;
using namespace Qt::StringLiterals;

class tst_StoreRefundStatus : public QObject, public StoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { initStore(); }
    void cleanup() { cleanupStore(); }

    void changeRefundStatus_data();
    void changeRefundStatus();
    void statusChangeReferences();
    void unknownRefundNotFound();
    void historyListsEventsInOrder();
};

void tst_StoreRefundStatus::changeRefundStatus_data()
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

void tst_StoreRefundStatus::changeRefundStatus()
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

    const auto report = m_store->verify(VerifyDepth::Full);
    CHECK_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
}

void tst_StoreRefundStatus::statusChangeReferences()
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

void tst_StoreRefundStatus::unknownRefundNotFound()
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

void tst_StoreRefundStatus::historyListsEventsInOrder()
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

QTEST_GUILESS_MAIN(tst_StoreRefundStatus)
#include "tst_storerefundstatus.moc"
