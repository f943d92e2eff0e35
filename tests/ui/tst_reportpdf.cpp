// The PDF report writer on hand-made reports, no store: a valid PDF whose text (pdftotext)
// has the title, the period, every total exactly as formatted, one chart per currency, and
// text from the data shown literally, never read as markup.

#include "reportpdf.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace RefundDesk;
using namespace Qt::StringLiterals;

namespace {

qint64 midnight(int year, int month, int day, const QByteArray &zone)
{
    return QDate(year, month, day).startOfDay(QTimeZone(zone)).toSecsSinceEpoch();
}

/// November 2026 in Berlin by agent, with usd, jpy and kwd refunds; one agent's name is
/// markup and one currency had nothing guaranteed in the period.
Report agentReport()
{
    Report report;
    report.query.from = midnight(2026, 11, 1, "Europe/Berlin");
    report.query.to = midnight(2026, 12, 1, "Europe/Berlin");
    report.query.timeZone = "Europe/Berlin";
    report.query.time = ReportTime::Refunded;
    report.query.groupBy = ReportGroup::Agent;
    report.query.statuses = {RefundStatus::Succeeded};
    report.query.agents = {u"<b>&\"x\""_s, u"ada"_s};
    report.rows = {
        {u"<b>&\"x\""_s, u"jpy"_s, 1, 5550},
        {u"<b>&\"x\""_s, u"usd"_s, 2, 5550},
        {u"ada"_s, u"kwd"_s, 3, 5550},
        {u"ada"_s, u"usd"_s, 1, 123456},
    };
    report.totals = {
        {u"jpy"_s, 1, 5550, 11100},
        {u"kwd"_s, 3, 5550, 0},
        {u"usd"_s, 3, 129006, 1000000},
    };
    return report;
}

/// pdftotext's text of the file, whitespace runs made one space; empty when it fails.
QString pdfText(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace

class tst_ReportPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void totalsAndText_data();
    void totalsAndText();
    void customTitleAndPeriodTimes();
    void emptyReport();
    void longReportPaginates();
    void failedWriteLeavesNoFile();

private:
    QString write(const Report &report, const ReportPdfOptions &options);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ReportPdf::init()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed.");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // To look at the PDFs: REFUNDDESK_KEEP_PDF=1 keeps each test's folder and names it.
    if (qEnvironmentVariableIsSet("REFUNDDESK_KEEP_PDF")) {
        m_dir->setAutoRemove(false);
        qInfo("%s: %s", QTest::currentTestFunction(), qPrintable(m_dir->path()));
    }
}

QString tst_ReportPdf::write(const Report &report, const ReportPdfOptions &options)
{
    const QString path = m_dir->filePath(u"report.pdf"_s);
    const auto written = writeReportPdf(report, path, options);
    if (!written)
        qWarning("%s", qPrintable(written.error().message));
    QFile file(path);
    if (!written || !file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith("%PDF-") || !bytes.trimmed().endsWith("%%EOF"))
        return {};
    return path;
}

void tst_ReportPdf::totalsAndText_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QStringList>("expected");

    // Hand-written: usd 129006 is $1,290.06, its average 129006 / 3 = 43002, its rate
    // 129006 / 1000000 = 1290.06 bp, so 12.90%; jpy 5550 / 11100 is 50.00%; kwd has no rate.
    QTest::newRow("C") << QLocale::c()
                       << QStringList {
                              u"Refund report"_s,
                              u"Sunday, 1 November 2026 to Monday, 30 November 2026, both "
                              "included (Europe/Berlin)"_s,
                              u"when the processor refunded them"_s,
                              u"Grouped by agent"_s,
                              u"Statuses Succeeded"_s,
                              u"Agents <b>&\"x\", ada"_s,
                              u"Run Sunday, 6 December 2026 10:30:00 (Europe/Berlin) by vera"_s,
                              u"JPY 1 ¥5,550 ¥5,550 ¥11,100 50.00%"_s,
                              u"KWD 3 KWD 5.550 KWD 1.850 KWD 0.000 —"_s,
                              u"USD 3 $1,290.06 $430.02 $10,000.00 12.90%"_s,
                              u"<b>&\"x\" JPY 1 ¥5,550"_s,
                              u"<b>&\"x\" USD 2 $55.50"_s,
                              u"ada USD 1 $1,234.56"_s,
                              u"USD: refunded amount by agent"_s,
                              u"JPY: refunded amount by agent"_s,
                              u"KWD: refunded amount by agent"_s,
                              u"Page 1 of"_s,
                          };
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany)
                            << QStringList {
                                   u"Sonntag, 1. November 2026 to Montag, 30. November 2026"_s,
                                   u"JPY 1 ¥5.550 ¥5.550 ¥11.100 50,00%"_s,
                                   u"KWD 3 KWD 5,550 KWD 1,850 KWD 0,000 —"_s,
                                   u"USD 3 $1.290,06 $430,02 $10.000,00 12,90%"_s,
                               };
}

