#include "domain/refundrules.h"

#include "core/timestamp.h"
#include "core/tr.h"
#include "domain/note.h"
#include "domain/recordstate.h"
#include "money/money.h"

namespace RefundDesk {
namespace {

QString display(qint64 value, const Currency &currency)
{
    return Money(value, currency).toDisplayString();
}

Result<void> checkPaymentRefundable(const PaymentRecord &record)
{
    if (record.amountGuaranteed > 0)
        return {};
    const RecordState state = deriveRecordState(record);
    QString why;
    switch (state) {
    case RecordState::Failed:
        why = ModelText::tr("the payment failed");
        break;
    case RecordState::Canceled:
        why = ModelText::tr("the payment was canceled");
        break;
    default:
        why = ModelText::tr("no payment attempt was ever guaranteed");
        break;
    }
    return Error::rule(QStringLiteral("payment"),
                       ModelText::tr("%1 cannot be refunded: %2.").arg(record.id, why));
}

Result<void> checkAmount(const RefundRequest &request, qint64 amount, const PaymentRecord &record,
                         const Currency &currency)
{
    if (request.full && amount <= 0) {
        return Error::rule(
            QStringLiteral("amount"),
            ModelText::tr("Nothing is left to refund on %1: %2 of %3 is already refunded "
                          "or reserved.")
                .arg(record.id, display(record.amountRefunded + record.amountReserved, currency),
                     display(record.amountGuaranteed, currency)));
    }
    if (amount <= 0) {
        return Error::rule(QStringLiteral("amount"),
                           ModelText::tr("Refund amount %1 must be greater than zero.")
                               .arg(display(amount, currency)));
    }
    const qint64 refundable = record.refundable();
    if (amount > refundable) {
        return Error::rule(
            QStringLiteral("amount"),
            ModelText::tr("Refund of %1 exceeds the %2 still refundable on %3.")
                .arg(display(amount, currency), display(refundable, currency), record.id));
    }
    return {};
}

Result<void> checkTimes(const RefundRequest &request, const PaymentRecord &record, qint64 now)
{
    const auto checkNotBeforePayment = [&](const std::optional<qint64> &time,
                                           const QString &field) -> Result<void> {
        if (!time)
            return {};
        if (*time < record.created) {
            return Error::rule(field,
                               ModelText::tr("%1 %2 is before payment %3 was created at %4.")
                                   .arg(field, formatTimestamp(*time), record.id,
                                        formatTimestamp(record.created)));
        }
        if (*time > now) {
            return Error::rule(field,
                               ModelText::tr("%1 %2 is in the future (now is %3).")
                                   .arg(field, formatTimestamp(*time), formatTimestamp(now)));
        }
        return {};
    };
    if (auto r = checkNotBeforePayment(request.initiatedAt, QStringLiteral("initiated_at")); !r)
        return r;
    if (auto r = checkNotBeforePayment(request.refundedAt, QStringLiteral("refunded_at")); !r)
        return r;
    if (request.initiatedAt && request.refundedAt && *request.refundedAt < *request.initiatedAt) {
        return Error::rule(
            QStringLiteral("refunded_at"),
            ModelText::tr("refunded_at %1 is before initiated_at %2.")
                .arg(formatTimestamp(*request.refundedAt), formatTimestamp(*request.initiatedAt)));
    }
    if (request.refundedAt && !request.reported) {
        return Error::rule(
            QStringLiteral("refunded_at"),
            ModelText::tr("refunded_at can only be given for a refund reported as already "
                          "refunded at the processor."));
    }
    return {};
}

} // namespace

qint64 requestedAmount(const RefundRequest &request, const PaymentRecord &record)
{
    return request.full ? record.refundable() : request.amount;
}

Result<void> validateRefund(const RefundRequest &request, qint64 amount,
                            const PaymentRecord &record, qint64 now)
{
    const auto currency = Currency::fromCode(record.currency);
    if (!currency) {
        return Error::rule(QStringLiteral("currency"),
                           ModelText::tr("Payment %1 has the unknown currency \"%2\".")
                               .arg(record.id, record.currency));
    }
    if (auto r = checkPaymentRefundable(record); !r)
        return r;
    if (!request.currency.isEmpty()
        && request.currency.compare(record.currency, Qt::CaseInsensitive)) {
        return Error::rule(
            QStringLiteral("currency"),
            ModelText::tr("Refund currency %1 is not the currency of payment %2 (%3).")
                .arg(request.currency.toLower(), record.id, record.currency));
    }
    if (auto r = checkAmount(request, amount, record, *currency); !r)
        return r;
    if (auto r = validateMetadata(request.metadata); !r)
        return r;
    if (auto r = validateNote(request.note, false); !r)
        return r;
    if (auto r = checkTimes(request, record, now); !r)
        return r;
    if (request.reported && request.refundReference.trimmed().isEmpty()) {
        return Error::rule(
            QStringLiteral("refund_reference"),
            ModelText::tr("A refund reported as already refunded at the processor needs "
                          "the processor's refund reference."));
    }
    return {};
}

} // namespace RefundDesk
