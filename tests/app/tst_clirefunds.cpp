// refunddesk-cli commands that write, end to end: refund (amounts, reported refunds,
// metadata and note, idempotency keys), refund-status, and verify after all of them.

#include "clifixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace RefundDesk::Testing;
using namespace Qt::StringLiterals;

namespace {

QString rfc3339Utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc())
        .toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

} // namespace

class tst_CliRefunds : public QObject, public CliFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { createTemplate(); }
    void init() { copyTemplate(); }

    void refundAmount_data();
    void refundAmount();
    void refundReported_data();
    void refundReported();
    void refundMetadataAndNote();
    void idempotentReplay();
    void idempotencyConflict();
    void refundStatus_data();
    void refundStatus();
    void verifyAfterEverything();
};

void tst_CliRefunds::refundAmount_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QStringList>("amount");
    QTest::addColumn<qint64>("expected"); // minor units; -1: all that is refundable

    QTest::newRow("usd --amount 12.50")
        << u"usd"_s << QStringList {u"--amount"_s, u"12.50"_s} << qint64(1250);
    QTest::newRow("usd --amount 12,50")
        << u"usd"_s << QStringList {u"--amount"_s, u"12,50"_s} << qint64(1250);
    QTest::newRow("usd --amount 0.01")
        << u"usd"_s << QStringList {u"--amount"_s, u"0.01"_s} << qint64(1);
    QTest::newRow("usd --amount 7")
        << u"usd"_s << QStringList {u"--amount"_s, u"7"_s} << qint64(700);
    QTest::newRow("usd --minor 1234")
        << u"usd"_s << QStringList {u"--minor"_s, u"1234"_s} << qint64(1234);
    QTest::newRow("usd --full") << u"usd"_s << QStringList {u"--full"_s} << qint64(-1);
    QTest::newRow("jpy --amount 500")
        << u"jpy"_s << QStringList {u"--amount"_s, u"500"_s} << qint64(500);
    QTest::newRow("jpy --full") << u"jpy"_s << QStringList {u"--full"_s} << qint64(-1);
    QTest::newRow("kwd --amount 1.234")
        << u"kwd"_s << QStringList {u"--amount"_s, u"1.234"_s} << qint64(1234);
    QTest::newRow("kwd --amount 2.5")
        << u"kwd"_s << QStringList {u"--amount"_s, u"2.5"_s} << qint64(2500);
}

void tst_CliRefunds::refundAmount()
{
    QFETCH(QString, role);
    QFETCH(QStringList, amount);
    QFETCH(qint64, expected);

    const QString id = m_ids.value(role);
    const QJsonObject before = show(id);
    const qint64 guaranteed = valueOf(before, u"amount_guaranteed"_s);
    const qint64 refundable =
        valueOf(before.value(u"refunddesk"_s).toObject(), u"amount_refundable"_s);
    QCOMPARE(refundable, guaranteed);
    if (expected < 0)
        expected = refundable;

    const CliRun run = cli(QStringList {u"refund"_s, id} + amount);
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.err, QByteArray());
    const QJsonObject refund = objectOf(run.out);
    QCOMPARE(refund.value(u"object"_s).toString(), u"refund"_s);
    QVERIFY(refund.value(u"id"_s).toString().startsWith(u"re_"_s));
    QCOMPARE(refund.value(u"payment_record"_s).toString(), id);
    QCOMPARE(refund.value(u"amount"_s).toInteger(), expected);
    QCOMPARE(refund.value(u"currency"_s).toString(), role);
    QCOMPARE(refund.value(u"status"_s).toString(), u"pending"_s);
    QCOMPARE(refund.value(u"created_by"_s).toString(), u"local:tester"_s);
    QCOMPARE(refund.value(u"payment_attempt_record"_s),
             before.value(u"latest_payment_attempt_record"_s));

    const QJsonObject after = show(id);
    const QJsonObject desk = after.value(u"refunddesk"_s).toObject();
    QCOMPARE(desk.value(u"state"_s).toString(), u"refund_pending"_s);
    QCOMPARE(valueOf(desk, u"amount_reserved"_s), expected);
    QCOMPARE(valueOf(desk, u"amount_refundable"_s), refundable - expected);
    QCOMPARE(valueOf(after, u"amount_refunded"_s), 0); // pending is not refunded yet
    const QJsonArray refunds = desk.value(u"refunds"_s).toArray();
    QCOMPARE(refunds.size(), 1);
    QCOMPARE(refunds.first().toObject(), refund);
    const QJsonObject event = desk.value(u"history"_s).toArray().last().toObject();
    QCOMPARE(event.value(u"action"_s).toString(), u"refund.created"_s);
    QCOMPARE(event.value(u"entity_id"_s), refund.value(u"id"_s));
    QCOMPARE(event.value(u"actor"_s).toString(), u"local:tester"_s);
    QCOMPARE(event.value(u"payload"_s).toObject().value(u"amount"_s).toInteger(), expected);
}

