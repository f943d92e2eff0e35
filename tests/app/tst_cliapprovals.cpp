// Four-eyes approval and the audit trail through refunddesk-cli, as issue 5's "Done when"
// puts it: with an admin, a supervisor and an agent with a 100.00 usd limit, the agent's
// 250.00 usd refund waits for approval, the agent cannot approve it, the supervisor can,
// and the audit trail shows all of it with verified hashes; a tampered or rewritten
// history is found by verify (the chain, and the anchor kept from audit --head).

#include "clisignin.h"
#include "store/event.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk::Testing;
using namespace Qt::StringLiterals;

class tst_CliApprovals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void doneWhen();
    void withinLimitNeedsNoApproval();
    void rejectWithNote();
    void rejectNeedsNote();
    void expectAmount_data();
    void expectAmount();
    void creatorCannotDecide();
    void decidedOnce();
    void auditFilters_data();
    void auditFilters();
    void tamperedEventFound();
    void rewrittenHistoryFoundByAnchor();
    void anchorMalformed_data();
    void anchorMalformed();
    void fullCheckFindsAnIndexOutOfStep();

private:
    CliRun as(const QString &user, const QStringList &arguments, const QByteArray &input = {})
    {
        return runAs(user, arguments, m_environment, input);
    }
    /// The agent's 250.00 usd refund, awaiting approval; its id.
    QString awaitingRefund();
    QString statusOf(const QString &refundId);
    /// Every event, newest first, as the admin sees them in `audit --json`.
    QJsonArray events();
    qint64 seqOf(const QString &action, const QString &entity);
    /// Runs SQL on the database file with the event log's guards lifted, then puts them back.
    void tamper(const std::function<void(sqlite3 *)> &edit);

    QTemporaryDir m_templateDir;
    QString m_template;
    QString m_record; ///< a paid usd payment with more than 300.00 guaranteed
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QProcessEnvironment m_environment;
};

void tst_CliApprovals::initTestCase()
{
    QVERIFY(m_templateDir.isValid());
    m_template = m_templateDir.filePath(u"template.sqlite"_s);
    m_environment = cliEnvironment(m_template, m_templateDir.path());

    const CliRun demo = as({}, {u"demo"_s, u"--records"_s, u"60"_s, u"--seed"_s, u"5"_s});
    QVERIFY2(demo.exitCode == 0, demo.describe());
    const CliRun paid = as({}, {u"list"_s, u"--status"_s, u"paid"_s, u"--json"_s});
    for (const QJsonValue &value : jsonOf(paid).value(u"data"_s).toArray()) {
        const QJsonObject record = value.toObject();
        if (record.value(u"amount"_s).toObject().value(u"currency"_s) == u"usd"_s
            && record.value(u"amount_guaranteed"_s).toObject().value(u"value"_s).toInteger()
                > 30000) {
            m_record = record.value(u"id"_s).toString();
            break;
        }
    }
    QVERIFY2(!m_record.isEmpty(), paid.describe());

    const QList<QStringList> users {
        {u"ada"_s, u"--role"_s, u"admin"_s},
        {u"sue"_s, u"--role"_s, u"supervisor"_s},
        {u"arno"_s, u"--role"_s, u"agent"_s, u"--limit"_s, u"usd=100.00"_s},
    };
    for (const QStringList &user : users) {
        // The first, the admin, is added by the local operator; the admin adds the others.
        const QString actor = user.first() == u"ada"_s ? QString() : u"ada"_s;
        const CliRun added = as(
            actor, QStringList {u"users"_s, u"add"_s} + user + QStringList {u"--password-stdin"_s},
            passwordOf(user.first()).toUtf8() + '\n');
        QVERIFY2(added.exitCode == 0, added.describe());
    }
}

void tst_CliApprovals::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"refunddesk.sqlite"_s);
    QVERIFY(QFile::copy(m_template, m_db));
    m_environment = cliEnvironment(m_db, m_dir->path());
}

QString tst_CliApprovals::awaitingRefund()
{
    const CliRun run = as(u"arno"_s,
                          {u"refund"_s, m_record, u"--amount"_s, u"250.00"_s, u"--note"_s,
                           u"customer called twice"_s});
    if (run.exitCode != 0 || jsonOf(run).value(u"status"_s) != u"awaiting_approval"_s) {
        qWarning("%s", run.describe().constData());
        return {};
    }
    return jsonOf(run).value(u"id"_s).toString();
}

