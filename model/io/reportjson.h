#pragma once

#include "io/apijson.h"
#include "report/reportquery.h"

#include <QByteArray>

namespace RefundDesk::ReportJson {

/// A report as one JSON object, keys in a fixed order, ending with a newline:
/// {"object":"refund_report","period":{"from","to","time_zone","time"},"group_by",
///  "filters":{"statuses","reasons","currencies","agents"},
///  "rows":[{"group","currency","count","amount":{"currency","value"}}],
///  "totals":[{"currency","count","amount","average","guaranteed",
///             "refund_rate_basis_points"}]}.
/// Times are Unix seconds and amounts the payment API's {"currency", "value"} in minor units,
/// as in exports; an empty filter list means every value; refund_rate_basis_points is null
/// where nothing was guaranteed.
QByteArray write(const Report &report, ApiJson::Layout layout = ApiJson::Layout::Indented);

} // namespace RefundDesk::ReportJson
