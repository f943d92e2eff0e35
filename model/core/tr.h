#pragma once

#include <QCoreApplication>

namespace RefundDesk {

/// The translation context of the model layer, which has no QObject to call tr() on.
/// Qt Linguist's lupdate finds the `ModelText::tr("…")` calls and files them under
/// "RefundDesk".
class ModelText
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk)
};

} // namespace RefundDesk
