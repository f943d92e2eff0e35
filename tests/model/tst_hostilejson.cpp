// Hostile import files: nlohmann's sharp edges and the reader's caps, one row each. Every
// file is refused, whole or object by object, with a message naming where (object index,
// line or byte), what (the field or key, and the value) and the rule; and the store it was
// imported into is left exactly as it was (same export, same number of events).
// Decisions (DESIGN §5): a duplicate key is refused, naming the key: in a money tool an
// ambiguous object must not silently keep one of its values. An integer beyond 64 bits is
// kept as written, not rounded into a double as nlohmann would, and refused by name and value.

#include "importfixtures.h"

#include <QTest>

using namespace RefundDesk;
using namespace RefundDesk::Testing;
using namespace Qt::StringLiterals;

namespace {

/// The refund as JSON text with `field` holding the raw text `raw`, which may be anything,
/// even no JSON at all.
QByteArray refundWith(const std::string &field, const QByteArray &raw)
{
    QByteArray text = bytes(with(refundJson("re_1", "pr_1", "usd", 250), "/" + field, "@@"));
    return text.replace("\"@@\"", raw);
}

QByteArray inArray(const QByteArray &object)
{
    return '[' + object + ']';
}

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

QByteArray hugeArray(int count)
{
    QByteArray out = "[0";
    for (int i = 1; i < count; ++i)
        out += ",0";
    return out + ']';
}

} // namespace

class tst_HostileJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refused_data();
    void refused();
};

