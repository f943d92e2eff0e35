// scan: every object in storage order, read in one snapshot, for exports.

#include "core/tr.h"
#include "store/rowreaders.h"
#include "store/sqlitestore.h"

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

} // namespace

Result<void> SqliteStore::scan(const ScanVisitor &visitor)
{
    // A read transaction: a writer in another process cannot tear the snapshot.
    if (!connection().exec("BEGIN"))
        return storageError(ModelText::tr("Cannot read %1").arg(location()));
    auto result = each(
        *this, "SELECT " REFUNDDESK_RECORD_COLUMNS " FROM payment_records p ORDER BY p.pk",
        RowReaders::readRecord, visitor.record, ModelText::tr("Cannot read the payment records"));
    if (result && result.value()) {
        result = each(*this,
                      "SELECT " REFUNDDESK_ATTEMPT_COLUMNS " FROM payment_attempts a ORDER BY a.pk",
                      RowReaders::readAttempt, visitor.attempt,
                      ModelText::tr("Cannot read the payment attempts"));
    }
    if (result && result.value()) {
        result =
            each(*this, "SELECT " REFUNDDESK_REFUND_COLUMNS " FROM refunds r ORDER BY r.pk",
                 RowReaders::readRefund, visitor.refund, ModelText::tr("Cannot read the refunds"));
    }
    connection().exec("COMMIT");
    if (!result)
        return result.error();
    return {};
}

} // namespace RefundDesk