QString tst_CliApprovals::statusOf(const QString &refundId)
{
    const CliRun run = as(u"ada"_s, {u"show"_s, m_record, u"--json"_s});
    for (const QJsonValue &refund :
         jsonOf(run).value(u"refunddesk"_s).toObject().value(u"refunds"_s).toArray()) {
        if (refund.toObject().value(u"id"_s).toString() == refundId)
            return refund.toObject().value(u"status"_s).toString();
    }
    return {};
}

QJsonArray tst_CliApprovals::events()
{
    const CliRun run = as(u"ada"_s, {u"audit"_s, u"--json"_s, u"--limit"_s, u"100000"_s});
    return jsonOf(run).value(u"data"_s).toArray();
}

qint64 tst_CliApprovals::seqOf(const QString &action, const QString &entity)
{
    for (const QJsonValue &value : events()) {
        const QJsonObject event = value.toObject();
        if (event.value(u"action"_s) == action && event.value(u"entity_id"_s) == entity)
            return event.value(u"seq"_s).toInteger();
    }
    return -1;
}

void tst_CliApprovals::tamper(const std::function<void(sqlite3 *)> &edit)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open_v2(m_db.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr),
             SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "DROP TRIGGER events_no_update;", nullptr, nullptr, nullptr),
             SQLITE_OK);
    edit(db);
    // The tamperer puts the guard back, so only the chain can give it away.
    QCOMPARE(sqlite3_exec(db,
                          "CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN SELECT "
                          "RAISE(ABORT, 'events are append-only: an event cannot be "
                          "changed'); END;",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    QCOMPARE(sqlite3_close(db), SQLITE_OK);
}

void tst_CliApprovals::doneWhen()
{
    // The agent's 250.00 usd refund is above their 100.00 usd limit: it waits.
    const CliRun created = as(u"arno"_s, {u"refund"_s, m_record, u"--amount"_s, u"250.00"_s});
    QVERIFY2(created.exitCode == 0, created.describe());
    const QJsonObject refund = jsonOf(created);
    const QString id = refund.value(u"id"_s).toString();
    QCOMPARE(refund.value(u"status"_s).toString(), u"awaiting_approval"_s);
    QCOMPARE(refund.value(u"amount"_s).toInteger(), 25000);
    QCOMPARE(refund.value(u"created_by"_s).toString(), u"arno"_s);
    QCOMPARE(created.errText(),
             u"Refund %1 of 250.00 USD on %2 is awaiting approval: it is above your limit of "
             "100.00 USD.\n"_s.arg(id, m_record));

    // Its amount is reserved: it counts against what is still refundable.
    const QJsonObject record = jsonOf(as(u"arno"_s, {u"show"_s, m_record, u"--json"_s}));
    const QJsonObject desk = record.value(u"refunddesk"_s).toObject();
    QCOMPARE(desk.value(u"amount_reserved"_s).toObject().value(u"value"_s).toInteger(), 25000);

    // The queue shows it, to anyone who may read.
    const CliRun queue = as(u"sue"_s, {u"approvals"_s});
    QVERIFY2(queue.exitCode == 0, queue.describe());
    QCOMPARE(queue.outText().count(u'\n'), 1);
    for (const QString &shown : {id, u"250.00 USD"_s, m_record, u"arno"_s})
        QVERIFY2(queue.outText().contains(shown), qPrintable(shown + u'\n' + queue.outText()));
    const CliRun queueJson = as(u"arno"_s, {u"approvals"_s, u"--json"_s});
    QVERIFY2(queueJson.exitCode == 0, queueJson.describe());
    const QJsonArray waiting = jsonOf(queueJson).value(u"data"_s).toArray();
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().toObject().value(u"id"_s).toString(), id);

    // The agent cannot approve it, not even with the amount bound.
    const CliRun byAgent = as(u"arno"_s, {u"approve"_s, id, u"--expect-amount"_s, u"250.00"_s});
    QVERIFY2(byAgent.exitCode == 4, byAgent.describe());
    QVERIFY2(isOneErrorLine(byAgent.err), byAgent.describe());
    QVERIFY2(byAgent.errText().contains(u"arno"_s), byAgent.describe());
    QCOMPARE(statusOf(id), u"awaiting_approval"_s);

    // The supervisor can.
    const CliRun bySupervisor = as(
        u"sue"_s,
        {u"approve"_s, id, u"--expect-amount"_s, u"250.00"_s, u"--note"_s, u"checked the call"_s});
    QVERIFY2(bySupervisor.exitCode == 0, bySupervisor.describe());
    QCOMPARE(bySupervisor.outText(),
             u"Approved refund %1 of 250.00 USD on %2; it is now pending.\n"_s.arg(id, m_record));
    QCOMPARE(statusOf(id), u"pending"_s);
    QCOMPARE(as(u"sue"_s, {u"approvals"_s}).outText(), u"No refunds await approval.\n"_s);

    // The audit trail shows all of it, with who did it.
    QMap<QString, QString> actorOf; // "action entity" → actor
    for (const QJsonValue &value : events()) {
        const QJsonObject event = value.toObject();
        actorOf.insert(event.value(u"action"_s).toString() + u' '
                           + event.value(u"entity_id"_s).toString(),
                       event.value(u"actor"_s).toString());
    }
    QCOMPARE(actorOf.value(u"refund.created "_s + id), u"arno"_s);
    QCOMPARE(actorOf.value(u"refund.approved "_s + id), u"sue"_s);
    const auto userEvent = [&actorOf](const QString &user) {
        for (auto it = actorOf.cbegin(); it != actorOf.cend(); ++it) {
            if (it.key().startsWith(u"user."_s) && it.key().endsWith(u' ' + user)
                && !it.key().contains(u"sign"_s))
                return it.value();
        }
        return QString();
    };
    QCOMPARE(userEvent(u"ada"_s), u"local:tester"_s);
    QCOMPARE(userEvent(u"sue"_s), u"ada"_s);
    QCOMPARE(userEvent(u"arno"_s), u"ada"_s);

    // Filtered and as text: the approval, by the supervisor.
    const CliRun approvals =
        as(u"ada"_s, {u"audit"_s, u"--user"_s, u"sue"_s, u"--action"_s, u"refund.approved"_s});
    QVERIFY2(approvals.exitCode == 0, approvals.describe());
    const QStringList lines = approvals.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(id), approvals.describe());
    QVERIFY2(lines.first().contains(m_record), approvals.describe());
    const CliRun byEntity = as(u"ada"_s, {u"audit"_s, u"--entity"_s, id, u"--json"_s});
    QCOMPARE(jsonOf(byEntity).value(u"data"_s).toArray().size(), 2);

    // And the hashes verify; the head, kept outside, anchors a later verify.
    const CliRun verify = as(u"ada"_s, {u"verify"_s});
    QVERIFY2(verify.exitCode == 0, verify.describe());
    QVERIFY2(verify.outText().contains(u"\nOK: 60 records"_s), verify.describe());
    const CliRun head = as(u"ada"_s, {u"audit"_s, u"--head"_s});
    QVERIFY2(head.exitCode == 0, head.describe());
    static const QRegularExpression headLine(
        uR"re(^\{"seq":(\d+),"hash":"([0-9a-f]{64})","time":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"\}\n$)re"_s);
    const QRegularExpressionMatch match = headLine.match(head.outText());
    QVERIFY2(match.hasMatch(), head.describe());
    QVERIFY2(verify.outText().contains(u"head: event "_s), verify.describe());
    const QString anchor = match.captured(1) + u':' + match.captured(2);

    const CliRun anchored = as(u"sue"_s, {u"verify"_s, u"--anchor"_s, anchor});
    QVERIFY2(anchored.exitCode == 0, anchored.describe());
    QVERIFY2(anchored.outText().contains(
                 u"anchor: event %1 still has hash %2"_s.arg(match.captured(1), match.captured(2))),
             anchored.describe());
    QFile file(m_dir->filePath(u"head.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(head.out);
    file.close();
    const CliRun fromFile = as(u"ada"_s, {u"verify"_s, u"--anchor-file"_s, file.fileName()});
    QVERIFY2(fromFile.exitCode == 0, fromFile.describe());

    // An anchor beyond the log is missing history.
    const CliRun missing =
        as(u"ada"_s, {u"verify"_s, u"--anchor"_s, u"999999:"_s + match.captured(2)});
    QVERIFY2(missing.exitCode == 1, missing.describe());
    QVERIFY2(isOneErrorLine(missing.err), missing.describe());
    QVERIFY2(missing.errText().contains(u"Anchor event 999999 is missing"_s), missing.describe());
}

void tst_CliApprovals::withinLimitNeedsNoApproval()
{
    const CliRun run = as(u"arno"_s, {u"refund"_s, m_record, u"--amount"_s, u"100.00"_s});
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(jsonOf(run).value(u"status"_s).toString(), u"pending"_s);
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(as(u"sue"_s, {u"approvals"_s}).outText(), u"No refunds await approval.\n"_s);

    // The admin has no limit at all: even 0.01 usd waits for someone else.
    const CliRun admin = as(u"ada"_s, {u"refund"_s, m_record, u"--amount"_s, u"0.01"_s});
    QVERIFY2(admin.exitCode == 0, admin.describe());
    QCOMPARE(jsonOf(admin).value(u"status"_s).toString(), u"awaiting_approval"_s);
    QVERIFY2(admin.errText().contains(u"you have no refund limit in USD"_s), admin.describe());
}

void tst_CliApprovals::rejectWithNote()
{
    const QString id = awaitingRefund();
    QVERIFY(!id.isEmpty());
    const CliRun run =
        as(u"sue"_s, {u"reject"_s, id, u"--note"_s, u"the bank already refunded it"_s});
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.outText(),
             u"Rejected refund %1 of 250.00 USD on %2; it is now canceled.\n"_s.arg(id, m_record));
    QCOMPARE(statusOf(id), u"canceled"_s);
    // Nothing stays reserved.
    const QJsonObject desk =
        jsonOf(as(u"sue"_s, {u"show"_s, m_record, u"--json"_s})).value(u"refunddesk"_s).toObject();
    QCOMPARE(desk.value(u"amount_reserved"_s).toObject().value(u"value"_s).toInteger(), 0);
    QCOMPARE(seqOf(u"refund.rejected"_s, id) > 0, true);
}

