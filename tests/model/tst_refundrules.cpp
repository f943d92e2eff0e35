#include "domain/refundrules.h"

#include <QTest>

using namespace RefundDesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(RefundDesk::PaymentRecord)
Q_DECLARE_METATYPE(RefundDesk::RefundRequest)

namespace {

// 2026-11-20T12:00:00Z: the payment was created then; the desk's clock reads a day later.
constexpr qint64 created = 1795176000;
constexpr qint64 now = created + 86400;

// $50.00 guaranteed, nothing refunded or reserved.
PaymentRecord paidRecord(const QString &currency = u"usd"_s, qint64 guaranteed = 5000)
{
    PaymentRecord record;
    record.id = u"pr_test"_s;
    record.currency = currency;
    record.amountRequested = guaranteed;
    record.amountAuthorized = guaranteed;
    record.amountGuaranteed = guaranteed;
    record.created = created;
    return record;
}

RefundRequest amountRequest(qint64 amount)
{
    RefundRequest request;
    request.paymentRecordId = u"pr_test"_s;
    request.amount = amount;
    return request;
}

RefundRequest fullRequest()
{
    RefundRequest request;
    request.paymentRecordId = u"pr_test"_s;
    request.full = true;
    return request;
}

RefundRequest reportedRequest(qint64 amount, std::optional<qint64> initiatedAt,
                              std::optional<qint64> refundedAt)
{
    RefundRequest request = amountRequest(amount);
    request.reported = true;
    request.refundReference = u"rf_processor_1"_s;
    request.initiatedAt = initiatedAt;
    request.refundedAt = refundedAt;
    return request;
}

RefundRequest withNote(const QString &note)
{
    RefundRequest request = amountRequest(1000);
    request.note = note;
    return request;
}

RefundRequest withMetadata(Metadata metadata)
{
    RefundRequest request = amountRequest(1000);
    request.metadata = std::move(metadata);
    return request;
}

Metadata keys(int count)
{
    Metadata metadata;
    for (int i = 0; i < count; ++i)
        metadata.insert(u"key%1"_s.arg(i), u"v"_s);
    return metadata;
}

} // namespace

class tst_RefundRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validateRefund_data();
    void validateRefund();
};

