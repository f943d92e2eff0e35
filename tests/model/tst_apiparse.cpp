// The checks importJson makes on each object alone (io/apiparse.cpp), one row per check with
// the field and the message a support agent sees, through a real import that must leave the
// database byte for byte as it was; and the spellings of the API that must be accepted.

#include "importfixtures.h"

#include <QTest>

using namespace RefundDesk;
using namespace RefundDesk::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString sameId = QString(255, u'p');
const std::string longId(256, 'x');

json newRecord()
{
    return recordJson("pr_new", "usd", 1000);
}
json newAttempt()
{
    return attemptJson("par_new", "pr_usd2", "usd", 5000, "failed");
}
json newRefund()
{
    return refundJson("re_new", "pr_usd2", "usd", 100);
}

json metadataOf(int keys, int keyLength = 3, int valueLength = 1)
{
    json metadata = json::object();
    for (int i = 0; i < keys; ++i) {
        std::string key = "k" + std::to_string(i);
        key.resize(std::max<std::size_t>(key.size(), std::size_t(keyLength)), 'k');
        metadata[key] = std::string(std::size_t(valueLength), 'v');
    }
    return metadata;
}

} // namespace

class tst_ApiParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_fixture.close(); }

    void parseRejections_data();
    void parseRejections();
    void acceptedSpellings_data();
    void acceptedSpellings();

private:
    StoreFixture m_fixture;
};

void tst_ApiParse::init()
{
    QVERIFY(m_fixture.open());
    const auto seeded = m_fixture.import(
        arrayFile({recordJson("pr_usd2", "usd", 5000), refundJson("re_1", "pr_usd2", "usd", 100)}));
    QVERIFY2(seeded.ok(), qPrintable(errorOf(seeded)));
    QCOMPARE(seeded->imported, 2);
}

