// importJson against a real SqliteStore: every reason the store side rejects an object (one
// row each, with the field and the message a support agent sees), malformed files, the order
// of objects in a file, and the all-or-nothing, skip-invalid and dry-run modes. A refused
// import leaves the database byte for byte as it was. The checks on one object alone are in
// tst_apiparse.

#include "importfixtures.h"

#include <QTest>

#include <algorithm>

using namespace RefundDesk;
using namespace RefundDesk::Testing;
using namespace Qt::StringLiterals;

namespace {

/// What the import of a rejected file must leave: the same bytes, the same events.
struct Snapshot
{
    QByteArray exported;
    qint64 events = 0;
};

} // namespace

class tst_Importer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_fixture.close(); }

    void storeRejections_data();
    void storeRejections();
    void malformed_data();
    void malformed();
    void allOrNothingByDefault();
    void skipInvalidKeepsTheGoodOnes();
    void dryRunWritesNothing_data();
    void dryRunWritesNothing();
    void refundBeforeItsRecord_data();
    void refundBeforeItsRecord();
    void rejectionWhere_data();
    void rejectionWhere();
    void rejectionsReportedUpToTheLimit();

private:
    Snapshot snapshot() { return {m_fixture.exported(), m_fixture.eventCount()}; }
    void expectUnchanged(const Snapshot &before);

    StoreFixture m_fixture;
};

void tst_Importer::init()
{
    QVERIFY(m_fixture.open());
    // pr_usd: $100.00 guaranteed, $20.00 refunded, $10.00 pending, so $70.00 refundable.
    const auto seeded = m_fixture.import(arrayFile({
        recordJson("pr_usd", "usd", 10000, 2000),
        attemptJson("par_usd", "pr_usd", "usd", 10000),
        recordJson("pr_usd2", "usd", 5000),
        recordJson("pr_jpy", "jpy", 5000),
        with(refundJson("re_usd_done", "pr_usd", "usd", 2000), "/refund_reference", "rr_done"),
        refundJson("re_usd_pending", "pr_usd", "usd", 1000, "pending"),
        refundJson("re_usd_canceled", "pr_usd", "usd", 500, "canceled"),
    }));
    QVERIFY2(seeded.ok(), qPrintable(errorOf(seeded)));
    QCOMPARE(seeded->imported, 7);
    QVERIFY(seeded->written);
}

void tst_Importer::expectUnchanged(const Snapshot &before)
{
    QCOMPARE(m_fixture.eventCount(), before.events);
    QCOMPARE(m_fixture.exported(), before.exported);
}

