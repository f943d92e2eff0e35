// Every role × every command that needs a permission, through refunddesk-cli signed in with
// --as: allowed commands succeed; refused ones exit 4 with one line naming the user, their
// role and what they may not do, and leave the database exactly as it was.

#include "clisignin.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk::Testing;
using namespace Qt::StringLiterals;

namespace {

/// The test users, one per role, in the order the roles grant more.
const QStringList roles {u"viewer"_s, u"agent"_s, u"supervisor"_s, u"admin"_s};
const QStringList users {u"vera"_s, u"arno"_s, u"sue"_s, u"ada"_s};

/// A command, the least role that may run it, and what a refusal says the user may not do.
struct Command
{
    const char *name;
    QStringList arguments;
    QString leastRole;
    QString action;
    QByteArray input;
};

} // namespace

class tst_CliPermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void command_data();
    void command();
    void exportMasksByDefault_data();
    void exportMasksByDefault();

private:
    CliRun as(const QString &user, const QStringList &arguments, const QByteArray &input = {})
    {
        return runAs(user, arguments, m_environment, input);
    }
    QString expand(QString text) const;

    QTemporaryDir m_templateDir;
    QString m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QProcessEnvironment m_environment;
    QMap<QString, QString> m_ids;
};

QString tst_CliPermissions::expand(QString text) const
{
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
        text.replace(u'{' + it.key() + u'}', it.value());
    return text;
}

void tst_CliPermissions::initTestCase()
{
    QVERIFY(m_templateDir.isValid());
    m_template = m_templateDir.filePath(u"template.sqlite"_s);
    m_environment = cliEnvironment(m_template, m_templateDir.path());

    // A file to import: demo records of another seed, from a database without users.
    const QString other = m_templateDir.filePath(u"other.sqlite"_s);
    const QString importFile = m_templateDir.filePath(u"import.json"_s);
    const QProcessEnvironment otherEnvironment = cliEnvironment(other, m_templateDir.path());
    QCOMPARE(runCli({u"demo"_s, u"--records"_s, u"3"_s, u"--seed"_s, u"77"_s}, otherEnvironment)
                 .exitCode,
             0);
    QCOMPARE(runCli({u"export"_s, u"--out"_s, importFile}, otherEnvironment).exitCode, 0);
    m_ids.insert(u"import"_s, importFile);

    // Before any user exists the local operator sets the scene: demo data and a pending refund.
    const CliRun demo = as({}, {u"demo"_s, u"--records"_s, u"60"_s, u"--seed"_s, u"5"_s});
    QVERIFY2(demo.exitCode == 0, demo.describe());
    const CliRun paid = as({}, {u"list"_s, u"--status"_s, u"paid"_s, u"--json"_s});
    QStringList usd;
    for (const QJsonValue &value : jsonOf(paid).value(u"data"_s).toArray()) {
        const QJsonObject record = value.toObject();
        if (record.value(u"amount"_s).toObject().value(u"currency"_s) == u"usd"_s
            && record.value(u"amount_guaranteed"_s).toObject().value(u"value"_s).toInteger()
                >= 1000)
            usd << record.value(u"id"_s).toString();
    }
    QVERIFY2(usd.size() >= 2, paid.describe());
    m_ids.insert(u"A"_s, usd.at(0));
    m_ids.insert(u"B"_s, usd.at(1));
    const CliRun pending = as({}, {u"refund"_s, usd.at(1), u"--amount"_s, u"1.00"_s});
    QVERIFY2(pending.exitCode == 0, pending.describe());
    m_ids.insert(u"pending"_s, jsonOf(pending).value(u"id"_s).toString());

    // The first user, an admin, added by the local operator; the admin adds the rest.
    const CliRun admin =
        as({}, {u"users"_s, u"add"_s, u"ada"_s, u"--role"_s, u"admin"_s, u"--password-stdin"_s},
           passwordOf(u"ada"_s).toUtf8() + '\n');
    QVERIFY2(admin.exitCode == 0, admin.describe());
    const QList<QStringList> others {
        {u"vera"_s, u"--role"_s, u"viewer"_s},
        {u"arno"_s, u"--role"_s, u"agent"_s, u"--limit"_s, u"usd=100.00"_s},
        {u"sue"_s, u"--role"_s, u"supervisor"_s},
        {u"cleo"_s, u"--role"_s, u"agent"_s}, // no limit: each of her refunds awaits approval
    };
    for (const QStringList &user : others) {
        const CliRun added =
            as(u"ada"_s,
               QStringList {u"users"_s, u"add"_s} + user + QStringList {u"--password-stdin"_s},
               passwordOf(user.first()).toUtf8() + '\n');
        QVERIFY2(added.exitCode == 0, added.describe());
    }
    const CliRun awaiting = as(u"cleo"_s, {u"refund"_s, usd.at(1), u"--amount"_s, u"1.00"_s});
    QVERIFY2(awaiting.exitCode == 0, awaiting.describe());
    QCOMPARE(jsonOf(awaiting).value(u"status"_s).toString(), u"awaiting_approval"_s);
    m_ids.insert(u"awaiting"_s, jsonOf(awaiting).value(u"id"_s).toString());
}

