#pragma once

#include "store/sqlite.h"
#include "store/store.h"

#include <memory>

// Page cache sizes in KiB (negative, as PRAGMA cache_size takes them): everyday use, and
// bulk writes, which touch every index and would otherwise spill to the WAL over and over.
// 64 MiB rather than 128: an import of 100,000 records takes 7 % longer, and its peak RSS
// falls from 191 to 127 MB, which leaves room under the 200 MB target at a million.
#define REFUNDDESK_CACHE_PAGES "-32768"
#define REFUNDDESK_BULK_CACHE_PAGES "-65536"

namespace RefundDesk {

/// The embedded store: one SQLite file in WAL mode with synchronous=FULL,
/// foreign keys on and a busy timeout on every connection. Refunds are checked and
/// written inside BEGIN IMMEDIATE, so two processes cannot both spend the same amount.
class SqliteStore final : public Store
{
    Q_DISABLE_COPY_MOVE(SqliteStore)
public:
    enum class Mode { ReadWrite, ReadOnly };

    /// Opens (and creates, then migrates) the database at `path`; ":memory:" works too.
    static Result<std::unique_ptr<SqliteStore>> open(const QString &path,
                                                     Mode mode = Mode::ReadWrite);
    ~SqliteStore() override;

    QString location() const override { return m_path; }

    Result<PaymentRecord> record(const QString &id) override;
    Result<QList<PaymentAttempt>> attempts(const QString &recordId) override;
    Result<QList<Refund>> refundsOf(const QString &recordId) override;
    Result<Refund> refund(const QString &id) override;
    Result<RecordPage> listRecords(const RecordQuery &query) override;
    Result<qint64> countRecords(const RecordQuery &query) override;
    Result<RefundPage> listRefunds(const RefundQuery &query) override;
    Result<qint64> countRefunds(const RefundQuery &query) override;
    Result<QStringList> refundCreators() override;
    Result<QStringList> recordCurrencies() override;
    Result<QList<Event>> history(const QString &recordId) override;
    Result<void> scan(const ScanVisitor &visitor) override;
    Result<void> scanViews(const ScanViewVisitor &visitor) override;

    Result<RefundOutcome> createRefund(const RefundRequest &request, const Actor &actor) override;
    Result<Refund> changeRefundStatus(const QString &refundId, const StatusChange &change,
                                      const Actor &actor) override;
    Result<void> addRecordNote(const QString &recordId, const QString &text,
                               const Actor &actor) override;
    Result<PaymentRecord> setRecordMetadata(const QString &recordId, const Metadata &metadata,
                                            const Actor &actor) override;
    Result<std::unique_ptr<BulkWriter>> beginBulk(const Actor &actor) override;

    Result<Refund> decideApproval(const ApprovalDecision &decision, const Actor &actor) override;

    Result<qint64> userCount() override;
    Result<QList<User>> users() override;
    Result<User> user(const QString &name) override;
    Result<QByteArray> passwordHash(const QString &name) override;
    Result<void> recordSignIn(const QString &name, bool succeeded,
                              const QByteArray &rehash = {}) override;
    Result<Access> access(const Actor &actor) override;
    Result<User> addUser(const User &user, const QByteArray &passwordHash,
                         const Actor &actor) override;
    Result<User> setUserRole(const QString &name, Role role, const Actor &actor) override;
    Result<User> setUserLimits(const QString &name, const RefundLimits &limits,
                               const Actor &actor) override;
    Result<void> setPasswordHash(const QString &name, const QByteArray &passwordHash,
                                 const Actor &actor) override;
    Result<User> setUserDisabled(const QString &name, bool disabled, const Actor &actor) override;

    Result<EventPage> listEvents(const AuditQuery &query, const Actor &actor) override;
    Result<QStringList> eventActors() override;
    Result<QStringList> eventActions() override;
    Result<Event> headEvent() override;
    Result<Event> event(qint64 seq) override;
    Result<void> recordExport(const ExportAudit &audit, const Actor &actor) override;

    Result<VerifyReport> verify(VerifyDepth depth) override;

    Result<Report> report(const ReportQuery &query, const Actor &actor) override;

    /// The connection, for the store's own helpers and for tests that must bypass the
    /// domain layer to prove the database still refuses bad writes.
    Sqlite::Connection &connection() { return m_db; }

    // Transactions for the store's helpers. beginImmediate() takes the write lock,
    // retrying within a bound while another process holds it.
    Result<void> beginImmediate();
    Result<void> commit();
    void rollback();
    /// Runs `body` (returning Result<T>) inside BEGIN IMMEDIATE: commits when it succeeds,
    /// rolls everything back when it fails.
    template<typename T, typename Body>
    Result<T> writeTransaction(Body &&body)
    {
        if (auto begun = beginImmediate(); !begun)
            return begun.error();
        Result<T> result = body();
        if (!result) {
            rollback();
            return result;
        }
        if (auto committed = commit(); !committed)
            return committed.error();
        return result;
    }
    /// Appends an event inside the current transaction, chaining it to the last one.
    Result<qint64> appendEvent(Event event);
    /// Inside a transaction: the actor's access, refused unless it grants `permission`.
    Result<Access> authorize(const Actor &actor, Permission permission);
    /// An Error::storage naming what failed and SQLite's reason.
    Error storageError(const QString &what) const;

private:
    explicit SqliteStore(QString path);
    /// What every admin change of a user does first: the actor must manage users and the
    /// user must exist. `change` writes what differs (and its event), inside the same
    /// transaction; the result is the user as stored afterwards.
    Result<User> changeUser(const QString &name, const Actor &actor,
                            const std::function<Result<void>(const User &)> &change);
    /// Replaces the user's refund limits with `limits`.
    Result<void> writeLimits(const QString &name, const RefundLimits &limits);
    /// Refuses a change that would leave no enabled admin.
    Result<void> keepAnAdmin(const User &user, Role newRole, bool newDisabled);
    Result<void> appendUserEvent(const Actor &actor, const QString &action, const QString &userName,
                                 const QByteArray &payload);
    Result<void> configure(Mode mode);

    QString m_path;
    Sqlite::Connection m_db;
};

} // namespace RefundDesk
