// The export's fast path (scanViews + ApiJson::append*) against the slow path (scan +
// ApiJson::record/attempt/refund): the same bytes for every object of demo data and of
// hostile records (quotes, backslashes, every control character, bidi marks, emoji, a
// 100 KB string, nulls and empty strings, invalid UTF-8 written by another tool, refunds
// in every status and reason). Only a stored JSON column copied through may differ in
// bytes, never in value. And the whole export, in every format and subset, holds the
// same values as one built from the slow path.

#include "demo/demogenerator.h"
#include "importfixtures.h"
#include "io/apijson.h"

#include <QTest>

using namespace RefundDesk;
using namespace RefundDesk::Testing;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(RefundDesk::ExportOptions::Format)
Q_DECLARE_METATYPE(RefundDesk::ExportOptions::What)

namespace {

using Format = ExportOptions::Format;
using What = ExportOptions::What;

/// Every byte a JSON string must escape or may be tempted to, and text that is hard to get
/// right: bidi controls, emoji sequences, combining marks, U+2028, a BOM, noncharacters.
std::string hostileText()
{
    std::string text = "quote \" backslash \\ slash / controls:";
    for (int c = 0x01; c < 0x20; ++c)
        text += char(c);
    text += "\x7f del; rtl \u200f\u202eمرحبا\u202c ltr \u200e; emoji 😀 👩‍👩‍👧 "
            "🇨🇭; ";
    text +=
        "漢字 Größe e\u0301 nbsp\u00a0 \u2028 \u2029 bom \ufeff nonchar \uffff \ufdd0 \U0010ffff";
    return text;
}

/// About 100 KB of mixed ASCII, escapes and multi-byte characters.
std::string longText()
{
    std::string text;
    while (text.size() < 100 * 1024)
        text += "line \"quoted\" \\ tab\t € 😀 \u200f ascii text to fill the rest\n";
    return text;
}

/// One object per line as the slow path writes it, keyed by kind.
struct Objects
{
    QList<QByteArray> records, attempts, refunds;
};

Objects slowObjects(Store &store)
{
    Objects out;
    const auto scanned = store.scan(
        {[&](const PaymentRecord &r) { return out.records << ApiJson::record(r), true; },
         [&](const PaymentAttempt &a) { return out.attempts << ApiJson::attempt(a), true; },
         [&](const Refund &f) {
             return out.refunds << ApiJson::refund(f), true;
         }});
    return scanned ? out : Objects {};
}

Objects fastObjects(Store &store)
{
    Objects out;
    std::string buffer;
    const auto take = [&](QList<QByteArray> &list) {
        list << QByteArray::fromStdString(buffer);
        buffer.clear();
        return true;
    };
    const auto scanned = store.scanViews(
        {[&](const RecordView &r) { return ApiJson::appendRecord(buffer, r), take(out.records); },
         [&](const AttemptView &a) {
             return ApiJson::appendAttempt(buffer, a), take(out.attempts);
         },
         [&](const RefundView &f) {
             return ApiJson::appendRefund(buffer, f), take(out.refunds);
         }});
    return scanned ? out : Objects {};
}

/// An export as exportJson wrote it before the fast path: the envelope around the slow
/// path's objects.
QByteArray slowExport(const Objects &objects, Format format, What what)
{
    QList<QByteArray> all;
    if (what != What::Refunds)
        all << objects.records << objects.attempts;
    if (what != What::Records)
        all << objects.refunds;
    if (format == Format::JsonLines) {
        QByteArray out;
        for (const QByteArray &object : std::as_const(all))
            out += object + '\n';
        return out;
    }
    const QByteArray head = format == Format::Array ? "[" : "{\"data\":[";
    const QByteArray tail =
        format == Format::Array ? "]\n" : "],\"has_more\":false,\"object\":\"list\"}\n";
    if (all.isEmpty())
        return head + tail;
    return head + '\n' + all.join(",\n") + '\n' + tail;
}

json parsed(const QByteArray &bytes)
{
    return json::parse(bytes.constData(), bytes.constData() + bytes.size());
}

} // namespace

