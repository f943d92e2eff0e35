#include "store/event.h"

#include <QCryptographicHash>

namespace RefundDesk {

QByteArray eventHash(const Event &event)
{
    // Fields are joined with a unit separator, which never appears in ids, names or
    // compact JSON (JSON escapes control characters), so no two events share an input.
    constexpr char sep = '\x1f';
    QByteArray input;
    input.reserve(256 + event.payload.size());
    input.append(event.prevHash).append(sep);
    input.append(QByteArray::number(event.seq)).append(sep);
    input.append(QByteArray::number(event.timeMs)).append(sep);
    input.append(event.actor.toUtf8()).append(sep);
    input.append(event.action.toUtf8()).append(sep);
    input.append(event.entityType.toUtf8()).append(sep);
    input.append(event.entityId.toUtf8()).append(sep);
    input.append(event.recordId.toUtf8()).append(sep);
    input.append(event.payload);
    return QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex();
}

} // namespace RefundDesk
