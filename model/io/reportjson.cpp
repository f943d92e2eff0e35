#include "io/reportjson.h"

#include <nlohmann/json.hpp>

namespace RefundDesk::ReportJson {
namespace {

// Insertion order, not sorted: the object reads top-down like the report it is.
using json = nlohmann::ordered_json;

json amount(qint64 value, const QString &currency)
{
    return {{"currency", currency.toStdString()}, {"value", value}};
}

template<typename List, typename Name>
json names(const List &values, Name name)
{
    json array = json::array();
    for (const auto &value : values)
        array.push_back(name(value).toStdString());
    return array;
}

json filters(const ReportQuery &query)
{
    const auto same = [](const QString &text) {
        return text;
    };
    return {
        {"statuses", names(query.statuses, [](RefundStatus s) { return toString(s); })},
        {"reasons", names(query.reasons, reportReasonLabel)},
        {"currencies", names(query.currencies, same)},
        {"agents", names(query.agents, same)},
    };
}

} // namespace

QByteArray write(const Report &report, ApiJson::Layout layout)
{
    const ReportQuery &query = report.query;
    json rows = json::array();
    for (const ReportRow &row : report.rows) {
        rows.push_back({
            {"group", row.group.toStdString()},
            {"currency", row.currency.toStdString()},
            {"count", row.count},
            {"amount", amount(row.amount, row.currency)},
        });
    }
    json totals = json::array();
    for (const ReportTotal &total : report.totals) {
        const qint64 rate = total.refundRateBasisPoints();
        totals.push_back({
            {"currency", total.currency.toStdString()},
            {"count", total.count},
            {"amount", amount(total.amount, total.currency)},
            {"average", amount(total.average(), total.currency)},
            {"guaranteed", amount(total.guaranteed, total.currency)},
            {"refund_rate_basis_points", rate < 0 ? json(nullptr) : json(rate)},
        });
    }
    const json object = {
        {"object", "refund_report"},
        {"period",
         {
             {"from", query.from},
             {"to", query.to},
             {"time_zone", query.timeZone.toStdString()},
             {"time", toString(query.time).toStdString()},
         }},
        {"group_by", toString(query.groupBy).toStdString()},
        {"filters", filters(query)},
        {"rows", rows},
        {"totals", totals},
    };
    // Agent names come from QString and are valid Unicode; replace rather than throw anyway.
    const std::string text = object.dump(layout == ApiJson::Layout::Indented ? 2 : -1, ' ', false,
                                         json::error_handler_t::replace);
    return QByteArray::fromStdString(text) + '\n';
}

} // namespace RefundDesk::ReportJson
