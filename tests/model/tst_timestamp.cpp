#include "core/timestamp.h"

#include <QTest>

using namespace RefundDesk;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 halfPastNine = 1795339800; // 2026-11-22T09:30:00Z
constexpr qint64 midnight = 1795305600; // 2026-11-22T00:00:00Z

} // namespace

class tst_Timestamp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseTimestamp_data();
    void parseTimestamp();
    void rejected_data();
    void rejected();
    void formatTimestamp_data();
    void formatTimestamp();
};

void tst_Timestamp::parseTimestamp_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("unix seconds") << u"1795339800"_s << halfPastNine;
    QTest::newRow("unix seconds with spaces") << u" 1795339800 "_s << halfPastNine;
    QTest::newRow("unix epoch") << u"0"_s << qint64(0);
    QTest::newRow("rfc 3339 with Z") << u"2026-11-22T09:30:00Z"_s << halfPastNine;
    QTest::newRow("rfc 3339 with +01:00") << u"2026-11-22T10:30:00+01:00"_s << halfPastNine;
    QTest::newRow("rfc 3339 with -05:00") << u"2026-11-22T04:30:00-05:00"_s << halfPastNine;
    QTest::newRow("rfc 3339 with +00:00") << u"2026-11-22T09:30:00+00:00"_s << halfPastNine;
    QTest::newRow("offset crossing midnight") << u"2026-11-21T23:00:00-01:00"_s << midnight;
    QTest::newRow("milliseconds with Z (dropped)") << u"2026-11-22T09:30:00.750Z"_s << halfPastNine;
    QTest::newRow("milliseconds with offset") << u"2026-11-22T10:30:00.001+01:00"_s << halfPastNine;
    QTest::newRow("date only is midnight UTC") << u"2026-11-22"_s << midnight;
    QTest::newRow("date only with spaces") << u" 2026-11-22 "_s << midnight;
}

void tst_Timestamp::parseTimestamp()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);

    const Result<qint64> result = RefundDesk::parseTimestamp(text, u"initiated_at"_s);
    QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().message));
    QCOMPARE(*result, expected);
}

void tst_Timestamp::rejected_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("no zone (would be local time)") << u"2026-11-22T09:30:00"_s;
    QTest::newRow("no zone with milliseconds") << u"2026-11-22T09:30:00.500"_s;
    QTest::newRow("garbage") << u"yesterday"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces only") << u"   "_s;
    QTest::newRow("month 13") << u"2026-13-01"_s;
    QTest::newRow("february 30") << u"2026-02-30"_s;
    QTest::newRow("hour 25") << u"2026-11-22T25:00:00Z"_s;
    QTest::newRow("day first") << u"22.11.2026"_s;
    QTest::newRow("number with unit") << u"1795339800s"_s;
}

void tst_Timestamp::rejected()
{
    QFETCH(QString, text);

    const Result<qint64> result = RefundDesk::parseTimestamp(text, u"refunded_at"_s);
    QVERIFY2(!result.ok(), qPrintable(u"accepted as %1"_s.arg(result ? *result : 0)));
    QCOMPARE(result.error().kind, ErrorKind::Usage);
    QCOMPARE(result.error().field, u"refunded_at"_s);
    const QString &message = result.error().message;
    QVERIFY2(message.contains(u"refunded_at \"%1\""_s.arg(text.trimmed())), qPrintable(message));
    QVERIFY2(message.contains(u"RFC 3339"_s), qPrintable(message));
}

void tst_Timestamp::formatTimestamp_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");

    QTest::newRow("epoch") << qint64(0) << u"1970-01-01T00:00:00Z"_s;
    QTest::newRow("before the epoch") << qint64(-1) << u"1969-12-31T23:59:59Z"_s;
    QTest::newRow("half past nine") << halfPastNine << u"2026-11-22T09:30:00Z"_s;
    QTest::newRow("midnight") << midnight << u"2026-11-22T00:00:00Z"_s;
    QTest::newRow("leap day") << qint64(1709208000) << u"2024-02-29T12:00:00Z"_s;
}

void tst_Timestamp::formatTimestamp()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);

    QCOMPARE(RefundDesk::formatTimestamp(seconds), expected);
    // What the desk writes, it reads back.
    const Result<qint64> back = RefundDesk::parseTimestamp(expected, u"created"_s);
    QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().message));
    QCOMPARE(*back, seconds);
}

QTEST_GUILESS_MAIN(tst_Timestamp)
#include "tst_timestamp.moc"