class tst_ApiJsonView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_seeded.close(); }

    void sameObjects();
    void hostileTextIsEscapedAsNlohmannDoes();
    void wholeExport_data();
    void wholeExport();
    void scanViewsStopsAndSkips();

private:
    void importHostile();
    void importRefunds();
    void writeAroundTheCodec();

    StoreFixture m_seeded;
};

void tst_ApiJsonView::initTestCase()
{
    QVERIFY(m_seeded.open());
    DemoOptions demo;
    demo.records = 1500;
    demo.seed = 29;
    const auto generated = generateDemo(m_seeded.store(), demo, Actor {u"demo"_s});
    QVERIFY2(generated.ok(), qPrintable(errorOf(generated)));
    QVERIFY(generated->attempts > 1500);
    QVERIFY(generated->refunds > 100);
    for (void (tst_ApiJsonView::*step)() :
         {&tst_ApiJsonView::importHostile, &tst_ApiJsonView::importRefunds,
          &tst_ApiJsonView::writeAroundTheCodec}) {
        (this->*step)();
        if (QTest::currentTestFailed())
            return;
    }
}

void tst_ApiJsonView::importHostile()
{
    const std::string hostile = hostileText();

    json everything = recordJson("pr_hostile", "usd", 5000);
    everything["description"] = hostile;
    everything["customer_details"] = {
        {"customer", "cus_\"q\""}, {"email", ""}, {"name", hostile}, {"phone", "\t+41\n"}};
    everything["metadata"] = {{"note", hostile}, {"k\"\\\x01\x1f", "v\\\"\x7f"}};
    everything["payment_method_details"] = {
        {"type", "card"},
        {"payment_method", "pm_\u202e"},
        {"card", {{"brand", "vïsa \"x\""}, {"last4", "4242"}}},
        {"billing_details",
         {{"name", hostile}, {"email", ""}, {"address", {{"line1", hostile}, {"state", ""}}}}}};
    everything["processor_details"] = {{"type", "custom\u200f"},
                                       {"custom", {{"payment_reference", hostile}}}};
    everything["shipping_details"] = {{"phone", hostile}, {"address", {{"city", "Zürich"}}}};
    everything["reported_by"] = "agent \"ünal\"";

    json huge = recordJson("pr_long", "eur", 100);
    huge["description"] = longText();
    huge["customer_details"]["name"] = longText();

    // Only what the import requires: every optional field null.
    const json nulls = {{"object", "payment_record"},
                        {"id", "pr_nulls"},
                        {"amount_requested", amountOf("jpy", 700)},
                        {"created", baseTime}};

    // Metadata keys whose order differs between UTF-16 (the codec) and UTF-8 (nlohmann):
    // U+FF4B sorts after an emoji's surrogates but before its four-byte UTF-8.
    json unicodeKeys = recordJson("pr_meta_order", "usd", 100);
    unicodeKeys["metadata"] = {{"😀", "🎁"}, {"ｋｅｙ", "fullwidth"}, {"注文", "東京-42"}};

    json unicodeMetadata = recordJson("pr_meta", "chf", 100);
    unicodeMetadata["metadata"] = {
        {"注文", "東京-42"}, {"grüße", "\u200fשלום\u200e"}, {"emoji", "🎁👟"}, {"empty", ""}};

    json custom = recordJson("pr_custom", "gbp", 100);
    custom["payment_method_details"] = {{"type", "custom"},
                                        {"custom", {{"display_name", "Bank \"transfer\""}}}};
    custom["processor_details"] = {{"type", "custom"}};
    custom["livemode"] = false;

    json emptyCard = recordJson("pr_card_brand_only", "usd", 100);
    emptyCard["payment_method_details"]["card"] = {{"brand", ""}};
    emptyCard["payment_method_details"]["custom"] = {{"display_name", ""}};
    emptyCard["processor_details"]["custom"] = {{"payment_reference", ""}};
    emptyCard["description"] = "";

    json attempt = attemptJson("par_hostile", "pr_hostile", "usd", 5000);
    attempt["payment_method_details"] = {{"type", "card"},
                                         {"card", {{"brand", hostile}, {"last4", "0005"}}}};
    attempt["processor_details"] = {{"type", "custom"},
                                    {"custom", {{"payment_reference", hostile}}}};
    attempt["metadata"] = {{"注文", hostile}};
    attempt["reported_by"] = hostile;

    const auto imported = m_seeded.import(arrayFile({
        everything,
        attempt,
        attemptJson("par_hostile_failed", "pr_hostile", "usd", 5000, "failed"),
        huge,
        nulls,
        attemptJson("par_nulls", "pr_nulls", "jpy", 700, "initiated"),
        unicodeKeys,
        unicodeMetadata,
        custom,
        emptyCard,
        recordJson("pr_raw_null", "usd", 100),
        recordJson("pr_raw_empty", "usd", 100),
        recordJson("pr_raw_bytes", "usd", 100),
        attemptJson("par_raw", "pr_raw_null", "usd", 100),
    }));
    QVERIFY2(imported.ok(), qPrintable(errorOf(imported)));
    QVERIFY2(imported->rejected == 0, qPrintable(imported->rejections.value(0).toString()));
}

