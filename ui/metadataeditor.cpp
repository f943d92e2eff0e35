#include "metadataeditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace RefundDesk {
namespace {

/// Enter edits the current cell, or commits the one being edited, and stops there: in a
/// dialog an ignored Enter would press the default button halfway through a row.
class MetadataTable final : public QTableWidget
{
public:
    using QTableWidget::QTableWidget;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() != Qt::Key_Return && event->key() != Qt::Key_Enter) {
            QTableWidget::keyPressEvent(event);
            return;
        }
        // While editing, the delegate has already queued the commit.
        if (state() != EditingState && currentIndex().isValid())
            edit(currentIndex());
        event->accept();
    }
};

} // namespace

MetadataEditor::MetadataEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new MetadataTable(0, ColumnCount, this))
    , m_add(new QPushButton(tr("A&dd"), this))
    , m_remove(new QPushButton(tr("Remo&ve"), this))
{
    m_table->setObjectName(QStringLiteral("metadataTable"));
    m_table->setAccessibleName(tr("Metadata keys and values"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(Key, 160);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    // Tab leaves the table for the next field; arrows move between cells.
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    // Focus, from a label's mnemonic or a program, goes to the table.
    setFocusPolicy(m_table->focusPolicy());
    setFocusProxy(m_table);

    m_add->setObjectName(QStringLiteral("addMetadataButton"));
    m_add->setAccessibleName(tr("Add metadata key"));
    m_add->setToolTip(tr("Add a key and value (Insert)"));
    m_add->setAutoDefault(false);
    m_remove->setObjectName(QStringLiteral("removeMetadataButton"));
    m_remove->setAccessibleName(tr("Remove metadata key"));
    m_remove->setToolTip(tr("Remove the selected key (Delete)"));
    m_remove->setAutoDefault(false);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &MetadataEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &MetadataEditor::removeCurrentRow);
    // Only while the table itself has focus: in a cell editor these keys edit text.
    auto *insert = new QShortcut(QKeySequence(Qt::Key_Insert), m_table);
    insert->setContext(Qt::WidgetShortcut);
    connect(insert, &QShortcut::activated, this, &MetadataEditor::addRow);
    auto *remove = new QShortcut(QKeySequence::Delete, m_table);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &MetadataEditor::removeCurrentRow);

    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            Q_EMIT changed();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &MetadataEditor::updateButtons);
    updateButtons();
}

Metadata MetadataEditor::metadata() const
{
    Metadata metadata;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString value = valueAt(row);
        if (!value.isEmpty())
            metadata.insert(keyAt(row), value);
    }
    return metadata;
}

void MetadataEditor::setMetadata(const Metadata &metadata)
{
    m_filling = true;
    m_table->setRowCount(0);
    m_table->setRowCount(int(metadata.size()));
    int row = 0;
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it, ++row) {
        m_table->setItem(row, Key, new QTableWidgetItem(it.key()));
        m_table->setItem(row, Value, new QTableWidgetItem(it.value()));
    }
    m_filling = false;
    updateButtons();
}

Result<void> MetadataEditor::validate(const QString &field) const
{
    // Checked before the rows become a map, where the second would silently win.
    QHash<QString, int> firstRow;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = keyAt(row);
        if (key.isEmpty() || valueAt(row).isEmpty())
            continue;
        const auto seen = firstRow.constFind(key);
        if (seen != firstRow.cend()) {
            return Error::rule(QStringLiteral("%1[%2]").arg(field, key),
                               tr("%1 key \"%2\" is given twice, in rows %3 and %4.")
                                   .arg(field, key)
                                   .arg(*seen + 1)
                                   .arg(row + 1));
        }
        firstRow.insert(key, row);
    }
    return validateMetadata(metadata(), field);
}

void MetadataEditor::addRow()
{
    const int row = m_table->rowCount();
    m_filling = true;
    m_table->insertRow(row);
    m_table->setItem(row, Key, new QTableWidgetItem);
    m_table->setItem(row, Value, new QTableWidgetItem);
    m_filling = false;
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->setCurrentCell(row, Key);
    m_table->editItem(m_table->item(row, Key));
    updateButtons();
    Q_EMIT changed();
}

void MetadataEditor::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(qMin(row, m_table->rowCount() - 1), Key);
    updateButtons();
    Q_EMIT changed();
}

QString MetadataEditor::keyAt(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, Key);
    return item ? item->text().trimmed() : QString();
}

QString MetadataEditor::valueAt(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, Value);
    return item ? item->text() : QString();
}

void MetadataEditor::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0);
}

} // namespace RefundDesk