void tst_CliRefunds::refundReported_data()
{
    QTest::addColumn<QString>("refundedAt"); // empty: not given, so now
    QTest::addColumn<qint64>("expected");

    const qint64 created = m_records.value(u"usd"_s).value(u"created"_s).toInteger();
    const qint64 at = created + 3600;
    QTest::newRow("RFC 3339 in UTC") << rfc3339Utc(at) << at;
    QTest::newRow("RFC 3339 with an offset")
        << QDateTime::fromSecsSinceEpoch(at, QTimeZone(2 * 3600)).toString(Qt::ISODate) << at;
    QTest::newRow("RFC 3339 with milliseconds")
        << QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc())
               .toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s)
        << at;
    QTest::newRow("Unix seconds") << QString::number(at) << at;
    QTest::newRow("at the payment's own second") << rfc3339Utc(created) << created;
    QTest::newRow("not given") << QString() << qint64(-1);
}

void tst_CliRefunds::refundReported()
{
    QFETCH(QString, refundedAt);
    QFETCH(qint64, expected);

    if (expected > QDateTime::currentSecsSinceEpoch())
        QSKIP("The clock is before the demo data's payments; no refunded_at can be valid.");
    const QString id = m_ids.value(u"usd"_s);
    const QString reference =
        u"PSP-REF-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    QStringList arguments {u"refund"_s,      id,       u"--amount"_s, u"20.00"_s, u"--reported"_s,
                           u"--reference"_s, reference};
    if (!refundedAt.isEmpty())
        arguments << u"--refunded-at"_s << refundedAt;
    const qint64 startedAt = QDateTime::currentSecsSinceEpoch();
    const CliRun run = cli(arguments);
    QVERIFY2(run.exitCode == 0, run.describe());
    const QJsonObject refund = objectOf(run.out);
    QCOMPARE(refund.value(u"status"_s).toString(), u"succeeded"_s);
    QCOMPARE(refund.value(u"refund_reference"_s).toString(), reference);
    QCOMPARE(refund.value(u"amount"_s).toInteger(), 2000);
    const qint64 refunded = refund.value(u"refunded_at"_s).toInteger(-1);
    if (expected >= 0) {
        QCOMPARE(refunded, expected);
    } else {
        QVERIFY(refunded >= startedAt);
        QVERIFY(refunded <= QDateTime::currentSecsSinceEpoch());
    }
    QVERIFY(refund.value(u"initiated_at"_s).toInteger(-1) <= refunded);

    const QJsonObject after = show(id);
    QCOMPARE(valueOf(after, u"amount_refunded"_s), 2000);
    QCOMPARE(after.value(u"refunddesk"_s).toObject().value(u"state"_s).toString(),
             u"partially_refunded"_s);
    // The processor's reference finds the record.
    const QJsonArray found = listData({u"--search"_s, reference});
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().toObject().value(u"id"_s).toString(), id);

    const CliRun verify = cli({u"verify"_s});
    QVERIFY2(verify.exitCode == 0, verify.describe());
}

