// The `raw-insert` child of refunddesk-bench (issue 7), a baseline for the import: nlohmann's
// SAX parser feeding one prepared sqlite3 INSERT per payment record, into a database the store
// created, with no validation, attempts, refunds, events or search index.

#include "importchildren.h"
#include "store/sqlitestore.h"

#include <QFile>
#include <QFileInfo>

#include <array>
#include <cstdio>
#include <sqlite3.h>

namespace RefundDesk::Bench::Import {
namespace {

// The payment_records columns the raw insert fills: every column the importer writes
// (store/rowcolumns.cpp) plus amount_refunded, which the importer settles at commit. The
// JSON objects (metadata, billing and shipping details) are stored as nlohmann's compact
// dump, which, like the store's QJsonDocument, sorts the keys.
enum TextColumn {
    Id,
    Currency,
    CustomerId,
    CustomerEmail,
    CustomerName,
    CustomerPhone,
    CustomerPresence,
    Description,
    MetadataJson,
    PaymentMethodType,
    PaymentMethodId,
    CardBrand,
    CardLast4,
    DisplayName,
    BillingJson,
    ProcessorType,
    ProcessorReference,
    ShippingJson,
    LatestAttemptId,
    ReportedBy,
    TextColumnCount
};
constexpr std::array<const char *, TextColumnCount> textColumns {
    "id",
    "currency",
    "customer_id",
    "customer_email",
    "customer_name",
    "customer_phone",
    "customer_presence",
    "description",
    "metadata",
    "payment_method_type",
    "payment_method",
    "card_brand",
    "card_last4",
    "payment_method_display_name",
    "billing_details",
    "processor_type",
    "processor_reference",
    "shipping_details",
    "latest_attempt_id",
    "reported_by",
};
enum IntColumn {
    AmountRequested,
    AmountAuthorized,
    AmountGuaranteed,
    AmountCanceled,
    AmountFailed,
    AmountRefunded,
    Created,
    Livemode,
    IntColumnCount
};
constexpr std::array<const char *, IntColumnCount> intColumns {
    "amount_requested", "amount_authorized", "amount_guaranteed", "amount_canceled",
    "amount_failed",    "amount_refunded",   "created",           "livemode",
};

struct RawRow
{
    std::array<std::string, TextColumnCount> text;
    std::array<bool, TextColumnCount> present {};
    std::array<qint64, IntColumnCount> numbers {};
    bool isRecord = false;

    void clear()
    {
        present.fill(false);
        numbers.fill(0);
        isRecord = false;
    }
};

/// One prepared INSERT, bound and stepped per record, with its strings bound in place.
class RawInserter
{
public:
    ~RawInserter()
    {
        sqlite3_finalize(m_insert);
        sqlite3_close(m_db);
    }

    /// Opens the database the store created, in the store's own bulk-write settings.
    bool open(const QString &path)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE,
                            nullptr)
            != SQLITE_OK)
            return false;
        // The per-row search trigger stays quiet while bulk_from_pk is set (see store_state
        // in the schema): the baseline inserts rows and their B-tree indexes, no FTS5.
        // temp_store = MEMORY: the schema's triggers make every INSERT keep a statement
        // journal, which by default spills to a temporary file, two pwrite calls per page
        // touched. Memory halved this insert at 100,000 records. The store keeps statement
        // journals in memory its own way (store/sqlite.cpp), and only when it is the first
        // to use SQLite in its process; this makes sure of it for the baseline.
        if (!exec("PRAGMA synchronous = FULL") || !exec("PRAGMA foreign_keys = ON")
            || !exec("PRAGMA temp_store = MEMORY")
            || !exec("PRAGMA cache_size = " REFUNDDESK_BULK_CACHE_PAGES)
            || !exec("UPDATE store_state SET bulk_from_pk = 1") || !exec("BEGIN IMMEDIATE"))
            return false;
        std::string names, placeholders;
        for (const char *name : textColumns)
            names += std::string(names.empty() ? "" : ", ") + name;
        for (const char *name : intColumns)
            names += std::string(", ") + name;
        for (int i = 0; i < int(TextColumnCount) + int(IntColumnCount); ++i)
            placeholders += i == 0 ? "?" : ", ?";
        const std::string sql =
            "INSERT INTO payment_records(" + names + ") VALUES (" + placeholders + ")";
        return sqlite3_prepare_v3(m_db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &m_insert,
                                  nullptr)
            == SQLITE_OK;
    }

    bool insert(const RawRow &row)
    {
        sqlite3_reset(m_insert);
        for (int i = 0; i < TextColumnCount; ++i) {
            const std::string &text = row.text.at(i);
            if (row.present.at(i))
                sqlite3_bind_text(m_insert, i + 1, text.data(), int(text.size()), SQLITE_STATIC);
            else if (i == MetadataJson) // NOT NULL DEFAULT '{}'
                sqlite3_bind_text(m_insert, i + 1, "{}", 2, SQLITE_STATIC);
            else
                sqlite3_bind_null(m_insert, i + 1);
        }
        for (int i = 0; i < IntColumnCount; ++i)
            sqlite3_bind_int64(m_insert, TextColumnCount + i + 1, row.numbers.at(i));
        if (sqlite3_step(m_insert) != SQLITE_DONE)
            return false;
        ++inserted;
        return true;
    }

    bool commit() { return exec("COMMIT"); }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

    qint64 inserted = 0;

