// refunddesk-cli report, end to end: a small database built through the command line (an
// import of usd, jpy and kwd payments, then refunds reported as refunded at chosen times
// around month ends and a daylight-saving change), reported as CSV (parsed back and compared
// with hand-computed rows), JSON and PDF; the options it refuses; a viewer running it; and
// the audit trail noting every report that left the desk.

#include "clirunner.h"
#include "clisignin.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace RefundDesk::Testing;
using namespace Qt::StringLiterals;

namespace {

using Table = QList<QStringList>;

qint64 utc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate).toSecsSinceEpoch();
}

QJsonObject money(const QString &currency, qint64 value)
{
    return {{u"currency"_s, currency}, {u"value"_s, value}};
}

/// A paid payment record and its guaranteed attempt, as the API writes them.
QJsonArray payment(const QString &name, const QString &currency, qint64 amount,
                   const QString &created)
{
    const QString record = u"pr_report_"_s + name, attempt = u"par_report_"_s + name;
    const QJsonObject recordObject {
        {u"object"_s, u"payment_record"_s},
        {u"id"_s, record},
        {u"amount_requested"_s, money(currency, amount)},
        {u"amount_authorized"_s, money(currency, amount)},
        {u"amount_guaranteed"_s, money(currency, amount)},
        {u"amount_refunded"_s, money(currency, 0)},
        {u"created"_s, utc(created)},
        {u"livemode"_s, true},
        {u"description"_s, u"Report test "_s + name},
        {u"latest_payment_attempt_record"_s, attempt},
    };
    const QJsonObject attemptObject {
        {u"object"_s, u"payment_attempt_record"_s},
        {u"id"_s, attempt},
        {u"payment_record"_s, record},
        {u"outcome"_s, u"guaranteed"_s},
        {u"amount_requested"_s, money(currency, amount)},
        {u"amount_guaranteed"_s, money(currency, amount)},
        {u"created"_s, utc(created)},
    };
    return {recordObject, attemptObject};
}

/// RFC 4180 as the report writes it: quoted fields, doubled quotes, CRLF line ends.
Table parseCsv(const QByteArray &bytes, QChar separator = u',')
{
    const QString text = QString::fromUtf8(bytes);
    Table rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == separator) {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

const QStringList header {
    u"kind"_s,
    u"group"_s,
    u"currency"_s,
    u"count"_s,
    u"amount_minor"_s,
    u"amount"_s,
    u"average_minor"_s,
    u"average"_s,
    u"guaranteed_minor"_s,
    u"guaranteed"_s,
    u"refund_rate_percent"_s,
};

QStringList row(const QString &group, const QString &currency, int count, qint64 minor,
                const QString &decimal)
{
    return {
        u"row"_s, group, currency, QString::number(count), QString::number(minor), decimal, {}, {},
        {},       {},    {}};
}

QStringList total(const QString &currency, const QStringList &figures)
{
    return QStringList {u"total"_s, {}, currency} + figures;
}

// The totals of January to March 2025 in UTC by refund time; every payment but one was
// created in it. usd: 1250 + 3000 + 5550 + 100 = 9900 over 4 refunds, average 2475, against
// 100000 + 5550 guaranteed: 9900 * 10000 / 105550 = 937.9 basis points, so 9.38%.
const Table quarterTotals {
    total(u"jpy"_s,
          {u"1"_s, u"5550"_s, u"5550"_s, u"5550"_s, u"5550"_s, u"20000"_s, u"20000"_s, u"27.75"_s}),
    total(u"kwd"_s,
          {u"1"_s, u"5550"_s, u"5.550"_s, u"5550"_s, u"5.550"_s, u"50000"_s, u"50.000"_s,
           u"11.10"_s}),
    total(u"usd"_s,
          {u"4"_s, u"9900"_s, u"99.00"_s, u"2475"_s, u"24.75"_s, u"105550"_s, u"1055.50"_s,
           u"9.38"_s}),
};

const QStringList quarter {u"--from"_s,     u"2025-01-01"_s, u"--to"_s,
                           u"2025-03-31"_s, u"--time"_s,     u"refunded"_s};

} // namespace

