#pragma once

#include "core/result.h"
#include "domain/refundenums.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace RefundDesk {

/// What a report's rows are grouped by (DESIGN §5 "Reports").
enum class ReportGroup { Day, Week, Month, Reason, Status, Agent, Currency };

/// Which of a refund's times places it in the period and in its day, week or month.
enum class ReportTime {
    Created, ///< when the refund was created at the desk
    Refunded, ///< when the processor refunded it; refunds not (yet) refunded are left out
};

/// Refunds over a period, filtered and grouped; totals are always per currency.
struct ReportQuery
{
    qint64 from = 0; ///< Unix seconds, inclusive
    qint64 to = 0; ///< Unix seconds, exclusive
    /// IANA zone whose calendar days, ISO weeks (Monday first) and months the rows follow,
    /// daylight saving included, e.g. "Europe/Berlin"; "UTC" by default.
    QByteArray timeZone = QByteArrayLiteral("UTC");
    ReportTime time = ReportTime::Created;
    ReportGroup groupBy = ReportGroup::Month;
    QList<RefundStatus> statuses; ///< empty: every status
    QList<RefundReason> reasons; ///< empty: every reason; RefundReason::None: without one
    QStringList currencies; ///< ISO 4217 codes, any case (reports give them lower-case)
    QStringList agents; ///< who created the refunds; empty: everyone
};

/// One group in one currency. Amounts are minor units of `currency`, never summed across
/// currencies.
struct ReportRow
{
    /// "2026-11-22", "2026-W47", "2026-11", "requested_by_customer" ("none" for refunds
    /// without a reason), "succeeded", the agent's name, or "usd"
    QString group;
    QString currency;
    qint64 count = 0;
    qint64 amount = 0;

    friend bool operator==(const ReportRow &, const ReportRow &) = default;
};

/// The period's totals in one currency.
struct ReportTotal
{
    QString currency;
    qint64 count = 0;
    qint64 amount = 0;
    /// What payments created in the period guaranteed in this currency: the refund rate's
    /// denominator. Not narrowed by the status, reason or agent filters, which are about
    /// refunds.
    qint64 guaranteed = 0;

    /// amount / count in minor units, rounded half away from zero; 0 without refunds.
    qint64 average() const;
    /// amount / guaranteed in basis points (1/100 %), rounded half away from zero;
    /// -1 when nothing was guaranteed.
    qint64 refundRateBasisPoints() const;

    friend bool operator==(const ReportTotal &, const ReportTotal &) = default;
};

struct Report
{
    ReportQuery query; ///< as run: currency codes lower-case
    QList<ReportRow> rows; ///< groups in order (time, or name), currencies by code
    /// By currency code: every currency with refunds in the report or with guaranteed
    /// volume in the period (then with count 0), among those the currency filter lets
    /// through.
    QList<ReportTotal> totals;
};

/// Longest periods, in buckets, of the groupings by time: about ten years by day, a hundred
/// by week or month. Beyond them a report would be too long to read or to chart.
inline constexpr qint64 maxReportDays = 3660;
inline constexpr qint64 maxReportWeeks = 5220;
inline constexpr qint64 maxReportMonths = 1200;

/// True for Day, Week and Month.
bool groupsByTime(ReportGroup group);

// The names files and the command line use: "day", "week", "month", "reason", "status",
// "agent", "currency"; "created", "refunded".
QString toString(ReportGroup group);
QString toString(ReportTime time);
Result<ReportGroup> reportGroupFromString(QStringView text,
                                          const QString &field = QStringLiteral("group_by"));
Result<ReportTime> reportTimeFromString(QStringView text,
                                        const QString &field = QStringLiteral("time"));
/// The label of a reason in rows and filters: its API name, "none" for RefundReason::None.
QString reportReasonLabel(RefundReason reason);

/// The query checked and normalised (currency codes lower-case, duplicates in the filters
/// dropped), or an Error naming the field and value: a period that ends before it starts,
/// an unknown time zone or currency code, a period longer than the grouping allows.
Result<ReportQuery> checkedReportQuery(const ReportQuery &query);

} // namespace RefundDesk