void tst_ApiJsonView::importRefunds()
{
    // One refund for every status, reason, failure reason and pending reason, with and
    // without destination details, reference, times, attempt and the desk's own fields.
    std::vector<json> objects;
    qint64 succeeded = 0;
    int n = 0;
    const auto add = [&](RefundStatus status, RefundReason reason, FailureReason failure,
                         PendingReason pending) {
        json refund = refundJson("re_all_" + std::to_string(n), "pr_refunds", "usd", 100 + n,
                                 toString(status).toStdString());
        refund.erase("failure_reason");
        if (reason != RefundReason::None)
            refund["reason"] = toString(reason).toStdString();
        if (failure != FailureReason::None)
            refund["failure_reason"] = toString(failure).toStdString();
        if (pending != PendingReason::None)
            refund["pending_reason"] = toString(pending).toStdString();
        switch (n % 4) {
        case 0:
            refund["destination_details"] = {
                {"type", "card"},
                {"card", {{"reference", "ARN \"1\" \\ 😀"}, {"reference_status", nullptr}}},
                {"amounts", {1, -2.5, 1e3, true}},
                {"注", "\u200f\x01"}};
            refund["refund_reference"] = "ref_" + std::to_string(n);
            refund["initiated_at"] = baseTime + 10;
            refund["refunded_at"] = baseTime + 20;
            refund["payment_attempt_record"] = "par_refunds";
            refund["metadata"] = {{"ticket", "T-" + std::to_string(n)}, {"grund", "Größe 👟"}};
            break;
        case 1:
            refund["destination_details"] = nullptr;
            refund["note"] = hostileText();
            refund["created_by"] = "agent.ünal";
            refund["approved_by"] = "";
            refund["idempotency_key"] = "idem \"" + std::to_string(n) + "\"";
            break;
        case 2:
            refund["destination_details"] = json::object();
            refund["refund_reference"] = "";
            refund["initiated_at"] = baseTime + 10;
            break;
        default:
            refund["note"] = "";
            refund["approved_by"] = "supervisor";
            refund["created_by"] = "";
        }
        if (status == RefundStatus::Succeeded)
            succeeded += 100 + n;
        objects.push_back(refund);
        ++n;
    };
    const QList<RefundReason> reasons =
        QList<RefundReason> {RefundReason::None} + allRefundReasons();
    for (const RefundStatus status : allRefundStatuses()) {
        for (const RefundReason reason : reasons) {
            if (status == RefundStatus::Failed) {
                for (const FailureReason failure : allFailureReasons())
                    add(status, reason, failure, PendingReason::None);
            } else if (status == RefundStatus::Pending) {
                add(status, reason, FailureReason::None, PendingReason::None);
                for (const PendingReason pending : allPendingReasons())
                    add(status, reason, FailureReason::None, pending);
            } else {
                add(status, reason, FailureReason::None, PendingReason::None);
            }
        }
    }
    QCOMPARE(n, 4 * 7 + 4 * 4 + 4 * 4); // failed, pending, the other four
    objects.insert(objects.begin(),
                   {recordJson("pr_refunds", "usd", 1'000'000, succeeded),
                    attemptJson("par_refunds", "pr_refunds", "usd", 1'000'000)});
    const auto imported = m_seeded.import(arrayFile(objects));
    QVERIFY2(imported.ok(), qPrintable(errorOf(imported)));
    QVERIFY2(imported->rejected == 0, qPrintable(imported->rejections.value(0).toString()));
    const auto refunds = m_seeded.store().refundsOf(u"pr_refunds"_s);
    QVERIFY(refunds.ok());
    QCOMPARE(refunds->size(), n);
}

