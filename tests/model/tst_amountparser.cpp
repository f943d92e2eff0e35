#include "money/amountparser.h"
#include "money/money.h"

#include <QTest>

#include <limits>

using namespace RefundDesk;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 maxValue = std::numeric_limits<qint64>::max();

// Rows read "de_DE jpy: grouping dot", so a failure names locale, currency and case.
void accept(const char *locale, const char *code, const char *name, const QString &text,
            qint64 value)
{
    QTest::addRow("%s %s: %s", locale, code, name)
        << QString::fromLatin1(locale) << QString::fromLatin1(code) << text << value;
}

void reject(const char *locale, const char *code, const char *name, const QString &text,
            const QString &rule)
{
    QTest::addRow("%s %s: %s", locale, code, name)
        << QString::fromLatin1(locale) << QString::fromLatin1(code) << text << rule;
}

} // namespace

class tst_AmountParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data();
    void accepted();
    void rejected_data();
    void rejected();
    void fieldIsNamed();
    void roundTrip_data();
    void roundTrip();
};

void tst_AmountParser::accepted_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("value");

    // C: '.' is the point, ',' groups.
    accept("C", "usd", "cents", u"12.50"_s, 1250);
    accept("C", "usd", "fewer decimals", u"12.5"_s, 1250);
    accept("C", "usd", "whole", u"12"_s, 1200);
    accept("C", "usd", "zero", u"0"_s, 0);
    accept("C", "usd", "zero with decimals", u"0.00"_s, 0);
    accept("C", "usd", "one cent", u"0.01"_s, 1);
    accept("C", "usd", "leading zeros", u"007.50"_s, 750);
    accept("C", "usd", "surrounding spaces", u"  12.50  "_s, 1250);
    accept("C", "usd", "surrounding tab and newline", u"\t12.50\n"_s, 1250);
    accept("C", "usd", "surrounding no-break spaces", u"\u00A012.50\u00A0"_s, 1250);
    accept("C", "usd", "point only before", u".5"_s, 50);
    accept("C", "usd", "point only after", u"12."_s, 1200);
    accept("C", "usd", "comma as the only point", u"12,50"_s, 1250);
    accept("C", "usd", "comma point before", u",5"_s, 50);
    accept("C", "usd", "comma with three digits groups", u"1,000"_s, 100000);
    accept("C", "usd", "comma groups twice", u"1,000,000"_s, 100000000);
    accept("C", "usd", "dot groups twice", u"1.000.000"_s, 100000000);
    accept("C", "usd", "comma groups, dot point", u"1,234.56"_s, 123456);
    accept("C", "usd", "dot groups, comma point", u"1.234,56"_s, 123456);
    accept("C", "usd", "millions", u"1,234,567.89"_s, 123456789);
    accept("C", "usd", "no grouping", u"1234.56"_s, 123456);
    accept("C", "usd", "space groups", u"1 234.56"_s, 123456);
    accept("C", "usd", "no-break space groups", u"1\u00A0234.56"_s, 123456);
    accept("C", "usd", "narrow no-break space groups", u"1\u202F234.56"_s, 123456);
    accept("C", "usd", "apostrophe groups", u"1'234.56"_s, 123456);
    accept("C", "usd", "right quote groups", u"1\u2019234.56"_s, 123456);
    accept("C", "usd", "space groups, comma point", u"1 234,56"_s, 123456);
    accept("C", "usd", "space groups, comma point with one digit", u"1 234,5"_s, 123450);
    accept("C", "usd", "dollar before", u"$12"_s, 1200);
    accept("C", "usd", "dollar space before", u"$ 12.50"_s, 1250);
    accept("C", "usd", "dollar after", u"12.50$"_s, 1250);
    accept("C", "usd", "dollar grouped", u"$1,234.56"_s, 123456);
    accept("C", "usd", "code after", u"12.50 USD"_s, 1250);
    accept("C", "usd", "code after, no space", u"12.50usd"_s, 1250);
    accept("C", "usd", "lower code before", u"usd 12"_s, 1200);
    accept("C", "usd", "code before, no space", u"USD12.50"_s, 1250);
    accept("C", "usd", "largest", u"92233720368547758.07"_s, maxValue);
    accept("C", "usd", "largest grouped", u"92,233,720,368,547,758.07"_s, maxValue);
    accept("C", "usd", "many leading zeros", u"000000000000000000000012.50"_s, 1250);
    accept("C", "jpy", "whole", u"1000"_s, 1000);
    accept("C", "jpy", "comma groups", u"1,000"_s, 1000);
    accept("C", "jpy", "yen before", u"¥1,000"_s, 1000);
    accept("C", "jpy", "yen and spaces", u"¥ 1 000"_s, 1000);
    accept("C", "jpy", "code after", u"1,000 JPY"_s, 1000);
    accept("C", "jpy", "zero", u"0"_s, 0);
    accept("C", "jpy", "point without decimals", u"12."_s, 12);
    accept("C", "jpy", "largest", u"9223372036854775807"_s, maxValue);
    accept("C", "jpy", "largest grouped", u"9,223,372,036,854,775,807"_s, maxValue);
    accept("C", "kwd", "three decimals", u"5.550"_s, 5550);
    accept("C", "kwd", "fewer decimals", u"5.55"_s, 5550);
    accept("C", "kwd", "one fils", u"0.001"_s, 1);
    accept("C", "kwd", "grouped with point", u"1,234.567"_s, 1234567);
    accept("C", "kwd", "comma with three digits groups", u"1,000"_s, 1000000);
    accept("C", "kwd", "code before", u"KWD 5.5"_s, 5500);
    accept("C", "kwd", "largest", u"9223372036854775.807"_s, maxValue);
    accept("C", "eur", "euro before", u"€12.50"_s, 1250);
    accept("C", "eur", "euro after, comma point", u"12,50 €"_s, 1250);
    accept("C", "eur", "code, dot groups", u"EUR 1.234,56"_s, 123456);

    // en_US: as C, and its point '.' is never taken for grouping.
    accept("en_US", "usd", "grouped", u"1,234.50"_s, 123450);
    accept("en_US", "usd", "dollar grouped", u"$1,234.50"_s, 123450);
    accept("en_US", "usd", "comma groups", u"1,000"_s, 100000);
    accept("en_US", "usd", "comma as the only point", u"12,50"_s, 1250);
    accept("en_US", "usd", "dot groups twice", u"1.000.000"_s, 100000000);
    accept("en_US", "usd", "point only before", u".5"_s, 50);
    accept("en_US", "usd", "point only after", u"12."_s, 1200);
    accept("en_US", "jpy", "comma groups", u"1,000"_s, 1000);
    accept("en_US", "jpy", "yen grouped", u"¥1,000"_s, 1000);
    accept("en_US", "kwd", "dot with three digits is the point", u"5.550"_s, 5550);
    accept("en_US", "kwd", "comma groups", u"1,000.5"_s, 1000500);
    accept("en_US", "eur", "euro, European style", u"€1.234,56"_s, 123456);
    accept("en_US", "eur", "millions, European style", u"1.000.000,00"_s, 100000000);
    accept("en_US", "cad", "bare dollar", u"$12"_s, 1200);
    accept("en_US", "cad", "own sign", u"CA$12"_s, 1200);
    accept("en_US", "cny", "bare yen sign", u"¥12"_s, 1200);

    // de_DE: ',' is the point, '.' groups.
    accept("de_DE", "usd", "comma point", u"12,50"_s, 1250);
    accept("de_DE", "usd", "grouped", u"1.234,56"_s, 123456);
    accept("de_DE", "usd", "millions", u"1.234.567,89"_s, 123456789);
    accept("de_DE", "usd", "dot with three digits groups", u"1.000"_s, 100000);
    accept("de_DE", "usd", "dot as the only point", u"12.5"_s, 1250);
    accept("de_DE", "usd", "English style", u"1,234.56"_s, 123456);
    accept("de_DE", "usd", "dollar after", u"12,50 $"_s, 1250);
    accept("de_DE", "usd", "space groups", u"1 234,56"_s, 123456);
    accept("de_DE", "usd", "comma point only before", u",5"_s, 50);
    accept("de_DE", "jpy", "dot groups", u"1.000"_s, 1000);
    accept("de_DE", "jpy", "yen, dot groups", u"¥1.000"_s, 1000);
    accept("de_DE", "jpy", "dot groups twice", u"1.000.000"_s, 1000000);
    accept("de_DE", "kwd", "comma with three digits is the point", u"5,550"_s, 5550);
    accept("de_DE", "kwd", "grouped", u"1.234,567"_s, 1234567);
    accept("de_DE", "kwd", "dot with three digits groups", u"1.000"_s, 1000000);
    accept("de_DE", "eur", "euro after", u"12,50 €"_s, 1250);
    accept("de_DE", "eur", "euro before", u"€12,50"_s, 1250);
    accept("de_DE", "eur", "code after", u"1.234,50 EUR"_s, 123450);

    // fr_FR: ',' is the point, a narrow no-break space groups.
    accept("fr_FR", "eur", "narrow no-break space", u"1\u202F234,56"_s, 123456);
    accept("fr_FR", "eur", "no-break space", u"1\u00A0234,56"_s, 123456);
    accept("fr_FR", "eur", "typed space", u"1 234,56"_s, 123456);
    accept("fr_FR", "eur", "millions", u"1 234 567,89"_s, 123456789);
    accept("fr_FR", "eur", "euro after", u"12,50 €"_s, 1250);
    accept("fr_FR", "eur", "dot as the only point", u"12.50"_s, 1250);
    accept("fr_FR", "eur", "dot with three digits groups", u"1.000"_s, 100000);
    accept("fr_FR", "jpy", "space groups", u"1 000"_s, 1000);
    accept("fr_FR", "jpy", "dot groups", u"1.000"_s, 1000);
    accept("fr_FR", "kwd", "comma with three digits is the point", u"5,550"_s, 5550);
    accept("fr_FR", "kwd", "space groups, comma point", u"1 234,567"_s, 1234567);
    accept("fr_FR", "usd", "dollar after", u"1 234,56 $"_s, 123456);
    accept("fr_FR", "usd", "code after", u"1 234,56 USD"_s, 123456);

    // de_CH: '.' is the point, a right single quote groups.
    accept("de_CH", "chf", "quote groups", u"1\u2019234.50"_s, 123450);
    accept("de_CH", "chf", "apostrophe groups", u"CHF 1'234.50"_s, 123450);

    // A locale's own grouping, as Money::toDisplayString() writes it (found by fuzz_amountparser).
    accept("en_IN", "inr", "indian grouping", u"\u20B912,34,567.00"_s, 123456700);
    accept("en_IN", "inr", "indian grouping, lakh", u"1,00,000"_s, 10000000);
    accept("en_IN", "inr", "groups of three too", u"1,234,567.00"_s, 123456700);
    accept("es_ES", "eur", "leading group of four, as Qt 6.4 writes it", u"2595.009,00 \u20AC"_s,
           259500900);
}

