#include "io/jsonobjectstream.h"

#include "core/tr.h"
#include "io/devicestreambuf.h"

#include <QRegularExpression>

#include <istream>
#include <vector>

namespace RefundDesk {
namespace {

/// Reads the next line of `device` into `line`, at most `limit` bytes, reusing the line's
/// storage. QIODevice::readLine(limit) would allocate `limit` bytes for every line first:
/// 64 MiB per line made JSON Lines imports many times slower than arrays.
void readLineInto(QIODevice &device, QByteArray &line, qint64 limit)
{
    line.resize(0); // keeps the capacity the longest line so far needed
    char chunk[64 * 1024];
    while (line.size() < limit) {
        // readLine() stops after a newline or at maxSize - 1 bytes, whichever comes first.
        const qint64 room = qMin<qint64>(qint64(sizeof chunk), limit - line.size() + 1);
        const qint64 read = device.readLine(chunk, room);
        if (read <= 0)
            return;
        line.append(chunk, read);
        if (chunk[read - 1] == '\n')
            return;
    }
}

using json = nlohmann::json;

/// Builds one JSON value from SAX events, refusing duplicate keys.
class DomBuilder
{
public:
    void begin(json root)
    {
        m_root = std::move(root);
        m_stack.clear();
        if (m_root.is_structured())
            m_stack.push_back(&m_root);
    }
    bool isOpen() const { return !m_stack.empty(); }
    json take() { return std::move(m_root); }

    /// Returns false when the key is already in the object.
    bool key(std::string &&name)
    {
        if (m_stack.back()->contains(name))
            return false;
        m_key = std::move(name);
        return true;
    }
    void value(json v) { insert(std::move(v)); }
    void open(json container) { m_stack.push_back(insert(std::move(container))); }
    void close() { m_stack.pop_back(); }
    const json &root() const { return m_root; }

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

/// The SAX handler: items are the children of the top-level array, or of the "data" array
/// of a top-level object; everything else of a top-level object is kept to be judged at
/// its end (a list envelope, or a single object).
class Handler final : public nlohmann::json_sax<json>
{
public:
    explicit Handler(const JsonObjectStream::Sink &sink, qint64 line = 0)
        : m_sink(sink)
        , m_line(line)
    { }

    bool null() override { return scalar(nullptr); }
    bool boolean(bool v) override { return scalar(v); }
    bool number_integer(number_integer_t v) override { return scalar(v); }
    bool number_unsigned(number_unsigned_t v) override { return scalar(v); }
    bool number_float(number_float_t v, const string_t &text) override
    {
        // nlohmann reads an integer beyond 64 bits as a double, which rounds it. It is kept as
        // written instead, in a binary value (which JSON text cannot otherwise hold), so the
        // object's reader refuses it by name and value (ApiParse) and nothing is rounded.
        if (text.find_first_of(".eE") == string_t::npos)
            return scalar(json::binary(std::vector<std::uint8_t>(text.begin(), text.end())));
        return scalar(v);
    }
    bool string(string_t &v) override
    {
        if (v.size() > JsonObjectStream::maxStringLength) {
            return fail(ModelText::tr("a string of %1 bytes is longer than the %2 allowed")
                            .arg(v.size())
                            .arg(JsonObjectStream::maxStringLength));
        }
        return scalar(std::move(v));
    }
    bool binary(binary_t &) override { return fail(ModelText::tr("binary values are not JSON")); }
    bool start_object(std::size_t) override { return open(json::object()); }
    bool start_array(std::size_t) override { return open(json::array()); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }
    bool key(string_t &name) override
    {
        if (name.size() > JsonObjectStream::maxStringLength) {
            return fail(ModelText::tr("a key of %1 bytes is longer than the %2 allowed")
                            .arg(name.size())
                            .arg(JsonObjectStream::maxStringLength));
        }
        DomBuilder &builder = m_inItem ? m_item : m_top;
        if (!m_inItem && m_depth == 1)
            m_topKey = name;
        const std::string copy = name;
        if (!builder.key(std::move(name)))
            return fail(ModelText::tr("the key \"%1\" appears twice in one object")
                            .arg(QString::fromStdString(copy)));
        return true;
    }
    bool parse_error(std::size_t position, const std::string &,
                     const nlohmann::detail::exception &ex) override
    {
        QString what = QString::fromUtf8(ex.what());
        what.remove(
            QRegularExpression(QStringLiteral("^\\[json\\.exception\\.[a-z_]+\\.\\d+\\] ")));
        if (m_line > 0) {
            // The parser counts lines within the one line it was given; say where in it.
            static const QRegularExpression inner(QStringLiteral("at line (\\d+), column (\\d+)"));
            const QRegularExpressionMatch match = inner.match(what);
            if (match.hasMatch()) {
                what.replace(match.capturedStart(), match.capturedLength(),
                             match.captured(1) == QLatin1String("1")
                                 ? QStringLiteral("at column %1").arg(match.captured(2))
                                 : QStringLiteral("at the end of the line"));
            }
        }
        m_error = m_line > 0 ? ModelText::tr("line %1: %2").arg(m_line).arg(what)
                             : ModelText::tr("at byte %1: %2").arg(position).arg(what);
        return false;
    }

