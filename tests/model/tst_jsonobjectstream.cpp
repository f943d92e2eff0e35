// The streaming reader under the importer: every input shape it recognises by content,
// every way a file can be malformed (each with the message a support agent sees), the line
// numbers of JSON Lines, stopping through the sink, and progress.

#include "io/jsonobjectstream.h"
#include "sequentialdevice.h"

#include <QBuffer>
#include <QTest>

using namespace RefundDesk;
using namespace RefundDesk::Testing;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(RefundDesk::JsonObjectStream::Shape)

namespace {

using Shape = JsonObjectStream::Shape;
using json = nlohmann::json;

/// What one read delivered.
struct Read
{
    Result<Shape> shape = Shape::Empty;
    QList<SourceItem> items;
    bool stopped = false;

    /// Each item's "id", or its JSON when it has none.
    QStringList ids() const
    {
        QStringList out;
        for (const SourceItem &item : items) {
            if (item.value.is_object() && item.value.contains("id"))
                out << QString::fromStdString(item.value.at("id").get<std::string>());
            else
                out << QString::fromStdString(item.value.dump());
        }
        return out;
    }
    QList<qint64> lines() const
    {
        QList<qint64> out;
        for (const SourceItem &item : items)
            out << item.line;
        return out;
    }
    QString error() const { return shape ? QString() : shape.error().message; }
};

Read readFrom(QIODevice &device, int stopAfter = -1,
              const JsonObjectStream::Progress &progress = {})
{
    Read read;
    JsonObjectStream stream;
    read.shape = stream.read(
        device,
        [&](SourceItem &&item) {
            read.items << std::move(item);
            return stopAfter < 0 || read.items.size() < stopAfter;
        },
        progress);
    read.stopped = stream.wasStopped();
    return read;
}

Read readBytes(const QByteArray &bytes, int stopAfter = -1)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readFrom(buffer, stopAfter);
}

QByteArray nested(int depth, char open, char close, const QByteArray &inner = {})
{
    QByteArray out;
    for (int i = 0; i < depth; ++i)
        out += open == '{' ? QByteArray("{\"a\":") : QByteArray(1, open);
    out += inner.isEmpty() ? QByteArray(open == '{' ? "1" : "") : inner;
    out += QByteArray(depth, close);
    return out;
}

/// An array of `count` objects of about `size` bytes each.
QByteArray bigArray(int count, int size)
{
    QByteArray out = "[";
    for (int i = 0; i < count; ++i) {
        out += (i ? ",\n" : "\n") + QByteArray(R"({"id":"o)") + QByteArray::number(i)
            + R"(","pad":")" + QByteArray(size, 'x') + "\"}";
    }
    return out + "\n]\n";
}

QByteArray bigLines(int count, int size)
{
    QByteArray out;
    for (int i = 0; i < count; ++i) {
        out += QByteArray(R"({"id":"o)") + QByteArray::number(i) + R"(","pad":")"
            + QByteArray(size, 'x') + "\"}\n";
    }
    return out;
}

const QByteArray bom = "\xEF\xBB\xBF";

} // namespace

class tst_JsonObjectStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapes_data();
    void shapes();
    void shapesSequential_data() { shapes_data(); }
    void shapesSequential();
    void errors_data();
    void errors();
    void errorsSequential_data() { errors_data(); }
    void errorsSequential();
    void jsonLinesLineNumbers_data();
    void jsonLinesLineNumbers();
    void stopViaSink_data();
    void stopViaSink();
    void progress_data();
    void progress();
    void shapeNames();
};

