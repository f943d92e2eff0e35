#include "money/money.h"

#include <QTest>

#include <limits>

using namespace RefundDesk;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 maxValue = std::numeric_limits<qint64>::max();
constexpr qint64 minValue = std::numeric_limits<qint64>::min();

Currency currency(const QString &code)
{
    return *Currency::fromCode(code);
}

} // namespace

class tst_Money : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arithmetic_data();
    void arithmetic();
    void overflow_data();
    void overflow();
    void currencyMismatch_data();
    void currencyMismatch();
    void formatMinorUnits_data();
    void formatMinorUnits();
    void toDecimalString_data();
    void toDecimalString();
    void toDisplayString_data();
    void toDisplayString();
};

void tst_Money::arithmetic_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<bool>("add");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("plus") << qint64(1250) << qint64(250) << true << qint64(1500);
    QTest::newRow("minus") << qint64(1250) << qint64(250) << false << qint64(1000);
    QTest::newRow("plus negative") << qint64(100) << qint64(-300) << true << qint64(-200);
    QTest::newRow("minus to negative") << qint64(100) << qint64(300) << false << qint64(-200);
    QTest::newRow("zeros") << qint64(0) << qint64(0) << true << qint64(0);
    QTest::newRow("max plus zero") << maxValue << qint64(0) << true << maxValue;
    QTest::newRow("max plus min") << maxValue << minValue << true << qint64(-1);
    QTest::newRow("max minus max") << maxValue << maxValue << false << qint64(0);
    QTest::newRow("min minus min") << minValue << minValue << false << qint64(0);
    QTest::newRow("min plus one") << minValue << qint64(1) << true << minValue + 1;
    QTest::newRow("max minus one") << maxValue << qint64(1) << false << maxValue - 1;
    QTest::newRow("minus one minus max") << qint64(-1) << maxValue << false << minValue;
}

void tst_Money::arithmetic()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(bool, add);
    QFETCH(qint64, expected);

    const Money left(a, currency(u"usd"_s));
    const Money right(b, currency(u"usd"_s));
    const Result<Money> result = add ? left.plus(right) : left.minus(right);
    QVERIFY(result.ok());
    QCOMPARE(result->value(), expected);
    QCOMPARE(result->currency(), left.currency());
    QCOMPARE(add ? checkedAdd(a, b) : checkedSub(a, b), std::optional<qint64>(expected));
}

void tst_Money::overflow_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<bool>("add");

    QTest::newRow("max plus one") << maxValue << qint64(1) << true;
    QTest::newRow("max plus max") << maxValue << maxValue << true;
    QTest::newRow("min plus minus one") << minValue << qint64(-1) << true;
    QTest::newRow("min minus one") << minValue << qint64(1) << false;
    QTest::newRow("max minus minus one") << maxValue << qint64(-1) << false;
    QTest::newRow("zero minus min") << qint64(0) << minValue << false;
}

void tst_Money::overflow()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(bool, add);

    const Money left(a, currency(u"usd"_s));
    const Money right(b, currency(u"usd"_s));
    const Result<Money> result = add ? left.plus(right) : left.minus(right);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Rule);
    QCOMPARE(result.error().field, u"amount"_s);
    QVERIFY2(result.error().message.contains(left.toDecimalString() + u" USD"_s),
             qPrintable(result.error().message));
    QCOMPARE(add ? checkedAdd(a, b) : checkedSub(a, b), std::nullopt);
}

void tst_Money::currencyMismatch_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<bool>("add");

    QTest::newRow("usd plus eur") << u"usd"_s << u"eur"_s << true;
    QTest::newRow("usd minus eur") << u"usd"_s << u"eur"_s << false;
    QTest::newRow("jpy plus krw") << u"jpy"_s << u"krw"_s << true;
    QTest::newRow("kwd minus bhd") << u"kwd"_s << u"bhd"_s << false;
}

void tst_Money::currencyMismatch()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(bool, add);

    const Money a(1000, currency(left));
    const Money b(1000, currency(right));
    const Result<Money> result = add ? a.plus(b) : a.minus(b);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Rule);
    QCOMPARE(result.error().field, u"currency"_s);
    const QString &message = result.error().message;
    QVERIFY2(message.contains(left.toUpper()) && message.contains(right.toUpper()),
             qPrintable(message));
}

void tst_Money::formatMinorUnits_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<int>("exponent");
    QTest::addColumn<QString>("text");

    QTest::newRow("0 exp 0") << qint64(0) << 0 << u"0"_s;
    QTest::newRow("0 exp 2") << qint64(0) << 2 << u"0.00"_s;
    QTest::newRow("0 exp 3") << qint64(0) << 3 << u"0.000"_s;
    QTest::newRow("5 exp 0") << qint64(5) << 0 << u"5"_s;
    QTest::newRow("5 exp 2") << qint64(5) << 2 << u"0.05"_s;
    QTest::newRow("5 exp 3") << qint64(5) << 3 << u"0.005"_s;
    QTest::newRow("-5 exp 0") << qint64(-5) << 0 << u"-5"_s;
    QTest::newRow("-5 exp 2") << qint64(-5) << 2 << u"-0.05"_s;
    QTest::newRow("-5 exp 3") << qint64(-5) << 3 << u"-0.005"_s;
    QTest::newRow("5550 exp 0") << qint64(5550) << 0 << u"5550"_s;
    QTest::newRow("5550 exp 2") << qint64(5550) << 2 << u"55.50"_s;
    QTest::newRow("5550 exp 3") << qint64(5550) << 3 << u"5.550"_s;
    QTest::newRow("1250 exp 2") << qint64(1250) << 2 << u"12.50"_s;
    QTest::newRow("100 exp 2") << qint64(100) << 2 << u"1.00"_s;
    QTest::newRow("-1234567 exp 2") << qint64(-1234567) << 2 << u"-12345.67"_s;
    QTest::newRow("max exp 0") << maxValue << 0 << u"9223372036854775807"_s;
    QTest::newRow("max exp 2") << maxValue << 2 << u"92233720368547758.07"_s;
    QTest::newRow("max exp 3") << maxValue << 3 << u"9223372036854775.807"_s;
    QTest::newRow("min exp 0") << minValue << 0 << u"-9223372036854775808"_s;
    QTest::newRow("min exp 2") << minValue << 2 << u"-92233720368547758.08"_s;
    QTest::newRow("min exp 3") << minValue << 3 << u"-9223372036854775.808"_s;
}

