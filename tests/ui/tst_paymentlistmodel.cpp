#include "domain/recordstate.h"
#include "failingstore.h"
#include "paymentlistmodel.h"
#include "recordformat.h"
#include "roles.h"
#include "seedrecords.h"
#include "store/sqlitestore.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk;

namespace {

constexpr int seededRecords = 1000;

PaymentRecord displayRecord(const QString &id, const QString &currency, qint64 amount)
{
    PaymentRecord record;
    record.id = id;
    record.currency = currency;
    record.amountRequested = record.amountAuthorized = record.amountGuaranteed = amount;
    record.created = TestSeed::newest - 86400 * 400; // far below the seeded records
    record.customer.name = QStringLiteral("Zephyrine Quillfeather");
    record.customer.email = QStringLiteral("zephyrine@example.org");
    record.paymentMethod.type = QStringLiteral("us_bank_account");
    return record;
}

} // namespace

class tst_PaymentListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstPageOnly();
    void fetchMoreReachesEveryRecord();
    void sortsInSqlAcrossPages_data();
    void sortsInSqlAcrossPages();
    void ignoresUnsortableColumns();
    void searchNarrowsRows();
    void stateFilter();
    void displaysAmounts_data();
    void displaysAmounts();
    void displaysRowFields();
    void rolesReturnTheRecord();
    void storeErrorsAreSignalled();

private:
    int fetchAll(PaymentListModel &model);

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
    int m_databases = 0;
};

void tst_PaymentListModel::initTestCase()
{
    // Amount text depends on the locale; pin one so the expectations hold on any machine.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void tst_PaymentListModel::init()
{
    const QString path = m_dir.filePath(QStringLiteral("records-%1.sqlite").arg(++m_databases));
    auto opened = SqliteStore::open(path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    m_store = std::move(opened).value();
    const auto seeded = TestSeed::seed(
        *m_store, seededRecords,
        {displayRecord(QStringLiteral("pr_display_jpy"), QStringLiteral("jpy"), 5550),
         displayRecord(QStringLiteral("pr_display_kwd"), QStringLiteral("kwd"), 1234567),
         displayRecord(QStringLiteral("pr_display_usd"), QStringLiteral("usd"), 123456)});
    QVERIFY2(seeded, qPrintable(seeded ? QString() : seeded.error().message));
}

void tst_PaymentListModel::cleanup()
{
    m_store.reset();
}

int tst_PaymentListModel::fetchAll(PaymentListModel &model)
{
    int fetches = 0;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        if (++fetches > 1000)
            break; // a cursor that never advances; the caller's count check fails
    }
    return model.rowCount();
}

void tst_PaymentListModel::firstPageOnly()
{
    PaymentListModel model(*m_store);
    QCOMPARE(model.rowCount(), 0);
    model.setQuery(RecordQuery());
    QCOMPARE(model.rowCount(), PaymentListModel::PageSize);
    QCOMPARE(model.columnCount(), int(PaymentListModel::ColumnCount));
    QVERIFY(model.canFetchMore({}));
    QVERIFY(!model.canFetchMore(model.index(0, 0)));
}

void tst_PaymentListModel::fetchMoreReachesEveryRecord()
{
    PaymentListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(RecordQuery());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const int before = model.rowCount();
    model.fetchMore({});
    QVERIFY(model.rowCount() > before);
    QVERIFY(!inserted.isEmpty());

    const auto total = m_store->countRecords(RecordQuery());
    QVERIFY(total);
    QCOMPARE(fetchAll(model), int(total.value()));
    QVERIFY(!model.canFetchMore({}));

    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.record(row).id);
    QCOMPARE(ids.size(), model.rowCount());
    // Newest first by default.
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.record(row - 1).created >= model.record(row).created);
}

void tst_PaymentListModel::sortsInSqlAcrossPages_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("amount ascending") << int(PaymentListModel::Amount) << Qt::AscendingOrder;
    QTest::newRow("amount descending") << int(PaymentListModel::Amount) << Qt::DescendingOrder;
    QTest::newRow("created ascending") << int(PaymentListModel::Created) << Qt::AscendingOrder;
    QTest::newRow("id ascending") << int(PaymentListModel::Id) << Qt::AscendingOrder;
    QTest::newRow("email descending") << int(PaymentListModel::Email) << Qt::DescendingOrder;
    QTest::newRow("customer ascending") << int(PaymentListModel::Customer) << Qt::AscendingOrder;
}

void tst_PaymentListModel::sortsInSqlAcrossPages()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);

    PaymentListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(RecordQuery());
    model.sort(column, order);
    QCOMPARE(model.sortColumn(), column);
    QCOMPARE(model.sortOrder(), order);
    QCOMPARE(fetchAll(model), seededRecords + 3);

    auto compare = [column](const PaymentRecord &a, const PaymentRecord &b) {
        auto three = [](auto x, auto y) {
            return x < y ? -1 : (y < x ? 1 : 0);
        };
        switch (column) {
        case PaymentListModel::Amount:
            return three(a.amountRequested, b.amountRequested);
        case PaymentListModel::Created:
            return three(a.created, b.created);
        case PaymentListModel::Id:
            return three(a.id, b.id);
        case PaymentListModel::Email:
            return three(a.customer.email, b.customer.email);
        default:
            return three(a.customer.name, b.customer.name);
        }
    };
    const int wrongWay = order == Qt::AscendingOrder ? 1 : -1;
    for (int row = 1; row < model.rowCount(); ++row) {
        if (compare(model.record(row - 1), model.record(row)) == wrongWay)
            QFAIL(qPrintable(QStringLiteral("rows %1 and %2 are out of order: %3, %4")
                                 .arg(row - 1)
                                 .arg(row)
                                 .arg(model.record(row - 1).id, model.record(row).id)));
    }
}

