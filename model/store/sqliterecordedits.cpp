// An agent's edits of a payment record: notes and metadata. Each is written with its
// history event under one BEGIN IMMEDIATE.

#include "core/tr.h"
#include "domain/note.h"
#include "store/columncodec.h"
#include "store/sqlitestore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace RefundDesk {
namespace {

QJsonObject metadataObject(const Metadata &metadata)
{
    QJsonObject object;
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

Result<void> SqliteStore::addRecordNote(const QString &recordId, const QString &text,
                                        const Actor &actor)
{
    if (auto valid = validateNote(text); !valid)
        return valid.error();
    if (auto begun = beginImmediate(); !begun)
        return begun.error();
    if (auto allowed = authorize(actor, Permission::EditRecord); !allowed) {
        rollback();
        return allowed.error();
    }
    if (auto found = record(recordId); !found) {
        rollback();
        return found.error();
    }
    Event event;
    event.actor = actor.name;
    event.action = QStringLiteral("record.note");
    event.entityType = QStringLiteral("payment_record");
    event.entityId = recordId;
    event.recordId = recordId;
    event.payload =
        QJsonDocument(QJsonObject {{QStringLiteral("note"), text}}).toJson(QJsonDocument::Compact);
    if (auto appended = appendEvent(event); !appended) {
        rollback();
        return appended.error();
    }
    return commit();
}

Result<PaymentRecord> SqliteStore::setRecordMetadata(const QString &recordId,
                                                     const Metadata &metadata, const Actor &actor)
{
    if (auto valid = validateMetadata(metadata); !valid)
        return valid.error();
    if (auto begun = beginImmediate(); !begun)
        return begun.error();
    const auto fail = [this](Error error) {
        rollback();
        return error;
    };
    if (auto allowed = authorize(actor, Permission::EditRecord); !allowed)
        return fail(allowed.error());
    auto found = record(recordId);
    if (!found)
        return fail(found.error());
    PaymentRecord changed = found.value();
    if (changed.metadata == metadata) {
        rollback(); // nothing to write
        return changed;
    }
    Sqlite::Statement update = m_db.prepare("UPDATE payment_records SET metadata = ? WHERE id = ?");
    update.bind(1, ColumnCodec::encodeMetadata(metadata)).bind(2, recordId);
    if (!update.exec())
        return fail(
            storageError(ModelText::tr("The database refused the metadata of %1").arg(recordId)));

    Event event;
    event.actor = actor.name;
    event.action = QStringLiteral("record.metadata_changed");
    event.entityType = QStringLiteral("payment_record");
    event.entityId = recordId;
    event.recordId = recordId;
    event.payload = QJsonDocument(QJsonObject {
                                      {QStringLiteral("before"), metadataObject(changed.metadata)},
                                      {QStringLiteral("after"), metadataObject(metadata)},
                                  })
                        .toJson(QJsonDocument::Compact);
    if (auto appended = appendEvent(event); !appended)
        return fail(appended.error());
    if (auto committed = commit(); !committed)
        return committed.error();
    changed.metadata = metadata;
    return changed;
}

} // namespace RefundDesk
