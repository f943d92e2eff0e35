// Fuzz target: bytes as an import file.
// 1. JsonObjectStream reads them (any shape) and ApiParse::parse judges every object;
// 2. importJson does the same as a dry run against one in-memory store, through the
//    bulk writer, and rolls back.
// Properties, besides not crashing (no exception may escape either layer):
// - every refusal says something; a refused object names its field;
// - the reader and the importer agree on whether the file is well-formed;
// - the dry run leaves the store empty.

#include "io/apiparse.h"
#include "io/importer.h"
#include "io/jsonobjectstream.h"
#include "store/sqlitestore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace RefundDesk;

namespace {

[[noreturn]] void violated(const char *property, const QString &detail)
{
    std::fprintf(stderr, "fuzz_jsonreader: %s\n  %s\n", property, detail.toUtf8().constData());
    std::abort();
}

std::unique_ptr<SqliteStore> store;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QLoggingCategory::setFilterRules(QStringLiteral("refunddesk.*=false"));
    auto opened = SqliteStore::open(QStringLiteral(":memory:"));
    if (!opened)
        violated("the in-memory store opens", opened.error().message);
    store = std::move(opened).value();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer input;
    input.setData(bytes);
    input.open(QIODevice::ReadOnly);
    JsonObjectStream stream;
    const auto shape = stream.read(input, [](SourceItem &&item) {
        const auto parsed = ApiParse::parse(item.value);
        // A value that is not an object has no field to name; its message names the value.
        if (!parsed
            && (parsed.error().message.isEmpty()
                || (item.value.is_object() && parsed.error().field.isEmpty())))
            violated("a refused object names its field", parsed.error().message);
        ApiParse::idOf(item.value);
        ApiParse::objectTypeOf(item.value);
        return true;
    });
    if (!shape && shape.error().message.isEmpty())
        violated("a malformed file is refused with a message", {});

    QBuffer again;
    again.setData(bytes);
    again.open(QIODevice::ReadOnly);
    ImportOptions options;
    options.dryRun = true;
    const auto summary = importJson(*store, again, options, Actor {QStringLiteral("fuzz")});
    if (summary.ok() != shape.ok()) {
        violated("the reader and the importer agree on the file",
                 shape.ok() ? summary.error().message : shape.error().message);
    }
    if (summary) {
        for (const Rejection &rejection : summary->rejections) {
            if (rejection.reason.isEmpty())
                violated("a rejection gives its reason", rejection.toString());
        }
    }
    const auto count = store->countRecords({});
    if (!count || count.value() != 0)
        violated("a dry run writes nothing", QString::number(count ? count.value() : -1));
    return 0;
}
