#include "io/apijson.h"

#include "domain/recordstate.h"
#include "store/columncodec.h"

#include <array>
#include <charconv>
#include <nlohmann/json.hpp>

namespace RefundDesk::ApiJson {
namespace {

using json = nlohmann::json; // std::map underneath: keys come out sorted

json text(const QString &value)
{
    return value.isNull() ? json(nullptr) : json(value.toStdString());
}

json optionalTime(const std::optional<qint64> &time)
{
    return time ? json(*time) : json(nullptr);
}

json amount(qint64 value, const QString &currency)
{
    return {{"currency", currency.toStdString()}, {"value", value}};
}

json metadata(const Metadata &m)
{
    json object = json::object();
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        object[it.key().toStdString()] = it.value().toStdString();
    return object;
}

json fromColumn(const QString &compactJson)
{
    if (compactJson.isEmpty())
        return nullptr;
    return json::parse(compactJson.toStdString(), nullptr, false);
}

json paymentMethod(const PaymentMethodDetails &pm)
{
    json details = {
        {"billing_details", fromColumn(ColumnCodec::encodeBilling(pm.billing))},
        {"payment_method", text(pm.paymentMethod)},
        {"type", text(pm.type)},
    };
    if (!pm.cardBrand.isNull() || !pm.cardLast4.isNull())
        details["card"] = {{"brand", text(pm.cardBrand)}, {"last4", text(pm.cardLast4)}};
    if (!pm.customDisplayName.isNull())
        details["custom"] = {{"display_name", text(pm.customDisplayName)}};
    return details;
}

json processor(const QString &type, const QString &reference)
{
    json details = {{"type", text(type)}};
    if (!reference.isNull())
        details["custom"] = {{"payment_reference", text(reference)}};
    return details;
}

std::string dump(const json &value, Layout layout)
{
    // Invalid UTF-8 never reaches here (QString holds Unicode), but replace rather than throw.
    return value.dump(layout == Layout::Indented ? 2 : -1, ' ', false,
                      json::error_handler_t::replace);
}

QByteArray toBytes(const json &value, Layout layout)
{
    return QByteArray::fromStdString(dump(value, layout));
}

/// Adds the amounts a payment record and an attempt share; `amount` is the API's alias of
/// amount_requested.
template<typename Payment>
json withAmounts(const Payment &p, json object)
{
    object["amount"] = amount(p.amountRequested, p.currency);
    object["amount_requested"] = amount(p.amountRequested, p.currency);
    object["amount_authorized"] = amount(p.amountAuthorized, p.currency);
    object["amount_guaranteed"] = amount(p.amountGuaranteed, p.currency);
    object["amount_canceled"] = amount(p.amountCanceled, p.currency);
    object["amount_failed"] = amount(p.amountFailed, p.currency);
    object["amount_refunded"] = amount(p.amountRefunded, p.currency);
    return object;
}

json recordJson(const PaymentRecord &r)
{
    return withAmounts(
        r,
        {
            {"object", "payment_record"},
            {"id", r.id.toStdString()},
            {"created", r.created},
            {"customer_details",
             {{"customer", text(r.customer.customer)},
              {"email", text(r.customer.email)},
              {"name", text(r.customer.name)},
              {"phone", text(r.customer.phone)}}},
            {"customer_presence", text(r.customerPresence)},
            {"description", text(r.description)},
            {"latest_payment_attempt_record", text(r.latestAttemptId)},
            {"livemode", r.livemode},
            {"metadata", metadata(r.metadata)},
            {"payment_method_details", paymentMethod(r.paymentMethod)},
            {"processor_details", processor(r.processorType, r.processorReference)},
            {"reported_by", text(r.reportedBy)},
            {"shipping_details", fromColumn(ColumnCodec::encodeShipping(r.shipping))},
        });
}

json attemptJson(const PaymentAttempt &a)
{
    return withAmounts(
        a,
        {
            {"object", "payment_attempt_record"},
            {"id", a.id.toStdString()},
            {"payment_record", a.paymentRecordId.toStdString()},
            {"outcome", toString(a.outcome).toStdString()},
            {"created", a.created},
            {"metadata", metadata(a.metadata)},
            {"payment_method_details", paymentMethod(a.paymentMethod)},
            {"processor_details", processor(QStringLiteral("custom"), a.processorReference)},
            {"reported_by", text(a.reportedBy)},
        });
}

json enumOrNull(const QString &name)
{
    return name.isEmpty() ? json(nullptr) : json(name.toStdString());
}

json refundJson(const Refund &r)
{
    return {
        {"object", "refund"},
        {"id", r.id.toStdString()},
        {"payment_record", r.paymentRecordId.toStdString()},
        {"payment_attempt_record", enumOrNull(r.paymentAttemptId)},
        {"amount", r.amount},
        {"currency", r.currency.toStdString()},
        {"status", toString(r.status).toStdString()},
        {"reason", enumOrNull(toString(r.reason))},
        {"failure_reason", enumOrNull(toString(r.failureReason))},
        {"pending_reason", enumOrNull(toString(r.pendingReason))},
        {"destination_details", fromColumn(r.destinationDetails)},
        {"refund_reference", enumOrNull(r.refundReference)},
        {"initiated_at", optionalTime(r.initiatedAt)},
        {"refunded_at", optionalTime(r.refundedAt)},
        {"created", r.created},
        {"updated", r.updated},
        {"metadata", metadata(r.metadata)},
        {"created_by", enumOrNull(r.createdBy)},
        {"approved_by", enumOrNull(r.approvedBy)},
        {"note", enumOrNull(r.note)},
        {"idempotency_key", enumOrNull(r.idempotencyKey)},
    };
}

json eventJson(const Event &e)
{
    return {
        {"object", "event"},
        {"seq", e.seq},
        {"time_ms", e.timeMs},
        {"actor", e.actor.toStdString()},
        {"action", e.action.toStdString()},
        {"entity_type", e.entityType.toStdString()},
        {"entity_id", e.entityId.toStdString()},
        {"payload", json::parse(e.payload.toStdString(), nullptr, false)},
        {"hash", e.hash.toStdString()},
    };
}

} // namespace

QByteArray record(const PaymentRecord &r, Layout layout)
{
    return toBytes(recordJson(r), layout);
}
QByteArray attempt(const PaymentAttempt &a, Layout layout)
{
    return toBytes(attemptJson(a), layout);
}
QByteArray refund(const Refund &r, Layout layout)
{
    return toBytes(refundJson(r), layout);
}
QByteArray event(const Event &e, Layout layout)
{
    return toBytes(eventJson(e), layout);
}

QByteArray list(const QList<QByteArray> &objects, bool hasMore, Layout layout)
{
    json data = json::array();
    for (const QByteArray &object : objects)
        data.push_back(json::parse(object.constData(), object.constData() + object.size()));
    return toBytes({{"object", "list"}, {"data", data}, {"has_more", hasMore}}, layout);
}

QByteArray recordDetail(const PaymentRecord &r, const QList<PaymentAttempt> &attempts,
                        const QList<Refund> &refunds, const QList<Event> &history, Layout layout)
{
    json object = recordJson(r);
    json attemptList = json::array(), refundList = json::array(), events = json::array();
    for (const PaymentAttempt &a : attempts)
        attemptList.push_back(attemptJson(a));
    for (const Refund &refund : refunds)
        refundList.push_back(refundJson(refund));
    for (const Event &e : history)
        events.push_back(eventJson(e));
    // The desk's own view of the record, beside the API's fields.
    object["refunddesk"] = {
        {"state", toString(deriveRecordState(r)).toStdString()},
        {"amount_refundable", amount(r.refundable(), r.currency)},
        {"amount_reserved", amount(r.amountReserved, r.currency)},
        {"amount_prior_refunded", amount(r.priorRefunded, r.currency)},
        {"payment_attempt_records", attemptList},
        {"refunds", refundList},
        {"history", events},
    };
    return toBytes(object, layout);
}

} // namespace RefundDesk::ApiJson