void tst_ApiJsonView::writeAroundTheCodec()
{
    // What another tool may leave in the file: NULL and empty JSON columns, bytes that
    // are not UTF-8, an embedded NUL, a truncated sequence, an encoded surrogate.
    Sqlite::Connection &db = m_seeded.store().connection();
    QVERIFY(db.exec("UPDATE payment_records SET billing_details = NULL, shipping_details = NULL, "
                    "metadata = '' WHERE id = 'pr_raw_null'"));
    QVERIFY(db.exec("UPDATE payment_records SET billing_details = '', shipping_details = '' "
                    "WHERE id = 'pr_raw_empty'"));
    QVERIFY(db.exec("UPDATE payment_records SET "
                    "description = CAST(X'61ff62c3a963eda080f09f988064c0af65' AS TEXT), "
                    "customer_name = CAST(X'6100620a' AS TEXT), "
                    "customer_email = CAST(X'407a65e282' AS TEXT), "
                    "customer_phone = CAST(X'f4908080efbfbf' AS TEXT) WHERE id = 'pr_raw_bytes'"));
    QVERIFY(db.exec("UPDATE payment_attempts SET metadata = '' WHERE id = 'par_raw'"));
    QVERIFY(db.exec("UPDATE refunds SET destination_details = '', metadata = '' "
                    "WHERE id IN ('re_all_1', 're_all_2')"));
    Sqlite::Statement changed = db.prepare(
        "SELECT count(*) FROM payment_records WHERE id IN ('pr_raw_null', 'pr_raw_empty', "
        "'pr_raw_bytes') AND (billing_details IS NULL OR billing_details = '' "
        "OR hex(description) LIKE '61FF%')");
    QVERIFY(changed.next());
    QCOMPARE(changed.int64(0), 3);
}

