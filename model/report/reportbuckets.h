#pragma once

#include "report/reportquery.h"

#include <QList>
#include <QString>

namespace RefundDesk {

/// One day, ISO week or month of a report's period, in Unix seconds [start, stop).
struct ReportBucket
{
    qint64 start = 0;
    qint64 stop = 0;
    QString label; ///< "2026-11-22", "2026-W47" (ISO week-year), "2026-11"

    friend bool operator==(const ReportBucket &, const ReportBucket &) = default;
};

/// The days, weeks or months of a query's period (checked by checkedReportQuery()) as its
/// time zone's calendar has them, daylight saving included: each begins at local midnight
/// (or the first instant of the day where midnight is skipped), weeks on Monday, months on
/// the first. The first bucket starts at `from` and the last stops at `to`, so buckets cut
/// by the period keep their label. Empty for groupings not by time.
QList<ReportBucket> reportBuckets(const ReportQuery &query);

} // namespace RefundDesk
