#include "approvalsview.h"
#include "auditview.h"
#include "domain/recordstate.h"
#include "mainwindow.h"
#include "metadatadialog.h"
#include "metadataeditor.h"
#include "paymentlistmodel.h"
#include "recorddetailpane.h"
#include "recordsummaryview.h"
#include "refunddialog.h"
#include "refundfilterbar.h"
#include "refundlistmodel.h"
#include "refundsview.h"
#include "reportsview.h"
#include "seedrecords.h"
#include "sessionactions.h"
#include "signindialog.h"
#include "store/sqlitestore.h"
#include "transferactions.h"
#include "userformdialog.h"
#include "usersdialog.h"
#include "userseed.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk;
using namespace Qt::StringLiterals;

namespace {

constexpr int seededRecords = 300;

PaymentRecord namedRecord()
{
    PaymentRecord record;
    record.id = QStringLiteral("pr_named_for_search");
    record.currency = QStringLiteral("eur");
    record.amountRequested = record.amountAuthorized = record.amountGuaranteed = 4200;
    record.created = TestSeed::newest - 3600;
    record.customer.name = QStringLiteral("Zoe Quillfeather");
    record.customer.email = QStringLiteral("zoe.q@example.org");
    record.paymentMethod.type = QStringLiteral("card");
    record.paymentMethod.cardBrand = QStringLiteral("visa");
    record.paymentMethod.cardLast4 = QStringLiteral("4242");
    return record;
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsRecordsAndStatus();
    void searchNarrowsAfterDebounce();
    void stateFilterNarrows();
    void findShortcutsFocusSearch_data();
    void findShortcutsFocusSearch();
    void emptyDatabaseShowsHint();
    void currencyAndAmountFilter();
    void amountInTheWrongCurrencyIsExplained();
    void createdDateFilter();
    void clearResetsEveryFilter();
    void selectionShowsDetails();
    void nextAndPreviousRecord();
    void layoutAndFiltersAreRemembered();
    void findRefundSeeHistoryAndExport();
    void refundShortcutWithoutSelection();
    void editMetadataFromTheMenu();
    void statusChangeInRefundsTabUpdatesPayment();
    void actionsFollowRole_data();
    void actionsFollowRole();
    void localOperatorWithoutUsers();
    void tabKeysFollowTheTabs();
    void firstUserRequiresSignIn();
    void switchUserRebuildsWhatDependsOnIt();
    void screenshot();

private:
    std::unique_ptr<SqliteStore> openStore(const QString &name, int records);
    static StoreOpener opener(const QString &path);

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    // The remembered layout goes to the test's folder, never to the user's settings.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
}

StoreOpener tst_MainWindow::opener(const QString &path)
{
    return sqliteOpener(path);
}

std::unique_ptr<SqliteStore> tst_MainWindow::openStore(const QString &name, int records)
{
    auto opened = SqliteStore::open(m_dir.filePath(name));
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message));
        return {};
    }
    if (records > 0) {
        const auto seeded = TestSeed::seed(*opened.value(), records, {namedRecord()});
        if (!seeded) {
            qWarning("%s", qPrintable(seeded.error().message));
            return {};
        }
    }
    return std::move(opened).value();
}

void tst_MainWindow::init()
{
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).remove(u'+');
    m_store = openStore(QString::fromLatin1(QTest::currentTestFunction()) + tag
                            + QStringLiteral(".sqlite"),
                        seededRecords);
    QVERIFY(m_store);
    QSettings().clear(); // every test starts from the first run's layout
    m_window = std::make_unique<MainWindow>(*m_store, opener(m_store->location()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    m_store.reset();
}

void tst_MainWindow::showsRecordsAndStatus()
{
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("paymentTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), PaymentListModel::PageSize);
    QVERIFY(table->isSortingEnabled());
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(PaymentListModel::Created));
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);

    auto *count = m_window->findChild<QLabel *>(QStringLiteral("recordCountLabel"));
    QVERIFY(count);
    QCOMPARE(count->text(), QStringLiteral("301 records"));
    auto *database = m_window->findChild<QLabel *>(QStringLiteral("databaseLabel"));
    QVERIFY(database);
    QVERIFY(database->text().contains(QDir::toNativeSeparators(m_store->location())));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("RefundDesk — showsRecordsAndStatus.sqlite"));

    // A click on a column that cannot be sorted leaves the arrow where the sort is.
    table->horizontalHeader()->setSortIndicator(PaymentListModel::State, Qt::AscendingOrder);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(PaymentListModel::Created));
    table->sortByColumn(PaymentListModel::Amount, Qt::AscendingOrder);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(PaymentListModel::Amount));
    auto *model = qobject_cast<PaymentListModel *>(table->model());
    QVERIFY(model);
    QCOMPARE(model->query().sort, RecordSort::Amount);
    QVERIFY(!model->query().descending);
}

