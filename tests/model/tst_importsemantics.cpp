// What importing does to a database that already holds data (DESIGN §5): re-importing
// changes nothing, a changed object is updated with a history event naming the changed
// fields, amounts refunded outside the desk become prior refunds, the API's own example
// objects import or are refused with a clear reason, and a cancelled import leaves the
// database exactly as it was. Progress reports bytes up to the file's size.

#include "domain/recordstate.h"
#include "importfixtures.h"
#include "sequentialdevice.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace RefundDesk;
using namespace RefundDesk::Testing;
using namespace Qt::StringLiterals;

namespace {

const json done =
    with(refundJson("re_usd_done", "pr_usd", "usd", 2000), "/refund_reference", "rr_done");
const json pending = refundJson("re_usd_pending", "pr_usd", "usd", 1000, "pending");

/// The base data every test starts from; pr_usd has $70.00 still refundable.
std::vector<json> baseObjects()
{
    return {
        recordJson("pr_usd", "usd", 10000, 2000),
        attemptJson("par_usd", "pr_usd", "usd", 10000),
        recordJson("pr_jpy", "jpy", 5000),
        recordJson("pr_kwd", "kwd", 12500, 2500),
        done,
        pending,
        with(refundJson("re_kwd", "pr_kwd", "kwd", 2500), "/note", "Rückerstattung — 返金"),
    };
}

/// `count` records with a refund each, about 700 bytes per record.
std::vector<json> manyObjects(int count)
{
    std::vector<json> objects;
    for (int i = 0; i < count; ++i) {
        const std::string id = "pr_many_" + std::to_string(i);
        objects.push_back(recordJson(id, i % 3 ? "usd" : "jpy", 1000 + i));
        if (i % 2)
            objects.push_back(
                refundJson("re_many_" + std::to_string(i), id, i % 3 ? "usd" : "jpy", 100));
    }
    return objects;
}

QStringList keysOf(const QByteArray &payload)
{
    return QJsonDocument::fromJson(payload).object().keys();
}

std::optional<Event> lastEvent(Store &store, const QString &recordId, const QString &action)
{
    const auto history = store.history(recordId);
    if (!history)
        return std::nullopt;
    for (auto it = history->crbegin(); it != history->crend(); ++it) {
        if (it->action == action)
            return *it;
    }
    return std::nullopt;
}

QByteArray readInterop(const QString &name)
{
    QFile file(QStringLiteral(REFUNDDESK_SOURCE_DIR "/../shared/interop/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_ImportSemantics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_fixture.close(); }

    void reimportChangesNothing_data();
    void reimportChangesNothing();
    void changedObjectIsUpdated_data();
    void changedObjectIsUpdated();
    void priorRefundedAmount();
    void overReportedAtSource();
    void interopExamples_data();
    void interopExamples();
    void interopRecordImportsAsRefunded();
    void cancelLeavesDatabaseAsItWas_data();
    void cancelLeavesDatabaseAsItWas();
    void progressReportsBytes_data();
    void progressReportsBytes();

private:
    StoreFixture m_fixture;
};

void tst_ImportSemantics::init()
{
    QVERIFY(m_fixture.open());
    const auto seeded = m_fixture.import(arrayFile(baseObjects()));
    QVERIFY2(seeded.ok(), qPrintable(errorOf(seeded)));
    QCOMPARE(seeded->imported, 7);
}

void tst_ImportSemantics::reimportChangesNothing_data()
{
    QTest::addColumn<QByteArray>("file");

    QTest::newRow("the same file") << arrayFile(baseObjects());
    QTest::newRow("as JSON Lines") << linesFile(baseObjects());
    QTest::newRow("as a list envelope") << listFile(baseObjects());
    QTest::newRow("one object") << bytes(done);
    std::vector<json> prior = baseObjects();
    prior.push_back(recordJson("pr_prior", "usd", 10000, 3000)); // $20.00 of it prior
    prior.push_back(refundJson("re_prior", "pr_prior", "usd", 1000));
    QTest::newRow("with a prior refunded amount") << arrayFile(prior);
    std::vector<json> under = baseObjects();
    under.push_back(recordJson("pr_under", "usd", 10000, 0)); // stale: its refund is newer
    under.push_back(refundJson("re_under", "pr_under", "usd", 1000));
    QTest::newRow("a record reporting less than its refunds") << arrayFile(under);
}

void tst_ImportSemantics::reimportChangesNothing()
{
    QFETCH(QByteArray, file);

    const auto first = m_fixture.import(file);
    QVERIFY2(first.ok(), qPrintable(errorOf(first)));
    QCOMPARE(first->rejected, 0);
    const QByteArray exported = m_fixture.exported();
    const qint64 events = m_fixture.eventCount();

    const auto second = m_fixture.import(file);
    QVERIFY2(second.ok(), qPrintable(errorOf(second)));
    QCOMPARE(second->imported, 0);
    QCOMPARE(second->updated, 0);
    QCOMPARE(second->rejected, 0);
    QCOMPARE(second->unchanged, second->read);
    QCOMPARE(m_fixture.eventCount(), events);
    QCOMPARE(m_fixture.exported(), exported);
    const auto verified = m_fixture.store().verify(VerifyDepth::Full);
    QVERIFY(verified.ok() && verified->ok());
}

void tst_ImportSemantics::changedObjectIsUpdated_data()
{
    QTest::addColumn<QByteArray>("object");
    QTest::addColumn<QString>("recordId");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QStringList>("fields");

    const json record = recordJson("pr_usd", "usd", 10000, 2000);
    const auto row = [](const char *name, const json &object, const QString &action,
                        const QStringList &fields) {
        QTest::newRow(name) << bytes(object) << u"pr_usd"_s << action << fields;
    };
    row("record description", with(record, "/description", "Tea, 500 g"), u"record.updated"_s,
        {u"description"_s});
    row("record metadata", with(record, "/metadata/channel", "web"), u"record.updated"_s,
        {u"metadata"_s});
    row("record customer name", with(record, "/customer_details/name", "Zoë Müller-Łukasz"),
        u"record.updated"_s, {u"customer_name"_s});
    row("record two fields", with(with(record, "/description", "Tea"), "/livemode", false),
        u"record.updated"_s, {u"description"_s, u"livemode"_s});
    row("record amount refunded", with(record, "/amount_refunded/value", 2600), u"record.updated"_s,
        {u"amount_refunded"_s});
    row("attempt metadata",
        with(attemptJson("par_usd", "pr_usd", "usd", 10000), "/metadata/a", "b"),
        u"attempt.updated"_s, {u"metadata"_s});
    row("refund pending to succeeded",
        with(with(pending, "/status", "succeeded"), "/refunded_at", baseTime + 7200),
        u"refund.updated"_s, {u"refunded_at"_s, u"status"_s});
    row("refund pending to canceled", with(pending, "/status", "canceled"), u"refund.updated"_s,
        {u"status"_s});
    row("refund succeeded to failed",
        with(with(done, "/status", "failed"), "/failure_reason", "declined"), u"refund.updated"_s,
        {u"failure_reason"_s, u"status"_s});
    row("refund note", with(done, "/note", "Kunde rief an — 東京"), u"refund.updated"_s,
        {u"note"_s});
    row("refund reference set", with(pending, "/refund_reference", "rr_new"), u"refund.updated"_s,
        {u"refund_reference"_s});
}

void tst_ImportSemantics::changedObjectIsUpdated()
{
    QFETCH(QByteArray, object);
    QFETCH(QString, recordId);
    QFETCH(QString, action);
    QFETCH(QStringList, fields);

    const auto summary = m_fixture.import(object);
    QVERIFY2(summary.ok(), qPrintable(errorOf(summary)));
    QVERIFY2(summary->rejected == 0, qPrintable(summary->rejections.value(0).toString()));
    QCOMPARE(summary->updated, 1);
    QCOMPARE(summary->imported + summary->unchanged, 0);
    QVERIFY(summary->written);

    const std::optional<Event> event = lastEvent(m_fixture.store(), recordId, action);
    QVERIFY2(event.has_value(), qPrintable(m_fixture.actions(recordId).join(u", "_s)));
    QCOMPARE(event->actor, importer.name);
    QCOMPARE(keysOf(event->payload), fields);
    const auto verified = m_fixture.store().verify(VerifyDepth::Full);
    QVERIFY2(verified.ok() && verified->ok(),
             qPrintable(verified ? verified->problems.join(u"; "_s) : errorOf(verified)));

    // Importing the changed object again changes nothing more.
    const qint64 events = m_fixture.eventCount();
    const auto again = m_fixture.import(object);
    QVERIFY2(again.ok(), qPrintable(errorOf(again)));
    QCOMPARE(again->unchanged, 1);
    QCOMPARE(m_fixture.eventCount(), events);
}

void tst_ImportSemantics::priorRefundedAmount()
{
    // $30.00 reported refunded, of which the desk knows a $10.00 refund: $20.00 is prior.
    const QByteArray file = arrayFile({recordJson("pr_prior", "usd", 10000, 3000),
                                       refundJson("re_prior", "pr_prior", "usd", 1000)});
    const auto summary = m_fixture.import(file);
    QVERIFY2(summary.ok(), qPrintable(errorOf(summary)));
    QCOMPARE(summary->imported, 2);

    const auto record = m_fixture.store().record(u"pr_prior"_s);
    QVERIFY(record.ok());
    QCOMPARE(record->amountRefunded, 3000);
    QCOMPARE(record->priorRefunded, 2000);
    QCOMPARE(record->refundable(), 7000);
    QCOMPARE(toString(deriveRecordState(record.value())), toString(RecordState::PartiallyRefunded));
    const std::optional<Event> prior =
        lastEvent(m_fixture.store(), u"pr_prior"_s, u"record.prior_refunded"_s);
    QVERIFY2(prior.has_value(), qPrintable(m_fixture.actions(u"pr_prior"_s).join(u", "_s)));
    const QJsonObject payload = QJsonDocument::fromJson(prior->payload).object();
    QCOMPARE(payload.value(u"amount_prior_refunded"_s).toInteger(), 2000);
    QCOMPARE(payload.value(u"over_reported"_s).toBool(true), false);
    QCOMPARE(payload.value(u"note"_s).toString(),
             u"$20.00 was refunded before the record came to the desk; it is not refundable "
             "again."_s);
    const auto verified = m_fixture.store().verify(VerifyDepth::Full);
    QVERIFY(verified.ok());
    QVERIFY2(verified->ok(), qPrintable(verified->problems.join(u"; "_s)));
    QCOMPARE(verified->warnings, QStringList());

    // The export gives the amount back as reported.
    QVERIFY(m_fixture.exported().contains(
        R"("amount_refunded":{"currency":"usd","value":3000},"amount_requested")"));

    // A succeeded refund imported alone may be one the prior amount already stands for:
    // refused with the way out, whatever its size, so the money is never counted twice.
    for (const qint64 amount : {qint64(500), qint64(7000), qint64(7001)}) {
        const auto alone =
            m_fixture.import(bytes(refundJson("re_more", "pr_prior", "usd", amount)));
        QVERIFY(alone.ok());
        QCOMPARE(alone->rejected, 1);
        QVERIFY2(alone->rejections.first().reason.contains(
                     u"$20.00 was refunded on pr_prior before it came to the desk"_s),
                 qPrintable(alone->rejections.first().reason));
    }
    // Imported with its record, the reported amount_refunded settles it: $10 + $20 known
    // refunds of $30 reported leave no prior.
    const auto together =
        m_fixture.import(arrayFile({recordJson("pr_prior", "usd", 10000, 3000),
                                    refundJson("re_more", "pr_prior", "usd", 2000)}));
    QVERIFY2(together.ok() && together->imported == 1, qPrintable(errorOf(together)));
    QCOMPARE(m_fixture.store().record(u"pr_prior"_s)->priorRefunded, 0);
    QCOMPARE(m_fixture.store().record(u"pr_prior"_s)->amountRefunded, 3000);

    // At the desk, what is left is refundable, not a cent more.
    RefundRequest request;
    request.paymentRecordId = u"pr_prior"_s;
    request.amount = 7001;
    QVERIFY(!m_fixture.store().createRefund(request, importer).ok());
    request.amount = 7000;
    QVERIFY(m_fixture.store().createRefund(request, importer).ok());
    QCOMPARE(m_fixture.store().record(u"pr_prior"_s)->refundable(), 0);
    const auto after = m_fixture.store().verify(VerifyDepth::Full);
    QVERIFY(after.ok() && after->ok());
}

void tst_ImportSemantics::overReportedAtSource()
{
    // DESIGN §5's own example: 1000 refunded of 0 guaranteed.
    json record = recordJson("pr_over", "usd", 1000, 1000);
    record["amount_authorized"]["value"] = 0;
    record["amount_guaranteed"]["value"] = 0;
    const auto summary = m_fixture.import(bytes(record));
    QVERIFY2(summary.ok() && summary->imported == 1, qPrintable(errorOf(summary)));

    const auto stored = m_fixture.store().record(u"pr_over"_s);
    QVERIFY(stored.ok());
    QCOMPARE(stored->amountRefunded, 1000);
    QCOMPARE(stored->priorRefunded, 1000);
    QCOMPARE(stored->refundable(), 0);
    QCOMPARE(toString(deriveRecordState(stored.value())), toString(RecordState::Refunded));
    const std::optional<Event> flag =
        lastEvent(m_fixture.store(), u"pr_over"_s, u"record.prior_refunded"_s);
    QVERIFY(flag.has_value());
    const QJsonObject payload = QJsonDocument::fromJson(flag->payload).object();
    QCOMPARE(payload.value(u"over_reported"_s).toBool(), true);
    QCOMPARE(payload.value(u"note"_s).toString(),
             u"The source reported $10.00 refunded of $0.00 guaranteed; imported as fully "
             "refunded."_s);
    const auto verified = m_fixture.store().verify(VerifyDepth::Full);
    QVERIFY(verified.ok());
    QVERIFY2(verified->ok(), qPrintable(verified->problems.join(u"; "_s)));
    QCOMPARE(verified->warnings,
             QStringList {u"pr_over: the source reported $10.00 refunded of $0.00 guaranteed; "
                          "imported as fully refunded."_s});
}

void tst_ImportSemantics::interopExamples_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason");

    QTest::newRow("payment_record-1")
        << u"stripe-payment_record-1.json"_s << u"amount_requested.currency"_s
        << u"amount_requested.currency \"currency\" is not an ISO 4217 currency this desk "
           "knows."_s;
    for (const char *name :
         {"stripe-payment_attempt_record-0.json", "stripe-payment_attempt_record-1.json"}) {
        QTest::newRow(name) << QString::fromLatin1(name) << u"payment_record"_s
                            << u"payment_record is null: the attempt does not say which payment "
                               "record it belongs to."_s;
    }
    for (const char *name : {"stripe-refund-0.json", "stripe-refund-1.json"}) {
        QTest::newRow(name) << QString::fromLatin1(name) << u"payment_record"_s
                            << u"The refund names no payment record (neither payment_record nor "
                               "payment is set), so it cannot be imported."_s;
    }
}

void tst_ImportSemantics::interopExamples()
{
    QFETCH(QString, name);
    QFETCH(QString, field);
    QFETCH(QString, reason);

    if (!QDir(QStringLiteral(REFUNDDESK_SOURCE_DIR "/../shared/interop")).exists())
        QSKIP("../shared/interop is not beside the checkout");
    const QByteArray file = readInterop(name);
    QVERIFY2(!file.isEmpty(), qPrintable(name));
    const QByteArray before = m_fixture.exported();
    const auto summary = m_fixture.import(file);
    QVERIFY2(summary.ok(), qPrintable(errorOf(summary)));
    QCOMPARE(summary->read, 1);
    QCOMPARE(summary->rejected, 1);
    QCOMPARE(summary->rejections.first().field, field);
    QCOMPARE(summary->rejections.first().reason, reason);
    QCOMPARE(m_fixture.exported(), before);
}

void tst_ImportSemantics::interopRecordImportsAsRefunded()
{
    const QDir interop(QStringLiteral(REFUNDDESK_SOURCE_DIR "/../shared/interop"));
    if (!interop.exists())
        QSKIP("../shared/interop is not beside the checkout");
    const QByteArray file = readInterop(u"stripe-payment_record-0.json"_s);
    const auto summary = m_fixture.import(file);
    QVERIFY2(summary.ok(), qPrintable(errorOf(summary)));
    QCOMPARE(summary->imported, 1);
    QCOMPARE(summary->rejected, 0);

    // Every amount is 111972721, refunded included: all of it refunded before the desk saw it.
    const auto record = m_fixture.store().record(u"obj_123"_s);
    QVERIFY(record.ok());
    QCOMPARE(record->amountGuaranteed, 111972721);
    QCOMPARE(record->amountRefunded, 111972721);
    QCOMPARE(record->priorRefunded, 111972721);
    QCOMPARE(record->refundable(), 0);
    QCOMPARE(toString(deriveRecordState(record.value())), toString(RecordState::Refunded));
    QCOMPARE(record->metadata.value(u"key"_s), u"metadata"_s);
    const std::optional<Event> flag =
        lastEvent(m_fixture.store(), u"obj_123"_s, u"record.prior_refunded"_s);
    QVERIFY(flag.has_value());
    QCOMPARE(QJsonDocument::fromJson(flag->payload).object().value(u"over_reported"_s).toBool(true),
             false);
    // Refunded equals guaranteed, so it is no over-report: verify passes without a warning.
    const auto verified = m_fixture.store().verify(VerifyDepth::Full);
    QVERIFY(verified.ok());
    QVERIFY2(verified->ok(), qPrintable(verified->problems.join(u"; "_s)));
    QCOMPARE(verified->warnings, QStringList());

    // All six examples in one file, skipping the invalid: only the record comes in (again).
    std::vector<json> all;
    for (const QString &name : interop.entryList({u"stripe-*.json"_s}, QDir::Files, QDir::Name))
        all.push_back(json::parse(readInterop(name).toStdString()));
    QCOMPARE(all.size(), std::size_t(6));
    ImportOptions options;
    options.skipInvalid = true;
    const auto together = m_fixture.import(linesFile(all), options);
    QVERIFY2(together.ok(), qPrintable(errorOf(together)));
    QCOMPARE(together->unchanged, 1);
    QCOMPARE(together->rejected, 5);
}

void tst_ImportSemantics::cancelLeavesDatabaseAsItWas_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("cancelAt"); // the object before which isCancelled says yes

    std::vector<json> objects = manyObjects(12);
    objects.push_back(with(pending, "/status", "succeeded")); // an update, rolled back too
    objects.push_back(with(recordJson("pr_usd", "usd", 10000, 2000), "/description", "Tea"));
    const int last = int(objects.size()) - 1;
    for (const auto &[format, file] :
         {std::pair {"array", arrayFile(objects)}, std::pair {"jsonl", linesFile(objects)},
          std::pair {"list", listFile(objects)}}) {
        for (const int at : {0, 1, 10, last}) {
            QTest::addRow("%s, before object %d", format, at) << file << at;
        }
    }
}

void tst_ImportSemantics::cancelLeavesDatabaseAsItWas()
{
    QFETCH(QByteArray, file);
    QFETCH(int, cancelAt);

    const QByteArray before = m_fixture.exported();
    const qint64 events = m_fixture.eventCount();
    int polled = 0;
    ImportOptions options;
    options.skipInvalid = true;
    options.isCancelled = [&] {
        return polled++ == cancelAt;
    };
    const auto summary = m_fixture.import(file, options);
    QVERIFY2(summary.ok(), qPrintable(errorOf(summary)));
    QCOMPARE(summary->cancelled, true);
    QCOMPARE(summary->written, false);
    QCOMPARE(summary->read, qint64(cancelAt));
    QCOMPARE(m_fixture.eventCount(), events);
    QCOMPARE(m_fixture.exported(), before);

    // Not cancelled, the same file goes in whole.
    options.isCancelled = [] {
        return false;
    };
    const auto whole = m_fixture.import(file, options);
    QVERIFY2(whole.ok(), qPrintable(errorOf(whole)));
    QCOMPARE(whole->cancelled, false);
    QCOMPARE(whole->written, true);
    QCOMPARE(whole->updated, 2);
    QVERIFY(m_fixture.exported() != before);
}

void tst_ImportSemantics::progressReportsBytes_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<bool>("sequential");

