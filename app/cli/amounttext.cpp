// Amounts in the command line's text output: the exact decimal and the code, the same in
// every locale, so a script or a support agent reads them alike.

#include "cli.h"
#include "money/money.h"

#include <QCoreApplication>
#include <QStringList>

namespace RefundDesk::Cli {

QString amountText(qint64 value, const QString &currency)
{
    const auto known = Currency::fromCode(currency);
    if (!known)
        return formatMoney(value, currency);
    return Money(value, *known).toDecimalString() + QLatin1Char(' ') + currency.toUpper();
}

QString limitsText(const RefundLimits &limits)
{
    if (limits.isEmpty())
        return QCoreApplication::translate("RefundDesk::Cli", "none");
    QStringList parts;
    for (auto it = limits.cbegin(); it != limits.cend(); ++it)
        parts << amountText(it.value(), it.key());
    return parts.join(QStringLiteral(", "));
}

} // namespace RefundDesk::Cli
