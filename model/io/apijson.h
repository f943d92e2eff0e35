#pragma once

#include "domain/paymentattempt.h"
#include "domain/paymentrecord.h"
#include "domain/refund.h"
#include "store/event.h"

#include <QByteArray>
#include <QList>

namespace RefundDesk::ApiJson {

/// How objects are laid out: one compact line each, or indented for people.
enum class Layout { Compact, Indented };

// The payment API's shapes: `object`, `id`, amounts as {"currency", "value"}, nulls where
// the API has them. Keys are sorted, so the output is deterministic byte for byte.

QByteArray record(const PaymentRecord &record, Layout layout = Layout::Compact);
QByteArray attempt(const PaymentAttempt &attempt, Layout layout = Layout::Compact);
QByteArray refund(const Refund &refund, Layout layout = Layout::Compact);
QByteArray event(const Event &event, Layout layout = Layout::Compact);

/// The API's list envelope {"object":"list","data":[…],"has_more":…} around objects
/// already written by the functions above.
QByteArray list(const QList<QByteArray> &objects, bool hasMore, Layout layout = Layout::Compact);

/// A record with its attempts, refunds and history, as `show --json` prints it.
QByteArray recordDetail(const PaymentRecord &record, const QList<PaymentAttempt> &attempts,
                        const QList<Refund> &refunds, const QList<Event> &history,
                        Layout layout = Layout::Indented);

} // namespace RefundDesk::ApiJson