class tst_CliReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void csv_data();
    void csv();
    void csvForSpreadsheets();
    void json();
    void pdf();
    void badOptions_data();
    void badOptions();
    void failedWriteLeavesNothing();
    void viewerRunsReports();
    void auditNotesEveryReport();
    void helpAndOverview();

private:
    CliRun cli(const QStringList &arguments) const { return runCli(arguments, m_environment); }
    QJsonArray reportEvents(const QString &user = {}) const;

    QTemporaryDir m_templateDir;
    QString m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcessEnvironment m_environment;
};

void tst_CliReport::initTestCase()
{
    QVERIFY(m_templateDir.isValid());
    m_template = m_templateDir.filePath(u"template.sqlite"_s);
    m_environment = cliEnvironment(m_template, m_templateDir.path());

    // Four payments of January 2025 and one of December 2024, outside the quarter's
    // guaranteed volume.
    QJsonArray objects;
    for (const QJsonArray &pair :
         {payment(u"usd1"_s, u"usd"_s, 100000, u"2025-01-10T12:00:00Z"_s),
          payment(u"usd2"_s, u"usd"_s, 5550, u"2025-01-10T12:00:00Z"_s),
          payment(u"jpy1"_s, u"jpy"_s, 20000, u"2025-01-10T12:00:00Z"_s),
          payment(u"kwd1"_s, u"kwd"_s, 50000, u"2025-01-10T12:00:00Z"_s),
          payment(u"usdold"_s, u"usd"_s, 10000, u"2024-12-20T00:00:00Z"_s)}) {
        for (const QJsonValue &object : pair)
            objects << object;
    }
    const QString importFile = m_templateDir.filePath(u"payments.json"_s);
    QFile file(importFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(objects).toJson());
    file.close();
    const CliRun imported = cli({u"import"_s, importFile});
    QVERIFY2(imported.exitCode == 0, imported.describe());

    // Refunds reported as refunded at chosen times. In Europe/Berlin the first falls on
    // 1 March (UTC+1) and the third on 1 April (UTC+2 from 30 March).
    const QList<QStringList> refunds {
        {u"usd1"_s, u"12.50"_s, u"requested_by_customer"_s, u"2025-02-28T23:30:00Z"_s},
        {u"usd1"_s, u"30.00"_s, u"duplicate"_s, u"2025-03-15T10:00:00Z"_s},
        {u"usd2"_s, u"55.50"_s, {}, u"2025-03-31T22:30:00Z"_s},
        {u"jpy1"_s, u"5550"_s, u"fraudulent"_s, u"2025-03-01T00:00:00Z"_s},
        {u"kwd1"_s, u"5.550"_s, u"requested_by_customer"_s, u"2025-03-20T08:00:00Z"_s},
        {u"usdold"_s, u"1.00"_s, u"requested_by_customer"_s, u"2025-03-10T00:00:00Z"_s},
    };
    int reference = 0;
    for (const QStringList &refund : refunds) {
        QStringList arguments {u"refund"_s,
                               u"pr_report_"_s + refund.at(0),
                               u"--amount"_s,
                               refund.at(1),
                               u"--reported"_s,
                               u"--reference"_s,
                               u"PSP-REPORT-%1"_s.arg(++reference),
                               u"--refunded-at"_s,
                               refund.at(3)};
        if (!refund.at(2).isEmpty())
            arguments << u"--reason"_s << refund.at(2);
        const CliRun run = cli(arguments);
        QVERIFY2(run.exitCode == 0, run.describe());
    }
    // Still pending, so never refunded: only a report by creation time has it.
    const CliRun pending = cli({u"refund"_s, u"pr_report_jpy1"_s, u"--amount"_s, u"1000"_s});
    QVERIFY2(pending.exitCode == 0, pending.describe());
}

void tst_CliReport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString db = m_dir->filePath(u"refunddesk.sqlite"_s);
    QVERIFY(QFile::copy(m_template, db));
    m_environment = cliEnvironment(db, m_dir->path());
}

QJsonArray tst_CliReport::reportEvents(const QString &user) const
{
    const CliRun run =
        runAs(user, {u"audit"_s, u"--action"_s, u"report"_s, u"--json"_s}, m_environment);
    return run.exitCode == 0 ? jsonOf(run).value(u"data"_s).toArray() : QJsonArray {};
}

