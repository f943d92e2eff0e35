// The "Done when", from the GUI: with an agent (100.00 usd limit), a supervisor and
// an admin, the agent's 250.00 usd refund waits for the supervisor, the agent cannot
// approve it, the supervisor can, and the audit trail shows all of it with verified hashes.

#include "approvaldialog.h"
#include "approvalsview.h"
#include "auditmodel.h"
#include "auditview.h"
#include "mainwindow.h"
#include "refunddialog.h"
#include "refundlistmodel.h"
#include "seedrecords.h"
#include "store/sqlitestore.h"
#include "userseed.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 nowSeconds = TestSeed::newest + 86400;
const QString mia = u"pr_usd_mia_larsen"_s; // $400.00 paid
const QString kenji = u"pr_usd_kenji_tanaka"_s; // $1,250.00 paid

const Actor agent = TestUsers::actor(TestUsers::agent, Role::Agent);
const Actor supervisor = TestUsers::actor(TestUsers::supervisor, Role::Supervisor);
const Actor admin = TestUsers::actor(TestUsers::admin, Role::Admin);
const Actor viewer = TestUsers::actor(TestUsers::viewer, Role::Viewer);

PaymentRecord paidRecord(const QString &id, qint64 amount, const QString &name)
{
    PaymentRecord record;
    record.id = id;
    record.currency = u"usd"_s;
    record.amountRequested = record.amountAuthorized = record.amountGuaranteed = amount;
    record.created = TestSeed::newest - 3600;
    record.customer.name = name;
    record.customer.email = name.toLower().replace(u' ', u'.') + u"@example.com"_s;
    record.description = u"Annual plan — order 40417"_s;
    record.paymentMethod.type = u"card"_s;
    record.paymentMethod.cardBrand = u"visa"_s;
    record.paymentMethod.cardLast4 = u"4242"_s;
    record.latestAttemptId = u"par_"_s + id.mid(3);
    return record;
}

RefundRequest usdRefund(const QString &recordId, qint64 amount, const QString &note = {})
{
    RefundRequest request;
    request.paymentRecordId = recordId;
    request.amount = amount;
    request.currency = u"usd"_s;
    request.reason = RefundReason::RequestedByCustomer;
    request.note = note;
    return request;
}

template<typename T>
QString errorOf(const Result<T> &result)
{
    return result ? QString() : result.error().message;
}

} // namespace

class tst_ApprovalsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void agentRefundWaitsForSupervisor();
    void decisionButtonsFollowRoleAndCreator_data();
    void decisionButtonsFollowRoleAndCreator();
    void rejectNeedsANote();
    void decidedElsewhereIsNotDecidedAgain();
    void modelRefusalIsShown();
    void screenshot();

private:
    std::unique_ptr<MainWindow> openWindow(const Actor &actor);
    /// A refund of `amount` cents on `recordId` by `by` (the agent unless said), above
    /// their limit.
    Refund waitingRefund(const QString &recordId, qint64 amount, const QString &note = {},
                         const Actor &by = agent);
    static StoreOpener opener(const QString &path);

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
};

void tst_ApprovalsView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
}

StoreOpener tst_ApprovalsView::opener(const QString &path)
{
    return sqliteOpener(path);
}

void tst_ApprovalsView::init()
{
    QSettings().clear();
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).remove(u' ');
    auto opened = SqliteStore::open(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + tag + u".sqlite"_s));
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_store = std::move(opened).value();
    m_store->setClock([] { return nowSeconds * 1000; });
    // The payments come in while the desk has no users yet, as a first import would.
    auto bulk = m_store->beginBulk(localOperator());
    QVERIFY2(bulk, qPrintable(errorOf(bulk)));
    for (const PaymentRecord &record :
         {paidRecord(mia, 40000, u"Mia Larsen"_s), paidRecord(kenji, 125000, u"Kenji Tanaka"_s)}) {
        QVERIFY(bulk.value()->putRecord(record));
        QVERIFY(bulk.value()->putAttempt(TestSeed::attemptFor(record, AttemptOutcome::Guaranteed)));
    }
    QVERIFY(bulk.value()->commit(u"import"_s, QByteArrayLiteral("{}")));
    bulk.value().reset();
    const Result<void> users = TestUsers::addUsers(*m_store);
    QVERIFY2(users, qPrintable(errorOf(users)));
}

void tst_ApprovalsView::cleanup()
{
    m_store.reset();
}

std::unique_ptr<MainWindow> tst_ApprovalsView::openWindow(const Actor &actor)
{
    auto window = std::make_unique<MainWindow>(*m_store, opener(m_store->location()), actor);
    window->resize(1440, 810);
    window->show();
    return window;
}

