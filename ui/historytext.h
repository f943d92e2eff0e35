#pragma once

#include "domain/refundenums.h"

#include <QCoreApplication>
#include <QString>

namespace RefundDesk {

struct Event;
struct PaymentAttempt;
struct Refund;

/// How the desk words a record's history for people: one line per event, payment attempt
/// or refund, from the event's JSON payload. Amounts are read as integers and formatted
/// with RecordFormat::amount, never through floating point.
class HistoryText
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::HistoryText)
public:
    /// One sentence for `event`. `currency` is the record's, for payloads that carry
    /// amounts without naming their currency. An action the desk does not know reads as its
    /// name and its payload.
    static QString describe(const Event &event, const QString &currency);
    /// "Payment attempt par_… guaranteed $307.02".
    static QString describe(const PaymentAttempt &attempt);
    /// A refund that came in with its payment's import and so has no event of its own,
    /// with the status it arrived in.
    static QString describeImported(const Refund &refund, RefundStatus arrivedAs);

    /// The event's payload as indented JSON, for a tooltip.
    static QString payloadText(const Event &event);
    /// Every amount, the method and the processor's reference of an attempt, one a line.
    static QString details(const PaymentAttempt &attempt);
    /// The refund's status, reason, reference and note, one a line.
    static QString details(const Refund &refund);
};

} // namespace RefundDesk
