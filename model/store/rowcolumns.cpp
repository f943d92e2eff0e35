#include "store/rowcolumns.h"

#include "store/columncodec.h"
#include "store/sqlite.h"

namespace RefundDesk::RowColumns {
namespace {

Value text(const QString &value)
{
    return value.isNull() ? Value() : Value(value);
}

Value enumName(const QString &name)
{
    return name.isEmpty() ? Value() : Value(name);
}

Value optionalTime(const std::optional<qint64> &time)
{
    return time ? Value(*time) : Value();
}

QJsonValue toJson(const Value &value)
{
    if (const auto *number = std::get_if<qint64>(&value))
        return QJsonValue(*number);
    if (const auto *string = std::get_if<QString>(&value))
        return QJsonValue(*string);
    return QJsonValue(QJsonValue::Null);
}

Value read(const Sqlite::Statement &row, int column, const Value &like)
{
    if (row.isNull(column))
        return Value();
    if (std::holds_alternative<qint64>(like))
        return row.int64(column);
    return row.text(column);
}

} // namespace

QList<Column> ofRecord(const PaymentRecord &r)
{
    return {
        {"id", r.id},
        {"currency", r.currency},
        {"amount_requested", r.amountRequested},
        {"amount_authorized", r.amountAuthorized},
        {"amount_guaranteed", r.amountGuaranteed},
        {"amount_canceled", r.amountCanceled},
        {"amount_failed", r.amountFailed},
        {"created", r.created},
        {"customer_id", text(r.customer.customer)},
        {"customer_email", text(r.customer.email)},
        {"customer_name", text(r.customer.name)},
        {"customer_phone", text(r.customer.phone)},
        {"customer_presence", text(r.customerPresence)},
        {"description", text(r.description)},
        {"livemode", qint64(r.livemode ? 1 : 0)},
        {"metadata", QString::fromUtf8(ColumnCodec::encodeMetadata(r.metadata))},
        {"payment_method_type", text(r.paymentMethod.type)},
        {"payment_method", text(r.paymentMethod.paymentMethod)},
        {"card_brand", text(r.paymentMethod.cardBrand)},
        {"card_last4", text(r.paymentMethod.cardLast4)},
        {"payment_method_display_name", text(r.paymentMethod.customDisplayName)},
        {"billing_details", ColumnCodec::encodeBilling(r.paymentMethod.billing)},
        {"processor_type", text(r.processorType)},
        {"processor_reference", text(r.processorReference)},
        {"shipping_details", ColumnCodec::encodeShipping(r.shipping)},
        {"latest_attempt_id", text(r.latestAttemptId)},
        {"reported_by", text(r.reportedBy)},
    };
}

QList<Column> ofAttempt(const PaymentAttempt &a)
{
    return {
        {"id", a.id},
        {"payment_record_id", a.paymentRecordId},
        {"outcome", toString(a.outcome)},
        {"currency", a.currency},
        {"amount_requested", a.amountRequested},
        {"amount_authorized", a.amountAuthorized},
        {"amount_guaranteed", a.amountGuaranteed},
        {"amount_canceled", a.amountCanceled},
        {"amount_failed", a.amountFailed},
        {"amount_refunded", a.amountRefunded},
        {"created", a.created},
        {"payment_method_type", text(a.paymentMethod.type)},
        {"card_brand", text(a.paymentMethod.cardBrand)},
        {"card_last4", text(a.paymentMethod.cardLast4)},
        {"processor_reference", text(a.processorReference)},
        {"metadata", QString::fromUtf8(ColumnCodec::encodeMetadata(a.metadata))},
        {"reported_by", text(a.reportedBy)},
    };
}

QList<Column> ofRefund(const Refund &f)
{
    return {
        {"id", f.id},
        {"payment_record_id", f.paymentRecordId},
        {"payment_attempt_id", enumName(f.paymentAttemptId)},
        {"amount", f.amount},
        {"currency", f.currency},
        {"status", toString(f.status)},
        {"reason", enumName(toString(f.reason))},
        {"failure_reason", enumName(toString(f.failureReason))},
        {"pending_reason", enumName(toString(f.pendingReason))},
        {"destination_details", text(f.destinationDetails)},
        {"refund_reference", enumName(f.refundReference)},
        {"initiated_at", optionalTime(f.initiatedAt)},
        {"refunded_at", optionalTime(f.refundedAt)},
        {"created", f.created},
        {"updated", f.updated},
        {"metadata", QString::fromUtf8(ColumnCodec::encodeMetadata(f.metadata))},
        {"created_by", f.createdBy},
        {"approved_by", enumName(f.approvedBy)},
        {"note", enumName(f.note)},
        {"idempotency_key", enumName(f.idempotencyKey)},
    };
}

QByteArray names(const QList<Column> &columns)
{
    QByteArray out;
    for (const Column &c : columns)
        out += (out.isEmpty() ? "" : ", ") + QByteArray(c.name);
    return out;
}

QByteArray assignments(const QList<Column> &columns)
{
    QByteArray out;
    for (const Column &c : columns)
        out += (out.isEmpty() ? "" : ", ") + QByteArray(c.name) + " = ?";
    return out;
}

QByteArray placeholders(qsizetype count)
{
    QByteArray out;
    for (qsizetype i = 0; i < count; ++i)
        out += i == 0 ? "?" : ", ?";
    return out;
}

int bind(Sqlite::Statement &statement, const QList<Column> &columns, int first)
{
    int index = first;
    for (const Column &c : columns) {
        std::visit(
            [&](const auto &v) {
                if constexpr (std::is_same_v<std::decay_t<decltype(v)>, std::monostate>)
                    statement.bindNull(index);
                else
                    statement.bind(index, v);
            },
            c.value);
        ++index;
    }
    return index;
}

QJsonObject changes(const Sqlite::Statement &row, const QList<Column> &columns, int first)
{
    QJsonObject diff;
    int index = first;
    for (const Column &c : columns) {
        const Value old = read(row, index++, c.value);
        if (old != c.value) {
            diff.insert(QLatin1String(c.name),
                        QJsonObject {{QStringLiteral("from"), toJson(old)},
                                     {QStringLiteral("to"), toJson(c.value)}});
        }
    }
    return diff;
}

} // namespace RefundDesk::RowColumns
