#pragma once

#include "domain/paymentrecord.h"
#include "domain/recordstate.h"

#include <QList>
#include <QString>

#include <optional>

namespace RefundDesk {

/// Columns the payment list can be sorted by; each has an index, so sorting happens in SQL.
enum class RecordSort { Created, Id, Amount, Email, Name };

/// Where a keyset page starts: the sort key and row of the last row already shown.
struct RecordCursor
{
    QString key; ///< the sort column's value of the last row, as text (numbers too)
    qint64 keyNumber = 0;
    qint64 row = 0; ///< the store's row number of the last row, the tie-breaker
};

/// A filter and sort over payment records, answered one page at a time.
struct RecordQuery
{
    QString search; ///< substring of id, email, name, description, references
    std::optional<RecordState> state;
    QString currency;
    std::optional<qint64> createdFrom; ///< Unix seconds, inclusive
    std::optional<qint64> createdTo; ///< Unix seconds, exclusive
    std::optional<qint64> amountMin; ///< minor units of amount_requested, inclusive
    std::optional<qint64> amountMax;
    RecordSort sort = RecordSort::Created;
    bool descending = true;
    int limit = 100;
    std::optional<RecordCursor> after;
    /// countRecords() stops at this many (0: counts them all), so a count that only has to
    /// say "10,000 or more" does not read a million rows.
    qint64 countAtMost = 0;
};

/// A record as the list shows it, with the cursor that continues after it.
struct RecordRow
{
    PaymentRecord record;
    RecordCursor cursor;
};

struct RecordPage
{
    QList<RecordRow> rows;
    bool hasMore = false;
};

} // namespace RefundDesk
