#pragma once

#include "store/actor.h"
#include "storeopener.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QSplitter;
class QTabWidget;

namespace RefundDesk {

class PaymentListModel;
class PaymentTableView;
class RecordDetailPane;
class RecordFilterBar;
class RefundsView;
class Store;
class TransferActions;

/// The desk's main window. The Payments tab holds the payment list with its search and
/// filters beside the selected record's details; the Refunds tab every refund with its
/// status actions. The File menu imports, exports and loads demo data on a worker thread;
/// the status bar names the record count, the operator and the database. The layout,
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
    TransferActions *transfers() const { return m_transfers; }

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
    void createStatusBar();
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
    Actor m_actor;
    PaymentListModel *m_model;
    RecordFilterBar *m_filterBar;
    PaymentTableView *m_table;
    RecordDetailPane *m_detail;
    RefundsView *m_refunds;
    TransferActions *m_transfers;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    QWidget *m_emptyBanner = nullptr;
    QAction *m_refundAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_demoAction = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_operatorLabel = nullptr;
    QLabel *m_locationLabel = nullptr;
};

} // namespace RefundDesk
