#pragma once

#include "core/result.h"
#include "report/reportquery.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

class QIODevice;

namespace RefundDesk {

/// What a PDF report says about itself, besides the report.
struct ReportPdfOptions
{
    QString title; ///< empty: "Refund report"
    QString ranBy; ///< who ran it, e.g. the signed-in user's name
    QDateTime ranAt; ///< when it was run; shown in the report's time zone
    QLocale locale; ///< for the dates, counts and money people read
};

/// The report as an A4 PDF (DESIGN §5 "Reports"): the title, the period with its time zone
/// and which time places refunds in it, the grouping, the filters, who ran it and when; the
/// totals per currency (count, amount, average, guaranteed volume, refund rate); a bar chart
/// of the refunded amount per group for each currency, each on its own scale; and the rows.
/// Money is formatted exactly from minor units; text from the data is escaped, never markup.
/// Needs a QGuiApplication (the "offscreen" platform will do) for its fonts.
Result<void> writeReportPdf(const Report &report, QIODevice &device,
                            const ReportPdfOptions &options);

/// The same into the file at `path`, written beside it and renamed into place, so a failure
/// leaves no half file (and an existing file as it was).
Result<void> writeReportPdf(const Report &report, const QString &path,
                            const ReportPdfOptions &options);

} // namespace RefundDesk
