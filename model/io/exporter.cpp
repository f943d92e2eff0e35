#include "io/exporter.h"

#include "auth/masking.h"
#include "core/tr.h"
#include "io/apijson.h"

namespace RefundDesk {
namespace {

/// Writes objects one per line inside the chosen envelope, failing on the first I/O error.
class Writer
{
public:
    Writer(QIODevice &output, ExportOptions::Format format)
        : m_output(output)
        , m_format(format)
    { }

    bool begin()
    {
        if (m_format == ExportOptions::Format::Array)
            return write("[");
        if (m_format == ExportOptions::Format::List)
            return write("{\"data\":[");
        return true;
    }

    bool object(const QByteArray &json)
    {
        if (m_format == ExportOptions::Format::JsonLines)
            return write(json + '\n');
        // Each object on its own line, so a diff of two exports reads object by object.
        const bool ok = write((m_count == 0 ? "\n" : ",\n") + json);
        ++m_count;
        return ok;
    }

    bool end()
    {
        if (m_format == ExportOptions::Format::Array)
            return write(m_count == 0 ? "]\n" : "\n]\n");
        if (m_format == ExportOptions::Format::List)
            return write(m_count == 0 ? "],\"has_more\":false,\"object\":\"list\"}\n"
                                      : "\n],\"has_more\":false,\"object\":\"list\"}\n");
        return true;
    }

private:
    bool write(const QByteArray &bytes) { return m_output.write(bytes) == bytes.size(); }

    QIODevice &m_output;
    ExportOptions::Format m_format;
    qint64 m_count = 0;
};

} // namespace

Result<ExportSummary> exportJson(Store &store, QIODevice &output, const ExportOptions &options)
{
    Writer writer(output, options.format);
    ExportSummary summary;
    bool ioFailed = false;
    const auto put = [&](const QByteArray &json, qint64 &counter) {
        if (options.isCancelled && options.isCancelled()) {
            summary.cancelled = true;
            return false;
        }
        if (!writer.object(json)) {
            ioFailed = true;
            return false;
        }
        ++counter;
        const qint64 written = summary.records + summary.attempts + summary.refunds;
        if (options.progress && written % 10000 == 0)
            options.progress(written);
        return true;
    };
    const bool records = options.what != ExportOptions::What::Refunds;
    const bool refunds = options.what != ExportOptions::What::Records;

    ScanVisitor visitor;
    if (records) {
        visitor.record = [&](const PaymentRecord &r) {
            return put(ApiJson::record(options.maskPersonalData ? Masking::personalData(r) : r),
                       summary.records);
        };
        visitor.attempt = [&](const PaymentAttempt &a) {
            return put(ApiJson::attempt(options.maskPersonalData ? Masking::personalData(a) : a),
                       summary.attempts);
        };
    }
    if (refunds)
        visitor.refund = [&](const Refund &f) {
            return put(ApiJson::refund(f), summary.refunds);
        };

    if (!writer.begin())
        ioFailed = true;
    if (!ioFailed) {
        if (auto scanned = store.scan(visitor); !scanned)
            return scanned.error();
    }
    if (!ioFailed && !summary.cancelled && !writer.end())
        ioFailed = true;
    if (ioFailed) {
        return Error::storage(
            ModelText::tr("Cannot write the export: %1").arg(output.errorString()));
    }
    return summary;
}

} // namespace RefundDesk