void tst_CliPermissions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"refunddesk.sqlite"_s);
    QVERIFY(QFile::copy(m_template, m_db));
    m_environment = cliEnvironment(m_db, m_dir->path());
    m_ids.insert(u"dir"_s, m_dir->path());
}

void tst_CliPermissions::command_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QByteArray>("input");

    const QString audit = u"view the audit trail"_s;
    const QList<Command> commands {
        {"list", {u"list"_s, u"--limit"_s, u"5"_s}, u"viewer"_s, {}, {}},
        {"show", {u"show"_s, u"{A}"_s}, u"viewer"_s, {}, {}},
        {"approvals", {u"approvals"_s}, u"viewer"_s, {}, {}},
        {"export masked",
         {u"export"_s, u"--personal-data"_s, u"masked"_s, u"--out"_s, u"{dir}/out.json"_s},
         u"viewer"_s,
         {},
         {}},
        {"export full",
         {u"export"_s, u"--personal-data"_s, u"full"_s, u"--out"_s, u"{dir}/out.json"_s},
         u"agent"_s,
         u"export unmasked emails and phone numbers"_s,
         {}},
        {"import", {u"import"_s, u"{import}"_s}, u"supervisor"_s, u"import payment data"_s, {}},
        {"demo",
         {u"demo"_s, u"--records"_s, u"2"_s, u"--seed"_s, u"99"_s},
         u"supervisor"_s,
         u"import payment data"_s,
         {}},
        {"refund",
         {u"refund"_s, u"{A}"_s, u"--amount"_s, u"1.00"_s},
         u"agent"_s,
         u"create refunds"_s,
         {}},
        {"refund-status",
         {u"refund-status"_s, u"{pending}"_s, u"succeeded"_s},
         u"agent"_s,
         u"change refund statuses"_s,
         {}},
        {"approve",
         {u"approve"_s, u"{awaiting}"_s},
         u"supervisor"_s,
         u"approve or reject refunds"_s,
         {}},
        {"reject",
         {u"reject"_s, u"{awaiting}"_s, u"--note"_s, u"not ours to pay"_s},
         u"supervisor"_s,
         u"approve or reject refunds"_s,
         {}},
        {"users add",
         {u"users"_s, u"add"_s, u"newbie"_s, u"--role"_s, u"viewer"_s, u"--password-stdin"_s},
         u"admin"_s,
         u"manage users"_s,
         passwordOf(u"newbie"_s).toUtf8() + '\n'},
        {"users set-role",
         {u"users"_s, u"set-role"_s, u"cleo"_s, u"supervisor"_s},
         u"admin"_s,
         u"manage users"_s,
         {}},
        {"users list", {u"users"_s, u"list"_s}, u"admin"_s, u"manage users"_s, {}},
        {"audit", {u"audit"_s}, u"supervisor"_s, audit, {}},
        {"audit --head", {u"audit"_s, u"--head"_s}, u"supervisor"_s, audit, {}},
        {"verify", {u"verify"_s}, u"supervisor"_s, audit, {}},
    };
    for (const Command &command : commands) {
        for (qsizetype i = 0; i < roles.size(); ++i) {
            const bool allowed = i >= roles.indexOf(command.leastRole);
            QTest::addRow("%s %s", qPrintable(roles.at(i)), command.name)
                << users.at(i) << roles.at(i) << command.arguments << allowed << command.action
                << command.input;
        }
    }
}

