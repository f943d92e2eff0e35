// exportJson (DESIGN §5): records and attempts, then refunds, in storage order, one object per
// line, the same bytes every time; export → import into an empty database → export gives
// them again in every format, with metadata, unicode, jpy and kwd amounts, reported and
// failed refunds and prior refunded amounts. The subsets and an empty store are valid JSON.

#include "auth/masking.h"
#include "demo/demogenerator.h"
#include "importfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace RefundDesk;
using namespace RefundDesk::Testing;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(RefundDesk::ExportOptions::Format)
Q_DECLARE_METATYPE(RefundDesk::ExportOptions::What)

namespace {

using Format = ExportOptions::Format;
using What = ExportOptions::What;

/// The objects of an export in any format, as JSON objects.
QList<QJsonObject> objectsOf(const QByteArray &exported, Format format)
{
    QList<QJsonObject> out;
    if (format == Format::JsonLines) {
        for (const QByteArray &line : exported.split('\n')) {
            if (!line.isEmpty())
                out << QJsonDocument::fromJson(line).object();
        }
        return out;
    }
    const QJsonDocument document = QJsonDocument::fromJson(exported);
    const QJsonArray array =
        format == Format::Array ? document.array() : document.object().value(u"data"_s).toArray();
    for (const QJsonValue &value : array)
        out << value.toObject();
    return out;
}

QStringList kindsOf(const QList<QJsonObject> &objects)
{
    QStringList kinds;
    for (const QJsonObject &object : objects) {
        const QString kind = object.value(u"object"_s).toString();
        if (kinds.isEmpty() || kinds.last() != kind)
            kinds << kind;
    }
    return kinds;
}

} // namespace

class tst_Exporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_seeded.close(); }

    void formats_data();
    void roundTrip_data() { formats_data(); }
    void roundTrip();
    void deterministic_data() { formats_data(); }
    void deterministic();
    void layout_data() { formats_data(); }
    void layout();
    void emptyStore_data();
    void emptyStore();
    void subsets_data();
    void subsets();
    void subsetsAddUpToAll();
    void writeFailure();
    void cancel();
    void maskedPersonalData();

private:
    StoreFixture m_seeded;
    ExportSummary m_counts;
};

