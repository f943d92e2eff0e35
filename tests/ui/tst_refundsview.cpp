#include "domain/refundlifecycle.h"
#include "failingstore.h"
#include "refundfilterbar.h"
#include "refundlistmodel.h"
#include "refundseed.h"
#include "refundsview.h"
#include "roles.h"
#include "statuschangedialog.h"
#include "store/sqlitestore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <functional>

using namespace RefundDesk;
using Qt::Literals::StringLiterals::operator""_s;

Q_DECLARE_METATYPE(RefundDesk::RefundStatus)

namespace {

constexpr int seededRefunds = 60;
constexpr qint64 now = TestSeed::clockAfter(seededRefunds);
const Actor viewer {u"agent:view"_s};

/// The buttons of the status actions, by the status each moves a refund to.
const QList<std::pair<RefundStatus, QString>> statusButtons {
    {RefundStatus::Succeeded, u"markSucceededButton"_s},
    {RefundStatus::Failed, u"markFailedButton"_s},
    {RefundStatus::Canceled, u"cancelRefundButton"_s},
    {RefundStatus::RequiresAction, u"requiresActionButton"_s},
    {RefundStatus::Pending, u"backToPendingButton"_s},
};

QDate seededDay(int days)
{
    return QDateTime::fromSecsSinceEpoch(TestSeed::firstRefundAt).date().addDays(days);
}

} // namespace

class tst_RefundsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsEveryRefundWithCount();
    void filtersNarrowRows_data();
    void filtersNarrowRows();
    void dateRangeCoversWholeLocalDays();
    void filterStateRoundTrips();
    void agentsReloadKeepsChoice();
    void markFailedWithKeysAndMouse();
    void markSucceededNeedsReference();
    void backToPendingWithReason();
    void cancelDefaultsToKeeping();
    void finalRefundsOfferNothing_data();
    void finalRefundsOfferNothing();
    void actionsFollowLifecycle_data();
    void actionsFollowLifecycle();
    void shortcutsOnlyInsideTheView();
    void storeErrorLeavesRowUnchanged();
    void changedElsewhereIsReadAgain();
    void showPaymentEmitsRecord();
    void failingStoreShowsMessage();
    void screenshot();

private:
    int rowWith(const std::function<bool(const Refund &)> &wanted);
    void clickRow(int row);
    StatusChangeDialog *openDialog();
    QPushButton *button(const QString &name) const;
    QStringList enabledStatusButtons() const;
    QStringList contextMenuTexts(int row);

    QTemporaryDir m_dir;
    QString m_template;
    QString m_awaitingId;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<RefundsView> m_view;
    int m_databases = 0;
};

void tst_RefundsView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());

    m_template = m_dir.filePath(u"template.sqlite"_s);
    auto opened = SqliteStore::open(m_template);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    std::unique_ptr<SqliteStore> store = std::move(opened).value();
    const Result<void> seeded = TestSeed::seedRefunds(*store, seededRefunds);
    QVERIFY2(seeded, qPrintable(seeded ? QString() : seeded.error().message));

    // Nothing creates refunds awaiting approval yet (issue 5); an import can.
    Refund awaiting;
    awaiting.id = m_awaitingId = u"re_awaiting_approval_000001"_s;
    awaiting.paymentRecordId = u"pr_rf_0000"_s;
    awaiting.amount = 250000;
    awaiting.currency = u"usd"_s;
    awaiting.status = RefundStatus::AwaitingApproval;
    awaiting.createdBy = u"agent:a"_s;
    awaiting.created = awaiting.updated = TestSeed::firstRefundAt - 60;
    awaiting.initiatedAt = awaiting.created;
    auto bulk = store->beginBulk(Actor {u"test-seed"_s});
    QVERIFY(bulk);
    const auto put = bulk.value()->putRefund(awaiting);
    QVERIFY2(put, qPrintable(put ? QString() : put.error().message));
    QVERIFY(bulk.value()->commit(u"test.seed"_s, QByteArrayLiteral("{}")));
}

