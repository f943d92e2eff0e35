#include "domain/paymentrecord.h"
#include "recordformat.h"

#include <QTest>

using namespace RefundDesk;

class tst_RecordFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void amount_data();
    void amount();
    void method_data();
    void method();
    void customer();
};

void tst_RecordFormat::amount_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    QTest::newRow("usd") << qint64(123456) << "usd"
                         << "$1,234.56";
    QTest::newRow("jpy has no minor unit") << qint64(5550) << "jpy"
                                           << "¥5,550";
    QTest::newRow("kwd has three decimals") << qint64(5550) << "kwd"
                                            << "KWD 5.550";
    QTest::newRow("upper-case code") << qint64(100) << "EUR"
                                     << "€1.00";
    QTest::newRow("zero") << qint64(0) << "gbp"
                          << "£0.00";
    QTest::newRow("unknown currency is not guessed") << qint64(1234) << "xyz"
                                                     << "1,234 XYZ";
}

void tst_RecordFormat::amount()
{
    QFETCH(qint64, value);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(
        RecordFormat::amount(value, currency, QLocale(QLocale::English, QLocale::UnitedStates)),
        expected);
}

void tst_RecordFormat::method_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("brand");
    QTest::addColumn<QString>("last4");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("visa") << "card"
                          << "visa"
                          << "4242"
                          << ""
                          << "Visa •••• 4242";
    QTest::newRow("jcb is upper-case") << "card"
                                       << "jcb"
                                       << "0192"
                                       << ""
                                       << "JCB •••• 0192";
    QTest::newRow("amex") << "card"
                          << "amex"
                          << "1408"
                          << ""
                          << "Amex •••• 1408";
    QTest::newRow("unknown brand as given") << "card"
                                            << "newnet"
                                            << "1111"
                                            << ""
                                            << "newnet •••• 1111";
    QTest::newRow("card without brand") << "card"
                                        << ""
                                        << "1111"
                                        << ""
                                        << "Card •••• 1111";
    QTest::newRow("card without last4") << "card"
                                        << "visa"
                                        << ""
                                        << ""
                                        << "Card";
    QTest::newRow("bank account") << "us_bank_account"
                                  << ""
                                  << ""
                                  << ""
                                  << "US bank account";
    QTest::newRow("sepa") << "sepa_debit"
                          << ""
                          << ""
                          << ""
                          << "SEPA Direct Debit";
    QTest::newRow("unknown type as given") << "klarna"
                                           << ""
                                           << ""
                                           << ""
                                           << "klarna";
    QTest::newRow("custom display name") << "custom"
                                         << ""
                                         << ""
                                         << "Store credit"
                                         << "Store credit";
    QTest::newRow("nothing") << ""
                             << ""
                             << ""
                             << ""
                             << "";
}

void tst_RecordFormat::method()
{
    QFETCH(QString, type);
    QFETCH(QString, brand);
    QFETCH(QString, last4);
    QFETCH(QString, displayName);
    QFETCH(QString, expected);
    PaymentMethodDetails details;
    details.type = type;
    details.cardBrand = brand;
    details.cardLast4 = last4;
    details.customDisplayName = displayName;
    QCOMPARE(RecordFormat::method(details), expected);
}

void tst_RecordFormat::customer()
{
    PaymentRecord record;
    record.customer.customer = QStringLiteral("cus_123");
    QCOMPARE(RecordFormat::customer(record), QStringLiteral("cus_123"));
    record.customer.name = QStringLiteral("Amara Okafor");
    QCOMPARE(RecordFormat::customer(record), QStringLiteral("Amara Okafor"));
}

QTEST_GUILESS_MAIN(tst_RecordFormat)
#include "tst_recordformat.moc"