void tst_MainWindow::searchNarrowsAfterDebounce()
{
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("paymentTable"));
    auto *count = m_window->findChild<QLabel *>(QStringLiteral("recordCountLabel"));
    QVERIFY(search && table && count);
    QVERIFY(!search->accessibleName().isEmpty());
    QVERIFY(search->placeholderText().startsWith(QStringLiteral("Search id, email")));

    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("Quillfeather"));
    // Still waiting for the agent to pause.
    QCOMPARE(table->model()->rowCount(), PaymentListModel::PageSize);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, PaymentListModel::Id).data().toString(),
             QStringLiteral("pr_named_for_search"));
    QCOMPARE(count->text(), QStringLiteral("1 of 301 records"));

    search->clear();
    QTRY_COMPARE(table->model()->rowCount(), PaymentListModel::PageSize);
    QCOMPARE(count->text(), QStringLiteral("301 records"));
}

void tst_MainWindow::stateFilterNarrows()
{
    auto *state = m_window->findChild<QComboBox *>(QStringLiteral("stateFilter"));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("paymentTable"));
    auto *count = m_window->findChild<QLabel *>(QStringLiteral("recordCountLabel"));
    QVERIFY(state && table && count);
    QVERIFY(!state->accessibleName().isEmpty());
    QCOMPARE(state->count(), 1 + int(allRecordStates().size()));

    const int failed = state->findData(int(RecordState::Failed));
    QVERIFY(failed > 0);
    state->setFocus();
    state->setCurrentIndex(failed);
    RecordQuery query;
    query.state = RecordState::Failed;
    const auto matching = m_store->countRecords(query);
    QVERIFY(matching);
    QVERIFY(matching.value() > 0);
    QCOMPARE(table->model()->rowCount(), int(matching.value()));
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QCOMPARE(table->model()->index(row, PaymentListModel::State).data().toString(),
                 displayName(RecordState::Failed));
    QCOMPARE(count->text(), QStringLiteral("%1 of 301 records").arg(matching.value()));

    // Back to every state with the keyboard.
    QTest::keyClick(state, Qt::Key_Home);
    QCOMPARE(state->currentIndex(), 0);
    QCOMPARE(table->model()->rowCount(), PaymentListModel::PageSize);
    QCOMPARE(count->text(), QStringLiteral("301 records"));
}

void tst_MainWindow::findShortcutsFocusSearch_data()
{
    QTest::addColumn<QKeyCombination>("keys");
    QTest::newRow("Ctrl+F") << QKeyCombination(Qt::ControlModifier, Qt::Key_F);
    QTest::newRow("Ctrl+K") << QKeyCombination(Qt::ControlModifier, Qt::Key_K);
}

void tst_MainWindow::findShortcutsFocusSearch()
{
    QFETCH(QKeyCombination, keys);
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("paymentTable"));
    QVERIFY(search && table);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    table->setFocus();
    QVERIFY(!search->hasFocus());
    QTest::keyClick(table, keys.key(), keys.keyboardModifiers());
    QVERIFY(search->hasFocus());
}