void tst_AmountParser::accepted()
{
    QFETCH(QString, locale);
    QFETCH(QString, code);
    QFETCH(QString, text);
    QFETCH(qint64, value);

    const Result<qint64> parsed =
        AmountParser(QLocale(locale)).parse(text, *Currency::fromCode(code));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(*parsed, value);
}

void tst_AmountParser::rejected_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rule");

    const QString empty = u"amount is empty"_s;
    const QString noDigits = u"has no digits"_s;
    const QString stray = u"which is not part of an amount"_s;
    const QString negative = u"negative amounts are not allowed"_s;
    const QString tooLarge = u"is too large; the largest"_s;
    const QString points = u"has more than one decimal point"_s;
    const QString groups = u"groups its digits wrongly"_s;

    reject("C", "usd", "empty", QString(), empty);
    reject("C", "usd", "blank", u"   "_s, empty);
    reject("C", "usd", "tab and no-break space", u"\t\u00A0"_s, empty);
    reject("C", "usd", "letters", u"abc"_s, noDigits);
    reject("C", "usd", "word", u"twelve dollars"_s, noDigits);
    reject("C", "usd", "sign only", u"$"_s, noDigits);
    reject("C", "usd", "point only", u"."_s, noDigits);
    reject("C", "usd", "letter after", u"12a"_s, stray);
    reject("C", "usd", "letter before", u"a12"_s, stray);
    reject("C", "usd", "letter inside", u"1a2"_s, stray);
    reject("C", "usd", "word after", u"12 abc"_s, stray);
    reject("C", "usd", "unknown code", u"usdd 12"_s, stray);
    reject("C", "usd", "unknown sign", u"US$12"_s, stray);
    reject("C", "usd", "bitcoin sign", u"₿12"_s, stray);
    reject("C", "usd", "plus before", u"+5"_s, stray);
    reject("C", "usd", "plus after", u"5+"_s, stray);
    reject("C", "usd", "minus inside", u"1-2"_s, stray);
    reject("C", "usd", "underscore", u"1_000"_s, stray);
    reject("C", "usd", "parentheses", u"(12.50)"_s, stray);
    reject("C", "usd", "currency twice", u"$12 USD"_s, u"names its currency twice"_s);
    reject("C", "usd", "minus", u"-5"_s, negative);
    reject("C", "usd", "minus after", u"5-"_s, negative);
    reject("C", "usd", "minus space", u"- 5"_s, negative);
    reject("C", "usd", "minus before sign", u"-$5"_s, negative);
    reject("C", "usd", "minus after sign", u"$-5"_s, negative);
    reject("C", "usd", "minus after code", u"usd -5"_s, negative);
    reject("C", "usd", "minus zero", u"-0"_s, negative);
    reject("C", "usd", "unicode minus", u"\u22125"_s, negative);
    reject("C", "usd", "third decimal", u"12.505"_s,
           u"amount: \"12.505\" has 3 decimals, but USD allows at most 2"_s);
    reject("C", "usd", "third decimal zero", u"12.500"_s, u"has 3 decimals"_s);
    reject("C", "usd", "tenth of a cent", u"0.001"_s, u"has 3 decimals"_s);
    reject("C", "usd", "four decimals after comma", u"1,2345"_s, u"has 4 decimals"_s);
    reject("C", "usd", "space groups, comma with three digits", u"1 234,567"_s,
           u"has 3 decimals"_s);
    reject("C", "usd", "euro", u"€12"_s, u"is in EUR, but this amount is in USD"_s);
    reject("C", "usd", "euro code after", u"12 EUR"_s, u"is in EUR"_s);
    reject("C", "usd", "pound", u"£5"_s, u"is in GBP"_s);
    reject("C", "usd", "yen", u"¥1000"_s, u"is in JPY"_s);
    reject("C", "usd", "yen code", u"jpy 12"_s, u"is in JPY"_s);
    reject("C", "usd", "canadian dollar", u"CA$12"_s, u"is in CAD"_s);
    reject("C", "eur", "dollar", u"$12"_s, u"is in USD, but this amount is in EUR"_s);
    reject("C", "usd", "twenty digits", u"99999999999999999999"_s, tooLarge);
    reject("C", "usd", "one above the largest", u"92233720368547758.08"_s,
           u"the largest USD amount is 92233720368547758.07"_s);
    reject("C", "usd", "one above the largest, grouped", u"92,233,720,368,547,758.08"_s, tooLarge);
    reject("C", "usd", "largest integer in dollars", u"9223372036854775807"_s, tooLarge);
    reject("C", "jpy", "one above the largest", u"9223372036854775808"_s,
           u"the largest JPY amount is 9223372036854775807"_s);
    reject("C", "kwd", "one above the largest", u"9223372036854775.808"_s, tooLarge);
    reject("C", "usd", "indian grouping", u"1,23,456"_s, groups);
    reject("en_IN", "inr", "neither indian nor threes", u"1,23,45"_s, groups);
    reject("C", "usd", "groups of two", u"12,34,56"_s, groups);
    reject("C", "usd", "long first group", u"1234,567"_s, groups);
    reject("C", "usd", "short space group", u"1 23"_s, groups);
    reject("C", "usd", "space between point and digits", u"1.5 000"_s, groups);
    reject("C", "usd", "leading group", u",000"_s, groups);
    reject("C", "usd", "trailing group", u"1,000,"_s, groups);
    reject("C", "usd", "two group kinds", u"1,000 000.00"_s, groups);
    reject("C", "usd", "dot group, short", u"1.23,50"_s, groups);
    reject("C", "usd", "double point", u"1..2"_s, points);
    reject("C", "usd", "two points", u"1.2.3"_s, points);
    reject("C", "usd", "two points after grouping", u"1,234.5.6"_s, points);
    reject("C", "jpy", "decimals", u"12.5"_s, u"has decimals, but JPY has no decimals"_s);
    reject("C", "jpy", "zero decimals", u"12.0"_s, u"JPY has no decimals"_s);
    reject("C", "jpy", "yen with decimals", u"¥12.00"_s, u"JPY has no decimals"_s);
    reject("C", "jpy", "point with three digits", u"1.000"_s, u"JPY has no decimals"_s);
    reject("C", "jpy", "comma point", u"1,5"_s, u"JPY has no decimals"_s);
    reject("C", "kwd", "fourth decimal", u"5.5505"_s,
           u"has 4 decimals, but KWD allows at most 3"_s);

    reject("en_US", "usd", "dot with three digits", u"1.000"_s, u"has 3 decimals"_s);
    reject("en_US", "usd", "third decimal", u"$12.505"_s, u"has 3 decimals"_s);
    reject("en_US", "usd", "two points", u"1.2.3"_s, points);
    reject("en_US", "usd", "indian grouping", u"1,23,456"_s, groups);
    reject("en_US", "jpy", "dot with three digits", u"1.000"_s, u"JPY has no decimals"_s);
    reject("en_US", "usd", "unicode minus", u"\u2212$5"_s, negative);
    reject("en_US", "usd", "letters", u"12a"_s, stray);

    reject("de_DE", "usd", "comma with three digits", u"1,000"_s, u"has 3 decimals"_s);
    reject("de_DE", "jpy", "comma with three digits", u"1,000"_s, u"JPY has no decimals"_s);
    reject("de_DE", "kwd", "fourth decimal", u"5,5505"_s, u"has 4 decimals"_s);
    reject("de_DE", "usd", "two commas", u"1,2,3"_s, points);
    reject("de_DE", "usd", "two dots", u"1.2.3"_s, groups);
    reject("de_DE", "usd", "negative", u"-12,50 €"_s, negative);
    reject("de_DE", "eur", "dollar", u"12,50 $"_s, u"is in USD"_s);

    reject("fr_FR", "eur", "short group", u"1 23,45"_s, groups);
    reject("fr_FR", "eur", "third decimal", u"12,505 €"_s, u"EUR allows at most 2"_s);
    reject("fr_FR", "jpy", "decimals", u"1 000,5"_s, u"JPY has no decimals"_s);
    reject("fr_FR", "eur", "unicode minus", u"\u22121\u202F234,56"_s, negative);
}