void tst_Exporter::initTestCase()
{
    QVERIFY(m_seeded.open());
    SqliteStore &store = m_seeded.store();
    DemoOptions demo;
    demo.records = 300;
    demo.seed = 11;
    const auto generated = generateDemo(store, demo, Actor {u"demo"_s});
    QVERIFY2(generated.ok(), qPrintable(errorOf(generated)));

    // Beside the demo data: unicode, jpy and kwd, prior and over-reported refunded amounts.
    json yen = recordJson("pr_yen", "jpy", 12000);
    yen["customer_details"]["name"] = "山田 太郎";
    yen["metadata"] = {{"注文", "東京-42"}, {"emoji", "🎁"}};
    json dinar = recordJson("pr_dinar", "kwd", 15750);
    dinar["customer_details"]["name"] = "فاطمة الصباح";
    json over = recordJson("pr_over", "usd", 1000, 1000);
    over["amount_guaranteed"]["value"] = 0;
    const auto imported = m_seeded.import(arrayFile({
        yen,
        attemptJson("par_yen", "pr_yen", "jpy", 12000),
        dinar,
        attemptJson("par_dinar", "pr_dinar", "kwd", 15750),
        recordJson("pr_eur", "eur", 9999),
        recordJson("pr_prior", "eur", 10000, 2500),
        over,
    }));
    QVERIFY2(imported.ok() && imported->written, qPrintable(errorOf(imported)));

    Actor agent {u"agent.ünal"_s};
    RefundRequest yenRefund;
    yenRefund.paymentRecordId = u"pr_yen"_s;
    yenRefund.amount = 3000;
    yenRefund.reason = RefundReason::RequestedByCustomer;
    yenRefund.note = u"返金 — お客様の依頼 «Größe»"_s;
    yenRefund.metadata = {{u"ticket"_s, u"T-42"_s}, {u"grund"_s, u"Größe passt nicht 👟"_s}};
    yenRefund.idempotencyKey = u"idem-yen-1"_s;
    QVERIFY2(store.createRefund(yenRefund, agent).ok(), "yen refund");

    RefundRequest reported;
    reported.paymentRecordId = u"pr_dinar"_s;
    reported.amount = 1250; // 1.250 KWD
    reported.reported = true;
    reported.refundReference = u"ch_ref_dinar_1"_s;
    reported.refundedAt = baseTime + 7200;
    QVERIFY2(store.createRefund(reported, agent).ok(), "reported refund");

    RefundRequest failing;
    failing.paymentRecordId = u"pr_eur"_s;
    failing.amount = 4999;
    const auto pending = store.createRefund(failing, agent);
    QVERIFY2(pending.ok(), qPrintable(errorOf(pending)));
    StatusChange failed;
    failed.to = RefundStatus::Failed;
    failed.failureReason = FailureReason::InsufficientFunds;
    QVERIFY(store.changeRefundStatus(pending->refund.id, failed, agent).ok());

    RefundRequest afterPrior;
    afterPrior.paymentRecordId = u"pr_prior"_s;
    afterPrior.full = true; // what the prior refund left, held back while pending
    QVERIFY(store.createRefund(afterPrior, agent).ok());

    const auto verified = store.verify(VerifyDepth::Full);
    QVERIFY(verified.ok() && verified->ok());
    QVERIFY(store
                .scan({[this](const PaymentRecord &) { return ++m_counts.records, true; },
                       [this](const PaymentAttempt &) { return ++m_counts.attempts, true; },
                       [this](const Refund &) {
                           return ++m_counts.refunds, true;
                       }})
                .ok());
    QCOMPARE(m_counts.records, 305);
    QVERIFY(m_counts.refunds > 40);
}

void tst_Exporter::formats_data()
{
    QTest::addColumn<Format>("format");
    QTest::newRow("array") << Format::Array;
    QTest::newRow("list") << Format::List;
    QTest::newRow("jsonl") << Format::JsonLines;
}

void tst_Exporter::roundTrip()
{
    QFETCH(Format, format);

    const QByteArray first = m_seeded.exported(format);
    QVERIFY(!first.startsWith("export failed"));
    StoreFixture empty;
    QVERIFY(empty.open());
    const auto summary = empty.import(first);
    QVERIFY2(summary.ok(), qPrintable(errorOf(summary)));
    QVERIFY2(summary->rejected == 0, qPrintable(summary->rejections.value(0).toString()));
    QCOMPARE(summary->imported, m_counts.records + m_counts.attempts + m_counts.refunds);
    QCOMPARE(empty.exported(format), first);

    // Every format holds the same data: the copy exports the others identically too.
    for (const Format other : {Format::Array, Format::List, Format::JsonLines})
        QCOMPARE(empty.exported(other), m_seeded.exported(other));
    // Each record's money, prior refunds included, came across.
    for (const char *id : {"pr_yen", "pr_dinar", "pr_eur", "pr_prior", "pr_over"}) {
        const auto original = m_seeded.store().record(QString::fromLatin1(id));
        const auto copy = empty.store().record(QString::fromLatin1(id));
        QVERIFY(original.ok() && copy.ok());
        QCOMPARE(copy->amountRefunded, original->amountRefunded);
        QCOMPARE(copy->priorRefunded, original->priorRefunded);
        QCOMPARE(copy->amountReserved, original->amountReserved);
    }
    QCOMPARE(empty.store().record(u"pr_prior"_s)->priorRefunded, 2500);
    const auto verified = empty.store().verify(VerifyDepth::Full);
    QVERIFY(verified.ok());
    QVERIFY2(verified->ok(), qPrintable(verified->problems.join(u"; "_s)));
    QCOMPARE(verified->warnings.size(), 1); // pr_over, as in the original
}

