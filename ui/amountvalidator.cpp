#include "amountvalidator.h"

#include "money/amountparser.h"

#include <QStringList>

namespace RefundDesk {

AmountValidator::AmountValidator(Currency currency, const QLocale &locale, QObject *parent)
    : QValidator(parent)
    , m_currency(std::move(currency))
{
    setLocale(locale);
}

Result<qint64> AmountValidator::parse(QStringView text) const
{
    return AmountParser(locale()).parse(text, m_currency, m_fieldName);
}

QValidator::State AmountValidator::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos)
    const Result<qint64> parsed = parse(input);
    if (parsed) {
        m_errorString.clear();
        return Acceptable;
    }
    m_errorString = parsed.error().message;
    if (input.trimmed().isEmpty() || canStillBecomeAmount(input))
        return Intermediate;
    m_rejectionString = m_errorString;
    return Invalid;
}

bool AmountValidator::canStillBecomeAmount(const QString &text) const
{
    // Rather than a second grammar beside the parser's, ask the parser whether some typing
    // at the end completes the text: digits finish a group ("1,234,5") or give a bare sign
    // its number ("$"); the rest of the code or sign finishes a currency ("12 US").
    // Separators are never tried, so a third decimal stays a third decimal.
    static const QString digits[] = {QString(), QStringLiteral("0"), QStringLiteral("00"),
                                     QStringLiteral("000")};
    QStringList endings;
    for (const QString &name : {m_currency.code(), m_currency.symbol()}) {
        for (qsizetype typed = 1; typed < name.size(); ++typed)
            endings.append(name.sliced(typed));
    }
    endings.append(QString());
    const AmountParser parser(locale());
    for (const QString &ending : std::as_const(endings)) {
        for (const QString &more : digits) {
            if (ending.isEmpty() && more.isEmpty())
                continue; // the text as it stands, which already failed
            if (parser.parse(QString(text + more + ending), m_currency))
                return true;
            if (!ending.isEmpty() && parser.parse(QString(text + ending + more), m_currency))
                return true;
        }
    }
    return false;
}

} // namespace RefundDesk
