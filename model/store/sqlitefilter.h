#pragma once

// A WHERE clause for the store's listing queries, assembled from fixed SQL fragments of the
// store's own files with every value bound, never pasted.

#include "store/sqlite.h"

#include <QByteArray>
#include <QString>

#include <variant>
#include <vector>

namespace RefundDesk::Sqlite {

using FilterValue = std::variant<qint64, QString>;

/// A WHERE clause built from the caller's fixed fragments, with the values to bind in order.
class Filter
{
public:
    void add(const QByteArray &fragment, std::initializer_list<FilterValue> values = {})
    {
        add(fragment, std::vector<FilterValue>(values));
    }
    void add(const QByteArray &fragment, const std::vector<FilterValue> &values)
    {
        m_sql += m_sql.isEmpty() ? " WHERE " : " AND ";
        m_sql += fragment;
        m_values.insert(m_values.end(), values.begin(), values.end());
    }
    const QByteArray &sql() const { return m_sql; }
    const std::vector<FilterValue> &values() const { return m_values; }
    void bindTo(Statement &statement) const { bind(statement, m_values); }

    /// Binds `values` to the statement's parameters from the first on.
    static void bind(Statement &statement, const std::vector<FilterValue> &values)
    {
        int index = 1;
        for (const FilterValue &value : values)
            std::visit([&](const auto &v) { statement.bind(index++, v); }, value);
    }

private:
    QByteArray m_sql;
    std::vector<FilterValue> m_values;
};

} // namespace RefundDesk::Sqlite
