#include "core/timestamp.h"
#include "demo/demogenerator.h"
#include "failingstore.h"
#include "historymodel.h"
#include "io/importer.h"
#include "recordformat.h"
#include "roles.h"
#include "store/sqlitestore.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 paidAt = 1700000000; // 2023-11-14T22:13:20Z, when the payments were made
const Actor importer {QStringLiteral("importer")};
const Actor agent {QStringLiteral("agent.smith")};

/// A paid record in the API's shape; `refunded` as the source reports it.
QByteArray recordJson(const char *id, const char *currency, qint64 guaranteed, qint64 refunded = 0,
                      const char *extra = "")
{
    return QByteArray(R"({"object":"payment_record","id":"%ID","amount_requested":%REQ,)"
                      R"("amount_authorized":%AMT,"amount_guaranteed":%AMT,)"
                      R"("amount_refunded":%REF,"created":1700000000%EXTRA})")
        .replace("%ID", id)
        .replace("%REQ",
                 R"({"currency":"%C","value":)"
                     + QByteArray::number(std::max<qint64>(guaranteed, refunded)) + "}")
        .replace("%AMT", R"({"currency":"%C","value":)" + QByteArray::number(guaranteed) + "}")
        .replace("%REF", R"({"currency":"%C","value":)" + QByteArray::number(refunded) + "}")
        .replace("%EXTRA", extra)
        .replace("%C", currency);
}

QByteArray attemptJson(const char *id, const char *record, const char *currency, qint64 amount,
                       const char *outcome = "guaranteed")
{
    const bool guaranteed = qstrcmp(outcome, "guaranteed") == 0;
    return QByteArray(R"({"object":"payment_attempt_record","id":"%ID","payment_record":"%R",)"
                      R"("outcome":"%O","amount_requested":{"currency":"%C","value":%A},)"
                      R"("amount_guaranteed":{"currency":"%C","value":%G},"created":1700000000})")
        .replace("%ID", id)
        .replace("%R", record)
        .replace("%O", outcome)
        .replace("%C", currency)
        .replace("%A", QByteArray::number(amount))
        .replace("%G", QByteArray::number(guaranteed ? amount : 0));
}

QByteArray refundJson(const char *id, const char *record, qint64 amount, const char *status,
                      const char *extra = "")
{
    return QByteArray(R"({"object":"refund","id":"%ID","payment_record":"%R","amount":%A,)"
                      R"("currency":"usd","status":"%S","created":1700003600%X})")
        .replace("%ID", id)
        .replace("%R", record)
        .replace("%A", QByteArray::number(amount))
        .replace("%S", status)
        .replace("%X", extra);
}

QByteArray array(const QList<QByteArray> &objects)
{
    return '[' + objects.join(',') + ']';
}

const char *const histExtra =
    R"(,"customer_details":{"email":"zoe@example.com","name":"Zoë Müller"},)"
    R"("description":"Coffee beans, 1 kg","metadata":{"coupon":"WELCOME","plan":"basic"},)"
    R"("payment_method_details":{"type":"card","card":{"brand":"visa","last4":"4242"}})";

/// Every payment of the suite, as one file: pr_hist with an attempt and a pending refund
/// that comes with it, records refunded before the desk saw them, jpy and kwd.
QByteArray baseFile()
{
    return array({
        recordJson("pr_hist", "usd", 30702, 0, histExtra),
        attemptJson("par_hist", "pr_hist", "usd", 30702),
        refundJson("re_with", "pr_hist", 500, "pending"),
        recordJson("pr_prior", "usd", 5000, 1000),
        recordJson("pr_over", "usd", 0, 1000),
        recordJson("pr_jpy", "jpy", 5550),
        recordJson("pr_kwd", "kwd", 5550, 1234),
        recordJson("pr_big", "usd", 9007199254740993),
        recordJson("pr_two", "usd", 0),
        attemptJson("par_two", "pr_two", "usd", 1200, "initiated"),
    });
}

} // namespace

class tst_HistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void describesEachAction_data();
    void describesEachAction();
    void timelineInOrder();
    void whenWhoAndTooltips();
    void importedRefundKeepsItsArrivalStatus();
    void largeAmountsStayExact();
    void refreshShowsNewEvents();
    void emptyRecordClears();
    void unknownRecordIsSignalled();
    void storeErrorsAreSignalled();

