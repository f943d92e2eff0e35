// The CSV report writer: RFC 4180 read back by an independent parser equals the source,
// whatever the names hold; decimal strings per currency exponent; the BOM and ';' options;
// formula starters neutralised.

#include "report/reportcsv.h"

#include <QTest>

Q_DECLARE_METATYPE(RefundDesk::Report)

using namespace RefundDesk;
using Qt::Literals::StringLiterals::operator""_s;

namespace {

/// A strict RFC 4180 reader, independent of the writer: records end with CRLF, fields are
/// bare or quoted, a quote inside a quoted field is doubled. Anything else fails the test
/// through `error`.
QList<QStringList> parseCsv(const QString &text, QChar separator, QString *error)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text[i] == u'"') {
            ++i;
            for (;;) {
                if (i >= n) {
                    *error = u"unterminated quoted field"_s;
                    return {};
                }
                if (text[i] == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
        } else {
            while (i < n && text[i] != separator && text[i] != u'\r' && text[i] != u'\n') {
                if (text[i] == u'"') {
                    *error = u"a quote inside a bare field at %1"_s.arg(i);
                    return {};
                }
                field += text[i++];
            }
        }
        record << field;
        field.clear();
        if (i < n && text[i] == separator) {
            ++i;
            continue;
        }
        if (text.mid(i, 2) == u"\r\n"_s) {
            i += 2;
            records << record;
            record.clear();
            continue;
        }
        *error = u"expected a separator or CRLF at %1"_s.arg(i);
        return {};
    }
    if (!record.isEmpty() || !field.isEmpty())
        *error = u"the last record does not end with CRLF"_s;
    return records;
}

QList<QStringList> parse(const QByteArray &bytes, QChar separator = u',')
{
    QString error;
    const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes), separator, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return error.isEmpty() ? records : QList<QStringList> {{u"parse error: "_s + error}};
}

const QStringList header {u"kind"_s,
                          u"group"_s,
                          u"currency"_s,
                          u"count"_s,
                          u"amount_minor"_s,
                          u"amount"_s,
                          u"average_minor"_s,
                          u"average"_s,
                          u"guaranteed_minor"_s,
                          u"guaranteed"_s,
                          u"refund_rate_percent"_s};

Report reportOf(const QList<ReportRow> &rows, const QList<ReportTotal> &totals = {})
{
    Report report;
    report.query.groupBy = ReportGroup::Agent;
    report.rows = rows;
    report.totals = totals;
    return report;
}

/// Agent names and groups as a foreign import might bring them: separators, quotes, line
/// breaks of every kind, non-Latin scripts.
const QList<ReportRow> awkwardRows {
    {u"ada"_s, u"usd"_s, 1, 5550},
    {u"Smith, John"_s, u"usd"_s, 2, 100},
    {u"the \"best\" agent"_s, u"jpy"_s, 3, 5550},
    {u"two\nlines"_s, u"kwd"_s, 4, 5550},
    {u"carriage\rreturn"_s, u"kwd"_s, 5, 1},
    {u"crlf\r\ninside"_s, u"eur"_s, 6, 7},
    {u"semi;colon"_s, u"eur"_s, 7, 8},
    {u"\"\""_s, u"usd"_s, 8, 9},
    {u"Jürgen 山田 ☃"_s, u"jpy"_s, 9, 10},
    {u" spaced "_s, u"usd"_s, 10, 11},
    {QString(), u"usd"_s, 11, 12},
};

} // namespace

class tst_ReportCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void header();
    void exactBytes();
    void roundTrip_data();
    void roundTrip();
    void decimals_data();
    void decimals();
    void totals();
    void byteOrderMark();
    void semicolon();
    void unusableSeparator();
    void formulaStarters_data();
    void formulaStarters();
};

void tst_ReportCsv::header()
{
    QCOMPARE(ReportCsv::columns(), ::header);
    const QList<QStringList> records = parse(ReportCsv::write(reportOf({})));
    QCOMPARE(records, QList<QStringList> {::header});
}