// The fast path. Each function writes the keys in the order nlohmann's std::map gives them
// (bytewise), so the output is what record(), attempt() and refund() give.
namespace RefundDesk::ApiJson {
namespace {

/// Bytes a JSON string cannot copy as they are: controls, '"' and '\\' are escaped, and
/// bytes from 0x80 start a UTF-8 sequence to check. 0x7f is copied, as nlohmann does.
constexpr std::array<bool, 256> specialBytes = [] {
    std::array<bool, 256> table {};
    for (int c = 0; c < 256; ++c)
        table[c] = c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
    return table;
}();

/// The length of the well-formed UTF-8 sequence at s[i] (a byte from 0x80), or 0: the
/// Unicode standard's table 3-7, so no overlong form, surrogate or code point past 10FFFF.
std::size_t utf8Length(std::string_view s, std::size_t i)
{
    const auto byte = [&](std::size_t k) -> uint {
        return i + k < s.size() ? uchar(s[i + k]) : 0;
    };
    const auto continues = [&](std::size_t k, uint low = 0x80, uint high = 0xbf) {
        const uint b = byte(k);
        return b >= low && b <= high;
    };
    const uint lead = byte(0);
    if (lead >= 0xc2 && lead <= 0xdf)
        return continues(1) ? 2 : 0;
    if (lead >= 0xe0 && lead <= 0xef) {
        const bool second = continues(1, lead == 0xe0 ? 0xa0 : 0x80, lead == 0xed ? 0x9f : 0xbf);
        return second && continues(2) ? 3 : 0;
    }
    if (lead >= 0xf0 && lead <= 0xf4) {
        const bool second = continues(1, lead == 0xf0 ? 0x90 : 0x80, lead == 0xf4 ? 0x8f : 0xbf);
        return second && continues(2) && continues(3) ? 4 : 0;
    }
    return 0;
}

/// Appends `s` quoted and escaped as nlohmann's dump() escapes it with ensure_ascii off.
void appendString(std::string &out, std::string_view s)
{
    const std::size_t start = out.size();
    out += '"';
    std::size_t copied = 0;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = uchar(s[i]);
        if (!specialBytes[c]) {
            ++i;
            continue;
        }
        if (c >= 0x80) {
            if (const std::size_t length = utf8Length(s, i)) {
                i += length;
                continue;
            }
            // Not UTF-8 (written by another tool): decode it as the slow path's QString
            // does, replacement characters and all.
            out.resize(start);
            appendString(out, QString::fromUtf8(s.data(), qsizetype(s.size())).toStdString());
            return;
        }
        out.append(s.data() + copied, i - copied);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default: {
            constexpr char hex[] = "0123456789abcdef";
            const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            out.append(escaped, sizeof escaped);
        }
        }
        copied = ++i;
    }
    out.append(s.data() + copied, s.size() - copied);
    out += '"';
}

