#include "core/ids.h"

#include <QRandomGenerator>

namespace RefundDesk {

QString newObjectId(QStringView prefix)
{
    static constexpr char alphabet[] =
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    constexpr int length = 24;
    QString id = prefix.toString();
    id.reserve(prefix.size() + length);
    for (int i = 0; i < length; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(62)]);
    return id;
}

} // namespace RefundDesk
