#include "auth/masking.h"

namespace RefundDesk::Masking {
namespace {

const QString hidden = QStringLiteral("***");

/// Null and empty stay as they are, so a masked export still tells "none" from "hidden".
QString keepEmpty(const QString &text, QString (*mask)(const QString &))
{
    return text.isEmpty() ? text : mask(text);
}

} // namespace

QString email(const QString &email)
{
    const qsizetype at = email.lastIndexOf(u'@');
    if (at <= 0)
        return hidden;
    return email.left(1) + hidden + email.mid(at);
}

QString phone(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits += c;
    }
    // Short numbers keep nothing: two digits of four would give half of it away.
    constexpr int kept = 2;
    constexpr int minDigitsToKeepAny = 7;
    return digits.size() < minDigitsToKeepAny ? hidden : hidden + digits.right(kept);
}

namespace {

void maskBilling(BillingDetails &billing)
{
    billing.email = keepEmpty(billing.email, email);
    billing.phone = keepEmpty(billing.phone, phone);
}

} // namespace

PaymentRecord personalData(PaymentRecord record)
{
    record.customer.email = keepEmpty(record.customer.email, email);
    record.customer.phone = keepEmpty(record.customer.phone, phone);
    maskBilling(record.paymentMethod.billing);
    record.shipping.phone = keepEmpty(record.shipping.phone, phone);
    return record;
}

PaymentAttempt personalData(PaymentAttempt attempt)
{
    maskBilling(attempt.paymentMethod.billing);
    return attempt;
}

} // namespace RefundDesk::Masking
