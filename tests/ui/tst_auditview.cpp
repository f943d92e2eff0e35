#include "auditmodel.h"
#include "auditview.h"
#include "auth/password.h"
#include "refundseed.h"
#include "roles.h"
#include "store/sqlitestore.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk;
using namespace Qt::StringLiterals;

namespace {

constexpr int seededRefunds = 30;
constexpr int verifyTimeoutMs = 60000;

template<typename T>
QString errorOf(const Result<T> &result)
{
    return result ? QString() : result.error().message;
}

/// Every event the store lists for `query`, paging through all of it.
QList<Event> allEvents(Store &store, AuditQuery query)
{
    QList<Event> events;
    query.limit = 1000;
    for (;;) {
        const Result<EventPage> page = store.listEvents(query, localOperator());
        if (!page)
            return events;
        events += page->events;
        if (!page->hasMore || page->events.isEmpty())
            return events;
        query.beforeSeq = page->events.constLast().seq;
    }
}

} // namespace

class tst_AuditView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsNewestFirst();
    void userFilterNarrows();
    void actionFilterNarrows();
    void entityFilterNarrows();
    void dateFilterCoversWholeLocalDays();
    void pagingFetchesMore();
    void verifyReportsIntactChain();
    void verifyFindsFirstBrokenEvent();
    void copyHeadHash();
    void deniedWithoutViewAudit();
    void screenshot();

private:
    static StoreOpener opener(const QString &path);

    QTemporaryDir m_dir;
    QString m_seeded;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<AuditView> m_view;
};

void tst_AuditView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    // Seeded once, copied for each test.
    m_seeded = m_dir.filePath(u"seeded.sqlite"_s);
    auto opened = SqliteStore::open(m_seeded);
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    const Result<void> seeded = TestSeed::seedRefunds(*opened.value(), seededRefunds);
    QVERIFY2(seeded, qPrintable(errorOf(seeded)));
}

StoreOpener tst_AuditView::opener(const QString &path)
{
    return sqliteOpener(path);
}

void tst_AuditView::init()
{
    const QString path =
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s);
    QVERIFY(TestSeed::copyDatabase(m_seeded, path));
    auto opened = SqliteStore::open(path);
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_store = std::move(opened).value();
    m_view = std::make_unique<AuditView>(*m_store, opener(path), localOperator());
    m_view->resize(1400, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void tst_AuditView::cleanup()
{
    m_view.reset();
    m_store.reset();
}

void tst_AuditView::showsNewestFirst()
{
    new QAbstractItemModelTester(
        m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_view.get());
    const QList<Event> everything = allEvents(*m_store, {});
    QVERIFY(everything.size() > 50);
    AuditModel *model = m_view->model();
    QCOMPARE(model->rowCount(), int(everything.size())); // fewer than a page
    QCOMPARE(model->event(0).seq, everything.first().seq);
    QVERIFY(model->event(0).seq > model->event(1).seq);
    QCOMPARE(model->index(0, AuditModel::Seq).data(EventSeqRole).toLongLong(),
             everything.first().seq);
    QCOMPARE(model->index(0, AuditModel::User).data().toString(), everything.first().actor);
    QCOMPARE(model->index(0, AuditModel::Action).data().toString(), everything.first().action);
    QCOMPARE(model->index(0, AuditModel::Time).data().toString(),
             QDateTime::fromMSecsSinceEpoch(everything.first().timeMs)
                 .toLocalTime()
                 .toString(u"yyyy-MM-dd HH:mm:ss"_s));
    // Summaries read as the history does: amounts in the record's currency.
    bool sawRefund = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->event(row).action != u"refund.created")
            continue;
        const QString summary = model->index(row, AuditModel::Summary).data().toString();
        QVERIFY2(summary.startsWith(u"Refund re_"_s), qPrintable(summary));
        sawRefund = true;
        break;
    }
    QVERIFY(sawRefund);
    auto *count = m_view->findChild<QLabel *>(u"auditCountLabel"_s);
    QVERIFY(count);
    QCOMPARE(count->text(), u"%1 events"_s.arg(everything.size()));
}

void tst_AuditView::userFilterNarrows()
{
    auto *user = m_view->findChild<QComboBox *>(u"auditUserFilter"_s);
    QVERIFY(user);
    QVERIFY(!user->accessibleName().isEmpty());
    // Every actor of the log is offered, after "All users".
    const auto actors = m_store->eventActors();
    QVERIFY(actors);
    QCOMPARE(user->count(), 1 + int(actors->size()));
    const QString agent = TestSeed::refundAgents().first();
    user->setCurrentIndex(user->findData(agent));
    AuditQuery query;
    query.actor = agent;
    const int expected = int(allEvents(*m_store, query).size());
    QVERIFY(expected > 0);
    QVERIFY(expected < int(allEvents(*m_store, {}).size()));
    QCOMPARE(m_view->model()->rowCount(), expected);
    for (int row = 0; row < m_view->model()->rowCount(); ++row)
        QCOMPARE(m_view->model()->event(row).actor, agent);
    user->setCurrentIndex(0);
    QCOMPARE(m_view->model()->rowCount(), int(allEvents(*m_store, {}).size()));
}

