#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace RefundDesk {

/// The Refund object's status, plus the desk's own state for four-eyes approval.
enum class RefundStatus { Pending, RequiresAction, Succeeded, Failed, Canceled, AwaitingApproval };

/// Why the refund was made, as the API's `reason`; None is the API's null.
enum class RefundReason { None, Duplicate, Fraudulent, RequestedByCustomer };

/// Why a refund failed; set exactly when the status is failed.
enum class FailureReason {
    None,
    LostOrStolenCard,
    ExpiredOrCanceledCard,
    ChargeForPendingRefundDisputed,
    InsufficientFunds,
    Declined,
    MerchantRequest,
    Unknown,
};

/// Why a refund is still pending; set only while the status is pending.
enum class PendingReason { None, Processing, InsufficientFunds, ChargePending };

// The API's snake_case names. None maps to an empty string (JSON null).
QString toString(RefundStatus status);
QString toString(RefundReason reason);
QString toString(FailureReason reason);
QString toString(PendingReason reason);

QList<RefundStatus> allRefundStatuses();
QList<RefundReason> allRefundReasons(); ///< without None
QList<FailureReason> allFailureReasons(); ///< without None
QList<PendingReason> allPendingReasons(); ///< without None

// How the desk shows them to people, translated ("Requested by customer"). None is empty.
QString displayName(RefundStatus status);
QString displayName(RefundReason reason);
QString displayName(FailureReason reason);
QString displayName(PendingReason reason);

// Parsing names an agent or a file gave; the Error lists the allowed values.
// An empty text is None for the reasons and an error for the status.
Result<RefundStatus> refundStatusFromString(QStringView text,
                                            const QString &field = QStringLiteral("status"));
Result<RefundReason> refundReasonFromString(QStringView text,
                                            const QString &field = QStringLiteral("reason"));
Result<FailureReason>
failureReasonFromString(QStringView text, const QString &field = QStringLiteral("failure_reason"));
Result<PendingReason>
pendingReasonFromString(QStringView text, const QString &field = QStringLiteral("pending_reason"));

/// Statuses that still hold part of the payment back from being refunded again.
bool reservesAmount(RefundStatus status);
/// No transition leaves these.
bool isFinal(RefundStatus status);

} // namespace RefundDesk
