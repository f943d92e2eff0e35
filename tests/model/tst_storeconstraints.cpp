// The database's own refusals: raw SQL that bypasses the domain layer must still be
// refused by a CHECK, UNIQUE or FOREIGN KEY constraint or a trigger, changing nothing.

#include "storefixtures.h"

#include <QTest>

using namespace RefundDesk;
using namespace RefundDesk::Testing;
using namespace Qt::StringLiterals;

class tst_StoreConstraints : public QObject, public StoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { initStore(); }
    void cleanup() { cleanupStore(); }

    void constraints_data();
    void constraints();
};

// ---------------------------------------------------------------------------------------
// The database's own refusals, with the domain layer bypassed

void tst_StoreConstraints::constraints_data()
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

void tst_StoreConstraints::constraints()
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
    const auto report = m_store->verify(VerifyDepth::Full);
    CHECK_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_StoreConstraints)
#include "tst_storeconstraints.moc"
