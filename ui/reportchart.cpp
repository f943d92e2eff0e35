#include "reportchart.h"

#include "money/money.h"
#include "report/reportbuckets.h"
#include "reporttext.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace RefundDesk {
namespace {

/// Colours that stay apart in print and for the common colour-vision deficiencies.
const QColor &colourOf(qsizetype index)
{
    static const QList<QColor> colours {
        QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0x59, 0xa1, 0x4f),
        QColor(0xe1, 0x57, 0x59), QColor(0x76, 0xb7, 0xb2), QColor(0xb0, 0x7a, 0xa1),
    };
    return colours.at(index % colours.size());
}

qreal millimetres(const QPaintDevice *device, qreal mm)
{
    return mm * device->logicalDpiX() / 25.4;
}

/// The value axis, in minor units: a round step (1, 2 or 5 times a power of ten) and the
/// first multiple of it at or above the largest amount, about four steps in all.
struct Scale
{
    qint64 step = 1;
    qint64 top = 1;
};

Scale scaleFor(qint64 largest)
{
    const qint64 wanted = largest / 4 + (largest % 4 != 0 ? 1 : 0);
    qint64 magnitude = 1;
    while (magnitude <= wanted / 10)
        magnitude *= 10;
    for (const qint64 factor : {1, 2, 5, 10}) {
        qint64 step = 0, top = 0;
        if (__builtin_mul_overflow(magnitude, factor, &step))
            break;
        if (step < wanted)
            continue;
        const qint64 steps = largest / step + (largest % step != 0 ? 1 : 0);
        if (__builtin_mul_overflow(step, steps, &top))
            break;
        return {step, top};
    }
    return {largest, largest}; // near the end of the 64-bit range: one step to the largest
}

} // namespace

ReportChart::ReportChart(const Report &report, const QLocale &locale, QObject *parent)
    : QObject(parent)
    , m_group(report.query.groupBy)
    , m_locale(locale)
{
    // A grouping by time keeps its empty days, weeks and months on the axis, so a trend
    // reads true; other groupings show the groups that had refunds.
    QHash<QString, qsizetype> index;
    if (groupsByTime(m_group)) {
        for (const ReportBucket &bucket : reportBuckets(report.query)) {
            index.insert(bucket.label, m_groups.size());
            m_groups << bucket.label;
        }
    }
    for (const ReportRow &row : report.rows) {
        if (!index.contains(row.group)) {
            index.insert(row.group, m_groups.size());
            m_groups << row.group;
        }
    }
    for (const ReportTotal &total : report.totals) {
        if (total.count > 0)
            m_currencies << total.currency;
    }
    for (const ReportRow &row : report.rows) {
        if (!m_currencies.contains(row.currency))
            m_currencies << row.currency;
        QList<qint64> &amounts = m_amounts[row.currency];
        amounts.resize(m_groups.size());
        amounts[index.value(row.group)] = row.amount;
    }
}

QFont ReportChart::font(qreal points)
{
    QFont font(QStringLiteral("sans-serif"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    // Qt shapes text with letter spacing without ligatures; 0.1% wider is not to be seen.
    font.setLetterSpacing(QFont::PercentageSpacing, 100.1);
    return font;
}

QTextCharFormat ReportChart::format(const QString &currency, QSizeF size)
{
    QTextCharFormat format;
    format.setObjectType(objectType);
    format.setProperty(CurrencyProperty, currency);
    format.setProperty(WidthProperty, size.width());
    format.setProperty(HeightProperty, size.height());
    return format;
}

QSizeF ReportChart::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return {format.doubleProperty(WidthProperty), format.doubleProperty(HeightProperty)};
}

void ReportChart::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                             const QTextFormat &format)
{
    draw(*painter, rect, format.stringProperty(CurrencyProperty));
}