void tst_CliApprovals::rejectNeedsNote()
{
    const QString id = awaitingRefund();
    QVERIFY(!id.isEmpty());
    for (const QStringList &arguments :
         {QStringList {u"reject"_s, id}, QStringList {u"reject"_s, id, u"--note"_s, u"  "_s}}) {
        const QByteArray before = databaseDump(m_db);
        const CliRun run = as(u"sue"_s, arguments);
        QVERIFY2(run.exitCode == 2, run.describe());
        QVERIFY2(isOneErrorLine(run.err), run.describe());
        QVERIFY2(run.errText().contains(u"--note"_s), run.describe());
        QCOMPARE(databaseDump(m_db), before);
    }
    QCOMPARE(statusOf(id), u"awaiting_approval"_s);
}

void tst_CliApprovals::expectAmount_data()
{
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("250.00") << u"250.00"_s << 0 << QString();
    QTest::newRow("250") << u"250"_s << 0 << QString();
    QTest::newRow("25.00") << u"25.00"_s << 1 << u"not the expected 25.00 USD"_s;
    QTest::newRow("250.01") << u"250.01"_s << 1 << u"not the expected 250.01 USD"_s;
    QTest::newRow("250.001") << u"250.001"_s << 1 << u"250.001"_s;
    QTest::newRow("not an amount") << u"all of it"_s << 1 << u"all of it"_s;
}