void tst_Exporter::deterministic()
{
    QFETCH(Format, format);

    const QByteArray first = m_seeded.exported(format);
    QCOMPARE(m_seeded.exported(format), first);
    QCOMPARE(m_seeded.exported(format), first);
}

void tst_Exporter::layout()
{
    QFETCH(Format, format);

    const QByteArray exported = m_seeded.exported(format);
    const QList<QJsonObject> objects = objectsOf(exported, format);
    QCOMPARE(objects.size(), m_counts.records + m_counts.attempts + m_counts.refunds);
    // Records (each with its own fields), then attempts, then refunds.
    QCOMPARE(kindsOf(objects),
             (QStringList {u"payment_record"_s, u"payment_attempt_record"_s, u"refund"_s}));
    // One object per line, whatever the envelope, so exports diff object by object.
    QVERIFY(exported.endsWith('\n'));
    const qsizetype envelopeLines = format == Format::JsonLines ? 0 : 2;
    QCOMPARE(exported.count('\n'), objects.size() + envelopeLines);
    if (format == Format::List) {
        QVERIFY(exported.startsWith("{\"data\":[\n{"));
        QVERIFY(exported.endsWith("}\n],\"has_more\":false,\"object\":\"list\"}\n"));
    }

    // Unicode as UTF-8, not escaped; amounts in minor units with their currency.
    QVERIFY(exported.contains(u"\"name\":\"山田 太郎\""_s.toUtf8()));
    QVERIFY(exported.contains(u"\"注文\":\"東京-42\""_s.toUtf8()));
    QVERIFY(exported.contains(u"\"note\":\"返金 — お客様の依頼 «Größe»\""_s.toUtf8()));
    QVERIFY(exported.contains(R"("amount":1250,"approved_by":null,"created":)"));
    QVERIFY(exported.contains(R"("amount_guaranteed":{"currency":"kwd","value":15750})"));
    QVERIFY(exported.contains(R"("amount_refunded":{"currency":"eur","value":2500})"));
    QVERIFY(exported.contains(R"("failure_reason":"insufficient_funds")"));
    QVERIFY(exported.contains(R"("refund_reference":"ch_ref_dinar_1")"));
}

void tst_Exporter::emptyStore_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("array") << Format::Array << QByteArray("[]\n");
    QTest::newRow("list") << Format::List
                          << QByteArray("{\"data\":[],\"has_more\":false,\"object\":\"list\"}\n");
    QTest::newRow("jsonl") << Format::JsonLines << QByteArray();
}

void tst_Exporter::emptyStore()
{
    QFETCH(Format, format);
    QFETCH(QByteArray, expected);

    StoreFixture empty;
    QVERIFY(empty.open());
    const QByteArray exported = empty.exported(format);
    QCOMPARE(exported, expected);
    if (format != Format::JsonLines) {
        QJsonParseError error;
        QJsonDocument::fromJson(exported, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        // And it imports as nothing at all.
        const auto summary = empty.import(exported);
        QVERIFY2(summary.ok(), qPrintable(errorOf(summary)));
        QCOMPARE(summary->read, 0);
        QCOMPARE(empty.eventCount(), 0);
    }
}

void tst_Exporter::subsets_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<What>("what");
    QTest::addColumn<QStringList>("kinds");

    const QStringList records {u"payment_record"_s, u"payment_attempt_record"_s};
    const QStringList refunds {u"refund"_s};
    for (const auto &[name, format] :
         {std::pair {"array", Format::Array}, std::pair {"list", Format::List},
          std::pair {"jsonl", Format::JsonLines}}) {
        QTest::addRow("%s, records", name) << format << What::Records << records;
        QTest::addRow("%s, refunds", name) << format << What::Refunds << refunds;
    }
}

