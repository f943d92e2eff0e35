#include "money/currency.h"

#include <QTest>

using namespace RefundDesk;
using namespace Qt::StringLiterals;

class tst_Currency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exponent_data();
    void exponent();
    void caseInsensitive_data();
    void caseInsensitive();
    void unknown_data();
    void unknown();
    void symbol_data();
    void symbol();
    void knownCodes();
};

void tst_Currency::exponent_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("exponent");

    const QStringList zeroDecimal = {u"bif"_s, u"clp"_s, u"djf"_s, u"gnf"_s, u"jpy"_s, u"kmf"_s,
                                     u"krw"_s, u"mga"_s, u"pyg"_s, u"rwf"_s, u"ugx"_s, u"vnd"_s,
                                     u"vuv"_s, u"xaf"_s, u"xof"_s, u"xpf"_s};
    for (const QString &code : zeroDecimal)
        QTest::addRow("%s", qPrintable(code)) << code << 0;
    const QStringList threeDecimal = {u"bhd"_s, u"iqd"_s, u"jod"_s, u"kwd"_s,
                                      u"lyd"_s, u"omr"_s, u"tnd"_s};
    for (const QString &code : threeDecimal)
        QTest::addRow("%s", qPrintable(code)) << code << 3;
    const QStringList twoDecimal = {u"usd"_s, u"eur"_s, u"gbp"_s, u"chf"_s, u"cad"_s,
                                    u"aud"_s, u"cny"_s, u"inr"_s, u"aed"_s, u"zwl"_s};
    for (const QString &code : twoDecimal)
        QTest::addRow("%s", qPrintable(code)) << code << 2;
}

void tst_Currency::exponent()
{
    QFETCH(QString, code);
    QFETCH(int, exponent);

    const auto currency = Currency::fromCode(code);
    QVERIFY(currency.has_value());
    QCOMPARE(currency->code(), code);
    QCOMPARE(currency->exponent(), exponent);
}

void tst_Currency::caseInsensitive_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("exponent");

    QTest::newRow("upper USD") << u"USD"_s << u"usd"_s << 2;
    QTest::newRow("mixed Usd") << u"Usd"_s << u"usd"_s << 2;
    QTest::newRow("mixed uSd") << u"uSd"_s << u"usd"_s << 2;
    QTest::newRow("upper JPY") << u"JPY"_s << u"jpy"_s << 0;
    QTest::newRow("mixed KwD") << u"KwD"_s << u"kwd"_s << 3;
    QTest::newRow("upper EUR") << u"EUR"_s << u"eur"_s << 2;
}

void tst_Currency::caseInsensitive()
{
    QFETCH(QString, typed);
    QFETCH(QString, code);
    QFETCH(int, exponent);

    const auto currency = Currency::fromCode(typed);
    QVERIFY(currency.has_value());
    QCOMPARE(currency->code(), code);
    QCOMPARE(currency->exponent(), exponent);
    QCOMPARE(*currency, *Currency::fromCode(code));
}

void tst_Currency::unknown_data()
{
    QTest::addColumn<QString>("code");

    QTest::newRow("no currency xxx") << u"xxx"_s;
    QTest::newRow("testing xts") << u"xts"_s;
    QTest::newRow("gold xau") << u"xau"_s;
    QTest::newRow("fund clf") << u"clf"_s;
    QTest::newRow("withdrawn hrk") << u"hrk"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("too short us") << u"us"_s;
    QTest::newRow("too long usdd") << u"usdd"_s;
    QTest::newRow("word currency") << u"currency"_s;
    QTest::newRow("padded") << u" usd"_s;
    QTest::newRow("digits") << u"840"_s;
    QTest::newRow("symbol inside") << u"u$d"_s;
    QTest::newRow("dotless capital I") << u"\u0130NR"_s;
}

void tst_Currency::unknown()
{
    QFETCH(QString, code);

    QCOMPARE(Currency::fromCode(code), std::nullopt);
}

void tst_Currency::symbol_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("symbol");

    QTest::newRow("usd") << u"usd"_s << u"$"_s;
    QTest::newRow("eur") << u"eur"_s << u"€"_s;
    QTest::newRow("gbp") << u"gbp"_s << u"£"_s;
    QTest::newRow("jpy") << u"jpy"_s << u"¥"_s;
    QTest::newRow("cad") << u"cad"_s << u"CA$"_s;
    QTest::newRow("aud") << u"aud"_s << u"A$"_s;
    QTest::newRow("cny") << u"cny"_s << u"CN¥"_s;
    QTest::newRow("inr") << u"inr"_s << u"₹"_s;
    QTest::newRow("chf is its code") << u"chf"_s << u"CHF"_s;
    QTest::newRow("kwd is its code") << u"kwd"_s << u"KWD"_s;
    QTest::newRow("sek is its code") << u"sek"_s << u"SEK"_s;
}

void tst_Currency::symbol()
{
    QFETCH(QString, code);
    QFETCH(QString, symbol);

    QCOMPARE(Currency::fromCode(code)->symbol(), symbol);
}

void tst_Currency::knownCodes()
{
    const QStringList codes = Currency::knownCodes();
    QCOMPARE(codes.size(), 160);
    QVERIFY(std::is_sorted(codes.cbegin(), codes.cend()));
    QVERIFY(codes.contains(u"usd"_s));
    QVERIFY(!codes.contains(u"xxx"_s));
    for (const QString &code : codes) {
        QCOMPARE(code, code.toLower());
        QCOMPARE(Currency::fromCode(code)->code(), code);
    }
}

QTEST_GUILESS_MAIN(tst_Currency)
#include "tst_currency.moc"
