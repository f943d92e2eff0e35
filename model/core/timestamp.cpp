#include "core/timestamp.h"

#include "core/tr.h"

#include <QDateTime>
#include <QTimeZone>

namespace RefundDesk {

QString formatTimestamp(qint64 unixSeconds)
{
    // Qt 6.4 writes a QTimeZone::utc() time as "+00:00"; only the Qt::UTC spec that toUTC()
    // gives is written with the "Z" that RFC 3339 readers and the API expect.
    return QDateTime::fromSecsSinceEpoch(unixSeconds, QTimeZone::utc())
        .toUTC()
        .toString(Qt::ISODate);
}

Result<qint64> parseTimestamp(QStringView text, const QString &field)
{
    const QString trimmed = text.trimmed().toString();
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds;

    QDateTime parsed;
    if (trimmed.size() == 10) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (date.isValid())
            parsed = date.startOfDay(QTimeZone::utc());
    } else {
        parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
        // A time without a zone would be read as local time; an audit trail must not guess.
        if (parsed.isValid() && parsed.timeSpec() == Qt::LocalTime)
            parsed = {};
    }
    if (!parsed.isValid()) {
        return Error::usage(field,
                            ModelText::tr("%1 \"%2\" is not a time: give Unix seconds or RFC 3339 "
                                          "such as 2026-11-22T09:30:00Z.")
                                .arg(field, trimmed));
    }
    return parsed.toSecsSinceEpoch();
}

} // namespace RefundDesk