void tst_AuditView::actionFilterNarrows()
{
    auto *action = m_view->findChild<QComboBox *>(u"auditActionFilter"_s);
    QVERIFY(action);
    QVERIFY(action->findData(u"refund.created"_s) > 0);
    action->setCurrentIndex(action->findData(u"refund.status_changed"_s));
    QVERIFY(m_view->model()->rowCount() > 0);
    for (int row = 0; row < m_view->model()->rowCount(); ++row)
        QCOMPARE(m_view->model()->event(row).action, u"refund.status_changed"_s);
    action->setCurrentIndex(action->findData(u"refund.created"_s));
    QCOMPARE(m_view->model()->rowCount(), seededRefunds);
}

void tst_AuditView::entityFilterNarrows()
{
    const auto refunds = m_store->listRefunds(RefundQuery());
    QVERIFY(refunds && !refunds->rows.isEmpty());
    // A refund that moved on: created, then changed, so two events at least.
    Refund refund;
    for (const RefundRow &row : refunds->rows) {
        if (row.refund.status == RefundStatus::Succeeded) {
            refund = row.refund;
            break;
        }
    }
    QVERIFY(!refund.id.isEmpty());
    auto *entity = m_view->findChild<QLineEdit *>(u"auditEntityFilter"_s);
    QVERIFY(entity);
    entity->setFocus();
    QTest::keyClicks(entity, refund.id);
    // Applied once typing pauses.
    QTRY_VERIFY(m_view->model()->rowCount() < 10);
    QCOMPARE(m_view->model()->rowCount(), 2);
    for (int row = 0; row < m_view->model()->rowCount(); ++row)
        QCOMPARE(m_view->model()->event(row).entityId, refund.id);

    // A payment's id finds the events of its refunds too.
    entity->clear();
    QTest::keyClicks(entity, refund.paymentRecordId);
    QTest::keyClick(entity, Qt::Key_Return);
    QVERIFY(m_view->model()->rowCount() > 2);
    for (int row = 0; row < m_view->model()->rowCount(); ++row) {
        const Event &event = m_view->model()->event(row);
        QVERIFY(event.entityId == refund.paymentRecordId
                || event.recordId == refund.paymentRecordId);
    }
}

void tst_AuditView::dateFilterCoversWholeLocalDays()
{
    auto *dates = m_view->findChild<QCheckBox *>(u"auditDatesEnabled"_s);
    auto *from = m_view->findChild<QDateEdit *>(u"auditFromDate"_s);
    auto *to = m_view->findChild<QDateEdit *>(u"auditToDate"_s);
    QVERIFY(dates && from && to);
    QVERIFY(!from->isEnabled());
    // The second seeded day only, in local time.
    const QDate day =
        QDateTime::fromSecsSinceEpoch(TestSeed::firstRefundAt).toLocalTime().date().addDays(1);
    from->setDate(day);
    to->setDate(day);
    dates->setChecked(true);
    QVERIFY(from->isEnabled());
    AuditQuery query;
    query.fromMs = day.startOfDay().toMSecsSinceEpoch();
    query.toMs = day.addDays(1).startOfDay().toMSecsSinceEpoch();
    const int expected = int(allEvents(*m_store, query).size());
    QVERIFY(expected > 0);
    QCOMPARE(m_view->model()->rowCount(), expected);
    for (int row = 0; row < m_view->model()->rowCount(); ++row) {
        const QDate at =
            QDateTime::fromMSecsSinceEpoch(m_view->model()->event(row).timeMs).toLocalTime().date();
        QCOMPARE(at, day);
    }
    // A "to" before the "from" moves the "from" along rather than finding nothing.
    to->setDate(day.addDays(-1));
    QCOMPARE(from->date(), day.addDays(-1));
    dates->setChecked(false);
    QCOMPARE(m_view->model()->rowCount(), int(allEvents(*m_store, {}).size()));
}

void tst_AuditView::pagingFetchesMore()
{
    AuditModel *model = m_view->model();
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_view.get());
    const QList<Event> everything = allEvents(*m_store, {});
    model->setPageSize(10);
    QCOMPARE(model->rowCount(), 10);
    QVERIFY(model->canFetchMore({}));
    auto *count = m_view->findChild<QLabel *>(u"auditCountLabel"_s);
    QVERIFY(count->text().contains(u"scroll for more"_s));
    model->fetchMore({});
    QCOMPARE(model->rowCount(), 20);
    // Keyset paging: the next page starts right below the last row, nothing twice.
    QCOMPARE(model->event(10).seq, model->event(9).seq - 1);
    // Scrolling to the end reads the rest, page by page.
    auto *table = m_view->table();
    for (int i = 0; i < 100 && model->canFetchMore({}); ++i) {
        table->scrollToBottom();
        QCoreApplication::processEvents();
    }
    QCOMPARE(model->rowCount(), int(everything.size()));
    QVERIFY(!model->canFetchMore({}));
    QCOMPARE(model->event(model->rowCount() - 1).seq, everything.last().seq);
}

