// The JSON report writer: parsed back with Qt's own reader (not the writer's library), every
// field equals the report's; keys in a fixed order; byte-for-byte deterministic.

#include "io/reportjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace RefundDesk;
using Qt::Literals::StringLiterals::operator""_s;

namespace {

Report sample()
{
    Report report;
    report.query.from = 1790812800; // 2026-10-01T00:00:00Z
    report.query.to = 1796083200; // 2026-12-01T00:00:00Z
    report.query.timeZone = "America/New_York";
    report.query.time = ReportTime::Refunded;
    report.query.groupBy = ReportGroup::Agent;
    report.query.statuses = {RefundStatus::Succeeded, RefundStatus::RequiresAction};
    report.query.reasons = {RefundReason::None, RefundReason::RequestedByCustomer};
    report.query.currencies = {u"kwd"_s, u"usd"_s};
    report.query.agents = {u"ada"_s, u"Jürgen \"JJ\"\nSmith"_s};
    report.rows = {
        {u"ada"_s, u"kwd"_s, 2, 5551},
        {u"Jürgen \"JJ\"\nSmith"_s, u"usd"_s, 3, 4},
    };
    report.totals = {
        {u"eur"_s, 0, 0, 20000},
        {u"kwd"_s, 2, 5551, 100000},
        {u"usd"_s, 3, 4, 0},
    };
    return report;
}

QJsonObject amount(qint64 value, const QString &currency)
{
    return {{u"currency"_s, currency}, {u"value"_s, value}};
}

QJsonObject parsed(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("%s", qPrintable(error.errorString()));
    return document.object();
}

} // namespace

class tst_ReportJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsReadBack();
    void keyOrder();
    void deterministic();
    void emptyReport();
};

void tst_ReportJson::fieldsReadBack()
{
    const QJsonObject o = parsed(ReportJson::write(sample()));
    QCOMPARE(o.value(u"object"_s).toString(), u"refund_report"_s);
    QCOMPARE(o.value(u"period"_s).toObject(),
             (QJsonObject {{u"from"_s, 1790812800LL},
                           {u"to"_s, 1796083200LL},
                           {u"time_zone"_s, u"America/New_York"_s},
                           {u"time"_s, u"refunded"_s}}));
    QCOMPARE(o.value(u"group_by"_s).toString(), u"agent"_s);
    QCOMPARE(o.value(u"filters"_s).toObject(),
             (QJsonObject {
                 {u"statuses"_s, QJsonArray {u"succeeded"_s, u"requires_action"_s}},
                 {u"reasons"_s, QJsonArray {u"none"_s, u"requested_by_customer"_s}},
                 {u"currencies"_s, QJsonArray {u"kwd"_s, u"usd"_s}},
                 {u"agents"_s, QJsonArray {u"ada"_s, u"Jürgen \"JJ\"\nSmith"_s}},
             }));

    const QJsonArray rows = o.value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].toObject(),
             (QJsonObject {{u"group"_s, u"ada"_s},
                           {u"currency"_s, u"kwd"_s},
                           {u"count"_s, 2},
                           {u"amount"_s, amount(5551, u"kwd"_s)}}));
    QCOMPARE(rows[1].toObject().value(u"group"_s).toString(), u"Jürgen \"JJ\"\nSmith"_s);
    QCOMPARE(rows[1].toObject().value(u"amount"_s).toObject(), amount(4, u"usd"_s));

    const QJsonArray totals = o.value(u"totals"_s).toArray();
    QCOMPARE(totals.size(), 3);
    QCOMPARE(totals[0].toObject(),
             (QJsonObject {{u"currency"_s, u"eur"_s},
                           {u"count"_s, 0},
                           {u"amount"_s, amount(0, u"eur"_s)},
                           {u"average"_s, amount(0, u"eur"_s)},
                           {u"guaranteed"_s, amount(20000, u"eur"_s)},
                           {u"refund_rate_basis_points"_s, 0}}));
    QCOMPARE(totals[1].toObject(),
             (QJsonObject {{u"currency"_s, u"kwd"_s},
                           {u"count"_s, 2},
                           {u"amount"_s, amount(5551, u"kwd"_s)},
                           {u"average"_s, amount(2776, u"kwd"_s)},
                           {u"guaranteed"_s, amount(100000, u"kwd"_s)},
                           {u"refund_rate_basis_points"_s, 555}}));
    // Nothing guaranteed: no rate, null rather than a made-up number.
    QVERIFY(totals[2].toObject().contains(u"refund_rate_basis_points"_s));
    QVERIFY(totals[2].toObject().value(u"refund_rate_basis_points"_s).isNull());
    QCOMPARE(totals[2].toObject().value(u"average"_s).toObject(), amount(1, u"usd"_s));
}

void tst_ReportJson::keyOrder()
{
    const QByteArray json = ReportJson::write(sample(), ApiJson::Layout::Compact);
    QVERIFY(json.startsWith(R"({"object":"refund_report","period":{"from":1790812800,"to":)"
                            R"(1796083200,"time_zone":"America/New_York","time":"refunded"},)"
                            R"("group_by":"agent","filters":{"statuses":[)"));
    QVERIFY(json.contains(R"({"group":"ada","currency":"kwd","count":2,)"
                          R"("amount":{"currency":"kwd","value":5551}})"));
    QVERIFY(json.contains(R"({"currency":"kwd","count":2,"amount":{"currency":"kwd","value":5551},)"
                          R"("average":{"currency":"kwd","value":2776},)"
                          R"("guaranteed":{"currency":"kwd","value":100000},)"
                          R"("refund_rate_basis_points":555})"));
    const qsizetype rows = json.indexOf("\"rows\""), totals = json.indexOf("\"totals\"");
    QVERIFY(json.indexOf("\"filters\"") < rows && rows < totals);
}

void tst_ReportJson::deterministic()
{
    const QByteArray compact = ReportJson::write(sample(), ApiJson::Layout::Compact);
    QCOMPARE(ReportJson::write(sample(), ApiJson::Layout::Compact), compact);
    QVERIFY(compact.endsWith("}\n"));
    QCOMPARE(compact.count('\n'), 1); // one line: the agent's line break is escaped
    const QByteArray indented = ReportJson::write(sample());
    QVERIFY(indented.contains("\n  \"period\": {\n"));
    QCOMPARE(parsed(indented), parsed(compact));
}

void tst_ReportJson::emptyReport()
{
    Report report;
    report.query.from = 0;
    report.query.to = 86400;
    const QJsonObject o = parsed(ReportJson::write(report));
    QCOMPARE(o.value(u"group_by"_s).toString(), u"month"_s);
    QCOMPARE(o.value(u"period"_s).toObject().value(u"time_zone"_s).toString(), u"UTC"_s);
    QCOMPARE(o.value(u"period"_s).toObject().value(u"time"_s).toString(), u"created"_s);
    // Empty filters are empty lists (every value), never null.
    const QJsonObject filters = o.value(u"filters"_s).toObject();
    for (const QString &key : {u"statuses"_s, u"reasons"_s, u"currencies"_s, u"agents"_s}) {
        QVERIFY2(filters.value(key).isArray(), qPrintable(key));
        QVERIFY(filters.value(key).toArray().isEmpty());
    }
    QVERIFY(o.value(u"rows"_s).isArray());
    QVERIFY(o.value(u"totals"_s).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(tst_ReportJson)
#include "tst_reportjson.moc"
