#include "io/apiparse.h"

#include "core/timestamp.h"
#include "core/tr.h"
#include "domain/metadata.h"
#include "money/currency.h"

namespace RefundDesk::ApiParse {
namespace {

using json = nlohmann::json;

/// Where in `value` an integer beyond 64 bits sits (".a.b", "[2]", or "" for `value`
/// itself); a null string when there is none.
QString oversizedNumberPath(const json &value)
{
    if (value.is_binary())
        return QStringLiteral("");
    if (value.is_object()) {
        for (const auto &[key, item] : value.items()) {
            if (const QString path = oversizedNumberPath(item); !path.isNull())
                return QLatin1Char('.') + QString::fromStdString(key) + path;
        }
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (const QString path = oversizedNumberPath(value[i]); !path.isNull())
                return QStringLiteral("[%1]").arg(i) + path;
        }
    }
    return {};
}

QString describe(const json &value)
{
    if (value.is_binary()) // an integer beyond 64 bits, as written (JsonObjectStream)
        return QString::fromLatin1(reinterpret_cast<const char *>(value.get_binary().data()),
                                   qsizetype(value.get_binary().size()));
    const std::string text = value.dump(-1, ' ', false, json::error_handler_t::replace);
    return QString::fromStdString(text.size() > 60 ? text.substr(0, 57) + "..." : text);
}

/// Reads fields of one JSON object, remembering the first error.
class Reader
{
public:
    Reader(const json &object, QString prefix = {})
        : m_object(object)
        , m_prefix(std::move(prefix))
    { }

    QString field(const char *key) const
    {
        return m_prefix.isEmpty() ? QLatin1String(key)
                                  : m_prefix + QLatin1Char('.') + QLatin1String(key);
    }
    const json *find(const char *key) const
    {
        const auto it = m_object.find(key);
        return it == m_object.end() || it->is_null() ? nullptr : &*it;
    }
    bool failed() const { return m_error.has_value(); }
    const Error &error() const { return *m_error; }
    void fail(const QString &field, const QString &message)
    {
        if (!m_error)
            m_error = Error::rule(field, message);
    }

    /// A string or null; anything else is an error.
    QString string(const char *key)
    {
        const json *v = find(key);
        if (!v)
            return {};
        if (!v->is_string()) {
            fail(field(key),
                 ModelText::tr("%1 must be a string, not %2.").arg(field(key), describe(*v)));
            return {};
        }
        return QString::fromStdString(v->get<std::string>());
    }

    QString id(const char *key, bool required)
    {
        const QString value = string(key);
        if (failed())
            return value;
        if (value.isEmpty() && required)
            fail(field(key), ModelText::tr("%1 is missing.").arg(field(key)));
        else if (value.size() > maxIdLength) {
            fail(field(key),
                 ModelText::tr("%1 has %2 characters, but ids have at most %3. It starts "
                               "\"%4…\".")
                     .arg(field(key))
                     .arg(value.size())
                     .arg(maxIdLength)
                     .arg(value.left(40)));
        } else if (value.contains(QChar(0))) {
            // SQLite's length() and LIKE stop at a NUL, and a terminal line would too.
            fail(field(key),
                 ModelText::tr("%1 contains a NUL character (\\u0000), which ids may not.")
                     .arg(field(key)));
        }
        return value;
    }

    bool boolean(const char *key)
    {
        const json *v = find(key);
        if (!v)
            return false;
        if (!v->is_boolean())
            fail(field(key),
                 ModelText::tr("%1 must be true or false, not %2.").arg(field(key), describe(*v)));
        return v->is_boolean() && v->get<bool>();
    }

    /// A whole number of minor units that fits in 64 bits and is not negative.
    qint64 minorUnits(const json &v, const QString &name)
    {
        if (v.is_binary()) {
            fail(name, ModelText::tr("%1 %2 does not fit in 64 bits.").arg(name, describe(v)));
            return 0;
        }
        if (v.is_number_unsigned() && v.get<std::uint64_t>() > std::uint64_t(INT64_MAX)) {
            fail(name, ModelText::tr("%1 %2 is too large for an amount.").arg(name, describe(v)));
            return 0;
        }
        if (!v.is_number_integer()) {
            fail(name,
                 ModelText::tr("%1 must be a whole number of minor units, not %2.")
                     .arg(name, describe(v)));
            return 0;
        }
        const qint64 value = v.get<qint64>();
        if (value < 0)
            fail(name, ModelText::tr("%1 %2 is negative.").arg(name).arg(value));
        return value;
    }

