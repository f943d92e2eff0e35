#include "domain/paymentattempt.h"

#include "core/nametable.h"

namespace RefundDesk {
namespace {

constexpr NameTable<AttemptOutcome, 5> outcomeNames {{
    {AttemptOutcome::Initiated, u"initiated"},
    {AttemptOutcome::Guaranteed, u"guaranteed"},
    {AttemptOutcome::Failed, u"failed"},
    {AttemptOutcome::Canceled, u"canceled"},
    {AttemptOutcome::Informational, u"informational"},
}};

} // namespace

QString toString(AttemptOutcome outcome)
{
    return nameOf(outcomeNames, outcome);
}

Result<AttemptOutcome> attemptOutcomeFromString(QStringView text, const QString &field)
{
    return parseName(outcomeNames, text, field);
}

} // namespace RefundDesk
