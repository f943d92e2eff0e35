#include "io/importer.h"

#include "core/shortened.h"
#include "core/tr.h"
#include "io/apiparse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace RefundDesk {

QString Rejection::toString() const
{
    QString where = line > 0 ? ModelText::tr("object %1 (line %2)").arg(index).arg(line)
                             : ModelText::tr("object %1").arg(index);
    const QString what = (object + QLatin1Char(' ') + shortened(id)).trimmed();
    if (!what.isEmpty())
        where += QLatin1Char(' ') + what;
    // A field names a metadata key, which may be as long as the file made it.
    return field.isEmpty() || reason.startsWith(field)
        ? ModelText::tr("%1: %2").arg(where, reason)
        : ModelText::tr("%1: %2: %3").arg(where, shortened(field, 60), reason);
}

namespace {

/// Out of the lambda below: lupdate loses the translation context inside its catch clause.
QString cannotReadFile(const char *what)
{
    return ModelText::tr("Cannot read the file: %1").arg(QString::fromLocal8Bit(what));
}

/// Where an object stood and what it is, for reporting.
struct Origin
{
    qint64 index = 0;
    qint64 line = 0;
    QString id;
    QString type;
};

/// An object read and parsed on the reading thread, on its way to the writing one.
struct ParsedItem
{
    Origin origin;
    Result<ApiParse::ApiObject> object;
};

/// Hands batches of parsed objects from the reading thread to the writing one, so reading
/// and parsing the file overlap with writing the database on a second core. The reader
/// waits while maxBatches are waiting, so memory stays bounded whatever the file's size.
class Handoff
{
public:
    struct Batch
    {
        std::vector<ParsedItem> items;
        qint64 bytesRead = -1; ///< how far the file was read, when the reader said so
    };
    static constexpr std::size_t batchSize = 256;
    static constexpr std::size_t maxBatches = 8;

    /// The reader's: false once the writer has stopped, so the reader stops too.
    bool put(Batch &&batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || m_batches.size() < maxBatches; });
        if (m_stopped)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }

    /// The writer's: the next batch, waiting for it; nothing once the reader has closed.
    std::optional<Batch> take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || !m_batches.empty(); });
        if (m_batches.empty())
            return std::nullopt;
        Batch batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }

    /// The reader has no more batches.
    void close()
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

    /// The writer wants no more batches (cancel, or storage failure).
    void stop()
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_batches.clear();
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches;
    bool m_closed = false;
    bool m_stopped = false;
};

/// Reads and parses `input` on a thread of its own, handing the objects over in batches.
/// The shape, or the error that stopped the reading, is in `shape` once it has joined.
std::thread startReading(QIODevice &input, Handoff &handoff,
                         std::optional<Result<JsonObjectStream::Shape>> &shape)
{
    return std::thread([&input, &handoff, &shape] {
        Handoff::Batch batch;
        const auto handOver = [&handoff, &batch] {
            const bool wanted = handoff.put(std::move(batch));
            batch = {};
            return wanted;
        };
        JsonObjectStream stream;
        try {
            shape = stream.read(
                input,
                [&](SourceItem &&item) {
                    Origin origin {item.index, item.line, ApiParse::idOf(item.value),
                                   ApiParse::objectTypeOf(item.value)};
                    batch.items.push_back({std::move(origin), ApiParse::parse(item.value)});
                    return batch.items.size() < Handoff::batchSize || handOver();
                },
                [&batch](qint64 read) { batch.bytesRead = read; });
            if (!batch.items.empty() || batch.bytesRead >= 0)
                handOver();
        } catch (const std::exception &e) {
            // Nothing may leave a thread; the writer reports it and rolls the batch back.
            shape = Error::storage(cannotReadFile(e.what()));
        }
        handoff.close();
    });
}

QString paymentOf(const ApiParse::ApiObject &object)
{
    if (const auto *attempt = std::get_if<PaymentAttempt>(&object))
        return attempt->paymentRecordId;
    if (const auto *refund = std::get_if<Refund>(&object))
        return refund->paymentRecordId;
    return {};
}

/// The attempt a refund names, if any.
QString attemptOf(const ApiParse::ApiObject &object)
{
    const auto *refund = std::get_if<Refund>(&object);
    return refund ? refund->paymentAttemptId : QString();
}

class Import
{
public:
    Import(BulkWriter &writer, const ImportOptions &options, ImportSummary &summary)
        : m_writer(writer)
        , m_options(options)
        , m_summary(summary)
    { }

    /// Handles one object from the file; false stops the reading (cancel or storage failure).
    bool take(ParsedItem &&item)
    {
        if (m_options.isCancelled && m_options.isCancelled()) {
            m_summary.cancelled = true;
            return false;
        }
        ++m_summary.read;
        const Origin &origin = item.origin;
        auto &parsed = item.object;
        if (!parsed) {
            reject(origin, parsed.error());
            return true;
        }
        if (auto seen = m_writer.markSeen(origin.id, origin.index); !seen)
            return handle(origin, seen.error());
        const QString payment = paymentOf(parsed.value());
        const QString attempt = attemptOf(parsed.value());
        if ((!payment.isEmpty() && !m_writer.hasRecord(payment)
             && !m_rejectedRecords.contains(payment))
            || (!attempt.isEmpty() && !m_writer.hasAttempt(attempt))) {
            // Its payment record, or the attempt it names, may still come later in the file.
            m_deferred.append({std::move(parsed).value(), origin});
            return true;
        }
        return write(parsed.value(), origin);
    }