void tst_ApiParse::parseRejections_data()
{
    QTest::addColumn<QByteArray>("object");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name, const json &object, const QString &field,
                        const QString &message) {
        QTest::newRow(name) << bytes(object) << field << message;
    };
    const json record = newRecord(), attempt = newAttempt(), refund = newRefund();

    // Any object
    row("not an object", json(42), {}, u"Expected an object, found 42."_s);
    row("object missing", without(record, "/object"), u"object"_s,
        u"object is missing: say payment_record, payment_attempt_record or refund."_s);
    row("object unknown", with(record, "/object", "charge"), u"object"_s,
        u"object \"charge\" is not one of payment_record, payment_attempt_record, refund."_s);
    row("object not a string", with(record, "/object", 7), u"object"_s, u"object is missing"_s);

    // Payment record: ids
    row("record id missing", without(record, "/id"), u"id"_s, u"id is missing."_s);
    row("record id null", with(record, "/id", nullptr), u"id"_s, u"id is missing."_s);
    row("record id empty", with(record, "/id", ""), u"id"_s, u"id is missing."_s);
    row("record id a number", with(record, "/id", 5), u"id"_s, u"id must be a string, not 5."_s);
    row("record id of 256 characters", with(record, "/id", longId), u"id"_s,
        u"id has 256 characters, but ids have at most 255."_s);
    row("latest attempt id of 256 characters",
        with(record, "/latest_payment_attempt_record", longId), u"latest_payment_attempt_record"_s,
        u"latest_payment_attempt_record has 256 characters, but ids have at most 255."_s);

    // Payment record: amounts
    row("amount not an object", with(record, "/amount_requested", 1000), u"amount_requested"_s,
        u"amount_requested must be an object {\"currency\", \"value\"}, not 1000."_s);
    row("amount currency missing", without(record, "/amount_requested/currency"),
        u"amount_requested.currency"_s, u"amount_requested.currency is missing."_s);
    row("amount currency unknown", with(record, "/amount_requested/currency", "xyz"),
        u"amount_requested.currency"_s,
        u"amount_requested.currency \"xyz\" is not an ISO 4217 currency this desk knows."_s);
    row("amount currency placeholder", with(record, "/amount_requested/currency", "currency"),
        u"amount_requested.currency"_s,
        u"amount_requested.currency \"currency\" is not an ISO 4217 currency this desk knows."_s);
    row("amount currency a number", with(record, "/amount_requested/currency", 840),
        u"amount_requested.currency"_s, u"amount_requested.currency must be a string, not 840."_s);
    row("amount value missing", without(record, "/amount_requested/value"),
        u"amount_requested.value"_s, u"amount_requested.value is missing."_s);
    row("amount value null", with(record, "/amount_requested/value", nullptr),
        u"amount_requested.value"_s, u"amount_requested.value is missing."_s);
    row("amount value fractional", with(record, "/amount_guaranteed/value", 10.5),
        u"amount_guaranteed.value"_s,
        u"amount_guaranteed.value must be a whole number of minor units, not 10.5."_s);
    row("amount value a string", with(record, "/amount_requested/value", "1000"),
        u"amount_requested.value"_s,
        u"amount_requested.value must be a whole number of minor units, not \"1000\"."_s);
    row("amount value negative", with(record, "/amount_refunded/value", -5),
        u"amount_refunded.value"_s, u"amount_refunded.value -5 is negative."_s);
    row("amount value of 20 digits",
        with(record, "/amount_requested/value", json::parse("99999999999999999999")),
        u"amount_requested.value"_s,
        u"amount_requested.value must be a whole number of minor units, not 1e+20."_s);
    row("amount value over 64 bits",
        with(record, "/amount_requested/value", json::parse("9223372036854775808")),
        u"amount_requested.value"_s,
        u"amount_requested.value 9223372036854775808 is too large for an amount."_s);
    row("amounts in two currencies", with(record, "/amount_guaranteed/currency", "eur"),
        u"amount_guaranteed"_s,
        u"amount_guaranteed is in eur, but the object's other amounts are in usd."_s);
    row("amount alias in another currency", with(record, "/amount", amountOf("gbp", 1000)),
        u"amount"_s, u"amount is in gbp, but the object's other amounts are in usd."_s);
    row("no amounts",
        without(without(without(without(record, "/amount_requested"), "/amount_authorized"),
                        "/amount_guaranteed"),
                "/amount_refunded"),
        u"amount_requested"_s, u"amount_requested is missing."_s);

    // Payment record: times, texts, enumerations
    row("created missing", without(record, "/created"), u"created"_s, u"created is missing."_s);
    row("created not a time", with(record, "/created", "yesterday"), u"created"_s,
        u"created \"yesterday\" is not a time: give Unix seconds or RFC 3339 such as "
        "2026-11-22T09:30:00Z."_s);
    row("created without a zone", with(record, "/created", "2026-11-22T09:30:00"), u"created"_s,
        u"created \"2026-11-22T09:30:00\" is not a time"_s);
    row("created a boolean", with(record, "/created", true), u"created"_s,
        u"created must be Unix seconds or an RFC 3339 time, not true."_s);
    row("customer_details not an object", with(record, "/customer_details", "Zoë"),
        u"customer_details"_s, u"customer_details must be an object, not \"Zoë\"."_s);
    row("customer email a number", with(record, "/customer_details/email", 42),
        u"customer_details.email"_s, u"customer_details.email must be a string, not 42."_s);
    row("customer_presence unknown", with(record, "/customer_presence", "sometimes"),
        u"customer_presence"_s,
        u"customer_presence \"sometimes\" is not one of on_session, off_session."_s);
    row("description an object", with(record, "/description", json::object()), u"description"_s,
        u"description must be a string, not {}."_s);
    row("livemode a string", with(record, "/livemode", "yes"), u"livemode"_s,
        u"livemode must be true or false, not \"yes\"."_s);
    row("reported_by a number", with(record, "/reported_by", 1), u"reported_by"_s,
        u"reported_by must be a string, not 1."_s);

    // Payment record: metadata
    row("metadata an array", with(record, "/metadata", json::array()), u"metadata"_s,
        u"metadata must be an object, not []."_s);
    row("metadata value a number", with(record, "/metadata", {{"k", 1}}), u"metadata"_s,
        u"metadata[k] must be a string, not 1."_s);
    row("metadata of 51 keys", with(record, "/metadata", metadataOf(51)), u"metadata"_s,
        u"metadata has 51 keys, but at most 50 are allowed."_s);
    row("metadata key of 41 characters", with(record, "/metadata", metadataOf(1, 41)),
        u"metadata[k0kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk]"_s,
        u"metadata key \"k0kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\" has 41 characters, but at "
        "most 40 are allowed."_s);
    row("metadata key with brackets", with(record, "/metadata", {{"a[b]", "1"}}),
        u"metadata[a[b]]"_s,
        u"metadata key \"a[b]\" contains a square bracket, which is not allowed."_s);
    row("metadata value of 501 characters", with(record, "/metadata", metadataOf(1, 2, 501)),
        u"metadata[k0]"_s,
        u"metadata value of \"k0\" has 501 characters, but at most 500 are allowed."_s);
    row("metadata empty key", with(record, "/metadata", {{"", "1"}}), u"metadata"_s,
        u"metadata has an empty key."_s);

    // Payment record: nested details
    row("payment_method_details not an object", with(record, "/payment_method_details", "card"),
        u"payment_method_details"_s, u"payment_method_details must be an object, not \"card\"."_s);
    row("card last4 of five digits", with(record, "/payment_method_details/card/last4", "12345"),
        u"payment_method_details.card.last4"_s,
        u"payment_method_details.card.last4 \"12345\" must be the card's last four digits, "
        "nothing more."_s);
    row("card last4 with a letter", with(record, "/payment_method_details/card/last4", "12a4"),
        u"payment_method_details.card.last4"_s, u"\"12a4\" must be the card's last four digits"_s);
    row("card last4 a full card number",
        with(record, "/payment_method_details/card/last4", "4242424242424242"),
        u"payment_method_details.card.last4"_s,
        u"\"4242424242424242\" must be the card's last four digits"_s);
    row("card not an object", with(record, "/payment_method_details/card", true),
        u"payment_method_details.card"_s,
        u"payment_method_details.card must be an object, not true."_s);
    row("billing city a number",
        with(record, "/payment_method_details/billing_details/address/city", 5),
        u"payment_method_details.billing_details.address.city"_s,
        u"payment_method_details.billing_details.address.city must be a string, not 5."_s);
    row("custom display name a number",
        with(record, "/payment_method_details/custom", {{"display_name", 5}}),
        u"payment_method_details.custom.display_name"_s,
        u"payment_method_details.custom.display_name must be a string, not 5."_s);
    row("processor_details not an object", with(record, "/processor_details", "stripe"),
        u"processor_details"_s, u"processor_details must be an object, not \"stripe\"."_s);
    row("processor type a number", with(record, "/processor_details/type", 7),
        u"processor_details.type"_s, u"processor_details.type must be a string, not 7."_s);
    row("processor payment reference a number",
        with(record, "/processor_details/custom/payment_reference", 7),
        u"processor_details.custom.payment_reference"_s,
        u"processor_details.custom.payment_reference must be a string, not 7."_s);
    row("shipping address not an object", with(record, "/shipping_details/address", "Main St"),
        u"shipping_details.address"_s,
        u"shipping_details.address must be an object, not \"Main St\"."_s);
    row("shipping name a number", with(record, "/shipping_details/name", 1),
        u"shipping_details.name"_s, u"shipping_details.name must be a string, not 1."_s);

    // Payment attempt record
    row("attempt payment_record null", with(attempt, "/payment_record", nullptr),
        u"payment_record"_s,
        u"payment_record is null: the attempt does not say which payment record it belongs "
        "to."_s);
    row("attempt payment_record missing", without(attempt, "/payment_record"), u"payment_record"_s,
        u"payment_record is null"_s);
    row("attempt payment_record of 256 characters", with(attempt, "/payment_record", longId),
        u"payment_record"_s, u"payment_record has 256 characters, but ids have at most 255."_s);
    row("attempt id of 256 characters", with(attempt, "/id", longId), u"id"_s,
        u"id has 256 characters, but ids have at most 255."_s);
    row("attempt outcome unknown", with(attempt, "/outcome", "won"), u"outcome"_s,
        u"outcome \"won\" is not one of initiated, guaranteed, failed, canceled, "
        "informational."_s);
    row("attempt outcome a number", with(attempt, "/outcome", 1), u"outcome"_s,
        u"outcome must be a string, not 1."_s);
    row("attempt without amounts",
        without(without(without(attempt, "/amount_requested"), "/amount_guaranteed"),
                "/amount_failed"),
        u"amount_requested"_s, u"amount_requested is missing."_s);
    row("attempt currency unknown", with(attempt, "/amount_requested/currency", "currency"),
        u"amount_requested.currency"_s,
        u"amount_requested.currency \"currency\" is not an ISO 4217 currency"_s);
    row("attempt amounts in two currencies", with(attempt, "/amount_failed/currency", "eur"),
        u"amount_failed"_s,
        u"amount_failed is in eur, but the object's other amounts are in usd."_s);
    row("attempt created missing", without(attempt, "/created"), u"created"_s,
        u"created is missing."_s);
    row("attempt metadata value a list", with(attempt, "/metadata", {{"k", {1}}}), u"metadata"_s,
        u"metadata[k] must be a string, not [1]."_s);
    row("attempt card last4", with(attempt, "/payment_method_details/card/last4", "42"),
        u"payment_method_details.card.last4"_s, u"\"42\" must be the card's last four digits"_s);

    // Refund: payment and amount
    row("refund names no payment", without(refund, "/payment_record"), u"payment_record"_s,
        u"The refund names no payment record (neither payment_record nor payment is set), so it "
        "cannot be imported."_s);
    row("refund payment null", with(refund, "/payment_record", nullptr), u"payment_record"_s,
        u"The refund names no payment record"_s);
    row("refund payment_record a number", with(refund, "/payment_record", 5), u"payment_record"_s,
        u"payment_record must be a string, not 5."_s);
    row("refund payment of 256 characters",
        with(without(refund, "/payment_record"), "/payment", longId), u"payment"_s,
        u"payment has 256 characters, but ids have at most 255."_s);
    row("refund id of 256 characters", with(refund, "/id", longId), u"id"_s,
        u"id has 256 characters, but ids have at most 255."_s);
    row("refund attempt id of 256 characters", with(refund, "/payment_attempt_record", longId),
        u"payment_attempt_record"_s,
        u"payment_attempt_record has 256 characters, but ids have at most 255."_s);
    row("refund amount missing", without(refund, "/amount"), u"amount"_s, u"amount is missing."_s);
    row("refund amount zero", with(refund, "/amount", 0), u"amount"_s,
        u"amount 0 must be greater than zero."_s);
    row("refund amount negative", with(refund, "/amount", -5), u"amount"_s,
        u"amount -5 is negative."_s);
    row("refund amount fractional", with(refund, "/amount", 1.5), u"amount"_s,
        u"amount must be a whole number of minor units, not 1.5."_s);
    row("refund amount a string", with(refund, "/amount", "100"), u"amount"_s,
        u"amount must be a whole number of minor units, not \"100\"."_s);
    row("refund amount of 20 digits",
        with(refund, "/amount", json::parse("12345678901234567890123")), u"amount"_s,
        u"amount must be a whole number of minor units, not 1.2345678901234568e+22."_s);
    row("refund amount beyond signed 64 bits",
        with(refund, "/amount", json::parse("18446744073709551615")), u"amount"_s,
        u"amount 18446744073709551615 is too large for an amount."_s);
    row("refund currency missing", without(refund, "/currency"), u"currency"_s,
        u"currency is missing."_s);
    row("refund currency unknown", with(refund, "/currency", "xyz"), u"currency"_s,
        u"currency \"xyz\" is not an ISO 4217 currency this desk knows."_s);
    row("refund amount object in an unknown currency",
        with(refund, "/amount", amountOf("abc", 100)), u"amount.currency"_s,
        u"amount.currency \"abc\" is not an ISO 4217 currency this desk knows."_s);

    // Refund: status and reasons
    row("refund status unknown", with(refund, "/status", "done"), u"status"_s,
        u"status \"done\" is not one of pending, requires_action, succeeded, failed, canceled, "
        "awaiting_approval."_s);
    row("refund status empty", with(refund, "/status", ""), u"status"_s,
        u"status \"\" is not one of pending"_s);
    row("refund status a number", with(refund, "/status", 1), u"status"_s,
        u"status must be a string, not 1."_s);
    row("refund reason unknown", with(refund, "/reason", "angry"), u"reason"_s,
        u"reason \"angry\" is not one of duplicate, fraudulent, requested_by_customer."_s);
    row("refund failure_reason unknown",
        with(with(refund, "/status", "failed"), "/failure_reason", "oops"), u"failure_reason"_s,
        u"failure_reason \"oops\" is not one of lost_or_stolen_card, expired_or_canceled_card, "
        "charge_for_pending_refund_disputed, insufficient_funds, declined, merchant_request, "
        "unknown."_s);
    row("refund pending_reason unknown",
        with(with(refund, "/status", "pending"), "/pending_reason", "later"), u"pending_reason"_s,
        u"pending_reason \"later\" is not one of processing, insufficient_funds, "
        "charge_pending."_s);
    row("failed without failure_reason", with(refund, "/status", "failed"), u"failure_reason"_s,
        u"failure_reason is required when the status is failed."_s);
    row("failure_reason while succeeded", with(refund, "/failure_reason", "declined"),
        u"failure_reason"_s,
        u"failure_reason \"declined\" is set, but the status is succeeded, not failed."_s);
    row("pending_reason while succeeded", with(refund, "/pending_reason", "processing"),
        u"pending_reason"_s,
        u"pending_reason \"processing\" is set, but the status is succeeded, not pending."_s);

    // Refund: times and texts
    row("refund created missing", without(refund, "/created"), u"created"_s,
        u"created is missing."_s);
    row("refunded_at before initiated_at",
        with(with(refund, "/initiated_at", baseTime + 7200), "/refunded_at", baseTime + 3600),
        u"refunded_at"_s,
        u"refunded_at 2023-11-14T23:13:20Z is before initiated_at 2023-11-15T00:13:20Z."_s);
    row("initiated_at not a time", with(refund, "/initiated_at", "soon"), u"initiated_at"_s,
        u"initiated_at \"soon\" is not a time"_s);
    row("updated not a time", with(refund, "/updated", json::array()), u"updated"_s,
        u"updated must be Unix seconds or an RFC 3339 time, not []."_s);
    row("refund metadata with brackets", with(refund, "/metadata", {{"x]", "1"}}),
        u"metadata[x]]"_s, u"contains a square bracket"_s);
    row("refund note a number", with(refund, "/note", 5), u"note"_s,
        u"note must be a string, not 5."_s);
    row("refund idempotency_key an object", with(refund, "/idempotency_key", {{"k", 1}}),
        u"idempotency_key"_s, u"idempotency_key must be a string, not {\"k\":1}."_s);
}