void tst_RefundsView::init()
{
    const QString path = m_dir.filePath(u"refunds-%1.sqlite"_s.arg(++m_databases));
    QVERIFY(TestSeed::copyDatabase(m_template, path));
    auto opened = SqliteStore::open(path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    m_store = std::move(opened).value();
    m_store->setClock([] { return now * 1000; });

    m_view = std::make_unique<RefundsView>(*m_store, viewer);
    m_view->resize(1300, 700);
    m_view->show();
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
}

void tst_RefundsView::cleanup()
{
    m_view.reset();
    m_store.reset();
}

int tst_RefundsView::rowWith(const std::function<bool(const Refund &)> &wanted)
{
    RefundListModel *model = m_view->model();
    // Bounded, so a cursor that never advances fails the test instead of hanging it.
    while (model->canFetchMore({}) && model->rowCount() <= 2 * seededRefunds)
        model->fetchMore({});
    for (int row = 0; row < model->rowCount(); ++row) {
        if (wanted(model->refund(row)))
            return row;
    }
    return -1;
}

void tst_RefundsView::clickRow(int row)
{
    QTableView *table = m_view->table();
    const QModelIndex index = table->model()->index(row, RefundListModel::Amount);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
}

StatusChangeDialog *tst_RefundsView::openDialog()
{
    StatusChangeDialog *open = nullptr;
    for (StatusChangeDialog *dialog : m_view->findChildren<StatusChangeDialog *>()) {
        if (dialog->isVisible())
            open = dialog;
    }
    return open;
}

QPushButton *tst_RefundsView::button(const QString &name) const
{
    return m_view->findChild<QPushButton *>(name);
}

QStringList tst_RefundsView::enabledStatusButtons() const
{
    QStringList enabled;
    for (const auto &[status, name] : statusButtons) {
        QPushButton *found = button(name);
        if (!found)
            enabled << u"missing "_s + name;
        else if (found->isEnabled())
            enabled << name;
    }
    return enabled;
}

QStringList tst_RefundsView::contextMenuTexts(int row)
{
    QTableView *table = m_view->table();
    const QModelIndex index = table->model()->index(row, RefundListModel::Status);
    table->scrollTo(index);
    const QPoint at = table->visualRect(index).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, table->viewport()->mapToGlobal(at));
    QApplication::sendEvent(table->viewport(), &event);
    QStringList texts;
    auto *menu = m_view->findChild<QMenu *>(u"refundContextMenu"_s);
    if (!menu)
        return {u"no menu"_s};
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        texts << (action->isEnabled() ? action->text() : action->text() + u" (disabled)"_s);
    }
    menu->close();
    delete menu;
    return texts;
}

void tst_RefundsView::showsEveryRefundWithCount()
{
    QTableView *table = m_view->table();
    QCOMPARE(table->objectName(), u"refundsTable"_s);
    QCOMPARE(table->selectionBehavior(), QAbstractItemView::SelectRows);
    QCOMPARE(table->model()->rowCount(), seededRefunds + 1);
    auto *count = m_view->findChild<QLabel *>(u"refundCountLabel"_s);
    QVERIFY(count);
    QCOMPARE(count->text(), u"61 refunds"_s);
    // Nothing selected: nothing to act on.
    QCOMPARE(enabledStatusButtons(), QStringList());
    QVERIFY(!button(u"showPaymentButton"_s)->isEnabled());
    // Ids and amounts are readable without resizing a column.
    const QFontMetrics metrics = table->fontMetrics();
    const QString id = m_view->model()->refund(0).id;
    QVERIFY(table->columnWidth(RefundListModel::Id) > metrics.horizontalAdvance(id));
    QVERIFY(table->columnWidth(RefundListModel::Amount)
            > metrics.horizontalAdvance(u"KWD 99,999.999"_s));
}

void tst_RefundsView::filtersNarrowRows_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("agent");
    QTest::addColumn<int>("fromDay"); // days after the first refund's; -1 for any date
    QTest::addColumn<int>("toDay");

    QTest::newRow("status pending") << "Pending"
                                    << ""
                                    << "" << -1 << -1;
    QTest::newRow("status requires action") << "Requires action"
                                            << ""
                                            << "" << -1 << -1;
    QTest::newRow("status awaiting approval") << "Awaiting approval"
                                              << ""
                                              << "" << -1 << -1;
    QTest::newRow("no reason") << ""
                               << "No reason"
                               << "" << -1 << -1;
    QTest::newRow("reason fraudulent") << ""
                                       << "Fraudulent"
                                       << "" << -1 << -1;
    QTest::newRow("agent b") << ""
                             << ""
                             << "agent:b" << -1 << -1;
    QTest::newRow("one day") << ""
                             << ""
                             << "" << 3 << 3;
    QTest::newRow("three days") << ""
                                << ""
                                << "" << 2 << 4;
    QTest::newRow("failed by supervisor c") << "Failed"
                                            << ""
                                            << "supervisor:c" << -1 << -1;
    QTest::newRow("everything at once") << "Succeeded"
                                        << "Duplicate"
                                        << "agent:a" << 0 << 12;
    QTest::newRow("before any refund") << ""
                                       << ""
                                       << "" << -30 << -2;
}

