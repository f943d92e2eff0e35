#include "auth/masking.h"

namespace RefundDesk::Masking {
namespace {

const QString hidden = QStringLiteral("***");

/// Null and empty stay as they are, so a masked export still tells "none" from "hidden".
template<typename Mask>
QString keepEmpty(const QString &text, Mask mask)
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

PaymentRecord personalData(PaymentRecord record)
{
    const auto maskEmail = [](const QString &text) {
        return email(text);
    };
    const auto maskPhone = [](const QString &text) {
        return phone(text);
    };
    record.customer.email = keepEmpty(record.customer.email, maskEmail);
    record.customer.phone = keepEmpty(record.customer.phone, maskPhone);
    record.paymentMethod.billing.email = keepEmpty(record.paymentMethod.billing.email, maskEmail);
    record.paymentMethod.billing.phone = keepEmpty(record.paymentMethod.billing.phone, maskPhone);
    record.shipping.phone = keepEmpty(record.shipping.phone, maskPhone);
    return record;
}

} // namespace RefundDesk::Masking
