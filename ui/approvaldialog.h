#pragma once

#include "core/result.h"
#include "domain/approval.h"
#include "domain/refund.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace RefundDesk {

/// Approves or rejects one refund awaiting approval. It restates exactly what is decided —
/// the amount, its currency, the payment record, who asked for it — and the decision it
/// sends binds those values, so the store refuses it if the refund changed meanwhile. A
/// note is optional to approve and required to reject.
class ApprovalDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalDialog)
public:
    /// Writes the decision; an Error keeps the dialog open and shows its message.
    using Submitter = std::function<Result<void>(const ApprovalDecision &)>;

    /// `customer` is how the payment's customer reads ("Ava Okafor (ava@example.com)").
    ApprovalDialog(const Refund &refund, bool approve, const QString &customer,
                   QWidget *parent = nullptr);

    const Refund &refund() const { return m_refund; }
    bool isApproval() const { return m_approve; }
    /// The decision as the dialog stands: the shown amount, currency and record, the note.
    ApprovalDecision decision() const;
    /// Empty when the decision can be sent, else what is missing.
    QString problem() const;
    /// Without a submitter, OK only closes the dialog and the caller reads decision().
    void setSubmitter(Submitter submitter) { m_submit = std::move(submitter); }

    void accept() override;

private:
    void updateProblem();
    void showProblem(const QString &message);

    Refund m_refund;
    bool m_approve;
    Submitter m_submit;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace RefundDesk