void tst_Money::formatMinorUnits()
{
    QFETCH(qint64, value);
    QFETCH(int, exponent);
    QFETCH(QString, text);

    QCOMPARE(RefundDesk::formatMinorUnits(value, exponent), text);
}

void tst_Money::toDecimalString_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");

    QTest::newRow("usd") << qint64(1250) << u"usd"_s << u"12.50"_s;
    QTest::newRow("jpy") << qint64(5550) << u"jpy"_s << u"5550"_s;
    QTest::newRow("kwd") << qint64(5550) << u"kwd"_s << u"5.550"_s;
    QTest::newRow("negative eur") << qint64(-5) << u"eur"_s << u"-0.05"_s;
    QTest::newRow("no grouping") << qint64(123456789) << u"usd"_s << u"1234567.89"_s;
}

void tst_Money::toDecimalString()
{
    QFETCH(qint64, value);
    QFETCH(QString, code);
    QFETCH(QString, text);

    QCOMPARE(Money(value, currency(code)).toDecimalString(), text);
}

void tst_Money::toDisplayString_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");

    // C groups too: QLocale::c() omits group separators by default, toDisplayString does not.
    QTest::newRow("C usd") << u"C"_s << qint64(123450) << u"usd"_s << u"$1,234.50"_s;
    QTest::newRow("C jpy") << u"C"_s << qint64(1000) << u"jpy"_s << u"¥1,000"_s;
    QTest::newRow("C kwd") << u"C"_s << qint64(5550) << u"kwd"_s << u"KWD 5.550"_s;
    QTest::newRow("C negative") << u"C"_s << qint64(-1200) << u"usd"_s << u"-$12.00"_s;
    QTest::newRow("C cents") << u"C"_s << qint64(5) << u"usd"_s << u"$0.05"_s;
    QTest::newRow("C min") << u"C"_s << minValue << u"usd"_s << u"-$92,233,720,368,547,758.08"_s;
    QTest::newRow("C max") << u"C"_s << maxValue << u"jpy"_s << u"¥9,223,372,036,854,775,807"_s;
    QTest::newRow("en_US usd") << u"en_US"_s << qint64(123450) << u"usd"_s << u"$1,234.50"_s;
    QTest::newRow("en_US jpy") << u"en_US"_s << qint64(1000) << u"jpy"_s << u"¥1,000"_s;
    QTest::newRow("en_US kwd") << u"en_US"_s << qint64(1234567) << u"kwd"_s << u"KWD 1,234.567"_s;
    QTest::newRow("en_US cad") << u"en_US"_s << qint64(999) << u"cad"_s << u"CA$9.99"_s;
    QTest::newRow("en_US negative") << u"en_US"_s << qint64(-1200) << u"usd"_s << u"-$12.00"_s;
    QTest::newRow("en_US zero") << u"en_US"_s << qint64(0) << u"eur"_s << u"€0.00"_s;
    QTest::newRow("de_DE eur") << u"de_DE"_s << qint64(123450) << u"eur"_s << u"€1.234,50"_s;
    QTest::newRow("de_DE jpy") << u"de_DE"_s << qint64(1000) << u"jpy"_s << u"¥1.000"_s;
    QTest::newRow("de_DE kwd") << u"de_DE"_s << qint64(5550) << u"kwd"_s << u"KWD 5,550"_s;
    QTest::newRow("de_DE negative") << u"de_DE"_s << qint64(-1200) << u"usd"_s << u"-$12,00"_s;
    // Qt 6.4 (CLDR) groups French digits with a narrow no-break space, U+202F.
    QTest::newRow("fr_FR eur") << u"fr_FR"_s << qint64(123450) << u"eur"_s << u"€1\u202F234,50"_s;
    QTest::newRow("fr_FR millions")
        << u"fr_FR"_s << qint64(123456789) << u"eur"_s << u"€1\u202F234\u202F567,89"_s;
    QTest::newRow("fr_FR kwd") << u"fr_FR"_s << qint64(5550) << u"kwd"_s << u"KWD 5,550"_s;
}

void tst_Money::toDisplayString()
{
    QFETCH(QString, locale);
    QFETCH(qint64, value);
    QFETCH(QString, code);
    QFETCH(QString, text);

    QCOMPARE(Money(value, currency(code)).toDisplayString(QLocale(locale)), text);
}

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
