#include "report/reportbuckets.h"

#include <QDateTime>
#include <QTimeZone>

namespace RefundDesk {
namespace {

/// The first day of the bucket that holds `date`.
QDate bucketStart(ReportGroup group, QDate date)
{
    switch (group) {
    case ReportGroup::Week:
        return date.addDays(1 - date.dayOfWeek());
    case ReportGroup::Month:
        return QDate(date.year(), date.month(), 1);
    default:
        return date;
    }
}

QDate nextBucket(ReportGroup group, QDate first)
{
    switch (group) {
    case ReportGroup::Week:
        return first.addDays(7);
    case ReportGroup::Month:
        return first.addMonths(1);
    default:
        return first.addDays(1);
    }
}

QString label(ReportGroup group, QDate first)
{
    switch (group) {
    case ReportGroup::Week: {
        // The ISO week-year: 2027-01-01 is a Friday, so it belongs to 2026-W53.
        int year = 0;
        const int week = first.weekNumber(&year);
        return QStringLiteral("%1-W%2")
            .arg(year, 4, 10, QLatin1Char('0'))
            .arg(week, 2, 10, QLatin1Char('0'));
    }
    case ReportGroup::Month:
        return first.toString(QStringLiteral("yyyy-MM"));
    default:
        return first.toString(Qt::ISODate);
    }
}

} // namespace

QList<ReportBucket> reportBuckets(const ReportQuery &query)
{
    QList<ReportBucket> buckets;
    if (!groupsByTime(query.groupBy) || query.from >= query.to)
        return buckets;
    const QTimeZone zone(query.timeZone);
    QDate first =
        bucketStart(query.groupBy, QDateTime::fromSecsSinceEpoch(query.from, zone).date());
    qint64 start = query.from;
    while (start < query.to) {
        const QDate next = nextBucket(query.groupBy, first);
        // startOfDay(), not midnight: where a zone skips midnight (a daylight saving change
        // at 00:00) the day begins at its first instant.
        qint64 stop = qMin(next.startOfDay(zone).toSecsSinceEpoch(), query.to);
        if (stop <= start) // only past the calendar checkedReportQuery() refuses
            stop = query.to;
        buckets << ReportBucket {start, stop, label(query.groupBy, first)};
        start = stop;
        first = next;
    }
    return buckets;
}

} // namespace RefundDesk