void appendInteger(std::string &out, qint64 value)
{
    char digits[24];
    const auto written = std::to_chars(std::begin(digits), std::end(digits), value);
    out.append(digits, written.ptr);
}

/// A nullable text: null for SQL NULL, else the string ("" included), as text() does.
void appendText(std::string &out, const TextView &value)
{
    if (value)
        appendString(out, *value);
    else
        out += "null";
}

/// An identifier or enumeration name the API shows as null when empty, as enumOrNull() does.
void appendNameOrNull(std::string &out, const TextView &value)
{
    if (value && !value->empty())
        appendString(out, *value);
    else
        out += "null";
}

/// A NOT NULL text, which the slow path writes as a string whatever it holds.
void appendRequired(std::string &out, const TextView &value)
{
    appendString(out, value.value_or(std::string_view()));
}

void appendOptionalTime(std::string &out, const std::optional<qint64> &time)
{
    if (time)
        appendInteger(out, *time);
    else
        out += "null";
}

/// A stored JSON column as stored, or what the slow path makes of an empty one.
void appendColumn(std::string &out, const TextView &json, std::string_view whenEmpty)
{
    if (json && !json->empty())
        out += *json;
    else
        out += whenEmpty;
}

/// What the slow path writes for an empty billing or shipping column: the codec's object
/// of an empty value, every field null. Computed from the codec so the two cannot drift.
const std::string &emptyBilling()
{
    static const std::string text =
        dump(fromColumn(ColumnCodec::encodeBilling(BillingDetails())), Layout::Compact);
    return text;
}

const std::string &emptyShipping()
{
    static const std::string text =
        dump(fromColumn(ColumnCodec::encodeShipping(ShippingDetails())), Layout::Compact);
    return text;
}

/// Opens the object with the amounts a record and an attempt share, as withAmounts() does.
template<typename View>
void appendAmounts(std::string &out, const View &p)
{
    std::string currency;
    appendRequired(currency, p.currency);
    const auto amount = [&](std::string_view key, qint64 value) {
        out += key;
        out += "{\"currency\":";
        out += currency;
        out += ",\"value\":";
        appendInteger(out, value);
        out += '}';
    };
    amount("{\"amount\":", p.amountRequested);
    amount(",\"amount_authorized\":", p.amountAuthorized);
    amount(",\"amount_canceled\":", p.amountCanceled);
    amount(",\"amount_failed\":", p.amountFailed);
    amount(",\"amount_guaranteed\":", p.amountGuaranteed);
    amount(",\"amount_refunded\":", p.amountRefunded);
    amount(",\"amount_requested\":", p.amountRequested);
}

struct PaymentMethodView
{
    TextView billing;
    TextView cardBrand;
    TextView cardLast4;
    TextView displayName;
    TextView paymentMethod;
    TextView type;
};

/// As paymentMethod() does.
void appendPaymentMethod(std::string &out, const PaymentMethodView &pm)
{
    out += "{\"billing_details\":";
    appendColumn(out, pm.billing, emptyBilling());
    if (pm.cardBrand || pm.cardLast4) {
        out += ",\"card\":{\"brand\":";
        appendText(out, pm.cardBrand);
        out += ",\"last4\":";
        appendText(out, pm.cardLast4);
        out += '}';
    }
    if (pm.displayName) {
        out += ",\"custom\":{\"display_name\":";
        appendText(out, pm.displayName);
        out += '}';
    }
    out += ",\"payment_method\":";
    appendText(out, pm.paymentMethod);
    out += ",\"type\":";
    appendText(out, pm.type);
    out += '}';
}

