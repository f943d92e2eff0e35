#pragma once

#include "domain/paymentattempt.h"
#include "domain/paymentrecord.h"

#include <QString>

namespace RefundDesk::Masking {

/// "jenny.rosen@example.com" → "j***@example.com"; text without an "@" masks whole ("***").
QString email(const QString &email);
/// "+1 555-123-4567" → "***67": only the last two digits stay.
QString phone(const QString &phone);

/// The record with the customer's, billing and shipping emails and phone numbers masked.
/// Card details are never stored beyond brand and last4, so there is nothing more to hide.
PaymentRecord personalData(PaymentRecord record);
/// The attempt with its billing email and phone number masked, as in its record.
PaymentAttempt personalData(PaymentAttempt attempt);

} // namespace RefundDesk::Masking
