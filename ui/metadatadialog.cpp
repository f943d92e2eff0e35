#include "metadatadialog.h"

#include "metadataeditor.h"
#include "store/store.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace RefundDesk {

MetadataDialog::MetadataDialog(Store &store, const PaymentRecord &record, const Actor &actor,
                               QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_record(record)
    , m_actor(actor)
    , m_editor(new MetadataEditor(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Metadata of %1").arg(record.id));
    m_editor->setObjectName(QStringLiteral("metadataEditor"));
    m_editor->setMetadata(record.metadata);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setTextFormat(Qt::PlainText); // quotes the key, which may hold anything
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *hint = new QLabel(tr("Up to 50 keys of at most 40 characters, values of at most 500. "
                               "A key without a value is removed."),
                            this);
    hint->setWordWrap(true);
    hint->setEnabled(false); // the muted look of a hint

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &MetadataDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MetadataDialog::reject);
    connect(m_editor, &MetadataEditor::changed, this, &MetadataDialog::revalidate);
    revalidate();
    resize(560, 380);
}

void MetadataDialog::revalidate()
{
    const Result<void> valid = m_editor->validate();
    m_problem->setText(valid ? QString() : valid.error().message);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(bool(valid));
}

void MetadataDialog::accept()
{
    if (!m_editor->validate())
        return;
    const Result<PaymentRecord> saved =
        m_store.setRecordMetadata(m_record.id, m_editor->metadata(), m_actor);
    if (!saved) {
        m_problem->setText(saved.error().message); // stay open: nothing was written
        return;
    }
    QDialog::accept();
}

} // namespace RefundDesk
