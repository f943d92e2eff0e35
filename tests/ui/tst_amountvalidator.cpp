#include "amountvalidator.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace RefundDesk;
using namespace Qt::StringLiterals;

namespace {

// Rows read "en_US usd: third decimal", so a failure names locale, currency and case.
void row(const char *locale, const char *code, const char *name, const QString &text,
         QValidator::State state, qint64 value, const QString &message = {})
{
    QTest::addRow("%s %s: %s", locale, code, name)
        << QString::fromLatin1(locale) << QString::fromLatin1(code) << text << state << value
        << message;
}

void acceptable(const char *locale, const char *code, const char *name, const QString &text,
                qint64 value)
{
    row(locale, code, name, text, QValidator::Acceptable, value);
}

void intermediate(const char *locale, const char *code, const char *name, const QString &text,
                  const QString &message)
{
    row(locale, code, name, text, QValidator::Intermediate, -1, message);
}

void invalid(const char *locale, const char *code, const char *name, const QString &text,
             const QString &message)
{
    row(locale, code, name, text, QValidator::Invalid, -1, message);
}

} // namespace

class tst_AmountValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data();
    void validate();
    void rejectionOutlivesTheNextText();
    void fieldNameStartsTheMessage();
    void lineEditRefusesTheKeystroke_data();
    void lineEditRefusesTheKeystroke();
};

