#include "mainwindow.h"

#include "paymentlistmodel.h"
#include "paymenttableview.h"
#include "recordfilterbar.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QVBoxLayout>

namespace RefundDesk {
namespace {

Q_LOGGING_CATEGORY(lcMainWindow, "refunddesk.ui.mainwindow")

constexpr int errorMessageTimeoutMs = 15000;

} // namespace

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_model(new PaymentListModel(store, this))
    , m_filterBar(new RecordFilterBar(this))
    , m_table(new PaymentTableView(m_model, this))
{
    setWindowTitle(tr("RefundDesk — %1").arg(QFileInfo(store.location()).fileName()));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    createActions();
    createStatusBar();

    connect(m_filterBar, &RecordFilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_model, &PaymentListModel::errorOccurred, this, &MainWindow::showError);
    // A new filter or sort starts a new list: show it from its first row.
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QAbstractItemView::scrollToTop);

    applyFilter();
    // Wide enough for every column on a common 1440 or 1920 screen, never beyond the screen.
    resize(QSize(1440, 810).boundedTo(screen()->availableSize()));
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    // Not QKeySequence::Quit: that is empty on some desktops, and Ctrl+Q is what we document.
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *find = editMenu->addAction(tr("&Find…"), m_filterBar, &RecordFilterBar::focusSearch);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_K)});
}

void MainWindow::createStatusBar()
{
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("recordCountLabel"));
    m_locationLabel = new QLabel(this);
    m_locationLabel->setObjectName(QStringLiteral("databaseLabel"));
    const QString location = QDir::toNativeSeparators(m_store.location());
    m_locationLabel->setText(tr("Database: %1").arg(location));
    m_locationLabel->setToolTip(location);
    m_locationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_locationLabel);
}

void MainWindow::applyFilter()
{
    RecordQuery query = m_model->query();
    m_filterBar->applyTo(query);
    m_model->setQuery(query);
    updateRecordCount();
}

void MainWindow::updateRecordCount()
{
    const Result<qint64> everything = m_store.countRecords(RecordQuery());
    if (!everything) {
        showError(everything.error().message);
        return;
    }
    const QLocale locale;
    const qint64 total = everything.value();
    if (total == 0) {
        m_countLabel->setText(tr("No payment records yet — load demo data with: "
                                 "refunddesk-cli demo --records 1000"));
        return;
    }
    if (!m_filterBar->isFiltering()) {
        m_countLabel->setText(total == 1 ? tr("1 record")
                                         : tr("%1 records").arg(locale.toString(total)));
        return;
    }
    const Result<qint64> matching = m_store.countRecords(m_model->query());
    if (!matching) {
        showError(matching.error().message);
        return;
    }
    m_countLabel->setText(
        tr("%1 of %2 records").arg(locale.toString(matching.value()), locale.toString(total)));
}

void MainWindow::showError(const QString &message)
{
    qCWarning(lcMainWindow) << message;
    statusBar()->showMessage(message, errorMessageTimeoutMs);
}

} // namespace RefundDesk
