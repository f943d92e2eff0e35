#include "reporttext.h"

#include "domain/refundenums.h"

#include <QStringList>
#include <QTimeZone>

namespace RefundDesk {
namespace {

/// "all" for an empty filter, else its values joined.
QString joined(const QStringList &values)
{
    return values.isEmpty() ? ReportText::tr("all") : values.join(QStringLiteral(", "));
}

} // namespace

QString ReportText::defaultTitle()
{
    return tr("Refund report");
}

QString ReportText::groupLabel(ReportGroup group, const QString &label)
{
    switch (group) {
    case ReportGroup::Reason: {
        if (label == QLatin1String("none"))
            return tr("No reason");
        const auto reason = refundReasonFromString(label);
        return reason && reason.value() != RefundReason::None ? displayName(reason.value()) : label;
    }
    case ReportGroup::Status: {
        const auto status = refundStatusFromString(label);
        return status ? displayName(status.value()) : label;
    }
    case ReportGroup::Currency:
        return label.toUpper();
    default:
        return label;
    }
}

QString ReportText::groupHeading(ReportGroup group)
{
    switch (group) {
    case ReportGroup::Day:
        return tr("Day");
    case ReportGroup::Week:
        return tr("Week");
    case ReportGroup::Month:
        return tr("Month");
    case ReportGroup::Reason:
        return tr("Reason");
    case ReportGroup::Status:
        return tr("Status");
    case ReportGroup::Agent:
        return tr("Agent");
    case ReportGroup::Currency:
        return tr("Currency");
    }
    return {};
}

QString ReportText::grouping(ReportGroup group)
{
    switch (group) {
    case ReportGroup::Day:
        return tr("day");
    case ReportGroup::Week:
        return tr("ISO week (Monday first)");
    case ReportGroup::Month:
        return tr("month");
    case ReportGroup::Reason:
        return tr("reason");
    case ReportGroup::Status:
        return tr("status");
    case ReportGroup::Agent:
        return tr("agent");
    case ReportGroup::Currency:
        return tr("currency");
    }
    return {};
}

QString ReportText::period(const ReportQuery &query, const QLocale &locale)
{
    const QTimeZone zone(query.timeZone);
    const QString zoneName = QString::fromUtf8(query.timeZone);
    const QDateTime from = QDateTime::fromSecsSinceEpoch(query.from, zone);
    const QDateTime to = QDateTime::fromSecsSinceEpoch(query.to, zone);
    const bool wholeDays = from.time() == QTime(0, 0) && to.time() == QTime(0, 0);
    if (wholeDays) {
        const QDate last = to.date().addDays(-1);
        if (last == from.date())
            return tr("%1 (%2)").arg(locale.toString(last, QLocale::LongFormat), zoneName);
        return tr("%1 to %2, both included (%3)")
            .arg(locale.toString(from.date(), QLocale::LongFormat),
                 locale.toString(last, QLocale::LongFormat), zoneName);
    }
    return tr("%1 up to %2, not included (%3)")
        .arg(locale.toString(from, QLocale::LongFormat), locale.toString(to, QLocale::LongFormat),
             zoneName);
}

QString ReportText::timeBasis(ReportTime time)
{
    return time == ReportTime::Refunded
        ? tr("when the processor refunded them (refunds not yet refunded are left out)")
        : tr("when they were created at the desk");
}

QList<std::pair<QString, QString>> ReportText::filters(const ReportQuery &query)
{
    QStringList statuses, reasons, currencies;
    for (RefundStatus status : query.statuses)
        statuses << displayName(status);
    for (RefundReason reason : query.reasons)
        reasons << (reason == RefundReason::None ? tr("No reason") : displayName(reason));
    for (const QString &currency : query.currencies)
        currencies << currency.toUpper();
    return {
        {tr("Statuses"), joined(statuses)},
        {tr("Reasons"), joined(reasons)},
        {tr("Currencies"), joined(currencies)},
        {tr("Agents"), joined(query.agents)},
    };
}

QString ReportText::rate(qint64 basisPoints, const QLocale &locale)
{
    if (basisPoints < 0)
        return QStringLiteral("—");
    const qint64 hundredths = basisPoints % 100;
    const QString fraction = hundredths < 10 ? locale.zeroDigit() + locale.toString(hundredths)
                                             : locale.toString(hundredths);
    return locale.toString(basisPoints / 100) + locale.decimalPoint() + fraction + locale.percent();
}

QString ReportText::runTime(const QDateTime &when, const QByteArray &timeZone,
                            const QLocale &locale)
{
    const QDateTime local = when.toTimeZone(QTimeZone(timeZone));
    return tr("%1 %2 (%3)")
        .arg(locale.toString(local.date(), QLocale::LongFormat),
             locale.toString(local.time(), QLocale::ShortFormat), QString::fromUtf8(timeZone));
}

} // namespace RefundDesk
