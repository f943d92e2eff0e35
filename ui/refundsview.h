#pragma once

#include "auth/user.h"
#include "core/result.h"
#include "domain/refund.h"
#include "store/actor.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace RefundDesk {

class MessageLabel;

class RefundFilterBar;
class RefundListModel;
class StatusChangeDialog;
class Store;

/// Every refund, filtered by status, reason, agent and date, with the status actions the
/// lifecycle allows for the selected one. An action asks for what the change needs in a
/// StatusChangeDialog and writes it through the store as `actor`.
class RefundsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefundsView)
public:
    /// Shows the refunds of `store`, which must outlive the view.
    RefundsView(Store &store, const Actor &actor, QWidget *parent = nullptr);

    /// Acts as `actor` from now on; the status actions need Permission::ChangeRefundStatus.
    void setActor(const Actor &actor, const Access &access);
    /// Reloads the agent list and the first page under the current filters, keeping the
    /// selected refund selected when it is still shown.
    void refresh();
    /// Selects and shows refund `refundId` if it is among the rows fetched so far.
    bool selectRefund(const QString &refundId);

    QTableView *table() const { return m_table; }
    RefundFilterBar *filterBar() const { return m_filterBar; }
    RefundListModel *model() const { return m_model; }
    /// The selected refund as the table shows it, if one is selected.
    std::optional<Refund> currentRefund() const;
    /// The action that moves the selected refund to `target`; null for a status the view
    /// never offers (awaiting approval).
    QAction *statusAction(RefundStatus target) const;

    /// The statuses the view offers for a refund in `from`: the lifecycle's next statuses,
    /// except approving a refund that awaits approval, which is the approvals queue's job
    /// (it checks that the approver is another person).
    static QList<RefundStatus> offeredStatuses(RefundStatus from);

Q_SIGNALS:
    /// A status change was written; `refund` is the refund as the store now has it.
    void refundChanged(const Refund &refund);
    /// The agent asked to see the payment record `recordId` behind a refund.
    void showRecordRequested(const QString &recordId);
    /// A store call failed; `message` is the store's sentence, ready to show.
    void errorOccurred(const QString &message);

private:
    struct StatusAction
    {
        RefundStatus target;
        QAction *action;
        QPushButton *button;
    };

    void createActions();
    QWidget *createButtonRow();
    void fitColumns();
    void applyFilter();
    void updateCount();
    void updateActions();
    void askStatusChange(RefundStatus target);
    Result<void> writeStatusChange(const QString &refundId, const StatusChange &change);
    void showContextMenu(const QPoint &viewportPos);
    void showRecordOfCurrent();
    void showMessage(const QString &message);
    void showError(const QString &message);

    Store &m_store;
    Actor m_actor;
    bool m_canChangeStatus = true;
    RefundListModel *m_model;
    RefundFilterBar *m_filterBar;
    QTableView *m_table;
    QLabel *m_countLabel;
    MessageLabel *m_messageLabel;
    QList<StatusAction> m_statusActions;
    QAction *m_showPayment = nullptr;
    QPointer<StatusChangeDialog> m_dialog;
};

} // namespace RefundDesk
