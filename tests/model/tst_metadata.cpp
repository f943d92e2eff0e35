#include "domain/metadata.h"

#include <QTest>

using namespace RefundDesk;
using namespace Qt::StringLiterals;

namespace {

Metadata keys(int count)
{
    Metadata metadata;
    for (int i = 0; i < count; ++i)
        metadata.insert(u"key%1"_s.arg(i), u"v"_s);
    return metadata;
}

} // namespace

class tst_Metadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validateMetadata_data();
    void validateMetadata();
    void mergeMetadata_data();
    void mergeMetadata();
    void parseMetadataPair_data();
    void parseMetadataPair();
};

void tst_Metadata::validateMetadata_data()
{
    QTest::addColumn<Metadata>("metadata");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expectedField"); // empty: the metadata is valid
    QTest::addColumn<QStringList>("messageParts");

    const QString metadata = u"metadata"_s;
    const QString ok;
    const QStringList none;
    const QString key40(40, u'k');
    const QString key41(41, u'k');

    QTest::newRow("empty") << Metadata {} << metadata << ok << none;
    QTest::newRow("one key") << Metadata {{u"order"_s, u"A-1001"_s}} << metadata << ok << none;
    QTest::newRow("50 keys") << keys(50) << metadata << ok << none;
    QTest::newRow("51 keys") << keys(51) << metadata << metadata
                             << QStringList {u"51 keys"_s, u"at most 50"_s};
    QTest::newRow("51 keys with own field name")
        << keys(51) << u"refund_metadata"_s << u"refund_metadata"_s
        << QStringList {u"refund_metadata has 51 keys"_s};
    QTest::newRow("key 40 characters") << Metadata {{key40, u"v"_s}} << metadata << ok << none;
    QTest::newRow("key 41 characters")
        << Metadata {{key41, u"v"_s}} << metadata << u"metadata[%1]"_s.arg(key41)
        << QStringList {u"\"%1\""_s.arg(key41), u"41 characters"_s, u"at most 40"_s};
    QTest::newRow("key of non-ASCII letters")
        << Metadata {{u"Bestellnummer_für_Kunde"_s, u"ß"_s}} << metadata << ok << none;
    QTest::newRow("key with [") << Metadata {{u"a[b"_s, u"v"_s}} << metadata << u"metadata[a[b]"_s
                                << QStringList {u"\"a[b\""_s, u"square bracket"_s};
    QTest::newRow("key with ]") << Metadata {{u"ab]"_s, u"v"_s}} << metadata << u"metadata[ab]]"_s
                                << QStringList {u"\"ab]\""_s, u"square bracket"_s};
    QTest::newRow("key with []") << Metadata {{u"items[]"_s, u"v"_s}} << metadata
                                 << u"metadata[items[]]"_s
                                 << QStringList {u"\"items[]\""_s, u"square bracket"_s};
    QTest::newRow("empty key") << Metadata {{QString(), u"v"_s}} << metadata << metadata
                               << QStringList {u"empty key"_s};
    QTest::newRow("value 500 characters")
        << Metadata {{u"note"_s, QString(500, u'x')}} << metadata << ok << none;
    QTest::newRow("value 501 characters")
        << Metadata {{u"note"_s, QString(501, u'x')}} << metadata << u"metadata[note]"_s
        << QStringList {u"\"note\""_s, u"501 characters"_s, u"at most 500"_s};
    QTest::newRow("empty value") << Metadata {{u"note"_s, QString()}} << metadata << ok << none;
    QTest::newRow("bad key among good ones")
        << Metadata {{u"a"_s, u"1"_s}, {u"b]"_s, u"2"_s}, {u"c"_s, u"3"_s}} << metadata
        << u"metadata[b]]"_s << QStringList {u"\"b]\""_s};
}

void tst_Metadata::validateMetadata()
{
    QFETCH(Metadata, metadata);
    QFETCH(QString, field);
    QFETCH(QString, expectedField);
    QFETCH(QStringList, messageParts);

    const Result<void> result = RefundDesk::validateMetadata(metadata, field);
    if (expectedField.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().message));
        return;
    }
    QVERIFY2(!result.ok(), "the metadata was accepted");
    QCOMPARE(result.error().kind, ErrorKind::Rule);
    QCOMPARE(result.error().field, expectedField);
    for (const QString &part : messageParts) {
        QVERIFY2(result.error().message.contains(part),
                 qPrintable(u"\"%1\" does not mention \"%2\""_s.arg(result.error().message, part)));
    }
}

