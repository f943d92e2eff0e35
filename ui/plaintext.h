#pragma once

#include <QString>
#include <QTextDocument>

namespace RefundDesk {

/// Text that shows `plain` exactly as it is, line breaks and indentation included, in the
/// places Qt decides by itself whether text is markup (tooltips, a message box's
/// informative text): a description or an error message quoting "<b>" would otherwise be
/// rendered bold, and "<img src=…>" would be loaded. Text Qt would not take for markup is
/// returned as it is; the rest as rich text that shows it literally.
inline QString plainAsRichText(const QString &plain)
{
    if (!Qt::mightBeRichText(plain))
        return plain;
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + plain.toHtmlEscaped()
        + QStringLiteral("</p>");
}

} // namespace RefundDesk