void ReportChart::draw(QPainter &painter, const QRectF &rect, const QString &currency) const
{
    const QList<qint64> amounts = m_amounts.value(currency);
    const qint64 largest =
        amounts.isEmpty() ? 0 : *std::max_element(amounts.cbegin(), amounts.cend());
    if (largest <= 0 || m_groups.isEmpty())
        return;
    const QPaintDevice *device = painter.device();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);

    const QFont font = ReportChart::font(7);
    QFont titleFont = ReportChart::font(8.5);
    titleFont.setBold(true);
    const QFontMetricsF metrics(font, device);
    const QFontMetricsF titleMetrics(titleFont, device);
    const qreal gap = metrics.height() * 0.4;

    painter.setFont(titleFont);
    painter.setPen(Qt::black);
    const QRectF titleRect(rect.left(), rect.top() + metrics.height(), rect.width(),
                           titleMetrics.height());
    painter.drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        tr("%1: refunded amount by %2").arg(currency.toUpper(), ReportText::grouping(m_group)));

    // The value axis: round ticks, formatted as money in the reader's locale.
    const Scale scale = scaleFor(largest);
    QList<qint64> ticks;
    for (qint64 tick = 0;; tick += scale.step) {
        ticks << tick;
        if (tick >= scale.top)
            break;
    }
    qreal axisWidth = 0;
    for (const qint64 tick : ticks)
        axisWidth =
            std::max(axisWidth, metrics.horizontalAdvance(formatMoney(tick, currency, m_locale)));
    const QRectF plot(
        QPointF(rect.left() + axisWidth + gap, titleRect.bottom() + gap + metrics.height()),
        QPointF(rect.right() - gap, rect.bottom() - metrics.height() - gap));
    const auto yOf = [&](qint64 value) {
        return plot.bottom() - plot.height() * (qreal(value) / qreal(scale.top));
    };

    painter.setFont(font);
    QPen grid(QColor(0xd0, 0xd0, 0xd0));
    grid.setWidthF(millimetres(device, 0.15));
    for (const qint64 tick : ticks) {
        const qreal y = yOf(tick);
        painter.setPen(grid);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(rect.left(), y - metrics.height() / 2, axisWidth, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, formatMoney(tick, currency, m_locale));
    }

    // The bars, a value above each where it fits.
    const qsizetype count = m_groups.size();
    const qreal slot = plot.width() / qreal(count);
    const qreal barWidth =
        std::clamp(slot * 0.7, millimetres(device, 0.1), millimetres(device, 16));
    const QColor colour = colourOf(std::max<qsizetype>(0, m_currencies.indexOf(currency)));
    for (qsizetype i = 0; i < count; ++i) {
        const qint64 amount = i < amounts.size() ? amounts.at(i) : 0;
        if (amount <= 0)
            continue;
        const qreal x = plot.left() + slot * qreal(i) + (slot - barWidth) / 2;
        const qreal top = yOf(amount);
        painter.fillRect(QRectF(x, top, barWidth, plot.bottom() - top), colour);
        const QString value = formatMoney(amount, currency, m_locale);
        if (metrics.horizontalAdvance(value) <= slot * 0.95) {
            painter.drawText(
                QRectF(x - (slot - barWidth) / 2, top - metrics.height(), slot, metrics.height()),
                Qt::AlignHCenter | Qt::AlignBottom, value);
        }
    }
    QPen axis(Qt::black);
    axis.setWidthF(millimetres(device, 0.25));
    painter.setPen(axis);
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());

    // The group labels: dates are thinned to every k-th, names shortened to their slot.
    painter.setPen(Qt::black);
    const bool byTime = groupsByTime(m_group);
    qsizetype every = 1;
    if (byTime) {
        qreal widest = 0;
        for (const QString &group : m_groups)
            widest = std::max(widest, metrics.horizontalAdvance(group));
        every = std::max<qsizetype>(1, qsizetype(std::ceil((widest + gap) / slot)));
    }
    const QRectF labels(plot.left(), plot.bottom() + gap / 2, plot.width(), metrics.height());
    qreal taken = plot.left() - gap; // where the last label drawn ends
    for (qsizetype i = 0; i < count; i += every) {
        const QString label = ReportText::groupLabel(m_group, m_groups.at(i));
        const qreal centre = plot.left() + slot * (qreal(i) + 0.5);
        if (byTime) {
            const qreal width = metrics.horizontalAdvance(label);
            const qreal left =
                std::max(plot.left(), std::min(centre - width / 2, rect.right() - width));
            if (left < taken + gap)
                continue; // pushed in at the right edge onto its neighbour
            taken = left + width;
            painter.drawText(QRectF(left, labels.top(), width + 1, labels.height()),
                             Qt::AlignLeft | Qt::AlignTop, label);
        } else {
            const QString shown = metrics.elidedText(label, Qt::ElideRight, slot - gap / 2);
            painter.drawText(QRectF(centre - slot / 2, labels.top(), slot, labels.height()),
                             Qt::AlignHCenter | Qt::AlignTop, shown);
        }
    }
    painter.restore();
}

} // namespace RefundDesk
