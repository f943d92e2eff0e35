#pragma once

#include <QLabel>

namespace RefundDesk::DetailLabels {

// The labels the detail pane is built from, so its parts read alike.

/// A value from the store: plain text, so a name or a note holding markup shows as typed,
/// and selectable where an agent may copy it.
inline QLabel *value(const char *objectName, bool selectable = false)
{
    auto *label = new QLabel;
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    if (selectable)
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

/// Secondary text: captions, hints, an empty state.
inline QLabel *muted(const char *objectName)
{
    QLabel *label = value(objectName);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

/// The bold title of a part of the pane.
inline QLabel *title(const QString &text, const char *objectName)
{
    auto *label = new QLabel(text);
    label->setObjectName(QLatin1String(objectName));
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace RefundDesk::DetailLabels