    /// An amount {"currency", "value"}; the first one fixes the object's currency.
    qint64 amount(const char *key, QString &currency)
    {
        const json *v = find(key);
        if (!v)
            return 0;
        if (!v->is_object()) {
            fail(field(key),
                 ModelText::tr("%1 must be an object {\"currency\", \"value\"}, not %2.")
                     .arg(field(key), describe(*v)));
            return 0;
        }
        Reader inner(*v, field(key));
        const QString code = inner.currencyCode("currency");
        const json *value = inner.find("value");
        if (!value)
            inner.fail(inner.field("value"),
                       ModelText::tr("%1 is missing.").arg(inner.field("value")));
        const qint64 minor = value ? inner.minorUnits(*value, inner.field("value")) : 0;
        if (inner.failed()) {
            fail(inner.error().field, inner.error().message);
            return 0;
        }
        if (currency.isEmpty())
            currency = code;
        else if (code != currency) {
            fail(field(key),
                 ModelText::tr("%1 is in %2, but the object's other amounts are in %3.")
                     .arg(field(key), code, currency));
        }
        return minor;
    }

    QString currencyCode(const char *key)
    {
        const QString code = string(key);
        if (failed())
            return {};
        if (code.isEmpty()) {
            fail(field(key), ModelText::tr("%1 is missing.").arg(field(key)));
            return {};
        }
        const auto known = Currency::fromCode(code);
        if (!known) {
            fail(field(key),
                 ModelText::tr("%1 \"%2\" is not an ISO 4217 currency this desk knows.")
                     .arg(field(key), code));
            return {};
        }
        return known->code();
    }

    std::optional<qint64> time(const char *key, bool required = false)
    {
        const json *v = find(key);
        if (!v) {
            if (required)
                fail(field(key), ModelText::tr("%1 is missing.").arg(field(key)));
            return std::nullopt;
        }
        if (v->is_number_unsigned() && v->get<std::uint64_t>() > std::uint64_t(INT64_MAX)) {
            fail(field(key),
                 ModelText::tr("%1 %2 is too large for a time.").arg(field(key), describe(*v)));
            return std::nullopt;
        }
        if (v->is_number_integer())
            return v->get<qint64>();
        if (v->is_string()) {
            auto parsed = parseTimestamp(QString::fromStdString(v->get<std::string>()), field(key));
            if (parsed)
                return parsed.value();
            fail(field(key), parsed.error().message);
            return std::nullopt;
        }
        fail(field(key),
             ModelText::tr("%1 must be Unix seconds or an RFC 3339 time, not %2.")
                 .arg(field(key), describe(*v)));
        return std::nullopt;
    }

    Metadata metadata(const char *key)
    {
        Metadata result;
        const json *v = find(key);
        if (!v)
            return result;
        if (!v->is_object()) {
            fail(field(key),
                 ModelText::tr("%1 must be an object, not %2.").arg(field(key), describe(*v)));
            return result;
        }
        for (auto it = v->begin(); it != v->end(); ++it) {
            const QString name = QString::fromStdString(it.key());
            if (!it->is_string()) {
                fail(field(key),
                     ModelText::tr("%1[%2] must be a string, not %3.")
                         .arg(field(key), name, describe(*it)));
                return result;
            }
            result.insert(name, QString::fromStdString(it->get<std::string>()));
        }
        if (auto valid = validateMetadata(result, field(key)); !valid)
            fail(valid.error().field, valid.error().message);
        return result;
    }

    /// A nested object, or an empty one when absent or null.
    Reader object(const char *key)
    {
        const json *v = find(key);
        if (v && !v->is_object())
            fail(field(key),
                 ModelText::tr("%1 must be an object, not %2.").arg(field(key), describe(*v)));
        return Reader(v && v->is_object() ? *v : empty(), field(key));
    }

