#pragma once

#include <QString>

namespace RefundDesk {

/// `text` as an error message quotes it: whole when short, else its first characters and
/// how long it is, so a 100,000-character value cannot swamp the message it is named in.
inline QString shortened(const QString &text, qsizetype keep = 40)
{
    if (text.size() <= keep)
        return text;
    return text.left(keep) + QStringLiteral("… (%1 characters)").arg(text.size());
}

} // namespace RefundDesk
