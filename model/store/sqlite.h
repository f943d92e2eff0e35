#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace RefundDesk::Sqlite {

/// One prepared statement. Values are always bound, never pasted into SQL.
class Statement
{
    Q_DISABLE_COPY(Statement)
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt)
        : m_db(db)
        , m_stmt(stmt)
    { }
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }
    /// How many values the statement takes; the last one's index.
    int parameterCount() const;

    // Binding by 1-based index or by ":name". A null QString binds SQL NULL.
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &value);
    Statement &bind(int index, std::optional<qint64> value);
    Statement &bindNull(int index);
    template<typename T>
    Statement &bind(const char *name, T &&value)
    {
        return bind(parameterIndex(name), std::forward<T>(value));
    }

    /// Runs one step: true while there is a row to read; false when done or failed
    /// (then resultCode() says which).
    bool next();
    /// Steps to completion; true when it succeeded.
    bool exec();
    void reset();
    int resultCode() const { return m_rc; }
    /// True when the last step ran the statement to its end without an error.
    bool finished() const;

    bool isNull(int column) const;
    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    std::optional<qint64> optionalInt64(int column) const;

    /// The statement itself, for readers that view a row's values in place without copying.
    sqlite3_stmt *handle() const { return m_stmt; }

private:
    int parameterIndex(const char *name) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = 0;
};

/// Owns one sqlite3 connection, as Zeal's wrapper does: failure is a bool plus lastError().
class Connection
{
    Q_DISABLE_COPY_MOVE(Connection)
public:
    Connection() = default;
    ~Connection();

    bool open(const QString &path, bool readOnly = false);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    /// Runs SQL without parameters (schema, pragmas, BEGIN/COMMIT).
    bool exec(const char *sql);
    Statement prepare(const char *sql);

    /// What the last failure means for the user: most storage errors need a person to free
    /// space or grant write access, and only these two say which.
    enum class Failure { Other, Full, ReadOnly };

    QString lastError() const;
    Failure lastFailure() const;
    /// True when SQLite opened the main database read-only (the file or its folder is not
    /// writable), whatever was asked for.
    bool isReadOnly() const;
    int lastErrorCode() const;
    int lastExtendedErrorCode() const;
    qint64 lastInsertRowId() const;
    int changes() const;
    void setBusyTimeout(int milliseconds);

    sqlite3 *handle() const { return m_db; }

private:
    /// The last errno SQLite kept for the main database file (SQLITE_FCNTL_FILE_POINTER) or
    /// its journal or WAL (SQLITE_FCNTL_JOURNAL_POINTER); 0 when none.
    int lastFileErrno(int pointerOp) const;

    sqlite3 *m_db = nullptr;
};

/// An empty text as SQL NULL: optional API fields are null, not "".
inline QString orNull(const QString &text)
{
    return text.isEmpty() ? QString() : text;
}

/// True for SQLITE_BUSY and SQLITE_LOCKED: another connection holds the lock.
bool isBusy(int resultCode);
/// True for the SQLITE_CONSTRAINT family.
bool isConstraint(int resultCode);

} // namespace RefundDesk::Sqlite
