#pragma once

#include "auth/user.h"
#include "store/actor.h"
#include "storeopener.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;

namespace RefundDesk {

class ApprovalsView;
class AuditView;
class PaymentListModel;
class PaymentTableView;
class RecordDetailPane;
class RecordFilterBar;
class RefundsView;
class ReportsView;
class SessionActions;
class Store;
class TransferActions;

/// The desk's main window. The Payments tab holds the payment list with its search and
/// filters beside the selected record's details; the Refunds tab every refund with its
/// status actions; the Approvals tab the refunds awaiting approval; the Audit tab, for roles
/// that may read it, the whole event log; the Reports tab refund reports over a period. The File
/// menu imports, exports and loads demo data on a worker thread and switches users; Admin ▸ Users
/// manages them. Only what the signed-in user's role allows is offered (the store refuses the rest
/// anyway). The status bar names the record count, who is signed in and the database. The layout,
/// column widths and last filters are remembered between sessions (QSettings).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    /// Shows the records of `store`, which must outlive the window. Long jobs open their own
    /// connection through `opener`. Everything is done as `actor`.
    MainWindow(Store &store, StoreOpener opener, const Actor &actor = localOperator(),
               QWidget *parent = nullptr);
    ~MainWindow() override;

    RecordDetailPane *detailPane() const { return m_detail; }
    RefundsView *refundsView() const { return m_refunds; }
    ApprovalsView *approvalsView() const { return m_approvals; }
    ReportsView *reportsView() const { return m_reports; }
    /// The audit view; null until a role that may read the audit trail signed in.
    AuditView *auditView() const { return m_audit; }
    TransferActions *transfers() const { return m_transfers; }
    /// Who is signed in, what they may do, and the actions that change it.
    SessionActions *session() const { return m_session; }
    const Actor &actor() const;
    const Access &access() const;

    /// Opens the refund dialog for the selected payment (Payment ▸ Refund, Ctrl+R).
    void refundSelected();
    /// Moves the selection to the next or previous payment of the list.
    void selectNextRecord();
    void selectPreviousRecord();
    /// Shows payment `recordId` in the Payments tab: selected when the list holds it,
    /// else in the detail pane alone.
    void showRecord(const QString &recordId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createPaymentsPage();
    QWidget *createEmptyBanner();
    void createActions();
    void addLanguageMenu(QMenu *viewMenu);
    void createStatusBar();
    void applyAccess();
    void ensureAuditView();
    void updateApprovalsTitle(qint64 waiting);
    void showTab(QWidget *page);
    void applyFilter();
    void updateRecordCount();
    void updateActions();
    void currentRecordChanged();
    void refundRecord(const QString &recordId);
    void editMetadata(const QString &recordId);
    void reloadAfterImport();
    void reloadAfterRefund(const QString &recordId);
    void selectRecordAt(int row);
    void showError(const QString &message);
    void showMessage(const QString &message);
    void restoreSettings();
    void saveSettings() const;

    Store &m_store;
    StoreOpener m_opener;
    SessionActions *m_session;
    PaymentListModel *m_model;
    RecordFilterBar *m_filterBar;
    PaymentTableView *m_table;
    RecordDetailPane *m_detail;
    RefundsView *m_refunds;
    TransferActions *m_transfers;
    ApprovalsView *m_approvals = nullptr;
    ReportsView *m_reports = nullptr;
    AuditView *m_audit = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    QWidget *m_emptyBanner = nullptr;
    QAction *m_refundAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_metadataAction = nullptr;
    QAction *m_noteAction = nullptr;
    QAction *m_switchUserAction = nullptr;
    QAction *m_usersAction = nullptr;
    QAction *m_auditAction = nullptr;
    QMenu *m_adminMenu = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_operatorLabel = nullptr;
    QLabel *m_locationLabel = nullptr;
};

} // namespace RefundDesk