void tst_CliReport::csv_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("toStandardOutput");
    QTest::addColumn<Table>("expected");

    QTest::newRow("quarter by month, UTC")
        << quarter + QStringList {u"--group-by"_s, u"month"_s} << false
        << Table {row(u"2025-02"_s, u"usd"_s, 1, 1250, u"12.50"_s),
                  row(u"2025-03"_s, u"jpy"_s, 1, 5550, u"5550"_s),
                  row(u"2025-03"_s, u"kwd"_s, 1, 5550, u"5.550"_s),
                  row(u"2025-03"_s, u"usd"_s, 3, 8650, u"86.50"_s)}
            + quarterTotals;
    QTest::newRow("quarter by month to standard output")
        << quarter + QStringList {u"--group-by"_s, u"month"_s} << true
        << Table {row(u"2025-02"_s, u"usd"_s, 1, 1250, u"12.50"_s),
                  row(u"2025-03"_s, u"jpy"_s, 1, 5550, u"5550"_s),
                  row(u"2025-03"_s, u"kwd"_s, 1, 5550, u"5.550"_s),
                  row(u"2025-03"_s, u"usd"_s, 3, 8650, u"86.50"_s)}
            + quarterTotals;
    // In Berlin the 23:30 UTC refund of 28 February is on 1 March, and the one of 31 March
    // at 22:30 UTC is on 1 April, after the period: usd 1250 + 3000 + 100 = 4350, 4.12%.
    QTest::newRow("quarter by month, Europe/Berlin")
        << quarter + QStringList {u"--group-by"_s, u"month"_s, u"--tz"_s, u"Europe/Berlin"_s}
        << false
        << Table {row(u"2025-03"_s, u"jpy"_s, 1, 5550, u"5550"_s),
                  row(u"2025-03"_s, u"kwd"_s, 1, 5550, u"5.550"_s),
                  row(u"2025-03"_s, u"usd"_s, 3, 4350, u"43.50"_s),
                  quarterTotals.at(0),
                  quarterTotals.at(1),
                  total(u"usd"_s,
                        {u"3"_s, u"4350"_s, u"43.50"_s, u"1450"_s, u"14.50"_s, u"105550"_s,
                         u"1055.50"_s, u"4.12"_s})};
    QTest::newRow("quarter by reason")
        << quarter + QStringList {u"--group-by"_s, u"reason"_s} << false
        << Table {row(u"duplicate"_s, u"usd"_s, 1, 3000, u"30.00"_s),
                  row(u"fraudulent"_s, u"jpy"_s, 1, 5550, u"5550"_s),
                  row(u"none"_s, u"usd"_s, 1, 5550, u"55.50"_s),
                  row(u"requested_by_customer"_s, u"kwd"_s, 1, 5550, u"5.550"_s),
                  row(u"requested_by_customer"_s, u"usd"_s, 2, 1350, u"13.50"_s)}
            + quarterTotals;
    // Filters narrow the refunds, not the guaranteed volume: 8550 * 10000 / 105550 = 810.0.
    QTest::newRow("filtered by currency and reasons")
        << quarter + QStringList {u"--group-by"_s, u"currency"_s, u"--currency"_s, u"USD"_s,
                                  u"--reason"_s,   u"none"_s,     u"--reason"_s,   u"duplicate"_s}
        << false
        << Table {row(u"usd"_s, u"usd"_s, 2, 8550, u"85.50"_s),
                  total(u"usd"_s,
                        {u"2"_s, u"8550"_s, u"85.50"_s, u"4275"_s, u"42.75"_s, u"105550"_s,
                         u"1055.50"_s, u"8.10"_s})};
    // Two whole days across the month's end; nothing was guaranteed in them, so no rate.
    QTest::newRow("two days by day")
        << QStringList {u"--from"_s, u"2025-02-28"_s, u"--to"_s,       u"2025-03-01"_s,
                        u"--time"_s, u"refunded"_s,   u"--group-by"_s, u"day"_s}
        << false
        << Table {
               row(u"2025-02-28"_s, u"usd"_s, 1, 1250, u"12.50"_s),
               row(u"2025-03-01"_s, u"jpy"_s, 1, 5550, u"5550"_s),
               total(u"jpy"_s,
                     {u"1"_s, u"5550"_s, u"5550"_s, u"5550"_s, u"5550"_s, u"0"_s, u"0"_s, {}}),
               total(
                   u"usd"_s,
                   {u"1"_s, u"1250"_s, u"12.50"_s, u"1250"_s, u"12.50"_s, u"0"_s, u"0.00"_s, {}})};
    // RFC 3339 bounds are instants, the end left out: Berlin's first two hours of April.
    QTest::newRow("RFC 3339 bounds with an offset")
        << QStringList {u"--from"_s,     u"2025-04-01T00:00:00+02:00"_s,
                        u"--to"_s,       u"2025-04-01T02:00:00+02:00"_s,
                        u"--time"_s,     u"refunded"_s,
                        u"--group-by"_s, u"currency"_s}
        << false
        << Table {
               row(u"usd"_s, u"usd"_s, 1, 5550, u"55.50"_s),
               total(
                   u"usd"_s,
                   {u"1"_s, u"5550"_s, u"55.50"_s, u"5550"_s, u"55.50"_s, u"0"_s, u"0.00"_s, {}})};
    // Every refund was created today; by creation time the pending one counts too.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QTest::newRow("created today, by status")
        << QStringList {u"--from"_s,     today.addDays(-1).toString(Qt::ISODate),
                        u"--to"_s,       today.addDays(1).toString(Qt::ISODate),
                        u"--group-by"_s, u"status"_s}
        << false
        << Table {
               row(u"pending"_s, u"jpy"_s, 1, 1000, u"1000"_s),
               row(u"succeeded"_s, u"jpy"_s, 1, 5550, u"5550"_s),
               row(u"succeeded"_s, u"kwd"_s, 1, 5550, u"5.550"_s),
               row(u"succeeded"_s, u"usd"_s, 4, 9900, u"99.00"_s),
               total(u"jpy"_s,
                     {u"2"_s, u"6550"_s, u"6550"_s, u"3275"_s, u"3275"_s, u"0"_s, u"0"_s, {}}),
               total(
                   u"kwd"_s,
                   {u"1"_s, u"5550"_s, u"5.550"_s, u"5550"_s, u"5.550"_s, u"0"_s, u"0.000"_s, {}}),
               total(
                   u"usd"_s,
                   {u"4"_s, u"9900"_s, u"99.00"_s, u"2475"_s, u"24.75"_s, u"0"_s, u"0.00"_s, {}})};
}

