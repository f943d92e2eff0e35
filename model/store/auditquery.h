#pragma once

#include "store/event.h"

#include <QList>
#include <QString>

#include <optional>

namespace RefundDesk {

/// A filter over the whole event log, newest first, a page at a time (keyset on seq).
/// Empty strings mean "any".
struct AuditQuery
{
    QString actor;
    QString action; ///< exact, e.g. "refund.approved"
    QString entityId; ///< matches the event's entity or the record it belongs to
    std::optional<qint64> fromMs; ///< Unix milliseconds, inclusive
    std::optional<qint64> toMs; ///< Unix milliseconds, exclusive
    std::optional<qint64> beforeSeq; ///< the next page: events older than this one
    int limit = 200;
};

struct EventPage
{
    QList<Event> events;
    bool hasMore = false;
};

} // namespace RefundDesk
