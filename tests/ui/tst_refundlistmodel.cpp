#include "core/timestamp.h"
#include "failingstore.h"
#include "recordformat.h"
#include "refundlistmodel.h"
#include "refundseed.h"
#include "roles.h"
#include "store/sqlitestore.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace RefundDesk;
using Qt::Literals::StringLiterals::operator""_s;

Q_DECLARE_METATYPE(RefundDesk::RefundQuery)
Q_DECLARE_METATYPE(RefundDesk::RefundStatus)

namespace {

// More than two pages, so paging has a middle page as well as a last one.
constexpr int seededRefunds = 2 * RefundListModel::PageSize + 50;
// The display refunds: one per currency exponent, older than every seeded refund.
constexpr qint64 displayCreated = TestSeed::firstRefundAt - 7200;

RefundQuery where(const std::function<void(RefundQuery &)> &set)
{
    RefundQuery query;
    set(query);
    return query;
}

} // namespace

class tst_RefundListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstPageOnly();
    void fetchMoreReachesEveryRefund();
    void filtersMatchTheStore_data();
    void filtersMatchTheStore();
    void recordIdFilter();
    void displaysAmounts_data();
    void displaysAmounts();
    void displaysStatus_data();
    void displaysStatus();
    void displaysRowFields();
    void rolesReturnTheRefund();
    void updateRefundChangesOneRow();
    void refreshReadsChangesMadeElsewhere();
    void storeErrorsAreSignalled();

private:
    int fetchAll(RefundListModel &model);
    const Refund *firstWith(RefundListModel &model, const std::function<bool(const Refund &)> &);

    QTemporaryDir m_dir;
    QString m_template;
    std::unique_ptr<SqliteStore> m_store;
    int m_databases = 0;
};

void tst_RefundListModel::initTestCase()
{
    // Amount and date text depend on the locale; pin one so the expectations hold anywhere.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());

    // Seed once through the store's own refund path, then copy the file for every test.
    m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
    auto opened = SqliteStore::open(m_template);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    std::unique_ptr<SqliteStore> store = std::move(opened).value();
    const QList<PaymentRecord> display {
        TestSeed::refundableRecord(QStringLiteral("pr_display_usd"), QStringLiteral("usd"),
                                   displayCreated - 3600),
        TestSeed::refundableRecord(QStringLiteral("pr_display_jpy"), QStringLiteral("jpy"),
                                   displayCreated - 3600),
        TestSeed::refundableRecord(QStringLiteral("pr_display_kwd"), QStringLiteral("kwd"),
                                   displayCreated - 3600)};
    const Result<void> put = TestSeed::putRefundableRecords(*store, display);
    QVERIFY2(put, qPrintable(put ? QString() : put.error().message));
    store->setClock([] { return displayCreated * 1000; });
    const QList<std::pair<QString, qint64>> amounts {{QStringLiteral("pr_display_usd"), 123456},
                                                     {QStringLiteral("pr_display_jpy"), 5550},
                                                     {QStringLiteral("pr_display_kwd"), 1234567}};
    for (const auto &[record, amount] : amounts) {
        RefundRequest request;
        request.paymentRecordId = record;
        request.amount = amount;
        request.reason = RefundReason::RequestedByCustomer;
        request.note = QStringLiteral("Customer called about %1").arg(record);
        const auto created = store->createRefund(request, Actor {QStringLiteral("agent:display")});
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    }
    const Result<void> seeded = TestSeed::seedRefunds(*store, seededRefunds);
    QVERIFY2(seeded, qPrintable(seeded ? QString() : seeded.error().message));
}

