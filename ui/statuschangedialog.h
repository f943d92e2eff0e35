#pragma once

#include "core/result.h"
#include "domain/refund.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace RefundDesk {

/// Asks for what moving one refund to one status needs: the processor's reference and time
/// for succeeded, a failure reason for failed, an optional pending reason for pending, and a
/// confirmation otherwise. The change is checked as it is edited, with the lifecycle's own
/// message, and OK stays disabled while it would be refused.
class StatusChangeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusChangeDialog)
public:
    /// Writes an accepted change; an Error keeps the dialog open and shows its message.
    using Submitter = std::function<Result<void>(const StatusChange &)>;

    /// `now` is Unix seconds by the store's clock: the default and latest refunded-at time.
    StatusChangeDialog(const Refund &refund, RefundStatus target, qint64 now,
                       QWidget *parent = nullptr);

    const Refund &refund() const { return m_refund; }
    RefundStatus target() const { return m_target; }
    /// The change as the fields say now.
    StatusChange change() const;
    /// The lifecycle's rules, plus the reference a succeeded refund must have.
    Result<void> check() const;
    /// Without a submitter, OK only closes the dialog and the caller reads change().
    void setSubmitter(Submitter submitter) { m_submit = std::move(submitter); }

    void accept() override;

private:
    void addTargetFields(QFormLayout *form, qint64 now);
    void updateProblem();
    void showProblem(const QString &message);

    Refund m_refund;
    RefundStatus m_target;
    Submitter m_submit;
    QLineEdit *m_reference = nullptr;
    QDateTimeEdit *m_refundedAt = nullptr;
    QComboBox *m_failureReason = nullptr;
    QComboBox *m_pendingReason = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace RefundDesk