private:
    bool exec(const char *sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == 0; }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
};

/// A small JSON value (metadata, billing or shipping details) built from SAX events.
class SubtreeBuilder
{
public:
    void begin(json container)
    {
        m_root = std::move(container);
        m_stack.assign(1, &m_root);
    }
    bool isOpen() const { return !m_stack.empty(); }
    void key(const std::string &name) { m_key = name; }
    void value(json v) { insert(std::move(v)); }
    void open(json container) { m_stack.push_back(insert(std::move(container))); }
    /// True when the subtree is complete.
    bool close()
    {
        m_stack.pop_back();
        return m_stack.empty();
    }
    std::string dump() const { return m_root.dump(); }

private:
    json *insert(json v)
    {
        json &parent = *m_stack.back();
        if (parent.is_object())
            return &(parent[m_key] = std::move(v));
        parent.push_back(std::move(v));
        return &parent.back();
    }

    json m_root;
    std::vector<json *> m_stack;
    std::string m_key;
};

/// Fills a RawRow from the SAX events of each object and inserts it at the object's end when
/// it is a payment record; attempts and refunds are parsed and dropped.
class RowHandler
{
public:
    RowHandler(int itemDepth, RawInserter &inserter)
        : m_itemDepth(itemDepth)
        , m_inserter(inserter)
    { }

