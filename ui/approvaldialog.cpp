#include "approvaldialog.h"

#include "domain/note.h"
#include "recordformat.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace RefundDesk {
namespace {

// As in the other dialogs: amber on cream for what keeps OK disabled.
const auto problemStyle = QStringLiteral(
    "QLabel#problemLabel { color: #6b4300; background: #fdf4e3; border: 1px solid #efd9b0;"
    " border-radius: 4px; padding: 6px 8px; }");

QLabel *valueLabel(const QString &text, const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

ApprovalDialog::ApprovalDialog(const Refund &refund, bool approve, const QString &customer,
                               QWidget *parent)
    : QDialog(parent)
    , m_refund(refund)
    , m_approve(approve)
{
    setObjectName(QStringLiteral("approvalDialog"));
    const QString amount = RecordFormat::amount(refund.amount, refund.currency);
    setWindowTitle(approve ? tr("Approve refund %1").arg(refund.id)
                           : tr("Reject refund %1").arg(refund.id));

    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    QFont larger = intro->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    intro->setFont(larger);
    if (approve) {
        intro->setText(!refund.refundedAt
                           ? tr("Approve the refund of %1 to %2? It goes on to the processor "
                                "as pending.")
                                 .arg(amount, customer)
                           : tr("Approve the refund of %1 to %2? It was already refunded at the "
                                "processor and is recorded as succeeded.")
                                 .arg(amount, customer));
    } else {
        intro->setText(tr("Reject the refund of %1 to %2? It is canceled, and the amount can "
                          "be refunded again.")
                           .arg(amount, customer));
    }

    // Exactly what the decision binds, on a card: the store refuses it if any of it changed.
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("decisionCard"));
    card->setStyleSheet(QStringLiteral("QFrame#decisionCard { background: palette(base);"
                                       " border: 1px solid palette(mid); border-radius: 6px; }"
                                       "QFrame#decisionCard QLabel { background: transparent;"
                                       " border: none; }"));
    auto *form = new QFormLayout(card);
    form->setContentsMargins(16, 12, 16, 12);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    auto *amountValue = valueLabel(amount, "amountValue", card);
    QFont bold = amountValue->font();
    bold.setBold(true);
    amountValue->setFont(bold);
    form->addRow(tr("Amount:"), amountValue);
    form->addRow(tr("Currency:"), valueLabel(refund.currency.toUpper(), "currencyValue", card));
    form->addRow(tr("Payment:"), valueLabel(refund.paymentRecordId, "paymentValue", card));
    form->addRow(tr("Refund:"), valueLabel(refund.id, "refundValue", card));
    form->addRow(tr("Requested by:"), valueLabel(refund.createdBy, "creatorValue", card));
    if (refund.reason != RefundReason::None)
        form->addRow(tr("Reason:"), valueLabel(displayName(refund.reason), "reasonValue", card));
    if (!refund.note.isEmpty())
        form->addRow(tr("Agent's note:"), valueLabel(refund.note, "agentNoteValue", card));

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("decisionNoteField"));
    m_note->setAccessibleName(approve ? tr("Note (optional)") : tr("Why it is rejected"));
    m_note->setPlaceholderText(approve ? tr("Optional: a note for the history")
                                       : tr("Required: why the refund is rejected"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 14);
    auto *noteLabel = new QLabel(approve ? tr("&Note:") : tr("&Why rejected:"), this);
    noteLabel->setBuddy(m_note);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(problemStyle);
    // Rejecting asks for a note, so its line comes and goes as the note is typed; keep its
    // place then, so the buttons stay put.
    QSizePolicy keepSpace = m_problem->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(!approve);
    m_problem->setSizePolicy(keepSpace);
    m_problem->setMinimumHeight(m_problem->fontMetrics().lineSpacing() * 2 + 16);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(approve ? tr("Approve %1").arg(amount) : tr("Reject refund"));
    m_ok->setAccessibleName(m_ok->text());
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    // Nothing is decided by a stray Return: the agent reads the card, then picks.
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ApprovalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ApprovalDialog::reject);
    connect(m_note, &QPlainTextEdit::textChanged, this, &ApprovalDialog::updateProblem);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(card);
    layout->addSpacing(6);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    m_note->setFocus(Qt::OtherFocusReason);
    updateProblem();
}

ApprovalDecision ApprovalDialog::decision() const
{
    ApprovalDecision decision;
    decision.refundId = m_refund.id;
    decision.approve = m_approve;
    decision.amount = m_refund.amount;
    decision.currency = m_refund.currency;
    decision.paymentRecordId = m_refund.paymentRecordId;
    decision.note = m_note->toPlainText().trimmed();
    return decision;
}

QString ApprovalDialog::problem() const
{
    const QString note = m_note->toPlainText().trimmed();
    if (!m_approve && note.isEmpty())
        return tr("Write why the refund is rejected: %1 and the audit trail will read it.")
            .arg(m_refund.createdBy);
    if (const Result<void> valid = validateNote(note, false); !valid)
        return valid.error().message;
    return {};
}

void ApprovalDialog::accept()
{
    if (const QString missing = problem(); !missing.isEmpty()) {
        showProblem(missing);
        return;
    }
    if (m_submit) {
        if (const Result<void> written = m_submit(decision()); !written) {
            showProblem(written.error().message);
            return;
        }
    }
    QDialog::accept();
}

void ApprovalDialog::updateProblem()
{
    const QString missing = problem();
    showProblem(missing);
    m_ok->setEnabled(missing.isEmpty());
}

void ApprovalDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

} // namespace RefundDesk
