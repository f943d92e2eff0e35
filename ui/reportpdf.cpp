#include "reportpdf.h"

#include "money/money.h"
#include "reportchart.h"
#include "reporttext.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>

namespace RefundDesk {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::ReportPdf)
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Qt's rich text: lengths in px are 1/96 inch, scaled to the PDF's resolution by the layout.
const char *const styleSheet = "h1 { font-size: 17pt; font-weight: bold; margin-bottom: 6px; }"
                               "h2 { font-size: 11.5pt; font-weight: bold; margin-top: 14px;"
                               "     margin-bottom: 5px; }"
                               "td.key { color: #555555; padding-right: 10px; }"
                               "table.data th { background-color: #e6e9ee; font-weight: bold; }"
                               "p.empty { color: #555555; font-style: italic; }";

/// Every other row shaded, so a long table reads across without rules between the rows.
QString rowStart(qsizetype index)
{
    return index % 2 == 1 ? QStringLiteral("<tr bgcolor=\"#f2f4f6\">") : QStringLiteral("<tr>");
}

/// A header cell, or a data cell; numbers align right.
QString cell(const QString &text, bool number, const char *tag = "td")
{
    return QStringLiteral("<%1 align=\"%2\">%3</%1>")
        .arg(QLatin1String(tag), number ? QStringLiteral("right") : QStringLiteral("left"), text);
}

QString headerHtml(const Report &report, const ReportPdfOptions &options, const QString &title)
{
    const ReportQuery &query = report.query;
    const auto line = [](const QString &key, const QString &value) {
        return QStringLiteral("<tr><td class=\"key\">%1</td><td>%2</td></tr>")
            .arg(escaped(key), escaped(value));
    };
    QString html = QStringLiteral("<h1>%1</h1><table class=\"meta\" cellspacing=\"0\" "
                                  "cellpadding=\"1\">")
                       .arg(escaped(title));
    html += line(Tr::tr("Period"), ReportText::period(query, options.locale));
    html += line(Tr::tr("Refunds counted"), ReportText::timeBasis(query.time));
    html += line(Tr::tr("Grouped by"), ReportText::grouping(query.groupBy));
    for (const auto &[name, values] : ReportText::filters(query))
        html += line(name, values);
    if (options.ranAt.isValid()) {
        const QString when = ReportText::runTime(options.ranAt, query.timeZone, options.locale);
        html += line(Tr::tr("Run"),
                     options.ranBy.isEmpty() ? when : Tr::tr("%1 by %2").arg(when, options.ranBy));
    } else if (!options.ranBy.isEmpty()) {
        html += line(Tr::tr("Run by"), options.ranBy);
    }
    return html + QStringLiteral("</table>");
}