void tst_RefundsView::filtersNarrowRows()
{
    QFETCH(QString, status);
    QFETCH(QString, reason);
    QFETCH(QString, agent);
    QFETCH(int, fromDay);
    QFETCH(int, toDay);

    auto *statusFilter = m_view->findChild<QComboBox *>(u"statusFilter"_s);
    auto *reasonFilter = m_view->findChild<QComboBox *>(u"reasonFilter"_s);
    auto *agentFilter = m_view->findChild<QComboBox *>(u"agentFilter"_s);
    auto *dates = m_view->findChild<QCheckBox *>(u"dateFilterEnabled"_s);
    auto *from = m_view->findChild<QDateEdit *>(u"fromDate"_s);
    auto *to = m_view->findChild<QDateEdit *>(u"toDate"_s);
    QVERIFY(statusFilter && reasonFilter && agentFilter && dates && from && to);
    QVERIFY(!from->isEnabled());

    RefundQuery expected;
    if (!status.isEmpty()) {
        const int index = statusFilter->findText(status);
        QVERIFY(index > 0);
        statusFilter->setCurrentIndex(index);
        expected.status = RefundStatus(statusFilter->currentData().toInt());
    }
    if (!reason.isEmpty()) {
        const int index = reasonFilter->findText(reason);
        QVERIFY(index > 0);
        reasonFilter->setCurrentIndex(index);
        expected.reason = RefundReason(reasonFilter->currentData().toInt());
    }
    if (!agent.isEmpty()) {
        const int index = agentFilter->findText(agent);
        QVERIFY(index > 0);
        agentFilter->setCurrentIndex(index);
        expected.createdBy = agent;
    }
    if (fromDay != -1) {
        QTest::mouseClick(dates, Qt::LeftButton, {}, QPoint(4, dates->height() / 2));
        QVERIFY(dates->isChecked());
        QVERIFY(from->isEnabled());
        from->setDate(seededDay(fromDay));
        to->setDate(seededDay(toDay));
        expected.createdFrom = seededDay(fromDay).startOfDay().toSecsSinceEpoch();
        expected.createdTo = seededDay(toDay + 1).startOfDay().toSecsSinceEpoch();
    }
    QVERIFY(m_view->filterBar()->isFiltering());

    const auto matching = m_store->countRefunds(expected);
    QVERIFY(matching);
    QCOMPARE(rowWith([](const Refund &) { return false; }), -1); // fetches every page
    RefundListModel *model = m_view->model();
    QCOMPARE(model->rowCount(), int(matching.value()));
    for (int row = 0; row < model->rowCount(); ++row) {
        const Refund &refund = model->refund(row);
        if (expected.status)
            QCOMPARE(toString(refund.status), toString(*expected.status));
        if (expected.reason)
            QCOMPARE(toString(refund.reason), toString(*expected.reason));
        if (!agent.isEmpty())
            QCOMPARE(refund.createdBy, agent);
        if (expected.createdFrom) {
            const QDate day = QDateTime::fromSecsSinceEpoch(refund.created).date();
            QVERIFY(day >= seededDay(fromDay));
            QVERIFY(day <= seededDay(toDay));
        }
    }
    auto *count = m_view->findChild<QLabel *>(u"refundCountLabel"_s);
    QCOMPARE(count->text(), u"%1 of %2 refunds"_s.arg(matching.value()).arg(seededRefunds + 1));
    // The seed has something for every filter but the last, so a filter that does nothing
    // cannot pass.
    if (fromDay >= -1)
        QVERIFY(matching.value() > 0);
    QVERIFY(matching.value() < seededRefunds);

    m_view->filterBar()->clear();
    QVERIFY(!m_view->filterBar()->isFiltering());
    QCOMPARE(model->rowCount(), seededRefunds + 1);
}

void tst_RefundsView::dateRangeCoversWholeLocalDays()
{
    RefundFilterBar bar;
    QSignalSpy changed(&bar, &RefundFilterBar::filterChanged);
    auto *dates = bar.findChild<QCheckBox *>(u"dateFilterEnabled"_s);
    auto *from = bar.findChild<QDateEdit *>(u"fromDate"_s);
    auto *to = bar.findChild<QDateEdit *>(u"toDate"_s);
    QVERIFY(dates && from && to);
    from->setDate(QDate(2026, 3, 28));
    to->setDate(QDate(2026, 3, 29));
    QCOMPARE(changed.count(), 0); // off: the dates do not filter yet
    RefundQuery query;
    bar.applyTo(query);
    QVERIFY(!query.createdFrom);
    QVERIFY(!query.createdTo);

    dates->setChecked(true);
    QCOMPARE(changed.count(), 1);
    bar.applyTo(query);
    QVERIFY(query.createdFrom && query.createdTo);
    // Local midnights: the first day from its start, the last one to its end.
    QCOMPARE(*query.createdFrom, QDateTime(QDate(2026, 3, 28), QTime(0, 0)).toSecsSinceEpoch());
    QCOMPARE(*query.createdTo, QDateTime(QDate(2026, 3, 30), QTime(0, 0)).toSecsSinceEpoch());

    // A start after the end moves the end along rather than showing nothing.
    from->setDate(QDate(2026, 4, 2));
    QCOMPARE(to->date(), QDate(2026, 4, 2));
    to->setDate(QDate(2026, 3, 1));
    QCOMPARE(from->date(), QDate(2026, 3, 1));
    QCOMPARE(changed.count(), 3);
}

