#include "statuschangedialog.h"

#include "domain/refundlifecycle.h"
#include "recordformat.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace RefundDesk {
namespace {

// As in the refund dialog: amber on cream, noticeable without reading as an alarm.
const auto problemStyle = QStringLiteral(
    "QLabel#problemLabel { color: #6b4300; background: #fdf4e3; border: 1px solid #efd9b0;"
    " border-radius: 4px; padding: 6px 8px; }");

QString titleFor(RefundStatus target)
{
    switch (target) {
    case RefundStatus::Succeeded:
        return StatusChangeDialog::tr("Mark refund as succeeded");
    case RefundStatus::Failed:
        return StatusChangeDialog::tr("Mark refund as failed");
    case RefundStatus::Canceled:
        return StatusChangeDialog::tr("Cancel refund");
    case RefundStatus::RequiresAction:
        return StatusChangeDialog::tr("Refund requires action");
    case RefundStatus::Pending:
        return StatusChangeDialog::tr("Refund back to pending");
    case RefundStatus::AwaitingApproval:
        break;
    }
    return StatusChangeDialog::tr("Change refund status");
}

QString okTextFor(RefundStatus target)
{
    switch (target) {
    case RefundStatus::Succeeded:
        return StatusChangeDialog::tr("Mark succeeded");
    case RefundStatus::Failed:
        return StatusChangeDialog::tr("Mark failed");
    case RefundStatus::Canceled:
        return StatusChangeDialog::tr("Cancel refund");
    case RefundStatus::RequiresAction:
        return StatusChangeDialog::tr("Mark requires action");
    case RefundStatus::Pending:
        return StatusChangeDialog::tr("Back to pending");
    case RefundStatus::AwaitingApproval:
        break;
    }
    return StatusChangeDialog::tr("Change status");
}

QString introFor(const Refund &refund, RefundStatus target)
{
    const QString amount = RecordFormat::amount(refund.amount, refund.currency);
    switch (target) {
    case RefundStatus::Succeeded:
        return StatusChangeDialog::tr("The processor has refunded %1 to the customer.").arg(amount);
    case RefundStatus::Failed:
        if (refund.status == RefundStatus::Succeeded)
            return StatusChangeDialog::tr("The processor reports that the refund of %1 failed "
                                          "after it was marked succeeded.")
                .arg(amount);
        return StatusChangeDialog::tr("The processor could not refund %1.").arg(amount);
    case RefundStatus::Canceled:
        return StatusChangeDialog::tr("Cancel the refund of %1? It will not be sent to the "
                                      "processor, and the amount can be refunded again. This "
                                      "cannot be undone.")
            .arg(amount);
    case RefundStatus::RequiresAction:
        return StatusChangeDialog::tr("The processor needs something more, such as the "
                                      "customer's bank details, before it can refund %1.")
            .arg(amount);
    case RefundStatus::Pending:
        return StatusChangeDialog::tr("The refund of %1 goes back to waiting for the processor.")
            .arg(amount);
    case RefundStatus::AwaitingApproval:
        break;
    }
    return {};
}

QLabel *selectableLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // ids come from files: never markup
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

StatusChangeDialog::StatusChangeDialog(const Refund &refund, RefundStatus target, qint64 now,
                                       QWidget *parent)
    : QDialog(parent)
    , m_refund(refund)
    , m_target(target)
{
    setObjectName(QStringLiteral("statusChangeDialog"));
    setWindowTitle(titleFor(target));

    auto *intro = new QLabel(introFor(refund, target), this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Refund:"), selectableLabel(refund.id, this));
    form->addRow(tr("Payment:"), selectableLabel(refund.paymentRecordId, this));
    form->addRow(tr("Amount:"),
                 selectableLabel(RecordFormat::amount(refund.amount, refund.currency), this));
    form->addRow(
        tr("Status:"),
        new QLabel(tr("%1 → %2").arg(displayName(refund.status), displayName(target)), this));
    addTargetFields(form, now);

    // The rule's own sentence while the change would be refused. Where there is something to
    // type or pick, its space stays reserved so the dialog does not jump as the agent edits.
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(problemStyle);
    QSizePolicy keepSpace = m_problem->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(m_reference || m_failureReason || m_pendingReason);
    m_problem->setSizePolicy(keepSpace);
    m_problem->setMinimumHeight(m_problem->fontMetrics().lineSpacing() * 2 + 16);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = m_buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(okTextFor(target));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    if (target == RefundStatus::Canceled) {
        // Canceling cannot be undone: Return keeps the refund unless the agent picks otherwise.
        cancel->setText(tr("Keep refund"));
        cancel->setDefault(true);
        cancel->setFocus();
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StatusChangeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StatusChangeDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);

    updateProblem();
}

void StatusChangeDialog::addTargetFields(QFormLayout *form, qint64 now)
{
    switch (m_target) {
    case RefundStatus::Succeeded: {
        m_reference = new QLineEdit(this);
        m_reference->setObjectName(QStringLiteral("referenceField"));
        m_reference->setAccessibleName(tr("Processor refund reference"));
        if (m_refund.refundReference.isEmpty()) {
            m_reference->setPlaceholderText(tr("The processor's id for this refund"));
        } else {
            // The store keeps a reference once set; show it rather than ask again.
            m_reference->setText(m_refund.refundReference);
            m_reference->setReadOnly(true);
        }
        form->addRow(tr("Processor &reference:"), m_reference);

        m_refundedAt = new QDateTimeEdit(this);
        m_refundedAt->setObjectName(QStringLiteral("refundedAtField"));
        m_refundedAt->setAccessibleName(tr("Refunded at"));
        m_refundedAt->setCalendarPopup(true);
        m_refundedAt->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
        const qint64 earliest = m_refund.initiatedAt.value_or(m_refund.created);
        m_refundedAt->setDateTimeRange(QDateTime::fromSecsSinceEpoch(earliest),
                                       QDateTime::fromSecsSinceEpoch(qMax(earliest, now)));
        m_refundedAt->setDateTime(QDateTime::fromSecsSinceEpoch(now));
        m_refundedAt->setToolTip(tr("When the processor refunded it, in local time; not before "
                                    "the refund was initiated and not in the future"));
        form->addRow(tr("Refunded &at:"), m_refundedAt);
        connect(m_reference, &QLineEdit::textChanged, this, &StatusChangeDialog::updateProblem);
        connect(m_refundedAt, &QDateTimeEdit::dateTimeChanged, this,
                &StatusChangeDialog::updateProblem);
        break;
    }
    case RefundStatus::Failed:
        m_failureReason = new QComboBox(this);
        m_failureReason->setObjectName(QStringLiteral("failureReasonField"));
        m_failureReason->setAccessibleName(tr("Failure reason"));
        m_failureReason->addItem(tr("Choose a reason…"));
        for (const FailureReason reason : allFailureReasons())
            m_failureReason->addItem(displayName(reason), int(reason));
        form->addRow(tr("&Failure reason:"), m_failureReason);
        connect(m_failureReason, &QComboBox::currentIndexChanged, this,
                &StatusChangeDialog::updateProblem);
        break;
    case RefundStatus::Pending:
        m_pendingReason = new QComboBox(this);
        m_pendingReason->setObjectName(QStringLiteral("pendingReasonField"));
        m_pendingReason->setAccessibleName(tr("Pending reason"));
        m_pendingReason->addItem(tr("None given"), int(PendingReason::None));
        for (const PendingReason reason : allPendingReasons())
            m_pendingReason->addItem(displayName(reason), int(reason));
        form->addRow(tr("&Pending reason:"), m_pendingReason);
        connect(m_pendingReason, &QComboBox::currentIndexChanged, this,
                &StatusChangeDialog::updateProblem);
        break;
    case RefundStatus::Canceled:
    case RefundStatus::RequiresAction:
    case RefundStatus::AwaitingApproval:
        break;
    }
}

StatusChange StatusChangeDialog::change() const
{
    StatusChange change;
    change.to = m_target;
    if (m_reference)
        change.refundReference = m_reference->text().trimmed();
    if (m_refundedAt)
        change.refundedAt = m_refundedAt->dateTime().toSecsSinceEpoch();
    if (m_failureReason) {
        const QVariant reason = m_failureReason->currentData();
        change.failureReason =
            reason.isValid() ? FailureReason(reason.toInt()) : FailureReason::None;
    }
    if (m_pendingReason)
        change.pendingReason = PendingReason(m_pendingReason->currentData().toInt());
    return change;
}

Result<void> StatusChangeDialog::check() const
{
    const StatusChange wanted = change();
    if (auto valid = RefundLifecycle::validate(m_refund, wanted); !valid)
        return valid;
    if (wanted.to == RefundStatus::Succeeded && wanted.refundReference.isEmpty()) {
        return Error::rule(QStringLiteral("refund_reference"),
                           tr("Enter the processor's refund reference to mark refund %1 as "
                              "succeeded.")
                               .arg(m_refund.id));
    }
    return {};
}

void StatusChangeDialog::accept()
{
    if (const Result<void> valid = check(); !valid) {
        showProblem(valid.error().message);
        return;
    }
    if (m_submit) {
        if (const Result<void> written = m_submit(change()); !written) {
            showProblem(written.error().message);
            return;
        }
    }
    QDialog::accept();
}

void StatusChangeDialog::updateProblem()
{
    const Result<void> valid = check();
    showProblem(valid ? QString() : valid.error().message);
    m_ok->setEnabled(valid.ok());
}

void StatusChangeDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

} // namespace RefundDesk