void tst_CliReport::csv()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, toStandardOutput);
    QFETCH(Table, expected);

    const QString file = m_dir->filePath(u"report.csv"_s);
    const CliRun run = cli(QStringList {u"report"_s} + arguments
                           + QStringList {u"--out"_s, toStandardOutput ? u"-"_s : file});
    QVERIFY2(run.exitCode == 0, run.describe());
    QByteArray bytes = run.out;
    if (!toStandardOutput) {
        QCOMPARE(run.out, QByteArray());
        QVERIFY2(run.errText().startsWith(u"Wrote a report of "_s), run.describe());
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        bytes = written.readAll();
    } else {
        QCOMPARE(run.err, QByteArray());
    }
    QVERIFY(bytes.endsWith("\r\n"));
    QCOMPARE(parseCsv(bytes), Table {header} + expected);
}

void tst_CliReport::csvForSpreadsheets()
{
    const QString file = m_dir->filePath(u"report.csv"_s);
    const CliRun run = cli(QStringList {u"report"_s} + quarter
                           + QStringList {u"--group-by"_s, u"currency"_s, u"--bom"_s,
                                          u"--separator"_s, u";"_s, u"--out"_s, file});
    QVERIFY2(run.exitCode == 0, run.describe());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFkind;group;currency;"));
    const Table table = parseCsv(bytes.mid(3), u';');
    QCOMPARE(table.first(), header);
    QCOMPARE(table.at(1), row(u"jpy"_s, u"jpy"_s, 1, 5550, u"5550"_s));
    QCOMPARE(table.last(), quarterTotals.last());
}

