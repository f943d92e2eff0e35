#include "domain/recordstate.h"
#include "mainwindow.h"
#include "paymentlistmodel.h"
#include "seedrecords.h"
#include "store/sqlitestore.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk;

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
    void screenshot();

private:
    std::unique_ptr<SqliteStore> openStore(const QString &name, int records);

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
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
    m_window = std::make_unique<MainWindow>(*m_store);
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
    MainWindow window(*m_store);
    auto *count = window.findChild<QLabel *>(QStringLiteral("recordCountLabel"));
    QVERIFY(count);
    QCOMPARE(count->text(),
             QStringLiteral("No payment records yet — load demo data with: "
                            "refunddesk-cli demo --records 1000"));
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
    table->selectRow(2);
    table->setFocus();
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("main-window.png"));
    QVERIFY(m_window->grab().save(path));
    qInfo("screenshot written to %s", qPrintable(path));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
