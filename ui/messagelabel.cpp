#include "messagelabel.h"

namespace RefundDesk {

MessageLabel::MessageLabel(const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setAccessibleName(tr("Message"));
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setWordWrap(true);
}

void MessageLabel::showMessage(const QString &message)
{
    setStyleSheet(QString());
    setText(message);
}

void MessageLabel::showError(const QString &message)
{
    setStyleSheet(QStringLiteral("color: #b3261e;"));
    setText(message);
}

} // namespace RefundDesk
