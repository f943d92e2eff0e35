#include "store/sqlitestore.h"

#include "core/tr.h"
#include "store/migrations.h"
#include "store/rowreaders.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QThread>

namespace RefundDesk {

Q_LOGGING_CATEGORY(lcStore, "refunddesk.store")

namespace {

// How long a writer waits for another process's write lock before giving up: SQLite's
// busy handler waits up to busyTimeoutMs per attempt, and BEGIN IMMEDIATE is retried.
constexpr int busyTimeoutMs = 5000;
constexpr int beginAttempts = 6;

} // namespace

qint64 Store::nowMs() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

SqliteStore::SqliteStore(QString path)
    : m_path(std::move(path))
{ }

SqliteStore::~SqliteStore() = default;

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const QString &path, Mode mode)
{
    std::unique_ptr<SqliteStore> store(new SqliteStore(path));
    if (!store->m_db.open(path, mode == Mode::ReadOnly)) {
        return Error::storage(
            ModelText::tr("Cannot open the database %1: %2").arg(path, store->m_db.lastError()));
    }
    if (auto configured = store->configure(mode); !configured)
        return configured.error();
    return store;
}

Result<void> SqliteStore::configure(Mode mode)
{
    m_db.setBusyTimeout(busyTimeoutMs);
    // Every connection: durability and the database's own refusals come first.
    if (!m_db.exec("PRAGMA foreign_keys = ON") || !m_db.exec("PRAGMA synchronous = FULL")
        || !m_db.exec("PRAGMA cache_size = " REFUNDDESK_CACHE_PAGES)) {
        // Reading a WAL database needs its -shm index beside it: a user who may neither
        // write the file nor create files in its folder cannot even read it.
        if (m_db.isReadOnly() && m_db.lastFailure() == Sqlite::Connection::Failure::ReadOnly) {
            return Error::storage(
                ModelText::tr("Cannot read the database %1: it is read-only for this user, "
                              "and reading it needs %1-shm beside it, which this user may not "
                              "create in that folder. Copy the file to a folder you may write "
                              "to, or ask for write access to its folder.")
                    .arg(m_path));
        }
        return storageError(ModelText::tr("Cannot configure the database %1").arg(m_path));
    }
    // A file this process may not write opens read-only whatever was asked: it can still be
    // read, and every write then fails with a message that says why.
    if (mode == Mode::ReadOnly || m_db.isReadOnly()) {
        Sqlite::Statement version = m_db.prepare("PRAGMA user_version");
        if (!version.next())
            return storageError(ModelText::tr("Cannot read the database %1").arg(m_path));
        if (version.int64(0) != latestSchemaVersion()) {
            return Error::storage(ModelText::tr("The database %1 has schema version %2, but this "
                                                "RefundDesk reads version %3.")
                                      .arg(m_path)
                                      .arg(version.int64(0))
                                      .arg(latestSchemaVersion()));
        }
        return {};
    }
    Sqlite::Statement journal = m_db.prepare("PRAGMA journal_mode = WAL");
    if (!journal.next())
        return storageError(ModelText::tr("Cannot switch the database %1 to WAL").arg(m_path));
    const QString journalMode = journal.text(0);
    if (journalMode != QLatin1String("wal") && journalMode != QLatin1String("memory"))
        qCWarning(lcStore) << "journal mode is" << journalMode << "instead of wal for" << m_path;
    journal = {};
    if (auto kept = keepCopyBeforeUpgrade(m_db, m_path); !kept)
        return kept.error();
    return migrate(m_db);
}

Error SqliteStore::storageError(const QString &what) const
{
    switch (m_db.lastFailure()) {
    case Sqlite::Connection::Failure::Full:
        return Error::storage(ModelText::tr("The database %1 is full: the disk has no space left "
                                            "or the file may not grow (%2). Nothing was changed; "
                                            "free some space and try again.")
                                  .arg(m_path, what));
    case Sqlite::Connection::Failure::ReadOnly:
        return Error::storage(ModelText::tr("The database %1 is read-only: this user may not "
                                            "write the file or its folder (%2). Nothing was "
                                            "changed.")
                                  .arg(m_path, what));
    case Sqlite::Connection::Failure::Other:
        break;
    }
    return Error::storage(ModelText::tr("%1: %2").arg(what, m_db.lastError()));
}

Result<void> SqliteStore::beginImmediate()
{
    for (int attempt = 1; attempt <= beginAttempts; ++attempt) {
        if (m_db.exec("BEGIN IMMEDIATE"))
            return {};
        if (!Sqlite::isBusy(m_db.lastErrorCode()))
            break;
        qCInfo(lcStore) << "database busy, retrying BEGIN IMMEDIATE, attempt" << attempt;
        QThread::msleep(50 * attempt);
    }
    if (Sqlite::isBusy(m_db.lastErrorCode())) {
        return Error::storage(
            ModelText::tr("The database %1 stayed busy for %2 seconds: another "
                          "RefundDesk is writing to it. Nothing was changed; try again.")
                .arg(m_path)
                .arg(beginAttempts * busyTimeoutMs / 1000));
    }
    return storageError(ModelText::tr("Cannot start a transaction on %1").arg(m_path));
}