    /// Writes what waited for its payment record: attempts first, for the refunds that name
    /// them. False on a storage failure.
    bool finish()
    {
        for (const bool attempts : {true, false}) {
            for (const auto &[object, origin] : std::as_const(m_deferred)) {
                if (std::holds_alternative<PaymentAttempt>(object) == attempts
                    && !write(object, origin))
                    return false;
            }
        }
        m_deferred.clear();
        return true;
    }

    const std::optional<Error> &fatal() const { return m_fatal; }

private:
    bool write(const ApiParse::ApiObject &object, const Origin &origin)
    {
        const QString payment = paymentOf(object);
        if (m_rejectedRecords.contains(payment)) {
            reject(origin,
                   Error::rule(QStringLiteral("payment_record"),
                               ModelText::tr("Its payment record %1 was rejected, so it cannot be "
                                             "imported either.")
                                   .arg(payment)));
            return true;
        }
        const Result<WriteOutcome> outcome = std::visit(
            [this](const auto &o) -> Result<WriteOutcome> {
                using T = std::decay_t<decltype(o)>;
                if constexpr (std::is_same_v<T, PaymentRecord>)
                    return m_writer.putRecord(o);
                else if constexpr (std::is_same_v<T, PaymentAttempt>)
                    return m_writer.putAttempt(o);
                else
                    return m_writer.putRefund(o);
            },
            object);
        if (!outcome)
            return handle(origin, outcome.error());
        switch (outcome.value()) {
        case WriteOutcome::Inserted:
            ++m_summary.imported;
            break;
        case WriteOutcome::Updated:
            ++m_summary.updated;
            break;
        case WriteOutcome::Unchanged:
            ++m_summary.unchanged;
            break;
        }
        return true;
    }

    /// A storage failure stops everything; anything else rejects the one object.
    bool handle(const Origin &origin, const Error &error)
    {
        if (error.kind == ErrorKind::Storage) {
            m_fatal = error;
            return false;
        }
        reject(origin, error);
        return true;
    }

    void reject(const Origin &origin, const Error &error)
    {
        ++m_summary.rejected;
        if (origin.type == QLatin1String("payment_record") && !origin.id.isEmpty())
            m_rejectedRecords.insert(origin.id);
        if (m_summary.rejections.size() < ImportSummary::maxReported) {
            m_summary.rejections << Rejection {origin.index, origin.line, origin.id,
                                               origin.type,  error.field, error.message};
        }
    }

    BulkWriter &m_writer;
    const ImportOptions &m_options;
    ImportSummary &m_summary;
    QList<std::pair<ApiParse::ApiObject, Origin>> m_deferred;
    QSet<QString> m_rejectedRecords;
    std::optional<Error> m_fatal;
};

} // namespace

Result<ImportSummary> importJson(Store &store, QIODevice &input, const ImportOptions &options,
                                 const Actor &actor)
{
    auto bulk = store.beginBulk(actor);
    if (!bulk)
        return bulk.error();
    ImportSummary summary;
    Import import(*bulk.value(), options, summary);
    const qint64 total = input.isSequential() ? 0 : input.size();
    // The callbacks and every store call stay on this thread; only reading and parsing move.
    Handoff handoff;
    std::optional<Result<JsonObjectStream::Shape>> shape;
    std::thread reader = startReading(input, handoff, shape);
    bool writing = true;
    while (writing) {
        std::optional<Handoff::Batch> batch = handoff.take();
        if (!batch)
            break;
        for (ParsedItem &item : batch->items) {
            writing = import.take(std::move(item));
            if (!writing)
                break;
        }
        if (writing && batch->bytesRead >= 0 && options.progress)
            options.progress(batch->bytesRead, total);
    }
    if (!writing)
        handoff.stop();
    reader.join();
    // Leaving without commit() rolls the whole batch back.
    if (import.fatal())
        return *import.fatal();
    if (summary.cancelled)
        return summary;
    if (!shape->ok())
        return shape->error();
    summary.shape = shape->value();
    if (!import.finish())
        return *import.fatal();
    if (options.dryRun || (summary.rejected > 0 && !options.skipInvalid))
        return summary;
    // Nothing new and nothing changed: no batch event either, so a re-import changes nothing.
    if (summary.imported == 0 && summary.updated == 0)
        return summary;

    const QJsonObject payload {
        {QStringLiteral("source"), options.source},
        {QStringLiteral("shape"), toString(summary.shape)},
        {QStringLiteral("read"), summary.read},
        {QStringLiteral("imported"), summary.imported},
        {QStringLiteral("updated"), summary.updated},
        {QStringLiteral("unchanged"), summary.unchanged},
        {QStringLiteral("rejected"), summary.rejected},
    };
    if (auto committed = bulk.value()->commit(
            QStringLiteral("import"), QJsonDocument(payload).toJson(QJsonDocument::Compact));
        !committed) {
        return committed.error();
    }
    summary.written = true;
    return summary;
}

} // namespace RefundDesk