void tst_HostileJson::refused_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QStringList>("expected"); // every one must be in the message

    const QByteArray refund = bytes(refundJson("re_1", "pr_1", "usd", 250));
    const QByteArray record = bytes(recordJson("pr_2", "usd", 1000));
    const QByteArray mib = QByteArray(JsonObjectStream::maxStringLength + 1, 'x');

    // Duplicate keys, wherever they stand.
    QTest::newRow("duplicate key in an object")
        << inArray(QByteArray(refund).insert(1, "\"amount\":2500,"))
        << QStringList {u"object 0"_s, u"\"amount\""_s, u"appears twice"_s};
    QTest::newRow("duplicate key in a nested amount")
        << inArray(QByteArray(record).replace("\"value\":1000", "\"value\":1000,\"value\":1"))
        << QStringList {u"object 0"_s, u"\"value\""_s, u"appears twice"_s};
    QTest::newRow("duplicate key, same value")
        << inArray(QByteArray(refund).insert(1, "\"id\":\"re_1\","))
        << QStringList {u"\"id\""_s, u"appears twice"_s};
    QTest::newRow("duplicate key in the list envelope")
        << QByteArray(R"({"object":"list","data":[],"object":"list"})")
        << QStringList {u"\"object\""_s, u"appears twice"_s};
    QTest::newRow("duplicate key in JSON Lines") << bytes(recordJson("pr_3", "usd", 5)) + '\n'
            + QByteArray(refund).insert(1, "\"status\":\"failed\",")
            + '\n' << QStringList {u"line 2"_s, u"\"status\""_s, u"appears twice"_s};

    // Numbers: 64 bits, signs and floats in amount and time fields.
    QTest::newRow("amount of 2^64")
        << inArray(refundWith("amount", "18446744073709551616"))
        << QStringList {u"object 0"_s, u"amount 18446744073709551616"_s, u"64 bits"_s};
    QTest::newRow("amount of 30 digits")
        << inArray(refundWith("amount", "123456789012345678901234567890"))
        << QStringList {u"amount 123456789012345678901234567890"_s, u"64 bits"_s};
    QTest::newRow("amount beyond 64 bits, negative")
        << inArray(refundWith("amount", "-9223372036854775809"))
        << QStringList {u"amount -9223372036854775809"_s, u"64 bits"_s};
    QTest::newRow("amount of 2^63, unsigned")
        << inArray(refundWith("amount", "9223372036854775808"))
        << QStringList {u"amount"_s, u"9223372036854775808"_s, u"too large"_s};
    QTest::newRow("nested value beyond 64 bits")
        << inArray(QByteArray(record).replace("\"value\":1000", "\"value\":99999999999999999999"))
        << QStringList {u"amount_"_s, u"value 99999999999999999999"_s, u"64 bits"_s};
    QTest::newRow("time beyond 64 bits")
        << inArray(refundWith("created", "99999999999999999999"))
        << QStringList {u"created"_s, u"99999999999999999999"_s, u"Unix seconds"_s};
    QTest::newRow("metadata value beyond 64 bits")
        << inArray(refundWith("metadata", "{\"k\":99999999999999999999}"))
        << QStringList {u"metadata[k]"_s, u"99999999999999999999"_s, u"must be a string"_s};
    QTest::newRow("destination_details holding a number beyond 64 bits")
        << inArray(refundWith("destination_details",
                              "{\"type\":\"card\",\"card\":{\"ids\":[1,99999999999999999999]}}"))
        << QStringList {u"destination_details.card.ids[1]"_s, u"64 bits"_s};
    QTest::newRow("time of 2^64 - 1")
        << inArray(refundWith("created", "18446744073709551615"))
        << QStringList {u"created"_s, u"18446744073709551615"_s, u"too large for a time"_s};
    QTest::newRow("float amount") << inArray(refundWith("amount", "12.5"))
                                  << QStringList {u"amount"_s, u"12.5"_s, u"whole number"_s};
    QTest::newRow("float amount, whole")
        << inArray(refundWith("amount", "250.0"))
        << QStringList {u"amount"_s, u"250.0"_s, u"whole number"_s};
    QTest::newRow("float amount, exponent")
        << inArray(refundWith("amount", "2.5e2")) << QStringList {u"amount"_s, u"whole number"_s};
    QTest::newRow("float value in a nested amount")
        << inArray(QByteArray(record).replace("\"value\":1000", "\"value\":10.00"))
        << QStringList {u"amount_"_s, u"value"_s, u"whole number"_s};
    QTest::newRow("negative amount") << inArray(refundWith("amount", "-250"))
                                     << QStringList {u"amount"_s, u"-250"_s, u"negative"_s};

    // Text: UTF-8 and escapes.
    QTest::newRow("invalid UTF-8 (Latin-1)") << inArray(refundWith("description", "\"caf\xe9\""))
                                             << QStringList {u"byte"_s, u"ill-formed UTF-8"_s};
    QTest::newRow("overlong UTF-8, 2 bytes") << inArray(refundWith("description", "\"\xc0\xaf\""))
                                             << QStringList {u"byte"_s, u"ill-formed UTF-8"_s};
    QTest::newRow("overlong UTF-8, 3 bytes")
        << inArray(refundWith("description", "\"\xe0\x80\xaf\""))
        << QStringList {u"byte"_s, u"ill-formed UTF-8"_s};
    QTest::newRow("UTF-8 of a surrogate") << inArray(refundWith("description", "\"\xed\xa0\x80\""))
                                          << QStringList {u"byte"_s, u"ill-formed UTF-8"_s};
    QTest::newRow("truncated UTF-8") << inArray(refundWith("description", "\"\xe2\x82\""))
                                     << QStringList {u"byte"_s, u"ill-formed UTF-8"_s};
    QTest::newRow("lone high surrogate escape") << inArray(refundWith("id", R"("re_\ud800")"))
                                                << QStringList {u"byte"_s, u"surrogate U+D800"_s};
    QTest::newRow("lone low surrogate escape") << inArray(refundWith("id", R"("re_\udc00")"))
                                               << QStringList {u"byte"_s, u"surrogate U+DC00"_s};
    QTest::newRow("high surrogate, then no low one")
        << inArray(refundWith("id", R"("re_\ud800\u0041")"))
        << QStringList {u"byte"_s, u"surrogate U+D800"_s};

    // Caps: depth, length, size.
    QTest::newRow("depth beyond the cap in an object")
        << inArray(refundWith("metadata", nested(JsonObjectStream::maxDepth)))
        << QStringList {u"object 0"_s, u"nesting is deeper than the 64 levels allowed"_s};
    QTest::newRow("depth beyond the cap at the top")
        << nested(JsonObjectStream::maxDepth + 1)
        << QStringList {u"nesting is deeper than the 64 levels allowed"_s};
    QTest::newRow("depth of 100,000") << nested(100'000) << QStringList {u"nesting is deeper"_s};
    QTest::newRow("string beyond the cap")
        << inArray(refundWith("description", '"' + mib + '"'))
        << QStringList {u"object 0"_s, u"1048577 bytes"_s, u"1048576 allowed"_s};
    QTest::newRow("key beyond the cap")
        << inArray(refundWith("metadata", "{\"" + mib + "\":\"v\"}"))
        << QStringList {u"object 0"_s, u"a key of 1048577 bytes"_s};
    QTest::newRow("huge array of non-objects")
        << hugeArray(100'000) << QStringList {u"object 0"_s, u"Expected an object"_s};
    QTest::newRow("huge array inside an object")
        << inArray(refundWith("metadata", "{\"k\":" + hugeArray(100'000) + '}'))
        << QStringList {u"object 0"_s, u"metadata"_s, u"must be a string"_s};

    // NUL bytes, which nlohmann takes for the end of the input.
    QTest::newRow("NUL in a string") << inArray(refundWith("description", "\"a\0b\""_ba))
                                     << QStringList {u"byte"_s, u"U+0000"_s};
    QTest::newRow("NUL after the document")
        << inArray(refund) + '\0' << QStringList {u"byte"_s, u"NUL byte"_s};
    QTest::newRow("NUL, then a second document") << inArray(record) + '\0'
            + inArray(refundWith("amount", "1")) << QStringList {u"byte"_s, u"NUL byte"_s};
    QTest::newRow("NUL in JSON Lines") << record + '\n' + refund + "\0{}"_ba + '\n'
                                       << QStringList {u"line 2"_s, u"NUL byte"_s};
    QTest::newRow("NUL first") << "\0[]"_ba << QStringList {u"not JSON"_s, u"\"\\0[]\""_s};
}

void tst_HostileJson::refused()
{
    QFETCH(QByteArray, file);
    QFETCH(QStringList, expected);

    StoreFixture fixture;
    QVERIFY(fixture.open());
    const auto seeded = fixture.import(
        arrayFile({recordJson("pr_1", "usd", 1000), attemptJson("par_1", "pr_1", "usd", 1000)}));
    QVERIFY2(seeded && seeded->written, qPrintable(errorOf(seeded)));
    const QByteArray before = fixture.exported();
    const qint64 eventsBefore = fixture.eventCount();

    QString message;
    try {
        const auto summary = fixture.import(file);
        if (!summary) {
            message = summary.error().message;
        } else {
            QVERIFY2(summary->rejected > 0, "the file was taken");
            QVERIFY(!summary->written);
            message = summary->rejections.first().toString();
        }
    } catch (const std::exception &e) {
        QFAIL(qPrintable(u"an exception escaped the importer: "_s + QString::fromUtf8(e.what())));
    }
    for (const QString &part : expected)
        QVERIFY2(message.contains(part), qPrintable(u"\"%1\" is not in: %2"_s.arg(part, message)));
    QCOMPARE(fixture.eventCount(), eventsBefore);
    QCOMPARE(fixture.exported(), before);
}

QTEST_GUILESS_MAIN(tst_HostileJson)
#include "tst_hostilejson.moc"
