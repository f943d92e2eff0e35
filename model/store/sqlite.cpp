#include "store/sqlite.h"

#include <QList>

#include <cerrno>
#include <sqlite3.h>
#include <utility>

namespace RefundDesk::Sqlite {

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_rc(other.m_rc)
{ }

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_rc = other.m_rc;
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    if (value.isNull())
        return bindNull(index);
    sqlite3_bind_text(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, std::optional<qint64> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

int Statement::parameterCount() const
{
    return sqlite3_bind_parameter_count(m_stmt);
}

int Statement::parameterIndex(const char *name) const
{
    const int index = sqlite3_bind_parameter_index(m_stmt, name);
    Q_ASSERT_X(index > 0, "Statement::bind", name);
    return index;
}

bool Statement::next()
{
    m_rc = sqlite3_step(m_stmt);
    return m_rc == SQLITE_ROW;
}

bool Statement::exec()
{
    while (next()) { }
    return m_rc == SQLITE_DONE;
}

bool Statement::finished() const
{
    return m_rc == SQLITE_DONE;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_rc = 0;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    if (isNull(column))
        return {};
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    // Keep "" distinct from NULL: the API's null and an empty string round-trip differently.
    return size == 0 ? QString(QLatin1String("")) : QString::fromUtf8(data, size);
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

std::optional<qint64> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

Connection::~Connection()
{
    close();
}

namespace {

/// Every INSERT under the schema's triggers keeps a statement journal, which SQLite keeps in
/// memory up to 64 KiB and then spills to a temporary file: a bulk import made about 36
/// writes to temporary files for each write to the WAL. Kept in memory whatever their size
/// (-1), an import of 100,000 records takes 25 % less time. (A larger spill threshold is
/// not an option: with 1 or 4 MiB, SQLite 3.40 failed the import's search-index statement
/// with SQLITE_FULL.) A statement journal holds the pages one statement changes that
/// existed before it, so it stays small beside the bulk page cache. The setting is
/// process-wide and only takes before SQLite's first use, so it is made before the first
/// connection opens; a process that used SQLite otherwise first keeps the default.
void configureSqliteOnce()
{
    static const int configured = sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, -1);
    Q_UNUSED(configured);
}

} // namespace

bool Connection::open(const QString &path, bool readOnly)
{
    configureSqliteOnce();
    close();
    const int flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        return false; // m_db stays set so lastError() can say why; close() frees it.
    sqlite3_extended_result_codes(m_db, 1);
    return true;
}

void Connection::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool Connection::exec(const char *sql)
{
    return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

Statement Connection::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return {};
    return {m_db, stmt};
}

QString Connection::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
}

Connection::Failure Connection::lastFailure() const
{
    if (!m_db)
        return Failure::Other;
    const int primary = sqlite3_errcode(m_db) & 0xff;
    if (primary == SQLITE_FULL)
        return Failure::Full;
    if (primary == SQLITE_READONLY)
        return Failure::ReadOnly;
    // A write refused by the file system is an I/O error to SQLite (only ENOSPC on the main
    // write path becomes SQLITE_FULL); errno says whether the file could not grow (quota,
    // size limit) or may not be written at all.
    if (primary != SQLITE_IOERR && primary != SQLITE_CANTOPEN)
        return Failure::Other;
    // errno itself is often gone by the time the statement returns (the rollback makes more
    // system calls), so each open file's own last errno is asked as well: the WAL's for a
    // commit, the database's for a checkpoint.
    QList<int> errors {sqlite3_system_errno(m_db), lastFileErrno(SQLITE_FCNTL_FILE_POINTER),
                       lastFileErrno(SQLITE_FCNTL_JOURNAL_POINTER)};
    for (const int error : errors) {
        if (error == ENOSPC || error == EFBIG || error == EDQUOT)
            return Failure::Full;
        if (error == EROFS)
            return Failure::ReadOnly;
    }
    return Failure::Other;
}

int Connection::lastFileErrno(int pointerOp) const
{
    sqlite3_file *file = nullptr;
    if (sqlite3_file_control(m_db, "main", pointerOp, &file) != SQLITE_OK || !file
        || !file->pMethods)
        return 0;
    int error = 0;
    return file->pMethods->xFileControl(file, SQLITE_FCNTL_LAST_ERRNO, &error) == SQLITE_OK ? error
                                                                                            : 0;
}

bool Connection::isReadOnly() const
{
    return m_db && sqlite3_db_readonly(m_db, "main") == 1;
}

int Connection::lastErrorCode() const
{
    return m_db ? sqlite3_errcode(m_db) : SQLITE_NOMEM;
}

int Connection::lastExtendedErrorCode() const
{
    return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_NOMEM;
}

qint64 Connection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Connection::changes() const
{
    return sqlite3_changes(m_db);
}

void Connection::setBusyTimeout(int milliseconds)
{
    sqlite3_busy_timeout(m_db, milliseconds);
}

bool isBusy(int resultCode)
{
    const int primary = resultCode & 0xff;
    return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

bool isConstraint(int resultCode)
{
    return (resultCode & 0xff) == SQLITE_CONSTRAINT;
}

} // namespace RefundDesk::Sqlite