void tst_JsonObjectStream::shapes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QList<qint64>>("lines");

    const QStringList ab {u"a"_s, u"b"_s};
    const QList<qint64> none {0, 0};

    QTest::newRow("single object") << QByteArray(R"({"id":"a","object":"refund"})") << Shape::Single
                                   << QStringList {u"a"_s} << QList<qint64> {0};
    QTest::newRow("single object, indented")
        << QByteArray("{\n  \"id\": \"a\",\n  \"object\": \"refund\"\n}\n") << Shape::Single
        << QStringList {u"a"_s} << QList<qint64> {0};
    QTest::newRow("single object, one line and a newline")
        << QByteArray("{\"id\":\"a\"}\n\n") << Shape::Single << QStringList {u"a"_s}
        << QList<qint64> {0};
    QTest::newRow("single object with nested data array")
        << QByteArray(R"({"id":"a","destination_details":{"data":[1,2]}})") << Shape::Single
        << QStringList {u"a"_s} << QList<qint64> {0};
    QTest::newRow("array") << QByteArray(R"([{"id":"a"},{"id":"b"}])") << Shape::Array << ab
                           << none;
    QTest::newRow("array, one object per line")
        << QByteArray("[\n{\"id\":\"a\"},\n{\"id\":\"b\"}\n]\n") << Shape::Array << ab << none;
    QTest::newRow("array of objects with data arrays")
        << QByteArray(R"([{"id":"a","data":[{"id":"x"}]},{"id":"b"}])") << Shape::Array << ab
        << none;
    QTest::newRow("array with a scalar item") << QByteArray(R"([42,{"id":"b"}])") << Shape::Array
                                              << QStringList {u"42"_s, u"b"_s} << none;
    QTest::newRow("empty array") << QByteArray("[]") << Shape::Array << QStringList {}
                                 << QList<qint64> {};
    QTest::newRow("empty array, spaced")
        << QByteArray(" [ \n ] \n") << Shape::Array << QStringList {} << QList<qint64> {};
    QTest::newRow("list envelope, data first")
        << QByteArray(R"({"data":[{"id":"a"},{"id":"b"}],"has_more":false,"object":"list"})")
        << Shape::ListEnvelope << ab << none;
    QTest::newRow("list envelope, object first") << QByteArray(
        R"({"object":"list","url":"/v1/refunds","data":[{"id":"a"},{"id":"b"}],"has_more":false})")
                                                 << Shape::ListEnvelope << ab << none;
    QTest::newRow("list envelope, indented")
        << QByteArray("{\n \"object\": \"list\",\n \"data\": [\n  {\"id\": \"a\"},\n  "
                      "{\"id\": \"b\"}\n ]\n}\n")
        << Shape::ListEnvelope << ab << none;
    QTest::newRow("list envelope, empty data")
        << QByteArray(R"({"object":"list","data":[],"has_more":false})") << Shape::ListEnvelope
        << QStringList {} << QList<qint64> {};
    QTest::newRow("json lines") << QByteArray("{\"id\":\"a\"}\n{\"id\":\"b\"}\n")
                                << Shape::JsonLines << ab << QList<qint64> {1, 2};
    QTest::newRow("json lines, no final newline") << QByteArray("{\"id\":\"a\"}\n{\"id\":\"b\"}")
                                                  << Shape::JsonLines << ab << QList<qint64> {1, 2};
    QTest::newRow("json lines, blank lines")
        << QByteArray("{\"id\":\"a\"}\n\n   \n\t\n{\"id\":\"b\"}\n\n") << Shape::JsonLines << ab
        << QList<qint64> {1, 5};
    QTest::newRow("json lines, CRLF") << QByteArray("{\"id\":\"a\"}\r\n\r\n{\"id\":\"b\"}\r\n")
                                      << Shape::JsonLines << ab << QList<qint64> {1, 3};
    QTest::newRow("json lines of list envelopes")
        << QByteArray("{\"object\":\"list\",\"data\":[{\"id\":\"a\"}]}\n"
                      "{\"object\":\"list\",\"data\":[{\"id\":\"b\"}]}\n")
        << Shape::JsonLines << ab << QList<qint64> {1, 2};
    QTest::newRow("BOM, object") << bom + R"({"id":"a"})" << Shape::Single << QStringList {u"a"_s}
                                 << QList<qint64> {0};
    QTest::newRow("BOM, object and newline")
        << bom + "{\"id\":\"a\"}\n"
        << Shape::Single << QStringList {u"a"_s} << QList<qint64> {0};
    QTest::newRow("BOM, array") << bom + R"([{"id":"a"},{"id":"b"}])" << Shape::Array << ab << none;
    QTest::newRow("BOM, json lines") << bom + "{\"id\":\"a\"}\n{\"id\":\"b\"}\n"
                                     << Shape::JsonLines << ab << QList<qint64> {1, 2};
    QTest::newRow("leading whitespace, array")
        << QByteArray("\n\n \t\r\n[{\"id\":\"a\"},{\"id\":\"b\"}]") << Shape::Array << ab << none;
    QTest::newRow("leading whitespace, object and newline")
        << QByteArray("  \n {\"id\":\"a\"}\n") << Shape::Single << QStringList {u"a"_s}
        << QList<qint64> {0};
    QTest::newRow("leading whitespace, list envelope on one line")
        << QByteArray("\n{\"object\":\"list\",\"data\":[{\"id\":\"a\"},{\"id\":\"b\"}]}\n")
        << Shape::ListEnvelope << ab << none;
    QTest::newRow("64 levels deep")
        << QByteArray("[" + nested(63, '{', '}') + "]") << Shape::Array
        << QStringList {QString::fromLatin1(nested(63, '{', '}'))} << QList<qint64> {0};
    const QByteArray mebibyte(JsonObjectStream::maxStringLength, 'x');
    QTest::newRow("a string of exactly 1 MiB")
        << QByteArray(R"([{"id":"a","note":")" + mebibyte + "\"}]") << Shape::Array
        << QStringList {u"a"_s} << QList<qint64> {0};
    QTest::newRow("unicode and escapes")
        << QByteArray(R"([{"id":"Zoë 東京 \u00e9\ud83d\ude00"}])") << Shape::Array
        << QStringList {u"Zoë 東京 é😀"_s} << QList<qint64> {0};
}