void tst_RefundListModel::init()
{
    const QString path = m_dir.filePath(QStringLiteral("refunds-%1.sqlite").arg(++m_databases));
    QVERIFY(TestSeed::copyDatabase(m_template, path));
    auto opened = SqliteStore::open(path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    m_store = std::move(opened).value();
    m_store->setClock([] { return TestSeed::clockAfter(seededRefunds) * 1000; });
}

void tst_RefundListModel::cleanup()
{
    m_store.reset();
}

int tst_RefundListModel::fetchAll(RefundListModel &model)
{
    // A cursor that never advances would fetch forever; stop once there are more rows than
    // the store holds, and let the caller's count check fail.
    while (model.canFetchMore({}) && model.rowCount() <= seededRefunds + 3)
        model.fetchMore({});
    return model.rowCount();
}

const Refund *tst_RefundListModel::firstWith(RefundListModel &model,
                                             const std::function<bool(const Refund &)> &wanted)
{
    fetchAll(model);
    for (int row = 0; row < model.rowCount(); ++row) {
        if (wanted(model.refund(row)))
            return &model.refund(row);
    }
    return nullptr;
}

void tst_RefundListModel::firstPageOnly()
{
    RefundListModel model(*m_store);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    model.setQuery(RefundQuery());
    QCOMPARE(model.rowCount(), RefundListModel::PageSize);
    QCOMPARE(model.columnCount(), int(RefundListModel::ColumnCount));
    QVERIFY(model.canFetchMore({}));
    QVERIFY(!model.canFetchMore(model.index(0, 0)));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
}

void tst_RefundListModel::fetchMoreReachesEveryRefund()
{
    RefundListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(RefundQuery());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * RefundListModel::PageSize);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), RefundListModel::PageSize);
    QCOMPARE(inserted.first().at(2).toInt(), 2 * RefundListModel::PageSize - 1);

    const int total = seededRefunds + 3;
    const auto counted = m_store->countRefunds(RefundQuery());
    QVERIFY(counted);
    QCOMPARE(counted.value(), qint64(total));
    QCOMPARE(fetchAll(model), total);
    QVERIFY(!model.canFetchMore({}));

    // Every stored refund exactly once, as the store has it.
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.refund(row).id);
    QCOMPARE(ids.size(), total);
    QSet<QString> stored;
    const auto scanned = m_store->scan({nullptr, nullptr, [&stored](const Refund &refund) {
                                            stored.insert(refund.id);
                                            return true;
                                        }});
    QVERIFY(scanned);
    QCOMPARE(ids, stored);

    // Newest first: the seed's refunds step forward in time, so the first is the last made.
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.refund(row - 1).created >= model.refund(row).created);
    QCOMPARE(model.refund(0).created,
             TestSeed::firstRefundAt + qint64(seededRefunds - 1) * TestSeed::refundStep);
    QCOMPARE(model.refund(total - 1).created, displayCreated);
}

void tst_RefundListModel::filtersMatchTheStore_data()
{
    QTest::addColumn<RefundQuery>("query");

    QTest::newRow("status pending")
        << where([](RefundQuery &q) { q.status = RefundStatus::Pending; });
    QTest::newRow("status failed")
        << where([](RefundQuery &q) { q.status = RefundStatus::Failed; });
    QTest::newRow("no reason") << where([](RefundQuery &q) { q.reason = RefundReason::None; });
    QTest::newRow("agent b") << where([](RefundQuery &q) { q.createdBy = u"agent:b"_s; });
    QTest::newRow("one day") << where([](RefundQuery &q) {
        q.createdFrom = TestSeed::firstRefundAt + 10 * 86400;
        q.createdTo = TestSeed::firstRefundAt + 11 * 86400;
    });
    QTest::newRow("everything but the display refunds")
        << where([](RefundQuery &q) { q.createdFrom = TestSeed::firstRefundAt; });
    QTest::newRow("nothing matches")
        << where([](RefundQuery &q) { q.createdBy = u"agent:nobody"_s; });
}

void tst_RefundListModel::filtersMatchTheStore()
{
    QFETCH(RefundQuery, query);

    RefundListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(query);
    const auto matching = m_store->countRefunds(query);
    QVERIFY(matching);
    QCOMPARE(model.canFetchMore({}), matching.value() > RefundListModel::PageSize);
    QCOMPARE(fetchAll(model), int(matching.value()));
    for (int row = 0; row < model.rowCount(); ++row) {
        const Refund &refund = model.refund(row);
        if (query.status)
            QCOMPARE(toString(refund.status), toString(*query.status));
        if (query.reason)
            QCOMPARE(toString(refund.reason), toString(*query.reason));
        if (!query.createdBy.isEmpty())
            QCOMPARE(refund.createdBy, query.createdBy);
        if (query.createdFrom)
            QVERIFY(refund.created >= *query.createdFrom);
        if (query.createdTo)
            QVERIFY(refund.created < *query.createdTo);
    }
}

