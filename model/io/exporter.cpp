#include "io/exporter.h"

#include "auth/masking.h"
#include "core/tr.h"
#include "io/apijson.h"

#include <string>

namespace RefundDesk {
namespace {

/// Writes objects one per line inside the chosen envelope into a buffer, and the buffer to
/// the device about a mebibyte at a time: one write per object cost more than the JSON.
/// Fails on the first I/O error.
class Writer
{
public:
    Writer(QIODevice &output, ExportOptions::Format format)
        : m_output(output)
        , m_format(format)
    {
        m_buffer.reserve(chunkSize + chunkSize / 4);
    }

    void begin()
    {
        if (m_format == ExportOptions::Format::Array)
            m_buffer += '[';
        else if (m_format == ExportOptions::Format::List)
            m_buffer += "{\"data\":[";
    }

    /// Appends one object, which `append` writes to the end of the buffer.
    template<typename Append>
    bool object(const Append &append)
    {
        // Each object on its own line, so a diff of two exports reads object by object.
        if (m_format != ExportOptions::Format::JsonLines)
            m_buffer += m_count == 0 ? "\n" : ",\n";
        append(m_buffer);
        if (m_format == ExportOptions::Format::JsonLines)
            m_buffer += '\n';
        ++m_count;
        return m_buffer.size() < chunkSize || flush();
    }

    bool end()
    {
        if (m_format == ExportOptions::Format::Array)
            m_buffer += m_count == 0 ? "]\n" : "\n]\n";
        else if (m_format == ExportOptions::Format::List)
            m_buffer += m_count == 0 ? "],\"has_more\":false,\"object\":\"list\"}\n"
                                     : "\n],\"has_more\":false,\"object\":\"list\"}\n";
        return flush();
    }

    /// Writes what the buffer holds.
    bool flush()
    {
        const auto size = qint64(m_buffer.size());
        const bool ok = size == 0 || m_output.write(m_buffer.data(), size) == size;
        m_buffer.clear();
        return ok;
    }

private:
    static constexpr std::size_t chunkSize = 1 << 20;

    QIODevice &m_output;
    ExportOptions::Format m_format;
    std::string m_buffer;
    qint64 m_count = 0;
};

} // namespace

Result<ExportSummary> exportJson(Store &store, QIODevice &output, const ExportOptions &options)
{
    Writer writer(output, options.format);
    ExportSummary summary;
    bool ioFailed = false;
    // `append` writes one object to the end of the buffer it is given.
    const auto put = [&](const auto &append, qint64 &counter) {
        if (options.isCancelled && options.isCancelled()) {
            summary.cancelled = true;
            return false;
        }
        if (!writer.object(append)) {
            ioFailed = true;
            return false;
        }
        ++counter;
        const qint64 written = summary.records + summary.attempts + summary.refunds;
        if (options.progress && written % 10000 == 0)
            options.progress(written);
        return true;
    };
    const auto bytes = [](const QByteArray &json) {
        return [json](std::string &out) {
            out.append(json.constData(), std::size_t(json.size()));
        };
    };
    const bool records = options.what != ExportOptions::What::Refunds;
    const bool refunds = options.what != ExportOptions::What::Records;

    writer.begin();
    Result<void> scanned;
    if (options.maskPersonalData) {
        // Masking works on domain objects; only the unmasked export has the fast path.
        ScanVisitor visitor;
        if (records) {
            visitor.record = [&](const PaymentRecord &r) {
                return put(bytes(ApiJson::record(Masking::personalData(r))), summary.records);
            };
            visitor.attempt = [&](const PaymentAttempt &a) {
                return put(bytes(ApiJson::attempt(Masking::personalData(a))), summary.attempts);
            };
        }
        if (refunds)
            visitor.refund = [&](const Refund &f) {
                return put(bytes(ApiJson::refund(f)), summary.refunds);
            };
        scanned = store.scan(visitor);
    } else {
        // Straight from the stored columns: no domain objects, no JSON tree.
        ScanViewVisitor visitor;
        if (records) {
            visitor.record = [&](const RecordView &r) {
                return put([&r](std::string &out) { ApiJson::appendRecord(out, r); },
                           summary.records);
            };
            visitor.attempt = [&](const AttemptView &a) {
                return put([&a](std::string &out) { ApiJson::appendAttempt(out, a); },
                           summary.attempts);
            };
        }
        if (refunds)
            visitor.refund = [&](const RefundView &f) {
                return put([&f](std::string &out) { ApiJson::appendRefund(out, f); },
                           summary.refunds);
            };
        scanned = store.scanViews(visitor);
    }
    if (!scanned)
        return scanned.error();
    if (!ioFailed)
        ioFailed = summary.cancelled ? !writer.flush() : !writer.end();
    if (ioFailed) {
        return Error::storage(
            ModelText::tr("Cannot write the export: %1").arg(output.errorString()));
    }
    return summary;
}

} // namespace RefundDesk
