#include "domain/recordstate.h"

#include <QTest>

using namespace RefundDesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(RefundDesk::PaymentRecord)
Q_DECLARE_METATYPE(RefundDesk::RecordState)

namespace {

struct Amounts
{
    qint64 guaranteed = 0;
    qint64 refunded = 0;
    qint64 reserved = 0;
    qint64 failed = 0;
    qint64 canceled = 0;
    qint64 prior = 0;
};

PaymentRecord record(Amounts a)
{
    PaymentRecord r;
    r.id = u"pr_test"_s;
    r.currency = u"usd"_s;
    r.amountRequested = 5000;
    r.amountGuaranteed = a.guaranteed;
    r.amountRefunded = a.refunded;
    r.amountReserved = a.reserved;
    r.amountFailed = a.failed;
    r.amountCanceled = a.canceled;
    r.priorRefunded = a.prior;
    return r;
}

} // namespace

class tst_RecordState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deriveRecordState_data();
    void deriveRecordState();
    void names_data();
    void names();
    void unknownName_data();
    void unknownName();
    void refundable_data();
    void refundable();
};

void tst_RecordState::deriveRecordState_data()
{
    QTest::addColumn<PaymentRecord>("record");
    QTest::addColumn<RecordState>("expected");

    using R = RecordState;
    QTest::newRow("nothing guaranteed yet") << record({}) << R::Pending;
    QTest::newRow("paid") << record({.guaranteed = 5000}) << R::Paid;
    QTest::newRow("paid after an earlier failed attempt")
        << record({.guaranteed = 5000, .failed = 5000}) << R::Paid;
    QTest::newRow("partially refunded")
        << record({.guaranteed = 5000, .refunded = 1000}) << R::PartiallyRefunded;
    QTest::newRow("partially refunded before import")
        << record({.guaranteed = 5000, .refunded = 1000, .prior = 1000}) << R::PartiallyRefunded;
    QTest::newRow("one minor unit left")
        << record({.guaranteed = 5000, .refunded = 4999}) << R::PartiallyRefunded;
    QTest::newRow("refunded in full")
        << record({.guaranteed = 5000, .refunded = 5000}) << R::Refunded;
    QTest::newRow("over-refunded at source")
        << record({.guaranteed = 5000, .refunded = 6000, .prior = 6000}) << R::Refunded;
    QTest::newRow("source over-refunded with nothing guaranteed")
        << record({.refunded = 1000, .prior = 1000}) << R::Refunded;
    QTest::newRow("refund pending")
        << record({.guaranteed = 5000, .reserved = 1000}) << R::RefundPending;
    QTest::newRow("refund pending after a partial refund")
        << record({.guaranteed = 5000, .refunded = 1000, .reserved = 1000}) << R::RefundPending;
    QTest::newRow("refund pending on the rest")
        << record({.guaranteed = 5000, .refunded = 1000, .reserved = 4000}) << R::RefundPending;
    QTest::newRow("failed") << record({.failed = 5000}) << R::Failed;
    QTest::newRow("canceled") << record({.canceled = 5000}) << R::Canceled;
}

void tst_RecordState::deriveRecordState()
{
    QFETCH(PaymentRecord, record);
    QFETCH(RecordState, expected);

    // Compared by name: the failure message then reads "paid" instead of an integer.
    QCOMPARE(toString(RefundDesk::deriveRecordState(record)), toString(expected));
}

void tst_RecordState::names_data()
{
    QTest::addColumn<RecordState>("state");
    QTest::addColumn<QString>("name");

    QTest::newRow("pending") << RecordState::Pending << u"pending"_s;
    QTest::newRow("paid") << RecordState::Paid << u"paid"_s;
    QTest::newRow("partially_refunded")
        << RecordState::PartiallyRefunded << u"partially_refunded"_s;
    QTest::newRow("refunded") << RecordState::Refunded << u"refunded"_s;
    QTest::newRow("refund_pending") << RecordState::RefundPending << u"refund_pending"_s;
    QTest::newRow("failed") << RecordState::Failed << u"failed"_s;
    QTest::newRow("canceled") << RecordState::Canceled << u"canceled"_s;
}

void tst_RecordState::names()
{
    QFETCH(RecordState, state);
    QFETCH(QString, name);

    QCOMPARE(toString(state), name);
    const Result<RecordState> parsed = recordStateFromString(name);
    QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(toString(*parsed), toString(state));
    QVERIFY(!displayName(state).isEmpty());
    QVERIFY(allRecordStates().contains(state));
    QCOMPARE(allRecordStates().size(), 7);
}

void tst_RecordState::unknownName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");

    QTest::newRow("unknown") << u"refunding"_s << u"state"_s;
    QTest::newRow("display name, not the API name") << u"Partially refunded"_s << u"state"_s;
    QTest::newRow("empty") << QString() << u"state"_s;
    QTest::newRow("own field name") << u"settled"_s << u"--state"_s;
}

void tst_RecordState::unknownName()
{
    QFETCH(QString, text);
    QFETCH(QString, field);

    const Result<RecordState> parsed = recordStateFromString(text, field);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().field, field);
    const QString &message = parsed.error().message;
    QVERIFY2(message.contains(u"%1 \"%2\""_s.arg(field, text)), qPrintable(message));
    QVERIFY2(message.contains(u"pending, paid, partially_refunded, refunded, refund_pending, "
                              "failed, canceled"_s),
             qPrintable(message));
}

void tst_RecordState::refundable_data()
{
    QTest::addColumn<PaymentRecord>("record");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<bool>("overRefundedAtSource");

    QTest::newRow("nothing guaranteed") << record({}) << qint64(0) << false;
    QTest::newRow("all of it") << record({.guaranteed = 5000}) << qint64(5000) << false;
    QTest::newRow("less refunded")
        << record({.guaranteed = 5000, .refunded = 1000}) << qint64(4000) << false;
    QTest::newRow("less reserved")
        << record({.guaranteed = 5000, .reserved = 1500}) << qint64(3500) << false;
    QTest::newRow("less refunded, prior and reserved")
        << record({.guaranteed = 5000, .refunded = 2000, .reserved = 1950, .prior = 1000})
        << qint64(1050) << false;
    QTest::newRow("exactly used up")
        << record({.guaranteed = 5000, .refunded = 3000, .reserved = 2000}) << qint64(0) << false;
    QTest::newRow("never negative: over-refunded at source")
        << record({.guaranteed = 5000, .refunded = 6000, .prior = 6000}) << qint64(0) << true;
    QTest::newRow("never negative: refunded with nothing guaranteed")
        << record({.refunded = 1000, .prior = 1000}) << qint64(0) << true;
    QTest::newRow("never negative: reserved beyond guaranteed")
        << record({.guaranteed = 5000, .refunded = 4000, .reserved = 2000}) << qint64(0) << false;
}

void tst_RecordState::refundable()
{
    QFETCH(PaymentRecord, record);
    QFETCH(qint64, expected);
    QFETCH(bool, overRefundedAtSource);

    QCOMPARE(record.refundable(), expected);
    QCOMPARE(record.isOverRefundedAtSource(), overRefundedAtSource);
}

QTEST_GUILESS_MAIN(tst_RecordState)
#include "tst_recordstate.moc"