void tst_CliPermissions::command()
{
    QFETCH(QString, user);
    QFETCH(QString, role);
    QFETCH(QStringList, arguments);
    QFETCH(bool, allowed);
    QFETCH(QString, action);
    QFETCH(QByteArray, input);

    for (QString &argument : arguments)
        argument = expand(argument);
    const QByteArray before = databaseDump(m_db);
    const CliRun run = as(user, arguments, input);
    QVERIFY2(run.finished, run.describe());
    if (allowed) {
        QVERIFY2(run.exitCode == 0, run.describe());
        return;
    }
    QVERIFY2(run.exitCode == 4, run.describe());
    QVERIFY2(isOneErrorLine(run.err), run.describe());
    for (const QString &named : {user, role, action})
        QVERIFY2(run.errText().contains(named), qPrintable(named + u" in "_s + run.errText()));
    QVERIFY2(run.out.isEmpty(), run.describe());
    QCOMPARE(databaseDump(m_db), before);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"out.json"_s)));
}

void tst_CliPermissions::exportMasksByDefault_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("masked");

    QTest::newRow("viewer: masked") << u"vera"_s << true;
    QTest::newRow("agent: full") << u"arno"_s << false;
    QTest::newRow("admin: full") << u"ada"_s << false;
}

void tst_CliPermissions::exportMasksByDefault()
{
    QFETCH(QString, user);
    QFETCH(bool, masked);

    const QString out = m_dir->filePath(u"out.json"_s);
    const CliRun run = as(user, {u"export"_s, u"--what"_s, u"records"_s, u"--out"_s, out});
    QVERIFY2(run.exitCode == 0, run.describe());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray objects = QJsonDocument::fromJson(file.readAll()).array();
    int records = 0;
    int emails = 0;
    int maskedEmails = 0;
    for (const QJsonValue &value : objects) {
        if (value.toObject().value(u"object"_s) != u"payment_record"_s)
            continue;
        ++records;
        const QString email =
            value.toObject().value(u"customer_details"_s).toObject().value(u"email"_s).toString();
        emails += email.isEmpty() ? 0 : 1;
        maskedEmails += email.contains(u"***@"_s) ? 1 : 0;
    }
    QCOMPARE(records, 60);
    QVERIFY(emails > 0);
    QCOMPARE(maskedEmails, masked ? emails : 0);
    QCOMPARE(run.errText().contains(u"personal data masked"_s), masked);

    // The audit trail says who exported what, and whether personal data went out masked.
    const CliRun audit = as(u"ada"_s, {u"audit"_s, u"--action"_s, u"export"_s, u"--json"_s});
    QVERIFY2(audit.exitCode == 0, audit.describe());
    const QJsonArray events = jsonOf(audit).value(u"data"_s).toArray();
    QCOMPARE(events.size(), 1);
    const QJsonObject event = events.first().toObject();
    QCOMPARE(event.value(u"actor"_s).toString(), user);
    QCOMPARE(event.value(u"entity_id"_s).toString(), out);
    QCOMPARE(event.value(u"payload"_s).toObject().value(u"personal_data"_s).toString(),
             masked ? u"masked"_s : u"full"_s);
    QCOMPARE(event.value(u"payload"_s).toObject().value(u"objects"_s).toInteger(), objects.size());
}

QTEST_GUILESS_MAIN(tst_CliPermissions)
#include "tst_clipermissions.moc"
