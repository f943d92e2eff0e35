#pragma once

#include "core/result.h"
#include "money/currency.h"

#include <QLocale>
#include <QtGlobal>

#include <optional>

namespace RefundDesk {

/// An exact amount: a signed 64-bit count of the currency's minor unit, as the
/// payment API's {"currency": "usd", "value": 1000}. There is no floating point here.
class Money
{
public:
    Money(qint64 value, Currency currency)
        : m_value(value)
        , m_currency(std::move(currency))
    { }

    qint64 value() const { return m_value; }
    const Currency &currency() const { return m_currency; }

    /// Sum or difference; an Error names both amounts when the currencies differ or
    /// the result would not fit in 64 bits.
    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;

    /// "12.50", "5550" (jpy), "5.550" (kwd): no grouping, '.' as the point, a leading '-'
    /// when negative. Stable across locales; used in files and machine-readable output.
    QString toDecimalString() const;
    /// For people: "$12.50", "¥1,000", "KWD 5.550", grouping and point from the locale.
    QString toDisplayString(const QLocale &locale = QLocale::c()) const;

    friend bool operator==(const Money &, const Money &) = default;

private:
    qint64 m_value = 0;
    Currency m_currency;
};

/// Overflow-checked helpers on raw minor units.
std::optional<qint64> checkedAdd(qint64 a, qint64 b);
std::optional<qint64> checkedSub(qint64 a, qint64 b);

/// For people, from a stored currency code: Money::toDisplayString() for a known code,
/// else the plain number and the code ("5550 XYZ"), so a bad row still reads.
QString formatMoney(qint64 value, const QString &currencyCode,
                    const QLocale &locale = QLocale::c());

/// Decimal text of minor units with the currency's exponent ("12.50"); see
/// Money::toDecimalString().
QString formatMinorUnits(qint64 value, int exponent);

} // namespace RefundDesk
