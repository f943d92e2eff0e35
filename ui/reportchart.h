#pragma once

#include "report/reportquery.h"

#include <QFont>
#include <QHash>
#include <QLocale>
#include <QObject>
#include <QStringList>
#include <QTextFormat>
#include <QTextObjectInterface>

class QPainter;

namespace RefundDesk {

/// Bar charts of a report's refunded amount per group, drawn with QPainter inside a
/// QTextDocument, so they print as vector graphics wherever the document is painted (the
/// PDF). One chart per currency, each on its own scale: amounts in different currencies are
/// never added up or compared. Bar lengths are geometry, computed from the exact amounts.
class ReportChart final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    /// The object type to register the chart with (QAbstractTextDocumentLayout).
    static constexpr int objectType = QTextFormat::UserObject + 1;

    ReportChart(const Report &report, const QLocale &locale, QObject *parent = nullptr);

    /// The currencies with refunds in the report, in the order of its totals: one chart each.
    QStringList currencies() const { return m_currencies; }
    /// The report's sans-serif font at `points`, without ligatures, so that text copied or
    /// searched in the PDF reads "fi" as the two letters it is.
    static QFont font(qreal points);
    /// The character format of one chart of `size`, in the layout's device units.
    static QTextCharFormat format(const QString &currency, QSizeF size);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

    /// Draws the chart of `currency` into `rect` of the painter's device.
    void draw(QPainter &painter, const QRectF &rect, const QString &currency) const;

private:
    enum Property {
        CurrencyProperty = QTextFormat::UserProperty + 1,
        WidthProperty,
        HeightProperty,
    };

    ReportGroup m_group = ReportGroup::Month;
    QLocale m_locale;
    QStringList m_groups; ///< the x axis: every bucket of a grouping by time, else each group
    QStringList m_currencies;
    QHash<QString, QList<qint64>> m_amounts; ///< by currency, in the order of m_groups
};

} // namespace RefundDesk