void tst_JsonObjectStream::shapes()
{
    QFETCH(QByteArray, input);
    QFETCH(Shape, shape);
    QFETCH(QStringList, ids);
    QFETCH(QList<qint64>, lines);

    const Read read = readBytes(input);
    QVERIFY2(read.shape.ok(), qPrintable(read.error()));
    QCOMPARE(toString(read.shape.value()), toString(shape));
    QCOMPARE(read.ids(), ids);
    QCOMPARE(read.lines(), lines);
    QCOMPARE(read.stopped, false);
    for (qsizetype i = 0; i < read.items.size(); ++i)
        QCOMPARE(read.items.at(i).index, qint64(i));
}

void tst_JsonObjectStream::shapesSequential()
{
    QFETCH(QByteArray, input);
    QFETCH(Shape, shape);
    QFETCH(QStringList, ids);
    QFETCH(QList<qint64>, lines);

    SequentialDevice device(input);
    const Read read = readFrom(device);
    QVERIFY2(read.shape.ok(), qPrintable(read.error()));
    QCOMPARE(toString(read.shape.value()), toString(shape));
    QCOMPARE(read.ids(), ids);
    QCOMPARE(read.lines(), lines);
}

void tst_JsonObjectStream::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray() << u"The file is empty: there is nothing to import."_s;
    QTest::newRow("only whitespace")
        << QByteArray(" \n\t\r\n ") << u"The file is empty: there is nothing to import."_s;
    QTest::newRow("only a BOM") << bom << u"The file is empty: there is nothing to import."_s;
    QTest::newRow("not JSON")
        << QByteArray("id,amount\npr_1,100\n")
        << u"The file is not JSON: it starts with \"id,amount pr_1,1\" where an object, an array or JSON Lines were expected."_s;
    QTest::newRow("top-level number")
        << QByteArray("42") << u"The file is not JSON: it starts with \"42\" where an object"_s;
    QTest::newRow("top-level string")
        << QByteArray("\"refund\"") << u"The file is not JSON: it starts with \"\"refund\"\""_s;
    QTest::newRow("top-level null")
        << QByteArray("null") << u"The file is not JSON: it starts with \"null\""_s;
    QTest::newRow("truncated array")
        << QByteArray(R"([{"id":"a"},{"id":)")
        << u"Malformed JSON at byte 19: parse error at line 1, column 19: syntax error while parsing value - unexpected end of input"_s;
    QTest::newRow("truncated object")
        << QByteArray("{\n  \"id\": \"a\",\n  \"amount\": 10")
        << u"Malformed JSON at byte 30: parse error at line 3, column 15: syntax error while parsing object - unexpected end of input; expected '}'."_s;
    QTest::newRow("truncated string") << QByteArray(R"([{"id":"abc)") << u"missing closing quote"_s;
    QTest::newRow("missing comma")
        << QByteArray(R"([{"id":"a"} {"id":"b"}])")
        << u"syntax error while parsing array - unexpected '{'; expected ']'"_s;
    QTest::newRow("trailing garbage after array")
        << QByteArray("[{\"id\":\"a\"}]\nthis is not json\n") << u"expected end of input"_s;
    QTest::newRow("trailing comma")
        << QByteArray(R"([{"id":"a"},])") << u"Malformed JSON at byte 13"_s;
    QTest::newRow("two arrays") << QByteArray("[] []") << u"expected end of input"_s;
    QTest::newRow("two objects on one line")
        << QByteArray(R"({"id":"a"} {"id":"b"})") << u"Malformed JSON at byte 12"_s;
    QTest::newRow("invalid UTF-8 in a value")
        << QByteArray("[{\"id\":\"a\xFF\xFE\"}]") << u"ill-formed UTF-8 byte"_s;
    QTest::newRow("invalid UTF-8, overlong")
        << QByteArray("[{\"id\":\"\xC0\xAF\"}]") << u"ill-formed UTF-8 byte"_s;
    QTest::newRow("invalid UTF-8 in a key")
        << QByteArray("{\"i\xFF\":\"a\"}") << u"ill-formed UTF-8 byte"_s;
    QTest::newRow("lone surrogate escape") << QByteArray(R"([{"id":"\ud800"}])") << u"surrogate"_s;
    QTest::newRow("10,000-deep arrays")
        << nested(10000, '[', ']') << u"nesting is deeper than the 64 levels allowed"_s;
    QTest::newRow("10,000-deep objects")
        << nested(10000, '{', '}') << u"nesting is deeper than the 64 levels allowed"_s;
    QTest::newRow("10,000-deep inside an item")
        << QByteArray("[{\"id\":\"a\"}," + nested(10000, '{', '}') + "]")
        << u"Malformed JSON in object 1: nesting is deeper than the 64 levels allowed."_s;
    QTest::newRow("65 levels deep") << QByteArray("[" + nested(64, '{', '}') + "]")
                                    << u"nesting is deeper than the 64 levels allowed"_s;
    QTest::newRow("duplicate key, top level")
        << QByteArray(R"({"id":"a","object":"refund","id":"b"})")
        << u"Malformed JSON in object 0: the key \"id\" appears twice in one object."_s;
    QTest::newRow("duplicate key, nested")
        << QByteArray(R"([{"id":"a"},{"id":"b","metadata":{"k":"1","k":"2"}}])")
        << u"Malformed JSON in object 1: the key \"k\" appears twice in one object."_s;
    QTest::newRow("duplicate key, in the envelope")
        << QByteArray(R"({"object":"list","object":"list","data":[]})")
        << u"the key \"object\" appears twice in one object"_s;
    QTest::newRow("duplicate key, json lines")
        << QByteArray("{\"id\":\"a\"}\n{\"id\":\"b\",\"id\":\"c\"}\n")
        << u"Malformed JSON Lines: line 2: the key \"id\" appears twice in one object."_s;
    QTest::newRow("list envelope without data")
        << QByteArray(R"({"object":"list","has_more":false})")
        << u"The list envelope has no \"data\" array."_s;
    QTest::newRow("list envelope with data an object")
        << QByteArray(R"({"object":"list","data":{"id":"a"}})")
        << u"The list envelope has no \"data\" array."_s;
    QTest::newRow("data array in a non-list object")
        << QByteArray(R"({"data":[{"id":"a"}],"object":"payment_record"})")
        << u"A top-level object with a \"data\" array must be a list envelope (\"object\": \"list\")."_s;
    QTest::newRow("data array without object")
        << QByteArray(R"({"data":[{"id":"a"}]})")
        << u"A top-level object with a \"data\" array must be a list envelope"_s;
    QTest::newRow("a 2 MiB string")
        << QByteArray(R"([{"id":"a","note":")" + QByteArray(2 << 20, 'x') + "\"}]")
        << u"Malformed JSON in object 0: a string of 2097152 bytes is longer than the 1048576 allowed."_s;
    QTest::newRow("a 2 MiB key")
        << QByteArray(R"([{"id":"a","metadata":{")" + QByteArray(2 << 20, 'k') + "\":\"v\"}}]")
        << u"Malformed JSON in object 0: a key of 2097152 bytes is longer than the 1048576 allowed."_s;
    QTest::newRow("json lines, a bad line")
        << QByteArray("{\"id\":\"a\"}\n{\"id\":\"b\"}\n{\"id\":\n")
        << u"Malformed JSON Lines: line 3: parse error at the end of the line: syntax error while parsing value - unexpected end of input"_s;
    QTest::newRow("json lines, a scalar line")
        << QByteArray("{\"id\":\"a\"}\n42\n")
        << u"Malformed JSON Lines: line 2: expected an object, an array of objects or JSON Lines, not a single value."_s;
    QTest::newRow("json lines, two objects on a line")
        << QByteArray("{\"id\":\"a\"}\n{\"id\":\"b\"} {\"id\":\"c\"}\n")
        << u"Malformed JSON Lines: line 2: parse error at column 12: syntax error while parsing value - unexpected '{'; expected end of input."_s;
    QTest::newRow("json lines, envelope without data")
        << QByteArray("{\"id\":\"a\"}\n{\"object\":\"list\"}\n")
        << u"The list envelope has no \"data\" array."_s;
}

