#include "mainwindow.h"

#include "approvalsview.h"
#include "auditview.h"
#include "metadatadialog.h"
#include "paymentlistmodel.h"
#include "paymenttableview.h"
#include "recorddetailpane.h"
#include "recordfilterbar.h"
#include "recordformat.h"
#include "refunddialog.h"
#include "refundfilterbar.h"
#include "refundsview.h"
#include "reportsview.h"
#include "roles.h"
#include "sessionactions.h"
#include "store/store.h"
#include "transferactions.h"
#include "translations.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace RefundDesk {
namespace {

Q_LOGGING_CATEGORY(lcMainWindow, "refunddesk.ui.mainwindow")

constexpr int errorMessageTimeoutMs = 15000;
constexpr int messageTimeoutMs = 8000;

/// A filtered count stops here: "10,000+ of 1,000,000" is as useful as the exact number,
/// and on a common search term far cheaper (store/sqlitelist.cpp).
constexpr qint64 countLimit = 1000;

// QSettings keys, one place for all of them.
const QString geometryKey = QStringLiteral("window/geometry");
const QString windowStateKey = QStringLiteral("window/state");
const QString splitterKey = QStringLiteral("window/paymentsSplitter");
const QString tabKey = QStringLiteral("window/tab");
const QString paymentColumnsKey = QStringLiteral("payments/columns");
const QString paymentFiltersKey = QStringLiteral("payments/filters");
const QString refundColumnsKey = QStringLiteral("refunds/columns");
const QString refundFiltersKey = QStringLiteral("refunds/filters");
const QString approvalColumnsKey = QStringLiteral("approvals/columns");
const QString auditColumnsKey = QStringLiteral("audit/columns");
const QString reportsKey = QStringLiteral("reports/controls");

} // namespace

