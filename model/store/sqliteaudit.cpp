// The audit trail: the whole event log, filtered and paged newest first, its head, and the
// events that say who took data out of the desk.

#include "core/tr.h"
#include "store/rowreaders.h"
#include "store/sqlitefilter.h"
#include "store/sqlitestore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace RefundDesk {
namespace {

/// The distinct values of an indexed column, one index probe each (a skip scan).
Result<QStringList> distinctValues(Sqlite::Connection &db, const char *sql)
{
    Sqlite::Statement query = db.prepare(sql);
    QStringList values;
    while (query.next())
        values << query.text(0);
    if (!query.finished())
        return Error::storage(ModelText::tr("Cannot read the event log: %1").arg(db.lastError()));
    return values;
}

} // namespace

Result<EventPage> SqliteStore::listEvents(const AuditQuery &query, const Actor &actor)
{
    if (auto allowed = authorize(actor, Permission::ViewAudit); !allowed)
        return allowed.error();
    Sqlite::Filter filter;
    if (!query.actor.isEmpty())
        filter.add("e.actor = ?", {query.actor});
    if (!query.action.isEmpty())
        filter.add("e.action = ?", {query.action});
    if (!query.entityId.isEmpty()) {
        filter.add("e.seq IN (SELECT seq FROM events WHERE entity_id = ? "
                   "UNION SELECT seq FROM events WHERE record_id = ?)",
                   {query.entityId, query.entityId});
    }
    if (query.fromMs)
        filter.add("e.time >= ?", {*query.fromMs});
    if (query.toMs)
        filter.add("e.time < ?", {*query.toMs});
    if (query.beforeSeq)
        filter.add("e.seq < ?", {*query.beforeSeq});
    const int limit = qBound(1, query.limit, 10000);
    const QByteArray sql = "SELECT " REFUNDDESK_EVENT_COLUMNS " FROM events e" + filter.sql()
        + " ORDER BY e.seq DESC LIMIT " + QByteArray::number(limit + 1);
    Sqlite::Statement statement = m_db.prepare(sql.constData());
    filter.bindTo(statement);
    EventPage page;
    while (statement.next())
        page.events << RowReaders::readEvent(statement);
    if (!statement.finished())
        return storageError(ModelText::tr("Cannot read the event log"));
    if (page.events.size() > limit) {
        page.events.removeLast();
        page.hasMore = true;
    }
    return page;
}

Result<QStringList> SqliteStore::eventActors()
{
    return distinctValues(m_db,
                          "WITH RECURSIVE a(v) AS (SELECT min(actor) FROM events "
                          "UNION ALL SELECT (SELECT min(actor) FROM events WHERE actor > v) "
                          "FROM a WHERE v IS NOT NULL) SELECT v FROM a WHERE v IS NOT NULL");
}

Result<QStringList> SqliteStore::eventActions()
{
    return distinctValues(m_db,
                          "WITH RECURSIVE a(v) AS (SELECT min(action) FROM events "
                          "UNION ALL SELECT (SELECT min(action) FROM events WHERE action > v) "
                          "FROM a WHERE v IS NOT NULL) SELECT v FROM a WHERE v IS NOT NULL");
}

Result<Event> SqliteStore::headEvent()
{
    Sqlite::Statement query = m_db.prepare("SELECT " REFUNDDESK_EVENT_COLUMNS
                                           " FROM events e ORDER BY e.seq DESC LIMIT 1");
    if (query.next())
        return RowReaders::readEvent(query);
    if (!query.finished())
        return storageError(ModelText::tr("Cannot read the event log"));
    return Error::notFound(QStringLiteral("event"),
                           ModelText::tr("The event log of %1 is empty.").arg(m_path));
}

Result<Event> SqliteStore::event(qint64 seq)
{
    Sqlite::Statement query =
        m_db.prepare("SELECT " REFUNDDESK_EVENT_COLUMNS " FROM events e WHERE e.seq = ?");
    query.bind(1, seq);
    if (query.next())
        return RowReaders::readEvent(query);
    if (!query.finished())
        return storageError(ModelText::tr("Cannot read the event log"));
    return Error::notFound(QStringLiteral("event"),
                           ModelText::tr("No event %1 in %2.").arg(seq).arg(m_path));
}

Result<void> SqliteStore::recordExport(const ExportAudit &audit, const Actor &actor)
{
    // Only these two: the log's other actions are written by the changes they record.
    if (audit.kind != QLatin1String("export") && audit.kind != QLatin1String("report")) {
        return Error::usage(QStringLiteral("kind"),
                            ModelText::tr("\"%1\" is not an export or a report.").arg(audit.kind));
    }
    return writeTransaction<void>([&]() -> Result<void> {
        const auto granted = authorize(actor, Permission::Export);
        if (!granted)
            return granted.error();
        if (!audit.personalDataMasked) {
            if (auto allowed =
                    checkPermission(granted->name, granted->role, Permission::SeePersonalData);
                !allowed)
                return allowed.error();
        }
        Event event;
        event.actor = granted->name;
        event.action = audit.kind;
        event.entityType = QStringLiteral("file");
        event.entityId = audit.target;
        event.payload = QJsonDocument(QJsonObject {
                                          {QStringLiteral("objects"), audit.objects},
                                          {QStringLiteral("personal_data"),
                                           audit.personalDataMasked ? QStringLiteral("masked")
                                                                    : QStringLiteral("full")},
                                      })
                            .toJson(QJsonDocument::Compact);
        if (auto appended = appendEvent(event); !appended)
            return appended.error();
        return {};
    });
}

} // namespace RefundDesk
