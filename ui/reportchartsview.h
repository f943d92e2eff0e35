#pragma once

#include "report/reportbuckets.h"
#include "report/reportquery.h"

#include <QList>
#include <QLocale>
#include <QStringList>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QGraphicsSimpleTextItem;
class QLabel;

namespace RefundDesk {

/// The Reports view's two Qt Charts for one currency at a time: the refunded amount over
/// time (one bar per day, week or month of the period, or a line when there are too many to
/// read as bars), and the refunded amount by reason. Amounts in different currencies are
/// never drawn on one scale: a currency chooser switches both charts. Bar and line heights
/// are geometry, the only place an amount becomes a double; what people read (tooltips,
/// the total beside the chooser) is formatted exactly from minor units.
class ReportChartsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportChartsView)
public:
    /// Above this many buckets the time chart is a line over a date axis, not bars.
    static constexpr int maxBars = 40;

    explicit ReportChartsView(QWidget *parent = nullptr);
    ~ReportChartsView() override;

    /// Shows `overTime` (grouped by day, week or month) and `byReason` (the same period and
    /// filters grouped by reason). Keeps the chosen currency when it still has refunds, else
    /// shows the first currency of the totals that has any.
    void setReports(const Report &overTime, const Report &byReason);
    /// No charts, and a line saying there is nothing to chart.
    void clear();

    /// The currencies with refunds, in the order of the totals; the chooser's entries.
    QStringList currencies() const;
    /// The currency both charts show, lower-case; empty when there is none.
    QString currency() const;
    /// Shows `code`'s refunds; false, changing nothing, when it has none in the reports.
    bool setCurrency(const QString &code);

    /// A bucket's label on the time axis, short enough to stand under its bar: "1 Mar" for
    /// day 2026-03-01, "W09" for week 2026-W09, "Mar 2026" for month 2026-03, in the locale.
    static QString axisLabel(ReportGroup group, const QString &bucket,
                             const QLocale &locale = QLocale());

    QChart *timeChart() const;
    QChart *reasonChart() const;
    /// Whether the time chart is drawn as bars (false: a line).
    bool timeChartIsBars() const;
    /// The values the charts draw for the shown currency, in minor units: one per bucket of
    /// the period (0 where it had no refunds) and one per reason in the byReason report's
    /// order. For tests and for the accessible description.
    QList<qint64> timeAmounts() const;
    QList<qint64> reasonAmounts() const;
    /// The category labels: each bucket's label, each reason's as ReportText::groupLabel.
    QStringList timeLabels() const;
    QStringList reasonLabels() const;

Q_SIGNALS:
    void currencyChanged(const QString &code);

private:
    void rebuild();
    void rebuildTimeChart(int exponent);
    void rebuildReasonChart(int exponent);
    void selectCurrency(const QString &code);
    void showTip(const QString &label, qint64 amount, qint64 count);
    QChartView *createChartView(const QString &name, const QString &accessibleName,
                                QGraphicsSimpleTextItem *&emptyText);

    QComboBox *m_currencyBox = nullptr;
    QLabel *m_totalLabel = nullptr;
    QChartView *m_timeView = nullptr;
    QChartView *m_reasonView = nullptr;
    // The centred line each chart shows when it has nothing to draw.
    QGraphicsSimpleTextItem *m_timeEmpty = nullptr;
    QGraphicsSimpleTextItem *m_reasonEmpty = nullptr;

    Report m_overTime;
    Report m_byReason;
    QList<ReportBucket> m_buckets; ///< the x axis of the time chart; empty when not by time
    QStringList m_currencies;
    QString m_currency;

    // What the charts show for m_currency, in the order drawn.
    bool m_timeIsBars = false;
    QStringList m_timeLabels;
    QList<qint64> m_timeAmounts;
    QList<qint64> m_timeCounts;
    QList<qint64> m_timeX; ///< each bucket's position on the line chart's date axis, in ms
    QStringList m_reasonLabels;
    QList<qint64> m_reasonAmounts;
    QList<qint64> m_reasonCounts;
};

} // namespace RefundDesk
