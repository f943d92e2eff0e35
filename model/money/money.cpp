#include "money/money.h"

#include <QCoreApplication>

namespace RefundDesk {

namespace {

// Gives lupdate a context, so these messages can be translated once translations exist.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::Money)
};

// Magnitude as unsigned, so that INT64_MIN has one too.
quint64 magnitude(qint64 value)
{
    return value < 0 ? 0 - quint64(value) : quint64(value);
}

quint64 powerOfTen(int exponent)
{
    quint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

// "12.50 USD": exact and unambiguous whatever the reader's locale, for error messages.
QString describe(const Money &money)
{
    return money.toDecimalString() + u' ' + money.currency().code().toUpper();
}

} // namespace

std::optional<qint64> checkedAdd(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return std::nullopt;
    return sum;
}

std::optional<qint64> checkedSub(qint64 a, qint64 b)
{
    qint64 difference = 0;
    if (__builtin_sub_overflow(a, b, &difference))
        return std::nullopt;
    return difference;
}

QString formatMinorUnits(qint64 value, int exponent)
{
    Q_ASSERT(exponent >= 0 && exponent <= 18);
    QString digits = QString::number(magnitude(value));
    if (exponent > 0) {
        // Pad so there is always a digit before the point: 5 at exponent 2 is "0.05".
        if (digits.size() <= exponent)
            digits.prepend(QString(exponent + 1 - digits.size(), u'0'));
        digits.insert(digits.size() - exponent, u'.');
    }
    if (value < 0)
        digits.prepend(u'-');
    return digits;
}

Result<Money> Money::plus(const Money &other) const
{
    if (m_currency != other.m_currency) {
        return Error::rule(QStringLiteral("currency"),
                           Tr::tr("currency: cannot add %1 to %2, because amounts in different "
                                  "currencies never mix")
                               .arg(describe(other), describe(*this)));
    }
    if (const auto sum = checkedAdd(m_value, other.m_value))
        return Money(*sum, m_currency);
    return Error::rule(
        QStringLiteral("amount"),
        Tr::tr("amount: %1 plus %2 is outside the range of amounts the desk can hold")
            .arg(describe(*this), describe(other)));
}

Result<Money> Money::minus(const Money &other) const
{
    if (m_currency != other.m_currency) {
        return Error::rule(QStringLiteral("currency"),
                           Tr::tr("currency: cannot subtract %1 from %2, because amounts in "
                                  "different currencies never mix")
                               .arg(describe(other), describe(*this)));
    }
    if (const auto difference = checkedSub(m_value, other.m_value))
        return Money(*difference, m_currency);
    return Error::rule(
        QStringLiteral("amount"),
        Tr::tr("amount: %1 minus %2 is outside the range of amounts the desk can hold")
            .arg(describe(*this), describe(other)));
}

QString Money::toDecimalString() const
{
    return formatMinorUnits(m_value, m_currency.exponent());
}

QString Money::toDisplayString(const QLocale &locale) const
{
    // Integers only: the whole units go through QLocale for grouping and digits, the minor
    // units are padded with the locale's zero. QLocale::c() omits group separators by
    // default, but a person reads "1,234.50" faster than "1234.50", so grouping is forced on.
    QLocale grouped = locale;
    grouped.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);

    const int exponent = m_currency.exponent();
    const quint64 scale = powerOfTen(exponent);
    const quint64 units = magnitude(m_value);
    QString number = grouped.toString(qulonglong(units / scale));
    if (exponent > 0) {
        const quint64 minor = units % scale;
        int width = 1;
        for (quint64 rest = minor / 10; rest > 0; rest /= 10)
            ++width;
        QLocale ungrouped = locale;
        ungrouped.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
        number += locale.decimalPoint() + locale.zeroDigit().repeated(exponent - width)
            + ungrouped.toString(qulonglong(minor));
    }

    // Symbol first in every locale; a code ("KWD") needs a space before the digits, a sign
    // ("$", "CA$") does not.
    const QString symbol = m_currency.symbol();
    const QString separator = symbol.back().isLetter() ? QStringLiteral(" ") : QString();
    const QString sign = m_value < 0 ? locale.negativeSign() : QString();
    return sign + symbol + separator + number;
}

QString formatMoney(qint64 value, const QString &currencyCode, const QLocale &locale)
{
    if (const auto known = Currency::fromCode(currencyCode))
        return Money(value, *known).toDisplayString(locale);
    return locale.toString(value) + QLatin1Char(' ') + currencyCode.toUpper();
}

} // namespace RefundDesk