void tst_ApiParse::parseRejections()
{
    QFETCH(QByteArray, object);
    QFETCH(QString, field);
    QFETCH(QString, message);

    const QByteArray exported = m_fixture.exported();
    const qint64 events = m_fixture.eventCount();
    // As a single object, and inside an array after a valid object the import would take.
    QList<QByteArray> files {"[" + bytes(recordJson("pr_fine", "eur", 700)) + ",\n" + object + "]"};
    if (object.startsWith('{'))
        files.prepend(object);
    for (const QByteArray &file : std::as_const(files)) {
        const qint64 index = file == object ? 0 : 1;
        const auto summary = m_fixture.import(file);
        QVERIFY2(summary.ok(), qPrintable(errorOf(summary)));
        QCOMPARE(summary->read, index + 1);
        QCOMPARE(summary->rejected, 1);
        QCOMPARE(summary->written, false);
        QCOMPARE(summary->rejections.size(), 1);
        const Rejection &rejection = summary->rejections.first();
        QCOMPARE(rejection.index, index);
        QCOMPARE(rejection.line, 0);
        QCOMPARE(rejection.field, field);
        QVERIFY2(rejection.reason.contains(message), qPrintable(rejection.reason));
        QVERIFY2(rejection.toString().contains(message), qPrintable(rejection.toString()));
        QCOMPARE(m_fixture.eventCount(), events);
        QCOMPARE(m_fixture.exported(), exported);
    }
}