    bool null()
    {
        if (m_capture.isOpen())
            m_capture.value(nullptr);
        return done();
    }
    bool boolean(bool v)
    {
        if (m_capture.isOpen())
            m_capture.value(v);
        else if (m_target == intTarget(Livemode))
            m_row.numbers[Livemode] = v ? 1 : 0;
        return done();
    }
    bool number_integer(json::number_integer_t v) { return number(v); }
    bool number_unsigned(json::number_unsigned_t v) { return number(qint64(v)); }
    bool number_float(json::number_float_t v, const json::string_t &)
    {
        if (m_capture.isOpen())
            m_capture.value(v);
        return done();
    }
    bool string(json::string_t &text)
    {
        if (m_capture.isOpen()) {
            m_capture.value(text);
        } else if (m_target == objectTarget) {
            m_row.isRecord = text == "payment_record";
        } else if (m_target >= 0 && m_target < TextColumnCount) {
            // assign, not move: the row's strings keep their capacity from record to record.
            m_row.text.at(m_target).assign(text);
            m_row.present.at(m_target) = true;
        }
        return done();
    }
    bool binary(json::binary_t &) { return done(); }
    bool start_object(std::size_t) { return open(json::object()); }
    bool start_array(std::size_t) { return open(json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(json::string_t &name)
    {
        if (m_capture.isOpen()) {
            m_capture.key(name);
            return true;
        }
        const int level = m_depth - m_itemDepth;
        m_target = none;
        if (level >= 1 && level <= 3) {
            m_path.at(level) = name;
            m_target = resolve(level);
        }
        return true;
    }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &ex)
    {
        error = ex.what();
        return false;
    }

    qint64 objects = 0;
    std::string error;

private:
    static constexpr int none = -1;
    static constexpr int objectTarget = 1000;
    static constexpr int captureOffset = 2000;
    static constexpr int intTarget(IntColumn column) { return int(TextColumnCount) + int(column); }
    static constexpr int captureTarget(TextColumn column) { return captureOffset + column; }

    /// The column (or capture) the key at `level` of the object feeds; m_path holds the keys
    /// above it.
    int resolve(int level) const
    {
        const std::string &name = m_path.at(level);
        const std::string &top = m_path.at(1);
        if (level == 1) {
            static const std::array<std::pair<const char *, int>, 10> fields {{
                {"id", Id},
                {"customer_presence", CustomerPresence},
                {"description", Description},
                {"latest_payment_attempt_record", LatestAttemptId},
                {"reported_by", ReportedBy},
                {"object", objectTarget},
                {"created", intTarget(Created)},
                {"livemode", intTarget(Livemode)},
                {"metadata", captureTarget(MetadataJson)},
                {"shipping_details", captureTarget(ShippingJson)},
            }};
            for (const auto &[key, target] : fields) {
                if (name == key)
                    return target;
            }
            return none;
        }
        if (level == 2) {
            if (top.starts_with("amount_")) {
                if (name == "currency")
                    return Currency;
                if (name != "value")
                    return none;
                for (int i = AmountRequested; i <= AmountRefunded; ++i) {
                    if (top == intColumns.at(i))
                        return intTarget(IntColumn(i));
                }
                return none;
            }
            if (top == "customer_details") {
                return name == "customer" ? CustomerId
                    : name == "email"     ? CustomerEmail
                    : name == "name"      ? CustomerName
                    : name == "phone"     ? CustomerPhone
                                          : none;
            }
            if (top == "payment_method_details") {
                return name == "type"           ? PaymentMethodType
                    : name == "payment_method"  ? PaymentMethodId
                    : name == "billing_details" ? captureTarget(BillingJson)
                                                : none;
            }
            if (top == "processor_details")
                return name == "type" ? ProcessorType : none;
            return none;
        }
        const std::string &middle = m_path.at(2);
        if (top == "payment_method_details" && middle == "card")
            return name == "brand" ? CardBrand : name == "last4" ? CardLast4 : none;
        if (top == "payment_method_details" && middle == "custom")
            return name == "display_name" ? DisplayName : none;
        if (top == "processor_details" && middle == "custom")
            return name == "payment_reference" ? ProcessorReference : none;
        return none;
    }

    bool number(qint64 v)
    {
        if (m_capture.isOpen())
            m_capture.value(v);
        else if (m_target >= TextColumnCount
                 && m_target < int(TextColumnCount) + int(IntColumnCount))
            m_row.numbers.at(m_target - TextColumnCount) = v;
        return done();
    }

    bool done()
    {
        if (!m_capture.isOpen())
            m_target = none;
        return true;
    }

    bool open(json container)
    {
        if (m_capture.isOpen()) {
            m_capture.open(std::move(container));
        } else if (m_target >= captureOffset) {
            m_capturing = TextColumn(m_target - captureOffset);
            m_capture.begin(std::move(container));
        } else if (m_depth == m_itemDepth) {
            m_row.clear();
        }
        m_target = none;
        ++m_depth;
        return true;
    }

    bool close()
    {
        --m_depth;
        if (m_capture.isOpen()) {
            if (m_capture.close()) {
                m_row.text.at(m_capturing) = m_capture.dump();
                m_row.present.at(m_capturing) = true;
            }
            return true;
        }
        if (m_depth != m_itemDepth)
            return true;
        ++objects;
        if (m_row.isRecord && !m_inserter.insert(m_row)) {
            error = "cannot insert payment record " + m_row.text.at(Id) + ": "
                + m_inserter.error().toStdString();
            return false;
        }
        return true;
    }

    int m_itemDepth;
    RawInserter &m_inserter;
    int m_depth = 0;
    int m_target = none;
    std::array<std::string, 4> m_path;
    RawRow m_row;
    SubtreeBuilder m_capture;
    TextColumn m_capturing = MetadataJson;
};

} // namespace

int rawInsertCommand(const QStringList &arguments)
{
    if (arguments.size() != 2)
        return fail(QStringLiteral("usage: raw-insert FILE DB"));
    const QString &path = arguments.at(0);
    const QString &database = arguments.at(1);
    if (QFileInfo::exists(database))
        return fail(
            QStringLiteral("raw-insert: %1 exists; the insert needs a new database").arg(database));
    {
        // The store creates the file, so the schema, indexes and triggers are exactly its own.
        auto store = SqliteStore::open(database);
        if (!store)
            return fail(QStringLiteral("raw-insert: %1").arg(store.error().message));
    }
    RawInserter inserter;
    if (!inserter.open(database))
        return fail(QStringLiteral("raw-insert: %1: %2").arg(database, inserter.error()));
    std::ifstream in;
    std::vector<char> buffer;
    Layout layout = Layout::Array;
    if (!openJson(path, in, buffer, layout))
        return fail(QStringLiteral("raw-insert: cannot read %1").arg(path));
    RowHandler handler(layout == Layout::Array ? 1 : 0, inserter);
    if (!parseAll(in, layout, handler))
        return fail(QStringLiteral("raw-insert: %1").arg(QString::fromStdString(handler.error)));
    if (!inserter.commit())
        return fail(QStringLiteral("raw-insert: commit: %1").arg(inserter.error()));
    std::printf("objects=%lld records=%lld peak_kib=%lld\n",
                static_cast<long long>(handler.objects), static_cast<long long>(inserter.inserted),
                ownPeakKiB());
    return 0;
}
} // namespace RefundDesk::Bench::Import