void tst_AmountValidator::validate_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QValidator::State>("state");
    QTest::addColumn<qint64>("value"); // the parsed amount when Acceptable
    QTest::addColumn<QString>("message"); // part of errorString() otherwise

    // usd in en_US: '.' is the point, ',' groups.
    acceptable("en_US", "usd", "cents", u"12.50"_s, 1250);
    acceptable("en_US", "usd", "one decimal", u"12.5"_s, 1250);
    acceptable("en_US", "usd", "whole", u"12"_s, 1200);
    acceptable("en_US", "usd", "trailing point", u"12."_s, 1200);
    acceptable("en_US", "usd", "zero", u"0"_s, 0);
    acceptable("en_US", "usd", "dollar sign", u"$12.50"_s, 1250);
    acceptable("en_US", "usd", "code after", u"12.50 USD"_s, 1250);
    acceptable("en_US", "usd", "group separator", u"1,000"_s, 100000);
    acceptable("en_US", "usd", "grouped with cents", u"1,234.56"_s, 123456);
    acceptable("en_US", "usd", "European style", u"1.234,56"_s, 123456);
    acceptable("en_US", "usd", "comma as the point", u"12,50"_s, 1250);
    acceptable("en_US", "usd", "surrounding spaces", u"  12.50 "_s, 1250);
    intermediate("en_US", "usd", "empty", QString(), u"Amount is empty"_s);
    intermediate("en_US", "usd", "blank", u"   "_s, u"Amount is empty"_s);
    intermediate("en_US", "usd", "bare dollar sign", u"$"_s, u"has no digits"_s);
    intermediate("en_US", "usd", "group half typed", u"1,234,5"_s, u"groups its digits"_s);
    intermediate("en_US", "usd", "group separator last", u"1,234,"_s, u"groups its digits"_s);
    intermediate("en_US", "usd", "code half typed", u"12 US"_s, u"not part of an amount"_s);
    intermediate("en_US", "usd", "code before digits", u"US"_s, u"has no digits"_s);
    invalid("en_US", "usd", "third decimal", u"12.345"_s,
            uR"(Amount: "12.345" has 3 decimals, but USD allows at most 2)"_s);
    invalid("en_US", "usd", "fourth decimal", u"0.0001"_s, u"has 4 decimals"_s);
    invalid("en_US", "usd", "third decimal after grouping", u"1,234.567"_s, u"has 3 decimals"_s);
    invalid("en_US", "usd", "letters", u"abc"_s, u"has no digits"_s);
    invalid("en_US", "usd", "letter after digits", u"12a"_s,
            uR"("12a" contains "a", which is not part of an amount)"_s);
    invalid("en_US", "usd", "letter between digits", u"1x2"_s, u"not part of an amount"_s);
    invalid("en_US", "usd", "negative", u"-5"_s, u"negative amounts are not allowed"_s);
    invalid("en_US", "usd", "minus after", u"5-"_s, u"negative amounts are not allowed"_s);
    invalid("en_US", "usd", "minus alone", u"-"_s, u"has no digits"_s);
    invalid("en_US", "usd", "plus sign", u"+5"_s, u"not part of an amount"_s);
    invalid("en_US", "usd", "two points", u"1.2.3"_s, u"more than one decimal point"_s);
    invalid("en_US", "usd", "two separators in a row", u"1,,2"_s, u"groups its digits"_s);
    invalid("en_US", "usd", "another currency", u"12 EUR"_s, u"is in EUR, but this amount"_s);
    invalid("en_US", "usd", "two currencies", u"$12 USD"_s, u"names its currency twice"_s);
    invalid("en_US", "usd", "beyond 64 bits", u"92233720368547758.08"_s, u"is too large"_s);

    // jpy has no minor unit.
    acceptable("en_US", "jpy", "whole", u"5550"_s, 5550);
    acceptable("en_US", "jpy", "grouped", u"5,550"_s, 5550);
    acceptable("en_US", "jpy", "yen sign", u"¥5,550"_s, 5550);
    acceptable("en_US", "jpy", "trailing point", u"12."_s, 12);
    invalid("en_US", "jpy", "decimal", u"12.5"_s,
            uR"(Amount: "12.5" has decimals, but JPY has no decimals)"_s);
    invalid("en_US", "jpy", "two decimals", u"12.50"_s, u"JPY has no decimals"_s);
    // "1,5" may still become "1,500"; the dialog says what is wrong meanwhile.
    intermediate("en_US", "jpy", "comma, maybe grouping", u"1,5"_s, u"JPY has no decimals"_s);
    invalid("en_US", "jpy", "letters", u"yen"_s, u"has no digits"_s);

    // kwd has three decimals.
    acceptable("en_US", "kwd", "three decimals", u"5.550"_s, 5550);
    acceptable("en_US", "kwd", "two decimals", u"5.55"_s, 5550);
    acceptable("en_US", "kwd", "one fils", u"0.001"_s, 1);
    acceptable("en_US", "kwd", "code before", u"KWD 5.5"_s, 5500);
    invalid("en_US", "kwd", "fourth decimal", u"5.5501"_s,
            uR"("5.5501" has 4 decimals, but KWD allows at most 3)"_s);
    invalid("en_US", "kwd", "negative", u"-0.001"_s, u"negative"_s);

    // de_DE: ',' is the point and '.' groups.
    acceptable("de_DE", "usd", "locale comma", u"12,50"_s, 1250);
    acceptable("de_DE", "usd", "locale grouping", u"1.234,56"_s, 123456);
    acceptable("de_DE", "usd", "dot with three digits groups", u"1.000"_s, 100000);
    acceptable("de_DE", "usd", "space groups", u"1 234,56"_s, 123456);
    acceptable("de_DE", "kwd", "comma with three digits is the point", u"5,550"_s, 5550);
    invalid("de_DE", "usd", "third decimal after the comma", u"12,345"_s,
            u"has 3 decimals, but USD allows at most 2"_s);
    invalid("de_DE", "jpy", "comma decimal", u"12,5"_s, u"JPY has no decimals"_s);
    intermediate("de_DE", "jpy", "dot, maybe grouping", u"1.5"_s, u"JPY has no decimals"_s);

    // fr_FR groups with a narrow no-break space.
    acceptable("fr_FR", "eur", "narrow no-break space", u"1\u202F234,56"_s, 123456);
    acceptable("fr_FR", "eur", "euro after", u"12,50 €"_s, 1250);
    invalid("fr_FR", "eur", "third decimal", u"12,505"_s, u"has 3 decimals"_s);
}

