#include "domain/refundlifecycle.h"

#include <QTest>

using namespace RefundDesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(RefundDesk::RefundStatus)
Q_DECLARE_METATYPE(RefundDesk::Refund)
Q_DECLARE_METATYPE(RefundDesk::StatusChange)

namespace {

using S = RefundStatus;

// DESIGN §3's status table, written out independently of the code under test,
// The desk's approval step is not among them: awaiting_approval moves on only by an
// approval decision (Store::decideApproval), never by a status change.
const QList<std::pair<S, S>> &allowedTransitions()
{
    static const QList<std::pair<S, S>> allowed {
        {S::Pending, S::Succeeded},      {S::Pending, S::Failed},
        {S::Pending, S::Canceled},       {S::Pending, S::RequiresAction},
        {S::RequiresAction, S::Pending}, {S::RequiresAction, S::Succeeded},
        {S::RequiresAction, S::Failed},  {S::RequiresAction, S::Canceled},
        {S::Succeeded, S::Failed},
    };
    return allowed;
}

const QList<S> everyStatus {S::Pending, S::RequiresAction, S::Succeeded,
                            S::Failed,  S::Canceled,       S::AwaitingApproval};

// Statuses compared by name, so a failure prints "succeeded" rather than an integer.
QStringList names(const QList<S> &statuses)
{
    QStringList list;
    for (S status : statuses)
        list << toString(status);
    return list;
}

constexpr qint64 initiated = 1795176000; // 2026-11-20T12:00:00Z

Refund refundIn(S status, std::optional<qint64> initiatedAt = initiated)
{
    Refund refund;
    refund.id = u"re_test"_s;
    refund.paymentRecordId = u"pr_test"_s;
    refund.amount = 1000;
    refund.currency = u"usd"_s;
    refund.status = status;
    refund.initiatedAt = initiatedAt;
    return refund;
}

StatusChange change(S to, FailureReason failure = FailureReason::None,
                    PendingReason pending = PendingReason::None,
                    std::optional<qint64> refundedAt = std::nullopt)
{
    StatusChange c;
    c.to = to;
    c.failureReason = failure;
    c.pendingReason = pending;
    c.refundedAt = refundedAt;
    return c;
}

} // namespace

class tst_RefundLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStatusIsListed();
    void canTransition_data();
    void canTransition();
    void nextStatuses_data();
    void nextStatuses();
    void validate_data();
    void validate();
};

void tst_RefundLifecycle::everyStatusIsListed()
{
    // The matrix below covers all pairs only if this list is the enum's full list.
    QCOMPARE(names(allRefundStatuses()), names(everyStatus));
}

void tst_RefundLifecycle::canTransition_data()
{
    QTest::addColumn<RefundStatus>("from");
    QTest::addColumn<RefundStatus>("to");
    QTest::addColumn<bool>("allowed");

    for (S from : everyStatus) {
        for (S to : everyStatus) {
            const QString name = u"%1 -> %2"_s.arg(toString(from), toString(to));
            QTest::newRow(qPrintable(name))
                << from << to << allowedTransitions().contains({from, to});
        }
    }
}

void tst_RefundLifecycle::canTransition()
{
    QFETCH(RefundStatus, from);
    QFETCH(RefundStatus, to);
    QFETCH(bool, allowed);

    QCOMPARE(RefundLifecycle::canTransition(from, to), allowed);
    QCOMPARE(RefundLifecycle::nextStatuses(from).contains(to), allowed);
}

void tst_RefundLifecycle::nextStatuses_data()
{
    QTest::addColumn<RefundStatus>("from");
    QTest::addColumn<QList<RefundStatus>>("expected");
    QTest::addColumn<bool>("final");
    QTest::addColumn<bool>("reserves");

    QTest::newRow("pending") << S::Pending
                             << QList<S> {S::RequiresAction, S::Succeeded, S::Failed, S::Canceled}
                             << false << true;
    QTest::newRow("requires_action")
        << S::RequiresAction << QList<S> {S::Pending, S::Succeeded, S::Failed, S::Canceled} << false
        << true;
    QTest::newRow("succeeded") << S::Succeeded << QList<S> {S::Failed} << false << false;
    QTest::newRow("failed") << S::Failed << QList<S> {} << true << false;
    QTest::newRow("canceled") << S::Canceled << QList<S> {} << true << false;
    QTest::newRow("awaiting_approval") << S::AwaitingApproval << QList<S> {} << false << true;
}