void tst_Importer::storeRejections_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<qint64>("index");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    const json done =
        with(refundJson("re_usd_done", "pr_usd", "usd", 2000), "/refund_reference", "rr_done");
    const json pending = refundJson("re_usd_pending", "pr_usd", "usd", 1000, "pending");
    const json canceled = refundJson("re_usd_canceled", "pr_usd", "usd", 500, "canceled");
    const json bad = with(recordJson("pr_bad", "usd", 100), "/amount_requested/currency", "xyz");

    QTest::newRow("refund of a missing payment")
        << arrayFile({refundJson("re_x", "pr_missing", "usd", 100)}) << qint64(0)
        << u"payment_record"_s
        << u"Payment record pr_missing is neither in this file nor in the database."_s;
    QTest::newRow("attempt of a missing payment")
        << arrayFile({attemptJson("par_x", "pr_missing", "usd", 100)}) << qint64(0)
        << u"payment_record"_s
        << u"Payment record pr_missing is neither in this file nor in the database."_s;
    QTest::newRow("refund in another currency than its record")
        << arrayFile({refundJson("re_x", "pr_usd2", "eur", 100)}) << qint64(0) << u"currency"_s
        << u"Refund currency eur is not the currency of payment pr_usd2 (usd)."_s;
    QTest::newRow("attempt in another currency than its record")
        << arrayFile({attemptJson("par_x", "pr_usd2", "eur", 100, "failed")}) << qint64(0)
        << u"currency"_s << u"The attempt is in eur, but payment record pr_usd2 is in usd."_s;
    QTest::newRow("refund exceeds the refundable amount")
        << arrayFile({refundJson("re_x", "pr_usd", "usd", 7001)}) << qint64(0) << u"amount"_s
        << u"exceeds the $70.00 still refundable on pr_usd."_s;
    QTest::newRow("pending refund exceeds the refundable amount")
        << arrayFile({refundJson("re_x", "pr_usd", "usd", 7001, "pending")}) << qint64(0)
        << u"amount"_s << u"Refund re_x of $70.01 exceeds"_s;
    QTest::newRow("two refunds in one file exceed together")
        << arrayFile({refundJson("re_a", "pr_usd2", "usd", 3000),
                      refundJson("re_b", "pr_usd2", "usd", 3000)})
        << qint64(1) << u"amount"_s << u"exceeds the $20.00 still refundable on pr_usd2."_s;
    QTest::newRow("refund of a jpy record exceeds")
        << arrayFile({refundJson("re_x", "pr_jpy", "jpy", 5001)}) << qint64(0) << u"amount"_s
        << u"exceeds the"_s;
    QTest::newRow("refund reference already used")
        << arrayFile(
               {with(refundJson("re_x", "pr_usd2", "usd", 100), "/refund_reference", "rr_done")})
        << qint64(0) << u"refund_reference"_s
        << u"Refund reference \"rr_done\" is already used by refund re_usd_done."_s;
    QTest::newRow("refund reference twice in the file")
        << arrayFile({with(refundJson("re_a", "pr_usd2", "usd", 100), "/refund_reference", "rr_2"),
                      with(refundJson("re_b", "pr_usd2", "usd", 100), "/refund_reference", "rr_2")})
        << qint64(1) << u"refund_reference"_s
        << u"Refund reference \"rr_2\" is already used by refund re_a."_s;
    QTest::newRow("duplicate id in the file")
        << arrayFile({recordJson("pr_dup", "usd", 100), recordJson("pr_dup", "usd", 100)})
        << qint64(1) << u"id"_s
        << u"id pr_dup appears twice in this file; it was first object 0."_s;
    QTest::newRow("duplicate id, first at index 2")
        << arrayFile({recordJson("pr_a", "usd", 100), recordJson("pr_b", "usd", 100),
                      recordJson("pr_dup", "usd", 100), refundJson("re_a", "pr_a", "usd", 10),
                      refundJson("pr_dup", "pr_a", "usd", 10)})
        << qint64(4) << u"id"_s
        << u"id pr_dup appears twice in this file; it was first object 2."_s;
    QTest::newRow("duplicate id of an existing object")
        << arrayFile({done, done}) << qint64(1) << u"id"_s
        << u"id re_usd_done appears twice in this file; it was first object 0."_s;
    QTest::newRow("refund changes its amount on re-import")
        << arrayFile({with(done, "/amount", 2500)}) << qint64(0) << u"amount"_s
        << u"Refund re_usd_done already exists with another amount; a refund's payment, amount, "
           "currency and creator never change."_s;
    QTest::newRow("refund moves to another payment")
        << arrayFile({with(done, "/payment_record", "pr_usd2")}) << qint64(0)
        << u"payment_record_id"_s << u"Refund re_usd_done already exists with another payment"_s;
    QTest::newRow("refund changes its creator")
        << arrayFile({with(done, "/created_by", "mallory")}) << qint64(0) << u"created_by"_s
        << u"Refund re_usd_done already exists with another created_by"_s;
    QTest::newRow("refund changes its currency")
        << arrayFile({with(done, "/currency", "jpy")}) << qint64(0) << u"currency"_s
        << u"Refund currency jpy is not the currency of payment pr_usd (usd)."_s;
    QTest::newRow("succeeded to pending")
        << arrayFile({with(done, "/status", "pending")}) << qint64(0) << u"status"_s
        << u"Refund re_usd_done cannot change from succeeded to pending."_s;
    QTest::newRow("canceled to succeeded")
        << arrayFile({with(canceled, "/status", "succeeded")}) << qint64(0) << u"status"_s
        << u"Refund re_usd_canceled cannot change from canceled to succeeded."_s;
    QTest::newRow("pending to awaiting approval")
        << arrayFile({with(pending, "/status", "awaiting_approval")}) << qint64(0) << u"status"_s
        << u"Refund re_usd_pending cannot change from pending to awaiting_approval."_s;
    QTest::newRow("attempt moves to another record")
        << arrayFile({attemptJson("par_usd", "pr_usd2", "usd", 10000)}) << qint64(0)
        << u"payment_record"_s
        << u"Attempt par_usd belongs to another payment record; an attempt cannot move to "
           "pr_usd2."_s;
    QTest::newRow("second guaranteed attempt")
        << arrayFile({attemptJson("par_usd_b", "pr_usd", "usd", 10000)}) << qint64(0)
        << u"outcome"_s
        << u"Payment record pr_usd already has a guaranteed attempt, par_usd; only one attempt of "
           "a record can be guaranteed."_s;
    QTest::newRow("two guaranteed attempts in one file")
        << arrayFile({attemptJson("par_a", "pr_usd2", "usd", 5000),
                      attemptJson("par_b", "pr_usd2", "usd", 5000)})
        << qint64(1) << u"outcome"_s << u"already has a guaranteed attempt, par_a"_s;
    QTest::newRow("refund naming an unknown attempt")
        << arrayFile({with(refundJson("re_x", "pr_usd2", "usd", 10), "/payment_attempt_record",
                           "par_nowhere")})
        << qint64(0) << u"payment_attempt_record"_s
        << u"Payment attempt par_nowhere is neither in this file nor in the database."_s;
    QTest::newRow("refund naming another record's attempt")
        << arrayFile({with(refundJson("re_x", "pr_usd2", "usd", 10), "/payment_attempt_record",
                           "par_usd")})
        << qint64(0) << u"payment_attempt_record"_s
        << u"Payment attempt par_usd belongs to payment record pr_usd, not to pr_usd2."_s;
    QTest::newRow("refund of a rejected record")
        << arrayFile({bad, refundJson("re_x", "pr_bad", "usd", 10)}) << qint64(1)
        << u"payment_record"_s
        << u"Its payment record pr_bad was rejected, so it cannot be imported either."_s;
    QTest::newRow("attempt before its rejected record")
        << arrayFile({attemptJson("par_x", "pr_bad", "usd", 100), bad}) << qint64(0)
        << u"payment_record"_s
        << u"Its payment record pr_bad was rejected, so it cannot be imported either."_s;
}