Refund tst_ApprovalsView::waitingRefund(const QString &recordId, qint64 amount, const QString &note,
                                        const Actor &by)
{
    const Result<RefundOutcome> created =
        m_store->createRefund(usdRefund(recordId, amount, note), by);
    if (!created) {
        qWarning("%s", qPrintable(created.error().message));
        return {};
    }
    return created->refund;
}

void tst_ApprovalsView::agentRefundWaitsForSupervisor()
{
    // The agent refunds 250.00 usd through the refund dialog; the confirmation says it will
    // wait, naming the limit.
    auto agentWindow = openWindow(agent);
    auto *operatorLabel = agentWindow->findChild<QLabel *>(u"operatorLabel"_s);
    QVERIFY(operatorLabel);
    QCOMPARE(operatorLabel->text(), u"Signed in as agnes (Agent)"_s);
    agentWindow->showRecord(mia);
    agentWindow->refundSelected();
    RefundDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = agentWindow->findChild<RefundDialog *>()) != nullptr);
    auto *amount = dialog->findChild<QLineEdit *>(u"amountField"_s);
    auto *problem = dialog->findChild<QLabel *>(u"problemLabel"_s);
    auto *continueButton = dialog->findChild<QPushButton *>(u"continueButton"_s);
    auto *notice = dialog->findChild<QLabel *>(u"approvalNoticeLabel"_s);
    auto *confirm = dialog->findChild<QPushButton *>(u"confirmButton"_s);
    QVERIFY(amount && problem && continueButton && notice && confirm);
    QTest::keyClicks(amount, u"250.00"_s);
    QVERIFY(continueButton->isEnabled()); // a hint, not a mistake
    QVERIFY2(problem->text().contains(u"above your refund limit of $100.00"_s),
             qPrintable(problem->text()));
    QTest::mouseClick(continueButton, Qt::LeftButton);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(u"$100.00"_s) && notice->text().contains(u"approval"_s),
             qPrintable(notice->text()));
    QCOMPARE(confirm->text(), u"Submit $250.00 for approval"_s);
    QTRY_VERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY(agentWindow->findChild<RefundDialog *>() == nullptr);

    const auto refunds = m_store->refundsOf(mia);
    QVERIFY(refunds);
    QCOMPARE(refunds->size(), 1);
    const Refund waiting = refunds->first();
    QCOMPARE(toString(waiting.status), toString(RefundStatus::AwaitingApproval));
    QCOMPARE(waiting.amount, qint64(25000));
    QCOMPARE(waiting.createdBy, TestUsers::agent);
    QVERIFY2(agentWindow->statusBar()->currentMessage().contains(u"awaits a supervisor"_s),
             qPrintable(agentWindow->statusBar()->currentMessage()));
    // Reserved: it counts against what is still refundable.
    const auto reserved = m_store->record(mia);
    QVERIFY(reserved);
    QCOMPARE(reserved->refundable(), qint64(15000));

    // The agent sees it in the queue, and cannot approve it.
    auto *tabs = agentWindow->findChild<QTabWidget *>(u"mainTabs"_s);
    QVERIFY(tabs);
    ApprovalsView *queue = agentWindow->approvalsView();
    agentWindow->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(agentWindow.get()));
    QCOMPARE(tabs->tabText(tabs->indexOf(queue)), u"Approvals (1)"_s);
    QTest::keyClick(agentWindow.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget(), queue);
    QCOMPARE(queue->model()->rowCount(), 1);
    QVERIFY(queue->selectRefund(waiting.id));
    auto *approve = queue->findChild<QPushButton *>(u"approveButton"_s);
    auto *reject = queue->findChild<QPushButton *>(u"rejectButton"_s);
    QVERIFY(approve && reject);
    QVERIFY(!approve->isEnabled());
    QVERIFY(!reject->isEnabled());
    QVERIFY2(approve->toolTip().contains(u"Agent"_s), qPrintable(approve->toolTip()));
    // Even past the GUI, the model refuses the agent.
    ApprovalDecision decision {waiting.id, true, waiting.amount, waiting.currency, mia, {}};
    const auto refused = m_store->decideApproval(decision, agent);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Denied);
    QVERIFY(agentWindow->auditView() == nullptr); // an agent does not read the audit trail
    agentWindow.reset();

    // The supervisor approves it through the dialog, which restates what is decided.
    auto supervisorWindow = openWindow(supervisor);
    queue = supervisorWindow->approvalsView();
    QVERIFY(queue->selectRefund(waiting.id));
    approve = queue->findChild<QPushButton *>(u"approveButton"_s);
    QVERIFY(approve->isEnabled());
    QTest::mouseClick(approve, Qt::LeftButton);
    ApprovalDialog *approval = nullptr;
    QTRY_VERIFY((approval = queue->findChild<ApprovalDialog *>()) != nullptr);
    QVERIFY(approval->isApproval());
    QCOMPARE(approval->findChild<QLabel *>(u"amountValue"_s)->text(), u"$250.00"_s);
    QCOMPARE(approval->findChild<QLabel *>(u"currencyValue"_s)->text(), u"USD"_s);
    QCOMPARE(approval->findChild<QLabel *>(u"paymentValue"_s)->text(), mia);
    QCOMPARE(approval->findChild<QLabel *>(u"creatorValue"_s)->text(), TestUsers::agent);
    const ApprovalDecision bound = approval->decision();
    QCOMPARE(bound.amount, qint64(25000));
    QCOMPARE(bound.currency, u"usd"_s);
    QCOMPARE(bound.paymentRecordId, mia);
    auto *ok = approval->findChild<QPushButton *>(u"okButton"_s);
    QVERIFY(ok && ok->isEnabled());
    QCOMPARE(ok->text(), u"Approve $250.00"_s);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(queue->findChild<ApprovalDialog *>() == nullptr);
    const auto approved = m_store->refund(waiting.id);
    QVERIFY(approved);
    QCOMPARE(toString(approved->status), toString(RefundStatus::Pending));
    QCOMPARE(approved->approvedBy, TestUsers::supervisor);
    QCOMPARE(queue->model()->rowCount(), 0);
    QCOMPARE(queue->waitingCount(), qint64(0));
    auto *supervisorTabs = supervisorWindow->findChild<QTabWidget *>(u"mainTabs"_s);
    QCOMPARE(supervisorTabs->tabText(supervisorTabs->indexOf(queue)), u"Approvals"_s);
    supervisorWindow.reset();

    // The admin reads it all in the audit trail, and the chain verifies.
    auto adminWindow = openWindow(admin);
    AuditView *audit = adminWindow->auditView();
    QVERIFY(audit);
    auto *adminTabs = adminWindow->findChild<QTabWidget *>(u"mainTabs"_s);
    QVERIFY(adminTabs->isTabVisible(adminTabs->indexOf(audit)));
    adminWindow->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(adminWindow.get()));
    QTest::keyClick(adminWindow.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(adminTabs->currentWidget(), audit);
    auto *action = audit->findChild<QComboBox *>(u"auditActionFilter"_s);
    QVERIFY(action);
    const auto rowsFor = [&](const QString &name) {
        action->setCurrentIndex(action->findData(name));
        QStringList rows;
        for (int row = 0; row < audit->model()->rowCount(); ++row) {
            const Event &event = audit->model()->event(row);
            rows << event.actor + u' ' + event.action + u' ' + event.entityId;
        }
        return rows;
    };
    QCOMPARE(rowsFor(u"refund.created"_s),
             QStringList {u"agnes refund.created %1"_s.arg(waiting.id)});
    QCOMPARE(rowsFor(u"refund.approved"_s),
             QStringList {u"sam refund.approved %1"_s.arg(waiting.id)});
    const QString summary = audit->model()->index(0, AuditModel::Summary).data().toString();
    QVERIFY2(summary.contains(u"$250.00"_s) && summary.contains(u"approved"_s),
             qPrintable(summary));

    QSignalSpy finished(audit, &AuditView::verifyFinished);
    auto *verify = audit->findChild<QPushButton *>(u"verifyChainButton"_s);
    QVERIFY(verify);
    QTest::mouseClick(verify, Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY2(audit->verifyText().startsWith(u"Chain verified"_s), qPrintable(audit->verifyText()));
}

void tst_ApprovalsView::decisionButtonsFollowRoleAndCreator_data()
{
    QTest::addColumn<QString>("creator");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("why");
    const QString byAgent = TestUsers::agent;
    const QString bySupervisor = TestUsers::supervisor;
    QTest::newRow("viewer") << byAgent << TestUsers::viewer << int(Role::Viewer) << false
                            << u"Viewer"_s;
    QTest::newRow("agent who asked")
        << byAgent << TestUsers::agent << int(Role::Agent) << false << u"Agent"_s;
    QTest::newRow("supervisor") << byAgent << TestUsers::supervisor << int(Role::Supervisor) << true
                                << QString();
    QTest::newRow("admin") << byAgent << TestUsers::admin << int(Role::Admin) << true << QString();
    QTest::newRow("supervisor who asked") << bySupervisor << TestUsers::supervisor
                                          << int(Role::Supervisor) << false << u"You asked"_s;
    QTest::newRow("admin, supervisor asked")
        << bySupervisor << TestUsers::admin << int(Role::Admin) << true << QString();
}

void tst_ApprovalsView::decisionButtonsFollowRoleAndCreator()
{
    QFETCH(QString, creator);
    QFETCH(QString, user);
    QFETCH(int, role);
    QFETCH(bool, enabled);
    QFETCH(QString, why);
    // Above the agent's 100.00 and the supervisor's 1,000.00.
    const Refund waiting =
        waitingRefund(kenji, 110000, {}, creator == TestUsers::agent ? agent : supervisor);
    QCOMPARE(toString(waiting.status), toString(RefundStatus::AwaitingApproval));

    ApprovalsView view(*m_store, TestUsers::actor(user, Role(role)));
    view.show();
    auto *approve = view.findChild<QPushButton *>(u"approveButton"_s);
    auto *reject = view.findChild<QPushButton *>(u"rejectButton"_s);
    auto *hint = view.findChild<QLabel *>(u"decisionHintLabel"_s);
    QVERIFY(approve && reject && hint);
    QVERIFY(!approve->isEnabled()); // nothing selected yet
    QVERIFY(view.selectRefund(waiting.id));
    QCOMPARE(approve->isEnabled(), enabled);
    QCOMPARE(reject->isEnabled(), enabled);
    QCOMPARE(view.approveAction()->isEnabled(), enabled);
    if (!enabled) {
        QVERIFY2(approve->toolTip().contains(why), qPrintable(approve->toolTip()));
        QCOMPARE(hint->text(), approve->toolTip());
    }
    // The details say what the refund asks for.
    QCOMPARE(view.findChild<QLabel *>(u"approvalAmountLabel"_s)->text(), u"$1,100.00 USD"_s);
    QCOMPARE(view.findChild<QLabel *>(u"approvalCreatorLabel"_s)->text(), creator);
    QCOMPARE(view.findChild<QLabel *>(u"approvalPaymentLabel"_s)->text(), kenji);
    QCOMPARE(view.findChild<QLabel *>(u"approvalCustomerLabel"_s)->text(),
             u"Kenji Tanaka (kenji.tanaka@example.com)"_s);
    QCOMPARE(view.findChild<QLabel *>(u"approvalRefundableLabel"_s)->text(),
             u"$150.00 more of $1,250.00 paid"_s);
}

void tst_ApprovalsView::rejectNeedsANote()
{
    const Refund waiting = waitingRefund(mia, 30000, u"Customer asked twice"_s);
    ApprovalsView view(*m_store, supervisor);
    QSignalSpy decided(&view, &ApprovalsView::refundDecided);
    view.show();
    QVERIFY(view.selectRefund(waiting.id));
    QTest::mouseClick(view.findChild<QPushButton *>(u"rejectButton"_s), Qt::LeftButton);
    ApprovalDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = view.findChild<ApprovalDialog *>()) != nullptr);
    QVERIFY(!dialog->isApproval());
    auto *ok = dialog->findChild<QPushButton *>(u"okButton"_s);
    auto *note = dialog->findChild<QPlainTextEdit *>(u"decisionNoteField"_s);
    auto *problem = dialog->findChild<QLabel *>(u"problemLabel"_s);
    QVERIFY(ok && note && problem);
    QCOMPARE(dialog->findChild<QLabel *>(u"agentNoteValue"_s)->text(), u"Customer asked twice"_s);

    // Without a note there is no rejecting: not by OK, not by accept().
    QVERIFY(!ok->isEnabled());
    QVERIFY2(problem->text().contains(u"Write why"_s), qPrintable(problem->text()));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QCOMPARE(decided.count(), 0);
    QTest::keyClicks(note, u"   "_s);
    QVERIFY(!ok->isEnabled());

    QTest::keyClicks(note, u"Duplicate of a refund already made by bank transfer"_s);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(view.findChild<ApprovalDialog *>() == nullptr);
    QCOMPARE(decided.count(), 1);
    const auto rejected = m_store->refund(waiting.id);
    QVERIFY(rejected);
    QCOMPARE(toString(rejected->status), toString(RefundStatus::Canceled));
    // The reserved amount is free again.
    const auto record = m_store->record(mia);
    QVERIFY(record);
    QCOMPARE(record->refundable(), qint64(40000));
    const auto head = m_store->headEvent();
    QVERIFY(head);
    QCOMPARE(head->action, u"refund.rejected"_s);
    QVERIFY(head->payload.contains("Duplicate of a refund"));
}