void tst_RefundLifecycle::nextStatuses()
{
    QFETCH(RefundStatus, from);
    QFETCH(QList<RefundStatus>, expected);
    QFETCH(bool, final);
    QFETCH(bool, reserves);

    QCOMPARE(names(RefundLifecycle::nextStatuses(from)), names(expected));
    QCOMPARE(isFinal(from), final);
    QCOMPARE(reservesAmount(from), reserves);
}

void tst_RefundLifecycle::validate_data()
{
    QTest::addColumn<Refund>("refund");
    QTest::addColumn<StatusChange>("change");
    QTest::addColumn<QString>("expectedField"); // empty: the change is valid
    QTest::addColumn<QStringList>("messageParts");

    using F = FailureReason;
    using P = PendingReason;
    const QString ok;
    const QStringList none;

    // --- allowed changes with the right reasons
    QTest::newRow("pending -> succeeded")
        << refundIn(S::Pending) << change(S::Succeeded) << ok << none;
    QTest::newRow("pending -> succeeded with refunded_at")
        << refundIn(S::Pending) << change(S::Succeeded, F::None, P::None, initiated + 60) << ok
        << none;
    QTest::newRow("pending -> succeeded refunded_at equal to initiated_at")
        << refundIn(S::Pending) << change(S::Succeeded, F::None, P::None, initiated) << ok << none;
    QTest::newRow("pending -> succeeded refunded_at without initiated_at")
        << refundIn(S::Pending, std::nullopt) << change(S::Succeeded, F::None, P::None, 1) << ok
        << none;
    QTest::newRow("pending -> failed with failure_reason")
        << refundIn(S::Pending) << change(S::Failed, F::Declined) << ok << none;
    QTest::newRow("succeeded -> failed with failure_reason")
        << refundIn(S::Succeeded) << change(S::Failed, F::LostOrStolenCard) << ok << none;
    QTest::newRow("requires_action -> pending with pending_reason")
        << refundIn(S::RequiresAction) << change(S::Pending, F::None, P::Processing) << ok << none;
    QTest::newRow("requires_action -> pending without pending_reason")
        << refundIn(S::RequiresAction) << change(S::Pending) << ok << none;
    QTest::newRow("awaiting_approval -> pending is an approval, not a status change")
        << refundIn(S::AwaitingApproval) << change(S::Pending, F::None, P::ChargePending)
        << u"status"_s << QStringList {u"re_test"_s, u"awaiting approval"_s};
    QTest::newRow("awaiting_approval -> canceled is a rejection, not a status change")
        << refundIn(S::AwaitingApproval) << change(S::Canceled) << u"status"_s
        << QStringList {u"re_test"_s, u"approves or rejects"_s};
    QTest::newRow("pending -> requires_action")
        << refundIn(S::Pending) << change(S::RequiresAction) << ok << none;

    // --- failure_reason exactly when failed
    QTest::newRow("pending -> failed without failure_reason")
        << refundIn(S::Pending) << change(S::Failed) << u"failure_reason"_s
        << QStringList {u"re_test"_s, u"failure_reason"_s};
    QTest::newRow("succeeded -> failed without failure_reason")
        << refundIn(S::Succeeded) << change(S::Failed) << u"failure_reason"_s
        << QStringList {u"re_test"_s};
    QTest::newRow("pending -> canceled with failure_reason")
        << refundIn(S::Pending) << change(S::Canceled, F::Declined) << u"failure_reason"_s
        << QStringList {u"\"declined\""_s, u"canceled"_s};
    QTest::newRow("pending -> succeeded with failure_reason")
        << refundIn(S::Pending) << change(S::Succeeded, F::Unknown) << u"failure_reason"_s
        << QStringList {u"\"unknown\""_s, u"succeeded"_s};

    // --- pending_reason only while pending
    QTest::newRow("pending -> requires_action with pending_reason")
        << refundIn(S::Pending) << change(S::RequiresAction, F::None, P::Processing)
        << u"pending_reason"_s << QStringList {u"\"processing\""_s, u"requires_action"_s};
    QTest::newRow("requires_action -> succeeded with pending_reason")
        << refundIn(S::RequiresAction) << change(S::Succeeded, F::None, P::InsufficientFunds)
        << u"pending_reason"_s << QStringList {u"\"insufficient_funds\""_s, u"succeeded"_s};
    QTest::newRow("pending -> failed with pending_reason")
        << refundIn(S::Pending) << change(S::Failed, F::Declined, P::ChargePending)
        << u"pending_reason"_s << QStringList {u"\"charge_pending\""_s, u"failed"_s};

    // --- refunded_at only when succeeded, not before initiated_at
    QTest::newRow("pending -> failed with refunded_at")
        << refundIn(S::Pending) << change(S::Failed, F::Declined, P::None, initiated + 60)
        << u"refunded_at"_s << QStringList {u"failed"_s};
    QTest::newRow("requires_action -> canceled with refunded_at")
        << refundIn(S::RequiresAction) << change(S::Canceled, F::None, P::None, initiated + 60)
        << u"refunded_at"_s << QStringList {u"canceled"_s};
    QTest::newRow("pending -> succeeded refunded_at before initiated_at")
        << refundIn(S::Pending) << change(S::Succeeded, F::None, P::None, initiated - 1)
        << u"refunded_at"_s << QStringList {u"2026-11-20T11:59:59Z"_s, u"2026-11-20T12:00:00Z"_s};

    // --- the lifecycle itself; the message names the refund and where it can go
    QTest::newRow("pending -> pending")
        << refundIn(S::Pending) << change(S::Pending) << u"status"_s
        << QStringList {u"re_test"_s, u"requires_action, succeeded, failed, canceled"_s};
    QTest::newRow("pending -> awaiting_approval")
        << refundIn(S::Pending) << change(S::AwaitingApproval) << u"status"_s
        << QStringList {u"re_test"_s, u"from pending to awaiting_approval"_s,
                        u"requires_action, succeeded, failed, canceled"_s};
    QTest::newRow("succeeded -> pending")
        << refundIn(S::Succeeded) << change(S::Pending) << u"status"_s
        << QStringList {u"re_test"_s, u"from succeeded to pending"_s,
                        u"From succeeded it can go to failed."_s};
    QTest::newRow("succeeded -> canceled")
        << refundIn(S::Succeeded) << change(S::Canceled) << u"status"_s
        << QStringList {u"re_test"_s, u"it can go to failed."_s};
    QTest::newRow("failed -> succeeded")
        << refundIn(S::Failed) << change(S::Succeeded) << u"status"_s
        << QStringList {u"re_test"_s, u"from failed to succeeded"_s, u"failed is final."_s};
    QTest::newRow("canceled -> pending")
        << refundIn(S::Canceled) << change(S::Pending) << u"status"_s
        << QStringList {u"re_test"_s, u"canceled is final."_s};
    QTest::newRow("awaiting_approval -> succeeded")
        << refundIn(S::AwaitingApproval) << change(S::Succeeded) << u"status"_s
        << QStringList {u"re_test"_s, u"awaiting approval"_s, u"approves or rejects"_s};
    QTest::newRow("requires_action -> awaiting_approval")
        << refundIn(S::RequiresAction) << change(S::AwaitingApproval) << u"status"_s
        << QStringList {u"re_test"_s, u"pending, succeeded, failed, canceled"_s};
    QTest::newRow("forbidden status reported before a bad reason")
        << refundIn(S::Failed) << change(S::Failed) << u"status"_s
        << QStringList {u"failed is final."_s};
}

void tst_RefundLifecycle::validate()
{
    QFETCH(Refund, refund);
    QFETCH(StatusChange, change);
    QFETCH(QString, expectedField);
    QFETCH(QStringList, messageParts);

    const Result<void> result = RefundLifecycle::validate(refund, change);
    if (expectedField.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().message));
        return;
    }
    QVERIFY2(!result.ok(), "the change was accepted");
    QCOMPARE(result.error().kind, ErrorKind::Rule);
    QCOMPARE(result.error().field, expectedField);
    for (const QString &part : messageParts) {
        QVERIFY2(result.error().message.contains(part),
                 qPrintable(u"\"%1\" does not mention \"%2\""_s.arg(result.error().message, part)));
    }
}

QTEST_GUILESS_MAIN(tst_RefundLifecycle)
#include "tst_refundlifecycle.moc"