void tst_JsonObjectStream::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);

    const Read read = readBytes(input);
    QVERIFY2(!read.shape.ok(), qPrintable(read.ids().join(u", "_s).left(200)));
    QVERIFY2(read.error().contains(message), qPrintable(read.error()));
    QCOMPARE(read.stopped, false);
}

void tst_JsonObjectStream::errorsSequential()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);

    SequentialDevice device(input);
    const Read read = readFrom(device);
    QVERIFY(!read.shape.ok());
    QVERIFY2(read.error().contains(message), qPrintable(read.error()));
}

void tst_JsonObjectStream::jsonLinesLineNumbers_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<qint64>>("lines");
    QTest::addColumn<QString>("error");

    QTest::newRow("error on line 4 after a blank line")
        << QByteArray("{\"id\":\"a\"}\n{\"id\":\"b\"}\n\n{\"id\" \"c\"}\n{\"id\":\"d\"}\n")
        << QList<qint64> {1, 2}
        << u"Malformed JSON Lines: line 4: parse error at column 9: syntax error while parsing object separator"_s;
    QTest::newRow("error on line 3 with CRLF")
        << QByteArray("{\"id\":\"a\"}\r\n\r\n{\"id\":\"b\",}\r\n") << QList<qint64> {1}
        << u"Malformed JSON Lines: line 3: parse error at column 11: syntax error while parsing object key"_s;
    QTest::newRow("invalid UTF-8 on line 2")
        << QByteArray("{\"id\":\"a\"}\n{\"id\":\"\xFF\"}\n") << QList<qint64> {1}
        << u"Malformed JSON Lines: line 2: parse error at column 8: syntax error while "
           u"parsing value - invalid string: "
           "ill-formed UTF-8 byte"_s;
    QTest::newRow("too deep on line 2")
        << QByteArray("{\"id\":\"a\"}\n" + nested(100, '{', '}') + "\n") << QList<qint64> {1}
        << u"Malformed JSON Lines: line 2: nesting is deeper than the 64 levels allowed."_s;
    QTest::newRow("long string on line 3")
        << QByteArray("{\"id\":\"a\"}\n{\"id\":\"b\"}\n{\"id\":\"" + QByteArray(2 << 20, 'y')
                      + "\"}\n")
        << QList<qint64> {1, 2}
        << u"Malformed JSON Lines: line 3: a string of 2097152 bytes is longer than the 1048576 allowed."_s;
    // Lines longer than a 64 KiB read are put together; one past the limit is refused
    // before it is parsed. The error names the line and the limit.
    QTest::newRow("line of 200 KiB, read in pieces")
        << QByteArray("{\"id\":\"a\"}\n{\"id\":\"b\",\"x\":["
                      + QByteArray(100 << 10, '1').replace("11", "1,") + "1]}\n{\"id\":\"c\"}\n")
        << QList<qint64> {1, 2, 3} << QString();
    QTest::newRow("line longer than the limit")
        << QByteArray("{\"id\":\"a\"}\n{\"id\":\""
                      + QByteArray(JsonObjectStream::maxLineLength, 'z') + "\"}\n")
        << QList<qint64> {1} << u"line 2 is longer than 67108864 bytes."_s;
    QTest::newRow("error after leading blank lines")
        << QByteArray("\n\r\n{\"id\":\"a\"}\n{\"id\":\"b\" \"c\"}\n") << QList<qint64> {3}
        << u"Malformed JSON Lines: line 4: parse error at column 13: syntax error while "
           "parsing object - unexpected string literal; expected '}'."_s;
    QTest::newRow("leading blank line, all good")
        << QByteArray("\n{\"id\":\"a\"}\n\n{\"id\":\"b\"}\n{\"id\":\"c\"}")
        << QList<qint64> {2, 4, 5} << QString();
}