void tst_ApiParse::acceptedSpellings_data()
{
    QTest::addColumn<QByteArray>("object");
    QTest::addColumn<QByteArray>("exported"); // expected in the object's export

    const json record = newRecord(), refund = newRefund();
    const auto row = [](const char *name, const json &object, const QByteArray &exported) {
        QTest::newRow(name) << bytes(object) << exported;
    };
    row("upper-case currency", with(record, "/amount_requested/currency", "USD"),
        R"("amount_requested":{"currency":"usd","value":1000})");
    row("amount alias only",
        with(without(record, "/amount_requested"), "/amount", amountOf("usd", 1000)),
        R"("amount_requested":{"currency":"usd","value":1000})");
    row("RFC 3339 time", with(record, "/created", "2023-11-14T22:13:20Z"),
        R"("created":1700000000)");
    row("RFC 3339 time with an offset", with(record, "/created", "2023-11-14T23:13:20+01:00"),
        R"("created":1700000000)");
    row("a date", with(record, "/created", "2023-11-14"), R"("created":1699920000)");
    row("seconds as text", with(record, "/created", "1700000000"), R"("created":1700000000)");
    row("unknown fields", with(with(record, "/application", nullptr), "/future", {{"a", {1, 2}}}),
        R"("id":"pr_new")");
    row("nulls where the API allows them",
        with(with(with(record, "/customer_details", nullptr), "/metadata", nullptr), "/description",
             nullptr),
        R"("description":null)");
    row("an id of 255 characters", with(record, "/id", sameId.toStdString()),
        "\"id\":\"" + sameId.toLatin1() + "\"");
    row("metadata at its limits",
        with(record, "/metadata",
             with(metadataOf(49, 40), "/unicode", "Grüße, 東京 😀 " + std::string(480, 'x'))),
        R"("unicode":"Grüße, 東京 😀 xxx)");
    row("kwd amounts", recordJson("pr_new", "kwd", 12345),
        R"("amount_guaranteed":{"currency":"kwd","value":12345})");
    row("refund naming its payment as payment",
        with(without(refund, "/payment_record"), "/payment", "pr_usd2"),
        R"("payment_record":"pr_usd2")");
    row("refund amount as an object", with(refund, "/amount", amountOf("usd", 250)),
        R"("amount":250,)");
    row("refund without a status is pending", without(refund, "/status"), R"("status":"pending")");
    row("failed refund beyond the refundable amount",
        with(with(with(refund, "/status", "failed"), "/failure_reason", "declined"), "/amount",
             999999),
        R"("status":"failed")");
    row("refund with destination details",
        with(refund, "/destination_details", {{"type", "card"}, {"card", {{"type", "refund"}}}}),
        R"("destination_details":{"card":{"type":"refund"},"type":"card"})");
    row("attempt without an outcome",
        without(attemptJson("par_new", "pr_usd2", "usd", 5000, "failed"), "/outcome"),
        R"("outcome":"failed")");
}

void tst_ApiParse::acceptedSpellings()
{
    QFETCH(QByteArray, object);
    QFETCH(QByteArray, exported);

    const auto summary = m_fixture.import(object);
    QVERIFY2(summary.ok(), qPrintable(errorOf(summary)));
    QVERIFY2(summary->rejected == 0, qPrintable(summary->rejections.value(0).toString()));
    QCOMPARE(summary->imported, 1);
    QVERIFY(summary->written);
    // The new object's own line of the export: whatever it was given as, it reads the same.
    const std::string id = json::parse(object.toStdString()).value("id", "");
    QByteArray line;
    for (const QByteArray &each : m_fixture.exported().split('\n')) {
        if (each.contains("\"id\":\"" + QByteArray::fromStdString(id) + "\""))
            line = each;
    }
    QVERIFY2(line.contains(exported), line.constData());
    const auto verified = m_fixture.store().verify(VerifyDepth::Full);
    QVERIFY(verified.ok() && verified->ok());
}

QTEST_GUILESS_MAIN(tst_ApiParse)
#include "tst_apiparse.moc"
