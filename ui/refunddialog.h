#pragma once

#include "auth/user.h"
#include "domain/paymentrecord.h"
#include "domain/refund.h"
#include "store/actor.h"

#include <QDialog>

#include <array>
#include <optional>
#include <utility>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace RefundDesk {

class AmountValidator;
class MetadataEditor;
class Store;

/// Refunds one payment record: the form (amount with the remaining amount one click away,
/// reason, note, metadata, "already refunded at the processor"), validated live with the
/// model's own rules, then a confirmation page that spells out the amount and the customer.
/// One idempotency key per dialog, so a double click or a second Enter cannot refund twice.
class RefundDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefundDialog)
public:
    /// The confirm button arms this long after the confirmation appears, so an Enter pressed
    /// twice (or held down) on the form cannot refund without the agent reading the page.
    static constexpr int ConfirmArmDelayMs = 400;

    /// Refunds `record` in `store` as `actor`; the store must outlive the dialog.
    RefundDialog(Store &store, const PaymentRecord &record, const Actor &actor,
                 QWidget *parent = nullptr);
    ~RefundDialog() override;

    /// The request as the form stands, with the dialog's idempotency key. Its amount is 0
    /// while the amount field does not parse.
    RefundRequest request() const;
    /// The key every confirmation of this dialog sends, generated once when it opened.
    QString idempotencyKey() const { return m_idempotencyKey; }
    /// The refund the store created (or returned for a retry); empty until then.
    const Refund &createdRefund() const { return m_created; }
    /// Why the request as the form stands waits for a supervisor's approval (it is above
    /// the actor's limit for its currency), naming the limit; empty when it does not.
    QString approvalNotice() const;

Q_SIGNALS:
    /// The store created the refund; emitted once, just before the dialog is accepted.
    void refundCreated(const RefundDesk::Refund &refund);

private:
    /// The first thing keeping the form from a refund; a hint is a next step, not a mistake.
    struct Problem
    {
        QString text;
        bool hint = false;
    };

    enum Detail {
        RemainingDetail,
        ReasonDetail,
        NoteDetail,
        MetadataDetail,
        ReferenceDetail,
        RefundedAtDetail,
        DetailCount
    };

    QWidget *createFormPage();
    QWidget *createConfirmPage();
    void setFullAmount();
    /// `value` as it would be typed in the amount field: "307.02", "307,02" in de_DE.
    QString inputText(qint64 value) const;
    void revalidate();
    Problem problem() const;
    void showProblem(const QString &text, bool hint);
    void showConfirmation();
    void showForm();
    void confirm();
    qint64 now() const;
    QString money(qint64 value) const;
    QString customerText() const;

    Store &m_store;
    PaymentRecord m_record;
    Actor m_actor;
    /// What the store grants the actor, read when the dialog opened; none when it failed.
    std::optional<Access> m_access;
    QString m_idempotencyKey;
    Refund m_created;
    QString m_storeError; ///< the store's last refusal, shown until the form is edited
    bool m_submitting = false;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_refundableLabel = nullptr;
    QLineEdit *m_amount = nullptr;
    AmountValidator *m_validator = nullptr;
    QPushButton *m_fullAmount = nullptr;
    QComboBox *m_reason = nullptr;
    QPlainTextEdit *m_note = nullptr;
    MetadataEditor *m_metadata = nullptr;
    QCheckBox *m_reported = nullptr;
    QLineEdit *m_reference = nullptr;
    QDateTimeEdit *m_refundedAt = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_continue = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_approvalLabel = nullptr;
    /// The confirmation's rows under the sentence: a title and its value.
    std::array<std::pair<QLabel *, QLabel *>, DetailCount> m_details {};
    QPushButton *m_back = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace RefundDesk
