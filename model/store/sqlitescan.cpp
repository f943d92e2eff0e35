// scan: every object in storage order, read in one snapshot, for exports.

#include "core/tr.h"
#include "store/rowreaders.h"
#include "store/sqlitestore.h"

#include <sqlite3.h>

namespace RefundDesk {
namespace {

/// Runs one query to its end, handing each row to `visit`; false when `visit` stopped it.
template<typename Read, typename Visit>
Result<bool> each(SqliteStore &store, const char *sql, Read read, const Visit &visit,
                  const QString &what)
{
    if (!visit)
        return true;
    Sqlite::Statement rows = store.connection().prepare(sql);
    while (rows.next()) {
        if (!visit(read(rows, 0)))
            return false;
    }
    if (!rows.finished())
        return store.storageError(what);
    return true;
}

/// Records, then attempts, then refunds, in one read transaction: a writer in another
/// process cannot tear the snapshot.
template<typename Visitor, typename ReadRecord, typename ReadAttempt, typename ReadRefund>
Result<void> scanAll(SqliteStore &store, const Visitor &visitor, ReadRecord readRecord,
                     ReadAttempt readAttempt, ReadRefund readRefund)
{
    if (!store.connection().exec("BEGIN"))
        return store.storageError(ModelText::tr("Cannot read %1").arg(store.location()));
    auto result =
        each(store, "SELECT " REFUNDDESK_RECORD_COLUMNS " FROM payment_records p ORDER BY p.pk",
             readRecord, visitor.record, ModelText::tr("Cannot read the payment records"));
    if (result && result.value()) {
        result = each(
            store, "SELECT " REFUNDDESK_ATTEMPT_COLUMNS " FROM payment_attempts a ORDER BY a.pk",
            readAttempt, visitor.attempt, ModelText::tr("Cannot read the payment attempts"));
    }
    if (result && result.value()) {
        result = each(store, "SELECT " REFUNDDESK_REFUND_COLUMNS " FROM refunds r ORDER BY r.pk",
                      readRefund, visitor.refund, ModelText::tr("Cannot read the refunds"));
    }
    store.connection().exec("COMMIT");
    if (!result)
        return result.error();
    return {};
}

/// Reads a row's columns in order as views into SQLite's own copy of the row.
class ColumnViews
{
public:
    explicit ColumnViews(const Sqlite::Statement &row)
        : m_stmt(row.handle())
    { }

    TextView text()
    {
        const int c = m_column++;
        if (sqlite3_column_type(m_stmt, c) == SQLITE_NULL)
            return std::nullopt;
        // sqlite3_column_text() first: it may convert the value, which sets the size.
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, c));
        const auto size = std::size_t(sqlite3_column_bytes(m_stmt, c));
        return data ? std::string_view(data, size) : std::string_view();
    }
    qint64 int64() { return sqlite3_column_int64(m_stmt, m_column++); }
    std::optional<qint64> optionalInt64()
    {
        const int c = m_column++;
        if (sqlite3_column_type(m_stmt, c) == SQLITE_NULL)
            return std::nullopt;
        return sqlite3_column_int64(m_stmt, c);
    }
    int count() const { return m_column; }

private:
    sqlite3_stmt *m_stmt;
    int m_column = 0;
};

RecordView recordView(const Sqlite::Statement &row, int)
{
    ColumnViews c(row);
    RecordView r;
    r.id = c.text();
    r.currency = c.text();
    r.amountRequested = c.int64();
    r.amountAuthorized = c.int64();
    r.amountGuaranteed = c.int64();
    r.amountCanceled = c.int64();
    r.amountFailed = c.int64();
    r.amountRefunded = c.int64();
    r.priorRefunded = c.int64();
    r.amountReserved = c.int64();
    r.created = c.int64();
    r.customerId = c.text();
    r.customerEmail = c.text();
    r.customerName = c.text();
    r.customerPhone = c.text();
    r.customerPresence = c.text();
    r.description = c.text();
    r.livemode = c.int64() != 0;
    r.metadata = c.text();
    r.paymentMethodType = c.text();
    r.paymentMethod = c.text();
    r.cardBrand = c.text();
    r.cardLast4 = c.text();
    r.paymentMethodDisplayName = c.text();
    r.billingDetails = c.text();
    r.processorType = c.text();
    r.processorReference = c.text();
    r.shippingDetails = c.text();
    r.latestAttemptId = c.text();
    r.reportedBy = c.text();
    Q_ASSERT(c.count() == RowReaders::recordColumnCount);
    return r;
}

AttemptView attemptView(const Sqlite::Statement &row, int)
{
    ColumnViews c(row);
    AttemptView a;
    a.id = c.text();
    a.paymentRecordId = c.text();
    a.outcome = c.text();
    a.currency = c.text();
    a.amountRequested = c.int64();
    a.amountAuthorized = c.int64();
    a.amountGuaranteed = c.int64();
    a.amountCanceled = c.int64();
    a.amountFailed = c.int64();
    a.amountRefunded = c.int64();
    a.created = c.int64();
    a.paymentMethodType = c.text();
    a.cardBrand = c.text();
    a.cardLast4 = c.text();
    a.processorReference = c.text();
    a.metadata = c.text();
    a.reportedBy = c.text();
    return a;
}

RefundView refundView(const Sqlite::Statement &row, int)
{
    ColumnViews c(row);
    RefundView r;
    r.id = c.text();
    r.paymentRecordId = c.text();
    r.paymentAttemptId = c.text();
    r.amount = c.int64();
    r.currency = c.text();
    r.status = c.text();
    r.reason = c.text();
    r.failureReason = c.text();
    r.pendingReason = c.text();
    r.destinationDetails = c.text();
    r.refundReference = c.text();
    r.initiatedAt = c.optionalInt64();
    r.refundedAt = c.optionalInt64();
    r.created = c.int64();
    r.updated = c.int64();
    r.metadata = c.text();
    r.createdBy = c.text();
    r.approvedBy = c.text();
    r.note = c.text();
    r.idempotencyKey = c.text();
    return r;
}

} // namespace

Result<void> SqliteStore::scan(const ScanVisitor &visitor)
{
    return scanAll(*this, visitor, RowReaders::readRecord, RowReaders::readAttempt,
                   RowReaders::readRefund);
}

Result<void> SqliteStore::scanViews(const ScanViewVisitor &visitor)
{
    return scanAll(*this, visitor, recordView, attemptView, refundView);
}

} // namespace RefundDesk