/// As processor() does.
void appendProcessor(std::string &out, const TextView &type, const TextView &reference)
{
    out += '{';
    if (reference) {
        out += "\"custom\":{\"payment_reference\":";
        appendText(out, reference);
        out += "},";
    }
    out += "\"type\":";
    appendText(out, type);
    out += '}';
}

} // namespace

void appendRecord(std::string &out, const RecordView &r)
{
    appendAmounts(out, r);
    out += ",\"created\":";
    appendInteger(out, r.created);
    out += ",\"customer_details\":{\"customer\":";
    appendText(out, r.customerId);
    out += ",\"email\":";
    appendText(out, r.customerEmail);
    out += ",\"name\":";
    appendText(out, r.customerName);
    out += ",\"phone\":";
    appendText(out, r.customerPhone);
    out += "},\"customer_presence\":";
    appendText(out, r.customerPresence);
    out += ",\"description\":";
    appendText(out, r.description);
    out += ",\"id\":";
    appendRequired(out, r.id);
    out += ",\"latest_payment_attempt_record\":";
    appendText(out, r.latestAttemptId);
    out += r.livemode ? ",\"livemode\":true" : ",\"livemode\":false";
    out += ",\"metadata\":";
    appendColumn(out, r.metadata, "{}");
    out += ",\"object\":\"payment_record\",\"payment_method_details\":";
    appendPaymentMethod(out,
                        {r.billingDetails, r.cardBrand, r.cardLast4, r.paymentMethodDisplayName,
                         r.paymentMethod, r.paymentMethodType});
    out += ",\"processor_details\":";
    appendProcessor(out, r.processorType, r.processorReference);
    out += ",\"reported_by\":";
    appendText(out, r.reportedBy);
    out += ",\"shipping_details\":";
    appendColumn(out, r.shippingDetails, emptyShipping());
    out += '}';
}

void appendAttempt(std::string &out, const AttemptView &a)
{
    appendAmounts(out, a);
    out += ",\"created\":";
    appendInteger(out, a.created);
    out += ",\"id\":";
    appendRequired(out, a.id);
    out += ",\"metadata\":";
    appendColumn(out, a.metadata, "{}");
    out += ",\"object\":\"payment_attempt_record\",\"outcome\":";
    appendRequired(out, a.outcome);
    out += ",\"payment_method_details\":";
    // An attempt stores no billing, payment method or display name.
    appendPaymentMethod(
        out,
        {std::nullopt, a.cardBrand, a.cardLast4, std::nullopt, std::nullopt, a.paymentMethodType});
    out += ",\"payment_record\":";
    appendRequired(out, a.paymentRecordId);
    out += ",\"processor_details\":";
    appendProcessor(out, std::string_view("custom"), a.processorReference);
    out += ",\"reported_by\":";
    appendText(out, a.reportedBy);
    out += '}';
}

void appendRefund(std::string &out, const RefundView &r)
{
    out += "{\"amount\":";
    appendInteger(out, r.amount);
    out += ",\"approved_by\":";
    appendNameOrNull(out, r.approvedBy);
    out += ",\"created\":";
    appendInteger(out, r.created);
    out += ",\"created_by\":";
    appendNameOrNull(out, r.createdBy);
    out += ",\"currency\":";
    appendRequired(out, r.currency);
    out += ",\"destination_details\":";
    appendColumn(out, r.destinationDetails, "null");
    out += ",\"failure_reason\":";
    appendNameOrNull(out, r.failureReason);
    out += ",\"id\":";
    appendRequired(out, r.id);
    out += ",\"idempotency_key\":";
    appendNameOrNull(out, r.idempotencyKey);
    out += ",\"initiated_at\":";
    appendOptionalTime(out, r.initiatedAt);
    out += ",\"metadata\":";
    appendColumn(out, r.metadata, "{}");
    out += ",\"note\":";
    appendNameOrNull(out, r.note);
    out += ",\"object\":\"refund\",\"payment_attempt_record\":";
    appendNameOrNull(out, r.paymentAttemptId);
    out += ",\"payment_record\":";
    appendRequired(out, r.paymentRecordId);
    out += ",\"pending_reason\":";
    appendNameOrNull(out, r.pendingReason);
    out += ",\"reason\":";
    appendNameOrNull(out, r.reason);
    out += ",\"refund_reference\":";
    appendNameOrNull(out, r.refundReference);
    out += ",\"refunded_at\":";
    appendOptionalTime(out, r.refundedAt);
    out += ",\"status\":";
    appendRequired(out, r.status);
    out += ",\"updated\":";
    appendInteger(out, r.updated);
    out += '}';
}

} // namespace RefundDesk::ApiJson
