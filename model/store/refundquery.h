#pragma once

#include "domain/refund.h"

#include <QList>
#include <QString>

#include <optional>

namespace RefundDesk {

/// Where a keyset page of refunds starts: the created time and row of the last refund shown.
struct RefundCursor
{
    qint64 created = 0;
    qint64 row = 0; ///< the store's row number, the tie-breaker
};

/// A filter over refunds, newest first unless `descending` is false, answered a page at a
/// time. Every filter is optional; empty strings mean "any".
struct RefundQuery
{
    QString recordId; ///< only the refunds of this payment record
    std::optional<RefundStatus> status;
    std::optional<RefundReason> reason; ///< RefundReason::None finds refunds without one
    QString createdBy; ///< the acting user who created the refund
    QString currency;
    std::optional<qint64> createdFrom; ///< Unix seconds, inclusive
    std::optional<qint64> createdTo; ///< Unix seconds, exclusive
    bool descending = true;
    int limit = 100;
    std::optional<RefundCursor> after;
};

struct RefundRow
{
    Refund refund;
    RefundCursor cursor;
};

struct RefundPage
{
    QList<RefundRow> rows;
    bool hasMore = false;
};

} // namespace RefundDesk