    const std::vector<json> objects = manyObjects(4000); // about 3 MiB
    QTest::newRow("array") << arrayFile(objects) << false;
    QTest::newRow("JSON Lines") << linesFile(objects) << false;
    QTest::newRow("list envelope") << listFile(objects) << false;
    QTest::newRow("array, with a BOM") << "\xEF\xBB\xBF\n" + arrayFile(objects) << false;
    QTest::newRow("array, standard input") << arrayFile(objects) << true;
    QTest::newRow("JSON Lines, standard input") << linesFile(objects) << true;
    QTest::newRow("small") << arrayFile(baseObjects()) << false;
}

void tst_ImportSemantics::progressReportsBytes()
{
    QFETCH(QByteArray, file);
    QFETCH(bool, sequential);

    QList<std::pair<qint64, qint64>> calls;
    ImportOptions options;
    options.dryRun = true;
    options.progress = [&](qint64 read, qint64 total) {
        calls.append({read, total});
    };
    QBuffer buffer;
    buffer.setData(file);
    buffer.open(QIODevice::ReadOnly);
    SequentialDevice pipe(file);
    QIODevice &input = sequential ? static_cast<QIODevice &>(pipe) : buffer;
    const auto summary = importJson(m_fixture.store(), input, options, importer);
    QVERIFY2(summary.ok(), qPrintable(errorOf(summary)));
    QCOMPARE(summary->rejected, 0);

    QVERIFY(!calls.isEmpty());
    const qint64 size = file.size();
    for (qsizetype i = 0; i < calls.size(); ++i) {
        QCOMPARE(calls.at(i).second, sequential ? 0 : size); // the size, when it is known
        if (i > 0)
            QVERIFY2(calls.at(i).first > calls.at(i - 1).first, qPrintable(QString::number(i)));
    }
    QCOMPARE(calls.last().first, size);
    if (size > 2 << 20)
        QVERIFY2(calls.size() >= 3, qPrintable(QString::number(calls.size())));
}

QTEST_GUILESS_MAIN(tst_ImportSemantics)
#include "tst_importsemantics.moc"