void tst_AmountValidator::validate()
{
    QFETCH(QString, locale);
    QFETCH(QString, code);
    QFETCH(QString, text);
    QFETCH(QValidator::State, state);
    QFETCH(qint64, value);
    QFETCH(QString, message);

    AmountValidator validator(*Currency::fromCode(code), QLocale(locale));
    validator.setFieldName(u"Amount"_s);
    QString input = text;
    int pos = int(input.size());
    QCOMPARE(validator.validate(input, pos), state);
    QCOMPARE(input, text); // no fixup
    if (state == QValidator::Acceptable) {
        QVERIFY2(validator.errorString().isEmpty(), qPrintable(validator.errorString()));
        const Result<qint64> parsed = validator.parse(text);
        QVERIFY(parsed);
        QCOMPARE(*parsed, value);
        return;
    }
    QVERIFY2(validator.errorString().contains(message), qPrintable(validator.errorString()));
    QVERIFY(!validator.parse(text));
    QCOMPARE(validator.parse(text).error().message, validator.errorString());
    QCOMPARE(validator.rejectionString().isEmpty(), state != QValidator::Invalid);
}

void tst_AmountValidator::rejectionOutlivesTheNextText()
{
    AmountValidator validator(*Currency::fromCode(u"usd"), QLocale(QLocale::English));
    QString refused = u"12.345"_s;
    QString kept = u"12.34"_s;
    int pos = 0;
    QCOMPARE(validator.validate(refused, pos), QValidator::Invalid);
    QCOMPARE(validator.validate(kept, pos), QValidator::Acceptable);
    QCOMPARE(validator.errorString(), QString());
    QCOMPARE(validator.rejectionString(),
             uR"(amount: "12.345" has 3 decimals, but USD allows at most 2)"_s);
}

void tst_AmountValidator::fieldNameStartsTheMessage()
{
    AmountValidator validator(*Currency::fromCode(u"jpy"), QLocale(QLocale::English));
    QCOMPARE(validator.fieldName(), u"amount"_s);
    QCOMPARE(validator.parse(u"1.5").error().message,
             uR"(amount: "1.5" has decimals, but JPY has no decimals)"_s);
    validator.setFieldName(u"Betrag"_s);
    QVERIFY(validator.parse(u"1.5").error().message.startsWith(u"Betrag: "_s));
}

void tst_AmountValidator::lineEditRefusesTheKeystroke_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("kept");
    QTest::addColumn<QString>("why");

    QTest::newRow("usd third decimal")
        << u"en_US"_s << u"usd"_s << u"12.345"_s << u"12.34"_s << u"has 3 decimals"_s;
    QTest::newRow("jpy decimal") << u"en_US"_s << u"jpy"_s << u"12.5"_s << u"12."_s
                                 << u"JPY has no decimals"_s;
    QTest::newRow("letters") << u"en_US"_s << u"usd"_s << u"1a2"_s << u"12"_s
                             << u"not part of an amount"_s;
    QTest::newRow("minus") << u"en_US"_s << u"usd"_s << u"-12"_s << u"12"_s << u"has no digits"_s;
    QTest::newRow("de_DE third decimal")
        << u"de_DE"_s << u"usd"_s << u"1.234,567"_s << u"1.234,56"_s << u"has 3 decimals"_s;
}

void tst_AmountValidator::lineEditRefusesTheKeystroke()
{
    QFETCH(QString, locale);
    QFETCH(QString, code);
    QFETCH(QString, typed);
    QFETCH(QString, kept);
    QFETCH(QString, why);

    QLineEdit edit;
    auto *validator = new AmountValidator(*Currency::fromCode(code), QLocale(locale), &edit);
    edit.setValidator(validator);
    QSignalSpy rejected(&edit, &QLineEdit::inputRejected);
    QTest::keyClicks(&edit, typed);
    QCOMPARE(edit.text(), kept);
    QCOMPARE(rejected.count(), 1);
    QVERIFY2(validator->rejectionString().contains(why), qPrintable(validator->rejectionString()));
}

QTEST_MAIN(tst_AmountValidator)
#include "tst_amountvalidator.moc"
