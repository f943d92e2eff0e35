#pragma once

#include <QLabel>

namespace RefundDesk {

/// The line under a view that says what just happened, or, in red, what went wrong:
/// plain text, word-wrapped and selectable, so a message can be copied into a ticket.
class MessageLabel : public QLabel
{
    Q_OBJECT
public:
    explicit MessageLabel(const QString &objectName, QWidget *parent = nullptr);

    void showMessage(const QString &message);
    void showError(const QString &message);
};

} // namespace RefundDesk