void tst_MainWindow::emptyDatabaseShowsHint()
{
    m_window.reset();
    m_store = openStore(QStringLiteral("empty.sqlite"), 0);
    QVERIFY(m_store);
    MainWindow window(*m_store, opener(m_store->location()));
    window.show();
    auto *count = window.findChild<QLabel *>(QStringLiteral("recordCountLabel"));
    auto *banner = window.findChild<QWidget *>(QStringLiteral("emptyBanner"));
    auto *demo = window.findChild<QPushButton *>(QStringLiteral("loadDemoButton"));
    QVERIFY(count && banner && demo);
    QCOMPARE(count->text(), u"No payment records yet"_s);
    QVERIFY(banner->isVisible());
    QVERIFY(demo->isEnabled());

    // Loading demo data on the worker fills the list and the count, and the offer goes.
    QVERIFY(window.transfers()->loadDemo(50));
    QTRY_COMPARE(count->text(), u"50 records"_s);
    QVERIFY(!banner->isVisible());
    auto *table = window.findChild<QTableView *>(QStringLiteral("paymentTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 50);
    auto *currency = window.findChild<QComboBox *>(QStringLiteral("currencyFilter"));
    QVERIFY(currency);
    QVERIFY2(currency->count() > 2, "the currencies of the demo data are offered");
}

void tst_MainWindow::currencyAndAmountFilter()
{
    auto *currency = m_window->findChild<QComboBox *>(u"currencyFilter"_s);
    auto *minimum = m_window->findChild<QLineEdit *>(u"amountMinFilter"_s);
    auto *maximum = m_window->findChild<QLineEdit *>(u"amountMaxFilter"_s);
    auto *table = m_window->findChild<QTableView *>(u"paymentTable"_s);
    auto *count = m_window->findChild<QLabel *>(u"recordCountLabel"_s);
    QVERIFY(currency && minimum && maximum && table && count);
    // An amount means nothing without its currency: 10.00 is 1000 cents but 10 yen.
    QVERIFY(!minimum->isEnabled());
    QVERIFY(!maximum->isEnabled());

    const int eur = currency->findData(u"eur"_s);
    QVERIFY(eur > 0);
    currency->setCurrentIndex(eur);
    QVERIFY(minimum->isEnabled());
    minimum->setFocus();
    QTest::keyClicks(minimum, u"400"_s);
    QTest::keyClick(minimum, Qt::Key_Return);
    maximum->setFocus();
    QTest::keyClicks(maximum, u"700.50"_s);
    QTest::keyClick(maximum, Qt::Key_Return);

    RecordQuery query;
    query.currency = u"eur"_s;
    query.amountMin = 40000;
    query.amountMax = 70050;
    const auto matching = m_store->countRecords(query);
    QVERIFY(matching);
    QVERIFY(matching.value() > 0);
    QCOMPARE(table->model()->rowCount(), int(matching.value()));
    auto *model = qobject_cast<PaymentListModel *>(table->model());
    for (int row = 0; row < model->rowCount(); ++row) {
        const PaymentRecord &record = model->record(row);
        QCOMPARE(record.currency, u"eur"_s);
        QVERIFY(record.amountRequested >= 40000 && record.amountRequested <= 70050);
    }
    QCOMPARE(count->text(), u"%1 of 301 records"_s.arg(matching.value()));
}

void tst_MainWindow::amountInTheWrongCurrencyIsExplained()
{
    auto *currency = m_window->findChild<QComboBox *>(u"currencyFilter"_s);
    auto *minimum = m_window->findChild<QLineEdit *>(u"amountMinFilter"_s);
    auto *table = m_window->findChild<QTableView *>(u"paymentTable"_s);
    QVERIFY(currency && minimum && table);
    currency->setCurrentIndex(currency->findData(u"jpy"_s));
    const int yen = table->model()->rowCount();
    QVERIFY(yen > 0);
    minimum->setFocus();
    QTest::keyClicks(minimum, u"10.5"_s);
    QTest::keyClick(minimum, Qt::Key_Return);
    // The amount is left out rather than rounded, and the status bar says why.
    QCOMPARE(table->model()->rowCount(), yen);
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(u"10.5"_s) && message.contains(u"Smallest amount"_s),
             qPrintable(message));
}

void tst_MainWindow::createdDateFilter()
{
    auto *from = m_window->findChild<QDateEdit *>(u"createdFromFilter"_s);
    auto *to = m_window->findChild<QDateEdit *>(u"createdToFilter"_s);
    auto *table = m_window->findChild<QTableView *>(u"paymentTable"_s);
    QVERIFY(from && to && table);
    QCOMPARE(from->text(), u"Any date"_s);
    // Only the records of the newest seeded record's local day.
    const QDate day = QDateTime::fromSecsSinceEpoch(TestSeed::newest).toLocalTime().date();
    from->setDate(day);
    to->setDate(day);
    RecordQuery query;
    query.createdFrom = day.startOfDay().toSecsSinceEpoch();
    query.createdTo = day.addDays(1).startOfDay().toSecsSinceEpoch();
    const auto matching = m_store->countRecords(query);
    QVERIFY(matching);
    QVERIFY(matching.value() > 0 && matching.value() < 301);
    QCOMPARE(table->model()->rowCount(), int(matching.value()));
    auto *model = qobject_cast<PaymentListModel *>(table->model());
    for (int row = 0; row < model->rowCount(); ++row) {
        const QDate created =
            QDateTime::fromSecsSinceEpoch(model->record(row).created).toLocalTime().date();
        QCOMPARE(created, day);
    }
}

void tst_MainWindow::clearResetsEveryFilter()
{
    auto *search = m_window->findChild<QLineEdit *>(u"searchField"_s);
    auto *state = m_window->findChild<QComboBox *>(u"stateFilter"_s);
    auto *currency = m_window->findChild<QComboBox *>(u"currencyFilter"_s);
    auto *table = m_window->findChild<QTableView *>(u"paymentTable"_s);
    auto *count = m_window->findChild<QLabel *>(u"recordCountLabel"_s);
    QVERIFY(search && state && currency && table && count);
    currency->setCurrentIndex(currency->findData(u"usd"_s));
    state->setCurrentIndex(state->findData(int(RecordState::Paid)));
    search->setText(u"example"_s);
    QTRY_VERIFY(count->text().contains(u" of 301"_s));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(table, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(search->text(), QString());
    QCOMPARE(state->currentIndex(), 0);
    QCOMPARE(currency->currentIndex(), 0);
    QCOMPARE(count->text(), u"301 records"_s);
    QCOMPARE(table->model()->rowCount(), PaymentListModel::PageSize);
}

void tst_MainWindow::selectionShowsDetails()
{
    auto *table = m_window->findChild<QTableView *>(u"paymentTable"_s);
    QVERIFY(table);
    QCOMPARE(m_window->detailPane()->recordId(), QString());
    table->setFocus();
    table->selectRow(2);
    QCOMPARE(m_window->detailPane()->recordId(), u"pr_named_for_search"_s);
    auto *refundable = m_window->detailPane()->findChild<QLabel *>(u"refundableLabel"_s);
    QVERIFY(refundable);
    QCOMPARE(refundable->text(), u"€42.00"_s);
}

void tst_MainWindow::nextAndPreviousRecord()
{
    auto *table = m_window->findChild<QTableView *>(u"paymentTable"_s);
    auto *search = m_window->findChild<QLineEdit *>(u"searchField"_s);
    QVERIFY(table && search);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // From the search field too: the agent need not leave it to step through the results.
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(table->currentIndex().row(), 0);
    QTest::keyClick(search, Qt::Key_Down, Qt::AltModifier);
    QTest::keyClick(search, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(table->currentIndex().row(), 2);
    QCOMPARE(m_window->detailPane()->recordId(), u"pr_named_for_search"_s);
    QTest::keyClick(search, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(table->currentIndex().row(), 1);
    // Past the last fetched row, the next page is read.
    auto *model = qobject_cast<PaymentListModel *>(table->model());
    table->selectRow(model->rowCount() - 1);
    QTest::keyClick(search, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(table->currentIndex().row(), PaymentListModel::PageSize);
    QVERIFY(model->rowCount() > PaymentListModel::PageSize);
}

void tst_MainWindow::layoutAndFiltersAreRemembered()
{
    auto *search = m_window->findChild<QLineEdit *>(u"searchField"_s);
    auto *state = m_window->findChild<QComboBox *>(u"stateFilter"_s);
    auto *table = m_window->findChild<QTableView *>(u"paymentTable"_s);
    QVERIFY(search && state && table);
    search->setText(u"example.com"_s);
    state->setCurrentIndex(state->findData(int(RecordState::Paid)));
    table->setColumnWidth(PaymentListModel::Email, 333);
    table->sortByColumn(PaymentListModel::Amount, Qt::AscendingOrder);
    QVERIFY(m_window->close());
    m_window.reset();

    MainWindow again(*m_store, opener(m_store->location()));
    auto *search2 = again.findChild<QLineEdit *>(u"searchField"_s);
    auto *state2 = again.findChild<QComboBox *>(u"stateFilter"_s);
    auto *table2 = again.findChild<QTableView *>(u"paymentTable"_s);
    QVERIFY(search2 && state2 && table2);
    QCOMPARE(search2->text(), u"example.com"_s);
    QCOMPARE(state2->currentData().toInt(), int(RecordState::Paid));
    QCOMPARE(table2->columnWidth(PaymentListModel::Email), 333);
    auto *model = qobject_cast<PaymentListModel *>(table2->model());
    QCOMPARE(model->query().sort, RecordSort::Amount);
    QVERIFY(!model->query().descending);
    QCOMPARE(model->query().state, std::optional<RecordState>(RecordState::Paid));
    QCOMPARE(model->query().search, u"example.com"_s);
}

// The path of the issue's "Done when": find a payment by part of its email, refund part of
// it with the keyboard, see the history update, and export.
void tst_MainWindow::findRefundSeeHistoryAndExport()
{
    auto *search = m_window->findChild<QLineEdit *>(u"searchField"_s);
    auto *table = m_window->findChild<QTableView *>(u"paymentTable"_s);
    auto *history = m_window->detailPane()->findChild<QTableView *>(u"historyView"_s);
    QVERIFY(search && table && history);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    QTest::keyClick(table, Qt::Key_K, Qt::ControlModifier);
    QTest::keyClicks(search, u"zoe.q@"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QTest::keyClick(search, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(m_window->detailPane()->recordId(), u"pr_named_for_search"_s);
    const int historyRows = history->model()->rowCount();

    QTest::keyClick(table, Qt::Key_R, Qt::ControlModifier);
    RefundDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<RefundDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    auto *amount = dialog->findChild<QLineEdit *>(u"amountField"_s);
    auto *confirm = dialog->findChild<QPushButton *>(u"confirmButton"_s);
    QVERIFY(amount && confirm);
    QTest::keyClicks(amount, u"12.34"_s);
    QTest::keyClick(amount, Qt::Key_Return);
    QTRY_VERIFY(confirm->isEnabled() && confirm->hasFocus());
    QVERIFY(confirm->text().contains(u"€12.34"_s));
    QTest::keyClick(confirm, Qt::Key_Return);
    QTRY_VERIFY(m_window->findChild<RefundDialog *>() == nullptr); // closed and deleted

    const auto refunds = m_store->refundsOf(u"pr_named_for_search"_s);
    QVERIFY(refunds);
    QCOMPARE(refunds->size(), 1);
    QCOMPARE(refunds->first().amount, qint64(1234));
    QCOMPARE(refunds->first().createdBy, localOperator().name);
    // The list row, the detail pane and its history show it without a reload.
    QCOMPARE(table->model()->index(0, PaymentListModel::State).data().toString(),
             displayName(RecordState::RefundPending));
    auto *refundable = m_window->detailPane()->findChild<QLabel *>(u"refundableLabel"_s);
    QVERIFY(refundable);
    QCOMPARE(refundable->text(), u"€29.66"_s);
    QCOMPARE(history->model()->rowCount(), historyRows + 1);
    const QModelIndex last = history->model()->index(historyRows, 2);
    QVERIFY2(last.data().toString().contains(u"€12.34"_s), qPrintable(last.data().toString()));
    QVERIFY(m_window->statusBar()->currentMessage().contains(refunds->first().id));

    const QString exported = m_dir.filePath(u"export-after-refund.json"_s);
    QVERIFY(m_window->transfers()->exportPath(exported));
    QTRY_VERIFY(!m_window->transfers()->isBusy());
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(refunds->first().id.toUtf8()));
}

void tst_MainWindow::refundShortcutWithoutSelection()
{
    auto *table = m_window->findChild<QTableView *>(u"paymentTable"_s);
    auto *search = m_window->findChild<QLineEdit *>(u"searchField"_s);
    QVERIFY(table && search);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    search->setFocus();
    QTest::keyClicks(search, u"matches-nothing"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(table->model()->rowCount(), 0);
    auto *refund = m_window->findChild<QAction *>(u"refundAction"_s);
    QVERIFY(refund);
    QVERIFY(!refund->isEnabled()); // greyed in the menu: nothing is selected
    QTest::keyClick(search, Qt::Key_R, Qt::ControlModifier);
    QVERIFY(m_window->findChild<RefundDialog *>() == nullptr);
    // A fully refunded record offers no dialog either; the status bar says why.
    RecordQuery query;
    query.state = RecordState::Refunded;
    const auto page = m_store->listRecords(query);
    QVERIFY(page && !page->rows.isEmpty());
    const QString refunded = page->rows.first().record.id;
    m_window->showRecord(refunded);
    QCOMPARE(m_window->detailPane()->recordId(), refunded);
    m_window->refundSelected();
    QVERIFY(m_window->findChild<RefundDialog *>() == nullptr);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(refunded),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void tst_MainWindow::editMetadataFromTheMenu()
{
    auto *table = m_window->findChild<QTableView *>(u"paymentTable"_s);
    QVERIFY(table);
    table->selectRow(2);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(table, Qt::Key_M, Qt::ControlModifier);
    MetadataDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<MetadataDialog *>()) != nullptr);
    dialog->editor()->setMetadata({{u"ticket"_s, u"T-42"_s}});
    dialog->accept();
    QTRY_VERIFY(m_window->findChild<MetadataDialog *>() == nullptr);
    const auto record = m_store->record(u"pr_named_for_search"_s);
    QVERIFY(record);
    QCOMPARE(record->metadata, (Metadata {{u"ticket"_s, u"T-42"_s}}));
    const auto history = m_store->history(u"pr_named_for_search"_s);
    QVERIFY(history);
    QCOMPARE(history->last().action, u"record.metadata_changed"_s);
}

void tst_MainWindow::statusChangeInRefundsTabUpdatesPayment()
{
    RefundRequest request;
    request.paymentRecordId = u"pr_named_for_search"_s;
    request.amount = 4200;
    const auto created = m_store->createRefund(request, localOperator());
    QVERIFY(created);
    m_window->refundsView()->refresh();
    QVERIFY(m_window->refundsView()->selectRefund(created->refund.id));

    // Succeeded through the store as the view would write it; the window follows.
    StatusChange change;
    change.to = RefundStatus::Succeeded;
    change.refundReference = u"RR-1"_s;
    const auto changed = m_store->changeRefundStatus(created->refund.id, change, localOperator());
    QVERIFY(changed);
    Q_EMIT m_window->refundsView()->refundChanged(changed.value());
    auto *table = m_window->findChild<QTableView *>(u"paymentTable"_s);
    QVERIFY(table);
    QCOMPARE(table->model()->index(2, PaymentListModel::State).data().toString(),
             displayName(RecordState::Refunded));

    // "Show payment" in the refunds tab brings the record up in the payments tab.
    Q_EMIT m_window->refundsView()->showRecordRequested(u"pr_named_for_search"_s);
    auto *tabs = m_window->findChild<QTabWidget *>(u"mainTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(table->currentIndex().row(), 2);
    QCOMPARE(m_window->detailPane()->recordId(), u"pr_named_for_search"_s);
}

void tst_MainWindow::actionsFollowRole_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("refunds"); // refund, status changes
    QTest::addColumn<bool>("edits"); // notes and metadata
    QTest::addColumn<bool>("imports"); // import and demo data
    QTest::addColumn<bool>("audit");
    QTest::addColumn<bool>("users");
    QTest::newRow("viewer") << TestUsers::viewer << int(Role::Viewer) << false << false << false
                            << false << false;
    QTest::newRow("agent") << TestUsers::agent << int(Role::Agent) << true << true << false << false
                           << false;
    QTest::newRow("supervisor") << TestUsers::supervisor << int(Role::Supervisor) << true << true
                                << true << true << false;
    QTest::newRow("admin") << TestUsers::admin << int(Role::Admin) << true << true << true << true
                           << true;
}

void tst_MainWindow::actionsFollowRole()
{
    QFETCH(QString, user);
    QFETCH(int, role);
    QFETCH(bool, refunds);
    QFETCH(bool, edits);
    QFETCH(bool, imports);
    QFETCH(bool, audit);
    QFETCH(bool, users);
    m_window.reset();
    const Result<void> added = TestUsers::addUsers(*m_store);
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    MainWindow window(*m_store, opener(m_store->location()), TestUsers::actor(user, Role(role)));
    window.show();
    auto *table = window.findChild<QTableView *>(u"paymentTable"_s);
    QVERIFY(table);
    table->selectRow(2); // €42.00 left to refund

    const auto action = [&window](const char *name) {
        auto *found = window.findChild<QAction *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no action %s", name);
        return found;
    };
    QCOMPARE(action("refundAction")->isEnabled(), refunds);
    QCOMPARE(action("editMetadataAction")->isEnabled(), edits);
    QCOMPARE(action("addNoteAction")->isEnabled(), edits);
    QCOMPARE(action("importAction")->isEnabled(), imports);
    QCOMPARE(action("loadDemoAction")->isEnabled(), imports);
    QVERIFY(action("exportAction")->isEnabled()); // every role may export, masked or not
    QVERIFY(action("switchUserAction")->isEnabled());
    QCOMPARE(action("usersAction")->isEnabled(), users);
    QCOMPARE(action("auditTabAction")->isEnabled(), audit);
    QMenu *admin = nullptr;
    for (QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
        if (menu->menuAction()->text() == u"&Admin"_s)
            admin = menu;
    }
    QVERIFY(admin);
    QCOMPARE(admin->menuAction()->isVisible(), users);

    auto *tabs = window.findChild<QTabWidget *>(u"mainTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(window.auditView() != nullptr, audit);
    if (window.auditView())
        QVERIFY(tabs->isTabVisible(tabs->indexOf(window.auditView())));
    QVERIFY(tabs->isTabVisible(tabs->indexOf(window.approvalsView())));

    // The detail pane and the refunds tab offer the same as the menus.
    RecordDetailPane *detail = window.detailPane();
    QCOMPARE(detail->findChild<QPushButton *>(u"refundButton"_s)->isEnabled(), refunds);
    QCOMPARE(detail->findChild<QLineEdit *>(u"noteField"_s)->isEnabled(), edits);
    QCOMPARE(detail->findChild<QPushButton *>(u"addNoteButton"_s)->isEnabled(), edits);
    QCOMPARE(detail->findChild<QPushButton *>(u"editMetadataButton"_s)->isEnabled(), edits);
    RefundsView *refundsView = window.refundsView();
    refundsView->filterBar()->clear();
    QVERIFY(refundsView->model()->rowCount() > 0);
    int row = 0;
    while (refundsView->model()->refund(row).status != RefundStatus::Pending)
        ++row;
    refundsView->table()->selectRow(row);
    QCOMPARE(refundsView->statusAction(RefundStatus::Succeeded)->isEnabled(), refunds);
    QCOMPARE(
        refundsView->findChild<QPushButton *>(u"markSucceededButton"_s)->isVisibleTo(refundsView),
        refunds);

    auto *operatorLabel = window.findChild<QLabel *>(u"operatorLabel"_s);
    QVERIFY(operatorLabel);
    QCOMPARE(operatorLabel->text(), u"Signed in as %1 (%2)"_s.arg(user, displayName(Role(role))));
}

void tst_MainWindow::localOperatorWithoutUsers()
{
    auto *operatorLabel = m_window->findChild<QLabel *>(u"operatorLabel"_s);
    QVERIFY(operatorLabel);
    QCOMPARE(operatorLabel->text(), u"Local operator %1 (no sign-in)"_s.arg(localOperator().name));
    QVERIFY(m_window->access().localOperator);
    // No one to switch to yet; everything else is the local operator's, as an admin's.
    QVERIFY(!m_window->findChild<QAction *>(u"switchUserAction"_s)->isEnabled());
    QVERIFY(m_window->findChild<QAction *>(u"usersAction"_s)->isEnabled());
    QVERIFY(m_window->findChild<QAction *>(u"importAction"_s)->isEnabled());
    QVERIFY(m_window->auditView());
}

void tst_MainWindow::tabKeysFollowTheTabs()
{
    // Ctrl+1…5 and the tabs read in the same order, the Audit tab made at sign-in included.
    auto *tabs = m_window->findChild<QTabWidget *>(u"mainTabs"_s);
    QVERIFY(tabs);
    QVERIFY(m_window->auditView());
    const QStringList titles {u"Payments"_s, u"Refunds"_s, u"Approvals"_s, u"Audit"_s,
                              u"Reports"_s};
    QCOMPARE(tabs->count(), int(titles.size()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const Qt::Key keys[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5};
    for (int i = int(titles.size()) - 1; i >= 0; --i) {
        QTest::keyClick(m_window.get(), keys[i], Qt::ControlModifier);
        QCOMPARE(tabs->tabText(tabs->currentIndex()), titles.at(i));
    }
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget(), m_window->reportsView());
    // Shown, the view runs its report (this month, by reason) on its own.
    QSignalSpy shown(m_window->reportsView(), &ReportsView::reportShown);
    QVERIFY(shown.wait(30000));
    QCOMPARE(toString(m_window->reportsView()->report().query.groupBy), u"reason"_s);
}

void tst_MainWindow::firstUserRequiresSignIn()
{
    Password::setCurrentCost(Password::Cost::minimum());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    UsersDialog *users = m_window->session()->usersDialog();
    QVERIFY(users);
    QTRY_VERIFY(users->isVisible());
    QTest::mouseClick(users->findChild<QPushButton *>(u"addUserButton"_s), Qt::LeftButton);
    UserFormDialog *form = users->openForm();
    QVERIFY(form);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"newUserNameField"_s), TestUsers::admin);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"newPasswordField"_s), TestUsers::password);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"repeatPasswordField"_s), TestUsers::password);
    QTest::mouseClick(form->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);

    // The local operator's rights end with the first user: the window says so and asks.
    SignInDialog *signIn = nullptr;
    QTRY_VERIFY((signIn = m_window->session()->signInDialog()) != nullptr && signIn->isVisible());
    QTRY_VERIFY(m_window->session()->usersDialog() == nullptr);
    auto *message = signIn->findChild<QLabel *>(u"signInMessageLabel"_s);
    QVERIFY(message && message->isVisible());
    QVERIFY2(message->text().contains(u"asks everyone to sign in"_s), qPrintable(message->text()));
    QCOMPARE(signIn->findChild<QPushButton *>(u"quitButton"_s)->text(), u"&Quit"_s);
    QVERIFY(!m_window->findChild<QAction *>(u"refundAction"_s)->isEnabled());

    QTest::keyClicks(signIn->findChild<QLineEdit *>(u"userNameField"_s), TestUsers::admin);
    auto *passwordField = signIn->findChild<QLineEdit *>(u"passwordField"_s);
    QTest::keyClicks(passwordField, TestUsers::password);
    QTest::keyClick(passwordField, Qt::Key_Return);
    QTRY_VERIFY(m_window->session()->signInDialog() == nullptr);
    QCOMPARE(m_window->actor().name, TestUsers::admin);
    QVERIFY(!m_window->access().localOperator);
    QCOMPARE(m_window->findChild<QLabel *>(u"operatorLabel"_s)->text(),
             u"Signed in as ada (Admin)"_s);
    QVERIFY(m_window->findChild<QAction *>(u"switchUserAction"_s)->isEnabled());
    QVERIFY(m_window->isVisible());
}

void tst_MainWindow::switchUserRebuildsWhatDependsOnIt()
{
    m_window.reset();
    const Result<void> added = TestUsers::addUsers(*m_store);
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    MainWindow window(*m_store, opener(m_store->location()),
                      TestUsers::actor(TestUsers::admin, Role::Admin));
    window.show();
    QVERIFY(window.auditView());
    auto *tabs = window.findChild<QTabWidget *>(u"mainTabs"_s);
    tabs->setCurrentWidget(window.auditView());

    window.session()->switchUser();
    SignInDialog *signIn = window.session()->signInDialog();
    QVERIFY(signIn && signIn->isVisible());
    QCOMPARE(signIn->findChild<QPushButton *>(u"quitButton"_s)->text(), u"Cancel"_s);
    QTest::keyClicks(signIn->findChild<QLineEdit *>(u"userNameField"_s), TestUsers::viewer);
    auto *passwordField = signIn->findChild<QLineEdit *>(u"passwordField"_s);
    QTest::keyClicks(passwordField, TestUsers::password);
    QTest::keyClick(passwordField, Qt::Key_Return);
    QTRY_VERIFY(window.session()->signInDialog() == nullptr);

    QCOMPARE(window.actor().name, TestUsers::viewer);
    QCOMPARE(toString(window.access().role), toString(Role::Viewer));
    QVERIFY(!window.findChild<QAction *>(u"importAction"_s)->isEnabled());
    QVERIFY(!window.findChild<QAction *>(u"usersAction"_s)->isEnabled());
    // The audit tab goes with the role that could read it, and the window leaves it.
    QVERIFY(!tabs->isTabVisible(tabs->indexOf(window.auditView())));
    QVERIFY(tabs->currentWidget() != window.auditView());
    QVERIFY(!window.findChild<QAction *>(u"auditTabAction"_s)->isEnabled());
    QVERIFY(window.statusBar()->currentMessage().contains(u"Signed in as vic"_s));

    // Cancelling a switch keeps who is signed in, and the window.
    window.session()->switchUser();
    signIn = window.session()->signInDialog();
    QVERIFY(signIn);
    QTest::mouseClick(signIn->findChild<QPushButton *>(u"quitButton"_s), Qt::LeftButton);
    QTRY_VERIFY(window.session()->signInDialog() == nullptr);
    QCOMPARE(window.actor().name, TestUsers::viewer);
    QVERIFY(window.isVisible());
}

void tst_MainWindow::screenshot()
{
    // Writes docs/screenshots/main-window.png when asked:
    // REFUNDDESK_SCREENSHOT_DIR=docs/screenshots.
    const QString folder = qEnvironmentVariable("REFUNDDESK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("REFUNDDESK_SCREENSHOT_DIR is not set");
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("paymentTable"));
    QVERIFY(table);
    // The offscreen screen is small; show the size the window takes on a desktop.
    m_window->resize(1440, 810);
    // A partly refunded payment, so the detail pane shows refunds and a history.
    auto *model = qobject_cast<PaymentListModel *>(table->model());
    for (int row = 0; row < model->rowCount(); ++row) {
        if (deriveRecordState(model->record(row)) == RecordState::PartiallyRefunded) {
            table->selectRow(row);
            break;
        }
    }
    QVERIFY(!m_window->detailPane()->recordId().isEmpty());
    table->setFocus();
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("main-window.png"));
    QVERIFY(m_window->grab().save(path));
    // The refunds tab, as the agent follows refunds up.
    auto *tabs = m_window->findChild<QTabWidget *>(u"mainTabs"_s);
    QVERIFY(tabs);
    tabs->setCurrentWidget(m_window->refundsView());
    QVERIFY(m_window->grab().save(QDir(folder).filePath(u"main-window-refunds.png"_s)));
    qInfo("screenshot written to %s", qPrintable(path));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