private:
    /// Imports `file` under `source`; false (with a warning) when the import fails.
    bool import(const QByteArray &file, const QString &source);
    /// Does what a row of describesEachAction asks; returns the id its sentence names.
    QString perform(const QString &step);
    /// The model's rows' EventActionRole, top to bottom.
    static QStringList actions(const HistoryModel &model);
    /// The What text of the last row with `action`, or a note that there is none.
    static QString lastWhat(const HistoryModel &model, const QString &action);
    void tick() { m_nowMs += 60 * 1000; }

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
    qint64 m_nowMs = 0;
    int m_databases = 0;
};

void tst_HistoryModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void tst_HistoryModel::init()
{
    auto opened =
        SqliteStore::open(m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(++m_databases)));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    m_store = std::move(opened).value();
    m_nowMs = (paidAt + 86400) * 1000;
    m_store->setClock([this] { return m_nowMs; });
    QVERIFY(import(baseFile(), QStringLiteral("/home/agent/exports/orders.json")));
    tick();
}

void tst_HistoryModel::cleanup()
{
    m_store.reset();
}

bool tst_HistoryModel::import(const QByteArray &file, const QString &source)
{
    QBuffer buffer;
    buffer.setData(file);
    buffer.open(QIODevice::ReadOnly);
    ImportOptions options;
    options.source = source;
    const auto imported = importJson(*m_store, buffer, options, importer);
    if (!imported) {
        qWarning("import failed: %s", qPrintable(imported.error().message));
        return false;
    }
    for (const Rejection &rejection : imported->rejections)
        qWarning("rejected: %s", qPrintable(rejection.toString()));
    return imported->rejected == 0 && imported->written;
}

QStringList tst_HistoryModel::actions(const HistoryModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data(EventActionRole).toString();
    return out;
}

QString tst_HistoryModel::lastWhat(const HistoryModel &model, const QString &action)
{
    for (int row = model.rowCount() - 1; row >= 0; --row) {
        if (model.index(row, 0).data(EventActionRole).toString() == action)
            return model.index(row, HistoryModel::What).data().toString();
    }
    return QStringLiteral("(no %1 row among %2)").arg(action, actions(model).join(u", "_s));
}

