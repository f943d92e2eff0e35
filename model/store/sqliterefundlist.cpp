// Listing and counting refunds across records for the refunds view, and the distinct values
// its filters offer. Keyset paging on (created, pk) through the refunds_created index.

#include "core/tr.h"
#include "store/rowreaders.h"
#include "store/sqlitefilter.h"
#include "store/sqlitestore.h"

namespace RefundDesk {
namespace {

Sqlite::Filter buildFilter(const RefundQuery &query)
{
    Sqlite::Filter filter;
    if (!query.recordId.isEmpty())
        filter.add("r.payment_record_id = ?", {query.recordId});
    if (query.status)
        filter.add("r.status = ?", {toString(*query.status)});
    if (query.reason) {
        if (*query.reason == RefundReason::None)
            filter.add("r.reason IS NULL");
        else
            filter.add("r.reason = ?", {toString(*query.reason)});
    }
    if (!query.createdBy.isEmpty())
        filter.add("r.created_by = ?", {query.createdBy});
    if (!query.currency.isEmpty())
        filter.add("r.currency = ?", {query.currency.toLower()});
    if (query.createdFrom)
        filter.add("r.created >= ?", {*query.createdFrom});
    if (query.createdTo)
        filter.add("r.created < ?", {*query.createdTo});
    return filter;
}

/// The values of one indexed text column, sorted, found by skipping through its index
/// (one seek per distinct value) rather than reading every row.
Result<QStringList> distinctValues(SqliteStore &store, const char *sql, const QString &what)
{
    Sqlite::Statement statement = store.connection().prepare(sql);
    QStringList values;
    while (statement.isValid() && statement.next())
        values << statement.text(0);
    if (!statement.isValid() || !statement.finished())
        return store.storageError(what);
    return values;
}

} // namespace

Result<RefundPage> SqliteStore::listRefunds(const RefundQuery &query)
{
    Sqlite::Filter filter = buildFilter(query);
    if (query.after) {
        const QByteArray op = query.descending ? "<" : ">";
        filter.add("r.created " + op + "= ? AND (r.created " + op + " ? OR r.pk " + op + " ?)",
                   {query.after->created, query.after->created, query.after->row});
    }
    const QByteArray direction = query.descending ? " DESC" : " ASC";
    const QByteArray sql = "SELECT r.pk, " REFUNDDESK_REFUND_COLUMNS " FROM refunds r"
        + filter.sql() + " ORDER BY r.created" + direction + ", r.pk" + direction + " LIMIT ?";

    Sqlite::Statement statement = connection().prepare(sql.constData());
    if (!statement.isValid())
        return storageError(ModelText::tr("Cannot list refunds"));
    filter.bindTo(statement);
    const int limit = qBound(1, query.limit, 10000);
    statement.bind(statement.parameterCount(), qint64(limit) + 1);

    RefundPage page;
    while (statement.next()) {
        if (page.rows.size() == limit) {
            page.hasMore = true;
            break;
        }
        RefundRow row;
        row.cursor.row = statement.int64(0);
        row.refund = RowReaders::readRefund(statement, 1);
        row.cursor.created = row.refund.created;
        page.rows << row;
    }
    if (!page.hasMore && !statement.finished())
        return storageError(ModelText::tr("Cannot list refunds"));
    return page;
}

Result<qint64> SqliteStore::countRefunds(const RefundQuery &query)
{
    const Sqlite::Filter filter = buildFilter(query);
    const QByteArray sql = "SELECT count(*) FROM refunds r" + filter.sql();
    Sqlite::Statement statement = connection().prepare(sql.constData());
    if (!statement.isValid())
        return storageError(ModelText::tr("Cannot count refunds"));
    filter.bindTo(statement);
    if (!statement.next())
        return storageError(ModelText::tr("Cannot count refunds"));
    return statement.int64(0);
}

Result<QStringList> SqliteStore::refundCreators()
{
    return distinctValues(*this,
                          "WITH RECURSIVE v(x) AS ("
                          " SELECT min(created_by) FROM refunds"
                          " UNION ALL"
                          " SELECT (SELECT min(created_by) FROM refunds WHERE created_by > v.x)"
                          " FROM v WHERE v.x IS NOT NULL)"
                          " SELECT x FROM v WHERE x IS NOT NULL",
                          ModelText::tr("Cannot list who created refunds"));
}

Result<QStringList> SqliteStore::recordCurrencies()
{
    return distinctValues(*this,
                          "WITH RECURSIVE v(x) AS ("
                          " SELECT min(currency) FROM payment_records"
                          " UNION ALL"
                          " SELECT (SELECT min(currency) FROM payment_records WHERE currency > v.x)"
                          " FROM v WHERE v.x IS NOT NULL)"
                          " SELECT x FROM v WHERE x IS NOT NULL",
                          ModelText::tr("Cannot list the currencies of payment records"));
}

} // namespace RefundDesk
