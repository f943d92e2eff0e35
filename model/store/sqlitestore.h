#pragma once

#include "store/sqlite.h"
#include "store/store.h"

#include <memory>

// Page cache sizes in KiB (negative, as PRAGMA cache_size takes them): everyday use, and
// bulk writes, which touch every index and would otherwise spill to the WAL over and over.
#define REFUNDDESK_CACHE_PAGES "-32768"
#define REFUNDDESK_BULK_CACHE_PAGES "-131072"

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

    Result<RefundOutcome> createRefund(const RefundRequest &request, const Actor &actor) override;
    Result<Refund> changeRefundStatus(const QString &refundId, const StatusChange &change,
                                      const Actor &actor) override;
    Result<void> addRecordNote(const QString &recordId, const QString &text,
                               const Actor &actor) override;
    Result<PaymentRecord> setRecordMetadata(const QString &recordId, const Metadata &metadata,
                                            const Actor &actor) override;
    Result<std::unique_ptr<BulkWriter>> beginBulk(const Actor &actor) override;

    Result<VerifyReport> verify() override;

    /// The connection, for the store's own helpers and for tests that must bypass the
    /// domain layer to prove the database still refuses bad writes.
    Sqlite::Connection &connection() { return m_db; }

    // Transactions for the store's helpers. beginImmediate() takes the write lock,
    // retrying within a bound while another process holds it.
    Result<void> beginImmediate();
    Result<void> commit();
    void rollback();
    /// Appends an event inside the current transaction, chaining it to the last one.
    Result<qint64> appendEvent(Event event);
    /// An Error::storage naming what failed and SQLite's reason.
    Error storageError(const QString &what) const;

private:
    explicit SqliteStore(QString path);
    Result<void> configure(Mode mode);

    QString m_path;
    Sqlite::Connection m_db;
};

} // namespace RefundDesk
