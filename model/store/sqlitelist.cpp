// Listing and counting payment records: indexed filters, FTS5 trigram search and keyset
// paging. The SQL is assembled from fixed fragments of this file; every value is bound.

#include "core/tr.h"
#include "store/rowreaders.h"
#include "store/sqlitefilter.h"
#include "store/sqlitestore.h"

namespace RefundDesk {
namespace {

struct SortSpec
{
    const char *expression;
    bool numeric;
};

SortSpec sortSpec(RecordSort sort)
{
    switch (sort) {
    case RecordSort::Created:
        return {"p.created", true};
    case RecordSort::Id:
        return {"p.id", false};
    case RecordSort::Amount:
        return {"p.amount_requested", true};
    case RecordSort::Email:
        return {"ifnull(p.customer_email, '')", false};
    case RecordSort::Name:
        return {"ifnull(p.customer_name, '')", false};
    }
    return {"p.created", true};
}

/// A LIKE pattern for a substring, escaping LIKE's own wildcards.
QString likePattern(const QString &term, bool *escaped)
{
    QString pattern = term;
    *escaped = pattern.contains(QLatin1Char('%')) || pattern.contains(QLatin1Char('_'))
        || pattern.contains(QLatin1Char('\\'));
    if (*escaped) {
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        pattern.replace(QLatin1Char('%'), QLatin1String("\\%"));
        pattern.replace(QLatin1Char('_'), QLatin1String("\\_"));
    }
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

/// Every spelling of a short term in upper and lower case: "ma" gives ma, mA, Ma and MA.
QStringList caseSpellings(const QString &term)
{
    QStringList spellings {QString()};
    for (const QChar c : term) {
        QStringList longer;
        for (const QString &start : std::as_const(spellings)) {
            longer << start + c.toLower();
            if (c.toUpper() != c.toLower())
                longer << start + c.toUpper();
        }
        spellings = longer;
    }
    return spellings;
}

/// A search in two shapes: the set of matching rows, read from an index (the trigram index,
/// or the id and email indexes for a short term), and a test of one row `p`.
struct SearchSql
{
    QByteArray set; ///< SELECT of matching pks
    std::vector<Sqlite::FilterValue> setValues;
    QByteArray row; ///< condition on p
    std::vector<Sqlite::FilterValue> rowValues;
    /// SELECT of at least every matching pk, cheaper than `set` to count (empty: use set).
    QByteArray probe;
    std::vector<Sqlite::FilterValue> probeValues;
    /// Whether `set` gives each pk once, so it can be joined to the records: a join reads
    /// the matches as it goes, where p.pk IN (set) collects every one of them first.
    bool joinable = false;
};

/// From this many matches on, a term is common: its rows are found by walking the sort's
/// index and testing each row, which reaches a page after a few hundred rows, instead of
/// collecting every match from the index first (seconds for a term that a million rows
/// contain). Below it, the index's set is the fast way.
constexpr qint64 commonSearchMatches = 10000;

/// Whether the search has about commonSearchMatches rows or more. The probe may count a
/// few rows that do not match, which only chooses the walk a little early; reading 10,000
/// of its rows takes a few milliseconds on a million records.
bool isCommonSearch(Sqlite::Connection &db, const SearchSql &search)
{
    const bool probed = !search.probe.isEmpty();
    const QByteArray sql =
        "SELECT count(*) FROM (" + (probed ? search.probe : search.set) + " LIMIT ?)";
    Sqlite::Statement probe = db.prepare(sql.constData());
    Sqlite::Filter::bind(probe, probed ? search.probeValues : search.setValues);
    probe.bind(probe.parameterCount(), commonSearchMatches);
    return probe.next() && probe.int64(0) >= commonSearchMatches;
}

/// An FTS5 query for rows holding every trigram of `term` ("garcia" gives "gar" AND "arc"
/// AND "rci" AND "cia"): a superset of LIKE '%garcia%' that the index answers without
/// reading any row's text, which LIKE must do for each candidate.
QString trigramQuery(const QString &term)
{
    const std::u32string points = term.toStdU32String();
    QStringList trigrams;
    for (std::size_t i = 0; i + 3 <= points.size(); ++i) {
        QString trigram = QString::fromUcs4(points.data() + i, 3);
        trigram.replace(QLatin1Char('"'), QLatin1String("\"\""));
        trigrams << QLatin1Char('"') + trigram + QLatin1Char('"');
    }
    return trigrams.join(QLatin1String(" AND "));
}

SearchSql substringSearch(const QString &term)
{
    // The trigram index answers LIKE '%term%' directly. A term with LIKE's own wildcards
    // (john_doe) is looked up with them as wildcards, which the index still serves, and
    // the escaped pattern then keeps only the exact matches.
    bool escaped = false;
    const QString pattern = likePattern(term, &escaped);
    SearchSql search;
    if (escaped) {
        search.set = "SELECT rowid AS pk FROM payment_search WHERE text LIKE ? "
                     "AND text LIKE ? ESCAPE '\\'";
        search.setValues = {u'%' + term + u'%', pattern};
    } else {
        search.set = "SELECT rowid AS pk FROM payment_search WHERE text LIKE ?";
        search.setValues = {pattern};
    }
    // The row's text as the index stores it, read by rowid from FTS5's content table
    // (documented, and only read here): rebuilding it through payment_search_text, with its
    // refunds subquery, costs about thirty times as much per row.
    search.row = "(SELECT c.c0 FROM payment_search_content c WHERE c.id = p.pk) LIKE ? "
                 "ESCAPE '\\'";
    search.rowValues = {pattern};
    search.probe = "SELECT rowid FROM payment_search WHERE payment_search MATCH ?";
    search.probeValues = {trigramQuery(term)};
    search.joinable = true;
    return search;
}

SearchSql prefixSearch(const QString &term)
{
    // One or two characters are too short for trigrams: match the start of the id or
    // email through their indexes instead. The ranges compare bytes, so each spelling of
    // the term in upper and lower case gets its own (at most four), as search ignores case.
    SearchSql search;
    for (const QString &spelling : caseSpellings(term)) {
        const QString upper = spelling + QChar(0xFFFF);
        search.set += search.set.isEmpty() ? "" : " UNION ALL ";
        search.set += "SELECT pk FROM payment_records WHERE id >= ? AND id < ? UNION ALL "
                      "SELECT pk FROM payment_records "
                      "WHERE ifnull(customer_email, '') >= ? AND ifnull(customer_email, '') < ?";
        search.setValues.insert(search.setValues.end(), {spelling, upper, spelling, upper});
        search.row += search.row.isEmpty() ? "(" : " OR ";
        search.row += "(p.id >= ? AND p.id < ?) OR "
                      "(ifnull(p.customer_email, '') >= ? AND ifnull(p.customer_email, '') < ?)";
        search.rowValues.insert(search.rowValues.end(), {spelling, upper, spelling, upper});
    }
    search.row += ")";
    return search;
}

/// What the filter is for, which decides how a search is best answered.
enum class FilterUse {
    List, ///< a page in the sort's order: walk the sort's index for a common term
    Count, ///< a count: join the index's matches when they can be, else as for List
};

/// The rows a query reads: FROM and WHERE, with the values to bind in that order.
struct RecordSelect
{
    QByteArray from = "payment_records p";
    std::vector<Sqlite::FilterValue> fromValues;
    Sqlite::Filter where;

    void bindTo(Sqlite::Statement &statement) const
    {
        std::vector<Sqlite::FilterValue> values = fromValues;
        values.insert(values.end(), where.values().begin(), where.values().end());
        Sqlite::Filter::bind(statement, values);
    }
};

void addSearch(RecordSelect &select, Sqlite::Connection &db, const QString &search, FilterUse use)
{
    const QString term = search.trimmed();
    if (term.isEmpty())
        return;
    const SearchSql sql = term.size() >= 3 ? substringSearch(term) : prefixSearch(term);
    if (use == FilterUse::Count && sql.joinable) {
        select.from = "(" + sql.set + ") m CROSS JOIN payment_records p ON p.pk = m.pk";
        select.fromValues = sql.setValues;
    } else if (isCommonSearch(db, sql)) {
        select.where.add(sql.row, sql.rowValues);
    } else {
        select.where.add("p.pk IN (" + sql.set + ")", sql.setValues);
    }
}

RecordSelect buildSelect(const RecordQuery &query, Sqlite::Connection &db, FilterUse use)
{
    RecordSelect select;
    addSearch(select, db, query.search, use);
    Sqlite::Filter &filter = select.where;
    if (query.state)
        filter.add("p.state = ?", {toString(*query.state)});
    if (!query.currency.isEmpty())
        filter.add("p.currency = ?", {query.currency.toLower()});
    if (query.createdFrom)
        filter.add("p.created >= ?", {*query.createdFrom});
    if (query.createdTo)
        filter.add("p.created < ?", {*query.createdTo});
    if (query.amountMin)
        filter.add("p.amount_requested >= ?", {*query.amountMin});
    if (query.amountMax)
        filter.add("p.amount_requested <= ?", {*query.amountMax});
    return select;
}

/// Longer terms are refused before SQLite sees them: its LIKE refuses patterns over 50,000
/// bytes with a message that would mean nothing to an agent.
constexpr qsizetype maxSearchLength = 1000;

Result<void> checkSearch(const QString &search)
{
    const qsizetype length = search.trimmed().size();
    if (length <= maxSearchLength)
        return {};
    return Error::rule(QStringLiteral("search"),
                       ModelText::tr("The search text has %1 characters, but at most %2 are "
                                     "searched for. Search for a shorter part of it.")
                           .arg(length)
                           .arg(maxSearchLength));
}

} // namespace

Result<RecordPage> SqliteStore::listRecords(const RecordQuery &query)
{
    if (auto checked = checkSearch(query.search); !checked)
        return checked.error();
    const SortSpec sort = sortSpec(query.sort);
    const QByteArray key = sort.expression;
    RecordSelect select = buildSelect(query, connection(), FilterUse::List);
    if (query.after) {
        const Sqlite::FilterValue cursorKey = sort.numeric
            ? Sqlite::FilterValue(query.after->keyNumber)
            : Sqlite::FilterValue(query.after->key);
        // The outer bound lets SQLite seek in the index; the inner one breaks ties by row.
        const QByteArray op = query.descending ? "<" : ">";
        select.where.add(key + op + "= ? AND (" + key + op + " ? OR p.pk " + op + " ?)",
                         {cursorKey, cursorKey, query.after->row});
    }
    const QByteArray direction = query.descending ? " DESC" : " ASC";
    const QByteArray sql = "SELECT p.pk, " + key + ", " REFUNDDESK_RECORD_COLUMNS " FROM "
        + select.from + select.where.sql() + " ORDER BY " + key + direction + ", p.pk" + direction
        + " LIMIT ?";

    Sqlite::Statement statement = connection().prepare(sql.constData());
    if (!statement.isValid())
        return storageError(ModelText::tr("Cannot list payment records"));
    select.bindTo(statement);
    const int limit = qBound(1, query.limit, 10000);
    statement.bind(statement.parameterCount(), qint64(limit) + 1);

    RecordPage page;
    while (statement.next()) {
        if (page.rows.size() == limit) {
            page.hasMore = true;
            break;
        }
        RecordRow row;
        row.cursor.row = statement.int64(0);
        if (sort.numeric)
            row.cursor.keyNumber = statement.int64(1);
        else
            row.cursor.key = statement.text(1);
        row.record = RowReaders::readRecord(statement, 2);
        page.rows << row;
    }
    if (!page.hasMore && !statement.finished())
        return storageError(ModelText::tr("Cannot list payment records"));
    return page;
}

Result<qint64> SqliteStore::countRecords(const RecordQuery &query)
{
    if (auto checked = checkSearch(query.search); !checked)
        return checked.error();
    const RecordSelect select = buildSelect(query, connection(), FilterUse::Count);
    const bool bounded = query.countAtMost > 0;
    const QByteArray sql = bounded
        ? "SELECT count(*) FROM (SELECT 1 FROM " + select.from + select.where.sql() + " LIMIT ?)"
        : "SELECT count(*) FROM " + select.from + select.where.sql();
    Sqlite::Statement statement = connection().prepare(sql.constData());
    if (!statement.isValid())
        return storageError(ModelText::tr("Cannot count payment records"));
    select.bindTo(statement);
    if (bounded)
        statement.bind(statement.parameterCount(), query.countAtMost);
    if (!statement.next())
        return storageError(ModelText::tr("Cannot count payment records"));
    return statement.int64(0);
}

} // namespace RefundDesk