void tst_CliRefunds::refundMetadataAndNote()
{
    const QString id = m_ids.value(u"usd"_s);
    const CliRun run =
        cli({u"refund"_s, id, u"--minor"_s, u"300"_s, u"--reason"_s, u"requested_by_customer"_s,
             u"--metadata"_s, u"ticket=T-1234"_s, u"--metadata"_s, u"channel=phone"_s,
             u"--metadata"_s, u"formula=a=b"_s, u"--note"_s, u"Customer called twice"_s});
    QVERIFY2(run.exitCode == 0, run.describe());
    const QJsonObject refund = objectOf(run.out);
    QCOMPARE(refund.value(u"reason"_s).toString(), u"requested_by_customer"_s);
    QCOMPARE(refund.value(u"note"_s).toString(), u"Customer called twice"_s);
    const QJsonObject metadata {
        {u"ticket"_s, u"T-1234"_s}, {u"channel"_s, u"phone"_s}, {u"formula"_s, u"a=b"_s}};
    QCOMPARE(refund.value(u"metadata"_s).toObject(), metadata);

    const QJsonObject stored =
        show(id).value(u"refunddesk"_s).toObject().value(u"refunds"_s).toArray().first().toObject();
    QCOMPARE(stored.value(u"metadata"_s).toObject(), metadata);
    QCOMPARE(stored.value(u"note"_s).toString(), u"Customer called twice"_s);
}

void tst_CliRefunds::idempotentReplay()
{
    const QString id = m_ids.value(u"usd"_s);
    const QStringList arguments {u"refund"_s,
                                 id,
                                 u"--minor"_s,
                                 u"500"_s,
                                 u"--metadata"_s,
                                 u"ticket=T-9"_s,
                                 u"--idempotency-key"_s,
                                 u"retry-key-1"_s};
    const CliRun first = cli(arguments);
    QVERIFY2(first.exitCode == 0, first.describe());
    const qsizetype events =
        show(id).value(u"refunddesk"_s).toObject().value(u"history"_s).toArray().size();

    const CliRun again = cli(arguments);
    QVERIFY2(again.exitCode == 0, again.describe());
    QCOMPARE(again.err, QByteArray());
    const QJsonObject original = objectOf(first.out);
    QCOMPARE(objectOf(again.out).value(u"id"_s), original.value(u"id"_s));
    QCOMPARE(objectOf(again.out), original);

    const QJsonObject desk = show(id).value(u"refunddesk"_s).toObject();
    QCOMPARE(desk.value(u"refunds"_s).toArray().size(), 1);
    QCOMPARE(valueOf(desk, u"amount_reserved"_s), 500);
    QCOMPARE(desk.value(u"history"_s).toArray().size(), events); // the replay wrote nothing
}

void tst_CliRefunds::idempotencyConflict()
{
    const QString id = m_ids.value(u"usd"_s);
    const CliRun first =
        cli({u"refund"_s, id, u"--minor"_s, u"500"_s, u"--idempotency-key"_s, u"key-2"_s});
    QVERIFY2(first.exitCode == 0, first.describe());
    const QString refundId = objectOf(first.out).value(u"id"_s).toString();
    const QByteArray before = snapshot();

    const CliRun other =
        cli({u"refund"_s, id, u"--minor"_s, u"501"_s, u"--idempotency-key"_s, u"key-2"_s});
    QCOMPARE(other.exitCode, 1);
    QCOMPARE(other.out, QByteArray());
    QVERIFY2(isOneErrorLine(other.err), other.err.constData());
    QVERIFY2(other.errText().contains(u"\"key-2\""_s), other.err.constData());
    QVERIFY2(other.errText().contains(refundId), other.err.constData());
    QCOMPARE(snapshot(), before);

    // The same key on another payment is another request too.
    const CliRun elsewhere = cli({u"refund"_s, m_ids.value(u"jpy"_s), u"--minor"_s, u"500"_s,
                                  u"--idempotency-key"_s, u"key-2"_s});
    QCOMPARE(elsewhere.exitCode, 1);
    QCOMPARE(snapshot(), before);
}