void tst_PaymentListModel::ignoresUnsortableColumns()
{
    PaymentListModel model(*m_store);
    model.setQuery(RecordQuery());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(PaymentListModel::State, Qt::AscendingOrder);
    model.sort(PaymentListModel::Method, Qt::DescendingOrder);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.sortColumn(), int(PaymentListModel::Created));
    QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
    QVERIFY(!PaymentListModel::sortForColumn(PaymentListModel::Refunded));
    QCOMPARE(PaymentListModel::sortForColumn(PaymentListModel::Customer), RecordSort::Name);
}

void tst_PaymentListModel::searchNarrowsRows()
{
    PaymentListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RecordQuery query;
    query.search = QStringLiteral("Quillfeather");
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.canFetchMore({}));

    query.search = QStringLiteral("okafor");
    model.setQuery(query);
    const auto matching = m_store->countRecords(query);
    QVERIFY(matching);
    QVERIFY(matching.value() > 0);
    QVERIFY(matching.value() < seededRecords);
    QCOMPARE(fetchAll(model), int(matching.value()));
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.record(row).customer.name.contains(u"Okafor"));

    query.search = QStringLiteral("no such customer anywhere");
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void tst_PaymentListModel::stateFilter()
{
    PaymentListModel model(*m_store);
    RecordQuery query;
    query.state = RecordState::Refunded;
    model.setQuery(query);
    const auto matching = m_store->countRecords(query);
    QVERIFY(matching);
    QVERIFY(matching.value() > 0);
    QCOMPARE(fetchAll(model), int(matching.value()));
    const QString refunded = displayName(RecordState::Refunded);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, PaymentListModel::State).data().toString(), refunded);
}

void tst_PaymentListModel::displaysAmounts_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::newRow("jpy has no minor unit") << "pr_display_jpy"
                                           << "¥5,550"
                                           << "JPY";
    QTest::newRow("kwd has three decimals") << "pr_display_kwd"
                                            << "KWD 1,234.567"
                                            << "KWD";
    QTest::newRow("usd has two decimals") << "pr_display_usd"
                                          << "$1,234.56"
                                          << "USD";
}

void tst_PaymentListModel::displaysAmounts()
{
    QFETCH(QString, id);
    QFETCH(QString, amount);
    QFETCH(QString, currency);

    PaymentListModel model(*m_store);
    RecordQuery query;
    query.search = id;
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex amountIndex = model.index(0, PaymentListModel::Amount);
    QCOMPARE(amountIndex.data().toString(), amount);
    QCOMPARE(amountIndex.data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(model.index(0, PaymentListModel::Currency).data().toString(), currency);
    // Nothing refunded reads as blank, not as a zero amount.
    QCOMPARE(model.index(0, PaymentListModel::Refunded).data().toString(), QString());
}

void tst_PaymentListModel::displaysRowFields()
{
    PaymentListModel model(*m_store);
    model.setQuery(RecordQuery());
    bool sawCard = false;
    bool sawRefund = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const PaymentRecord &record = model.record(row);
        auto text = [&](int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(text(PaymentListModel::Id), record.id);
        QCOMPARE(text(PaymentListModel::Email), record.customer.email);
        QCOMPARE(text(PaymentListModel::Customer), record.customer.name);
        QCOMPARE(text(PaymentListModel::State), displayName(deriveRecordState(record)));
        QCOMPARE(text(PaymentListModel::ProcessorReference), record.processorReference);
        QCOMPARE(text(PaymentListModel::Created),
                 QLocale().toString(QDateTime::fromSecsSinceEpoch(record.created),
                                    QLocale::ShortFormat));
        if (!record.paymentMethod.cardLast4.isEmpty()) {
            QVERIFY(text(PaymentListModel::Method)
                        .endsWith(QStringLiteral(" •••• ") + record.paymentMethod.cardLast4));
            QVERIFY(text(PaymentListModel::Method).at(0).isUpper());
            sawCard = true;
        } else {
            QCOMPARE(text(PaymentListModel::Method),
                     RecordFormat::methodType(record.paymentMethod.type));
            QVERIFY(!text(PaymentListModel::Method).contains(u'_'));
        }
        if (record.amountRefunded > 0) {
            QVERIFY(!text(PaymentListModel::Refunded).isEmpty());
            sawRefund = true;
        }
    }
    QVERIFY(sawCard);
    QVERIFY(sawRefund);
    QCOMPARE(model.headerData(PaymentListModel::Amount, Qt::Horizontal).toString(),
             QStringLiteral("Amount"));
}

void tst_PaymentListModel::rolesReturnTheRecord()
{
    PaymentListModel model(*m_store);
    model.setQuery(RecordQuery());
    const QModelIndex index = model.index(7, PaymentListModel::Email);
    QCOMPARE(index.data(RecordIdRole).toString(), model.record(7).id);
    const QVariant whole = index.data(PaymentRecordRole);
    QVERIFY(whole.canConvert<PaymentRecord>());
    QCOMPARE(whole.value<PaymentRecord>(), model.record(7));
    const auto stored = m_store->record(model.record(7).id);
    QVERIFY(stored);
    QCOMPARE(whole.value<PaymentRecord>(), stored.value());
}

void tst_PaymentListModel::storeErrorsAreSignalled()
{
    Testing::FailingStore store;
    PaymentListModel model(store);
    QSignalSpy errors(&model, &PaymentListModel::errorOccurred);
    model.setQuery(RecordQuery());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.first().first().toString(), QStringLiteral("database disk image is malformed"));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

QTEST_GUILESS_MAIN(tst_PaymentListModel)
#include "tst_paymentlistmodel.moc"
