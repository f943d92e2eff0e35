#pragma once

#include <QMainWindow>

class QLabel;

namespace RefundDesk {

class PaymentListModel;
class PaymentTableView;
class RecordFilterBar;
class Store;

/// The desk's main window: the payment list with its search and filters, and a status bar
/// naming the database and how many records the list holds.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    /// Shows the records of `store`, which must outlive the window.
    explicit MainWindow(Store &store, QWidget *parent = nullptr);

private:
    void createActions();
    void createStatusBar();
    void applyFilter();
    void updateRecordCount();
    void showError(const QString &message);

    Store &m_store;
    PaymentListModel *m_model;
    RecordFilterBar *m_filterBar;
    PaymentTableView *m_table;
    QLabel *m_countLabel = nullptr;
    QLabel *m_locationLabel = nullptr;
};

} // namespace RefundDesk
