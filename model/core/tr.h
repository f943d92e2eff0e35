#pragma once

#include <QCoreApplication>

namespace RefundDesk {

/// Translates a user-visible string of the model layer, which has no QObject to call tr() on.
/// The context keeps model strings together for Qt Linguist.
inline QString trModel(const char *text)
{
    return QCoreApplication::translate("RefundDesk", text);
}

} // namespace RefundDesk
