#pragma once

// What the import children (importchildren.cpp, rawinsertchild.cpp) share: reading a JSON
// file through a SAX handler as the importer reads it, and reporting back to the parent.
// Internal to refunddesk-bench.

#include <QString>
#include <QStringList>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace RefundDesk::Bench::Import {

using json = nlohmann::json;

/// Prints `message` to standard error; returns the exit code of a failed child, 1.
int fail(const QString &message);

/// This process's own peak resident set (VmHWM), which children print for the parent:
/// wait4's ru_maxrss is not it, because Linux carries the high-water mark across exec, so
/// a child spawned by the bench reports at least the bench's own resident set at the time.
long long ownPeakKiB();

/// How a file holds its objects: one JSON array, or JSON Lines.
enum class Layout { Array, Lines };

/// Opens `path` with a large read buffer and tells its layout by the first byte that is
/// not whitespace, leaving the stream there.
bool openJson(const QString &path, std::ifstream &in, std::vector<char> &buffer, Layout &layout);

/// Streams the whole file through `handler`. An array is one document read through
/// nlohmann's istream adapter, as the importer reads it. JSON Lines are parsed line by
/// line from memory, one strict parse each, as the importer parses them; a line is the
/// only thing held in memory.
template<typename Handler>
bool parseAll(std::ifstream &in, Layout layout, Handler &handler)
{
    if (layout == Layout::Array)
        return json::sax_parse(in, &handler);
    std::string line;
    while (std::getline(in, line)) {
        if (line.find_first_not_of(" \t\r") == std::string::npos)
            continue;
        if (!json::sax_parse(line.data(), line.data() + line.size(), &handler))
            return false;
    }
    return !in.bad();
}

/// The `raw-insert FILE DB` child (rawinsertchild.cpp): the SAX parse feeding one prepared
/// sqlite3 INSERT per payment record.
int rawInsertCommand(const QStringList &arguments);

} // namespace RefundDesk::Bench::Import
