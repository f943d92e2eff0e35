#include "report/reportquery.h"

#include "core/nametable.h"
#include "core/timestamp.h"
#include "core/tr.h"
#include "money/currency.h"

#include <QDateTime>
#include <QTimeZone>

namespace RefundDesk {
namespace {

constexpr NameTable<ReportGroup, 7> groupNames {{
    {ReportGroup::Day, u"day"},
    {ReportGroup::Week, u"week"},
    {ReportGroup::Month, u"month"},
    {ReportGroup::Reason, u"reason"},
    {ReportGroup::Status, u"status"},
    {ReportGroup::Agent, u"agent"},
    {ReportGroup::Currency, u"currency"},
}};

constexpr NameTable<ReportTime, 2> timeNames {{
    {ReportTime::Created, u"created"},
    {ReportTime::Refunded, u"refunded"},
}};

// Exact integer arithmetic for the derived figures: 128 bits hold amount * 10000 for any
// 64-bit amount. `__extension__` keeps -Wpedantic quiet about the GCC/Clang type.
__extension__ typedef __int128 Wide;

/// numerator / denominator (denominator > 0), rounded half away from zero.
qint64 roundedQuotient(Wide numerator, Wide denominator)
{
    Wide quotient = numerator / denominator;
    const Wide remainder = numerator % denominator;
    const Wide twice = (remainder < 0 ? -remainder : remainder) * 2;
    if (twice >= denominator)
        quotient += numerator < 0 ? -1 : 1;
    return qint64(quotient);
}

template<typename T>
QList<T> withoutDuplicates(const QList<T> &values)
{
    QList<T> unique;
    for (const T &value : values) {
        if (!unique.contains(value))
            unique << value;
    }
    return unique;
}

/// The Monday that begins the ISO week of `date`.
QDate mondayOf(QDate date)
{
    return date.addDays(1 - date.dayOfWeek());
}

Result<void> checkLength(const ReportQuery &query, const QTimeZone &zone)
{
    const QDateTime first = QDateTime::fromSecsSinceEpoch(query.from, zone);
    const QDateTime last = QDateTime::fromSecsSinceEpoch(query.to - 1, zone);
    if (!first.isValid() || !last.isValid()) {
        return Error::usage(QStringLiteral("period"),
                            ModelText::tr("The period from %1 to %2 is outside the calendar a "
                                          "report by %3 can follow.")
                                .arg(query.from)
                                .arg(query.to)
                                .arg(toString(query.groupBy)));
    }
    const QDate d0 = first.date(), d1 = last.date();
    qint64 buckets = 0, limit = 0;
    QString limitText;
    switch (query.groupBy) {
    case ReportGroup::Day:
        buckets = d0.daysTo(d1) + 1;
        limit = maxReportDays;
        limitText = ModelText::tr("%1 days (about 10 years)").arg(limit);
        break;
    case ReportGroup::Week:
        buckets = mondayOf(d0).daysTo(mondayOf(d1)) / 7 + 1;
        limit = maxReportWeeks;
        limitText = ModelText::tr("%1 weeks (about 100 years)").arg(limit);
        break;
    case ReportGroup::Month:
        buckets = (qint64(d1.year()) * 12 + d1.month()) - (qint64(d0.year()) * 12 + d0.month()) + 1;
        limit = maxReportMonths;
        limitText = ModelText::tr("%1 months (100 years)").arg(limit);
        break;
    default:
        return {};
    }
    if (buckets > limit) {
        return Error::usage(QStringLiteral("period"),
                            ModelText::tr("A report by %1 covers at most %2; the period from %3 "
                                          "to %4 spans %5.")
                                .arg(toString(query.groupBy), limitText, d0.toString(Qt::ISODate),
                                     d1.toString(Qt::ISODate))
                                .arg(buckets));
    }
    return {};
}

} // namespace

qint64 ReportTotal::average() const
{
    if (count <= 0)
        return 0;
    return roundedQuotient(amount, count);
}

qint64 ReportTotal::refundRateBasisPoints() const
{
    if (guaranteed <= 0)
        return -1;
    return roundedQuotient(Wide(amount) * 10000, guaranteed);
}

bool groupsByTime(ReportGroup group)
{
    return group == ReportGroup::Day || group == ReportGroup::Week || group == ReportGroup::Month;
}

QString toString(ReportGroup group)
{
    return nameOf(groupNames, group);
}

QString toString(ReportTime time)
{
    return nameOf(timeNames, time);
}

Result<ReportGroup> reportGroupFromString(QStringView text, const QString &field)
{
    return parseName(groupNames, text, field);
}

Result<ReportTime> reportTimeFromString(QStringView text, const QString &field)
{
    return parseName(timeNames, text, field);
}

QString reportReasonLabel(RefundReason reason)
{
    return reason == RefundReason::None ? QStringLiteral("none") : toString(reason);
}

Result<ReportQuery> checkedReportQuery(const ReportQuery &query)
{
    if (query.from >= query.to) {
        return Error::usage(QStringLiteral("to"),
                            ModelText::tr("The period must end after it starts: to (%1) is not "
                                          "after from (%2).")
                                .arg(formatTimestamp(query.to), formatTimestamp(query.from)));
    }
    const QTimeZone zone(query.timeZone);
    if (query.timeZone.isEmpty() || !zone.isValid()) {
        return Error::usage(QStringLiteral("time_zone"),
                            ModelText::tr("time_zone \"%1\" is not a time zone this system knows; "
                                          "give an IANA name such as Europe/Berlin or UTC.")
                                .arg(QString::fromUtf8(query.timeZone)));
    }
    ReportQuery checked = query;
    checked.currencies.clear();
    for (const QString &code : query.currencies) {
        const auto currency = Currency::fromCode(code);
        if (!currency) {
            return Error::usage(
                QStringLiteral("currency"),
                ModelText::tr("currency \"%1\" is not a known ISO 4217 code.").arg(code));
        }
        if (!checked.currencies.contains(currency->code()))
            checked.currencies << currency->code();
    }
    checked.statuses = withoutDuplicates(query.statuses);
    checked.reasons = withoutDuplicates(query.reasons);
    checked.agents = withoutDuplicates(query.agents);
    if (groupsByTime(query.groupBy)) {
        if (auto fits = checkLength(checked, zone); !fits)
            return fits.error();
    }
    return checked;
}

} // namespace RefundDesk
