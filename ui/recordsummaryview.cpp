#include "recordsummaryview.h"

#include "detaillabels.h"
#include "domain/paymentrecord.h"
#include "recordformat.h"

#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace RefundDesk {
namespace {

using namespace DetailLabels;

/// A part of the summary: a bold title over its rows, without a frame, so the pane stays
/// calm. `body` receives the layout under the title.
QWidget *section(const QString &title, const char *objectName, QVBoxLayout **body)
{
    auto *box = new QWidget;
    box->setObjectName(QLatin1String(objectName));
    box->setAccessibleName(title);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(DetailLabels::title(title, "sectionTitle"));
    *body = layout;
    return box;
}

/// Caption and value rows, indented under their section's title.
QFormLayout *formLayout(QVBoxLayout *body)
{
    auto *form = new QFormLayout;
    form->setContentsMargins(12, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignLeft);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(4);
    body->addLayout(form);
    return form;
}

/// Adds a row whose caption is ours.
void addRow(QFormLayout *form, const QString &caption, QLabel *value)
{
    auto *label = new QLabel(caption);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setBuddy(value);
    form->addRow(label, value);
}

/// Shows `text` in `value`'s row, or hides the row when there is nothing to show. The value
/// is named after its caption for screen readers.
void setValue(QFormLayout *form, QLabel *value, const QString &text)
{
    value->setText(text);
    form->setRowVisible(value, !text.isEmpty());
    const auto *caption = qobject_cast<QLabel *>(form->labelForField(value));
    value->setAccessibleName(caption && !caption->text().isEmpty()
                                 ? RecordSummaryView::tr("%1: %2").arg(caption->text(), text)
                                 : text);
}

} // namespace

RecordSummaryView::RecordSummaryView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("recordSummary"));
    // Never squeezed below its natural height: a scroll area around it scrolls instead.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->setSpacing(14);
    layout->addWidget(createAmounts());
    layout->addWidget(createCustomer());
    layout->addWidget(createMetadata());
    layout->addStretch(1);
}

QWidget *RecordSummaryView::createAmounts()
{
    QVBoxLayout *body = nullptr;
    QWidget *box = section(tr("Amounts"), "amountsBox", &body);
    m_amountsForm = formLayout(body);
    // The figures keep one width (alignFigures()) instead of growing across the pane.
    m_amountsForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_requestedLabel = value("requestedLabel");
    m_guaranteedLabel = value("guaranteedLabel");
    m_failedLabel = value("failedLabel");
    m_canceledLabel = value("canceledLabel");
    m_refundedLabel = value("refundedLabel");
    m_priorRefundedLabel = muted("priorRefundedLabel");
    m_pendingLabel = value("pendingLabel");
    m_refundableLabel = value("refundableLabel", true);
    m_refundableLabel->setToolTip(
        tr("Guaranteed, less what is refunded and what pending refunds hold."));
    QFont bold = m_refundableLabel->font();
    bold.setBold(true);
    m_refundableLabel->setFont(bold);
    for (QLabel *figure : figures())
        figure->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    addRow(m_amountsForm, tr("Requested"), m_requestedLabel);
    addRow(m_amountsForm, tr("Guaranteed"), m_guaranteedLabel);
    addRow(m_amountsForm, tr("Failed"), m_failedLabel);
    addRow(m_amountsForm, tr("Canceled"), m_canceledLabel);
    addRow(m_amountsForm, tr("Refunded"), m_refundedLabel);
    addRow(m_amountsForm, QString(), m_priorRefundedLabel);
    addRow(m_amountsForm, tr("Pending refunds"), m_pendingLabel);
    addRow(m_amountsForm, tr("Still refundable"), m_refundableLabel);
    if (auto *caption = qobject_cast<QLabel *>(m_amountsForm->labelForField(m_refundableLabel))) {
        caption->setForegroundRole(QPalette::WindowText);
        caption->setFont(bold);
    }
    return box;
}

QWidget *RecordSummaryView::createCustomer()
{
    QVBoxLayout *body = nullptr;
    QWidget *box = section(tr("Customer and payment method"), "customerBox", &body);
    m_customerForm = formLayout(body);
    m_nameLabel = value("customerNameLabel", true);
    m_emailLabel = value("customerEmailLabel", true);
    m_phoneLabel = value("customerPhoneLabel", true);
    m_customerIdLabel = value("customerIdLabel", true);
    m_methodLabel = value("methodLabel", true);
    m_referenceLabel = value("processorReferenceLabel", true);
    addRow(m_customerForm, tr("Name"), m_nameLabel);
    addRow(m_customerForm, tr("Email"), m_emailLabel);
    addRow(m_customerForm, tr("Phone"), m_phoneLabel);
    addRow(m_customerForm, tr("Customer"), m_customerIdLabel);
    addRow(m_customerForm, tr("Method"), m_methodLabel);
    addRow(m_customerForm, tr("Processor reference"), m_referenceLabel);
    m_noCustomerLabel = muted("noCustomerLabel");
    m_noCustomerLabel->setText(tr("No customer or payment method details"));
    m_noCustomerLabel->setIndent(12);
    body->addWidget(m_noCustomerLabel);
    return box;
}