QString totalsHtml(const Report &report, const QLocale &locale)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(escaped(Tr::tr("Totals per currency")));
    if (report.totals.isEmpty()) {
        return html
            + QStringLiteral("<p class=\"empty\">%1</p>")
                  .arg(escaped(Tr::tr("No refunds and no guaranteed volume in this period.")));
    }
    html += QStringLiteral("<table class=\"data\" width=\"100%\" cellspacing=\"0\" "
                           "cellpadding=\"4\"><thead><tr>")
        + cell(escaped(Tr::tr("Currency")), false, "th")
        + cell(escaped(Tr::tr("Refunds")), true, "th")
        + cell(escaped(Tr::tr("Refunded")), true, "th")
        + cell(escaped(Tr::tr("Average")), true, "th")
        + cell(escaped(Tr::tr("Guaranteed")), true, "th")
        + cell(escaped(Tr::tr("Refund rate")), true, "th") + QStringLiteral("</tr></thead>");
    for (qsizetype i = 0; i < report.totals.size(); ++i) {
        const ReportTotal &total = report.totals.at(i);
        html += rowStart(i) + cell(escaped(total.currency.toUpper()), false)
            + cell(escaped(locale.toString(total.count)), true)
            + cell(escaped(formatMoney(total.amount, total.currency, locale)), true)
            + cell(escaped(formatMoney(total.average(), total.currency, locale)), true)
            + cell(escaped(formatMoney(total.guaranteed, total.currency, locale)), true)
            + cell(escaped(ReportText::rate(total.refundRateBasisPoints(), locale)), true)
            + QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString rowsHtml(const Report &report, const QLocale &locale)
{
    const ReportGroup group = report.query.groupBy;
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(escaped(Tr::tr("Refunds by %1").arg(ReportText::grouping(group))));
    html += QStringLiteral("<table class=\"data\" width=\"100%\" cellspacing=\"0\" "
                           "cellpadding=\"3\"><thead><tr>")
        + cell(escaped(ReportText::groupHeading(group)), false, "th")
        + cell(escaped(Tr::tr("Currency")), false, "th")
        + cell(escaped(Tr::tr("Refunds")), true, "th") + cell(escaped(Tr::tr("Amount")), true, "th")
        + QStringLiteral("</tr></thead>");
    for (qsizetype i = 0; i < report.rows.size(); ++i) {
        const ReportRow &row = report.rows.at(i);
        html += rowStart(i) + cell(escaped(ReportText::groupLabel(group, row.group)), false)
            + cell(escaped(row.currency.toUpper()), false)
            + cell(escaped(locale.toString(row.count)), true)
            + cell(escaped(formatMoney(row.amount, row.currency, locale)), true)
            + QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

/// Title, period and filters, totals, one chart per currency, then the rows, laid out on
/// pages of `pageSize` device units of the layout's paint device.
void buildDocument(QTextDocument &document, const Report &report, const ReportPdfOptions &options,
                   const QString &title, QSizeF pageSize)
{
    document.setDefaultFont(ReportChart::font(9));
    document.setDefaultStyleSheet(QString::fromLatin1(styleSheet));
    document.setDocumentMargin(0);
    document.setPageSize(pageSize);

    QTextCursor cursor(&document);
    cursor.insertHtml(headerHtml(report, options, title) + totalsHtml(report, options.locale));
    if (report.rows.isEmpty()) {
        cursor.insertHtml(
            QStringLiteral("<p class=\"empty\">%1</p>")
                .arg(escaped(Tr::tr("No refunds in this period match the filters."))));
        return;
    }

    // By currency, each currency's chart would be one bar: the totals already say it, and
    // bars of different currencies side by side would invite comparing them.
    if (report.query.groupBy != ReportGroup::Currency) {
        auto *chart = new ReportChart(report, options.locale, &document);
        document.documentLayout()->registerHandler(ReportChart::objectType, chart);
        cursor.insertHtml(QStringLiteral("<h2>%1</h2>")
                              .arg(escaped(Tr::tr("Refunded amount by %1")
                                               .arg(ReportText::grouping(report.query.groupBy)))));
        const QPaintDevice *device = document.documentLayout()->paintDevice();
        const QSizeF chartSize(pageSize.width(), 44.0 * device->logicalDpiY() / 25.4);
        for (const QString &currency : chart->currencies()) {
            cursor.insertBlock();
            cursor.insertText(QString(QChar::ObjectReplacementCharacter),
                              ReportChart::format(currency, chartSize));
        }
    }
    cursor.insertBlock();
    cursor.insertHtml(rowsHtml(report, options.locale));
}

} // namespace

Result<void> writeReportPdf(const Report &report, QIODevice &device,
                            const ReportPdfOptions &options)
{
    const QString title = options.title.isEmpty() ? ReportText::defaultTitle() : options.title;
    QPdfWriter writer(&device);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(16, 14, 16, 10), QPageLayout::Millimeter));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("RefundDesk " REFUNDDESK_VERSION));

    // The footer takes the bottom of each page's printable area; the document the rest.
    const QFont footerFont = ReportChart::font(7.5);
    const qreal footerHeight = QFontMetricsF(footerFont, &writer).height() * 2;
    const QSizeF page(writer.width(), writer.height() - footerHeight);

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    buildDocument(document, report, options, title, page);

    QPainter painter;
    if (!painter.begin(&writer))
        return Error::storage(Tr::tr("Cannot start the PDF report."));
    const int pages = document.pageCount();
    QString footer = title;
    if (options.ranAt.isValid())
        footer += QStringLiteral(" · ")
            + ReportText::runTime(options.ranAt, report.query.timeZone, options.locale);
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -page.height() * index);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page.height() * index, page.width(), page.height());
        // The layout draws every line the clip touches whole; a chart pushed onto the next
        // page starts right at this page's end and must not spill over the footer.
        painter.setClipRect(context.clip);
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF footerRect(0, page.height(), page.width(), footerHeight);
        const QString pageText = Tr::tr("Page %1 of %2").arg(index + 1).arg(pages);
        const QFontMetricsF metrics(footerFont, &writer);
        const qreal room = page.width() - metrics.horizontalAdvance(pageText) - metrics.height();
        painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignBottom,
                         metrics.elidedText(footer, Qt::ElideRight, room));
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignBottom, pageText);
    }
    if (!painter.end())
        return Error::storage(Tr::tr("Cannot finish the PDF report."));
    return {};
}

Result<void> writeReportPdf(const Report &report, const QString &path,
                            const ReportPdfOptions &options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::storage(Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (auto written = writeReportPdf(report, file, options); !written) {
        file.cancelWriting();
        return written.error();
    }
    if (!file.commit())
        return Error::storage(Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace RefundDesk