void tst_RefundsView::filterStateRoundTrips()
{
    RefundFilterBar bar;
    bar.findChild<QComboBox *>(u"statusFilter"_s)->setCurrentIndex(2);
    auto *reason = bar.findChild<QComboBox *>(u"reasonFilter"_s);
    reason->setCurrentIndex(reason->findText(u"No reason"_s));
    bar.findChild<QCheckBox *>(u"dateFilterEnabled"_s)->setChecked(true);
    bar.findChild<QDateEdit *>(u"fromDate"_s)->setDate(QDate(2026, 1, 5));
    bar.findChild<QDateEdit *>(u"toDate"_s)->setDate(QDate(2026, 2, 7));
    QCOMPARE(bar.reloadAgents(*m_store).ok(), true);
    auto *agent = bar.findChild<QComboBox *>(u"agentFilter"_s);
    agent->setCurrentIndex(agent->findText(u"agent:b"_s));

    const QVariantMap state = bar.saveState();
    QCOMPARE(state.value(u"status"_s).toString(), u"requires_action"_s);
    QCOMPARE(state.value(u"reason"_s).toString(), u"none"_s);
    QCOMPARE(state.value(u"agent"_s).toString(), u"agent:b"_s);
    QCOMPARE(state.value(u"from"_s).toString(), u"2026-01-05"_s);

    RefundFilterBar restored;
    QSignalSpy changed(&restored, &RefundFilterBar::filterChanged);
    restored.restoreState(state);
    QCOMPARE(changed.count(), 1);
    RefundQuery before;
    RefundQuery after;
    bar.applyTo(before);
    restored.applyTo(after);
    QVERIFY(after.status == before.status);
    QVERIFY(after.reason == before.reason);
    QCOMPARE(after.createdBy, u"agent:b"_s);
    QCOMPARE(after.createdFrom, before.createdFrom);
    QCOMPARE(after.createdTo, before.createdTo);
    QCOMPARE(restored.saveState(), state);

    // Garbage falls back to "all".
    restored.restoreState({{u"status"_s, u"bogus"_s}, {u"reason"_s, 7}, {u"from"_s, u"x"_s}});
    QVERIFY(!restored.isFiltering());
}

void tst_RefundsView::agentsReloadKeepsChoice()
{
    auto *agent = m_view->findChild<QComboBox *>(u"agentFilter"_s);
    QStringList listed;
    for (int i = 1; i < agent->count(); ++i)
        listed << agent->itemText(i);
    QCOMPARE(listed, TestSeed::refundAgents());
    agent->setCurrentIndex(agent->findText(u"agent:b"_s));
    const int rows = m_view->model()->rowCount();

    RefundRequest request;
    request.paymentRecordId = u"pr_rf_0003"_s;
    request.amount = 777;
    const auto created = m_store->createRefund(request, Actor {u"agent:aaron"_s});
    QVERIFY(created);
    QSignalSpy changed(m_view->filterBar(), &RefundFilterBar::filterChanged);
    m_view->table()->setFocus();
    QTest::keyClick(m_view->table(), Qt::Key_F5); // refresh()
    QCOMPARE(changed.count(), 0);
    QCOMPARE(agent->currentText(), u"agent:b"_s);
    QCOMPARE(agent->findText(u"agent:aaron"_s), 2); // sorted, after "All agents" and agent:a
    QCOMPARE(m_view->model()->rowCount(), rows);
    agent->setCurrentIndex(0);
    QCOMPARE(m_view->model()->rowCount(), seededRefunds + 2);
}

