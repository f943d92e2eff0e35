#include "domain/refundenums.h"

#include "core/nametable.h"
#include "core/tr.h"

namespace RefundDesk {
namespace {

constexpr NameTable<RefundStatus, 6> statusNames {{
    {RefundStatus::Pending, u"pending"},
    {RefundStatus::RequiresAction, u"requires_action"},
    {RefundStatus::Succeeded, u"succeeded"},
    {RefundStatus::Failed, u"failed"},
    {RefundStatus::Canceled, u"canceled"},
    {RefundStatus::AwaitingApproval, u"awaiting_approval"},
}};

constexpr NameTable<RefundReason, 4> reasonNames {{
    {RefundReason::None, u""},
    {RefundReason::Duplicate, u"duplicate"},
    {RefundReason::Fraudulent, u"fraudulent"},
    {RefundReason::RequestedByCustomer, u"requested_by_customer"},
}};

constexpr NameTable<FailureReason, 8> failureNames {{
    {FailureReason::None, u""},
    {FailureReason::LostOrStolenCard, u"lost_or_stolen_card"},
    {FailureReason::ExpiredOrCanceledCard, u"expired_or_canceled_card"},
    {FailureReason::ChargeForPendingRefundDisputed, u"charge_for_pending_refund_disputed"},
    {FailureReason::InsufficientFunds, u"insufficient_funds"},
    {FailureReason::Declined, u"declined"},
    {FailureReason::MerchantRequest, u"merchant_request"},
    {FailureReason::Unknown, u"unknown"},
}};

constexpr NameTable<PendingReason, 4> pendingNames {{
    {PendingReason::None, u""},
    {PendingReason::Processing, u"processing"},
    {PendingReason::InsufficientFunds, u"insufficient_funds"},
    {PendingReason::ChargePending, u"charge_pending"},
}};

} // namespace

QString toString(RefundStatus status)
{
    return nameOf(statusNames, status);
}
QString toString(RefundReason reason)
{
    return nameOf(reasonNames, reason);
}
QString toString(FailureReason reason)
{
    return nameOf(failureNames, reason);
}
QString toString(PendingReason reason)
{
    return nameOf(pendingNames, reason);
}

QList<RefundStatus> allRefundStatuses()
{
    QList<RefundStatus> all;
    for (const auto &entry : statusNames)
        all << entry.first;
    return all;
}

namespace {

template<typename Enum, std::size_t N>
QList<Enum> valuesWithoutNone(const NameTable<Enum, N> &table)
{
    QList<Enum> all;
    for (const auto &entry : table) {
        if (entry.first != Enum::None)
            all << entry.first;
    }
    return all;
}

} // namespace

QList<RefundReason> allRefundReasons()
{
    return valuesWithoutNone(reasonNames);
}
QList<FailureReason> allFailureReasons()
{
    return valuesWithoutNone(failureNames);
}
QList<PendingReason> allPendingReasons()
{
    return valuesWithoutNone(pendingNames);
}

QString displayName(RefundStatus status)
{
    switch (status) {
    case RefundStatus::Pending:
        return ModelText::tr("Pending");
    case RefundStatus::RequiresAction:
        return ModelText::tr("Requires action");
    case RefundStatus::Succeeded:
        return ModelText::tr("Succeeded");
    case RefundStatus::Failed:
        return ModelText::tr("Failed");
    case RefundStatus::Canceled:
        return ModelText::tr("Canceled");
    case RefundStatus::AwaitingApproval:
        return ModelText::tr("Awaiting approval");
    }
    return {};
}

QString displayName(RefundReason reason)
{
    switch (reason) {
    case RefundReason::None:
        return {};
    case RefundReason::Duplicate:
        return ModelText::tr("Duplicate");
    case RefundReason::Fraudulent:
        return ModelText::tr("Fraudulent");
    case RefundReason::RequestedByCustomer:
        return ModelText::tr("Requested by customer");
    }
    return {};
}

QString displayName(FailureReason reason)
{
    switch (reason) {
    case FailureReason::None:
        return {};
    case FailureReason::LostOrStolenCard:
        return ModelText::tr("Lost or stolen card");
    case FailureReason::ExpiredOrCanceledCard:
        return ModelText::tr("Expired or canceled card");
    case FailureReason::ChargeForPendingRefundDisputed:
        return ModelText::tr("Charge for pending refund disputed");
    case FailureReason::InsufficientFunds:
        return ModelText::tr("Insufficient funds");
    case FailureReason::Declined:
        return ModelText::tr("Declined");
    case FailureReason::MerchantRequest:
        return ModelText::tr("Merchant request");
    case FailureReason::Unknown:
        return ModelText::tr("Unknown");
    }
    return {};
}

QString displayName(PendingReason reason)
{
    switch (reason) {
    case PendingReason::None:
        return {};
    case PendingReason::Processing:
        return ModelText::tr("Processing");
    case PendingReason::InsufficientFunds:
        return ModelText::tr("Insufficient funds");
    case PendingReason::ChargePending:
        return ModelText::tr("Charge pending");
    }
    return {};
}

Result<RefundStatus> refundStatusFromString(QStringView text, const QString &field)
{
    return parseName(statusNames, text, field, false);
}
Result<RefundReason> refundReasonFromString(QStringView text, const QString &field)
{
    return parseName(reasonNames, text, field, true);
}
Result<FailureReason> failureReasonFromString(QStringView text, const QString &field)
{
    return parseName(failureNames, text, field, true);
}
Result<PendingReason> pendingReasonFromString(QStringView text, const QString &field)
{
    return parseName(pendingNames, text, field, true);
}

bool reservesAmount(RefundStatus status)
{
    return status == RefundStatus::Pending || status == RefundStatus::RequiresAction
        || status == RefundStatus::AwaitingApproval;
}

bool isFinal(RefundStatus status)
{
    return status == RefundStatus::Failed || status == RefundStatus::Canceled;
}

} // namespace RefundDesk