QWidget *RecordSummaryView::createMetadata()
{
    QVBoxLayout *body = nullptr;
    QWidget *box = section(tr("Metadata"), "metadataBox", &body);
    m_metadataForm = formLayout(body);
    m_editButton = new QPushButton(tr("Edit &metadata…"));
    m_editButton->setObjectName(QStringLiteral("editMetadataButton"));
    connect(m_editButton, &QPushButton::clicked, this, &RecordSummaryView::editMetadataRequested);
    body->addWidget(m_editButton, 0, Qt::AlignLeft);
    return box;
}

void RecordSummaryView::setEditable(bool editable, const QString &whyNot)
{
    m_editButton->setEnabled(editable);
    m_editButton->setToolTip(editable ? QString() : whyNot);
}

void RecordSummaryView::setRecord(const PaymentRecord &record)
{
    showAmounts(record);
    showCustomer(record);
    showMetadata(record);
}

void RecordSummaryView::showAmounts(const PaymentRecord &record)
{
    const auto amount = [&](qint64 value) {
        return RecordFormat::amount(value, record.currency);
    };
    // A label's size hint keeps the minimum width it had; the figures are measured afresh.
    for (QLabel *figure : figures())
        figure->setMinimumWidth(0);
    QFormLayout *form = m_amountsForm;
    setValue(form, m_requestedLabel, amount(record.amountRequested));
    setValue(form, m_guaranteedLabel, amount(record.amountGuaranteed));
    // Only a payment that failed or was canceled, in full or in part, has these.
    setValue(form, m_failedLabel,
             record.amountFailed > 0 ? amount(record.amountFailed) : QString());
    setValue(form, m_canceledLabel,
             record.amountCanceled > 0 ? amount(record.amountCanceled) : QString());
    setValue(form, m_refundedLabel, amount(record.amountRefunded));
    setValue(form, m_priorRefundedLabel,
             record.priorRefunded > 0
                 ? tr("incl. %1 refunded before RefundDesk").arg(amount(record.priorRefunded))
                 : QString());
    m_refundedLabel->setToolTip(record.isOverRefundedAtSource()
                                    ? tr("The source reported more refunded than was guaranteed; "
                                         "the payment counts as fully refunded.")
                                    : QString());
    setValue(form, m_pendingLabel, amount(record.amountReserved));
    setValue(form, m_refundableLabel, amount(record.refundable()));
    alignFigures();
}

QList<QLabel *> RecordSummaryView::figures() const
{
    return {m_requestedLabel, m_guaranteedLabel, m_failedLabel,    m_canceledLabel,
            m_refundedLabel,  m_pendingLabel,    m_refundableLabel};
}

void RecordSummaryView::alignFigures()
{
    // One width for every figure, so they line up on the right like a column of a ledger.
    int width = 0;
    for (const QLabel *figure : figures())
        width = std::max(width, figure->sizeHint().width()); // measured at no minimum width
    for (QLabel *figure : figures())
        figure->setMinimumWidth(width);
}

void RecordSummaryView::showCustomer(const PaymentRecord &record)
{
    QFormLayout *form = m_customerForm;
    setValue(form, m_nameLabel, record.customer.name);
    setValue(form, m_emailLabel, record.customer.email);
    setValue(form, m_phoneLabel, record.customer.phone);
    setValue(form, m_customerIdLabel, record.customer.customer);
    setValue(form, m_methodLabel, RecordFormat::method(record.paymentMethod));
    setValue(form, m_referenceLabel, record.processorReference);
    const QList<QLabel *> values {m_nameLabel,       m_emailLabel,  m_phoneLabel,
                                  m_customerIdLabel, m_methodLabel, m_referenceLabel};
    m_noCustomerLabel->setVisible(std::all_of(
        values.cbegin(), values.cend(), [](QLabel *label) { return label->text().isEmpty(); }));
}

void RecordSummaryView::showMetadata(const PaymentRecord &record)
{
    while (m_metadataForm->rowCount() > 0)
        m_metadataForm->removeRow(0);
    if (record.metadata.isEmpty()) {
        QLabel *none = muted("noMetadataLabel");
        none->setText(tr("No metadata"));
        m_metadataForm->addRow(none);
        return;
    }
    for (auto it = record.metadata.cbegin(); it != record.metadata.cend(); ++it) {
        // Keys and values are the payment's own data: plain text, never a mnemonic.
        QLabel *key = muted("metadataKeyLabel");
        key->setText(it.key());
        key->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QLabel *text = value("metadataValueLabel", true);
        text->setText(it.value());
        text->setWordWrap(true);
        text->setAccessibleName(tr("%1: %2").arg(it.key(), it.value()));
        m_metadataForm->addRow(key, text);
    }
}

} // namespace RefundDesk