void tst_CliApprovals::expectAmount()
{
    QFETCH(QString, expected);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    const QString id = awaitingRefund();
    QVERIFY(!id.isEmpty());
    const QByteArray before = databaseDump(m_db);
    const CliRun run = as(u"sue"_s, {u"approve"_s, id, u"--expect-amount"_s, expected});
    QVERIFY2(run.exitCode == exitCode, run.describe());
    if (exitCode == 0) {
        QCOMPARE(statusOf(id), u"pending"_s);
        return;
    }
    QVERIFY2(isOneErrorLine(run.err), run.describe());
    QVERIFY2(run.errText().contains(message), run.describe());
    QCOMPARE(databaseDump(m_db), before);
    QCOMPARE(statusOf(id), u"awaiting_approval"_s);
}

void tst_CliApprovals::creatorCannotDecide()
{
    // The supervisor has no limit of their own: their refund waits for someone else.
    const CliRun created = as(u"sue"_s, {u"refund"_s, m_record, u"--amount"_s, u"20.00"_s});
    QVERIFY2(created.exitCode == 0, created.describe());
    const QString id = jsonOf(created).value(u"id"_s).toString();
    QCOMPARE(jsonOf(created).value(u"status"_s).toString(), u"awaiting_approval"_s);

    for (const QStringList &arguments :
         {QStringList {u"approve"_s, id}, QStringList {u"reject"_s, id, u"--note"_s, u"oops"_s}}) {
        const QByteArray before = databaseDump(m_db);
        const CliRun own = as(u"sue"_s, arguments);
        QVERIFY2(own.exitCode == 4, own.describe());
        QVERIFY2(isOneErrorLine(own.err), own.describe());
        QCOMPARE(databaseDump(m_db), before);
    }
    const CliRun byAdmin = as(u"ada"_s, {u"approve"_s, id});
    QVERIFY2(byAdmin.exitCode == 0, byAdmin.describe());
    QCOMPARE(statusOf(id), u"pending"_s);
}

