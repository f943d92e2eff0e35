#pragma once

#include "auth/user.h"
#include "core/result.h"
#include "domain/approval.h"
#include "domain/refund.h"
#include "store/actor.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace RefundDesk {

class MessageLabel;

class ApprovalDialog;
class RefundListModel;
class Store;

/// The approvals queue: every refund awaiting approval, oldest first, with the selected
/// one's details and Approve… and Reject… actions. A decision goes through an
/// ApprovalDialog, which restates the amount, currency and record it binds. The actions
/// stay disabled, saying why, for the refund's creator and for roles without
/// Permission::ApproveRefund; the store refuses them either way, and its refusal is shown.
class ApprovalsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalsView)
public:
    /// Shows the queue of `store`, which must outlive the view, and decides as `actor`
    /// with what the store grants them (Store::access()).
    ApprovalsView(Store &store, const Actor &actor, QWidget *parent = nullptr);

    /// Decides as `actor` from now on, with `access` as the store granted it.
    void setActor(const Actor &actor, const Access &access);
    /// Reads the queue again, keeping the selected refund selected while it still waits.
    void refresh();
    /// Selects refund `refundId` if it is in the queue.
    bool selectRefund(const QString &refundId);

    /// How many refunds await approval, as last counted.
    qint64 waitingCount() const { return m_count; }
    std::optional<Refund> currentRefund() const;
    QTableView *table() const { return m_table; }
    RefundListModel *model() const { return m_model; }
    QAction *approveAction() const { return m_approve; }
    QAction *rejectAction() const { return m_reject; }
    /// Why the actor may not decide `refund`, ready to show; empty when they may.
    QString whyNotDecide(const Refund &refund) const;

    /// Opens the approval dialog for the selected refund: approve (true) or reject.
    void askDecision(bool approve);

Q_SIGNALS:
    /// A decision was written; `refund` is the refund as the store now has it.
    void refundDecided(const RefundDesk::Refund &refund);
    /// The number of refunds awaiting approval changed (or was counted again).
    void countChanged(qint64 count);
    /// The supervisor asked to see the payment record `recordId` behind a refund.
    void showRecordRequested(const QString &recordId);
    /// A store call failed; `message` is the store's sentence, ready to show.
    void errorOccurred(const QString &message);

private:
    void createActions();
    QWidget *createButtonRow();
    QWidget *createDetails();
    void fitColumns();
    void updateCount();
    void updateActions();
    void showDetails();
    Result<void> writeDecision(const ApprovalDecision &decision);
    QString customerOf(const QString &recordId) const;
    void showMessage(const QString &message);
    void showError(const QString &message);

    Store &m_store;
    Actor m_actor;
    Access m_access;
    qint64 m_count = 0;
    RefundListModel *m_model;
    QTableView *m_table;
    QLabel *m_countLabel;
    MessageLabel *m_messageLabel;
    QLabel *m_hintLabel = nullptr;
    QAction *m_approve = nullptr;
    QAction *m_reject = nullptr;
    QAction *m_showPayment = nullptr;
    QStackedWidget *m_detailPages = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_amountLabel = nullptr;
    QLabel *m_paymentLabel = nullptr;
    QLabel *m_customerLabel = nullptr;
    QLabel *m_creatorLabel = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLabel *m_createdLabel = nullptr;
    QLabel *m_refundableLabel = nullptr;
    QPointer<ApprovalDialog> m_dialog;
};

} // namespace RefundDesk
