#pragma once

#include "core/result.h"

#include <QString>

namespace RefundDesk {

/// Unix seconds as RFC 3339 in UTC: "2026-11-22T09:30:00Z".
QString formatTimestamp(qint64 unixSeconds);

/// Accepts Unix seconds ("1763803800") or ISO 8601 / RFC 3339 with a zone
/// ("2026-11-22T09:30:00Z", "2026-11-22T10:30:00+01:00"); a date alone is midnight UTC.
Result<qint64> parseTimestamp(QStringView text, const QString &field);

} // namespace RefundDesk