void tst_RefundListModel::recordIdFilter()
{
    RefundListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RefundQuery query;
    query.recordId = QStringLiteral("pr_rf_0007");
    model.setQuery(query);
    const auto ofRecord = m_store->refundsOf(query.recordId);
    QVERIFY(ofRecord);
    QVERIFY(ofRecord->size() > 1);
    QCOMPARE(model.rowCount(), int(ofRecord->size()));
    QVERIFY(!model.canFetchMore({}));
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.refund(row).paymentRecordId, query.recordId);
        QCOMPARE(model.index(row, RefundListModel::Payment).data().toString(), query.recordId);
    }

    query.recordId = QStringLiteral("pr_no_such_record");
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void tst_RefundListModel::displaysAmounts_data()
{
    QTest::addColumn<QString>("record");
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

void tst_RefundListModel::displaysAmounts()
{
    QFETCH(QString, record);
    QFETCH(QString, amount);
    QFETCH(QString, currency);

    RefundListModel model(*m_store);
    RefundQuery query;
    query.recordId = record;
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex amountIndex = model.index(0, RefundListModel::Amount);
    QCOMPARE(amountIndex.data().toString(), amount);
    QCOMPARE(amountIndex.data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(model.headerData(RefundListModel::Amount, Qt::Horizontal, Qt::TextAlignmentRole)
                 .value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(model.index(0, RefundListModel::Currency).data().toString(), currency);
    QVERIFY(!model.index(0, RefundListModel::Status).data(Qt::TextAlignmentRole).isValid());
}

void tst_RefundListModel::displaysStatus_data()
{
    QTest::addColumn<RefundStatus>("status");
    QTest::addColumn<bool>("withReason");
    QTest::addColumn<QString>("prefix");

    QTest::newRow("pending without a reason") << RefundStatus::Pending << false << "Pending";
    QTest::newRow("pending with a reason") << RefundStatus::Pending << true << "Pending";
    QTest::newRow("succeeded") << RefundStatus::Succeeded << false << "Succeeded";
    QTest::newRow("failed names its reason") << RefundStatus::Failed << true << "Failed: ";
    QTest::newRow("canceled") << RefundStatus::Canceled << false << "Canceled";
    QTest::newRow("requires action") << RefundStatus::RequiresAction << false << "Requires action";
}

void tst_RefundListModel::displaysStatus()
{
    QFETCH(RefundStatus, status);
    QFETCH(bool, withReason);
    QFETCH(QString, prefix);

    RefundListModel model(*m_store);
    RefundQuery query;
    query.status = status;
    model.setQuery(query);
    const Refund *refund = firstWith(model, [withReason](const Refund &r) {
        return (r.failureReason != FailureReason::None || r.pendingReason != PendingReason::None)
            == withReason;
    });
    QVERIFY(refund);
    const int row = model.rowOf(refund->id);
    const QModelIndex statusIndex = model.index(row, RefundListModel::Status);
    const QString text = statusIndex.data().toString();
    if (status == RefundStatus::Failed) {
        QCOMPARE(text, prefix + displayName(refund->failureReason));
        QCOMPARE(statusIndex.data(Qt::ToolTipRole).toString(), displayName(refund->failureReason));
    } else {
        // A pending reason is a detail: the tooltip has it, the cell stays short.
        QCOMPARE(text, prefix);
        QCOMPARE(statusIndex.data(Qt::ToolTipRole).toString(), displayName(refund->pendingReason));
    }
    const QString refundedAt = model.index(row, RefundListModel::RefundedAt).data().toString();
    const QString reference = model.index(row, RefundListModel::RefundReference).data().toString();
    if (status == RefundStatus::Succeeded) {
        QVERIFY(refund->refundedAt);
        QCOMPARE(refundedAt, RecordFormat::created(*refund->refundedAt));
        QVERIFY(reference.startsWith(u"ref_"));
        QCOMPARE(reference, refund->refundReference);
    } else {
        QCOMPARE(refundedAt, QString());
        QCOMPARE(reference, QString());
    }
}

void tst_RefundListModel::displaysRowFields()
{
    RefundListModel model(*m_store);
    model.setQuery(RefundQuery());
    QSet<QString> agents;
    QSet<int> reasons;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Refund &refund = model.refund(row);
        auto text = [&](int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(text(RefundListModel::Id), refund.id);
        QVERIFY(refund.id.startsWith(u"re_"));
        QCOMPARE(text(RefundListModel::Payment), refund.paymentRecordId);
        QCOMPARE(text(RefundListModel::Reason), displayName(refund.reason));
        QCOMPARE(text(RefundListModel::CreatedBy), refund.createdBy);
        QCOMPARE(text(RefundListModel::Created),
                 QLocale().toString(QDateTime::fromSecsSinceEpoch(refund.created),
                                    QLocale::ShortFormat));
        agents.insert(refund.createdBy);
        reasons.insert(int(refund.reason));
    }
    QCOMPARE(agents.size(), int(TestSeed::refundAgents().size()));
    QCOMPARE(reasons.size(), 4);

    const QStringList headers {u"Refund"_s,     u"Created"_s,  u"Payment"_s,
                               u"Amount"_s,     u"Currency"_s, u"Status"_s,
                               u"Reason"_s,     u"Agent"_s,    u"Processor reference"_s,
                               u"Refunded at"_s};
    QCOMPARE(headers.size(), int(RefundListModel::ColumnCount));
    for (int column = 0; column < RefundListModel::ColumnCount; ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), headers.at(column));

    // The note is the id's tooltip.
    RefundQuery display;
    display.recordId = QStringLiteral("pr_display_usd");
    model.setQuery(display);
    QCOMPARE(model.index(0, RefundListModel::Id).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Customer called about pr_display_usd"));
    QCOMPARE(model.index(0, RefundListModel::Created).data(Qt::ToolTipRole).toString(),
             formatTimestamp(displayCreated));
}

void tst_RefundListModel::rolesReturnTheRefund()
{
    RefundListModel model(*m_store);
    model.setQuery(RefundQuery());
    const QModelIndex index = model.index(7, RefundListModel::Reason);
    QCOMPARE(index.data(RefundIdRole).toString(), model.refund(7).id);
    QCOMPARE(index.data(RecordIdRole).toString(), model.refund(7).paymentRecordId);
    const QVariant whole = index.data(RefundRole);
    QVERIFY(whole.canConvert<Refund>());
    const auto stored = m_store->refund(model.refund(7).id);
    QVERIFY(stored);
    QCOMPARE(whole.value<Refund>(), stored.value());
    QVERIFY(!model.index(7, RefundListModel::Reason).data(PaymentRecordRole).isValid());
    QCOMPARE(model.rowOf(model.refund(7).id), 7);
    QCOMPARE(model.rowOf(QStringLiteral("re_missing")), -1);
}

void tst_RefundListModel::updateRefundChangesOneRow()
{
    RefundListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(RefundQuery());
    const Refund *pending =
        firstWith(model, [](const Refund &r) { return r.status == RefundStatus::Pending; });
    QVERIFY(pending);
    const QString id = pending->id;
    const int row = model.rowOf(id);
    const int rows = model.rowCount();

    StatusChange change;
    change.to = RefundStatus::Failed;
    change.failureReason = FailureReason::LostOrStolenCard;
    const auto failed = m_store->changeRefundStatus(id, change, Actor {u"agent:test"_s});
    QVERIFY2(failed, qPrintable(failed ? QString() : failed.error().message));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.updateRefund(failed.value());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>(), model.index(row, 0));
    QCOMPARE(changed.first().at(1).value<QModelIndex>(),
             model.index(row, RefundListModel::ColumnCount - 1));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.rowOf(id), row);
    QCOMPARE(model.refund(row), failed.value());
    QCOMPARE(model.index(row, RefundListModel::Status).data().toString(),
             QStringLiteral("Failed: Lost or stolen card"));

    // A refund the model does not show changes nothing.
    Refund elsewhere = failed.value();
    elsewhere.id = QStringLiteral("re_not_in_the_list");
    model.updateRefund(elsewhere);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.rowOf(elsewhere.id), -1);
}

void tst_RefundListModel::refreshReadsChangesMadeElsewhere()
{
    RefundListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RefundQuery query;
    query.status = RefundStatus::Pending;
    model.setQuery(query);
    const int before = model.rowCount();
    QVERIFY(before > 1);
    const QString id = model.refund(1).id;

    // Another agent cancels it: the rows read so far still say pending.
    StatusChange cancel;
    cancel.to = RefundStatus::Canceled;
    const auto canceled = m_store->changeRefundStatus(id, cancel, Actor {u"agent:other"_s});
    QVERIFY(canceled);
    QCOMPARE(toString(model.refund(1).status), toString(RefundStatus::Pending));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), before - 1);
    QCOMPARE(model.rowOf(id), -1);
    QVERIFY(model.query().status.has_value());
    QCOMPARE(toString(*model.query().status), toString(RefundStatus::Pending));
}

void tst_RefundListModel::storeErrorsAreSignalled()
{
    Testing::FailingStore store;
    RefundListModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &RefundListModel::errorOccurred);
    model.setQuery(RefundQuery());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.first().first().toString(), QStringLiteral("database disk image is malformed"));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    model.refresh();
    QCOMPARE(errors.count(), 2);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_RefundListModel)
#include "tst_refundlistmodel.moc"
