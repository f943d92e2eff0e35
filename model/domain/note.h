#pragma once

#include "core/result.h"

#include <QString>

namespace RefundDesk {

/// A note an agent writes on a payment record or a refund.
struct NoteLimits
{
    static constexpr int maxLength = 2000;
};

/// A record note must say something (not only spaces) and stay within maxLength characters.
/// A refund's note may be empty; pass `required` false for it.
Result<void> validateNote(const QString &text, bool required = true,
                          const QString &field = QStringLiteral("note"));

} // namespace RefundDesk