    /// After a successful parse: the shape, and a single object handed to the sink.
    Result<JsonObjectStream::Shape> finish()
    {
        using Shape = JsonObjectStream::Shape;
        if (m_shape == Shape::Array)
            return m_shape;
        const json &top = m_top.root();
        const auto object = top.find("object");
        const bool isList = object != top.end() && *object == "list";
        if (isList) {
            if (!m_sawData)
                return Error::rule(QStringLiteral("data"),
                                   ModelText::tr("The list envelope has no \"data\" array."));
            return Shape::ListEnvelope;
        }
        if (m_sawData) {
            return Error::rule(
                QStringLiteral("object"),
                ModelText::tr("A top-level object with a \"data\" array must be a list "
                              "envelope (\"object\": \"list\")."));
        }
        if (!deliver(m_top.take()))
            return Error::rule({}, ModelText::tr("Stopped."));
        return Shape::Single;
    }

    const QString &error() const { return m_error; }
    qint64 itemsRead() const { return m_index; }
    void setFirstIndex(qint64 index) { m_index = index; }

private:
    bool fail(const QString &message)
    {
        m_error = m_line > 0 ? ModelText::tr("line %1: %2").arg(m_line).arg(message)
                             : ModelText::tr("in object %1: %2").arg(m_index).arg(message);
        return false;
    }

    bool deliver(json value)
    {
        SourceItem item {std::move(value), m_index++, m_line};
        return m_sink(std::move(item));
    }

    bool isItemSlot() const { return m_streamDepth > 0 && m_depth == m_streamDepth; }

    bool open(json container)
    {
        if (m_depth >= JsonObjectStream::maxDepth) {
            return fail(ModelText::tr("nesting is deeper than the %1 levels allowed")
                            .arg(JsonObjectStream::maxDepth));
        }
        const bool isArray = container.is_array();
        if (m_inItem) {
            m_item.open(std::move(container));
        } else if (m_depth == 0) {
            if (isArray) {
                m_shape = JsonObjectStream::Shape::Array;
                m_streamDepth = 1;
            } else {
                m_top.begin(std::move(container));
            }
        } else if (isItemSlot()) {
            m_item.begin(std::move(container));
            m_inItem = true;
        } else if (m_depth == 1 && isArray && m_topKey == "data" && !m_sawData) {
            m_sawData = true;
            m_streamDepth = 2;
        } else {
            m_top.open(std::move(container));
        }
        ++m_depth;
        return true;
    }