void tst_RefundsView::markFailedWithKeysAndMouse()
{
    const int row = rowWith([](const Refund &r) { return r.status == RefundStatus::Pending; });
    QVERIFY(row >= 0);
    const QString id = m_view->model()->refund(row).id;
    clickRow(row);
    QCOMPARE(m_view->currentRefund()->id, id);
    QCOMPARE(enabledStatusButtons(),
             QStringList({u"markSucceededButton"_s, u"markFailedButton"_s, u"cancelRefundButton"_s,
                          u"requiresActionButton"_s}));

    QSignalSpy changed(m_view.get(), &RefundsView::refundChanged);
    QTest::mouseClick(button(u"markFailedButton"_s), Qt::LeftButton);
    StatusChangeDialog *dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(toString(dialog->target()), toString(RefundStatus::Failed));
    QVERIFY(dialog->isModal());
    auto *ok = dialog->findChild<QPushButton *>(u"okButton"_s);
    auto *problem = dialog->findChild<QLabel *>(u"problemLabel"_s);
    auto *reason = dialog->findChild<QComboBox *>(u"failureReasonField"_s);
    QVERIFY(ok && problem && reason);
    QVERIFY(!ok->isEnabled());
    QCOMPARE(problem->text(),
             u"A failure_reason is required to mark refund %1 as failed."_s.arg(id));
    QVERIFY(problem->isVisible());

    // Down through the reasons to "Declined", as an agent would with the keyboard.
    reason->setFocus();
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(reason, Qt::Key_Down);
    QCOMPARE(reason->currentText(), u"Declined"_s);
    QVERIFY(ok->isEnabled());
    QCOMPARE(problem->text(), QString());
    QVERIFY(!problem->isVisible());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!openDialog());

    const auto stored = m_store->refund(id);
    QVERIFY(stored);
    QCOMPARE(toString(stored->status), toString(RefundStatus::Failed));
    QCOMPARE(toString(stored->failureReason), toString(FailureReason::Declined));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<Refund>(), stored.value());
    QCOMPARE(m_view->findChild<QLabel *>(u"messageLabel"_s)->text(),
             u"Refund %1 is now “Failed”."_s.arg(id));
    QCOMPARE(m_view->model()->refund(row), stored.value());
    QCOMPARE(m_view->model()->index(row, RefundListModel::Status).data().toString(),
             u"Failed: Declined"_s);
    // Failed is final: nothing more to do with it, and the change is the view's agent's.
    QCOMPARE(enabledStatusButtons(), QStringList());
    const auto history = m_store->history(stored->paymentRecordId);
    QVERIFY(history);
    QCOMPARE(history->constLast().action, u"refund.status_changed"_s);
    QCOMPARE(history->constLast().actor, viewer.name);
}

void tst_RefundsView::markSucceededNeedsReference()
{
    const int row = rowWith([](const Refund &r) { return r.status == RefundStatus::Pending; });
    QVERIFY(row >= 0);
    const QString id = m_view->model()->refund(row).id;
    clickRow(row);
    QTest::mouseClick(button(u"markSucceededButton"_s), Qt::LeftButton);
    StatusChangeDialog *dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(toString(dialog->target()), toString(RefundStatus::Succeeded));
    auto *ok = dialog->findChild<QPushButton *>(u"okButton"_s);
    auto *problem = dialog->findChild<QLabel *>(u"problemLabel"_s);
    auto *reference = dialog->findChild<QLineEdit *>(u"referenceField"_s);
    auto *refundedAt = dialog->findChild<QDateTimeEdit *>(u"refundedAtField"_s);
    QVERIFY(ok && problem && reference && refundedAt);
    QVERIFY(!ok->isEnabled());
    QVERIFY(problem->text().contains(u"refund reference"_s));
    // By the store's clock: the default, and the latest time allowed.
    QCOMPARE(refundedAt->dateTime().toSecsSinceEpoch(), now);
    QCOMPARE(refundedAt->maximumDateTime().toSecsSinceEpoch(), now);
    QCOMPARE(refundedAt->minimumDateTime().toSecsSinceEpoch(),
             *m_view->model()->refund(row).initiatedAt);

    QTest::keyClicks(reference, u"  "_s);
    QVERIFY(!ok->isEnabled()); // blanks are not a reference
    QTest::keyClicks(reference, u"pyr_77AB"_s);
    QVERIFY(ok->isEnabled());
    QCOMPARE(problem->text(), QString());
    // Return in the field accepts, as OK is the default button.
    QTest::keyClick(reference, Qt::Key_Return);
    QTRY_VERIFY(!openDialog());

    const auto stored = m_store->refund(id);
    QVERIFY(stored);
    QCOMPARE(toString(stored->status), toString(RefundStatus::Succeeded));
    QCOMPARE(stored->refundReference, u"pyr_77AB"_s);
    QCOMPARE(stored->refundedAt, std::optional<qint64>(now));
    QCOMPARE(m_view->model()->index(row, RefundListModel::RefundReference).data().toString(),
             u"pyr_77AB"_s);
    QCOMPARE(enabledStatusButtons(), QStringList({u"markFailedButton"_s}));
}

