#include "store/columncodec.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace RefundDesk::ColumnCodec {
namespace {

QJsonValue nullable(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString fromNullable(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

QJsonObject parseObject(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject encodeAddress(const Address &a)
{
    return {{QStringLiteral("city"), nullable(a.city)},
            {QStringLiteral("country"), nullable(a.country)},
            {QStringLiteral("line1"), nullable(a.line1)},
            {QStringLiteral("line2"), nullable(a.line2)},
            {QStringLiteral("postal_code"), nullable(a.postalCode)},
            {QStringLiteral("state"), nullable(a.state)}};
}

Address decodeAddress(const QJsonObject &o)
{
    Address a;
    a.city = fromNullable(o.value(QStringLiteral("city")));
    a.country = fromNullable(o.value(QStringLiteral("country")));
    a.line1 = fromNullable(o.value(QStringLiteral("line1")));
    a.line2 = fromNullable(o.value(QStringLiteral("line2")));
    a.postalCode = fromNullable(o.value(QStringLiteral("postal_code")));
    a.state = fromNullable(o.value(QStringLiteral("state")));
    return a;
}

} // namespace

QByteArray encodeMetadata(const Metadata &metadata)
{
    QJsonObject object;
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it)
        object.insert(it.key(), it.value());
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Metadata decodeMetadata(const QString &json)
{
    Metadata metadata;
    const QJsonObject object = parseObject(json);
    for (auto it = object.begin(); it != object.end(); ++it)
        metadata.insert(it.key(), it.value().toString());
    return metadata;
}

QString encodeBilling(const BillingDetails &b)
{
    return compact({{QStringLiteral("address"), encodeAddress(b.address)},
                    {QStringLiteral("email"), nullable(b.email)},
                    {QStringLiteral("name"), nullable(b.name)},
                    {QStringLiteral("phone"), nullable(b.phone)}});
}

BillingDetails decodeBilling(const QString &json)
{
    const QJsonObject o = parseObject(json);
    BillingDetails b;
    b.address = decodeAddress(o.value(QStringLiteral("address")).toObject());
    b.email = fromNullable(o.value(QStringLiteral("email")));
    b.name = fromNullable(o.value(QStringLiteral("name")));
    b.phone = fromNullable(o.value(QStringLiteral("phone")));
    return b;
}

QString encodeShipping(const ShippingDetails &s)
{
    return compact({{QStringLiteral("address"), encodeAddress(s.address)},
                    {QStringLiteral("name"), nullable(s.name)},
                    {QStringLiteral("phone"), nullable(s.phone)}});
}

ShippingDetails decodeShipping(const QString &json)
{
    const QJsonObject o = parseObject(json);
    ShippingDetails s;
    s.address = decodeAddress(o.value(QStringLiteral("address")).toObject());
    s.name = fromNullable(o.value(QStringLiteral("name")));
    s.phone = fromNullable(o.value(QStringLiteral("phone")));
    return s;
}

} // namespace RefundDesk::ColumnCodec