void tst_AmountParser::rejected()
{
    QFETCH(QString, locale);
    QFETCH(QString, code);
    QFETCH(QString, text);
    QFETCH(QString, rule);

    const Result<qint64> parsed =
        AmountParser(QLocale(locale)).parse(text, *Currency::fromCode(code));
    QVERIFY2(!parsed.ok(), qPrintable(u"parsed as %1"_s.arg(parsed.ok() ? *parsed : 0)));
    const Error &error = parsed.error();
    QCOMPARE(error.kind, ErrorKind::Rule);
    QCOMPARE(error.field, u"amount"_s);
    QVERIFY2(error.message.startsWith(u"amount"_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(text.trimmed()), qPrintable(error.message));
    QVERIFY2(error.message.contains(rule), qPrintable(error.message));
}

void tst_AmountParser::fieldIsNamed()
{
    const Result<qint64> parsed = AmountParser().parse(u"12.505", *Currency::fromCode(u"usd"));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().message,
             u"amount: \"12.505\" has 3 decimals, but USD allows at most 2"_s);

    const Result<qint64> named =
        AmountParser().parse(u"1,23,456", *Currency::fromCode(u"usd"), u"refund_amount"_s);
    QVERIFY(!named.ok());
    QCOMPARE(named.error().field, u"refund_amount"_s);
    QVERIFY2(named.error().message.startsWith(u"refund_amount: \"1,23,456\""_s),
             qPrintable(named.error().message));
}

void tst_AmountParser::roundTrip_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("value");

    const char *locales[] = {"C", "en_US", "de_DE", "fr_FR", "de_CH", "sv_SE", "en_IN", "es_ES"};
    const char *codes[] = {"usd", "eur", "jpy", "kwd", "cad", "cny", "chf"};
    const qint64 values[] = {0, 5, 1000, 123456, 1000000, 123456789, maxValue};
    for (const char *locale : locales) {
        for (const char *code : codes) {
            for (const qint64 value : values) {
                QTest::addRow("%s %s %lld", locale, code, value)
                    << QString::fromLatin1(locale) << QString::fromLatin1(code) << value;
            }
        }
    }
}

// Whatever the desk shows, an agent can paste back: display and parsing agree in every locale.
void tst_AmountParser::roundTrip()
{
    QFETCH(QString, locale);
    QFETCH(QString, code);
    QFETCH(qint64, value);

    const QLocale qlocale(locale);
    const Money money(value, *Currency::fromCode(code));
    const QString shown = money.toDisplayString(qlocale);
    const Result<qint64> parsed = AmountParser(qlocale).parse(shown, money.currency());
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(*parsed, value);
}

QTEST_GUILESS_MAIN(tst_AmountParser)
#include "tst_amountparser.moc"