void tst_ApiJsonView::sameObjects()
{
    const Objects slow = slowObjects(m_seeded.store());
    const Objects fast = fastObjects(m_seeded.store());
    QVERIFY(slow.records.size() > 1500);
    QCOMPARE(fast.records.size(), slow.records.size());
    QCOMPARE(fast.attempts.size(), slow.attempts.size());
    QCOMPARE(fast.refunds.size(), slow.refunds.size());

    QStringList parsedIds;
    qsizetype same = 0;
    const auto compare = [&](const QList<QByteArray> &fastList, const QList<QByteArray> &slowList) {
        for (qsizetype i = 0; i < slowList.size(); ++i) {
            if (fastList[i] == slowList[i]) {
                ++same;
                continue;
            }
            // Only a JSON column copied as stored may differ, and only in its bytes.
            const json fastValue = json::parse(fastList[i].toStdString(), nullptr, false);
            const json slowValue = parsed(slowList[i]);
            QVERIFY2(!fastValue.is_discarded(), fastList[i].left(300).constData());
            QVERIFY2(fastValue == slowValue,
                     qPrintable(u"fast: %1\nslow: %2"_s.arg(QString::fromUtf8(fastList[i]),
                                                            QString::fromUtf8(slowList[i]))));
            parsedIds << QString::fromStdString(slowValue.at("id").get<std::string>());
        }
    };
    compare(fast.records, slow.records);
    compare(fast.attempts, slow.attempts);
    compare(fast.refunds, slow.refunds);
    qInfo("%lld objects byte for byte, %lld equal only once parsed: %s", qlonglong(same),
          qlonglong(parsedIds.size()), qPrintable(parsedIds.join(u", "_s)));
    // The codec sorts metadata keys as UTF-16, nlohmann as UTF-8 bytes: only a record with
    // keys past the surrogates and beyond U+E000 comes out in another order.
    QCOMPARE(parsedIds, QStringList {u"pr_meta_order"_s});
}

void tst_ApiJsonView::hostileTextIsEscapedAsNlohmannDoes()
{
    // The hostile record's strings are escaped exactly as the slow path escapes them.
    const Objects slow = slowObjects(m_seeded.store());
    const Objects fast = fastObjects(m_seeded.store());
    const auto find = [](const QList<QByteArray> &list, const QByteArray &id) {
        for (const QByteArray &object : list) {
            if (object.contains("\"id\":\"" + id + '"'))
                return object;
        }
        return QByteArray();
    };
    const QByteArray hostile = find(fast.records, "pr_hostile");
    QVERIFY(!hostile.isEmpty());
    QCOMPARE(hostile, find(slow.records, "pr_hostile"));
    QVERIFY(hostile.contains(R"(quote \" backslash \\ slash / controls:)"
                             R"(\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r)"
                             R"(\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017)"
                             R"(\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f)"
                             "\x7f del"));
    QVERIFY(hostile.contains("\u200f\u202e\u0645"));
    QVERIFY(hostile.contains(R"("email":"")"));

    // Not UTF-8: replaced as QString::fromUtf8 replaces, not copied.
    const QByteArray raw = find(fast.records, "pr_raw_bytes");
    QCOMPARE(raw, find(slow.records, "pr_raw_bytes"));
    QVERIFY(raw.contains(R"("name":"a\u0000b\n")"));
    QVERIFY(!raw.contains("\xff"));

    // Empty and NULL JSON columns come out as the codec's empty objects.
    const QByteArray empty = find(fast.records, "pr_raw_null");
    QCOMPARE(empty, find(slow.records, "pr_raw_null"));
    QVERIFY(empty.contains(R"("metadata":{})"));
    QVERIFY(empty.contains(R"("shipping_details":{"address":{"city":null,"country":null,)"
                           R"("line1":null,"line2":null,"postal_code":null,"state":null},)"
                           R"("name":null,"phone":null})"));
    QCOMPARE(find(fast.records, "pr_raw_empty"), find(slow.records, "pr_raw_empty"));

    const QByteArray longRecord = find(fast.records, "pr_long");
    QVERIFY(longRecord.size() > 200 * 1024);
    QCOMPARE(longRecord, find(slow.records, "pr_long"));
}

void tst_ApiJsonView::wholeExport_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<What>("what");
    for (const auto &[name, format] :
         {std::pair {"array", Format::Array}, std::pair {"list", Format::List},
          std::pair {"jsonl", Format::JsonLines}}) {
        QTest::addRow("%s, all", name) << format << What::All;
        QTest::addRow("%s, records", name) << format << What::Records;
        QTest::addRow("%s, refunds", name) << format << What::Refunds;
    }
}