void tst_ApprovalsView::decidedElsewhereIsNotDecidedAgain()
{
    const Refund waiting = waitingRefund(mia, 30000);
    ApprovalsView view(*m_store, supervisor);
    view.show();
    QVERIFY(view.selectRefund(waiting.id));
    // The admin approves it at another desk while the supervisor's list still shows it.
    const auto approved = m_store->decideApproval(
        {waiting.id, true, waiting.amount, waiting.currency, waiting.paymentRecordId, {}}, admin);
    QVERIFY2(approved, qPrintable(errorOf(approved)));

    view.askDecision(true);
    QVERIFY(view.findChild<ApprovalDialog *>() == nullptr);
    auto *message = view.findChild<QLabel *>(u"messageLabel"_s);
    QVERIFY(message);
    QVERIFY2(message->text().contains(u"no longer awaiting approval"_s),
             qPrintable(message->text()));
    QCOMPARE(view.model()->rowCount(), 0);
}

void tst_ApprovalsView::modelRefusalIsShown()
{
    const Refund waiting = waitingRefund(mia, 30000);
    ApprovalsView view(*m_store, supervisor);
    QSignalSpy errors(&view, &ApprovalsView::errorOccurred);
    view.show();
    QVERIFY(view.selectRefund(waiting.id));
    QTest::mouseClick(view.findChild<QPushButton *>(u"approveButton"_s), Qt::LeftButton);
    ApprovalDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = view.findChild<ApprovalDialog *>()) != nullptr);
    // While the dialog is open, the admin makes the supervisor an agent: the store has the
    // last word, and the dialog says what it said.
    const auto demoted = m_store->setUserRole(TestUsers::supervisor, Role::Agent, admin);
    QVERIFY2(demoted, qPrintable(errorOf(demoted)));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    auto *problem = dialog->findChild<QLabel *>(u"problemLabel"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"agent"_s), qPrintable(problem->text()));
    QCOMPARE(errors.count(), 1);
    const auto still = m_store->refund(waiting.id);
    QVERIFY(still);
    QCOMPARE(toString(still->status), toString(RefundStatus::AwaitingApproval));
}

