// Creating refunds in the store: amounts in each currency, every refusal, reserving and
// spending the refundable amount, unique references, idempotency keys, and concurrent
// writers racing for one payment.

#include "storefixtures.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>

using namespace RefundDesk;
using namespace RefundDesk::Testing;
using namespace Qt::StringLiterals;

class tst_StoreRefunds : public QObject, public StoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { initStore(); }
    void cleanup() { cleanupStore(); }

    void createRefund_data();
    void createRefund();
    void refusedRefund_data();
    void refusedRefund();
    void refundsReserveAndSpendTheAmount();
    void duplicateReferenceRefused();
    void idempotency_data();
    void idempotency();
    void concurrentWritersCannotOverRefund();
};

// ---------------------------------------------------------------------------------------
// Refunds

void tst_StoreRefunds::createRefund_data()
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

void tst_StoreRefunds::createRefund()
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

void tst_StoreRefunds::refusedRefund_data()
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

void tst_StoreRefunds::refusedRefund()
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

void tst_StoreRefunds::refundsReserveAndSpendTheAmount()
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

    const auto report = m_store->verify(VerifyDepth::Full);
    CHECK_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
}

void tst_StoreRefunds::duplicateReferenceRefused()
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

void tst_StoreRefunds::idempotency_data()
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

void tst_StoreRefunds::idempotency()
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

void tst_StoreRefunds::concurrentWritersCannotOverRefund()
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
    const auto report = store->verify(VerifyDepth::Full);
    CHECK_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
    QCOMPARE(report->eventsChecked, qint64(12));
}

QTEST_GUILESS_MAIN(tst_StoreRefunds)
#include "tst_storerefunds.moc"