void tst_JsonObjectStream::jsonLinesLineNumbers()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<qint64>, lines);
    QFETCH(QString, error);

    const Read read = readBytes(input);
    QCOMPARE(read.lines(), lines);
    if (!error.isEmpty()) {
        QVERIFY2(read.error().startsWith(error), qPrintable(read.error()));
    } else {
        QVERIFY2(read.shape.ok(), qPrintable(read.error()));
        QCOMPARE(toString(read.shape.value()), toString(Shape::JsonLines));
    }
}

void tst_JsonObjectStream::stopViaSink_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("stopAfter");
    QTest::addColumn<QStringList>("ids");

    const QByteArray tail = ", then garbage that is never read: {{{";
    QTest::newRow("array, first") << QByteArray(R"([{"id":"a"},{"id":"b"},{"id":"c"}])" + tail) << 1
                                  << QStringList {u"a"_s};
    QTest::newRow("array, second") << QByteArray(R"([{"id":"a"},{"id":"b"},{"id":"c"}])" + tail)
                                   << 2 << QStringList {u"a"_s, u"b"_s};
    QTest::newRow("list envelope, first")
        << QByteArray(R"({"object":"list","data":[{"id":"a"},{"id":"b"}]})") << 1
        << QStringList {u"a"_s};
    QTest::newRow("single object") << QByteArray(R"({"id":"a"})") << 1 << QStringList {u"a"_s};
    QTest::newRow("json lines, second")
        << QByteArray("{\"id\":\"a\"}\n{\"id\":\"b\"}\n{\"id\":\"c\"}\nnot json\n") << 2
        << QStringList {u"a"_s, u"b"_s};
}

