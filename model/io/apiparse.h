#pragma once

#include "core/result.h"
#include "domain/paymentattempt.h"
#include "domain/paymentrecord.h"
#include "domain/refund.h"

#include <nlohmann/json.hpp>
#include <variant>

namespace RefundDesk::ApiParse {

using ApiObject = std::variant<PaymentRecord, PaymentAttempt, Refund>;

/// The longest id the API hands out; longer ids are refused.
inline constexpr int maxIdLength = 255;

/// Reads one API object, told apart by its `object` field, and checks everything that can
/// be checked on the object alone: types, currencies and amounts, enumerations, metadata
/// limits, id lengths, times. Unknown fields are ignored; null is taken where the API
/// allows it. The Error names the field and the value.
Result<ApiObject> parse(const nlohmann::json &value);

/// The object's id and `object` name, as far as they can be read, for reporting.
QString idOf(const nlohmann::json &value);
QString objectTypeOf(const nlohmann::json &value);

} // namespace RefundDesk::ApiParse