void tst_Importer::storeRejections()
{
    QFETCH(QByteArray, file);
    QFETCH(qint64, index);
    QFETCH(QString, field);
    QFETCH(QString, message);

    const Snapshot before = snapshot();
    const auto summary = m_fixture.import(file);
    QVERIFY2(summary.ok(), qPrintable(errorOf(summary)));
    QCOMPARE(summary->written, false);
    QVERIFY(summary->rejected >= 1);
    const Rejection &rejection = summary->rejections.last();
    QCOMPARE(rejection.index, index);
    QCOMPARE(rejection.field, field);
    QVERIFY2(rejection.reason.contains(message), qPrintable(rejection.reason));
    expectUnchanged(before);
    const auto verified = m_fixture.store().verify(VerifyDepth::Full);
    QVERIFY(verified.ok() && verified->ok());
}

void tst_Importer::malformed_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<bool>("rejected"); // an object rejected, rather than the whole file
    QTest::addColumn<QString>("message");

    const QByteArray good = bytes(recordJson("pr_new1", "usd", 100)) + ",\n"
        + bytes(recordJson("pr_new2", "eur", 200)) + ",\n"
        + bytes(refundJson("re_new", "pr_new1", "usd", 50));
    const QByteArray whole = "[" + good + "]\n";
    const QByteArray deep = QByteArray(10000, '[') + QByteArray(10000, ']');

    QTest::newRow("truncated file")
        << whole.left(whole.size() * 2 / 3) << false << u"missing closing quote"_s;
    QTest::newRow("cut after the last object")
        << "[" + good << false << u"unexpected end of input"_s;
    QTest::newRow("trailing garbage") << whole + "garbage" << false << u"expected end of input"_s;
    QTest::newRow("a second document") << whole + "[]" << false << u"expected end of input"_s;
    QTest::newRow("invalid UTF-8")
        << QByteArray("[" + good + ",\n{\"object\":\"payment_record\",\"id\":\"pr_bad\xC3\x28\"}]")
        << false << u"ill-formed UTF-8 byte"_s;
    QTest::newRow("10,000-deep nesting")
        << QByteArray("[" + good + ",\n{\"object\":\"refund\",\"metadata\":" + deep + "}]") << false
        << u"Malformed JSON in object 3: nesting is deeper than the 64 levels allowed."_s;
    QTest::newRow("duplicate keys")
        << QByteArray("[" + good + R"(,{"object":"refund","id":"re_a","id":"re_b"}])") << false
        << u"Malformed JSON in object 3: the key \"id\" appears twice in one object."_s;
    QTest::newRow("a 2 MiB description")
        << QByteArray("[" + good + R"(,{"object":"payment_record","description":")"
                      + QByteArray(2 << 20, 'd') + "\"}]")
        << false << u"a string of 2097152 bytes is longer than the 1048576 allowed"_s;
    QTest::newRow("JSON Lines, a broken line 3")
        << QByteArray(bytes(recordJson("pr_new1", "usd", 100)) + "\n"
                      + bytes(recordJson("pr_new2", "usd", 100)) + "\n{\"object\":\n")
        << false << u"Malformed JSON Lines: line 3:"_s;
    QTest::newRow("not JSON") << QByteArray("id;amount\npr_1;100\n") << false
                              << u"The file is not JSON"_s;
    QTest::newRow("empty") << QByteArray("\n") << false << u"The file is empty"_s;
    QTest::newRow("a 20-digit amount")
        << QByteArray("[" + good + ",\n" + R"({"object":"payment_record","id":"pr_big",)"
                      + R"("amount_requested":{"currency":"usd","value":12345678901234567890},)"
                      + R"("created":1700000000}])")
        << true << u"amount_requested.value 12345678901234567890 is too large for an amount."_s;
    QTest::newRow("a 20-digit amount beyond 64 bits")
        << QByteArray("[" + good + ",\n" + R"({"object":"refund","id":"re_big","amount":)"
                      + R"(99999999999999999999,"currency":"usd","payment_record":"pr_new1",)"
                      + R"("created":1700000000}])")
        << true << u"amount 99999999999999999999 does not fit in 64 bits."_s;
}

