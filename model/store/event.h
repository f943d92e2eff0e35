#pragma once

#include <QByteArray>
#include <QString>

namespace RefundDesk {

/// One entry of the append-only event log (DESIGN §3 "History and audit").
struct Event
{
    qint64 seq = 0;
    qint64 timeMs = 0; ///< Unix milliseconds
    QString actor;
    QString action; ///< e.g. "refund.created", "refund.status_changed", "import"
    QString entityType; ///< "payment_record", "refund", "batch"
    QString entityId;
    QString recordId; ///< the payment record whose history shows it, if any
    QByteArray payload; ///< compact JSON, hashed exactly as stored
    QByteArray prevHash;
    QByteArray hash; ///< hex SHA-256 over prevHash and every field above
};

/// The chain hash of an event: SHA-256 (hex) over the previous hash and the event's fields.
QByteArray eventHash(const Event &event);

} // namespace RefundDesk
