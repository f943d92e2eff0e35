#include "domain/recordstate.h"
#include "failingstore.h"
#include "historymodel.h"
#include "recorddetailpane.h"
#include "refundlistmodel.h"
#include "roles.h"
#include "store/sqlitestore.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 paidAt = 1795176000; // 2026-11-20T12:00:00Z
const Actor agent {u"local:amara"_s};

PaymentRecord paid(const QString &id, const QString &currency, qint64 amount)
{
    PaymentRecord record;
    record.id = id;
    record.currency = currency;
    record.amountRequested = record.amountAuthorized = record.amountGuaranteed = amount;
    record.created = paidAt;
    record.latestAttemptId = u"par_"_s + id.mid(3);
    return record;
}

PaymentAttempt attemptOf(const PaymentRecord &record)
{
    PaymentAttempt attempt;
    attempt.id = record.latestAttemptId;
    attempt.paymentRecordId = record.id;
    attempt.outcome =
        record.amountGuaranteed > 0 ? AttemptOutcome::Guaranteed : AttemptOutcome::Failed;
    attempt.currency = record.currency;
    attempt.amountRequested = record.amountRequested;
    attempt.amountAuthorized = record.amountAuthorized;
    attempt.amountGuaranteed = record.amountGuaranteed;
    attempt.amountFailed = record.amountFailed;
    attempt.created = record.created;
    attempt.paymentMethod = record.paymentMethod;
    return attempt;
}

/// The payments of the suite: a card payment with everything filled in, jpy refunded in part
/// before the desk saw it, kwd, one refunded in full and one that failed.
QList<PaymentRecord> records()
{
    PaymentRecord usd = paid(u"pr_3NfXq8wTb2LmKp9ZcR4sVd7H"_s, u"usd"_s, 30702);
    usd.customer = {u"cus_Q1w2E3r4"_s, u"zoe.muller@example.com"_s, u"Zoë Müller"_s,
                    u"+41 44 668 18 00"_s};
    usd.paymentMethod.type = u"card"_s;
    usd.paymentMethod.cardBrand = u"visa"_s;
    usd.paymentMethod.cardLast4 = u"4242"_s;
    usd.description = u"Annual plan — order 40012"_s;
    usd.processorReference = u"ch_1PqR7sT8uV9w"_s;
    usd.metadata = {{u"order_id"_s, u"40012"_s}, {u"plan"_s, u"team"_s}};

    PaymentRecord jpy = paid(u"pr_jpy"_s, u"jpy"_s, 5550);
    jpy.amountRefunded = jpy.priorRefunded = 1000;
    PaymentRecord kwd = paid(u"pr_kwd"_s, u"kwd"_s, 1234567);
    PaymentRecord full = paid(u"pr_full"_s, u"usd"_s, 1000);
    full.amountRefunded = full.priorRefunded = 1000;
    PaymentRecord failed = paid(u"pr_failed"_s, u"usd"_s, 0);
    failed.amountRequested = failed.amountFailed = 2000;
    return {usd, jpy, kwd, full, failed};
}

const QString usdId = u"pr_3NfXq8wTb2LmKp9ZcR4sVd7H"_s;

} // namespace

class tst_RecordDetailPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void startsEmpty();
    void showsAmounts_data();
    void showsAmounts();
    void showsCustomerAndMetadata();
    void refundsHideWhatRepeatsTheRecord();
    void refreshAfterRefund();
    void addsNote();
    void addsNoteWithEnter();
    void refusedNoteShowsRule_data();
    void refusedNoteShowsRule();
    void noteDoesNotFollowToAnotherRecord();
    void refundButton_data();
    void refundButton();
    void requestsAndActivations();
    void historyScrolledToEnd();
    void unknownRecordShowsMessage();
    void storeErrorShowsMessage();
    void screenshot();

private:
    std::unique_ptr<RecordDetailPane> shownPane(const QString &recordId);
    QString createRefund(const QString &recordId, qint64 amount,
                         RefundReason reason = RefundReason::RequestedByCustomer,
                         bool reported = false);
    qint64 eventCount(const QString &recordId);
    template<typename T>
    static T *part(QWidget &pane, const char *name)
    {
        return pane.findChild<T *>(QLatin1String(name));
    }
    static QString text(QWidget &pane, const char *label)
    {
        auto *found = part<QLabel>(pane, label);
        return found ? found->text() : u"(no label %1)"_s.arg(QLatin1String(label));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
    qint64 m_nowMs = 0;
    int m_databases = 0;
};