void tst_Importer::malformed()
{
    QFETCH(QByteArray, file);
    QFETCH(bool, rejected);
    QFETCH(QString, message);

    const Snapshot before = snapshot();
    for (const bool skipInvalid : {false, true}) {
        ImportOptions options;
        options.skipInvalid = skipInvalid;
        const auto summary = m_fixture.import(file, options);
        if (rejected) {
            QVERIFY2(summary.ok(), qPrintable(errorOf(summary)));
            QCOMPARE(summary->rejected, 1);
            QVERIFY2(summary->rejections.first().reason.contains(message),
                     qPrintable(summary->rejections.first().reason));
            if (skipInvalid)
                continue; // the valid objects are written then
            QCOMPARE(summary->written, false);
        } else {
            // A broken file is refused whole, even when asked to skip invalid objects.
            QVERIFY(!summary.ok());
            QVERIFY2(summary.error().message.contains(message), qPrintable(errorOf(summary)));
            QCOMPARE(summary.error().kind, ErrorKind::Rule);
        }
        expectUnchanged(before);
    }
}

void tst_Importer::allOrNothingByDefault()
{
    const QByteArray file = arrayFile({recordJson("pr_a", "usd", 1000),
                                       with(recordJson("pr_b", "usd", 1000), "/created", "never"),
                                       refundJson("re_a", "pr_a", "usd", 100)});
    const Snapshot before = snapshot();
    const auto summary = m_fixture.import(file);
    QVERIFY2(summary.ok(), qPrintable(errorOf(summary)));
    QCOMPARE(summary->read, 3);
    QCOMPARE(summary->imported, 2); // as far as they went: nothing of it was kept
    QCOMPARE(summary->rejected, 1);
    QCOMPARE(summary->written, false);
    expectUnchanged(before);
    QCOMPARE(m_fixture.store().record(u"pr_a"_s).error().kind, ErrorKind::NotFound);
}