    bool close()
    {
        --m_depth;
        if (m_inItem) {
            m_item.close();
            if (!m_item.isOpen()) {
                m_inItem = false;
                return deliver(m_item.take());
            }
            return true;
        }
        if (m_streamDepth > 0 && m_depth == m_streamDepth - 1) {
            m_streamDepth = 0; // the end of the array of items
            return true;
        }
        if (m_depth > 0)
            m_top.close();
        return true;
    }

    bool scalar(json value)
    {
        if (m_inItem) {
            m_item.value(std::move(value));
            return true;
        }
        if (m_depth == 0)
            return fail(
                ModelText::tr("expected an object, an array of objects or JSON Lines, not a "
                              "single value"));
        if (isItemSlot())
            return deliver(std::move(value)); // not an object: the importer rejects it by index
        m_top.value(std::move(value));
        return true;
    }

    const JsonObjectStream::Sink &m_sink;
    qint64 m_line;
    qint64 m_index = 0;
    int m_depth = 0;
    int m_streamDepth = 0;
    bool m_inItem = false;
    bool m_sawData = false;
    std::string m_topKey;
    DomBuilder m_top;
    DomBuilder m_item;
    JsonObjectStream::Shape m_shape = JsonObjectStream::Shape::Single;
    QString m_error;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/// Skips whitespace and a UTF-8 byte order mark; returns the first byte or 0 at the end.
/// Counts what it skipped, so progress and JSON Lines line numbers cover the whole file.
char firstSignificantByte(QIODevice &device, qint64 &bytes, qint64 &lines)
{
    for (;;) {
        const QByteArray head = device.peek(3);
        if (head.startsWith("\xEF\xBB\xBF")) {
            device.skip(3);
            bytes += 3;
            continue;
        }
        if (head.isEmpty())
            return 0;
        const char c = head.at(0);
        if (isSpace(c)) {
            device.skip(1);
            ++bytes;
            lines += c == '\n' ? 1 : 0;
            continue;
        }
        return c;
    }
}

/// JSON Lines when the first line alone is a whole object and more than whitespace follows.
bool looksLikeJsonLines(QIODevice &device)
{
    QByteArray head = device.peek(1 << 20);
    const qsizetype newline = head.indexOf('\n');
    if (newline < 0)
        return false;
    if (!json::accept(head.constBegin(), head.constBegin() + newline))
        return false;
    // Look on (without consuming) past any whitespace: the device's size counts the bytes
    // already skipped, and a pipe tells nothing of what is still to come.
    for (qsizetype at = newline + 1;;) {
        for (; at < head.size(); ++at) {
            if (!isSpace(head.at(at)))
                return true;
        }
        const QByteArray more = device.peek(head.size() + (1 << 16));
        if (more.size() <= head.size())
            return false;
        head = more;
    }
}

} // namespace

QString toString(JsonObjectStream::Shape shape)
{
    switch (shape) {
    case JsonObjectStream::Shape::Empty:
        return QStringLiteral("empty");
    case JsonObjectStream::Shape::Single:
        return QStringLiteral("object");
    case JsonObjectStream::Shape::Array:
        return QStringLiteral("array");
    case JsonObjectStream::Shape::ListEnvelope:
        return QStringLiteral("list");
    case JsonObjectStream::Shape::JsonLines:
        return QStringLiteral("jsonl");
    }
    return {};
}

Result<JsonObjectStream::Shape> JsonObjectStream::read(QIODevice &device, const Sink &sink,
                                                       const Progress &progress)
{
    m_stopped = false;
    qint64 skippedBytes = 0, skippedLines = 0;
    const char first = firstSignificantByte(device, skippedBytes, skippedLines);
    if (first == 0 && device.peek(1).isEmpty()) // not a NUL byte: the end
        return Error::rule({}, ModelText::tr("The file is empty: there is nothing to import."));
    if (first != '{' && first != '[') {
        return Error::rule(
            {},
            ModelText::tr("The file is not JSON: it starts with \"%1\" where an object, "
                          "an array or JSON Lines were expected.")
                .arg(QString::fromLatin1(device.peek(16))
                         .simplified()
                         .replace(QChar(u'\0'), QLatin1String("\\0"))));
    }
    if (first == '{' && looksLikeJsonLines(device))
        return readLines(device, sink, progress, skippedBytes, skippedLines);
    return readDocument(device, sink, progress, skippedBytes);
}

Result<JsonObjectStream::Shape> JsonObjectStream::readDocument(QIODevice &device, const Sink &sink,
                                                               const Progress &progress,
                                                               qint64 skippedBytes)
{
    DeviceStreamBuf buffer(device);
    std::istream stream(&buffer);
    qint64 lastReported = 0;
    const Sink counting = [&](SourceItem &&item) {
        if (progress && buffer.bytesRead() - lastReported >= (1 << 20)) {
            lastReported = buffer.bytesRead();
            progress(skippedBytes + lastReported);
        }
        if (!sink(std::move(item))) {
            m_stopped = true;
            return false;
        }
        return true;
    };
    Handler handler(counting);
    const bool parsed = json::sax_parse(stream, &handler, json::input_format_t::json, true);
    if (m_stopped)
        return Shape::Empty;
    if (!parsed)
        return Error::rule({}, ModelText::tr("Malformed JSON %1.").arg(handler.error()));
    if (buffer.lastByte() == 0) { // nlohmann stopped there as if the file ended
        return Error::rule({},
                           ModelText::tr("Malformed JSON at byte %1: a NUL byte after the "
                                         "document, where only the end of the file may follow.")
                               .arg(skippedBytes + buffer.position() - 1));
    }
    auto shape = handler.finish();
    if (progress)
        progress(skippedBytes + buffer.bytesRead());
    if (!shape && m_stopped)
        return Shape::Empty;
    return shape;
}

Result<JsonObjectStream::Shape> JsonObjectStream::readLines(QIODevice &device, const Sink &sink,
                                                            const Progress &progress,
                                                            qint64 skippedBytes,
                                                            qint64 skippedLines)
{
    qint64 lineNumber = skippedLines;
    qint64 index = 0;
    qint64 bytes = skippedBytes, lastReported = 0;
    const Sink forward = [&](SourceItem &&item) {
        if (!sink(std::move(item))) {
            m_stopped = true;
            return false;
        }
        return true;
    };
    QByteArray line;
    while (!device.atEnd()) {
        readLineInto(device, line, maxLineLength);
        ++lineNumber;
        bytes += line.size();
        if (line.size() >= maxLineLength && !line.endsWith('\n')) {
            return Error::rule({},
                               ModelText::tr("line %1 is longer than %2 bytes.")
                                   .arg(lineNumber)
                                   .arg(maxLineLength));
        }
        if (line.trimmed().isEmpty())
            continue;
        // nlohmann takes a NUL byte for the end of the input and would ignore what follows.
        if (const qsizetype nul = line.indexOf('\0'); nul >= 0) {
            return Error::rule({},
                               ModelText::tr("Malformed JSON Lines: line %1: a NUL byte at column "
                                             "%2; JSON has none outside escapes (\\u0000).")
                                   .arg(lineNumber)
                                   .arg(nul + 1));
        }
        Handler handler(forward, lineNumber);
        handler.setFirstIndex(index);
        const bool parsed = json::sax_parse(line.constBegin(), line.constEnd(), &handler,
                                            json::input_format_t::json, true);
        if (m_stopped)
            return Shape::JsonLines;
        if (!parsed)
            return Error::rule({}, ModelText::tr("Malformed JSON Lines: %1.").arg(handler.error()));
        auto shape = handler.finish();
        if (m_stopped) // a stop in finish() is no error: the sink asked for it
            return Shape::JsonLines;
        if (!shape)
            return shape.error();
        index = handler.itemsRead();
        if (progress && bytes - lastReported >= (1 << 20)) {
            lastReported = bytes;
            progress(bytes);
        }
    }
    if (progress)
        progress(bytes);
    return Shape::JsonLines;
}

} // namespace RefundDesk