void tst_RecordDetailPane::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void tst_RecordDetailPane::init()
{
    auto opened = SqliteStore::open(m_dir.filePath(u"pane-%1.sqlite"_s.arg(++m_databases)));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    m_store = std::move(opened).value();
    m_nowMs = (paidAt + 86400) * 1000;
    m_store->setClock([this] { return m_nowMs; });

    auto bulk = m_store->beginBulk(Actor {u"importer"_s});
    QVERIFY(bulk);
    for (const PaymentRecord &record : records()) {
        const auto put = bulk.value()->putRecord(record);
        QVERIFY2(put, qPrintable(put ? QString() : put.error().message));
        const auto attempt = bulk.value()->putAttempt(attemptOf(record));
        QVERIFY2(attempt, qPrintable(attempt ? QString() : attempt.error().message));
    }
    const auto committed = bulk.value()->commit(
        u"import"_s, R"({"source":"/srv/exports/orders.json","imported":10,"updated":0})");
    QVERIFY2(committed, qPrintable(committed ? QString() : committed.error().message));
    m_nowMs += 3600 * 1000;
    // A pending refund holds part of the kwd payment back.
    QVERIFY(!createRefund(u"pr_kwd"_s, 500).isEmpty());
}

void tst_RecordDetailPane::cleanup()
{
    m_store.reset();
}

std::unique_ptr<RecordDetailPane> tst_RecordDetailPane::shownPane(const QString &recordId)
{
    auto pane = std::make_unique<RecordDetailPane>(*m_store, agent);
    pane->resize(520, 800);
    pane->show();
    if (!QTest::qWaitForWindowExposed(pane.get()))
        return {};
    if (!recordId.isEmpty())
        pane->showRecord(recordId);
    return pane;
}

QString tst_RecordDetailPane::createRefund(const QString &recordId, qint64 amount,
                                           RefundReason reason, bool reported)
{
    RefundRequest request;
    request.paymentRecordId = recordId;
    request.amount = amount;
    request.reason = reason;
    request.reported = reported;
    if (reported)
        request.refundReference = u"rf_%1"_s.arg(m_nowMs);
    const auto created = m_store->createRefund(request, agent);
    m_nowMs += 600 * 1000;
    if (!created) {
        qWarning("createRefund failed: %s", qPrintable(created.error().message));
        return {};
    }
    return created->refund.id;
}

qint64 tst_RecordDetailPane::eventCount(const QString &recordId)
{
    const auto events = m_store->history(recordId);
    return events ? events->size() : -1;
}

void tst_RecordDetailPane::startsEmpty()
{
    auto pane = shownPane({});
    QVERIFY(pane);
    QCOMPARE(pane->recordId(), QString());
    auto *empty = part<QLabel>(*pane, "emptyLabel");
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), u"Select a payment to see its details"_s);
    QVERIFY(!part<QWidget>(*pane, "amountsBox")->isVisible());

    pane->showRecord(usdId);
    QVERIFY(!empty->isVisible());
    QVERIFY(part<QWidget>(*pane, "amountsBox")->isVisible());
    QCOMPARE(pane->recordId(), usdId);

    pane->clear();
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), u"Select a payment to see its details"_s);
    QCOMPARE(pane->recordId(), QString());
}

void tst_RecordDetailPane::showsAmounts_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("guaranteed");
    QTest::addColumn<QString>("refunded");
    QTest::addColumn<QString>("prior"); // empty: the row is hidden
    QTest::addColumn<QString>("pending");
    QTest::addColumn<QString>("refundable");
    QTest::addColumn<QString>("state");

    QTest::newRow("usd") << usdId << "$307.02"
                         << "$307.02"
                         << "$0.00"
                         << ""
                         << "$0.00"
                         << "$307.02"
                         << "Paid";
    QTest::newRow("jpy, refunded in part before the desk")
        << "pr_jpy"
        << "¥5,550"
        << "¥5,550"
        << "¥1,000"
        << "incl. ¥1,000 refunded before RefundDesk"
        << "¥0"
        << "¥4,550"
        << "Partially refunded";
    QTest::newRow("kwd with a pending refund") << "pr_kwd"
                                               << "KWD 1,234.567"
                                               << "KWD 1,234.567"
                                               << "KWD 0.000"
                                               << ""
                                               << "KWD 0.500"
                                               << "KWD 1,234.067"
                                               << "Refund pending";
    QTest::newRow("refunded in full") << "pr_full"
                                      << "$10.00"
                                      << "$10.00"
                                      << "$10.00"
                                      << "incl. $10.00 refunded before RefundDesk"
                                      << "$0.00"
                                      << "$0.00"
                                      << "Refunded";
}

