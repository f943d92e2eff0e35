#include "domain/recordstate.h"

#include "core/nametable.h"

namespace RefundDesk {
namespace {

constexpr NameTable<RecordState, 7> stateNames {{
    {RecordState::Pending, u"pending"},
    {RecordState::Paid, u"paid"},
    {RecordState::PartiallyRefunded, u"partially_refunded"},
    {RecordState::Refunded, u"refunded"},
    {RecordState::RefundPending, u"refund_pending"},
    {RecordState::Failed, u"failed"},
    {RecordState::Canceled, u"canceled"},
}};

} // namespace

RecordState deriveRecordState(const PaymentRecord &record)
{
    // Keep in step with the `state` column in store/migrations.cpp.
    if (record.amountReserved > 0)
        return RecordState::RefundPending;
    if (record.amountRefunded > 0 && record.amountRefunded >= record.amountGuaranteed)
        return RecordState::Refunded;
    if (record.amountRefunded > 0)
        return RecordState::PartiallyRefunded;
    if (record.amountGuaranteed > 0)
        return RecordState::Paid;
    if (record.amountFailed > 0)
        return RecordState::Failed;
    if (record.amountCanceled > 0)
        return RecordState::Canceled;
    return RecordState::Pending;
}

QString toString(RecordState state)
{
    return nameOf(stateNames, state);
}

Result<RecordState> recordStateFromString(QStringView text, const QString &field)
{
    return parseName(stateNames, text, field);
}

QString displayName(RecordState state)
{
    switch (state) {
    case RecordState::Pending:
        return ModelText::tr("Payment pending");
    case RecordState::Paid:
        return ModelText::tr("Paid");
    case RecordState::PartiallyRefunded:
        return ModelText::tr("Partially refunded");
    case RecordState::Refunded:
        return ModelText::tr("Refunded");
    case RecordState::RefundPending:
        return ModelText::tr("Refund pending");
    case RecordState::Failed:
        return ModelText::tr("Failed");
    case RecordState::Canceled:
        return ModelText::tr("Canceled");
    }
    return {};
}

QList<RecordState> allRecordStates()
{
    QList<RecordState> all;
    for (const auto &entry : stateNames)
        all << entry.first;
    return all;
}

} // namespace RefundDesk