void tst_Importer::skipInvalidKeepsTheGoodOnes()
{
    const QByteArray file =
        arrayFile({recordJson("pr_a", "usd", 1000),
                   with(recordJson("pr_b", "usd", 1000), "/created", "never"),
                   refundJson("re_a", "pr_a", "usd", 100), refundJson("re_b", "pr_a", "usd", 1000),
                   refundJson("re_c", "pr_b", "usd", 1)});
    ImportOptions options;
    options.skipInvalid = true;
    const qint64 events = m_fixture.eventCount();
    const auto summary = m_fixture.import(file, options);
    QVERIFY2(summary.ok(), qPrintable(errorOf(summary)));
    QCOMPARE(summary->imported, 2);
    QCOMPARE(summary->rejected, 3);
    QCOMPARE(summary->written, true);
    QList<qint64> indexes;
    for (const Rejection &rejection : summary->rejections)
        indexes << rejection.index;
    QCOMPARE(indexes, (QList<qint64> {1, 3, 4}));
    QCOMPARE(summary->rejections.at(1).field, u"amount"_s);

    QVERIFY(m_fixture.store().record(u"pr_a"_s).ok());
    QCOMPARE(m_fixture.store().record(u"pr_a"_s)->amountRefunded, 100);
    QCOMPARE(m_fixture.store().record(u"pr_b"_s).error().kind, ErrorKind::NotFound);
    QCOMPARE(m_fixture.store().refund(u"re_b"_s).error().kind, ErrorKind::NotFound);
    QCOMPARE(m_fixture.eventCount(), events + 1); // the batch
    QCOMPARE(m_fixture.actions(u"pr_a"_s), QStringList {u"import"_s});
}

void tst_Importer::dryRunWritesNothing_data()
{
    QTest::addColumn<bool>("skipInvalid");
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<qint64>("imported");
    QTest::addColumn<qint64>("rejected");

    const QByteArray valid =
        arrayFile({recordJson("pr_a", "usd", 1000), refundJson("re_a", "pr_a", "usd", 100),
                   with(refundJson("re_usd_pending", "pr_usd", "usd", 1000, "pending"), "/status",
                        "succeeded")});
    const QByteArray mixed =
        arrayFile({recordJson("pr_a", "usd", 1000), refundJson("re_a", "pr_missing", "usd", 100)});
    QTest::newRow("valid") << false << valid << qint64(2) << qint64(0);
    QTest::newRow("valid, skip invalid") << true << valid << qint64(2) << qint64(0);
    QTest::newRow("with a rejection") << false << mixed << qint64(1) << qint64(1);
    QTest::newRow("with a rejection, skip invalid") << true << mixed << qint64(1) << qint64(1);
}

void tst_Importer::dryRunWritesNothing()
{
    QFETCH(bool, skipInvalid);
    QFETCH(QByteArray, file);
    QFETCH(qint64, imported);
    QFETCH(qint64, rejected);

    const Snapshot before = snapshot();
    ImportOptions options;
    options.dryRun = true;
    options.skipInvalid = skipInvalid;
    const auto summary = m_fixture.import(file, options);
    QVERIFY2(summary.ok(), qPrintable(errorOf(summary)));
    QCOMPARE(summary->imported, imported);
    QCOMPARE(summary->rejected, rejected);
    QCOMPARE(summary->written, false);
    expectUnchanged(before);

    // The same file for real gives the counts the dry run promised.
    options.dryRun = false;
    const auto real = m_fixture.import(file, options);
    QVERIFY2(real.ok(), qPrintable(errorOf(real)));
    QCOMPARE(real->imported, summary->imported);
    QCOMPARE(real->updated, summary->updated);
    QCOMPARE(real->rejected, summary->rejected);
}