void tst_CliRefunds::refundStatus_data()
{
    QTest::addColumn<QList<QStringList>>("steps");
    QTest::addColumn<bool>("countsAsRefunded");
    QTest::addColumn<bool>("staysReserved");
    QTest::addColumn<QString>("failureReason");

    const QStringList succeeded {u"succeeded"_s};
    QTest::newRow("pending → succeeded")
        << QList<QStringList> {succeeded} << true << false << QString();
    QTest::newRow("pending → succeeded → failed")
        << QList<QStringList> {succeeded, {u"failed"_s, u"--failure-reason"_s, u"declined"_s}}
        << false << false << u"declined"_s;
    QTest::newRow("pending → failed")
        << QList<QStringList> {{u"failed"_s, u"--failure-reason"_s, u"insufficient_funds"_s}}
        << false << false << u"insufficient_funds"_s;
    QTest::newRow("pending → canceled")
        << QList<QStringList> {{u"canceled"_s}} << false << false << QString();
    QTest::newRow("pending → requires_action → pending → succeeded")
        << QList<QStringList> {{u"requires_action"_s},
                               {u"pending"_s, u"--pending-reason"_s, u"processing"_s},
                               succeeded}
        << true << false << QString();
    QTest::newRow("pending → requires_action")
        << QList<QStringList> {{u"requires_action"_s}} << false << true << QString();
    QTest::newRow("pending → succeeded with the processor's reference")
        << QList<QStringList> {{u"succeeded"_s, u"--reference"_s, u"PSP-777"_s}} << true << false
        << QString();
}

void tst_CliRefunds::refundStatus()
{
    QFETCH(QList<QStringList>, steps);
    QFETCH(bool, countsAsRefunded);
    QFETCH(bool, staysReserved);
    QFETCH(QString, failureReason);

    const QString id = m_ids.value(u"usd"_s);
    const CliRun created = cli({u"refund"_s, id, u"--minor"_s, u"700"_s});
    QVERIFY2(created.exitCode == 0, created.describe());
    const QString refundId = objectOf(created.out).value(u"id"_s).toString();

    QString from = u"pending"_s;
    for (const QStringList &step : steps) {
        const CliRun run = cli(QStringList {u"refund-status"_s, refundId} + step);
        QVERIFY2(run.exitCode == 0, run.describe());
        QCOMPARE(run.err, QByteArray());
        const QJsonObject refund = objectOf(run.out);
        QCOMPARE(refund.value(u"id"_s).toString(), refundId);
        QCOMPARE(refund.value(u"status"_s).toString(), step.first());
        QCOMPARE(refund.value(u"amount"_s).toInteger(), 700);
        if (step.contains(u"--pending-reason"_s))
            QCOMPARE(refund.value(u"pending_reason"_s).toString(), step.last());
        if (step.contains(u"--reference"_s))
            QCOMPARE(refund.value(u"refund_reference"_s).toString(), step.last());
        if (step.first() == u"succeeded"_s)
            QVERIFY(refund.value(u"refunded_at"_s).toInteger(-1) > 0);
    }

    const QJsonObject record = show(id);
    const QJsonObject desk = record.value(u"refunddesk"_s).toObject();
    const QJsonObject refund = desk.value(u"refunds"_s).toArray().first().toObject();
    QCOMPARE(refund.value(u"status"_s).toString(), steps.last().first());
    QCOMPARE(refund.value(u"failure_reason"_s).toString(), failureReason);
    QCOMPARE(valueOf(record, u"amount_refunded"_s), countsAsRefunded ? 700 : 0);
    QCOMPARE(valueOf(desk, u"amount_reserved"_s), staysReserved ? 700 : 0);
    QCOMPARE(valueOf(desk, u"amount_refundable"_s),
             valueOf(record, u"amount_guaranteed"_s)
                 - (countsAsRefunded || staysReserved ? 700 : 0));

    // One event per change, each naming where it came from and where it went.
    QStringList changes;
    for (const QJsonValue &value : desk.value(u"history"_s).toArray()) {
        const QJsonObject event = value.toObject();
        if (event.value(u"action"_s) != u"refund.status_changed"_s)
            continue;
        QCOMPARE(event.value(u"entity_id"_s).toString(), refundId);
        const QJsonObject payload = event.value(u"payload"_s).toObject();
        QCOMPARE(payload.value(u"from"_s).toString(), from);
        from = payload.value(u"to"_s).toString();
        changes << from;
    }
    QStringList expectedChanges;
    for (const QStringList &step : steps)
        expectedChanges << step.first();
    QCOMPARE(changes, expectedChanges);

    const CliRun verify = cli({u"verify"_s});
    QVERIFY2(verify.exitCode == 0, verify.describe());
}

