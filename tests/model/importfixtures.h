#pragma once

// Shared by the import and export suites: API-shaped objects built with nlohmann, files in
// each shape, and a store in a temporary directory with helpers to import, export and count.

#include "io/exporter.h"
#include "io/importer.h"
#include "store/sqlitestore.h"

#include <QBuffer>
#include <QTemporaryDir>

#include <memory>
#include <nlohmann/json.hpp>

namespace RefundDesk::Testing {

using json = nlohmann::json;

inline constexpr qint64 baseTime = 1'700'000'000; // 2023-11-14T22:13:20Z
inline const Actor importer {QStringLiteral("importer")};

inline json amountOf(const std::string &currency, qint64 value)
{
    return {{"currency", currency}, {"value", value}};
}

/// A paid payment record: everything requested was guaranteed.
inline json recordJson(const std::string &id, const std::string &currency, qint64 amount,
                       qint64 refunded = 0)
{
    return {
        {"object", "payment_record"},
        {"id", id},
        {"amount_requested", amountOf(currency, amount)},
        {"amount_authorized", amountOf(currency, amount)},
        {"amount_guaranteed", amountOf(currency, amount)},
        {"amount_refunded", amountOf(currency, refunded)},
        {"created", baseTime},
        {"customer_details", {{"email", "zoe@example.com"}, {"name", "Zoë Müller"}}},
        {"customer_presence", "on_session"},
        {"description", "Coffee beans, 1 kg"},
        {"livemode", true},
        {"metadata", {{"order_id", "ORD-1"}}},
        {"payment_method_details",
         {{"type", "card"},
          {"card", {{"brand", "visa"}, {"last4", "4242"}}},
          {"billing_details",
           {{"name", "Zoë Müller"}, {"address", {{"city", "Zürich"}, {"country", "CH"}}}}}}},
        {"processor_details", {{"type", "custom"}, {"custom", {{"payment_reference", "pay_1"}}}}},
        {"shipping_details", {{"name", "Zoë Müller"}, {"address", {{"line1", "Bahnhofstr. 1"}}}}},
    };
}

inline json attemptJson(const std::string &id, const std::string &record,
                        const std::string &currency, qint64 amount,
                        const std::string &outcome = "guaranteed")
{
    const bool guaranteed = outcome == "guaranteed";
    return {
        {"object", "payment_attempt_record"},
        {"id", id},
        {"payment_record", record},
        {"outcome", outcome},
        {"amount_requested", amountOf(currency, amount)},
        {"amount_guaranteed", amountOf(currency, guaranteed ? amount : 0)},
        {"amount_failed", amountOf(currency, outcome == "failed" ? amount : 0)},
        {"created", baseTime},
    };
}

inline json refundJson(const std::string &id, const std::string &record,
                       const std::string &currency, qint64 amount,
                       const std::string &status = "succeeded")
{
    json refund = {
        {"object", "refund"},         {"id", id},
        {"payment_record", record},   {"amount", amount},
        {"currency", currency},       {"status", status},
        {"created", baseTime + 3600},
    };
    if (status == "failed")
        refund["failure_reason"] = "declined";
    return refund;
}

/// The object with the value at a JSON pointer set, or removed.
inline json with(json object, const std::string &pointer, const json &value)
{
    object[json::json_pointer(pointer)] = value;
    return object;
}

inline json without(json object, const std::string &pointer)
{
    const json::json_pointer path(pointer);
    object[path.parent_pointer()].erase(path.back());
    return object;
}

inline QByteArray bytes(const json &value)
{
    return QByteArray::fromStdString(value.dump());
}

inline QByteArray arrayFile(const std::vector<json> &objects)
{
    return bytes(json(objects));
}

inline QByteArray linesFile(const std::vector<json> &objects)
{
    QByteArray out;
    for (const json &object : objects)
        out += bytes(object) + '\n';
    return out;
}

inline QByteArray listFile(const std::vector<json> &objects)
{
    return bytes({{"object", "list"}, {"data", json(objects)}, {"has_more", false}});
}

template<typename T>
QString errorOf(const Result<T> &result)
{
    return result ? QString() : result.error().message;
}

/// A fresh SQLite store in its own temporary directory.
class StoreFixture
{
public:
    bool open()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return false;
        auto opened = SqliteStore::open(m_dir->filePath(QStringLiteral("desk.sqlite")));
        if (!opened)
            return false;
        m_store = std::move(opened).value();
        m_store->setClock([] { return (baseTime + 86400) * 1000; });
        return true;
    }
    void close()
    {
        m_store.reset();
        m_dir.reset();
    }
    SqliteStore &store() { return *m_store; }
    QString path() const { return m_dir->filePath(QStringLiteral("desk.sqlite")); }

    Result<ImportSummary> import(const QByteArray &file, ImportOptions options = {})
    {
        QBuffer buffer;
        buffer.setData(file);
        buffer.open(QIODevice::ReadOnly);
        if (options.source.isEmpty())
            options.source = QStringLiteral("test.json");
        return importJson(*m_store, buffer, options, importer);
    }

    QByteArray exported(ExportOptions::Format format = ExportOptions::Format::Array,
                        ExportOptions::What what = ExportOptions::What::All)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ExportOptions options;
        options.format = format;
        options.what = what;
        auto summary = exportJson(*m_store, buffer, options);
        return summary ? buffer.data() : QByteArray("export failed: ") + errorOf(summary).toUtf8();
    }

    qint64 eventCount()
    {
        Sqlite::Statement count = m_store->connection().prepare("SELECT count(*) FROM events");
        return count.next() ? count.int64(0) : -1;
    }

    /// The record's events' actions, oldest first.
    QStringList actions(const QString &recordId)
    {
        QStringList out;
        const auto events = m_store->history(recordId);
        if (events) {
            for (const Event &event : events.value())
                out << event.action;
        }
        return out;
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStore> m_store;
};

} // namespace RefundDesk::Testing