void tst_ReportCsv::exactBytes()
{
    const QByteArray csv = ReportCsv::write(
        reportOf({{u"2026-11"_s, u"usd"_s, 2, 5550}}, {{u"usd"_s, 2, 5550, 100000}}));
    QCOMPARE(csv,
             QByteArray("kind,group,currency,count,amount_minor,amount,average_minor,average,"
                        "guaranteed_minor,guaranteed,refund_rate_percent\r\n"
                        "row,2026-11,usd,2,5550,55.50,,,,,\r\n"
                        "total,,usd,2,5550,55.50,2775,27.75,100000,1000.00,5.55\r\n"));
}

void tst_ReportCsv::roundTrip_data()
{
    QTest::addColumn<QChar>("separator");
    QTest::newRow("comma") << QChar(u',');
    QTest::newRow("semicolon") << QChar(u';');
    QTest::newRow("tab") << QChar(u'\t');
}

void tst_ReportCsv::roundTrip()
{
    QFETCH(QChar, separator);
    ReportCsv::Options options;
    options.separator = separator;
    const QList<QStringList> records =
        parse(ReportCsv::write(reportOf(awkwardRows), options), separator);
    QCOMPARE(records.size(), awkwardRows.size() + 1);
    QCOMPARE(records.front(), ::header);
    for (qsizetype i = 0; i < awkwardRows.size(); ++i) {
        const ReportRow &row = awkwardRows[i];
        const QStringList &fields = records[i + 1];
        QCOMPARE(fields.size(), ::header.size());
        QCOMPARE(fields[0], u"row"_s);
        QCOMPARE(fields[1], row.group);
        QCOMPARE(fields[2], row.currency);
        QCOMPARE(fields[3].toLongLong(), row.count);
        QCOMPARE(fields[4].toLongLong(), row.amount);
    }
}

void tst_ReportCsv::decimals_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("decimal");

    QTest::newRow("jpy has no minor unit") << u"jpy"_s << 5550LL << u"5550"_s;
    QTest::newRow("usd has two decimals") << u"usd"_s << 5550LL << u"55.50"_s;
    QTest::newRow("kwd has three") << u"kwd"_s << 5550LL << u"5.550"_s;
    QTest::newRow("a usd cent") << u"usd"_s << 5LL << u"0.05"_s;
    QTest::newRow("a kwd fils") << u"kwd"_s << 1LL << u"0.001"_s;
    QTest::newRow("zero usd") << u"usd"_s << 0LL << u"0.00"_s;
    QTest::newRow("negative usd") << u"usd"_s << -5550LL << u"-55.50"_s;
    QTest::newRow("negative jpy") << u"jpy"_s << -5LL << u"-5"_s;
    QTest::newRow("no grouping in millions") << u"usd"_s << 123456789012LL << u"1234567890.12"_s;
    QTest::newRow("largest amount")
        << u"usd"_s << std::numeric_limits<qint64>::max() << u"92233720368547758.07"_s;
    QTest::newRow("smallest amount")
        << u"kwd"_s << std::numeric_limits<qint64>::min() << u"-9223372036854775.808"_s;
    QTest::newRow("unknown code: never guessed") << u"xyz"_s << 5550LL << QString();
}

void tst_ReportCsv::decimals()
{
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    QFETCH(QString, decimal);
    // ';' for comma-decimal locales changes the separator, never the decimal point.
    for (QChar separator : {QChar(u','), QChar(u';')}) {
        ReportCsv::Options options;
        options.separator = separator;
        const QList<QStringList> records =
            parse(ReportCsv::write(reportOf({{u"g"_s, currency, 1, minor}}), options), separator);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[1][4], QString::number(minor));
        QCOMPARE(records[1][5], decimal);
    }
}

