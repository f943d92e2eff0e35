#pragma once

#include "core/result.h"
#include "domain/metadata.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace RefundDesk {

/// Edits a Metadata set as a two-column key/value table with Add and Remove buttons, for
/// refunds and payment records alike. Keyboard first: Insert adds a row and starts on its
/// key, Delete removes the current row, Enter edits or commits a cell (and never reaches
/// the dialog's default button), Tab leaves the table.
class MetadataEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetadataEditor)
public:
    enum Column { Key, Value, ColumnCount };

    explicit MetadataEditor(QWidget *parent = nullptr);

    /// The pairs as typed, keys trimmed. As in the payment API an empty value unsets its
    /// key, so a row without a value is left out, and so is a row left entirely blank.
    Metadata metadata() const;
    /// Replaces every row with `metadata`, sorted by key; does not emit changed().
    void setMetadata(const Metadata &metadata);

    /// The first problem with the rows: a key given twice, then validateMetadata()'s rules
    /// (key count and length, square brackets, value length), messages prefixed by `field`.
    Result<void> validate(const QString &field = QStringLiteral("metadata")) const;

    /// Appends an empty row and starts editing its key.
    void addRow();
    /// Removes the current row, if any, and moves to the one after it.
    void removeCurrentRow();

Q_SIGNALS:
    /// A key or value was edited, or a row added or removed.
    void changed();

private:
    QString keyAt(int row) const;
    QString valueAt(int row) const;
    void updateButtons();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_filling = false;
};

} // namespace RefundDesk
