#pragma once

#include "core/result.h"

#include <QIODevice>

#include <functional>
#include <nlohmann/json.hpp>

namespace RefundDesk {

/// One object read from an import file, and where it stood.
struct SourceItem
{
    nlohmann::json value;
    qint64 index = 0; ///< 0-based position among the file's objects
    qint64 line = 0; ///< 1-based line for JSON Lines, else 0
};

/// Reads the objects of a JSON file one at a time, whatever its shape: one object, an
/// array, the API's list envelope {"object":"list","data":[…]} or JSON Lines, told apart
/// by the content. Only one object is in memory at a time, so a file of any size reads in
/// bounded memory. Duplicate keys, nesting deeper than maxDepth and strings longer than
/// maxStringLength are errors, as is anything after the document.
class JsonObjectStream
{
public:
    enum class Shape { Empty, Single, Array, ListEnvelope, JsonLines };

    /// Receives each object; returning false stops the reading (cancel).
    using Sink = std::function<bool(SourceItem &&)>;
    /// Told the number of bytes read so far, now and then.
    using Progress = std::function<void(qint64)>;

    static constexpr int maxDepth = 64;
    static constexpr std::size_t maxStringLength = 1 << 20;
    static constexpr qint64 maxLineLength = 64 << 20;

    /// Reads the whole device. A malformed file gives an Error naming the object index,
    /// line or byte offset and what was wrong; a stop by the sink gives Shape as far as read.
    Result<Shape> read(QIODevice &device, const Sink &sink, const Progress &progress = {});

    bool wasStopped() const { return m_stopped; }

private:
    Result<Shape> readDocument(QIODevice &device, const Sink &sink, const Progress &progress,
                               qint64 skippedBytes);
    Result<Shape> readLines(QIODevice &device, const Sink &sink, const Progress &progress,
                            qint64 skippedBytes, qint64 skippedLines);

    bool m_stopped = false;
};

QString toString(JsonObjectStream::Shape shape);

} // namespace RefundDesk