void tst_CliApprovals::decidedOnce()
{
    const QString id = awaitingRefund();
    QVERIFY(!id.isEmpty());
    QCOMPARE(as(u"sue"_s, {u"approve"_s, id}).exitCode, 0);
    const QByteArray before = databaseDump(m_db);
    for (const QStringList &arguments :
         {QStringList {u"approve"_s, id}, QStringList {u"reject"_s, id, u"--note"_s, u"late"_s}}) {
        const CliRun again = as(u"ada"_s, arguments);
        QVERIFY2(again.exitCode == 1, again.describe());
        QVERIFY2(isOneErrorLine(again.err), again.describe());
        QVERIFY2(again.errText().contains(id), again.describe());
    }
    QCOMPARE(databaseDump(m_db), before);
    QCOMPARE(statusOf(id), u"pending"_s);

    const CliRun unknown = as(u"sue"_s, {u"approve"_s, u"re_doesnotexist"_s});
    QVERIFY2(unknown.exitCode == 1, unknown.describe());
    QVERIFY2(unknown.errText().contains(u"re_doesnotexist"_s), unknown.describe());
}

void tst_CliApprovals::auditFilters_data()
{
    QTest::addColumn<QStringList>("filter"); // {id} is the approved refund, {record} its payment
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("actions"); // newest first; sign-ins left out

    QTest::newRow("--entity refund") << QStringList {u"--entity"_s, u"{id}"_s} << 0
                                     << QStringList {u"refund.approved"_s, u"refund.created"_s};
    QTest::newRow("--entity record") << QStringList {u"--entity"_s, u"{record}"_s} << 0
                                     << QStringList {u"refund.approved"_s, u"refund.created"_s};
    QTest::newRow("--user arno") << QStringList {u"--user"_s, u"arno"_s} << 0
                                 << QStringList {u"refund.created"_s};
    QTest::newRow("--user sue --action refund.approved")
        << QStringList {u"--user"_s, u"sue"_s, u"--action"_s, u"refund.approved"_s} << 0
        << QStringList {u"refund.approved"_s};
    QTest::newRow("--action user.added")
        << QStringList {u"--action"_s, u"user.added"_s} << 0
        << QStringList {u"user.added"_s, u"user.added"_s, u"user.added"_s};
    QTest::newRow("--from 2000-01-01 --user arno")
        << QStringList {u"--from"_s, u"2000-01-01"_s, u"--user"_s, u"arno"_s} << 0
        << QStringList {u"refund.created"_s};
    QTest::newRow("--to 2000-01-01")
        << QStringList {u"--to"_s, u"2000-01-01"_s} << 0 << QStringList {};
    QTest::newRow("--from 2999-01-01")
        << QStringList {u"--from"_s, u"2999-01-01"_s} << 0 << QStringList {};
    QTest::newRow("--from not a date")
        << QStringList {u"--from"_s, u"yesterday"_s} << 2 << QStringList {};
    QTest::newRow("--limit 0") << QStringList {u"--limit"_s, u"0"_s} << 2 << QStringList {};
    QTest::newRow("--head with a filter")
        << QStringList {u"--head"_s, u"--user"_s, u"arno"_s} << 2 << QStringList {};
}

