#pragma once

#include "core/result.h"
#include "core/tr.h"

#include <QStringList>
#include <QStringView>

#include <array>
#include <utility>

namespace RefundDesk {

/// The API's snake_case names of an enum, as a constexpr table.
template<typename Enum, std::size_t N>
using NameTable = std::array<std::pair<Enum, QStringView>, N>;

template<typename Enum, std::size_t N>
QString nameOf(const NameTable<Enum, N> &table, Enum value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return name.toString();
    }
    return {};
}

/// Finds `text` in the table; the Error lists the allowed names. An empty name in the
/// table (the API's null) matches an empty text only when `emptyAllowed`.
template<typename Enum, std::size_t N>
Result<Enum> parseName(const NameTable<Enum, N> &table, QStringView text, const QString &field,
                       bool emptyAllowed = false)
{
    QStringList allowed;
    for (const auto &[v, name] : table) {
        if (name == text && (emptyAllowed || !name.isEmpty()))
            return v;
        if (!name.isEmpty())
            allowed << name.toString();
    }
    return Error::rule(field,
                       ModelText::tr("%1 \"%2\" is not one of %3.")
                           .arg(field, text.toString(), allowed.join(QStringLiteral(", "))));
}

} // namespace RefundDesk