void tst_ApiJsonView::wholeExport()
{
    QFETCH(Format, format);
    QFETCH(What, what);

    const QByteArray fast = m_seeded.exported(format, what);
    const QByteArray slow = slowExport(slowObjects(m_seeded.store()), format, what);
    QVERIFY(fast.size() > (what == What::Refunds ? 20'000 : 2 * 1024 * 1024)); // several chunks

    // The same lines: the envelope byte for byte, each object the same value.
    const QList<QByteArray> fastLines = fast.split('\n');
    const QList<QByteArray> slowLines = slow.split('\n');
    QCOMPARE(fastLines.size(), slowLines.size());
    qsizetype objects = 0;
    for (qsizetype i = 0; i < slowLines.size(); ++i) {
        QByteArray fastLine = fastLines[i], slowLine = slowLines[i];
        const bool envelope = slowLine.isEmpty()
            || (format != Format::JsonLines && (i == 0 || i == slowLines.size() - 2));
        if (envelope) {
            QCOMPARE(fastLine, slowLine);
            continue;
        }
        if (fastLine == slowLine) {
            ++objects;
            continue;
        }
        QCOMPARE(fastLine.endsWith(','), slowLine.endsWith(','));
        if (slowLine.endsWith(',')) {
            fastLine.chop(1);
            slowLine.chop(1);
        }
        // nlohmann values have no QCOMPARE overload.
        QVERIFY2(parsed(fastLine) == parsed(slowLine), fastLine.left(300).constData());
        ++objects;
    }
    QVERIFY(objects > 100);
    // And the whole document is JSON.
    if (format != Format::JsonLines) {
        const json document = json::parse(fast.toStdString(), nullptr, false);
        QVERIFY(!document.is_discarded());
        const json &data = format == Format::Array ? document : document.at("data");
        QCOMPARE(qsizetype(data.size()), objects);
    }
}

void tst_ApiJsonView::scanViewsStopsAndSkips()
{
    // As scan(): false stops everything after it; a null callback skips that kind.
    int records = 0, attempts = 0, refunds = 0;
    ScanViewVisitor stopping;
    stopping.record = [&](const RecordView &) {
        return ++records < 5;
    };
    stopping.attempt = [&](const AttemptView &) {
        return ++attempts, true;
    };
    QVERIFY(m_seeded.store().scanViews(stopping).ok());
    QCOMPARE(records, 5);
    QCOMPARE(attempts, 0);

    records = 0;
    ScanViewVisitor refundsOnly;
    refundsOnly.refund = [&](const RefundView &f) {
        ++refunds;
        return f.id && f.id->starts_with("re_");
    };
    QVERIFY(m_seeded.store().scanViews(refundsOnly).ok());
    QCOMPARE(records, 0);
    QVERIFY(refunds > 150);

    // The views hold what the row holds: NULL apart from "", integers and NULL integers.
    // They live only during the call, so the test copies them.
    const auto copy = [](const TextView &text) {
        return text ? std::optional<std::string>(*text) : std::nullopt;
    };
    int seen = 0;
    std::optional<std::string> destination, note, status;
    std::optional<qint64> initiated, refunded;
    qint64 amount = 0;
    ScanViewVisitor one;
    one.refund = [&](const RefundView &f) {
        if (f.id == std::string_view("re_all_2")) {
            ++seen;
            destination = copy(f.destinationDetails);
            note = copy(f.note);
            status = copy(f.status);
            initiated = f.initiatedAt;
            refunded = f.refundedAt;
            amount = f.amount;
        }
        return true;
    };
    QVERIFY(m_seeded.store().scanViews(one).ok());
    QCOMPARE(seen, 1);
    QCOMPARE(destination, std::optional<std::string>(""));
    QCOMPARE(note, std::nullopt);
    QCOMPARE(status, std::optional<std::string>("pending"));
    QCOMPARE(initiated, std::optional<qint64>(baseTime + 10));
    QCOMPARE(refunded, std::nullopt);
    QCOMPARE(amount, 102);
}

QTEST_GUILESS_MAIN(tst_ApiJsonView)
#include "tst_apijsonview.moc"