void tst_CliRefunds::verifyAfterEverything()
{
    const QRegularExpression ok(
        uR"(^OK: (\d+) records, (\d+) refunds, (\d+) events checked; 0 warning\(s\)\.$)"_s,
        QRegularExpression::MultilineOption);
    const CliRun initial = cli({u"verify"_s});
    QCOMPARE(initial.exitCode, 0);
    const QRegularExpressionMatch start = ok.match(initial.outText());
    QVERIFY2(start.hasMatch(), initial.out.constData());
    QCOMPARE(start.captured(1), u"300"_s);

    const QString usd = m_ids.value(u"usd"_s);
    const QString kwdCreated =
        QString::number(m_records.value(u"kwd"_s).value(u"created"_s).toInteger() + 60);
    const QList<QStringList> writes {
        {u"refund"_s, usd, u"--amount"_s, u"10.00"_s},
        {u"refund"_s, usd, u"--minor"_s, u"250"_s, u"--idempotency-key"_s, u"v-1"_s,
         u"--metadata"_s, u"a=b"_s},
        {u"refund"_s, m_ids.value(u"jpy"_s), u"--full"_s, u"--reason"_s, u"duplicate"_s},
        {u"refund"_s, m_ids.value(u"kwd"_s), u"--amount"_s, u"0.500"_s, u"--reported"_s,
         u"--reference"_s, u"REF-V"_s, u"--refunded-at"_s, kwdCreated},
    };
    QStringList refundIds;
    for (const QStringList &write : writes) {
        const CliRun run = cli(write);
        QVERIFY2(run.exitCode == 0, run.describe());
        refundIds << objectOf(run.out).value(u"id"_s).toString();
    }
    const QList<QStringList> changes {
        {u"refund-status"_s, refundIds.at(0), u"succeeded"_s},
        {u"refund-status"_s, refundIds.at(1), u"failed"_s, u"--failure-reason"_s, u"unknown"_s},
        {u"refund-status"_s, refundIds.at(3), u"failed"_s, u"--failure-reason"_s, u"declined"_s},
    };
    for (const QStringList &change : changes) {
        const CliRun run = cli(change);
        QVERIFY2(run.exitCode == 0, run.describe());
    }
    // Refused and replayed requests write nothing.
    QCOMPARE(cli({u"refund"_s, usd, u"--minor"_s, u"250"_s, u"--idempotency-key"_s, u"v-1"_s,
                  u"--metadata"_s, u"a=b"_s})
                 .exitCode,
             0);
    QCOMPARE(cli({u"refund"_s, m_ids.value(u"jpy"_s), u"--minor"_s, u"1"_s}).exitCode, 1);

    const CliRun verify = cli({u"verify"_s});
    QVERIFY2(verify.exitCode == 0, verify.describe());
    QCOMPARE(verify.err, QByteArray());
    const QRegularExpressionMatch end = ok.match(verify.outText());
    QVERIFY2(end.hasMatch(), verify.out.constData());
    QCOMPARE(end.captured(1), u"300"_s);
    QCOMPARE(end.captured(2).toInt(), start.captured(2).toInt() + 4);
    QCOMPARE(end.captured(3).toInt(), start.captured(3).toInt() + 7);
    QVERIFY(!verify.outText().contains(u"problem"_s));
}

QTEST_GUILESS_MAIN(tst_CliRefunds)
#include "tst_clirefunds.moc"
