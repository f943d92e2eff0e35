#include "io/apijson.h"

#include "domain/recordstate.h"
#include "store/columncodec.h"

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