QString tst_HistoryModel::perform(const QString &step)
{
    const auto refund = [this](const char *record, qint64 amount, RefundReason reason,
                               bool reported = false) -> QString {
        RefundRequest request;
        request.paymentRecordId = QString::fromLatin1(record);
        request.amount = amount;
        request.reason = reason;
        request.reported = reported;
        if (reported)
            request.refundReference = QStringLiteral("rf_processor_1");
        const auto created = m_store->createRefund(request, agent);
        if (!created) {
            qWarning("createRefund failed: %s", qPrintable(created.error().message));
            return {};
        }
        tick();
        return created->refund.id;
    };
    const auto change = [this](const QString &id, RefundStatus to, FailureReason failure,
                               PendingReason pending) {
        StatusChange request;
        request.to = to;
        request.failureReason = failure;
        request.pendingReason = pending;
        const auto changed = m_store->changeRefundStatus(id, request, agent);
        if (!changed)
            qWarning("changeRefundStatus failed: %s", qPrintable(changed.error().message));
        tick();
    };

    if (step == u"refund"_s)
        return refund("pr_hist", 2500, RefundReason::RequestedByCustomer);
    if (step == u"refund without reason"_s)
        return refund("pr_hist", 2500, RefundReason::None);
    if (step == u"refund jpy"_s)
        return refund("pr_jpy", 1000, RefundReason::Duplicate);
    if (step == u"refund reported"_s)
        return refund("pr_hist", 2500, RefundReason::Fraudulent, true);
    if (step == u"refund failed"_s) {
        const QString id = refund("pr_hist", 2500, RefundReason::RequestedByCustomer);
        change(id, RefundStatus::Failed, FailureReason::Declined, PendingReason::None);
        return id;
    }
    if (step == u"refund back to pending"_s) {
        const QString id = refund("pr_hist", 2500, RefundReason::None);
        change(id, RefundStatus::RequiresAction, FailureReason::None, PendingReason::None);
        change(id, RefundStatus::Pending, FailureReason::None, PendingReason::Processing);
        return id;
    }
    if (step == u"note"_s) {
        const auto added = m_store->addRecordNote(
            QStringLiteral("pr_hist"), QStringLiteral("Customer called,\n  wants a refund"), agent);
        if (!added)
            qWarning("addRecordNote failed: %s", qPrintable(added.error().message));
        return {};
    }
    if (step == u"metadata"_s) {
        const Metadata metadata {{QStringLiteral("order_id"), QStringLiteral("A-1")},
                                 {QStringLiteral("plan"), QStringLiteral("team")}};
        const auto set = m_store->setRecordMetadata(QStringLiteral("pr_hist"), metadata, agent);
        if (!set)
            qWarning("setRecordMetadata failed: %s", qPrintable(set.error().message));
        return {};
    }
    if (step == u"record updated"_s) {
        const char *changed =
            R"(,"customer_details":{"email":"zoe@example.org","name":"Zoë Müller"},)"
            R"("description":"Coffee beans, 1 kg","metadata":{"coupon":"WELCOME","plan":"pro"},)"
            R"("payment_method_details":{"type":"card","card":{"brand":"visa","last4":"4242"}})";
        import(array({recordJson("pr_hist", "usd", 30702, 0, changed)
                          .replace(R"("value":30702},"amount_a)", R"("value":31000},"amount_a)")}),
               QStringLiteral("orders-2.json"));
        return {};
    }
    if (step == u"refund imported"_s) {
        import(array({refundJson("re_later", "pr_hist", 500, "succeeded")}),
               QStringLiteral("refunds.json"));
        return {};
    }
    if (step == u"refund updated"_s) {
        import(array({refundJson("re_later", "pr_hist", 500, "succeeded")}),
               QStringLiteral("refunds.json"));
        tick();
        import(array({refundJson("re_later", "pr_hist", 500, "failed",
                                 R"(,"failure_reason":"declined")")}),
               QStringLiteral("refunds-2.json"));
        return {};
    }
    if (step == u"attempt updated"_s) {
        import(array({attemptJson("par_two", "pr_two", "usd", 1200, "guaranteed")}),
               QStringLiteral("attempts.json"));
        return {};
    }
    if (step == u"demo"_s) {
        DemoOptions options;
        options.records = 1;
        options.seed = 7;
        const auto generated = generateDemo(*m_store, options, importer);
        if (!generated)
            qWarning("generateDemo failed: %s", qPrintable(generated.error().message));
        RecordQuery query;
        query.limit = 1;
        const auto page = m_store->listRecords(query);
        for (const auto &row : page ? page->rows : QList<RecordRow>()) {
            if (!row.record.id.startsWith(u"pr_hist"_s) && row.record.id.size() > 10)
                return row.record.id;
        }
        return {};
    }
    if (step == u"custom batch"_s) {
        auto bulk = m_store->beginBulk(importer);
        if (!bulk)
            return {};
        PaymentRecord record;
        record.id = QStringLiteral("pr_custom");
        record.currency = QStringLiteral("usd");
        record.created = paidAt;
        if (!bulk.value()->putRecord(record))
            return {};
        const auto committed = bulk.value()->commit(QStringLiteral("test.custom"),
                                                    QByteArrayLiteral(R"({"ticket":"T-9"})"));
        if (!committed)
            qWarning("commit failed: %s", qPrintable(committed.error().message));
        return {};
    }
    return {};
}

