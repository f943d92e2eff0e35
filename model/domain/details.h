#pragma once

#include <QString>

namespace RefundDesk {

// Nested objects of the payment API. A null QString stands for the API's null,
// so what was imported as null is exported as null.

struct Address
{
    QString city, country, line1, line2, postalCode, state;
    friend bool operator==(const Address &, const Address &) = default;
};

struct CustomerDetails
{
    QString customer, email, name, phone;
    friend bool operator==(const CustomerDetails &, const CustomerDetails &) = default;
};

struct BillingDetails
{
    Address address;
    QString email, name, phone;
    friend bool operator==(const BillingDetails &, const BillingDetails &) = default;
};

/// `payment_method_details`: the type, the card's brand and last four digits where
/// present (never more of a card number), and the custom display name.
struct PaymentMethodDetails
{
    QString type;
    QString paymentMethod;
    BillingDetails billing;
    QString cardBrand;
    QString cardLast4;
    QString customDisplayName;
    friend bool operator==(const PaymentMethodDetails &, const PaymentMethodDetails &) = default;
};

struct ShippingDetails
{
    Address address;
    QString name, phone;
    friend bool operator==(const ShippingDetails &, const ShippingDetails &) = default;
};

} // namespace RefundDesk