void tst_CliApprovals::auditFilters()
{
    QFETCH(QStringList, filter);
    QFETCH(int, exitCode);
    QFETCH(QStringList, actions);

    const QString id = awaitingRefund();
    QVERIFY(!id.isEmpty());
    QCOMPARE(as(u"sue"_s, {u"approve"_s, id}).exitCode, 0);
    for (QString &argument : filter)
        argument.replace(u"{id}"_s, id).replace(u"{record}"_s, m_record);

    const CliRun run = as(u"ada"_s, QStringList {u"audit"_s, u"--json"_s} + filter);
    QVERIFY2(run.exitCode == exitCode, run.describe());
    if (exitCode != 0) {
        QVERIFY2(isOneErrorLine(run.err), run.describe());
        QVERIFY2(run.out.isEmpty(), run.describe());
        return;
    }
    QStringList found;
    for (const QJsonValue &event : jsonOf(run).value(u"data"_s).toArray()) {
        const QString action = event.toObject().value(u"action"_s).toString();
        if (!action.startsWith(u"user.sign"_s))
            found << action;
    }
    QCOMPARE(found, actions);

    // As text, one line per event, and a note when --limit cut the list short.
    const CliRun text = as(u"ada"_s, QStringList {u"audit"_s, u"--limit"_s, u"2"_s});
    QVERIFY2(text.exitCode == 0, text.describe());
    const QStringList lines = text.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.last().startsWith(u"… more events"_s), text.describe());
}

void tst_CliApprovals::tamperedEventFound()
{
    const QString id = awaitingRefund();
    QVERIFY(!id.isEmpty());
    QCOMPARE(as(u"sue"_s, {u"approve"_s, id}).exitCode, 0);
    const qint64 seq = seqOf(u"refund.created"_s, id);
    QVERIFY(seq > 0);
    QCOMPARE(as(u"ada"_s, {u"verify"_s}).exitCode, 0);

    tamper([seq](sqlite3 *db) {
        const QByteArray sql = "UPDATE events SET payload = replace(payload, '\"amount\":25000', "
                               "'\"amount\":2500') WHERE seq = "
            + QByteArray::number(seq);
        QCOMPARE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_changes(db), 1);
    });

    const CliRun verify = as(u"ada"_s, {u"verify"_s});
    QCOMPARE(verify.exitCode, 1);
    const QString problem =
        u"problem: Event chain broken at the first bad link: event %1 (refund.created on %2)"_s
            .arg(seq)
            .arg(id);
    QVERIFY2(verify.outText().contains(problem), verify.describe());
    QVERIFY2(verify.outText().contains(u"head: event "_s), verify.describe());
    QVERIFY2(isOneErrorLine(verify.err), verify.describe());
    QVERIFY2(verify.errText().contains(u"event %1"_s.arg(seq)), verify.describe());
}

