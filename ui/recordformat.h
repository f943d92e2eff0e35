#pragma once

#include <QLocale>
#include <QString>

namespace RefundDesk {

struct PaymentRecord;
struct PaymentMethodDetails;

/// How the desk writes record fields for people; shared by the list and, later, the
/// detail pane, so the same value never reads two ways.
namespace RecordFormat {

/// "$12.50", "¥1,000", "KWD 5.550" in `locale`; an unknown currency falls back to its
/// minor units and code rather than guessing an exponent.
QString amount(qint64 value, const QString &currency, const QLocale &locale = QLocale());
/// Unix seconds as a local date and time in the locale's short format.
QString created(qint64 unixSeconds, const QLocale &locale = QLocale());
/// "Visa •••• 4242" for a card, else the custom display name or the method's type.
QString method(const PaymentMethodDetails &method);
/// "Visa", "Amex", "JCB" for the API's brand codes; an unknown brand stays as it is.
QString cardBrand(const QString &brand);
/// "US bank account" for "us_bank_account"; a type the desk does not know stays as it is.
QString methodType(const QString &type);
/// The customer's name, falling back to their customer id.
QString customer(const PaymentRecord &record);

} // namespace RecordFormat
} // namespace RefundDesk