void tst_ReportPdf::totalsAndText()
{
    QFETCH(QLocale, locale);
    QFETCH(QStringList, expected);

    ReportPdfOptions options;
    options.ranBy = u"vera"_s;
    options.ranAt = QDateTime(QDate(2026, 12, 6), QTime(9, 30), QTimeZone::utc());
    options.locale = locale;
    const QString path = write(agentReport(), options);
    QVERIFY(!path.isEmpty());
    const QString text = pdfText(path);
    QVERIFY(!text.isEmpty());
    for (const QString &piece : expected)
        QVERIFY2(text.contains(piece), qPrintable(piece + u"\n-- not in --\n"_s + text));
    // Markup from the data is shown, not applied: the escaped form never reaches the text.
    QVERIFY(!text.contains(u"&amp;"_s));
    QVERIFY(!text.contains(u"&lt;"_s));
}

void tst_ReportPdf::customTitleAndPeriodTimes()
{
    Report report = agentReport();
    report.query.timeZone = "UTC";
    report.query.from =
        QDateTime(QDate(2026, 11, 1), QTime(6, 0), QTimeZone::utc()).toSecsSinceEpoch();
    report.query.to =
        QDateTime(QDate(2026, 11, 1), QTime(18, 0), QTimeZone::utc()).toSecsSinceEpoch();
    report.query.groupBy = ReportGroup::Currency;
    report.rows = {{u"usd"_s, u"usd"_s, 3, 129006}};
    report.totals = {{u"usd"_s, 3, 129006, 0}};
    ReportPdfOptions options;
    options.title = u"Refunds <Q4> & more"_s;
    options.locale = QLocale::c();
    const QString text = pdfText(write(report, options));
    QVERIFY2(text.contains(u"Refunds <Q4> & more"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Sunday, 1 November 2026 06:00:00 UTC up to Sunday, 1 November 2026 "
                           "18:00:00 UTC, not included (UTC)"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"USD 3 $1,290.06 $430.02 $0.00 —"_s), qPrintable(text));
    QVERIFY(!text.contains(u"Refund report"_s));
    // By currency there is no chart: it would set bars of different currencies side by side.
    QVERIFY(!text.contains(u"refunded amount by"_s, Qt::CaseInsensitive));
}

void tst_ReportPdf::emptyReport()
{
    Report report = agentReport();
    report.rows.clear();
    report.totals = {{u"usd"_s, 0, 0, 250000}};
    ReportPdfOptions options;
    options.locale = QLocale::c();
    const QString text = pdfText(write(report, options));
    QVERIFY2(text.contains(u"USD 0 $0.00 $0.00 $2,500.00 0.00%"_s), qPrintable(text));
    QVERIFY2(text.contains(u"No refunds in this period match the filters."_s), qPrintable(text));
    QVERIFY(!text.contains(u"refunded amount by"_s));
}

void tst_ReportPdf::longReportPaginates()
{
    // A quarter by day in two currencies: 184 rows, more than a page holds.
    Report report;
    report.query.from = midnight(2026, 10, 1, "UTC");
    report.query.to = midnight(2027, 1, 1, "UTC");
    report.query.groupBy = ReportGroup::Day;
    ReportTotal usd {u"usd"_s, 0, 0, 0}, jpy {u"jpy"_s, 0, 0, 0};
    for (QDate day(2026, 10, 1); day < QDate(2027, 1, 1); day = day.addDays(1)) {
        const QString label = day.toString(Qt::ISODate);
        report.rows << ReportRow {label, u"jpy"_s, 1, 100 * day.day()}
                    << ReportRow {label, u"usd"_s, 2, 1000 + day.day()};
        jpy.count += 1;
        jpy.amount += 100 * day.day();
        usd.count += 2;
        usd.amount += 1000 + day.day();
    }
    report.totals = {jpy, usd};
    ReportPdfOptions options;
    options.locale = QLocale::c();
    const QString text = pdfText(write(report, options));
    // jpy: 100 * (sum of days of Oct, Nov, Dec = 496 + 465 + 496) = 145700; usd: 92 * 1000 + 1457.
    QVERIFY2(text.contains(u"JPY 92 ¥145,700 ¥1,584"_s), qPrintable(text));
    QVERIFY2(text.contains(u"USD 184 $934.57 $5.08"_s), qPrintable(text));
    QVERIFY2(text.contains(u"2026-12-31 USD 2 $10.31"_s), qPrintable(text));
    const QRegularExpressionMatch pages = QRegularExpression(u"Page 1 of (\\d+)"_s).match(text);
    QVERIFY(pages.hasMatch());
    QVERIFY2(pages.captured(1).toInt() >= 3, qPrintable(pages.captured(0)));
    QVERIFY(text.contains(u"Page %1 of %1"_s.arg(pages.captured(1))));
}

void tst_ReportPdf::failedWriteLeavesNoFile()
{
    const QString path = m_dir->filePath(u"missing/folder/report.pdf"_s);
    ReportPdfOptions options;
    const auto written = writeReportPdf(agentReport(), path, options);
    QVERIFY(!written);
    QCOMPARE(written.error().kind, ErrorKind::Storage);
    QVERIFY2(written.error().message.contains(path), qPrintable(written.error().message));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList());
}

QTEST_MAIN(tst_ReportPdf)
#include "tst_reportpdf.moc"