void tst_AuditView::verifyReportsIntactChain()
{
    QSignalSpy finished(m_view.get(), &AuditView::verifyFinished);
    auto *verify = m_view->findChild<QPushButton *>(u"verifyChainButton"_s);
    QVERIFY(verify);
    QTest::mouseClick(verify, Qt::LeftButton);
    QVERIFY(m_view->isVerifying());
    QVERIFY(!verify->isEnabled());
    QVERIFY(!m_view->verifyChain()); // one at a time
    QVERIFY(finished.wait(verifyTimeoutMs));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(verify->isEnabled());
    const QString text = m_view->verifyText();
    const int events = int(allEvents(*m_store, {}).size());
    QVERIFY2(text.startsWith(u"Chain verified: %1 events"_s.arg(events)), qPrintable(text));
}

void tst_AuditView::verifyFindsFirstBrokenEvent()
{
    // Someone with the file edits the log: the guard trigger dropped, one event's actor
    // rewritten, the trigger put back so nothing looks amiss.
    Sqlite::Connection &db = m_store->connection();
    QString trigger;
    {
        Sqlite::Statement definition =
            db.prepare("SELECT sql FROM sqlite_master WHERE name = 'events_no_update'");
        QVERIFY(definition.next());
        trigger = definition.text(0);
    }
    QVERIFY(!trigger.isEmpty());
    QVERIFY2(!db.exec("UPDATE events SET actor = 'mallory' WHERE seq = 7"),
             "the trigger refuses the update");
    QVERIFY2(db.exec("DROP TRIGGER events_no_update"), qPrintable(db.lastError()));
    QVERIFY2(db.exec("UPDATE events SET actor = 'mallory' WHERE seq = 7"),
             qPrintable(db.lastError()));
    QVERIFY2(db.exec("UPDATE events SET actor = 'mallory' WHERE seq = 12"),
             qPrintable(db.lastError()));
    QVERIFY2(db.exec(trigger.toUtf8().constData()), qPrintable(db.lastError()));

    QSignalSpy finished(m_view.get(), &AuditView::verifyFinished);
    QSignalSpy errors(m_view.get(), &AuditView::errorOccurred);
    QVERIFY(m_view->verifyChain());
    QVERIFY(finished.wait(verifyTimeoutMs));
    QCOMPARE(finished.first().first().toBool(), false);
    const QString text = m_view->verifyText();
    // The first broken link, not the second.
    QVERIFY2(text.contains(u"event 7 "_s), qPrintable(text));
    QVERIFY2(!text.contains(u"event 12"_s), qPrintable(text));
    QVERIFY2(text.startsWith(u"Verification failed"_s), qPrintable(text));
    QCOMPARE(errors.count(), 1);
}

void tst_AuditView::copyHeadHash()
{
    const auto head = m_store->headEvent();
    QVERIFY(head);
    const QString expected =
        u"{\"seq\":%1,\"hash\":\"%2\"}"_s.arg(head->seq).arg(QString::fromLatin1(head->hash));
    QCOMPARE(AuditView::headHashText(head.value()), expected);
    QCOMPARE(head->hash.size(), 64);
    auto *copy = m_view->findChild<QPushButton *>(u"copyHeadHashButton"_s);
    QVERIFY(copy);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    auto *message = m_view->findChild<QLabel *>(u"messageLabel"_s);
    QVERIFY(message);
    QVERIFY(message->text().contains(QString::number(head->seq)));
}

void tst_AuditView::deniedWithoutViewAudit()
{
    // With users, an agent's request for the log is refused by the store, not just hidden.
    Password::setCurrentCost(Password::Cost::minimum());
    const auto hash = Password::hash(u"long enough password"_s);
    QVERIFY(hash);
    User admin;
    admin.name = u"ada"_s;
    admin.role = Role::Admin;
    QVERIFY(m_store->addUser(admin, hash.value(), localOperator()));
    User agent;
    agent.name = u"agnes"_s;
    agent.role = Role::Agent;
    QVERIFY(m_store->addUser(agent, hash.value(), Actor {admin.name, Role::Admin, false}));

    AuditView view(*m_store, opener(m_store->location()), Actor {agent.name, Role::Agent, false});
    QCOMPARE(view.model()->rowCount(), 0);
    auto *message = view.findChild<QLabel *>(u"messageLabel"_s);
    QVERIFY(message);
    QVERIFY2(message->text().contains(u"agnes"_s), qPrintable(message->text()));
}

void tst_AuditView::screenshot()
{
    const QString folder = qEnvironmentVariable("REFUNDDESK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("REFUNDDESK_SCREENSHOT_DIR is not set");
    QSignalSpy finished(m_view.get(), &AuditView::verifyFinished);
    QVERIFY(m_view->verifyChain());
    QVERIFY(finished.wait(verifyTimeoutMs));
    m_view->resize(1440, 720);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(m_view->grab().save(QDir(folder).filePath(u"audit.png"_s)));
}

QTEST_MAIN(tst_AuditView)
#include "tst_auditview.moc"