void tst_RecordDetailPane::showsAmounts()
{
    QFETCH(QString, record);
    QFETCH(QString, requested);
    QFETCH(QString, guaranteed);
    QFETCH(QString, refunded);
    QFETCH(QString, prior);
    QFETCH(QString, pending);
    QFETCH(QString, refundable);
    QFETCH(QString, state);

    // Shown after another record, as when an agent moves down the list.
    auto pane = shownPane(u"pr_kwd"_s);
    QVERIFY(pane);
    pane->showRecord(record);
    QCOMPARE(text(*pane, "recordIdLabel"), record);
    QCOMPARE(text(*pane, "stateLabel"), state);
    QCOMPARE(text(*pane, "requestedLabel"), requested);
    QCOMPARE(text(*pane, "guaranteedLabel"), guaranteed);
    QCOMPARE(text(*pane, "refundedLabel"), refunded);
    QCOMPARE(part<QLabel>(*pane, "priorRefundedLabel")->isVisible(), !prior.isEmpty());
    if (!prior.isEmpty())
        QCOMPARE(text(*pane, "priorRefundedLabel"), prior);
    QCOMPARE(text(*pane, "pendingLabel"), pending);
    QCOMPARE(text(*pane, "refundableLabel"), refundable);
    QVERIFY(part<QLabel>(*pane, "refundableLabel")->font().bold());
    QCOMPARE(part<QLabel>(*pane, "refundableLabel")->accessibleName(),
             u"Still refundable: %1"_s.arg(refundable));
    // Only a failed or canceled payment shows those amounts.
    QVERIFY(!part<QLabel>(*pane, "failedLabel")->isVisible());
    QVERIFY(!part<QLabel>(*pane, "canceledLabel")->isVisible());
    // The figures line up on the right, whatever the record before them needed.
    const auto rightEdges = [&] {
        QSet<int> edges;
        for (const char *figure : {"requestedLabel", "guaranteedLabel", "refundedLabel",
                                   "pendingLabel", "refundableLabel"})
            edges << part<QLabel>(*pane, figure)->geometry().right();
        return edges.size();
    };
    QTRY_COMPARE(rightEdges(), 1);
}

void tst_RecordDetailPane::showsCustomerAndMetadata()
{
    auto pane = shownPane(usdId);
    QVERIFY(pane);
    QCOMPARE(text(*pane, "customerNameLabel"), u"Zoë Müller"_s);
    QCOMPARE(text(*pane, "customerEmailLabel"), u"zoe.muller@example.com"_s);
    QCOMPARE(text(*pane, "customerPhoneLabel"), u"+41 44 668 18 00"_s);
    QCOMPARE(text(*pane, "customerIdLabel"), u"cus_Q1w2E3r4"_s);
    QCOMPARE(text(*pane, "methodLabel"), u"Visa •••• 4242"_s);
    QCOMPARE(text(*pane, "descriptionLabel"), u"Annual plan — order 40012"_s);
    QCOMPARE(text(*pane, "processorReferenceLabel"), u"ch_1PqR7sT8uV9w"_s);
    QVERIFY(text(*pane, "createdLabel").startsWith(u"Created "_s));
    QCOMPARE(part<QLabel>(*pane, "createdLabel")->toolTip(), u"2026-11-20T12:00:00Z"_s);
    for (const char *copyable : {"recordIdLabel", "customerEmailLabel", "processorReferenceLabel"})
        QVERIFY2(part<QLabel>(*pane, copyable)->textInteractionFlags() & Qt::TextSelectableByMouse,
                 copyable);

    QStringList metadata;
    const auto keys = pane->findChildren<QLabel *>(u"metadataKeyLabel"_s);
    const auto values = pane->findChildren<QLabel *>(u"metadataValueLabel"_s);
    QCOMPARE(keys.size(), values.size());
    for (int i = 0; i < keys.size(); ++i)
        metadata << keys.at(i)->text() + u'=' + values.at(i)->text();
    metadata.sort();
    QCOMPARE(metadata, QStringList({u"order_id=40012"_s, u"plan=team"_s}));
    QVERIFY(!part<QLabel>(*pane, "noCustomerLabel")->isVisible());

    // Another record without those fields hides their rows and says it has no metadata.
    pane->showRecord(u"pr_jpy"_s);
    QVERIFY(!part<QLabel>(*pane, "customerPhoneLabel")->isVisible());
    QVERIFY(!part<QLabel>(*pane, "customerEmailLabel")->isVisible());
    QCOMPARE(text(*pane, "noCustomerLabel"), u"No customer or payment method details"_s);
    QVERIFY(part<QLabel>(*pane, "noCustomerLabel")->isVisible());
    QVERIFY(pane->findChildren<QLabel *>(u"metadataKeyLabel"_s).isEmpty());
    QCOMPARE(text(*pane, "noMetadataLabel"), u"No metadata"_s);
}