void tst_CliReport::json()
{
    const QString file = m_dir->filePath(u"report.json"_s);
    // The format follows the file's suffix.
    const CliRun run = cli(QStringList {u"report"_s} + quarter
                           + QStringList {u"--group-by"_s, u"agent"_s, u"--currency"_s, u"usd"_s,
                                          u"--status"_s, u"succeeded"_s, u"--out"_s, file});
    QVERIFY2(run.exitCode == 0, run.describe());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(written.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);

    QCOMPARE(report.value(u"object"_s).toString(), u"refund_report"_s);
    const QJsonObject period {{u"from"_s, utc(u"2025-01-01T00:00:00Z"_s)},
                              {u"to"_s, utc(u"2025-04-01T00:00:00Z"_s)},
                              {u"time_zone"_s, u"UTC"_s},
                              {u"time"_s, u"refunded"_s}};
    QCOMPARE(report.value(u"period"_s).toObject(), period);
    QCOMPARE(report.value(u"group_by"_s).toString(), u"agent"_s);
    const QJsonObject filters {{u"statuses"_s, QJsonArray {u"succeeded"_s}},
                               {u"reasons"_s, QJsonArray {}},
                               {u"currencies"_s, QJsonArray {u"usd"_s}},
                               {u"agents"_s, QJsonArray {}}};
    QCOMPARE(report.value(u"filters"_s).toObject(), filters);
    const QJsonArray rows {QJsonObject {{u"group"_s, u"local:tester"_s},
                                        {u"currency"_s, u"usd"_s},
                                        {u"count"_s, 4},
                                        {u"amount"_s, money(u"usd"_s, 9900)}}};
    QCOMPARE(report.value(u"rows"_s).toArray(), rows);
    const QJsonArray totals {QJsonObject {{u"currency"_s, u"usd"_s},
                                          {u"count"_s, 4},
                                          {u"amount"_s, money(u"usd"_s, 9900)},
                                          {u"average"_s, money(u"usd"_s, 2475)},
                                          {u"guaranteed"_s, money(u"usd"_s, 105550)},
                                          {u"refund_rate_basis_points"_s, 938}}};
    QCOMPARE(report.value(u"totals"_s).toArray(), totals);
}

void tst_CliReport::pdf()
{
    const QString file = m_dir->filePath(u"november.pdf"_s);
    const CliRun run = cli(QStringList {u"report"_s} + quarter
                           + QStringList {u"--group-by"_s, u"reason"_s, u"--out"_s, file});
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.out, QByteArray());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(5) == "%PDF-");

    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed.");
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, file, u"-"_s});
    QVERIFY(pdftotext.waitForFinished(30000));
    QCOMPARE(pdftotext.exitCode(), 0);
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    // The command line formats for the C locale (LC_ALL=C.UTF-8 in the tests).
    for (const QString &expected : {
             u"Refund report"_s,
             u"Wednesday, 1 January 2025 to Monday, 31 March 2025, both included (UTC)"_s,
             u"by local:tester"_s,
             u"JPY 1 ¥5,550 ¥5,550 ¥20,000 27.75%"_s,
             u"KWD 1 KWD 5.550 KWD 5.550 KWD 50.000 11.10%"_s,
             u"USD 4 $99.00 $24.75 $1,055.50 9.38%"_s,
             u"Requested by customer USD 2 $13.50"_s,
             u"No reason USD 1 $55.50"_s,
         })
        QVERIFY2(text.contains(expected), qPrintable(expected + u"\n-- not in --\n"_s + text));
}