void tst_RefundsView::backToPendingWithReason()
{
    const int row =
        rowWith([](const Refund &r) { return r.status == RefundStatus::RequiresAction; });
    QVERIFY(row >= 0);
    const QString id = m_view->model()->refund(row).id;
    clickRow(row);
    QTest::mouseClick(button(u"backToPendingButton"_s), Qt::LeftButton);
    StatusChangeDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *ok = dialog->findChild<QPushButton *>(u"okButton"_s);
    auto *reason = dialog->findChild<QComboBox *>(u"pendingReasonField"_s);
    QVERIFY(ok && reason);
    QVERIFY(ok->isEnabled()); // the reason is optional
    QTest::keyClick(reason, Qt::Key_Down);
    QCOMPARE(reason->currentText(), u"Processing"_s);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!openDialog());
    const auto stored = m_store->refund(id);
    QVERIFY(stored);
    QCOMPARE(toString(stored->status), toString(RefundStatus::Pending));
    QCOMPARE(toString(stored->pendingReason), toString(PendingReason::Processing));
    QCOMPARE(m_view->model()->index(row, RefundListModel::Status).data(Qt::ToolTipRole),
             QVariant(u"Processing"_s));
}

void tst_RefundsView::cancelDefaultsToKeeping()
{
    const int row = rowWith([](const Refund &r) { return r.status == RefundStatus::Pending; });
    QVERIFY(row >= 0);
    const QString id = m_view->model()->refund(row).id;
    clickRow(row);
    QTest::mouseClick(button(u"cancelRefundButton"_s), Qt::LeftButton);
    StatusChangeDialog *dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(toString(dialog->target()), toString(RefundStatus::Canceled));
    QVERIFY(dialog->findChild<QLabel *>(u"introLabel"_s)->text().contains(u"cannot be undone"_s));
    // Return keeps the refund: canceling takes a deliberate click.
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(!openDialog());
    QCOMPARE(toString(m_store->refund(id)->status), toString(RefundStatus::Pending));

    QTest::mouseClick(button(u"cancelRefundButton"_s), Qt::LeftButton);
    dialog = openDialog();
    QVERIFY(dialog);
    auto *ok = dialog->findChild<QPushButton *>(u"okButton"_s);
    QCOMPARE(ok->text(), u"Cancel refund"_s);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!openDialog());
    QCOMPARE(toString(m_store->refund(id)->status), toString(RefundStatus::Canceled));
    QCOMPARE(m_view->model()->index(row, RefundListModel::Status).data().toString(), u"Canceled"_s);
}

void tst_RefundsView::finalRefundsOfferNothing_data()
{
    QTest::addColumn<RefundStatus>("status");
    QTest::newRow("failed") << RefundStatus::Failed;
    QTest::newRow("canceled") << RefundStatus::Canceled;
}

