#pragma once

#include "auth/user.h"
#include "store/actor.h"

#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedLayout;
class QTableView;

namespace RefundDesk {

class HistoryModel;
class RecordSummaryView;
class RefundListModel;
class Store;
struct PaymentRecord;

/// The selected payment record beside the payment list: its amounts (what is still
/// refundable above all), customer and payment method, metadata, its refunds and its
/// history timeline, with a note field and the Refund button. Compact enough for the side
/// of a splitter: the details scroll, and a vertical splitter divides them from the
/// refunds and the history.
class RecordDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordDetailPane)
public:
    /// Reads from and writes notes to `store` as `actor`; the store must outlive the pane.
    explicit RecordDetailPane(Store &store, const Actor &actor, QWidget *parent = nullptr);

    /// The record shown, or asked for when it could not be read; empty after clear().
    QString recordId() const { return m_recordId; }
    /// Acts as `actor` from now on, offering what `access` allows: the Refund button needs
    /// Permission::CreateRefund, notes and metadata Permission::EditRecord.
    void setActor(const Actor &actor, const Access &access);

public Q_SLOTS:
    /// Reads `recordId` from the store and shows it, its refunds and its history.
    void showRecord(const QString &recordId);
    /// Shows nothing but a hint to select a payment.
    void clear();
    /// Reads the shown record again, after a refund or a status change made elsewhere.
    void refresh();

Q_SIGNALS:
    /// The agent asked to refund the shown record.
    void refundRequested(const QString &recordId);
    /// The agent asked to edit the shown record's metadata.
    void editMetadataRequested(const QString &recordId);
    /// The agent opened one of the record's refunds (double-click or Enter).
    void refundActivated(const QString &refundId);
    /// A store call failed; `message` is the store's sentence, ready to show.
    void errorOccurred(const QString &message);

private:
    QWidget *createHeader();
    QWidget *createDetails();
    QWidget *createRefunds();
    QWidget *createHistory();
    void showDetails(const PaymentRecord &record);
    void updateRefundButton(const PaymentRecord &record);
    void updateRefundsTitle();
    void showEmpty(const QString &text);
    void showError(const QString &message);
    void addNote();
    void showNoteError(const QString &message);
    void scrollHistoryToEnd();

    Store &m_store;
    Actor m_actor;
    bool m_canRefund = true;
    bool m_canEdit = true;
    QString m_whyNot; ///< why the actor may not refund or edit, for tooltips
    QString m_recordId;
    RefundListModel *m_refunds;
    HistoryModel *m_history;

    QStackedLayout *m_pages = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_idLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_createdLabel = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QPushButton *m_refundButton = nullptr;
    RecordSummaryView *m_summary = nullptr;
    QLabel *m_refundsTitle = nullptr;
    QTableView *m_refundsView = nullptr;
    QTableView *m_historyView = nullptr;
    QLineEdit *m_noteField = nullptr;
    QPushButton *m_addNoteButton = nullptr;
    QLabel *m_noteErrorLabel = nullptr;
};

} // namespace RefundDesk
