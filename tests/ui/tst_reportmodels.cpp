#include "reportmodels.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace RefundDesk;
using namespace Qt::StringLiterals;

namespace {

ReportTotal total(const char *currency, qint64 count, qint64 amount, qint64 guaranteed)
{
    ReportTotal made;
    made.currency = QString::fromLatin1(currency);
    made.count = count;
    made.amount = amount;
    made.guaranteed = guaranteed;
    return made;
}

ReportRow row(const QString &group, const char *currency, qint64 count, qint64 amount)
{
    return {group, QString::fromLatin1(currency), count, amount};
}

} // namespace

class tst_ReportModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void totalsRead_data();
    void totalsRead();
    void totalsAlignAndSortByNumber();
    void rowsFollowTheGrouping_data();
    void rowsFollowTheGrouping();
    void rowsSortByAmountNotText();
};

void tst_ReportModels::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ReportModels::totalsRead_data()
{
    QTest::addColumn<ReportTotal>("total");
    QTest::addColumn<QStringList>("cells");
    // Average rounds half away from zero; the rate is amount / guaranteed in basis points.
    QTest::newRow("usd") << total("usd", 3, 5550, 100000)
                         << QStringList {u"USD"_s,    u"3"_s,         u"$55.50"_s,
                                         u"$18.50"_s, u"$1,000.00"_s, u"5.55%"_s};
    QTest::newRow("jpy, no exponent")
        << total("jpy", 2, 5551, 1000000)
        << QStringList {u"JPY"_s, u"2"_s, u"¥5,551"_s, u"¥2,776"_s, u"¥1,000,000"_s, u"0.56%"_s};
    QTest::newRow("kwd, three decimals")
        << total("kwd", 4, 5550, 11100)
        << QStringList {u"KWD"_s,       u"4"_s,          u"KWD 5.550"_s,
                        u"KWD 1.388"_s, u"KWD 11.100"_s, u"50.00%"_s};
    QTest::newRow("nothing guaranteed")
        << total("eur", 1, 990, 0)
        << QStringList {u"EUR"_s, u"1"_s, u"€9.90"_s, u"€9.90"_s, u"€0.00"_s, u"—"_s};
    QTest::newRow("volume without refunds")
        << total("gbp", 0, 0, 250000)
        << QStringList {u"GBP"_s, u"0"_s, u"£0.00"_s, u"£0.00"_s, u"£2,500.00"_s, u"0.00%"_s};
    QTest::newRow("thousands of refunds")
        << total("usd", 1234567, 123456789012, 987654321098)
        << QStringList {u"USD"_s,       u"1,234,567"_s,         u"$1,234,567,890.12"_s,
                        u"$1,000.00"_s, u"$9,876,543,210.98"_s, u"12.50%"_s};
}

void tst_ReportModels::totalsRead()
{
    QFETCH(ReportTotal, total);
    QFETCH(QStringList, cells);
    ReportTotalsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTotals({total}, QLocale());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(ReportTotalsModel::ColumnCount));
    QStringList shown;
    for (int column = 0; column < model.columnCount(); ++column)
        shown << model.index(0, column).data().toString();
    QCOMPARE(shown, cells);
}

void tst_ReportModels::totalsAlignAndSortByNumber()
{
    ReportTotalsModel model;
    model.setTotals({total("usd", 3, 5550, 100000)});
    const auto alignment = [&](int column) {
        return model.index(0, column).data(Qt::TextAlignmentRole).value<Qt::Alignment>();
    };
    QCOMPARE(alignment(ReportTotalsModel::CurrencyColumn), Qt::Alignment());
    for (int column = ReportTotalsModel::CountColumn; column < ReportTotalsModel::ColumnCount;
         ++column) {
        QVERIFY(alignment(column) & Qt::AlignRight);
        QVERIFY(
            model.headerData(column, Qt::Horizontal, Qt::TextAlignmentRole).value<Qt::Alignment>()
            & Qt::AlignRight);
    }
    QCOMPARE(model.index(0, ReportTotalsModel::AmountColumn).data(ReportSortRole), QVariant(5550));
    QCOMPARE(model.index(0, ReportTotalsModel::RateColumn).data(ReportSortRole), QVariant(555));
    QVERIFY(model.index(0, ReportTotalsModel::RateColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"USD"_s));
}