void tst_RecordDetailPane::refundsHideWhatRepeatsTheRecord()
{
    createRefund(usdId, 2500);
    auto pane = shownPane(usdId);
    QVERIFY(pane);
    auto *view = part<QTableView>(*pane, "recordRefundsView");
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(view->isColumnHidden(RefundListModel::Payment));
    QVERIFY(view->isColumnHidden(RefundListModel::Currency));
    QVERIFY(!view->isColumnHidden(RefundListModel::Amount));
    QCOMPARE(view->model()->index(0, RefundListModel::Amount).data().toString(), u"$25.00"_s);
    QCOMPARE(text(*pane, "refundsTitle"), u"Refunds (1)"_s);

    // Another payment's refunds never show here, and the columns stay hidden after a reset.
    pane->showRecord(u"pr_kwd"_s);
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data(RecordIdRole).toString(), u"pr_kwd"_s);
    QVERIFY(view->isColumnHidden(RefundListModel::Payment));
    // What was refunded and how it went come right after the refund's id.
    QCOMPARE(view->horizontalHeader()->visualIndex(RefundListModel::Id), 0);
    QCOMPARE(view->horizontalHeader()->visualIndex(RefundListModel::Amount), 1);
    QCOMPARE(view->horizontalHeader()->visualIndex(RefundListModel::Status), 2);
    pane->showRecord(u"pr_jpy"_s);
    QCOMPARE(view->model()->rowCount(), 0);
    QCOMPARE(text(*pane, "refundsTitle"), u"Refunds — none yet"_s);
}

void tst_RecordDetailPane::refreshAfterRefund()
{
    auto pane = shownPane(usdId);
    QVERIFY(pane);
    auto *history = part<QTableView>(*pane, "historyView");
    auto *refunds = part<QTableView>(*pane, "recordRefundsView");
    const int rows = history->model()->rowCount();
    QCOMPARE(refunds->model()->rowCount(), 0);

    const QString id = createRefund(usdId, 2500);
    QVERIFY(!id.isEmpty());
    QCOMPARE(text(*pane, "refundableLabel"), u"$307.02"_s); // until refreshed
    pane->refresh();
    QCOMPARE(pane->recordId(), usdId);
    QCOMPARE(text(*pane, "refundableLabel"), u"$282.02"_s);
    QCOMPARE(text(*pane, "pendingLabel"), u"$25.00"_s);
    QCOMPARE(text(*pane, "stateLabel"), u"Refund pending"_s);
    QCOMPARE(refunds->model()->rowCount(), 1);
    QCOMPARE(history->model()->rowCount(), rows + 1);
    const QModelIndex last = history->model()->index(rows, HistoryModel::What);
    QCOMPARE(last.data().toString(),
             u"Refund %1 of $25.00 created (Requested by customer)"_s.arg(id));
    QCOMPARE(last.data(RefundIdRole).toString(), id);
}

