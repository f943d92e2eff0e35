#pragma once

#include "domain/paymentattempt.h"
#include "domain/paymentrecord.h"
#include "domain/refund.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <variant>

namespace RefundDesk::Sqlite {
class Statement;
}

namespace RefundDesk::RowColumns {

/// A column's value as SQLite stores it: NULL, an integer or text.
using Value = std::variant<std::monostate, qint64, QString>;

/// A column of ours (a constant name, never input) and its value.
struct Column
{
    const char *name;
    Value value;
};

// The columns an import writes and compares, in a fixed order. The desk's own bookkeeping
// (amount_refunded, amount_prior_refunded, amount_reserved) is not among them.
QList<Column> ofRecord(const PaymentRecord &record);
QList<Column> ofAttempt(const PaymentAttempt &attempt);
QList<Column> ofRefund(const Refund &refund);

/// "a, b, c" of the columns' names.
QByteArray names(const QList<Column> &columns);
/// "a = ?, b = ?, c = ?".
QByteArray assignments(const QList<Column> &columns);
/// "?, ?, ?".
QByteArray placeholders(qsizetype count);

/// Binds the values from index `first` on; returns the next free index.
int bind(Sqlite::Statement &statement, const QList<Column> &columns, int first = 1);

/// Reads a row selected with names(columns) from column `first` on and returns what
/// differs, as {"field": {"from": old, "to": new}}; empty when nothing does.
QJsonObject changes(const Sqlite::Statement &row, const QList<Column> &columns, int first = 0);

} // namespace RefundDesk::RowColumns