void tst_Importer::refundBeforeItsRecord_data()
{
    QTest::addColumn<QByteArray>("file");

    // Every order of a record, its attempt and a refund naming both.
    std::vector<json> objects {
        recordJson("pr_late", "usd", 1000, 400),
        attemptJson("par_late", "pr_late", "usd", 1000),
        with(refundJson("re_late", "pr_late", "usd", 400), "/payment_attempt_record", "par_late"),
    };
    const char *names[] = {"record", "attempt", "refund"};
    std::vector<int> order {0, 1, 2};
    do {
        std::vector<json> file;
        for (const int i : order)
            file.push_back(objects[std::size_t(i)]);
        QTest::addRow("%s, %s, %s", names[order[0]], names[order[1]], names[order[2]])
            << linesFile(file);
    } while (std::next_permutation(order.begin(), order.end()));
}

void tst_Importer::refundBeforeItsRecord()
{
    QFETCH(QByteArray, file);
    const auto summary = m_fixture.import(file);
    QVERIFY2(summary.ok(), qPrintable(errorOf(summary)));
    QCOMPARE(summary->rejected, 0);
    QCOMPARE(summary->imported, 3);
    QCOMPARE(toString(summary->shape), u"jsonl"_s);
    const auto record = m_fixture.store().record(u"pr_late"_s);
    QVERIFY(record.ok());
    QCOMPARE(record->amountRefunded, 400);
    QCOMPARE(record->priorRefunded, 0); // the refund explains it all
    QCOMPARE(m_fixture.store().refundsOf(u"pr_late"_s)->size(), 1);
    QCOMPARE(m_fixture.store().refund(u"re_late"_s)->paymentAttemptId, u"par_late"_s);
    const auto verified = m_fixture.store().verify(VerifyDepth::Full);
    QVERIFY(verified.ok() && verified->ok());
}

void tst_Importer::rejectionWhere_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("where");

    const json bad = refundJson("re_bad", "pr_usd2", "usd", 0);
    QTest::newRow("array") << arrayFile({recordJson("pr_a", "usd", 10), bad})
                           << u"object 1 refund re_bad: amount 0 must be greater than zero."_s;
    QTest::newRow("JSON Lines, after a blank line")
        << QByteArray(linesFile({recordJson("pr_a", "usd", 10)}) + "\n" + linesFile({bad}))
        << u"object 1 (line 3) refund re_bad: amount 0 must be greater than zero."_s;
    QTest::newRow("no id, no object") << QByteArray(R"([{"amount":5}])")
                                      << u"object 0: object is missing: say payment_record, "
                                         "payment_attempt_record or refund."_s;
    QTest::newRow("field not at the start of the message")
        << arrayFile({with(bad, "/amount", 7001)})
        << u"object 0 refund re_bad: amount: Refund re_bad of $70.01 exceeds the $50.00 still "
           "refundable on pr_usd2."_s;
}

void tst_Importer::rejectionWhere()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, where);

    const auto summary = m_fixture.import(file);
    QVERIFY2(summary.ok(), qPrintable(errorOf(summary)));
    QCOMPARE(summary->rejections.size(), 1);
    QCOMPARE(summary->rejections.first().toString(), where);
}

void tst_Importer::rejectionsReportedUpToTheLimit()
{
    std::vector<json> objects;
    for (int i = 0; i < ImportSummary::maxReported + 5; ++i)
        objects.push_back(refundJson("re_" + std::to_string(i), "pr_missing", "usd", 1));
    const Snapshot before = snapshot();
    const auto summary = m_fixture.import(linesFile(objects));
    QVERIFY2(summary.ok(), qPrintable(errorOf(summary)));
    QCOMPARE(summary->rejected, ImportSummary::maxReported + 5);
    QCOMPARE(summary->rejections.size(), ImportSummary::maxReported);
    QCOMPARE(summary->rejections.last().line, qint64(ImportSummary::maxReported));
    expectUnchanged(before);
}

QTEST_GUILESS_MAIN(tst_Importer)
#include "tst_importer.moc"