void tst_ApprovalsView::screenshot()
{
    const QString folder = qEnvironmentVariable("REFUNDDESK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("REFUNDDESK_SCREENSHOT_DIR is not set");
    QVERIFY(QDir().mkpath(folder));
    {
        // The agent's confirmation, above the limit.
        auto agentWindow = openWindow(agent);
        agentWindow->showRecord(kenji);
        agentWindow->refundSelected();
        RefundDialog *refund = nullptr;
        QTRY_VERIFY((refund = agentWindow->findChild<RefundDialog *>()) != nullptr);
        QTest::keyClicks(refund->findChild<QLineEdit *>(u"amountField"_s), u"500.00"_s);
        QVERIFY(refund->grab().save(QDir(folder).filePath(u"refund-above-limit.png"_s)));
        QTest::mouseClick(refund->findChild<QPushButton *>(u"continueButton"_s), Qt::LeftButton);
        QTRY_VERIFY(refund->findChild<QPushButton *>(u"confirmButton"_s)->isEnabled());
        QVERIFY(refund->grab().save(QDir(folder).filePath(u"refund-approval-confirm.png"_s)));
        refund->reject();
    }
    waitingRefund(kenji, 50000, u"Customer returned the hardware kit"_s);
    const Refund waiting = waitingRefund(mia, 25000, u"Charged twice for the annual plan"_s);
    auto window = openWindow(supervisor);
    auto *tabs = window->findChild<QTabWidget *>(u"mainTabs"_s);
    QVERIFY(tabs);
    tabs->setCurrentWidget(window->approvalsView());
    QVERIFY(window->approvalsView()->selectRefund(waiting.id));
    QVERIFY(window->grab().save(QDir(folder).filePath(u"approvals.png"_s)));

    window->approvalsView()->askDecision(true);
    ApprovalDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<ApprovalDialog *>()) != nullptr);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"decisionNoteField"_s),
                     u"Checked with the customer: charged twice on 19 Nov."_s);
    QVERIFY(dialog->grab().save(QDir(folder).filePath(u"approval-dialog.png"_s)));
    dialog->reject();

    window->approvalsView()->askDecision(false);
    QTRY_VERIFY((dialog = window->findChild<ApprovalDialog *>()) != nullptr
                && !dialog->isApproval());
    QVERIFY(dialog->grab().save(QDir(folder).filePath(u"reject-dialog.png"_s)));
    dialog->reject();
}

QTEST_MAIN(tst_ApprovalsView)
#include "tst_approvalsview.moc"
