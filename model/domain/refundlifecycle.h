#pragma once

#include "core/result.h"
#include "domain/refund.h"

namespace RefundDesk {

/// The Refund object's status lifecycle (DESIGN §3), with the desk's approval step.
namespace RefundLifecycle {

/// True when `to` may follow `from`. Staying in the same status is not a transition.
bool canTransition(RefundStatus from, RefundStatus to);
/// The statuses an agent may move a refund in `from` to, in a stable order.
QList<RefundStatus> nextStatuses(RefundStatus from);

/// Checks a change against the lifecycle and the reason rules: failure_reason exactly
/// when failed, pending_reason only while pending, refunded_at not before initiated_at.
Result<void> validate(const Refund &refund, const StatusChange &change);

} // namespace RefundLifecycle
} // namespace RefundDesk