void tst_JsonObjectStream::stopViaSink()
{
    QFETCH(QByteArray, input);
    QFETCH(int, stopAfter);
    QFETCH(QStringList, ids);

    const Read read = readBytes(input, stopAfter);
    // A stop is not an error: the caller asked for it, and knows it did.
    QVERIFY2(read.shape.ok(), qPrintable(read.error()));
    QCOMPARE(read.stopped, true);
    QCOMPARE(read.ids(), ids);

    // The same stream object reads again from scratch afterwards.
    const Read again = readBytes(input.left(input.indexOf(", then garbage")));
    QCOMPARE(again.stopped, false);
}

void tst_JsonObjectStream::progress_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("objects");

    QTest::newRow("array, 3 MiB") << bigArray(3000, 1000) << 3000;
    QTest::newRow("json lines, 3 MiB") << bigLines(3000, 1000) << 3000;
    QTest::newRow("list envelope, small")
        << QByteArray(R"({"object":"list","data":[{"id":"a"}]})") << 1;
    QTest::newRow("BOM and whitespace, array") << bom + "\n\n" + bigArray(1500, 1000) << 1500;
    QTest::newRow("BOM, json lines") << bom + bigLines(1500, 1000) << 1500;
}

void tst_JsonObjectStream::progress()
{
    QFETCH(QByteArray, input);
    QFETCH(int, objects);

    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    QList<qint64> reported;
    const Read read = readFrom(buffer, -1, [&](qint64 bytes) { reported << bytes; });
    QVERIFY2(read.shape.ok(), qPrintable(read.error()));
    QCOMPARE(read.items.size(), objects);
    QVERIFY(!reported.isEmpty());
    for (qsizetype i = 1; i < reported.size(); ++i)
        QVERIFY2(reported.at(i) > reported.at(i - 1), qPrintable(QString::number(i)));
    // The last report is the whole file, so a progress bar ends at 100%.
    QCOMPARE(reported.last(), qint64(input.size()));
    if (input.size() > 2 << 20)
        QVERIFY2(reported.size() >= 3, qPrintable(QString::number(reported.size())));

    // The same from standard input, whose size is not known beforehand.
    SequentialDevice device(input);
    QList<qint64> fromPipe;
    const Read piped = readFrom(device, -1, [&](qint64 bytes) { fromPipe << bytes; });
    QVERIFY2(piped.shape.ok(), qPrintable(piped.error()));
    QCOMPARE(piped.items.size(), objects);
    QCOMPARE(fromPipe, reported);
}

void tst_JsonObjectStream::shapeNames()
{
    QCOMPARE(toString(Shape::Empty), u"empty"_s);
    QCOMPARE(toString(Shape::Single), u"object"_s);
    QCOMPARE(toString(Shape::Array), u"array"_s);
    QCOMPARE(toString(Shape::ListEnvelope), u"list"_s);
    QCOMPARE(toString(Shape::JsonLines), u"jsonl"_s);
}

QTEST_GUILESS_MAIN(tst_JsonObjectStream)
#include "tst_jsonobjectstream.moc"
