#include "recordformat.h"

#include "domain/paymentrecord.h"
#include "money/money.h"

#include <QCoreApplication>
#include <QDateTime>

namespace RefundDesk::RecordFormat {

QString amount(qint64 value, const QString &currency, const QLocale &locale)
{
    return formatMoney(value, currency, locale);
}

QString created(qint64 unixSeconds, const QLocale &locale)
{
    return locale.toString(QDateTime::fromSecsSinceEpoch(unixSeconds).toLocalTime(),
                           QLocale::ShortFormat);
}

QString method(const PaymentMethodDetails &method)
{
    if (!method.cardLast4.isEmpty()) {
        const QString brand = method.cardBrand.isEmpty()
            ? QCoreApplication::translate("RefundDesk::RecordFormat", "Card")
            : cardBrand(method.cardBrand);
        return brand + QStringLiteral(" •••• ") + method.cardLast4;
    }
    if (!method.customDisplayName.isEmpty())
        return method.customDisplayName;
    return methodType(method.type);
}

QString cardBrand(const QString &brand)
{
    // The API's brand codes, written as the networks write their own names.
    static const struct
    {
        const char *code;
        const char *name;
    } names[] = {
        {"amex", "Amex"},
        {"cartes_bancaires", "Cartes Bancaires"},
        {"diners", "Diners Club"},
        {"discover", "Discover"},
        {"eftpos_au", "eftpos"},
        {"interac", "Interac"},
        {"jcb", "JCB"},
        {"mastercard", "Mastercard"},
        {"unionpay", "UnionPay"},
        {"visa", "Visa"},
    };
    for (const auto &entry : names) {
        if (brand.compare(QLatin1String(entry.code), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(entry.name);
    }
    return brand;
}

QString methodType(const QString &type)
{
    // The common types read better in words; any other type shows as the API names it.
    static const struct
    {
        const char *type;
        const char *name;
    } names[] = {
        {"card", QT_TRANSLATE_NOOP("RefundDesk::RecordFormat", "Card")},
        {"us_bank_account", QT_TRANSLATE_NOOP("RefundDesk::RecordFormat", "US bank account")},
        {"sepa_debit", QT_TRANSLATE_NOOP("RefundDesk::RecordFormat", "SEPA Direct Debit")},
        {"bacs_debit", QT_TRANSLATE_NOOP("RefundDesk::RecordFormat", "Bacs Direct Debit")},
        {"paypal", QT_TRANSLATE_NOOP("RefundDesk::RecordFormat", "PayPal")},
        {"bank_transfer", QT_TRANSLATE_NOOP("RefundDesk::RecordFormat", "Bank transfer")},
    };
    for (const auto &entry : names) {
        if (type == QLatin1String(entry.type))
            return QCoreApplication::translate("RefundDesk::RecordFormat", entry.name);
    }
    return type;
}

QString customer(const PaymentRecord &record)
{
    return record.customer.name.isEmpty() ? record.customer.customer : record.customer.name;
}

} // namespace RefundDesk::RecordFormat