void tst_CliReport::badOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named"); // the option the one line names

    const QStringList out {u"--out"_s, u"{dir}/bad.csv"_s};
    const auto with = [&](const QStringList &extra) {
        return quarter + extra + out;
    };
    QTest::newRow("no --from") << QStringList {u"--to"_s, u"2025-03-31"_s} + out << u"--from"_s;
    QTest::newRow("no --to") << QStringList {u"--from"_s, u"2025-03-01"_s} + out << u"--to"_s;
    QTest::newRow("no --out") << quarter << u"--out"_s;
    QTest::newRow("no such day") << QStringList {u"--from"_s, u"2025-02-30"_s, u"--to"_s,
                                                 u"2025-03-31"_s}
            + out << u"--from \"2025-02-30\""_s;
    QTest::newRow("not a date") << QStringList {u"--from"_s, u"2025-03-01"_s, u"--to"_s, u"March"_s}
            + out << u"--to \"March\""_s;
    QTest::newRow("a time without its zone")
        << QStringList {u"--from"_s, u"2025-03-01T08:00:00"_s, u"--to"_s, u"2025-03-31"_s} + out
        << u"--from"_s;
    QTest::newRow("ends before it starts")
        << QStringList {u"--from"_s, u"2025-03-02"_s, u"--to"_s, u"2025-03-01"_s} + out
        << u"--to \"2025-03-01\""_s;
    QTest::newRow("unknown time zone")
        << with({u"--tz"_s, u"Mars/Olympus"_s}) << u"--tz \"Mars/Olympus\""_s;
    QTest::newRow("unknown time") << with({u"--time"_s, u"paid"_s}) << u"--time \"paid\""_s;
    QTest::newRow("unknown grouping")
        << with({u"--group-by"_s, u"year"_s}) << u"--group-by \"year\""_s;
    QTest::newRow("unknown status") << with({u"--status"_s, u"done"_s}) << u"--status \"done\""_s;
    QTest::newRow("unknown reason") << with({u"--reason"_s, u"angry"_s}) << u"--reason \"angry\""_s;
    QTest::newRow("unknown currency")
        << with({u"--currency"_s, u"xyz"_s}) << u"--currency \"xyz\""_s;
    QTest::newRow("unknown format") << with({u"--format"_s, u"xlsx"_s}) << u"--format \"xlsx\""_s;
    QTest::newRow("PDF to standard output")
        << quarter + QStringList {u"--format"_s, u"pdf"_s, u"--out"_s, u"-"_s} << u"--out -"_s;
    QTest::newRow("BOM for JSON") << with({u"--format"_s, u"json"_s, u"--bom"_s}) << u"--bom"_s;
    QTest::newRow("title for CSV") << with({u"--title"_s, u"Q1"_s}) << u"--title"_s;
    QTest::newRow("unknown separator")
        << with({u"--separator"_s, u"ab"_s}) << u"--separator \"ab\""_s;
    QTest::newRow("too many days") << QStringList {u"--from"_s,     u"2000-01-01"_s, u"--to"_s,
                                                   u"2025-12-31"_s, u"--time"_s,     u"refunded"_s,
                                                   u"--group-by"_s, u"day"_s}
            + out << u"--from/--to"_s;
    QTest::newRow("an argument") << with({u"november"_s}) << u"report takes no arguments"_s;
}

void tst_CliReport::badOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);

    for (QString &argument : arguments)
        argument.replace(u"{dir}"_s, m_dir->path());
    const qsizetype before = reportEvents().size();
    const CliRun run = cli(QStringList {u"report"_s} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(isOneErrorLine(run.err), run.describe());
    QVERIFY2(run.errText().contains(named), run.describe());
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(QDir(m_dir->path()).entryList({u"bad*"_s}, QDir::Files), QStringList());
    QCOMPARE(reportEvents().size(), before);
}

void tst_CliReport::failedWriteLeavesNothing()
{
    for (const QString &name : {u"report.csv"_s, u"report.pdf"_s}) {
        const QString file = m_dir->filePath(u"missing/"_s + name);
        const CliRun run =
            cli(QStringList {u"report"_s} + quarter + QStringList {u"--out"_s, file});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(isOneErrorLine(run.err), run.describe());
        QVERIFY2(run.errText().contains(file), run.describe());
        QVERIFY(!QFileInfo::exists(file));
    }
    QCOMPARE(reportEvents().size(), 0);
}

