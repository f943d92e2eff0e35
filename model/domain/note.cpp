#include "domain/note.h"

#include "core/tr.h"

namespace RefundDesk {

Result<void> validateNote(const QString &text, bool required, const QString &field)
{
    if (required && text.trimmed().isEmpty())
        return Error::rule(field, ModelText::tr("%1 is empty; write what happened.").arg(field));
    if (text.size() > NoteLimits::maxLength)
        return Error::rule(field,
                           ModelText::tr("%1 has %2 characters; at most %3 are allowed.")
                               .arg(field)
                               .arg(text.size())
                               .arg(NoteLimits::maxLength));
    return {};
}

} // namespace RefundDesk