void tst_HistoryModel::describesEachAction_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("expected"); // %1 is the id perform() returns

    QTest::newRow("import") << ""
                            << "pr_hist"
                            << "import"
                            << "Imported from orders.json (10 new objects)";
    QTest::newRow("attempt") << ""
                             << "pr_hist"
                             << "payment_attempt"
                             << "Payment attempt par_hist guaranteed $307.02";
    QTest::newRow("refund that came with the payment")
        << ""
        << "pr_hist"
        << "refund"
        << "Refund re_with of $5.00 imported with the payment (Pending)";
    QTest::newRow("refund created") << "refund"
                                    << "pr_hist"
                                    << "refund.created"
                                    << "Refund %1 of $25.00 created (Requested by customer)";
    QTest::newRow("refund created without reason") << "refund without reason"
                                                   << "pr_hist"
                                                   << "refund.created"
                                                   << "Refund %1 of $25.00 created";
    QTest::newRow("refund created in jpy") << "refund jpy"
                                           << "pr_jpy"
                                           << "refund.created"
                                           << "Refund %1 of ¥1,000 created (Duplicate)";
    QTest::newRow("refund reported")
        << "refund reported"
        << "pr_hist"
        << "refund.created"
        << "Refund %1 of $25.00 reported as refunded at the processor (Fraudulent)";
    QTest::newRow("status changed to failed") << "refund failed"
                                              << "pr_hist"
                                              << "refund.status_changed"
                                              << "Refund %1 Pending → Failed: Declined";
    QTest::newRow("status changed to pending") << "refund back to pending"
                                               << "pr_hist"
                                               << "refund.status_changed"
                                               << "Refund %1 Requires action → Pending: Processing";
    QTest::newRow("note") << "note"
                          << "pr_hist"
                          << "record.note"
                          << "Note: Customer called, wants a refund";
    QTest::newRow("metadata changed")
        << "metadata"
        << "pr_hist"
        << "record.metadata_changed"
        << "Metadata changed: coupon removed, order_id set to “A-1”, plan “basic” → “team”";
    QTest::newRow("record updated")
        << "record updated"
        << "pr_hist"
        << "record.updated"
        << "Record updated by import: requested $307.02 → $310.00; email “zoe@example.com” → "
           "“zoe@example.org”; metadata: plan “basic” → “pro”";
    QTest::newRow("prior refunded") << ""
                                    << "pr_prior"
                                    << "record.prior_refunded"
                                    << "Prior refund of $10.00 at the processor, before RefundDesk";
    QTest::newRow("prior refunded in kwd")
        << ""
        << "pr_kwd"
        << "record.prior_refunded"
        << "Prior refund of KWD 1.234 at the processor, before RefundDesk";
    QTest::newRow("over-reported at the source")
        << ""
        << "pr_over"
        << "record.prior_refunded"
        << "The source reported $10.00 refunded of $0.00 guaranteed; imported as fully refunded";
    QTest::newRow("refund imported later") << "refund imported"
                                           << "pr_hist"
                                           << "refund.imported"
                                           << "Refund re_later of $5.00 imported (Succeeded)";
    QTest::newRow("refund updated by import")
        << "refund updated"
        << "pr_hist"
        << "refund.updated"
        << "Refund re_later updated by import: failure reason none → Declined; status Succeeded → "
           "Failed";
    QTest::newRow("attempt updated by import")
        << "attempt updated"
        << "pr_two"
        << "attempt.updated"
        << "Payment attempt par_two updated by import: guaranteed $0.00 → $12.00; outcome "
           "initiated → guaranteed";
    QTest::newRow("demo data") << "demo"
                               << "%1"
                               << "import.demo"
                               << "Demo data generated (1 record, seed 7)";
    QTest::newRow("unknown action") << "custom batch"
                                    << "pr_custom"
                                    << "test.custom"
                                    << R"(test.custom: {"ticket":"T-9"})";
}

void tst_HistoryModel::describesEachAction()
{
    QFETCH(QString, step);
    QFETCH(QString, record);
    QFETCH(QString, action);
    QFETCH(QString, expected);

    const QString id = perform(step);
    if (record.contains(u"%1"_s)) {
        QVERIFY2(!id.isEmpty(), "the step names no record");
        record = record.arg(id);
    }
    if (expected.contains(u"%1"_s)) {
        QVERIFY2(!id.isEmpty(), "the step failed");
        expected = expected.arg(id);
    }
    HistoryModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &HistoryModel::errorOccurred);
    model.setRecord(record);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(lastWhat(model, action), expected);
}

void tst_HistoryModel::timelineInOrder()
{
    perform(QStringLiteral("refund"));
    perform(QStringLiteral("note"));
    perform(QStringLiteral("metadata"));
    HistoryModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecord(QStringLiteral("pr_hist"));
    // The payment and the refund that came with it happened before the import wrote them.
    QCOMPARE(actions(model),
             QStringList({u"payment_attempt"_s, u"refund"_s, u"import"_s, u"refund.created"_s,
                          u"record.note"_s, u"record.metadata_changed"_s}));
    qint64 lastSeq = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QVariant seq = model.index(row, 0).data(EventSeqRole);
        if (row < 2) {
            QVERIFY2(seq.isNull(), "attempts and imported refunds are not events");
            continue;
        }
        QVERIFY(seq.toLongLong() > lastSeq);
        lastSeq = seq.toLongLong();
    }
    QCOMPARE(model.index(0, 0).data(RecordIdRole).toString(), QStringLiteral("pr_hist"));
    QCOMPARE(model.index(1, 0).data(RefundIdRole).toString(), QStringLiteral("re_with"));
    QVERIFY(model.index(3, 0).data(RefundIdRole).toString().startsWith(u"re_"_s));
    QVERIFY(model.index(4, 0).data(RefundIdRole).isNull());
}