MainWindow::MainWindow(Store &store, StoreOpener opener, const Actor &actor, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_opener(opener)
    , m_session(new SessionActions(store, actor, this))
    , m_model(new PaymentListModel(store, this))
    , m_filterBar(new RecordFilterBar(this))
    , m_table(new PaymentTableView(m_model, this))
    , m_detail(new RecordDetailPane(store, actor, this))
    , m_refunds(new RefundsView(store, actor, this))
    , m_transfers(new TransferActions(std::move(opener), actor, this))
    , m_approvals(new ApprovalsView(store, actor, this))
    , m_reports(new ReportsView(store, m_opener, actor, this))
{
    setWindowTitle(tr("RefundDesk — %1").arg(QFileInfo(store.location()).fileName()));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createPaymentsPage(), tr("Payments")); // Ctrl+1; Alt+P is the menu
    m_tabs->addTab(m_refunds, tr("Refunds")); // Ctrl+2
    m_refunds->layout()->setContentsMargins(8, 8, 8, 4); // as the payments page's
    m_tabs->addTab(m_approvals, tr("Approvals")); // Ctrl+3; the Audit tab (Ctrl+4) follows
    m_tabs->addTab(m_reports, tr("Reports")); // Ctrl+5
    setCentralWidget(m_tabs);

    createActions();
    createStatusBar();

    connect(m_filterBar, &RecordFilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_model, &PaymentListModel::errorOccurred, this, &MainWindow::showError);
    // A new filter or sort starts a new list: show it from its first row.
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QAbstractItemView::scrollToTop);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::currentRecordChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::currentRecordChanged);

    connect(m_detail, &RecordDetailPane::refundRequested, this, &MainWindow::refundRecord);
    connect(m_detail, &RecordDetailPane::editMetadataRequested, this, &MainWindow::editMetadata);
    connect(m_detail, &RecordDetailPane::errorOccurred, this, &MainWindow::showError);
    connect(m_detail, &RecordDetailPane::refundActivated, this, [this](const QString &refundId) {
        m_tabs->setCurrentWidget(m_refunds);
        if (!m_refunds->selectRefund(refundId))
            showMessage(tr("Refund %1 is not among the refunds the filters show.").arg(refundId));
    });

    connect(m_refunds, &RefundsView::showRecordRequested, this, &MainWindow::showRecord);
    connect(m_refunds, &RefundsView::errorOccurred, this, &MainWindow::showError);
    connect(m_refunds, &RefundsView::refundChanged, this,
            [this](const Refund &refund) { reloadAfterRefund(refund.paymentRecordId); });

    connect(m_approvals, &ApprovalsView::showRecordRequested, this, &MainWindow::showRecord);
    connect(m_approvals, &ApprovalsView::errorOccurred, this, &MainWindow::showError);
    connect(m_approvals, &ApprovalsView::countChanged, this, &MainWindow::updateApprovalsTitle);
    connect(m_approvals, &ApprovalsView::refundDecided, this,
            [this](const Refund &refund) { reloadAfterRefund(refund.paymentRecordId); });
    connect(m_reports, &ReportsView::statusMessage, this, &MainWindow::showMessage);
    connect(m_reports, &ReportsView::errorOccurred, this, &MainWindow::showError);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        // Other supervisors decide too: the queue is read again whenever it is looked at.
        if (m_tabs->currentWidget() == m_approvals)
            m_approvals->refresh();
        else if (m_tabs->currentWidget() == m_reports)
            m_reports->refresh();
    });
    updateApprovalsTitle(m_approvals->waitingCount());

    connect(m_transfers, &TransferActions::storeChanged, this, &MainWindow::reloadAfterImport);
    connect(m_transfers, &TransferActions::statusMessage, this, &MainWindow::showMessage);
    connect(m_transfers, &TransferActions::errorOccurred, this, &MainWindow::showError);
    connect(m_transfers, &TransferActions::busyChanged, this, &MainWindow::updateActions);

    // Who is signed in decides what is offered; a refused sign-in leaves no one to act as.
    connect(m_session, &SessionActions::accessChanged, this, &MainWindow::applyAccess);
    connect(m_session, &SessionActions::errorOccurred, this, &MainWindow::showError);
    connect(m_session, &SessionActions::closeRequested, this, &QWidget::close);
    connect(m_session, &SessionActions::signedIn, this, [this](const Actor &actor) {
        m_refunds->refresh();
        m_approvals->refresh();
        showMessage(tr("Signed in as %1 (%2).").arg(actor.name, displayName(access().role)));
    });

    // Wide enough for every column on a common 1440 or 1920 screen, never beyond the screen.
    resize(QSize(1440, 810).boundedTo(screen()->availableSize()));
    m_session->refresh(); // reads what the actor may do, then applyAccess()
    restoreSettings(); // applies the remembered filters, which reads the first page
    updateActions();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createPaymentsPage()
{
    auto *page = new QWidget(this);
    m_splitter = new QSplitter(Qt::Horizontal, page);
    m_splitter->setObjectName(QStringLiteral("paymentsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({900, 520});

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addWidget(m_filterBar);
    layout->addWidget(createEmptyBanner());
    layout->addWidget(m_splitter, 1);
    return page;
}

QWidget *MainWindow::createEmptyBanner()
{
    // A first start shows an empty database: offer the two ways to fill it right there.
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("emptyBanner"));
    m_emptyBanner = frame;
    frame->setFrameShape(QFrame::StyledPanel);
    auto *text = new QLabel(tr("<b>This database has no payment records yet.</b> Load demo data "
                               "to try RefundDesk, or import payment records exported from "
                               "your payment processor (JSON)."),
                            frame);
    text->setWordWrap(true);
    auto *demo = new QPushButton(tr("Load &Demo Data…"), frame);
    demo->setObjectName(QStringLiteral("loadDemoButton"));
    auto *import = new QPushButton(tr("&Import a File…"), frame);
    import->setObjectName(QStringLiteral("importButton"));
    connect(demo, &QPushButton::clicked, this, [this] { m_transfers->loadDemoData(this); });
    connect(import, &QPushButton::clicked, this, [this] { m_transfers->importFile(this); });

    auto *layout = new QHBoxLayout(frame);
    layout->addWidget(text, 1);
    layout->addWidget(demo);
    layout->addWidget(import);
    frame->hide();
    return frame;
}

void MainWindow::addLanguageMenu(QMenu *viewMenu)
{
    // The language takes effect at the next start: every window, model and message is made
    // in one language, and a desk half in each would be worse than a restart.
    QMenu *menu = viewMenu->addMenu(tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const QString chosen = Translations::languageSetting();
    auto add = [&](const QString &text, const QString &language) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QStringLiteral("language_")
                              + (language.isEmpty() ? QStringLiteral("system") : language));
        action->setCheckable(true);
        action->setChecked(language == chosen);
        action->setActionGroup(group);
        connect(action, &QAction::triggered, this, [this, language, text] {
            if (language == Translations::languageSetting())
                return;
            Translations::setLanguageSetting(language);
            QMessageBox::information(
                this, tr("Language"),
                tr("RefundDesk will use %1 from its next start.").arg(QString(text).remove(u'&')));
        });
    };
    add(tr("&System Language"), {});
    menu->addSeparator();
    for (const QString &language : Translations::available()) {
        // Each language by its own name, so a user can find theirs in any language.
        add(Translations::nativeName(language), language);
    }
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_importAction =
        fileMenu->addAction(tr("&Import…"), this, [this] { m_transfers->importFile(this); });
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportAction =
        fileMenu->addAction(tr("&Export…"), this, [this] { m_transfers->exportFile(this); });
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_demoAction = fileMenu->addAction(tr("Load &Demo Data…"), this,
                                       [this] { m_transfers->loadDemoData(this); });
    m_demoAction->setObjectName(QStringLiteral("loadDemoAction"));
    m_demoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    fileMenu->addSeparator();
    m_switchUserAction =
        fileMenu->addAction(tr("S&witch User…"), m_session, &SessionActions::switchUser);
    m_switchUserAction->setObjectName(QStringLiteral("switchUserAction"));
    m_switchUserAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    // Not QKeySequence::Quit: that is empty on some desktops, and Ctrl+Q is what we document.
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *find = editMenu->addAction(tr("&Find Payments…"), this, [this] {
        m_tabs->setCurrentIndex(0);
        m_filterBar->focusSearch();
    });
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_K)});
    QAction *clear =
        editMenu->addAction(tr("&Clear Search and Filters"), m_filterBar, &RecordFilterBar::clear);
    clear->setObjectName(QStringLiteral("clearFiltersAction"));
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));

    QMenu *paymentMenu = menuBar()->addMenu(tr("&Payment"));
    m_refundAction = paymentMenu->addAction(tr("&Refund…"), this, &MainWindow::refundSelected);
    m_refundAction->setObjectName(QStringLiteral("refundAction"));
    m_refundAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_metadataAction = paymentMenu->addAction(tr("Edit &Metadata…"), this, [this] {
        if (!m_detail->recordId().isEmpty())
            editMetadata(m_detail->recordId());
    });
    m_metadataAction->setObjectName(QStringLiteral("editMetadataAction"));
    m_metadataAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_noteAction = paymentMenu->addAction(tr("Add &Note"), this, [this] {
        if (auto *field = m_detail->findChild<QLineEdit *>(QStringLiteral("noteField"));
            field && field->isEnabled()) {
            m_tabs->setCurrentIndex(0);
            field->setFocus(Qt::ShortcutFocusReason);
        }
    });
    m_noteAction->setObjectName(QStringLiteral("addNoteAction"));
    m_noteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    paymentMenu->addSeparator();
    QAction *next =
        paymentMenu->addAction(tr("Ne&xt Payment"), this, &MainWindow::selectNextRecord);
    next->setObjectName(QStringLiteral("nextRecordAction"));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    QAction *previous =
        paymentMenu->addAction(tr("Pre&vious Payment"), this, &MainWindow::selectPreviousRecord);
    previous->setObjectName(QStringLiteral("previousRecordAction"));
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *payments =
        viewMenu->addAction(tr("&Payments"), this, [this] { m_tabs->setCurrentIndex(0); });
    payments->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *refunds =
        viewMenu->addAction(tr("&Refunds"), this, [this] { m_tabs->setCurrentWidget(m_refunds); });
    refunds->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *approvals =
        viewMenu->addAction(tr("&Approvals"), this, [this] { showTab(m_approvals); });
    approvals->setObjectName(QStringLiteral("approvalsTabAction"));
    approvals->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_auditAction = viewMenu->addAction(tr("Au&dit Trail"), this, [this] {
        if (m_audit)
            showTab(m_audit);
    });
    m_auditAction->setObjectName(QStringLiteral("auditTabAction"));
    m_auditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    QAction *reports = viewMenu->addAction(tr("R&eports"), this, [this] { showTab(m_reports); });
    reports->setObjectName(QStringLiteral("reportsTabAction"));
    reports->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    viewMenu->addSeparator();
    QAction *reload = viewMenu->addAction(tr("Re&load"), this, &MainWindow::reloadAfterImport);
    reload->setObjectName(QStringLiteral("reloadAction"));
    reload->setShortcut(QKeySequence::Refresh);
    viewMenu->addSeparator();
    addLanguageMenu(viewMenu);

    m_adminMenu = menuBar()->addMenu(tr("&Admin"));
    m_usersAction = m_adminMenu->addAction(tr("&Users…"), m_session, &SessionActions::showUsers);
    m_usersAction->setObjectName(QStringLiteral("usersAction"));
    m_usersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *keys = helpMenu->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        QString rows;
        for (QMenu *menu : menuBar()->findChildren<QMenu *>()) {
            for (QAction *action : menu->actions()) {
                if (action->shortcut().isEmpty())
                    continue;
                QStringList keys;
                for (const QKeySequence &key : action->shortcuts())
                    keys << key.toString(QKeySequence::NativeText);
                rows += QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;%2</td></tr>")
                            .arg(action->text().remove(u'&').remove(QStringLiteral("…")),
                                 keys.join(QStringLiteral(", ")).toHtmlEscaped());
            }
        }
        QMessageBox::information(this, tr("Keyboard Shortcuts"),
                                 QStringLiteral("<table>%1</table>").arg(rows));
    });
    keys->setShortcut(QKeySequence::HelpContents);
    helpMenu->addAction(tr("&About RefundDesk"), this, [this] {
        QMessageBox::about(this, tr("About RefundDesk"),
                           tr("<b>RefundDesk %1</b><p>Find payment records, refund them in "
                              "full or in part, follow their history and export reports.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::createStatusBar()
{
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("recordCountLabel"));
    m_operatorLabel = new QLabel(this);
    m_operatorLabel->setObjectName(QStringLiteral("operatorLabel"));
    m_locationLabel = new QLabel(this);
    m_locationLabel->setObjectName(QStringLiteral("databaseLabel"));
    const QString location = QDir::toNativeSeparators(m_store.location());
    m_locationLabel->setText(tr("Database: %1").arg(location));
    m_locationLabel->setToolTip(location);
    m_locationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_operatorLabel);
    statusBar()->addPermanentWidget(m_locationLabel);
}

void MainWindow::applyFilter()
{
    RecordQuery query = m_model->query();
    m_filterBar->applyTo(query);
    if (const QString problem = m_filterBar->problem(); !problem.isEmpty())
        showError(problem);
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
    m_emptyBanner->setVisible(total == 0);
    if (total == 0) {
        m_countLabel->setText(tr("No payment records yet"));
        return;
    }
    if (!m_filterBar->isFiltering()) {
        m_countLabel->setText(total == 1 ? tr("1 record")
                                         : tr("%1 records").arg(locale.toString(total)));
        return;
    }
    RecordQuery query = m_model->query();
    query.countAtMost = countLimit + 1;
    const Result<qint64> matching = m_store.countRecords(query);
    if (!matching) {
        showError(matching.error().message);
        return;
    }
    m_countLabel->setText(
        matching.value() > countLimit
            ? tr("More than %1 of %2 records")
                  .arg(locale.toString(countLimit), locale.toString(total))
            : tr("%1 of %2 records")
                  .arg(locale.toString(matching.value()), locale.toString(total)));
}

void MainWindow::updateActions()
{
    const bool busy = m_transfers->isBusy();
    const Access &access = m_session->access();
    const bool canImport = access.allows(Permission::Import);
    m_importAction->setEnabled(!busy && canImport);
    m_exportAction->setEnabled(!busy && access.allows(Permission::Export));
    m_demoAction->setEnabled(!busy && canImport);
    for (auto *button : m_emptyBanner->findChildren<QPushButton *>())
        button->setEnabled(!busy && canImport);
    m_refundAction->setEnabled(!m_detail->recordId().isEmpty()
                               && access.allows(Permission::CreateRefund));
    m_metadataAction->setEnabled(access.allows(Permission::EditRecord));
    m_noteAction->setEnabled(access.allows(Permission::EditRecord));
    // Without users there is no one to switch to; a running job finishes as who started it.
    m_switchUserAction->setEnabled(!busy && m_session->hasUsers());
    const bool manageUsers = access.allows(Permission::ManageUsers);
    m_usersAction->setEnabled(manageUsers);
    m_adminMenu->menuAction()->setVisible(manageUsers);
    m_auditAction->setEnabled(m_audit && access.allows(Permission::ViewAudit));
}

void MainWindow::applyAccess()
{
    const Actor &actor = m_session->actor();
    const Access &access = m_session->access();
    m_operatorLabel->setText(
        access.localOperator
            ? tr("Local operator %1 (no sign-in)").arg(actor.name)
            : tr("Signed in as %1 (%2)").arg(actor.name, displayName(access.role)));
    m_operatorLabel->setToolTip(
        access.localOperator
            ? tr("This database has no users yet; the local operator has admin rights.")
            : QString());
    m_detail->setActor(actor, access);
    m_refunds->setActor(actor, access);
    m_approvals->setActor(actor, access);
    m_reports->setActor(actor, access);
    m_transfers->setActor(actor, !access.allows(Permission::SeePersonalData));
    // The audit view is made for the first role that may read it, and hidden from the rest.
    const bool audit = access.allows(Permission::ViewAudit);
    if (audit && m_audit)
        m_audit->setActor(actor);
    else if (audit)
        ensureAuditView();
    if (m_audit)
        m_tabs->setTabVisible(m_tabs->indexOf(m_audit), audit);
    updateActions();
}

void MainWindow::ensureAuditView()
{
    if (m_audit)
        return;
    m_audit = new AuditView(m_store, m_opener, actor(), this);
    m_tabs->insertTab(m_tabs->indexOf(m_reports), m_audit, tr("Audit")); // Ctrl+4
    m_audit->table()->horizontalHeader()->restoreState(
        QSettings().value(auditColumnsKey).toByteArray());
    connect(m_audit, &AuditView::statusMessage, this, &MainWindow::showMessage);
    connect(m_audit, &AuditView::errorOccurred, this, &MainWindow::showError);
}

const Actor &MainWindow::actor() const
{
    return m_session->actor();
}

const Access &MainWindow::access() const
{
    return m_session->access();
}

void MainWindow::updateApprovalsTitle(qint64 waiting)
{
    m_tabs->setTabText(m_tabs->indexOf(m_approvals),
                       waiting > 0 ? tr("Approvals (%1)").arg(QLocale().toString(waiting))
                                   : tr("Approvals"));
}

void MainWindow::showTab(QWidget *page)
{
    m_tabs->setCurrentWidget(page);
    if (page == m_approvals)
        m_approvals->table()->setFocus(Qt::ShortcutFocusReason);
    else if (page == m_audit)
        m_audit->table()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::currentRecordChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        m_detail->clear();
    else
        m_detail->showRecord(current.data(RecordIdRole).toString());
    updateActions();
}

void MainWindow::refundSelected()
{
    // The record in the detail pane: the selected row, or one shown from the refunds tab.
    const QString recordId = m_detail->recordId();
    if (recordId.isEmpty()) {
        showMessage(tr("Select a payment to refund first."));
        return;
    }
    refundRecord(recordId);
}

void MainWindow::refundRecord(const QString &recordId)
{
    if (!access().allows(Permission::CreateRefund)) {
        showError(m_session->refusal(Permission::CreateRefund));
        return;
    }
    // Read the record again: the list may be minutes old, and another agent may have
    // refunded it since. The store checks again when the refund is written.
    const Result<PaymentRecord> record = m_store.record(recordId);
    if (!record) {
        showError(record.error().message);
        return;
    }
    if (record->refundable() <= 0) {
        showMessage(tr("Nothing of %1 is left to refund.").arg(recordId));
        return;
    }
    auto *dialog = new RefundDialog(m_store, record.value(), actor(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RefundDialog::refundCreated, this, [this](const Refund &refund) {
        const QString amount = RecordFormat::amount(refund.amount, refund.currency);
        showMessage(refund.status == RefundStatus::AwaitingApproval
                        ? tr("Refund %1 of %2 for %3 is above your limit: it awaits a "
                             "supervisor's approval.")
                              .arg(refund.id, amount, refund.paymentRecordId)
                        : tr("Refund %1 of %2 created for %3.")
                              .arg(refund.id, amount, refund.paymentRecordId));
        reloadAfterRefund(refund.paymentRecordId);
    });
    dialog->open();
}

void MainWindow::editMetadata(const QString &recordId)
{
    if (!access().allows(Permission::EditRecord)) {
        showError(m_session->refusal(Permission::EditRecord));
        return;
    }
    const Result<PaymentRecord> record = m_store.record(recordId);
    if (!record) {
        showError(record.error().message);
        return;
    }
    auto *dialog = new MetadataDialog(m_store, record.value(), actor(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, recordId] { reloadAfterRefund(recordId); });
    dialog->open();
}

void MainWindow::reloadAfterRefund(const QString &recordId)
{
    // The record's row changes in place, so the agent keeps their place in the list.
    if (const Result<PaymentRecord> record = m_store.record(recordId); record)
        m_model->updateRecord(record.value());
    if (m_detail->recordId() == recordId)
        m_detail->refresh();
    m_refunds->refresh();
    m_approvals->refresh();
    m_reports->refresh();
}

void MainWindow::reloadAfterImport()
{
    if (const Result<QStringList> currencies = m_store.recordCurrencies(); currencies)
        m_filterBar->setCurrencies(currencies.value());
    const QString selected = m_detail->recordId();
    m_model->refresh();
    updateRecordCount();
    m_refunds->refresh();
    m_approvals->refresh();
    m_reports->refresh();
    if (m_audit && access().allows(Permission::ViewAudit))
        m_audit->refresh();
    if (!selected.isEmpty())
        showRecord(selected);
}

void MainWindow::showRecord(const QString &recordId)
{
    m_tabs->setCurrentIndex(0);
    const QModelIndexList found =
        m_model->match(m_model->index(0, 0), RecordIdRole, recordId, 1, Qt::MatchExactly);
    if (!found.isEmpty()) {
        selectRecordAt(found.constFirst().row());
        return;
    }
    // Not in the rows fetched so far: show its details without moving the list.
    m_table->selectionModel()->clearCurrentIndex();
    m_detail->showRecord(recordId);
    updateActions();
}

void MainWindow::selectRecordAt(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void MainWindow::selectNextRecord()
{
    m_tabs->setCurrentIndex(0);
    const int row = m_table->selectionModel()->currentIndex().row();
    if (row + 1 >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    selectRecordAt(row + 1);
}

void MainWindow::selectPreviousRecord()
{
    m_tabs->setCurrentIndex(0);
    const int row = m_table->selectionModel()->currentIndex().row();
    selectRecordAt(row < 0 ? 0 : row - 1);
}

void MainWindow::showError(const QString &message)
{
    qCWarning(lcMainWindow) << message;
    statusBar()->showMessage(message, errorMessageTimeoutMs);
}

void MainWindow::showMessage(const QString &message)
{
    statusBar()->showMessage(message, messageTimeoutMs);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(windowStateKey).toByteArray());
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());
    const int tab = qBound(0, settings.value(tabKey).toInt(), m_tabs->count() - 1);
    // The audit tab is hidden from roles that may not read it; start on the payments then.
    m_tabs->setCurrentIndex(m_tabs->isTabVisible(tab) ? tab : 0);

    QHeaderView *payments = m_table->horizontalHeader();
    if (payments->restoreState(settings.value(paymentColumnsKey).toByteArray())) {
        // The header remembers the sort too; the model sorts in SQL, so tell it.
        m_table->sortByColumn(payments->sortIndicatorSection(), payments->sortIndicatorOrder());
    }
    m_refunds->table()->horizontalHeader()->restoreState(
        settings.value(refundColumnsKey).toByteArray());

    if (const Result<QStringList> currencies = m_store.recordCurrencies(); currencies)
        m_filterBar->setCurrencies(currencies.value());
    m_approvals->table()->horizontalHeader()->restoreState(
        settings.value(approvalColumnsKey).toByteArray());
    m_refunds->filterBar()->restoreState(settings.value(refundFiltersKey).toMap());
    if (settings.contains(reportsKey))
        m_reports->restoreState(settings.value(reportsKey).toMap());
    // Emits filterChanged(), which reads the first page and counts.
    m_filterBar->restoreState(settings.value(paymentFiltersKey).toMap());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(windowStateKey, saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(tabKey, m_tabs->currentIndex());
    settings.setValue(paymentColumnsKey, m_table->horizontalHeader()->saveState());
    settings.setValue(refundColumnsKey, m_refunds->table()->horizontalHeader()->saveState());
    settings.setValue(paymentFiltersKey, m_filterBar->state());
    settings.setValue(refundFiltersKey, m_refunds->filterBar()->saveState());
    settings.setValue(approvalColumnsKey, m_approvals->table()->horizontalHeader()->saveState());
    settings.setValue(reportsKey, m_reports->saveState());
    if (m_audit)
        settings.setValue(auditColumnsKey, m_audit->table()->horizontalHeader()->saveState());
}

} // namespace RefundDesk