void tst_RefundsView::finalRefundsOfferNothing()
{
    QFETCH(RefundStatus, status);
    const int row = rowWith([status](const Refund &r) { return r.status == status; });
    QVERIFY(row >= 0);
    clickRow(row);
    QCOMPARE(enabledStatusButtons(), QStringList());
    for (const auto &[target, name] : statusButtons)
        QVERIFY(!m_view->statusAction(target)->isEnabled());
    QVERIFY(button(u"showPaymentButton"_s)->isEnabled());
    // Neither the shortcuts nor the menu reach a status change.
    m_view->table()->setFocus();
    QTest::keyClick(m_view->table(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(m_view->table(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!openDialog());
    QCOMPARE(contextMenuTexts(row), QStringList({u"Show payment"_s}));
}

void tst_RefundsView::actionsFollowLifecycle_data()
{
    QTest::addColumn<RefundStatus>("status");
    QTest::addColumn<QStringList>("enabled");

    const QMap<RefundStatus, QStringList> expected {
        {RefundStatus::Pending,
         {u"markSucceededButton"_s, u"markFailedButton"_s, u"cancelRefundButton"_s,
          u"requiresActionButton"_s}},
        {RefundStatus::RequiresAction,
         {u"markSucceededButton"_s, u"markFailedButton"_s, u"cancelRefundButton"_s,
          u"backToPendingButton"_s}},
        {RefundStatus::Succeeded, {u"markFailedButton"_s}},
        {RefundStatus::Failed, {}},
        {RefundStatus::Canceled, {}},
        // Only a decision in the approvals queue moves it on: approving there, or rejecting,
        // which cancels it. A status change would skip the second pair of eyes.
        {RefundStatus::AwaitingApproval, {}},
    };
    for (const RefundStatus status : allRefundStatuses()) {
        // A status without an expectation fails its row instead of being skipped.
        QTest::newRow(qPrintable(toString(status)))
            << status << expected.value(status, {u"no expectation for this status"_s});
    }
}

void tst_RefundsView::actionsFollowLifecycle()
{
    QFETCH(RefundStatus, status);
    QFETCH(QStringList, enabled);

    const int row = rowWith([status](const Refund &r) { return r.status == status; });
    QVERIFY2(row >= 0, "the seed has a refund in every status");
    clickRow(row);
    QCOMPARE(enabledStatusButtons(), enabled);

    // The same as the lifecycle says, but for approval.
    QStringList fromLifecycle;
    QStringList menuTexts;
    for (const auto &[target, name] : statusButtons) {
        const bool allowed = RefundLifecycle::nextStatuses(status).contains(target)
            && !(status == RefundStatus::AwaitingApproval && target == RefundStatus::Pending);
        if (allowed) {
            fromLifecycle << name;
            menuTexts << m_view->statusAction(target)->text();
        }
        QCOMPARE(m_view->statusAction(target)->isEnabled(), allowed);
    }
    QCOMPARE(enabledStatusButtons(), fromLifecycle);
    QCOMPARE(RefundsView::offeredStatuses(status).size(), enabled.size());
    // The context menu offers exactly those, and nothing disabled.
    QCOMPARE(contextMenuTexts(row), menuTexts << u"Show payment"_s);
}

void tst_RefundsView::shortcutsOnlyInsideTheView()
{
    QWidget host;
    auto *elsewhere = new QLineEdit(&host);
    auto *view = new RefundsView(*m_store, viewer, &host);
    auto *layout = new QVBoxLayout(&host);
    layout->addWidget(elsewhere);
    layout->addWidget(view);
    host.resize(1300, 700);
    host.show();
    host.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&host));
    auto dialogOf = [view]() -> StatusChangeDialog * {
        for (StatusChangeDialog *dialog : view->findChildren<StatusChangeDialog *>()) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    };

    RefundListModel *model = view->model();
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        if (model->refund(r).status == RefundStatus::Pending)
            row = r;
    }
    QVERIFY(row >= 0);
    view->table()->selectRow(row);

    // Focus outside the view: its keys are not active, so the window's own keys stay free.
    elsewhere->setFocus();
    QTRY_VERIFY(elsewhere->hasFocus());
    QTest::keyClick(elsewhere, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!dialogOf());

    const QList<std::pair<Qt::Key, RefundStatus>> keys {
        {Qt::Key_S, RefundStatus::Succeeded},
        {Qt::Key_F, RefundStatus::Failed},
        {Qt::Key_X, RefundStatus::Canceled},
        {Qt::Key_A, RefundStatus::RequiresAction},
    };
    for (const auto &[key, target] : keys) {
        view->table()->setFocus();
        QTRY_VERIFY(view->table()->hasFocus());
        QTest::keyClick(view->table(), key, Qt::ControlModifier | Qt::ShiftModifier);
        StatusChangeDialog *dialog = dialogOf();
        QVERIFY2(dialog, qPrintable(toString(target)));
        QCOMPARE(toString(dialog->target()), toString(target));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialogOf());
    }
    QCOMPARE(toString(model->refund(row).status), toString(RefundStatus::Pending));

    // Back to pending is not offered for a pending refund: its key does nothing.
    view->table()->setFocus();
    QTest::keyClick(view->table(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!dialogOf());
}

