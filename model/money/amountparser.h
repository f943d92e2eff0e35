#pragma once

#include "core/result.h"
#include "money/currency.h"

#include <QLocale>

namespace RefundDesk {

/// Turns an amount a person typed into minor units of a currency, exactly.
///
/// Accepts the locale's decimal point and group separator and the common
/// alternatives ("12.50", "12,50", "1 234,56", "1,234.56", "¥1,000", "$12", "12.50 USD").
/// Too many decimals is an error, never a rounding; so are an empty text, letters,
/// a negative amount and anything beyond 64 bits. Zero parses: the rules that use the
/// amount decide whether it is allowed. The Error names the field passed in and the text.
class AmountParser
{
public:
    explicit AmountParser(QLocale locale = QLocale::c())
        : m_locale(std::move(locale))
    { }

    Result<qint64> parse(QStringView text, const Currency &currency,
                         const QString &field = QStringLiteral("amount")) const;

private:
    QLocale m_locale;
};

} // namespace RefundDesk