void tst_CliReport::viewerRunsReports()
{
    // The local operator adds an admin, who adds a viewer; from then on everyone signs in.
    const CliRun admin =
        runAs({}, {u"users"_s, u"add"_s, u"ada"_s, u"--role"_s, u"admin"_s, u"--password-stdin"_s},
              m_environment, passwordOf(u"ada"_s).toUtf8() + '\n');
    QVERIFY2(admin.exitCode == 0, admin.describe());
    const CliRun viewer =
        runAs(u"ada"_s,
              {u"users"_s, u"add"_s, u"vera"_s, u"--role"_s, u"viewer"_s, u"--password-stdin"_s},
              m_environment, passwordOf(u"vera"_s).toUtf8() + '\n');
    QVERIFY2(viewer.exitCode == 0, viewer.describe());

    const QString file = m_dir->filePath(u"vera.csv"_s);
    const CliRun run = runAs(u"vera"_s,
                             QStringList {u"report"_s} + quarter
                                 + QStringList {u"--group-by"_s, u"currency"_s, u"--out"_s, file},
                             m_environment);
    QVERIFY2(run.exitCode == 0, run.describe());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const Table table = parseCsv(written.readAll());
    QCOMPARE(table.mid(table.size() - 3), quarterTotals);

    const QString pdfFile = m_dir->filePath(u"vera.pdf"_s);
    const CliRun pdf =
        runAs(u"vera"_s, QStringList {u"report"_s} + quarter + QStringList {u"--out"_s, pdfFile},
              m_environment);
    QVERIFY2(pdf.exitCode == 0, pdf.describe());
    QVERIFY(QFileInfo(pdfFile).size() > 0);

    // Without signing in, the database with users refuses to report.
    const CliRun anonymous =
        cli(QStringList {u"report"_s} + quarter + QStringList {u"--out"_s, u"-"_s});
    QCOMPARE(anonymous.exitCode, 4);
    QVERIFY2(isOneErrorLine(anonymous.err), anonymous.describe());

    const QJsonArray events = reportEvents(u"ada"_s);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).toObject().value(u"actor"_s).toString(), u"vera"_s);
    QCOMPARE(events.at(0).toObject().value(u"entity_id"_s).toString(),
             QFileInfo(pdfFile).absoluteFilePath());
    QCOMPARE(events.at(1).toObject().value(u"entity_id"_s).toString(),
             QFileInfo(file).absoluteFilePath());
}

void tst_CliReport::auditNotesEveryReport()
{
    const QString file = m_dir->filePath(u"q1.json"_s);
    QCOMPARE(cli(QStringList {u"report"_s} + quarter + QStringList {u"--out"_s, file}).exitCode, 0);
    QCOMPARE(cli(QStringList {u"report"_s} + quarter
                 + QStringList {u"--group-by"_s, u"reason"_s, u"--out"_s, u"-"_s})
                 .exitCode,
             0);

    const QJsonArray events = reportEvents();
    QCOMPARE(events.size(), 2);
    const QJsonObject toOutput = events.at(0).toObject(), toFile = events.at(1).toObject();
    QCOMPARE(toOutput.value(u"action"_s).toString(), u"report"_s);
    QCOMPARE(toOutput.value(u"actor"_s).toString(), u"local:tester"_s);
    QCOMPARE(toOutput.value(u"entity_id"_s).toString(), u"-"_s);
    const QJsonObject fivePayload {{u"objects"_s, 5}, {u"personal_data"_s, u"masked"_s}};
    QCOMPARE(toOutput.value(u"payload"_s).toObject(), fivePayload);
    QCOMPARE(toFile.value(u"entity_id"_s).toString(), QFileInfo(file).absoluteFilePath());
    const QJsonObject fourPayload {{u"objects"_s, 4}, {u"personal_data"_s, u"masked"_s}};
    QCOMPARE(toFile.value(u"payload"_s).toObject(), fourPayload);

    // The event chain still verifies with the reports in it.
    const CliRun verify = cli({u"verify"_s});
    QVERIFY2(verify.exitCode == 0, verify.describe());
}

void tst_CliReport::helpAndOverview()
{
    const CliRun overview = cli({u"--help"_s});
    QVERIFY(overview.outText().contains(u"  report "_s));
    const CliRun help = cli({u"report"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const QString &option : {u"--from"_s, u"--to"_s, u"--tz"_s, u"--time"_s, u"--group-by"_s,
                                  u"--status"_s, u"--reason"_s, u"--currency"_s, u"--agent"_s,
                                  u"--format"_s, u"--bom"_s, u"--separator"_s, u"--out"_s})
        QVERIFY2(help.outText().contains(option), qPrintable(option));
}

QTEST_GUILESS_MAIN(tst_CliReport)
#include "tst_clireport.moc"