void tst_RefundsView::storeErrorLeavesRowUnchanged()
{
    // Another refund already has the processor reference typed; only the store knows.
    const int taken = rowWith([](const Refund &r) { return r.refundReference == u"ref_00001"; });
    QVERIFY(taken >= 0);
    const QString owner = m_view->model()->refund(taken).id;
    const int row = rowWith([](const Refund &r) { return r.status == RefundStatus::Pending; });
    QVERIFY(row >= 0);
    const Refund before = m_view->model()->refund(row);
    clickRow(row);

    QSignalSpy errors(m_view.get(), &RefundsView::errorOccurred);
    QSignalSpy changed(m_view.get(), &RefundsView::refundChanged);
    QTest::mouseClick(button(u"markSucceededButton"_s), Qt::LeftButton);
    StatusChangeDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *reference = dialog->findChild<QLineEdit *>(u"referenceField"_s);
    auto *ok = dialog->findChild<QPushButton *>(u"okButton"_s);
    QTest::keyClicks(reference, u"ref_00001"_s);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    const QString message =
        u"Refund reference \"ref_00001\" is already used by refund %1."_s.arg(owner);
    // The dialog stays open with the store's sentence, so the agent can correct the reference.
    QCOMPARE(openDialog(), dialog);
    QCOMPARE(dialog->findChild<QLabel *>(u"problemLabel"_s)->text(), message);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.first().first().toString(), message);
    QCOMPARE(m_view->findChild<QLabel *>(u"messageLabel"_s)->text(), message);
    QCOMPARE(m_view->model()->refund(row), before);
    QCOMPARE(m_store->refund(before.id).value(), before);

    QTest::mouseClick(dialog->findChild<QPushButton *>(u"cancelButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!openDialog());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_view->model()->refund(row), before);
    QCOMPARE(m_view->model()->index(row, RefundListModel::Status).data().toString(), u"Pending"_s);
}

void tst_RefundsView::changedElsewhereIsReadAgain()
{
    const int row = rowWith([](const Refund &r) { return r.status == RefundStatus::Pending; });
    QVERIFY(row >= 0);
    const QString id = m_view->model()->refund(row).id;
    clickRow(row);
    StatusChange cancel;
    cancel.to = RefundStatus::Canceled;
    QVERIFY(m_store->changeRefundStatus(id, cancel, Actor {u"agent:other"_s}));
    QVERIFY(button(u"markFailedButton"_s)->isEnabled()); // the row still says pending

    QSignalSpy errors(m_view.get(), &RefundsView::errorOccurred);
    QTest::mouseClick(button(u"markFailedButton"_s), Qt::LeftButton);
    QVERIFY(!openDialog());
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.first().first().toString().contains(u"cannot change from canceled to failed"_s));
    QCOMPARE(toString(m_view->model()->refund(row).status), toString(RefundStatus::Canceled));
    QCOMPARE(enabledStatusButtons(), QStringList());
}

void tst_RefundsView::showPaymentEmitsRecord()
{
    QSignalSpy requested(m_view.get(), &RefundsView::showRecordRequested);
    clickRow(4);
    const QString record = m_view->model()->refund(4).paymentRecordId;
    QTest::mouseClick(button(u"showPaymentButton"_s), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.last().first().toString(), record);

    m_view->table()->setFocus();
    QTest::keyClick(m_view->table(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(requested.count(), 2);
    // A double click as a mouse sends it: press, release, double click, release.
    const QPoint at =
        m_view->table()->visualRect(m_view->model()->index(4, RefundListModel::Id)).center();
    QWidget *viewport = m_view->table()->viewport();
    QTest::mouseClick(viewport, Qt::LeftButton, {}, at);
    QCOMPARE(requested.count(), 2);
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, at);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, at);
    QCOMPARE(requested.count(), 3);
    QCOMPARE(requested.last().first().toString(), record);

    QVERIFY(m_view->selectRefund(m_view->model()->refund(9).id));
    QCOMPARE(m_view->currentRefund()->id, m_view->model()->refund(9).id);
    QVERIFY(!m_view->selectRefund(u"re_not_shown"_s));
}

void tst_RefundsView::failingStoreShowsMessage()
{
    Testing::FailingStore store;
    RefundsView view(store, viewer);
    QSignalSpy errors(&view, &RefundsView::errorOccurred);
    QCOMPARE(view.findChild<QLabel *>(u"messageLabel"_s)->text(),
             u"database disk image is malformed"_s);
    QCOMPARE(view.model()->rowCount(), 0);
    view.refresh();
    QVERIFY(errors.count() >= 1);
    QCOMPARE(errors.first().first().toString(), u"database disk image is malformed"_s);
}

void tst_RefundsView::screenshot()
{
    // Writes refunds-view.png and status-dialog-<status>.png for a pending refund when asked:
    // REFUNDDESK_SCREENSHOT_DIR=docs/screenshots.
    const QString folder = qEnvironmentVariable("REFUNDDESK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("REFUNDDESK_SCREENSHOT_DIR is not set");
    QVERIFY(QDir().mkpath(folder));
    const int row = rowWith([](const Refund &r) { return r.status == RefundStatus::Pending; });
    QVERIFY(row >= 0);
    clickRow(row);
    m_view->table()->setFocus();
    const QString viewPath = QDir(folder).filePath(u"refunds-view.png"_s);
    QVERIFY(m_view->grab().save(viewPath));
    qInfo("screenshot written to %s", qPrintable(viewPath));

    for (const auto &[target, name] : statusButtons) {
        if (!m_view->statusAction(target)->isEnabled())
            continue;
        m_view->statusAction(target)->trigger();
        StatusChangeDialog *dialog = openDialog();
        QVERIFY(dialog);
        const QString path = QDir(folder).filePath(u"status-dialog-%1.png"_s.arg(toString(target)));
        QVERIFY(dialog->grab().save(path));
        qInfo("screenshot written to %s", qPrintable(path));
        dialog->reject();
    }
}

QTEST_MAIN(tst_RefundsView)
#include "tst_refundsview.moc"