void tst_RecordDetailPane::addsNote()
{
    auto pane = shownPane(usdId);
    QVERIFY(pane);
    auto *history = part<QTableView>(*pane, "historyView");
    auto *field = part<QLineEdit>(*pane, "noteField");
    auto *add = part<QPushButton>(*pane, "addNoteButton");
    QVERIFY(field && add);
    const int rows = history->model()->rowCount();
    const qint64 events = eventCount(usdId);

    QTest::keyClicks(field, u"Customer called back, happy with a partial refund"_s);
    QTest::mouseClick(add, Qt::LeftButton);

    QCOMPARE(eventCount(usdId), events + 1);
    QCOMPARE(history->model()->rowCount(), rows + 1);
    QCOMPARE(history->model()->index(rows, HistoryModel::What).data().toString(),
             u"Note: Customer called back, happy with a partial refund"_s);
    QCOMPARE(history->model()->index(rows, HistoryModel::Who).data().toString(), agent.name);
    QCOMPARE(field->text(), QString());
    QVERIFY(!part<QLabel>(*pane, "noteErrorLabel")->isVisible());
}

void tst_RecordDetailPane::addsNoteWithEnter()
{
    auto pane = shownPane(usdId);
    QVERIFY(pane);
    auto *field = part<QLineEdit>(*pane, "noteField");
    const qint64 events = eventCount(usdId);
    QTest::keyClicks(field, u"Chargeback warning"_s);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(eventCount(usdId), events + 1);
    QCOMPARE(field->text(), QString());
}

void tst_RecordDetailPane::refusedNoteShowsRule_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << ""
                           << "note is empty; write what happened.";
    QTest::newRow("only spaces") << "   "
                                 << "note is empty; write what happened.";
    QTest::newRow("too long") << QString(2001, u'x')
                              << "note has 2001 characters; at most 2000 are allowed.";
}

void tst_RecordDetailPane::refusedNoteShowsRule()
{
    QFETCH(QString, note);
    QFETCH(QString, message);
    auto pane = shownPane(usdId);
    QVERIFY(pane);
    auto *field = part<QLineEdit>(*pane, "noteField");
    auto *error = part<QLabel>(*pane, "noteErrorLabel");
    const int rows = part<QTableView>(*pane, "historyView")->model()->rowCount();
    const qint64 events = eventCount(usdId);
    QSignalSpy errors(pane.get(), &RecordDetailPane::errorOccurred);

    field->setText(note);
    QTest::mouseClick(part<QPushButton>(*pane, "addNoteButton"), Qt::LeftButton);

    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), message);
    QCOMPARE(eventCount(usdId), events);
    QCOMPARE(part<QTableView>(*pane, "historyView")->model()->rowCount(), rows);
    QCOMPARE(field->text(), note); // kept, to be fixed
    QCOMPARE(errors.count(), 0); // the agent's to fix, not a failure of the desk

    // Typing again takes the message away.
    QTest::keyClicks(field, u"a"_s);
    QVERIFY(!error->isVisible());
}

void tst_RecordDetailPane::noteDoesNotFollowToAnotherRecord()
{
    auto pane = shownPane(usdId);
    QVERIFY(pane);
    auto *field = part<QLineEdit>(*pane, "noteField");
    QTest::keyClicks(field, u"For the usd payment"_s);
    pane->refresh();
    QCOMPARE(field->text(), u"For the usd payment"_s);
    pane->showRecord(u"pr_jpy"_s);
    QCOMPARE(field->text(), QString());
}

void tst_RecordDetailPane::refundButton_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("tooltip");
    QTest::newRow("paid") << usdId << true << "Refund up to $307.02 of this payment.";
    QTest::newRow("refunded in full")
        << "pr_full" << false << "Nothing left to refund: $10.00 of $10.00 is refunded.";
    QTest::newRow("failed") << "pr_failed" << false << "Nothing to refund: the payment failed.";
}

void tst_RecordDetailPane::refundButton()
{
    QFETCH(QString, record);
    QFETCH(bool, enabled);
    QFETCH(QString, tooltip);
    auto pane = shownPane(record);
    QVERIFY(pane);
    auto *button = part<QPushButton>(*pane, "refundButton");
    QVERIFY(button);
    QCOMPARE(button->isEnabled(), enabled);
    QCOMPARE(button->toolTip(), tooltip);
    QSignalSpy requested(pane.get(), &RecordDetailPane::refundRequested);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.count(), enabled ? 1 : 0);
    if (enabled)
        QCOMPARE(requested.at(0).at(0).toString(), record);
}