void tst_CliApprovals::rewrittenHistoryFoundByAnchor()
{
    const QString id = awaitingRefund();
    QVERIFY(!id.isEmpty());
    QCOMPARE(as(u"sue"_s, {u"approve"_s, id}).exitCode, 0);
    const CliRun head = as(u"ada"_s, {u"audit"_s, u"--head"_s});
    QVERIFY2(head.exitCode == 0, head.describe());
    const QJsonObject anchor = jsonOf(head);
    const qint64 anchorSeq = anchor.value(u"seq"_s).toInteger();
    const qint64 seq = seqOf(u"refund.approved"_s, id);
    QVERIFY(seq > 0 && seq <= anchorSeq);

    // Someone who knows how the chain is made rewrites who approved the refund and
    // recomputes every hash after it, so the chain itself is whole again.
    tamper([seq](sqlite3 *db) {
        sqlite3_stmt *read = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db,
                                    "SELECT seq, time, actor, action, entity_type, entity_id, "
                                    "record_id, payload, prev_hash FROM events WHERE seq >= ? "
                                    "ORDER BY seq",
                                    -1, &read, nullptr),
                 SQLITE_OK);
        sqlite3_bind_int64(read, 1, seq);
        QList<RefundDesk::Event> rewritten;
        QByteArray prevHash;
        const auto text = [&read](int column) {
            return QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(read, column)));
        };
        while (sqlite3_step(read) == SQLITE_ROW) {
            RefundDesk::Event event;
            event.seq = sqlite3_column_int64(read, 0);
            event.timeMs = sqlite3_column_int64(read, 1);
            event.actor = event.seq == seq ? u"ada"_s : text(2);
            event.action = text(3);
            event.entityType = text(4);
            event.entityId = text(5);
            event.recordId = text(6);
            event.payload = text(7).toUtf8();
            event.prevHash = prevHash.isEmpty() ? text(8).toUtf8() : prevHash;
            event.hash = RefundDesk::eventHash(event);
            prevHash = event.hash;
            rewritten << event;
        }
        sqlite3_finalize(read);
        sqlite3_stmt *write = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db,
                                    "UPDATE events SET actor = ?, prev_hash = ?, hash = ? "
                                    "WHERE seq = ?",
                                    -1, &write, nullptr),
                 SQLITE_OK);
        for (const RefundDesk::Event &event : std::as_const(rewritten)) {
            const QByteArray actor = event.actor.toUtf8();
            sqlite3_bind_text(write, 1, actor.constData(), int(actor.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(write, 2, event.prevHash.constData(), int(event.prevHash.size()),
                              SQLITE_TRANSIENT);
            sqlite3_bind_text(write, 3, event.hash.constData(), int(event.hash.size()),
                              SQLITE_TRANSIENT);
            sqlite3_bind_int64(write, 4, event.seq);
            QCOMPARE(sqlite3_step(write), SQLITE_DONE);
            sqlite3_reset(write);
        }
        sqlite3_finalize(write);
        QVERIFY(!rewritten.isEmpty());
    });

    QFile file(m_dir->filePath(u"head.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(head.out);
    file.close();
    const CliRun verify = as(u"ada"_s, {u"verify"_s, u"--anchor-file"_s, file.fileName()});
    QCOMPARE(verify.exitCode, 1);
    const QString problem = u"problem: Anchor event %1 "_s.arg(anchorSeq);
    QVERIFY2(verify.outText().contains(problem), verify.describe());
    QVERIFY2(verify.outText().contains(anchor.value(u"hash"_s).toString()), verify.describe());
    QVERIFY2(isOneErrorLine(verify.err), verify.describe());
    QVERIFY2(verify.errText().contains(u"Anchor event %1"_s.arg(anchorSeq)), verify.describe());
}

void tst_CliApprovals::anchorMalformed_data()
{
    QTest::addColumn<QStringList>("arguments");

    const QString hash(64, u'a');
    QTest::newRow("no colon") << QStringList {u"--anchor"_s, u"12"_s};
    QTest::newRow("no seq") << QStringList {u"--anchor"_s, u":"_s + hash};
    QTest::newRow("seq 0") << QStringList {u"--anchor"_s, u"0:"_s + hash};
    QTest::newRow("short hash") << QStringList {u"--anchor"_s, u"3:abc"_s};
    QTest::newRow("not hex") << QStringList {u"--anchor"_s, u"3:"_s + QString(64, u'z')};
    QTest::newRow("file missing") << QStringList {u"--anchor-file"_s, u"/nonexistent/head"_s};
}

void tst_CliApprovals::anchorMalformed()
{
    QFETCH(QStringList, arguments);

    const CliRun run = as(u"ada"_s, QStringList {u"verify"_s} + arguments);
    QVERIFY2(run.exitCode == 2 || run.exitCode == 3, run.describe());
    QVERIFY2(isOneErrorLine(run.err), run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
}

// verify checks pages, rows and constraints quickly; --full also checks every index entry
// against its row, which is what finds an index that no longer matches its table.
void tst_CliApprovals::fullCheckFindsAnIndexOutOfStep()
{
    QVERIFY(!awaitingRefund().isEmpty()); // a refund, so its index has an entry to miss
    QCOMPARE(as(u"ada"_s, {u"verify"_s, u"--full"_s}).exitCode, 0);
    tamper([](sqlite3 *db) {
        QCOMPARE(sqlite3_exec(db,
                              "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = "
                              "'CREATE INDEX refunds_created ON refunds(amount)' "
                              "WHERE name = 'refunds_created'",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
    });

    const CliRun quick = as(u"ada"_s, {u"verify"_s});
    QVERIFY2(quick.exitCode == 0, quick.describe());
    const CliRun full = as(u"ada"_s, {u"verify"_s, u"--full"_s});
    QCOMPARE(full.exitCode, 1);
    QVERIFY2(full.outText().contains(u"problem: SQLite integrity: "_s), full.describe());
    QVERIFY2(full.errText().contains(u"refunds_created"_s), full.describe());
    QVERIFY2(isOneErrorLine(full.err), full.describe());
}

QTEST_GUILESS_MAIN(tst_CliApprovals)
#include "tst_cliapprovals.moc"
