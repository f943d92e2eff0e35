#pragma once

#include "domain/details.h"
#include "domain/metadata.h"

#include <QByteArray>
#include <QString>

namespace RefundDesk::ColumnCodec {

// Nested API objects are kept in TEXT columns as compact JSON with sorted keys. A null
// QString becomes JSON null and comes back null, so an import round-trips.

QByteArray encodeMetadata(const Metadata &metadata);
Metadata decodeMetadata(const QString &json);

QString encodeBilling(const BillingDetails &billing);
BillingDetails decodeBilling(const QString &json);

QString encodeShipping(const ShippingDetails &shipping);
ShippingDetails decodeShipping(const QString &json);

} // namespace RefundDesk::ColumnCodec