void tst_ReportModels::rowsFollowTheGrouping_data()
{
    QTest::addColumn<ReportGroup>("group");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("shown");
    QTest::newRow("day") << ReportGroup::Day << u"2026-11-22"_s << u"Day"_s << u"2026-11-22"_s;
    QTest::newRow("week") << ReportGroup::Week << u"2026-W47"_s << u"Week"_s << u"2026-W47"_s;
    QTest::newRow("month") << ReportGroup::Month << u"2026-11"_s << u"Month"_s << u"2026-11"_s;
    QTest::newRow("reason") << ReportGroup::Reason << u"requested_by_customer"_s << u"Reason"_s
                            << u"Requested by customer"_s;
    QTest::newRow("no reason") << ReportGroup::Reason << u"none"_s << u"Reason"_s << u"No reason"_s;
    QTest::newRow("status") << ReportGroup::Status << u"requires_action"_s << u"Status"_s
                            << u"Requires action"_s;
    QTest::newRow("agent") << ReportGroup::Agent << u"agent:a"_s << u"Agent"_s << u"agent:a"_s;
    QTest::newRow("currency") << ReportGroup::Currency << u"kwd"_s << u"Currency"_s << u"KWD"_s;
}

void tst_ReportModels::rowsFollowTheGrouping()
{
    QFETCH(ReportGroup, group);
    QFETCH(QString, label);
    QFETCH(QString, heading);
    QFETCH(QString, shown);
    ReportRowsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(group, {row(label, "kwd", 2, 5550)});
    QCOMPARE(model.headerData(ReportRowsModel::GroupColumn, Qt::Horizontal).toString(), heading);
    QCOMPARE(model.index(0, ReportRowsModel::GroupColumn).data().toString(), shown);
    QCOMPARE(model.index(0, ReportRowsModel::CurrencyColumn).data().toString(), u"KWD"_s);
    QCOMPARE(model.index(0, ReportRowsModel::CountColumn).data().toString(), u"2"_s);
    QCOMPARE(model.index(0, ReportRowsModel::AmountColumn).data().toString(), u"KWD 5.550"_s);
    QCOMPARE(model.index(0, ReportRowsModel::GroupColumn).data(ReportSortRole).toString(), label);
}

void tst_ReportModels::rowsSortByAmountNotText()
{
    // As text "$9.00" sorts after "$100.00" and "$1,000.00"; by minor units it comes first.
    ReportRowsModel model;
    model.setRows(ReportGroup::Month,
                  {row(u"2026-01"_s, "usd", 1, 100000), row(u"2026-02"_s, "usd", 30, 900),
                   row(u"2026-03"_s, "usd", 4, 10000)});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ReportSortRole);
    proxy.sort(ReportRowsModel::AmountColumn, Qt::AscendingOrder);
    QStringList months;
    for (int r = 0; r < proxy.rowCount(); ++r)
        months << proxy.index(r, ReportRowsModel::GroupColumn).data().toString();
    QCOMPARE(months, (QStringList {u"2026-02"_s, u"2026-03"_s, u"2026-01"_s}));
    proxy.sort(ReportRowsModel::CountColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, ReportRowsModel::GroupColumn).data().toString(), u"2026-02"_s);
    proxy.sort(ReportRowsModel::GroupColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, ReportRowsModel::GroupColumn).data().toString(), u"2026-03"_s);
}

QTEST_MAIN(tst_ReportModels)
#include "tst_reportmodels.moc"