void tst_HistoryModel::whenWhoAndTooltips()
{
    perform(QStringLiteral("refund"));
    HistoryModel model(*m_store);
    model.setRecord(QStringLiteral("pr_hist"));
    QCOMPARE(model.columnCount(), int(HistoryModel::ColumnCount));
    QCOMPARE(model.headerData(HistoryModel::When, Qt::Horizontal).toString(), u"When"_s);
    QCOMPARE(model.headerData(HistoryModel::What, Qt::Horizontal).toString(), u"What"_s);

    // The attempt: when the payment was made, by the processor.
    QCOMPARE(model.index(0, HistoryModel::When).data().toString(), RecordFormat::created(paidAt));
    QCOMPARE(model.index(0, HistoryModel::When).data(Qt::ToolTipRole).toString(),
             u"2023-11-14T22:13:20Z"_s);
    QCOMPARE(model.index(0, HistoryModel::Who).data().toString(), u"Processor"_s);
    const QString attempt = model.index(0, HistoryModel::What).data(Qt::ToolTipRole).toString();
    QVERIFY2(attempt.contains(u"Guaranteed: $307.02"_s), qPrintable(attempt));
    // The import, by whoever imported, at the store's clock.
    QCOMPARE(model.index(2, HistoryModel::Who).data().toString(), u"importer"_s);
    QCOMPARE(model.index(2, HistoryModel::When).data(Qt::ToolTipRole).toString(),
             formatTimestamp(paidAt + 86400));
    // The refund, by the agent; the tooltip holds the whole payload.
    QCOMPARE(model.index(3, HistoryModel::Who).data().toString(), u"agent.smith"_s);
    const QString tooltip = model.index(3, HistoryModel::What).data(Qt::ToolTipRole).toString();
    QVERIFY2(tooltip.contains(u"\"reason\": \"requested_by_customer\""_s), qPrintable(tooltip));
    QVERIFY2(tooltip.contains(u"\"amount\": 2500"_s), qPrintable(tooltip));
}

void tst_HistoryModel::importedRefundKeepsItsArrivalStatus()
{
    StatusChange succeeded;
    succeeded.to = RefundStatus::Succeeded;
    const auto changed = m_store->changeRefundStatus(QStringLiteral("re_with"), succeeded, agent);
    QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().message));
    HistoryModel model(*m_store);
    model.setRecord(QStringLiteral("pr_hist"));
    QCOMPARE(lastWhat(model, QStringLiteral("refund")),
             u"Refund re_with of $5.00 imported with the payment (Pending)"_s);
    QCOMPARE(lastWhat(model, QStringLiteral("refund.status_changed")),
             u"Refund re_with Pending → Succeeded"_s);
}

void tst_HistoryModel::largeAmountsStayExact()
{
    // 2^53 + 1 minor units: a double would read it as 2^53 and show ….92.
    RefundRequest request;
    request.paymentRecordId = QStringLiteral("pr_big");
    request.amount = 9007199254740993;
    const auto created = m_store->createRefund(request, agent);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    HistoryModel model(*m_store);
    model.setRecord(QStringLiteral("pr_big"));
    QCOMPARE(lastWhat(model, QStringLiteral("refund.created")),
             QStringLiteral("Refund %1 of $90,071,992,547,409.93 created").arg(created->refund.id));
}

void tst_HistoryModel::refreshShowsNewEvents()
{
    HistoryModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecord(QStringLiteral("pr_hist"));
    const int before = model.rowCount();
    perform(QStringLiteral("note"));
    QCOMPARE(model.rowCount(), before);
    model.refresh();
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.index(before, HistoryModel::What).data().toString(),
             u"Note: Customer called, wants a refund"_s);
    QCOMPARE(model.recordId(), u"pr_hist"_s);
}

void tst_HistoryModel::emptyRecordClears()
{
    HistoryModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &HistoryModel::errorOccurred);
    model.setRecord(QStringLiteral("pr_hist"));
    QVERIFY(model.rowCount() > 0);
    model.setRecord(QString());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(errors.count(), 0);
}

void tst_HistoryModel::unknownRecordIsSignalled()
{
    HistoryModel model(*m_store);
    QSignalSpy errors(&model, &HistoryModel::errorOccurred);
    model.setRecord(QStringLiteral("pr_missing"));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.at(0).at(0).toString().contains(u"pr_missing"_s),
             qPrintable(errors.at(0).at(0).toString()));
}

void tst_HistoryModel::storeErrorsAreSignalled()
{
    Testing::FailingStore failing;
    HistoryModel model(failing);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &HistoryModel::errorOccurred);
    model.setRecord(QStringLiteral("pr_hist"));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).toString(), u"database disk image is malformed"_s);
}

QTEST_GUILESS_MAIN(tst_HistoryModel)
#include "tst_historymodel.moc"