void tst_ReportCsv::totals()
{
    const QList<ReportTotal> totals {
        {u"eur"_s, 0, 0, 20000}, // volume without refunds: the 0 % shows
        {u"jpy"_s, 2, 3, 0}, // nothing guaranteed: no rate
        {u"kwd"_s, 2, 5551, 100000}, // average 2775.5 rounds to 2776
        {u"usd"_s, 3, 4, 30000}, // 1, 1, 2: average 1.33 → 1; rate 0.0133 % → 0.01 %
    };
    const QList<QStringList> records = parse(ReportCsv::write(reportOf({}, totals)));
    QCOMPARE(records.size(), 5);
    QCOMPARE(records[1],
             (QStringList {u"total"_s,
                           {},
                           u"eur"_s,
                           u"0"_s,
                           u"0"_s,
                           u"0.00"_s,
                           u"0"_s,
                           u"0.00"_s,
                           u"20000"_s,
                           u"200.00"_s,
                           u"0.00"_s}));
    QCOMPARE(
        records[2],
        (QStringList {
            u"total"_s, {}, u"jpy"_s, u"2"_s, u"3"_s, u"3"_s, u"2"_s, u"2"_s, u"0"_s, u"0"_s, {}}));
    QCOMPARE(records[3],
             (QStringList {u"total"_s,
                           {},
                           u"kwd"_s,
                           u"2"_s,
                           u"5551"_s,
                           u"5.551"_s,
                           u"2776"_s,
                           u"2.776"_s,
                           u"100000"_s,
                           u"100.000"_s,
                           u"5.55"_s}));
    QCOMPARE(records[4],
             (QStringList {u"total"_s,
                           {},
                           u"usd"_s,
                           u"3"_s,
                           u"4"_s,
                           u"0.04"_s,
                           u"1"_s,
                           u"0.01"_s,
                           u"30000"_s,
                           u"300.00"_s,
                           u"0.01"_s}));
}

void tst_ReportCsv::byteOrderMark()
{
    const Report report = reportOf({{u"Jürgen"_s, u"eur"_s, 1, 1}});
    ReportCsv::Options options;
    const QByteArray plain = ReportCsv::write(report, options);
    QVERIFY(plain.startsWith("kind,"));
    options.byteOrderMark = true;
    const QByteArray marked = ReportCsv::write(report, options);
    QCOMPARE(marked, QByteArray("\xEF\xBB\xBF") + plain);
    QVERIFY(marked.contains("J\xC3\xBCrgen")); // UTF-8
}

void tst_ReportCsv::semicolon()
{
    ReportCsv::Options options;
    options.separator = u';';
    const QByteArray csv = ReportCsv::write(
        reportOf({{u"Smith, John"_s, u"usd"_s, 1, 5550}, {u"a;b"_s, u"usd"_s, 1, 1}}), options);
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines[0], ::header.join(u';').toUtf8() + '\r');
    QCOMPARE(lines[1], QByteArray("row;Smith, John;usd;1;5550;55.50;;;;;\r"));
    QCOMPARE(lines[2], QByteArray("row;\"a;b\";usd;1;1;0.01;;;;;\r"));
}

void tst_ReportCsv::unusableSeparator()
{
    // A quote cannot separate fields; the writer falls back to ','.
    ReportCsv::Options options;
    options.separator = u'"';
    const Report report = reportOf({{u"x"_s, u"usd"_s, 1, 1}});
    QCOMPARE(ReportCsv::write(report, options), ReportCsv::write(report));
}

void tst_ReportCsv::formulaStarters_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("written");

    QTest::newRow("equals") << u"=HYPERLINK(\"http://x\")"_s << u"'=HYPERLINK(\"http://x\")"_s;
    QTest::newRow("plus") << u"+1+2"_s << u"'+1+2"_s;
    QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
    QTest::newRow("carriage return") << u"\r=1"_s << u"'\r=1"_s;
    QTest::newRow("inside is harmless") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("plain") << u"ada"_s << u"ada"_s;
    QTest::newRow("empty") << QString() << QString();
}

void tst_ReportCsv::formulaStarters()
{
    QFETCH(QString, group);
    QFETCH(QString, written);
    // A negative amount starts with '-' too, but numbers are never touched.
    const QList<QStringList> records =
        parse(ReportCsv::write(reportOf({{group, u"usd"_s, 1, -5}}, {{u"usd"_s, 1, -5, 0}})));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records[1][1], written);
    QCOMPARE(records[1][4], u"-5"_s);
    QCOMPARE(records[1][5], u"-0.05"_s);
    QCOMPARE(records[2][4], u"-5"_s);
    QCOMPARE(records[2][7], u"-0.05"_s);
}

QTEST_GUILESS_MAIN(tst_ReportCsv)
#include "tst_reportcsv.moc"