void tst_Metadata::mergeMetadata_data()
{
    QTest::addColumn<Metadata>("base");
    QTest::addColumn<Metadata>("update");
    QTest::addColumn<Metadata>("expected");

    const Metadata base {{u"order"_s, u"A-1"_s}, {u"channel"_s, u"phone"_s}};

    QTest::newRow("empty update keeps all") << base << Metadata {} << base;
    QTest::newRow("update of empty base")
        << Metadata {} << Metadata {{u"order"_s, u"A-1"_s}} << Metadata {{u"order"_s, u"A-1"_s}};
    QTest::newRow("new key added")
        << base << Metadata {{u"ticket"_s, u"T-9"_s}}
        << Metadata {{u"order"_s, u"A-1"_s}, {u"channel"_s, u"phone"_s}, {u"ticket"_s, u"T-9"_s}};
    QTest::newRow("existing key overwritten")
        << base << Metadata {{u"order"_s, u"A-2"_s}}
        << Metadata {{u"order"_s, u"A-2"_s}, {u"channel"_s, u"phone"_s}};
    QTest::newRow("empty value unsets")
        << base << Metadata {{u"channel"_s, u""_s}} << Metadata {{u"order"_s, u"A-1"_s}};
    QTest::newRow("null value unsets")
        << base << Metadata {{u"channel"_s, QString()}} << Metadata {{u"order"_s, u"A-1"_s}};
    QTest::newRow("unsetting a missing key changes nothing")
        << base << Metadata {{u"ticket"_s, QString()}} << base;
    QTest::newRow("unset every key")
        << base << Metadata {{u"order"_s, QString()}, {u"channel"_s, QString()}} << Metadata {};
    QTest::newRow("set, overwrite and unset at once")
        << base
        << Metadata {{u"order"_s, u"A-3"_s}, {u"channel"_s, QString()}, {u"ticket"_s, u"T-9"_s}}
        << Metadata {{u"order"_s, u"A-3"_s}, {u"ticket"_s, u"T-9"_s}};
}

void tst_Metadata::mergeMetadata()
{
    QFETCH(Metadata, base);
    QFETCH(Metadata, update);
    QFETCH(Metadata, expected);

    QCOMPARE(RefundDesk::mergeMetadata(base, update), expected);
}

void tst_Metadata::parseMetadataPair_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");

    QTest::newRow("a=b") << u"a=b"_s << true << u"a"_s << u"b"_s;
    QTest::newRow("a= (empty value, to unset)") << u"a="_s << true << u"a"_s << QString();
    QTest::newRow("a=b=c (value keeps later =)") << u"a=b=c"_s << true << u"a"_s << u"b=c"_s;
    QTest::newRow("value with spaces")
        << u"note=call back Monday"_s << true << u"note"_s << u"call back Monday"_s;
    QTest::newRow("=b (no key)") << u"=b"_s << false << QString() << QString();
    QTest::newRow("= alone") << u"="_s << false << QString() << QString();
    QTest::newRow("ab (no =)") << u"ab"_s << false << QString() << QString();
    QTest::newRow("empty") << QString() << false << QString() << QString();
}

void tst_Metadata::parseMetadataPair()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, key);
    QFETCH(QString, value);

    const auto result = RefundDesk::parseMetadataPair(text);
    QCOMPARE(result.ok(), valid);
    if (valid) {
        QCOMPARE(result->first, key);
        QCOMPARE(result->second, value);
        return;
    }
    QCOMPARE(result.error().kind, ErrorKind::Usage);
    QCOMPARE(result.error().field, u"metadata"_s);
    QVERIFY2(result.error().message.contains(u"\"%1\""_s.arg(text)),
             qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(u"KEY=VALUE"_s), qPrintable(result.error().message));
}

QTEST_GUILESS_MAIN(tst_Metadata)
#include "tst_metadata.moc"
