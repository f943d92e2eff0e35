#include "report/reportcsv.h"

#include "money/currency.h"
#include "money/money.h"

namespace RefundDesk::ReportCsv {
namespace {

/// Decimal text of minor units in `currency`; empty when the code is unknown, because an
/// exponent is never guessed (DESIGN §2).
QString decimal(qint64 value, const QString &currency)
{
    const auto known = Currency::fromCode(currency);
    return known ? formatMinorUnits(value, known->exponent()) : QString();
}

/// Text that a spreadsheet would run as a formula, shown as text instead (OWASP's advice).
QString neutralised(const QString &text)
{
    static const QString starters = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && starters.contains(text.front()))
        return u'\'' + text;
    return text;
}

class Table
{
public:
    explicit Table(QChar separator)
        : m_separator(separator)
    { }

    void addRow(const QStringList &fields)
    {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                m_text += m_separator;
            m_text += quoted(fields.at(i));
        }
        m_text += QLatin1String("\r\n");
    }
    const QString &text() const { return m_text; }

private:
    QString quoted(const QString &field) const
    {
        if (!field.contains(m_separator) && !field.contains(u'"') && !field.contains(u'\r')
            && !field.contains(u'\n')) {
            return field;
        }
        QString escaped = field;
        escaped.replace(u'"', QLatin1String("\"\""));
        return u'"' + escaped + u'"';
    }

    QChar m_separator;
    QString m_text;
};

} // namespace

QStringList columns()
{
    return {
        QStringLiteral("kind"),
        QStringLiteral("group"),
        QStringLiteral("currency"),
        QStringLiteral("count"),
        QStringLiteral("amount_minor"),
        QStringLiteral("amount"),
        QStringLiteral("average_minor"),
        QStringLiteral("average"),
        QStringLiteral("guaranteed_minor"),
        QStringLiteral("guaranteed"),
        QStringLiteral("refund_rate_percent"),
    };
}

QByteArray write(const Report &report, const Options &options)
{
    const bool usable =
        options.separator != u'"' && options.separator != u'\r' && options.separator != u'\n';
    Table table(usable ? options.separator : QChar(u','));
    table.addRow(columns());
    for (const ReportRow &row : report.rows) {
        table.addRow({
            QStringLiteral("row"),
            neutralised(row.group),
            neutralised(row.currency),
            QString::number(row.count),
            QString::number(row.amount),
            decimal(row.amount, row.currency),
            {},
            {},
            {},
            {},
            {},
        });
    }
    for (const ReportTotal &total : report.totals) {
        const qint64 rate = total.refundRateBasisPoints();
        table.addRow({
            QStringLiteral("total"),
            {},
            neutralised(total.currency),
            QString::number(total.count),
            QString::number(total.amount),
            decimal(total.amount, total.currency),
            QString::number(total.average()),
            decimal(total.average(), total.currency),
            QString::number(total.guaranteed),
            decimal(total.guaranteed, total.currency),
            rate < 0 ? QString() : formatMinorUnits(rate, 2),
        });
    }
    QByteArray bytes = options.byteOrderMark ? QByteArrayLiteral("\xEF\xBB\xBF") : QByteArray();
    bytes += table.text().toUtf8();
    return bytes;
}

} // namespace RefundDesk::ReportCsv