void tst_RefundRules::validateRefund_data()
{
    QTest::addColumn<PaymentRecord>("record");
    QTest::addColumn<RefundRequest>("request");
    QTest::addColumn<qint64>("expectedAmount");
    QTest::addColumn<QString>("expectedField"); // empty: the refund is valid
    QTest::addColumn<QStringList>("messageParts");

    const QString ok;
    const QStringList none;

    // --- the record has a guaranteed attempt
    {
        PaymentRecord pending = paidRecord();
        pending.amountGuaranteed = 0;
        QTest::newRow("payment never guaranteed (pending)")
            << pending << amountRequest(1000) << qint64(1000) << u"payment"_s
            << QStringList {u"pr_test"_s, u"ever guaranteed"_s};

        PaymentRecord failed = paidRecord();
        failed.amountGuaranteed = 0;
        failed.amountFailed = 5000;
        QTest::newRow("payment failed") << failed << amountRequest(1000) << qint64(1000)
                                        << u"payment"_s << QStringList {u"pr_test"_s, u"failed"_s};

        PaymentRecord canceled = paidRecord();
        canceled.amountGuaranteed = 0;
        canceled.amountCanceled = 5000;
        QTest::newRow("payment canceled")
            << canceled << amountRequest(1000) << qint64(1000) << u"payment"_s
            << QStringList {u"pr_test"_s, u"canceled"_s};

        PaymentRecord unknownCurrency = paidRecord(u"xyz"_s);
        QTest::newRow("payment in unknown currency")
            << unknownCurrency << amountRequest(1000) << qint64(1000) << u"currency"_s
            << QStringList {u"pr_test"_s, u"xyz"_s};
    }

    // --- currency
    {
        RefundRequest eur = amountRequest(1000);
        eur.currency = u"eur"_s;
        QTest::newRow("currency mismatch") << paidRecord() << eur << qint64(1000) << u"currency"_s
                                           << QStringList {u"eur"_s, u"usd"_s, u"pr_test"_s};

        RefundRequest upper = amountRequest(1000);
        upper.currency = u"USD"_s;
        QTest::newRow("currency upper case matches")
            << paidRecord() << upper << qint64(1000) << ok << none;

        RefundRequest same = amountRequest(1000);
        same.currency = u"usd"_s;
        QTest::newRow("currency same") << paidRecord() << same << qint64(1000) << ok << none;

        QTest::newRow("currency omitted")
            << paidRecord() << amountRequest(1000) << qint64(1000) << ok << none;
    }

    // --- 0 < amount <= refundable
    QTest::newRow("amount zero") << paidRecord() << amountRequest(0) << qint64(0) << u"amount"_s
                                 << QStringList {u"$0.00"_s, u"greater than zero"_s};
    QTest::newRow("amount negative")
        << paidRecord() << amountRequest(-1050) << qint64(-1050) << u"amount"_s
        << QStringList {u"-$10.50"_s, u"greater than zero"_s};
    QTest::newRow("amount one minor unit")
        << paidRecord() << amountRequest(1) << qint64(1) << ok << none;
    QTest::newRow("amount partial")
        << paidRecord() << amountRequest(1050) << qint64(1050) << ok << none;
    QTest::newRow("amount exactly refundable")
        << paidRecord() << amountRequest(5000) << qint64(5000) << ok << none;
    QTest::newRow("amount one minor unit over refundable")
        << paidRecord() << amountRequest(5001) << qint64(5001) << u"amount"_s
        << QStringList {u"$50.01"_s, u"$50.00"_s, u"pr_test"_s};
    {
        // 50.00 guaranteed - 20.00 refunded (10.00 of it before import) - 19.50 reserved.
        PaymentRecord used = paidRecord();
        used.amountRefunded = 2000;
        used.priorRefunded = 1000;
        used.amountReserved = 1950;
        QTest::newRow("amount exactly refundable after refunded and reserved")
            << used << amountRequest(1050) << qint64(1050) << ok << none;
        QTest::newRow("amount over with refunded and reserved counted")
            << used << amountRequest(1051) << qint64(1051) << u"amount"_s
            << QStringList {u"$10.51"_s, u"$10.50"_s, u"pr_test"_s};
        QTest::newRow("full refund of the rest")
            << used << fullRequest() << qint64(1050) << ok << none;

        PaymentRecord reservedOnly = paidRecord();
        reservedOnly.amountReserved = 4000;
        QTest::newRow("amount over with reserved counted")
            << reservedOnly << amountRequest(1001) << qint64(1001) << u"amount"_s
            << QStringList {u"$10.01"_s, u"$10.00"_s, u"pr_test"_s};

        PaymentRecord priorOnly = paidRecord();
        priorOnly.amountRefunded = 1000;
        priorOnly.priorRefunded = 1000;
        QTest::newRow("amount over with prior refunded counted")
            << priorOnly << amountRequest(4001) << qint64(4001) << u"amount"_s
            << QStringList {u"$40.01"_s, u"$40.00"_s, u"pr_test"_s};
    }

    // --- full refunds
    QTest::newRow("full refund ok") << paidRecord() << fullRequest() << qint64(5000) << ok << none;
    {
        PaymentRecord spent = paidRecord();
        spent.amountRefunded = 3000;
        spent.amountReserved = 2000;
        QTest::newRow("full refund when nothing left")
            << spent << fullRequest() << qint64(0) << u"amount"_s
            << QStringList {u"pr_test"_s, u"$50.00 of $50.00"_s, u"Nothing is left"_s};

        PaymentRecord overRefunded = paidRecord();
        overRefunded.amountRefunded = 6000;
        QTest::newRow("full refund when source over-refunded")
            << overRefunded << fullRequest() << qint64(0) << u"amount"_s
            << QStringList {u"pr_test"_s, u"$60.00 of $50.00"_s};
    }

    // --- the note: optional on a refund, bounded in length
    QTest::newRow("note empty") << paidRecord() << withNote({}) << qint64(1000) << ok << none;
    QTest::newRow("note 2000 characters")
        << paidRecord() << withNote(QString(2000, u'n')) << qint64(1000) << ok << none;
    QTest::newRow("note 2001 characters")
        << paidRecord() << withNote(QString(2001, u'n')) << qint64(1000) << u"note"_s
        << QStringList {u"2001"_s, u"2000"_s};

    // --- metadata limits
    QTest::newRow("metadata 50 keys")
        << paidRecord() << withMetadata(keys(50)) << qint64(1000) << ok << none;
    QTest::newRow("metadata 51 keys") << paidRecord() << withMetadata(keys(51)) << qint64(1000)
                                      << u"metadata"_s << QStringList {u"51"_s, u"50"_s};
    {
        const QString key40(40, u'k');
        const QString key41(41, u'k');
        QTest::newRow("metadata key 40 characters")
            << paidRecord() << withMetadata({{key40, u"v"_s}}) << qint64(1000) << ok << none;
        QTest::newRow("metadata key 41 characters")
            << paidRecord() << withMetadata({{key41, u"v"_s}}) << qint64(1000)
            << u"metadata[%1]"_s.arg(key41) << QStringList {key41, u"41"_s, u"40"_s};
        QTest::newRow("metadata key with [")
            << paidRecord() << withMetadata({{u"order[1"_s, u"v"_s}}) << qint64(1000)
            << u"metadata[order[1]"_s << QStringList {u"\"order[1\""_s, u"square bracket"_s};
        QTest::newRow("metadata key with ]")
            << paidRecord() << withMetadata({{u"order1]"_s, u"v"_s}}) << qint64(1000)
            << u"metadata[order1]]"_s << QStringList {u"\"order1]\""_s, u"square bracket"_s};
        QTest::newRow("metadata value 500 characters")
            << paidRecord() << withMetadata({{u"note"_s, QString(500, u'x')}}) << qint64(1000) << ok
            << none;
        QTest::newRow("metadata value 501 characters")
            << paidRecord() << withMetadata({{u"note"_s, QString(501, u'x')}}) << qint64(1000)
            << u"metadata[note]"_s << QStringList {u"\"note\""_s, u"501"_s, u"500"_s};
    }

    // --- times
    {
        RefundRequest atCreation = amountRequest(1000);
        atCreation.initiatedAt = created;
        QTest::newRow("initiated_at at creation")
            << paidRecord() << atCreation << qint64(1000) << ok << none;

        RefundRequest atNow = amountRequest(1000);
        atNow.initiatedAt = now;
        QTest::newRow("initiated_at now") << paidRecord() << atNow << qint64(1000) << ok << none;

        RefundRequest early = amountRequest(1000);
        early.initiatedAt = created - 1;
        QTest::newRow("initiated_at before payment created")
            << paidRecord() << early << qint64(1000) << u"initiated_at"_s
            << QStringList {u"pr_test"_s, u"2026-11-20T11:59:59Z"_s, u"2026-11-20T12:00:00Z"_s};

        RefundRequest future = amountRequest(1000);
        future.initiatedAt = now + 1;
        QTest::newRow("initiated_at in the future")
            << paidRecord() << future << qint64(1000) << u"initiated_at"_s
            << QStringList {u"2026-11-21T12:00:01Z"_s, u"2026-11-21T12:00:00Z"_s, u"future"_s};

        QTest::newRow("reported ok")
            << paidRecord() << reportedRequest(1000, created + 60, created + 120) << qint64(1000)
            << ok << none;
        QTest::newRow("reported refunded_at equal to initiated_at")
            << paidRecord() << reportedRequest(1000, created + 60, created + 60) << qint64(1000)
            << ok << none;
        QTest::newRow("reported without times")
            << paidRecord() << reportedRequest(1000, std::nullopt, std::nullopt) << qint64(1000)
            << ok << none;
        QTest::newRow("refunded_at before initiated_at")
            << paidRecord() << reportedRequest(1000, created + 120, created + 60) << qint64(1000)
            << u"refunded_at"_s
            << QStringList {u"2026-11-20T12:01:00Z"_s, u"2026-11-20T12:02:00Z"_s};
        QTest::newRow("refunded_at before payment created")
            << paidRecord() << reportedRequest(1000, std::nullopt, created - 60) << qint64(1000)
            << u"refunded_at"_s << QStringList {u"pr_test"_s, u"2026-11-20T11:59:00Z"_s};
        QTest::newRow("refunded_at in the future")
            << paidRecord() << reportedRequest(1000, std::nullopt, now + 60) << qint64(1000)
            << u"refunded_at"_s << QStringList {u"2026-11-21T12:01:00Z"_s, u"future"_s};

        RefundRequest notReported = amountRequest(1000);
        notReported.refundedAt = created + 60;
        QTest::newRow("refunded_at without reported")
            << paidRecord() << notReported << qint64(1000) << u"refunded_at"_s
            << QStringList {u"reported"_s};

        RefundRequest noReference = reportedRequest(1000, std::nullopt, created + 60);
        noReference.refundReference.clear();
        QTest::newRow("reported without reference")
            << paidRecord() << noReference << qint64(1000) << u"refund_reference"_s
            << QStringList {u"reference"_s};

        RefundRequest blankReference = reportedRequest(1000, std::nullopt, created + 60);
        blankReference.refundReference = u"   "_s;
        QTest::newRow("reported with blank reference")
            << paidRecord() << blankReference << qint64(1000) << u"refund_reference"_s
            << QStringList {u"reference"_s};
    }

    // --- reason: the enum admits only the API's values; each is accepted
    {
        RefundRequest duplicate = amountRequest(1000);
        duplicate.reason = RefundReason::Duplicate;
        QTest::newRow("reason duplicate")
            << paidRecord() << duplicate << qint64(1000) << ok << none;
        RefundRequest byCustomer = amountRequest(1000);
        byCustomer.reason = RefundReason::RequestedByCustomer;
        QTest::newRow("reason requested_by_customer")
            << paidRecord() << byCustomer << qint64(1000) << ok << none;
    }

    // --- other exponents: jpy has none, kwd has three
    QTest::newRow("jpy exactly refundable")
        << paidRecord(u"jpy"_s, 100000) << amountRequest(100000) << qint64(100000) << ok << none;
    QTest::newRow("jpy one yen over")
        << paidRecord(u"jpy"_s, 100000) << amountRequest(100001) << qint64(100001) << u"amount"_s
        << QStringList {u"¥100,001"_s, u"¥100,000"_s, u"pr_test"_s};
    QTest::newRow("jpy zero") << paidRecord(u"jpy"_s, 100000) << amountRequest(0) << qint64(0)
                              << u"amount"_s << QStringList {u"¥0"_s};
    QTest::newRow("kwd exactly refundable")
        << paidRecord(u"kwd"_s, 5550) << amountRequest(5550) << qint64(5550) << ok << none;
    QTest::newRow("kwd one fils over")
        << paidRecord(u"kwd"_s, 5550) << amountRequest(5551) << qint64(5551) << u"amount"_s
        << QStringList {u"KWD 5.551"_s, u"KWD 5.550"_s, u"pr_test"_s};
    QTest::newRow("kwd negative") << paidRecord(u"kwd"_s, 5550) << amountRequest(-5) << qint64(-5)
                                  << u"amount"_s << QStringList {u"-KWD 0.005"_s};
    {
        PaymentRecord kwdSpent = paidRecord(u"kwd"_s, 5550);
        kwdSpent.amountRefunded = 5550;
        QTest::newRow("kwd full refund when nothing left")
            << kwdSpent << fullRequest() << qint64(0) << u"amount"_s
            << QStringList {u"KWD 5.550 of KWD 5.550"_s};
    }
}

void tst_RefundRules::validateRefund()
{
    QFETCH(PaymentRecord, record);
    QFETCH(RefundRequest, request);
    QFETCH(qint64, expectedAmount);
    QFETCH(QString, expectedField);
    QFETCH(QStringList, messageParts);

    const qint64 amount = requestedAmount(request, record);
    QCOMPARE(amount, expectedAmount);

    const Result<void> result = RefundDesk::validateRefund(request, amount, record, now);
    if (expectedField.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().message));
        return;
    }
    QVERIFY2(!result.ok(), "the refund was accepted");
    QCOMPARE(result.error().kind, ErrorKind::Rule);
    QCOMPARE(result.error().field, expectedField);
    for (const QString &part : messageParts) {
        QVERIFY2(result.error().message.contains(part),
                 qPrintable(u"\"%1\" does not mention \"%2\""_s.arg(result.error().message, part)));
    }
}

QTEST_GUILESS_MAIN(tst_RefundRules)
#include "tst_refundrules.moc"
