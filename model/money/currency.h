#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace RefundDesk {

/// An ISO 4217 currency the desk knows, with the exponent of its minor unit.
/// Codes are lower-case, as the payment API writes them ("usd", "jpy", "kwd").
class Currency
{
public:
    /// Looks a code up case-insensitively; unknown codes give std::nullopt, never a guess.
    static std::optional<Currency> fromCode(QStringView code);
    /// Every known code, lower-case and sorted.
    static QStringList knownCodes();

    QString code() const { return m_code; }
    /// Digits after the decimal point: 0 for jpy, 2 for usd, 3 for kwd.
    int exponent() const { return m_exponent; }
    /// A short sign for display ("$", "€", "¥"), or the upper-case code where none is common.
    QString symbol() const;

    friend bool operator==(const Currency &, const Currency &) = default;

private:
    Currency(QString code, int exponent)
        : m_code(std::move(code))
        , m_exponent(exponent)
    { }

    QString m_code;
    int m_exponent = 2;
};

} // namespace RefundDesk