void tst_RecordDetailPane::requestsAndActivations()
{
    const QString refundId = createRefund(usdId, 1200);
    auto pane = shownPane(usdId);
    QVERIFY(pane);

    QSignalSpy edit(pane.get(), &RecordDetailPane::editMetadataRequested);
    QTest::mouseClick(part<QPushButton>(*pane, "editMetadataButton"), Qt::LeftButton);
    QCOMPARE(edit.count(), 1);
    QCOMPARE(edit.at(0).at(0).toString(), usdId);

    QSignalSpy activated(pane.get(), &RecordDetailPane::refundActivated);
    auto *refunds = part<QTableView>(*pane, "recordRefundsView");
    refunds->setFocus();
    refunds->setCurrentIndex(refunds->model()->index(0, RefundListModel::Amount));
    QTest::keyClick(refunds, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), refundId);
}

void tst_RecordDetailPane::historyScrolledToEnd()
{
    for (int i = 1; i <= 30; ++i) {
        const auto added = m_store->addRecordNote(usdId, u"Follow-up %1"_s.arg(i), agent);
        QVERIFY(added);
    }
    auto pane = shownPane(usdId);
    QVERIFY(pane);
    auto *history = part<QTableView>(*pane, "historyView");
    QScrollBar *bar = history->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());
    QCOMPARE(history->model()
                 ->index(history->model()->rowCount() - 1, HistoryModel::What)
                 .data()
                 .toString(),
             u"Note: Follow-up 30"_s);
}

void tst_RecordDetailPane::unknownRecordShowsMessage()
{
    auto pane = shownPane({});
    QVERIFY(pane);
    QSignalSpy errors(pane.get(), &RecordDetailPane::errorOccurred);
    pane->showRecord(u"pr_gone"_s);
    QCOMPARE(errors.count(), 1);
    auto *empty = part<QLabel>(*pane, "emptyLabel");
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().startsWith(u"Cannot show payment pr_gone: "_s),
             qPrintable(empty->text()));
}

void tst_RecordDetailPane::storeErrorShowsMessage()
{
    Testing::FailingStore failing;
    RecordDetailPane pane(failing, agent);
    pane.resize(520, 800);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSignalSpy errors(&pane, &RecordDetailPane::errorOccurred);
    pane.showRecord(usdId);
    QVERIFY(errors.count() >= 1);
    QCOMPARE(errors.at(0).at(0).toString(), u"database disk image is malformed"_s);
    QCOMPARE(text(pane, "emptyLabel"),
             u"Cannot show payment %1: database disk image is malformed"_s.arg(usdId));
    pane.refresh(); // tries again, and fails the same way
    QVERIFY(errors.count() >= 2);
    pane.clear();
    QCOMPARE(text(pane, "emptyLabel"), u"Select a payment to see its details"_s);
}

void tst_RecordDetailPane::screenshot()
{
    // Writes history-pane.png when asked: REFUNDDESK_SCREENSHOT_DIR=docs/screenshots.
    const QString folder = qEnvironmentVariable("REFUNDDESK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("REFUNDDESK_SCREENSHOT_DIR is not set");
    const QString failed = createRefund(usdId, 4900, RefundReason::Duplicate);
    StatusChange declined;
    declined.to = RefundStatus::Failed;
    declined.failureReason = FailureReason::Declined;
    QVERIFY(m_store->changeRefundStatus(failed, declined, agent));
    m_nowMs += 1800 * 1000;
    QVERIFY(m_store->addRecordNote(
        usdId, u"Customer asked for the duplicate seat to be refunded; card was replaced."_s,
        agent));
    m_nowMs += 600 * 1000;
    QVERIFY(!createRefund(usdId, 4900, RefundReason::Duplicate, true).isEmpty());
    QVERIFY(m_store->setRecordMetadata(
        usdId, {{u"order_id"_s, u"40012"_s}, {u"plan"_s, u"team"_s}, {u"ticket"_s, u"SUP-2231"_s}},
        agent));
    QVERIFY(!createRefund(usdId, 2500).isEmpty());

    auto pane = shownPane(usdId);
    QVERIFY(pane);
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(u"history-pane.png"_s);
    QTest::qWait(50); // let posted layout requests settle, as the event loop would
    QVERIFY(pane->grab().save(path));
    qInfo("screenshot written to %s", qPrintable(path));
}

QTEST_MAIN(tst_RecordDetailPane)
#include "tst_recorddetailpane.moc"
