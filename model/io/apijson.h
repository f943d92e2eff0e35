#pragma once

#include "domain/paymentattempt.h"
#include "domain/paymentrecord.h"
#include "domain/refund.h"
#include "store/event.h"
#include "store/store.h"

#include <QByteArray>
#include <QList>

#include <string>

namespace RefundDesk::ApiJson {

/// How objects are laid out: one compact line each, or indented for people.
enum class Layout { Compact, Indented };

// The payment API's shapes: `object`, `id`, amounts as {"currency", "value"}, nulls where
// the API has them. Keys are sorted, so the output is deterministic byte for byte.

QByteArray record(const PaymentRecord &record, Layout layout = Layout::Compact);
QByteArray attempt(const PaymentAttempt &attempt, Layout layout = Layout::Compact);
QByteArray refund(const Refund &refund, Layout layout = Layout::Compact);
QByteArray event(const Event &event, Layout layout = Layout::Compact);

// The fast path of an export: the compact object record(), attempt() or refund() gives for
// what the row reads back as, written straight from the stored columns and appended to `out`.
// A stored JSON column (metadata, billing, shipping, destination) is copied as stored: the
// same value, though a key order or escape the codec wrote may differ from nlohmann's.

void appendRecord(std::string &out, const RecordView &record);
void appendAttempt(std::string &out, const AttemptView &attempt);
void appendRefund(std::string &out, const RefundView &refund);

/// The API's list envelope {"object":"list","data":[…],"has_more":…} around objects
/// already written by the functions above.
QByteArray list(const QList<QByteArray> &objects, bool hasMore, Layout layout = Layout::Compact);

/// A record with its attempts, refunds and history, as `show --json` prints it.
QByteArray recordDetail(const PaymentRecord &record, const QList<PaymentAttempt> &attempts,
                        const QList<Refund> &refunds, const QList<Event> &history,
                        Layout layout = Layout::Indented);

} // namespace RefundDesk::ApiJson
