// The import and export child processes (`--child NAME`) of refunddesk-bench (issue 7):
// RefundDesk's importer and exporter, and nlohmann's SAX parser alone, each run by
// importbench.cpp in a process of its own for wall time and peak RSS. The raw sqlite3 insert
// is in rawinsertchild.cpp.

#include "importchildren.h"

#include "bench.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "store/sqlitestore.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace RefundDesk::Bench::Import {

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

long long ownPeakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).simplified().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool openJson(const QString &path, std::ifstream &in, std::vector<char> &buffer, Layout &layout)
{
    buffer.resize(1 << 20);
    in.rdbuf()->pubsetbuf(buffer.data(), std::streamsize(buffer.size()));
    in.open(QFile::encodeName(path).constData(), std::ios::binary);
    if (!in)
        return false;
    in >> std::ws;
    layout = in.peek() == '[' ? Layout::Array : Layout::Lines;
    return true;
}

namespace {

const Actor benchActor {QStringLiteral("bench")};

/// Counts the objects of a file and the payment records among them, and does nothing else:
/// the parser's own limit. Not derived from json_sax, so no call is virtual.
class CountingHandler
{
public:
    /// `itemDepth`: where the file's objects open, 1 inside an array, 0 for JSON Lines.
    explicit CountingHandler(int itemDepth)
        : m_itemDepth(itemDepth)
    { }

    bool null() { return value(); }
    bool boolean(bool) { return value(); }
    bool number_integer(json::number_integer_t) { return value(); }
    bool number_unsigned(json::number_unsigned_t) { return value(); }
    bool number_float(json::number_float_t, const json::string_t &) { return value(); }
    bool string(json::string_t &text)
    {
        if (m_atObjectKey && text == "payment_record")
            ++records;
        return value();
    }
    bool binary(json::binary_t &) { return value(); }
    bool start_object(std::size_t)
    {
        if (m_depth == m_itemDepth)
            ++objects;
        ++m_depth;
        return value();
    }
    bool start_array(std::size_t)
    {
        ++m_depth;
        return value();
    }
    bool end_object()
    {
        --m_depth;
        return true;
    }
    bool end_array()
    {
        --m_depth;
        return true;
    }
    bool key(json::string_t &name)
    {
        m_atObjectKey = m_depth == m_itemDepth + 1 && name == "object";
        return true;
    }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &ex)
    {
        error = ex.what();
        return false;
    }

    qint64 objects = 0;
    qint64 records = 0;
    std::string error;

private:
    bool value()
    {
        m_atObjectKey = false;
        return true;
    }

    int m_itemDepth;
    int m_depth = 0;
    bool m_atObjectKey = false;
};

int importCommand(const QStringList &arguments)
{
    if (arguments.size() != 2)
        return fail(QStringLiteral("usage: import FILE DB"));
    const QString &path = arguments.at(0);
    const QString &database = arguments.at(1);
    if (QFileInfo::exists(database))
        return fail(
            QStringLiteral("import: %1 exists; the import needs a new database").arg(database));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("import: cannot read %1: %2").arg(path, file.errorString()));
    auto store = SqliteStore::open(database);
    if (!store)
        return fail(QStringLiteral("import: %1").arg(store.error().message));
    ImportOptions options;
    options.source = path;
    const auto summary = importJson(*store.value(), file, options, benchActor);
    if (!summary)
        return fail(QStringLiteral("import: %1").arg(summary.error().message));
    if (summary->rejected > 0) {
        return fail(QStringLiteral("import: %1 objects rejected, the first: %2")
                        .arg(summary->rejected)
                        .arg(summary->rejections.value(0).toString()));
    }
    if (!summary->written)
        return fail(QStringLiteral("import: nothing was written"));
    // Closing is part of an import as people run it: the last connection checkpoints the WAL.
    store.value().reset();
    std::printf("objects=%lld peak_kib=%lld\n", static_cast<long long>(summary->imported),
                ownPeakKiB());
    return 0;
}

int saxParseCommand(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return fail(QStringLiteral("usage: sax-parse FILE"));
    std::ifstream in;
    std::vector<char> buffer;
    Layout layout = Layout::Array;
    if (!openJson(arguments.at(0), in, buffer, layout))
        return fail(QStringLiteral("sax-parse: cannot read %1").arg(arguments.at(0)));
    CountingHandler handler(layout == Layout::Array ? 1 : 0);
    if (!parseAll(in, layout, handler))
        return fail(QStringLiteral("sax-parse: %1").arg(QString::fromStdString(handler.error)));
    std::printf("objects=%lld records=%lld peak_kib=%lld\n",
                static_cast<long long>(handler.objects), static_cast<long long>(handler.records),
                ownPeakKiB());
    return 0;
}

int exportCommand(const QStringList &arguments)
{
    if (arguments.size() != 3
        || (arguments.at(2) != QLatin1String("array") && arguments.at(2) != QLatin1String("lines")))
        return fail(QStringLiteral("usage: export DB FILE array|lines"));
    auto store = SqliteStore::open(arguments.at(0), SqliteStore::Mode::ReadOnly);
    if (!store)
        return fail(QStringLiteral("export: %1").arg(store.error().message));
    // QSaveFile, as the CLI and the GUI export: a failed export leaves no half file.
    QSaveFile output(arguments.at(1));
    if (!output.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("export: cannot write %1: %2")
                        .arg(arguments.at(1), output.errorString()));
    ExportOptions options;
    options.format = arguments.at(2) == QLatin1String("lines") ? ExportOptions::Format::JsonLines
                                                               : ExportOptions::Format::Array;
    const auto summary = exportJson(*store.value(), output, options);
    if (!summary)
        return fail(QStringLiteral("export: %1").arg(summary.error().message));
    if (!output.commit())
        return fail(QStringLiteral("export: cannot write %1: %2")
                        .arg(arguments.at(1), output.errorString()));
    std::printf("objects=%lld records=%lld peak_kib=%lld\n",
                static_cast<long long>(summary->records + summary->attempts + summary->refunds),
                static_cast<long long>(summary->records), ownPeakKiB());
    return 0;
}

} // namespace
} // namespace RefundDesk::Bench::Import

namespace RefundDesk::Bench {

int importChild(const QString &name, const QStringList &arguments)
{
    if (name == QLatin1String("import"))
        return Import::importCommand(arguments);
    if (name == QLatin1String("sax-parse"))
        return Import::saxParseCommand(arguments);
    if (name == QLatin1String("raw-insert"))
        return Import::rawInsertCommand(arguments);
    if (name == QLatin1String("export"))
        return Import::exportCommand(arguments);
    return -1;
}

} // namespace RefundDesk::Bench