Result<void> SqliteStore::commit()
{
    if (m_db.exec("COMMIT"))
        return {};
    const Error error = storageError(ModelText::tr("Cannot commit to %1").arg(m_path));
    rollback();
    return error;
}

void SqliteStore::rollback()
{
    m_db.exec("ROLLBACK");
}

Result<qint64> SqliteStore::appendEvent(Event event)
{
    Sqlite::Statement last = m_db.prepare("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1");
    if (!last.isValid())
        return storageError(ModelText::tr("Cannot read the event log"));
    if (last.next()) {
        event.seq = last.int64(0) + 1;
        event.prevHash = last.blob(1);
    } else if (last.finished()) {
        event.seq = 1;
        event.prevHash = QByteArray(64, '0');
    } else {
        return storageError(ModelText::tr("Cannot read the event log"));
    }
    if (event.timeMs == 0)
        event.timeMs = nowMs();
    event.hash = eventHash(event);

    Sqlite::Statement insert = m_db.prepare(
        "INSERT INTO events(seq, time, actor, action, entity_type, entity_id, record_id, payload, "
        "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, event.seq)
        .bind(2, event.timeMs)
        .bind(3, event.actor)
        .bind(4, event.action)
        .bind(5, event.entityType)
        .bind(6, event.entityId)
        .bind(7, event.recordId)
        .bind(8, event.payload)
        .bind(9, event.prevHash)
        .bind(10, event.hash);
    if (!insert.exec())
        return storageError(ModelText::tr("Cannot append to the event log"));
    return event.seq;
}

Result<PaymentRecord> SqliteStore::record(const QString &id)
{
    Sqlite::Statement query =
        m_db.prepare("SELECT " REFUNDDESK_RECORD_COLUMNS " FROM payment_records p WHERE p.id = ?");
    query.bind(1, id);
    if (query.next())
        return RowReaders::readRecord(query);
    if (!query.finished())
        return storageError(ModelText::tr("Cannot read payment %1").arg(id));
    return Error::notFound(QStringLiteral("payment"),
                           ModelText::tr("No payment record %1 in %2.").arg(id, m_path));
}

Result<QList<PaymentAttempt>> SqliteStore::attempts(const QString &recordId)
{
    Sqlite::Statement query = m_db.prepare("SELECT " REFUNDDESK_ATTEMPT_COLUMNS
                                           " FROM payment_attempts a WHERE a.payment_record_id = ? "
                                           "ORDER BY a.created, a.pk");
    query.bind(1, recordId);
    QList<PaymentAttempt> list;
    while (query.next())
        list << RowReaders::readAttempt(query);
    if (!query.finished())
        return storageError(ModelText::tr("Cannot read the attempts of %1").arg(recordId));
    return list;
}

Result<QList<Refund>> SqliteStore::refundsOf(const QString &recordId)
{
    Sqlite::Statement query = m_db.prepare("SELECT " REFUNDDESK_REFUND_COLUMNS
                                           " FROM refunds r WHERE r.payment_record_id = ? "
                                           "ORDER BY r.created, r.pk");
    query.bind(1, recordId);
    QList<Refund> list;
    while (query.next())
        list << RowReaders::readRefund(query);
    if (!query.finished())
        return storageError(ModelText::tr("Cannot read the refunds of %1").arg(recordId));
    return list;
}

Result<Refund> SqliteStore::refund(const QString &id)
{
    Sqlite::Statement query =
        m_db.prepare("SELECT " REFUNDDESK_REFUND_COLUMNS " FROM refunds r WHERE r.id = ?");
    query.bind(1, id);
    if (query.next())
        return RowReaders::readRefund(query);
    if (!query.finished())
        return storageError(ModelText::tr("Cannot read refund %1").arg(id));
    return Error::notFound(QStringLiteral("refund"),
                           ModelText::tr("No refund %1 in %2.").arg(id, m_path));
}

Result<QList<Event>> SqliteStore::history(const QString &recordId)
{
    // The record's own events, and the batch event of the import that brought it in (found by
    // the range of rows it names; batches are few and indexed).
    Sqlite::Statement query = m_db.prepare(
        "SELECT " REFUNDDESK_EVENT_COLUMNS " FROM events e WHERE e.record_id = ?1 "
        "UNION ALL SELECT " REFUNDDESK_EVENT_COLUMNS " FROM events e "
        "WHERE e.entity_type = 'batch' AND (SELECT pk FROM payment_records WHERE id = ?1) "
        "BETWEEN json_extract(e.payload, '$.first_pk') AND json_extract(e.payload, '$.last_pk') "
        "ORDER BY 1");
    query.bind(1, recordId);
    QList<Event> list;
    while (query.next())
        list << RowReaders::readEvent(query);
    if (!query.finished())
        return storageError(ModelText::tr("Cannot read the history of %1").arg(recordId));
    return list;
}

} // namespace RefundDesk
