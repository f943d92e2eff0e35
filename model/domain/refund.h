#pragma once

#include "domain/metadata.h"
#include "domain/refundenums.h"

#include <QString>

#include <optional>

namespace RefundDesk {

/// A refund with the Refund object's fields and the desk's own bookkeeping.
struct Refund
{
    QString id; ///< "re_…"
    QString paymentRecordId;
    QString paymentAttemptId; ///< the latest guaranteed attempt, when the record has attempts
    qint64 amount = 0;
    QString currency;
    RefundStatus status = RefundStatus::Pending;
    RefundReason reason = RefundReason::None;
    FailureReason failureReason = FailureReason::None;
    PendingReason pendingReason = PendingReason::None;
    QString destinationDetails; ///< the API's object, kept as compact JSON text
    QString refundReference; ///< the processor's reference, unique across all refunds
    std::optional<qint64> initiatedAt;
    std::optional<qint64> refundedAt;
    qint64 created = 0;
    qint64 updated = 0;
    Metadata metadata;
    QString createdBy;
    QString approvedBy;
    QString note;
    QString idempotencyKey;

    friend bool operator==(const Refund &, const Refund &) = default;
};

/// What an agent asks for when refunding a payment.
struct RefundRequest
{
    QString paymentRecordId;
    qint64 amount = 0;
    bool full = false; ///< refund whatever is still refundable when the refund is written
    QString currency; ///< optional: when given it must be the payment's currency
    RefundReason reason = RefundReason::None;
    QString note;
    Metadata metadata;
    QString idempotencyKey; ///< optional: a retry with the same key returns the first refund
    bool reported = false; ///< already refunded at the processor: created as succeeded
    QString refundReference;
    std::optional<qint64> initiatedAt;
    std::optional<qint64> refundedAt;
};

/// A status change asked for by an agent or reported by the processor.
struct StatusChange
{
    RefundStatus to = RefundStatus::Pending;
    FailureReason failureReason = FailureReason::None;
    PendingReason pendingReason = PendingReason::None;
    QString refundReference; ///< optional: set or confirm the processor's reference
    std::optional<qint64> refundedAt;
};

} // namespace RefundDesk