void tst_Exporter::subsets()
{
    QFETCH(Format, format);
    QFETCH(What, what);
    QFETCH(QStringList, kinds);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportOptions options;
    options.format = format;
    options.what = what;
    const auto summary = exportJson(m_seeded.store(), buffer, options);
    QVERIFY2(summary.ok(), qPrintable(errorOf(summary)));
    const QList<QJsonObject> objects = objectsOf(buffer.data(), format);
    QCOMPARE(kindsOf(objects), kinds);
    if (what == What::Records) {
        QCOMPARE(summary->records, m_counts.records);
        QCOMPARE(summary->attempts, m_counts.attempts);
        QCOMPARE(summary->refunds, 0);
    } else {
        QCOMPARE(summary->records + summary->attempts, 0);
        QCOMPARE(summary->refunds, m_counts.refunds);
    }
    QCOMPARE(objects.size(), summary->records + summary->attempts + summary->refunds);
    QCOMPARE(buffer.data(), m_seeded.exported(format, what));
}

void tst_Exporter::subsetsAddUpToAll()
{
    QCOMPARE(m_seeded.exported(Format::JsonLines, What::Records)
                 + m_seeded.exported(Format::JsonLines, What::Refunds),
             m_seeded.exported(Format::JsonLines, What::All));
}

void tst_Exporter::writeFailure()
{
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    const auto summary = exportJson(m_seeded.store(), readOnly, {});
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().kind, ErrorKind::Storage);
    QVERIFY2(summary.error().message.startsWith(u"Cannot write the export: "_s),
             qPrintable(summary.error().message));
}

void tst_Exporter::cancel()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int polled = 0;
    ExportOptions options;
    options.isCancelled = [&] {
        return ++polled > 10;
    };
    const auto summary = exportJson(m_seeded.store(), buffer, options);
    QVERIFY2(summary.ok(), qPrintable(errorOf(summary)));
    QCOMPARE(summary->cancelled, true);
    QCOMPARE(summary->records, 10);
    QCOMPARE(summary->attempts + summary->refunds, 0);
}

void tst_Exporter::maskedPersonalData()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportOptions options;
    options.maskPersonalData = true;
    const auto summary = exportJson(m_seeded.store(), buffer, options);
    QVERIFY2(summary.ok(), qPrintable(errorOf(summary)));
    const QByteArray full = m_seeded.exported();
    const QList<QJsonObject> plain = objectsOf(full, Format::Array);
    const QList<QJsonObject> masked = objectsOf(buffer.data(), Format::Array);
    QCOMPARE(masked.size(), plain.size());

    // Every email and phone number is masked wherever it stands; everything else is kept.
    const auto personal = [](QJsonObject object, const auto &mask) {
        const auto apply = [&](QJsonObject parent, const QString &key, const QString &field) {
            if (!parent.contains(key))
                return parent;
            QJsonObject inner = parent.value(key).toObject();
            if (inner.value(field).isString())
                inner.insert(field, mask(field, inner.value(field).toString()));
            parent.insert(key, inner);
            return parent;
        };
        object = apply(object, u"customer_details"_s, u"email"_s);
        object = apply(object, u"customer_details"_s, u"phone"_s);
        QJsonObject method = object.value(u"payment_method_details"_s).toObject();
        method = apply(method, u"billing_details"_s, u"email"_s);
        method = apply(method, u"billing_details"_s, u"phone"_s);
        if (object.contains(u"payment_method_details"_s))
            object.insert(u"payment_method_details"_s, method);
        object = apply(object, u"shipping_details"_s, u"phone"_s);
        return object;
    };
    int emails = 0;
    for (qsizetype i = 0; i < plain.size(); ++i) {
        const QJsonObject expected =
            personal(plain[i], [&](const QString &field, const QString &value) {
                if (field == u"email") {
                    ++emails;
                    return Masking::email(value);
                }
                return Masking::phone(value);
            });
        QCOMPARE(masked[i], expected);
    }
    QVERIFY2(emails > 100, "the demo data has emails to mask");
    QVERIFY(buffer.data().contains("***@"));
}

QTEST_GUILESS_MAIN(tst_Exporter)
#include "tst_exporter.moc"