    /// Copies the first error of a nested reader.
    void take(const Reader &inner)
    {
        if (inner.failed())
            fail(inner.error().field, inner.error().message);
    }

    const json &raw() const { return m_object; }

private:
    static const json &empty()
    {
        static const json object = json::object();
        return object;
    }

    const json &m_object;
    QString m_prefix;
    std::optional<Error> m_error;
};

Address readAddress(Reader &parent, const char *key)
{
    Reader r = parent.object(key);
    Address a {r.string("city"),  r.string("country"),     r.string("line1"),
               r.string("line2"), r.string("postal_code"), r.string("state")};
    parent.take(r);
    return a;
}

PaymentMethodDetails readPaymentMethod(Reader &parent)
{
    Reader r = parent.object("payment_method_details");
    PaymentMethodDetails pm;
    pm.type = r.string("type");
    pm.paymentMethod = r.string("payment_method");
    Reader billing = r.object("billing_details");
    pm.billing.address = readAddress(billing, "address");
    pm.billing.email = billing.string("email");
    pm.billing.name = billing.string("name");
    pm.billing.phone = billing.string("phone");
    r.take(billing);
    if (r.find("card")) {
        Reader card = r.object("card");
        pm.cardBrand = card.string("brand");
        pm.cardLast4 = card.string("last4");
        const bool fourDigits = pm.cardLast4.size() == 4
            && std::all_of(pm.cardLast4.cbegin(), pm.cardLast4.cend(),
                           [](QChar c) { return c.isDigit(); });
        if (!card.failed() && !pm.cardLast4.isNull() && !fourDigits) {
            card.fail(card.field("last4"),
                      ModelText::tr("%1 \"%2\" must be the card's last four digits, nothing more.")
                          .arg(card.field("last4"), pm.cardLast4));
        }
        r.take(card);
    }
    if (r.find("custom")) {
        Reader custom = r.object("custom");
        pm.customDisplayName = custom.string("display_name");
        r.take(custom);
    }
    parent.take(r);
    return pm;
}

QString readProcessorReference(Reader &parent)
{
    Reader r = parent.object("processor_details");
    QString reference;
    if (r.find("custom")) {
        Reader custom = r.object("custom");
        reference = custom.string("payment_reference");
        r.take(custom);
    }
    parent.take(r);
    return reference;
}

/// The amounts a payment record and an attempt share. The first one read fixes the
/// currency; `amount`, the API's alias of amount_requested, must agree with the rest.
template<typename Payment>
void readAmounts(Reader &r, Payment &o)
{
    QString currency;
    o.amountRequested =
        r.amount(r.find("amount_requested") ? "amount_requested" : "amount", currency);
    if (r.find("amount_requested"))
        r.amount("amount", currency);
    o.amountAuthorized = r.amount("amount_authorized", currency);
    o.amountGuaranteed = r.amount("amount_guaranteed", currency);
    o.amountCanceled = r.amount("amount_canceled", currency);
    o.amountFailed = r.amount("amount_failed", currency);
    o.amountRefunded = r.amount("amount_refunded", currency);
    if (!r.failed() && currency.isEmpty())
        r.fail(QStringLiteral("amount_requested"), ModelText::tr("amount_requested is missing."));
    o.currency = currency;
}

Result<ApiObject> parseRecord(Reader &r)
{
    PaymentRecord p;
    p.id = r.id("id", true);
    readAmounts(r, p);
    p.created = r.time("created", true).value_or(0);
    Reader customer = r.object("customer_details");
    p.customer = {customer.string("customer"), customer.string("email"), customer.string("name"),
                  customer.string("phone")};
    r.take(customer);
    p.customerPresence = r.string("customer_presence");
    if (!p.customerPresence.isNull() && p.customerPresence != QLatin1String("on_session")
        && p.customerPresence != QLatin1String("off_session")) {
        r.fail(QStringLiteral("customer_presence"),
               ModelText::tr("customer_presence \"%1\" is not one of on_session, off_session.")
                   .arg(p.customerPresence));
    }
    p.description = r.string("description");
    p.livemode = r.boolean("livemode");
    p.metadata = r.metadata("metadata");
    p.paymentMethod = readPaymentMethod(r);
    Reader processor = r.object("processor_details");
    p.processorType = processor.string("type");
    r.take(processor);
    p.processorReference = readProcessorReference(r);
    Reader shipping = r.object("shipping_details");
    p.shipping.address = readAddress(shipping, "address");
    p.shipping.name = shipping.string("name");
    p.shipping.phone = shipping.string("phone");
    r.take(shipping);
    p.latestAttemptId = r.id("latest_payment_attempt_record", false);
    p.reportedBy = r.string("reported_by");
    if (r.failed())
        return r.error();
    return ApiObject(p);
}

Result<ApiObject> parseAttempt(Reader &r)
{
    PaymentAttempt a;
    a.id = r.id("id", true);
    a.paymentRecordId = r.id("payment_record", false);
    if (!r.failed() && a.paymentRecordId.isEmpty()) {
        r.fail(QStringLiteral("payment_record"),
               ModelText::tr(
                   "payment_record is null: the attempt does not say which payment record it "
                   "belongs to."));
    }
    readAmounts(r, a);
    a.created = r.time("created", true).value_or(0);
    const QString outcome = r.string("outcome");
    if (!outcome.isNull()) {
        auto parsed = attemptOutcomeFromString(outcome);
        if (parsed)
            a.outcome = parsed.value();
        else
            r.fail(parsed.error().field, parsed.error().message);
    } else {
        // The API's attempt has no outcome field: its amounts say how it ended.
        a.outcome = a.amountGuaranteed > 0 ? AttemptOutcome::Guaranteed
            : a.amountFailed > 0           ? AttemptOutcome::Failed
            : a.amountCanceled > 0         ? AttemptOutcome::Canceled
                                           : AttemptOutcome::Initiated;
    }
    PaymentMethodDetails method = readPaymentMethod(r);
    a.paymentMethod.type = method.type;
    a.paymentMethod.cardBrand = method.cardBrand;
    a.paymentMethod.cardLast4 = method.cardLast4;
    a.processorReference = readProcessorReference(r);
    a.metadata = r.metadata("metadata");
    a.reportedBy = r.string("reported_by");
    if (r.failed())
        return r.error();
    return ApiObject(a);
}

template<typename Enum>
Enum readEnum(Reader &r, const char *key, Result<Enum> (*parseFn)(QStringView, const QString &))
{
    const QString text = r.string(key);
    auto parsed = parseFn(text, QLatin1String(key));
    if (!parsed) {
        r.fail(parsed.error().field, parsed.error().message);
        return Enum {};
    }
    return parsed.value();
}

Result<ApiObject> parseRefund(Reader &r)
{
    Refund f;
    f.id = r.id("id", true);
    // The Refund object names its payment `payment`; refunds of payment records, `payment_record`.
    const char *paymentKey = r.find("payment_record") ? "payment_record" : "payment";
    f.paymentRecordId = r.id(paymentKey, false);
    if (!r.failed() && f.paymentRecordId.isEmpty()) {
        r.fail(QStringLiteral("payment_record"),
               ModelText::tr(
                   "The refund names no payment record (neither payment_record nor payment is "
                   "set), so it cannot be imported."));
    }
    f.paymentAttemptId = r.id("payment_attempt_record", false);
    if (const json *amount = r.find("amount"); amount && amount->is_object()) {
        f.amount = r.amount("amount", f.currency);
    } else {
        f.currency = r.currencyCode("currency");
        if (amount)
            f.amount = r.minorUnits(*amount, QStringLiteral("amount"));
        else
            r.fail(QStringLiteral("amount"), ModelText::tr("amount is missing."));
    }
    if (!r.failed() && f.amount <= 0)
        r.fail(QStringLiteral("amount"),
               ModelText::tr("amount %1 must be greater than zero.").arg(f.amount));
    const QString status = r.string("status");
    if (!r.failed()) {
        auto parsed = refundStatusFromString(status.isNull() ? QStringLiteral("pending") : status);
        if (parsed)
            f.status = parsed.value();
        else
            r.fail(parsed.error().field, parsed.error().message);
    }
    f.reason = readEnum(r, "reason", &refundReasonFromString);
    f.failureReason = readEnum(r, "failure_reason", &failureReasonFromString);
    f.pendingReason = readEnum(r, "pending_reason", &pendingReasonFromString);
    if (!r.failed() && f.status == RefundStatus::Failed && f.failureReason == FailureReason::None) {
        r.fail(QStringLiteral("failure_reason"),
               ModelText::tr("failure_reason is required when the status is failed."));
    }
    if (!r.failed() && f.status != RefundStatus::Failed && f.failureReason != FailureReason::None) {
        r.fail(QStringLiteral("failure_reason"),
               ModelText::tr("failure_reason \"%1\" is set, but the status is %2, not failed.")
                   .arg(toString(f.failureReason), toString(f.status)));
    }
    if (!r.failed() && f.status != RefundStatus::Pending
        && f.pendingReason != PendingReason::None) {
        r.fail(QStringLiteral("pending_reason"),
               ModelText::tr("pending_reason \"%1\" is set, but the status is %2, not pending.")
                   .arg(toString(f.pendingReason), toString(f.status)));
    }
    if (const json *destination = r.find("destination_details")) {
        // Kept as written; an integer beyond 64 bits (held as binary by the reader) has no
        // JSON text to be written back as, so it is refused rather than stored changed.
        if (const QString path = oversizedNumberPath(*destination); !path.isNull()) {
            const QString name = QStringLiteral("destination_details") + path;
            r.fail(name, ModelText::tr("%1 is a number that does not fit in 64 bits.").arg(name));
        } else {
            f.destinationDetails = QString::fromStdString(destination->dump());
        }
    }
    f.refundReference = r.string("refund_reference");
    f.created = r.time("created", true).value_or(0);
    f.updated = r.time("updated").value_or(f.created);
    f.initiatedAt = r.time("initiated_at");
    f.refundedAt = r.time("refunded_at");
    if (!r.failed() && f.initiatedAt && f.refundedAt && *f.refundedAt < *f.initiatedAt) {
        r.fail(QStringLiteral("refunded_at"),
               ModelText::tr("refunded_at %1 is before initiated_at %2.")
                   .arg(formatTimestamp(*f.refundedAt), formatTimestamp(*f.initiatedAt)));
    }
    f.metadata = r.metadata("metadata");
    f.createdBy = r.string("created_by");
    f.approvedBy = r.string("approved_by");
    f.note = r.string("note");
    f.idempotencyKey = r.string("idempotency_key");
    if (r.failed())
        return r.error();
    return ApiObject(f);
}

} // namespace

QString idOf(const json &value)
{
    if (!value.is_object())
        return {};
    const auto it = value.find("id");
    return it != value.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                : QString();
}

QString objectTypeOf(const json &value)
{
    if (!value.is_object())
        return {};
    const auto it = value.find("object");
    return it != value.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                : QString();
}

Result<ApiObject> parse(const json &value)
{
    if (!value.is_object()) {
        return Error::rule({}, ModelText::tr("Expected an object, found %1.").arg(describe(value)));
    }
    Reader reader(value);
    const QString type = objectTypeOf(value);
    if (type == QLatin1String("payment_record"))
        return parseRecord(reader);
    if (type == QLatin1String("payment_attempt_record"))
        return parseAttempt(reader);
    if (type == QLatin1String("refund"))
        return parseRefund(reader);
    if (type.isEmpty()) {
        return Error::rule(
            QStringLiteral("object"),
            ModelText::tr("object is missing: say payment_record, payment_attempt_record "
                          "or refund."));
    }
    return Error::rule(
        QStringLiteral("object"),
        ModelText::tr("object \"%1\" is not one of payment_record, payment_attempt_record, "
                      "refund.")
            .arg(type));
}

} // namespace RefundDesk::ApiParse
