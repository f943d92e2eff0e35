#pragma once

#include "report/reportquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

#include <utility>

namespace RefundDesk {

/// How a refund report reads for people (the PDF, and later the Reports view): plain text,
/// not HTML, so callers escape it for their medium. Money and percentages are formatted from
/// integers only (DESIGN §2).
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::ReportText)
public:
    /// "Refund report".
    static QString defaultTitle();
    /// A row's group as people read it: "Requested by customer" for requested_by_customer,
    /// "No reason" for none, "Succeeded" for a status, "USD" for a currency; days, weeks,
    /// months and agents as they are.
    static QString groupLabel(ReportGroup group, const QString &label);
    /// The column heading of the groups: "Month", "Reason", "Agent", …
    static QString groupHeading(ReportGroup group);
    /// "month", "ISO week (Monday first)", "reason", …
    static QString grouping(ReportGroup group);
    /// The period in its time zone. Whole days read as dates, the last one included ("1
    /// November 2026 to 30 November 2026"); other bounds as times, the end left out.
    static QString period(const ReportQuery &query, const QLocale &locale);
    /// Which of a refund's times places it in the period.
    static QString timeBasis(ReportTime time);
    /// The filters as (name, values) pairs, "all" for a filter not set.
    static QList<std::pair<QString, QString>> filters(const ReportQuery &query);
    /// A refund rate from basis points: "5.55%" in the locale, "—" without guaranteed volume.
    static QString rate(qint64 basisPoints, const QLocale &locale);
    /// When the report was run, in the report's time zone: a long date, a short time, the zone.
    static QString runTime(const QDateTime &when, const QByteArray &timeZone,
                           const QLocale &locale);
};

} // namespace RefundDesk
