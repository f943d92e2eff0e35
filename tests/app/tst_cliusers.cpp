// refunddesk-cli users and sign-in, end to end: the first user must be an admin and ends
// the local operator's mode; add, list (text and JSON), set-role, set-limits, set-password,
// disable and enable; the last admin stays one; passwords from standard input or
// REFUNDDESK_PASSWORD; a wrong password, an unknown user and a disabled one are refused.

#include "clisignin.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk::Testing;
using namespace Qt::StringLiterals;

class tst_CliUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void firstUserMustBeAdmin();
    void firstUserEndsLocalMode();
    void addAndList();
    void limits_data();
    void limits();
    void setRole();
    void setLimitsReplacesAll();
    void setPassword();
    void disableAndEnable();
    void lastAdminStays();
    void signInRefused_data();
    void signInRefused();
    void passwordInput_data();
    void passwordInput();
    void wrongOptions_data();
    void wrongOptions();

private:
    CliRun as(const QString &user, const QStringList &arguments, const QByteArray &input = {})
    {
        return runAs(user, arguments, m_environment, input);
    }
    /// Adds a user with their test password from standard input.
    void addUser(const QString &actor, const QString &name, const QStringList &options);
    /// `users list --json`, as the admin, by name.
    QMap<QString, QJsonObject> listed();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QProcessEnvironment m_environment;
};

void tst_CliUsers::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"refunddesk.sqlite"_s);
    m_environment = cliEnvironment(m_db, m_dir->path());
}

void tst_CliUsers::addUser(const QString &actor, const QString &name, const QStringList &options)
{
    const CliRun run =
        as(actor, QStringList {u"users"_s, u"add"_s, name, u"--password-stdin"_s} + options,
           passwordOf(name).toUtf8() + '\n');
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.outText().startsWith(u"Added "_s + name), run.describe());
}

QMap<QString, QJsonObject> tst_CliUsers::listed()
{
    const CliRun run = as(u"ada"_s, {u"users"_s, u"list"_s, u"--json"_s});
    QMap<QString, QJsonObject> byName;
    for (const QJsonValue &value : jsonOf(run).value(u"data"_s).toArray())
        byName.insert(value.toObject().value(u"name"_s).toString(), value.toObject());
    return byName;
}

void tst_CliUsers::firstUserMustBeAdmin()
{
    const CliRun agent =
        as({}, {u"users"_s, u"add"_s, u"arno"_s, u"--role"_s, u"agent"_s, u"--password-stdin"_s},
           passwordOf(u"arno"_s).toUtf8() + '\n');
    QVERIFY2(agent.exitCode != 0, agent.describe());
    QVERIFY2(isOneErrorLine(agent.err), agent.describe());
    QVERIFY2(agent.errText().contains(u"admin"_s), agent.describe());

    const CliRun none = as({}, {u"users"_s, u"list"_s});
    QVERIFY2(none.exitCode == 0, none.describe());
    QVERIFY2(none.outText().startsWith(u"No users"_s), none.describe());
}

void tst_CliUsers::firstUserEndsLocalMode()
{
    QCOMPARE(as({}, {u"demo"_s, u"--records"_s, u"5"_s}).exitCode, 0);
    addUser({}, u"ada"_s, {u"--role"_s, u"admin"_s});

    // From now on, sign-in is required: the local operator is told how.
    for (const QStringList &command :
         {QStringList {u"list"_s}, QStringList {u"users"_s, u"list"_s}, QStringList {u"verify"_s},
          QStringList {u"demo"_s, u"--records"_s, u"1"_s}}) {
        const CliRun run = as({}, command);
        QVERIFY2(run.exitCode == 4, run.describe());
        QVERIFY2(isOneErrorLine(run.err), run.describe());
        QVERIFY2(run.errText().contains(u"--as USER"_s), run.describe());
        QVERIFY2(run.errText().contains(u"REFUNDDESK_PASSWORD"_s), run.describe());
    }
    // --as before the command or after it, like --db.
    QCOMPARE(runCli({u"--as"_s, u"ada"_s, u"list"_s},
                    passwordEnvironment(m_environment, passwordOf(u"ada"_s)))
                 .exitCode,
             0);
    QCOMPARE(runCli({u"list"_s, u"--as"_s, u"ada"_s},
                    passwordEnvironment(m_environment, passwordOf(u"ada"_s)))
                 .exitCode,
             0);
    QCOMPARE(
        runCli({u"list"_s, u"--as=ada"_s}, passwordEnvironment(m_environment, passwordOf(u"ada"_s)))
            .exitCode,
        0);
}

void tst_CliUsers::addAndList()
{
    addUser({}, u"ada"_s, {u"--role"_s, u"admin"_s});
    addUser(u"ada"_s, u"sue"_s,
            {u"--role"_s, u"supervisor"_s, u"--limit"_s, u"usd=1000.00"_s, u"--limit"_s,
             u"JPY=50000"_s});
    addUser(u"ada"_s, u"arno"_s, {u"--role"_s, u"agent"_s, u"--limit"_s, u"usd=100.00"_s});
    addUser(u"ada"_s, u"vera"_s, {u"--role"_s, u"viewer"_s});

    const auto users = listed();
    QCOMPARE(users.keys(), (QList<QString> {u"ada"_s, u"arno"_s, u"sue"_s, u"vera"_s}));
    const QJsonObject sue = users.value(u"sue"_s);
    QCOMPARE(sue.value(u"object"_s).toString(), u"user"_s);
    QCOMPARE(sue.value(u"role"_s).toString(), u"supervisor"_s);
    QCOMPARE(sue.value(u"disabled"_s).toBool(true), false);
    QCOMPARE(sue.value(u"failed_sign_ins"_s).toInt(-1), 0);
    const QJsonArray limits = sue.value(u"limits"_s).toArray();
    QCOMPARE(limits.size(), 2);
    QCOMPARE(limits.at(0).toObject().value(u"currency"_s).toString(), u"jpy"_s);
    QCOMPARE(limits.at(0).toObject().value(u"value"_s).toInteger(), 50000);
    QCOMPARE(limits.at(1).toObject().value(u"currency"_s).toString(), u"usd"_s);
    QCOMPARE(limits.at(1).toObject().value(u"value"_s).toInteger(), 100000);
    QCOMPARE(users.value(u"arno"_s).value(u"role"_s).toString(), u"agent"_s);
    QCOMPARE(users.value(u"vera"_s).value(u"limits"_s).toArray().size(), 0);

    const CliRun text = as(u"ada"_s, {u"users"_s, u"list"_s});
    QVERIFY2(text.exitCode == 0, text.describe());
    const QStringList lines = text.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(1).startsWith(u"arno"_s), text.describe());
    QVERIFY2(lines.at(1).contains(u"agent"_s), text.describe());
    QVERIFY2(lines.at(1).contains(u"limits: 100.00 USD"_s), text.describe());
    QVERIFY2(lines.at(2).contains(u"limits: 50000 JPY, 1000.00 USD"_s), text.describe());
    QVERIFY2(lines.at(3).contains(u"limits: none"_s), text.describe());

    // A name is taken once, whatever its case.
    const CliRun twice = as(
        u"ada"_s, {u"users"_s, u"add"_s, u"ARNO"_s, u"--role"_s, u"agent"_s, u"--password-stdin"_s},
        passwordOf(u"arno"_s).toUtf8() + '\n');
    QVERIFY2(twice.exitCode == 1, twice.describe());
    QVERIFY2(isOneErrorLine(twice.err), twice.describe());
    QCOMPARE(listed().size(), 4);
}

void tst_CliUsers::limits_data()
{
    QTest::addColumn<QString>("limit");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("currency"); // when accepted
    QTest::addColumn<qint64>("value");

    QTest::newRow("usd=100.00") << u"usd=100.00"_s << 0 << u"usd"_s << qint64(10000);
    QTest::newRow("USD=7") << u"USD=7"_s << 0 << u"usd"_s << qint64(700);
    QTest::newRow("usd=0.01") << u"usd=0.01"_s << 0 << u"usd"_s << qint64(1);
    QTest::newRow("jpy=5000") << u"jpy=5000"_s << 0 << u"jpy"_s << qint64(5000);
    QTest::newRow("kwd=1.234") << u"kwd=1.234"_s << 0 << u"kwd"_s << qint64(1234);
    QTest::newRow("usd=0") << u"usd=0"_s << 0 << u"usd"_s << qint64(0);
    QTest::newRow("no =") << u"usd"_s << 2 << QString() << qint64(0);
    QTest::newRow("no currency") << u"=100"_s << 2 << QString() << qint64(0);
    QTest::newRow("unknown currency") << u"xyz=1.00"_s << 2 << QString() << qint64(0);
    QTest::newRow("too many decimals") << u"usd=1.001"_s << 1 << QString() << qint64(0);
    QTest::newRow("jpy with decimals") << u"jpy=1.5"_s << 1 << QString() << qint64(0);
    QTest::newRow("negative") << u"usd=-1"_s << 1 << QString() << qint64(0);
    QTest::newRow("not a number") << u"usd=lots"_s << 1 << QString() << qint64(0);
}

void tst_CliUsers::limits()
{
    QFETCH(QString, limit);
    QFETCH(int, exitCode);
    QFETCH(QString, currency);
    QFETCH(qint64, value);

    addUser({}, u"ada"_s, {u"--role"_s, u"admin"_s});
    const CliRun run = as(u"ada"_s,
                          {u"users"_s, u"add"_s, u"arno"_s, u"--role"_s, u"agent"_s, u"--limit"_s,
                           limit, u"--password-stdin"_s},
                          passwordOf(u"arno"_s).toUtf8() + '\n');
    QVERIFY2(run.exitCode == exitCode, run.describe());
    const auto users = listed();
    if (exitCode != 0) {
        QVERIFY2(isOneErrorLine(run.err), run.describe());
        QVERIFY2(run.errText().contains(u"--limit"_s), run.describe());
        QVERIFY(!users.contains(u"arno"_s));
        return;
    }
    const QJsonArray limits = users.value(u"arno"_s).value(u"limits"_s).toArray();
    QCOMPARE(limits.size(), 1);
    QCOMPARE(limits.first().toObject().value(u"currency"_s).toString(), currency);
    QCOMPARE(limits.first().toObject().value(u"value"_s).toInteger(), value);
}

void tst_CliUsers::setRole()
{
    addUser({}, u"ada"_s, {u"--role"_s, u"admin"_s});
    addUser(u"ada"_s, u"arno"_s, {u"--role"_s, u"agent"_s});

    const CliRun run = as(u"ada"_s, {u"users"_s, u"set-role"_s, u"arno"_s, u"supervisor"_s});
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.outText().contains(u"arno: supervisor"_s), run.describe());
    QCOMPARE(listed().value(u"arno"_s).value(u"role"_s).toString(), u"supervisor"_s);

    const CliRun bogus = as(u"ada"_s, {u"users"_s, u"set-role"_s, u"arno"_s, u"boss"_s});
    QVERIFY2(bogus.exitCode == 2, bogus.describe());
    QVERIFY2(bogus.errText().contains(u"\"boss\""_s), bogus.describe());
    const CliRun unknown = as(u"ada"_s, {u"users"_s, u"set-role"_s, u"nobody"_s, u"agent"_s});
    QVERIFY2(unknown.exitCode == 1, unknown.describe());
    QVERIFY2(unknown.errText().contains(u"nobody"_s), unknown.describe());
    QCOMPARE(listed().value(u"arno"_s).value(u"role"_s).toString(), u"supervisor"_s);

    // Now a supervisor, arno still may not manage users.
    const CliRun own = as(u"arno"_s, {u"users"_s, u"set-role"_s, u"arno"_s, u"admin"_s});
    QVERIFY2(own.exitCode == 4, own.describe());
}

void tst_CliUsers::setLimitsReplacesAll()
{
    addUser({}, u"ada"_s, {u"--role"_s, u"admin"_s});
    addUser(u"ada"_s, u"arno"_s,
            {u"--role"_s, u"agent"_s, u"--limit"_s, u"usd=100.00"_s, u"--limit"_s, u"jpy=1000"_s});

    const CliRun run =
        as(u"ada"_s, {u"users"_s, u"set-limits"_s, u"arno"_s, u"--limit"_s, u"eur=20.50"_s});
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.outText().contains(u"limits 20.50 EUR"_s), run.describe());
    QJsonArray limits = listed().value(u"arno"_s).value(u"limits"_s).toArray();
    QCOMPARE(limits.size(), 1);
    QCOMPARE(limits.first().toObject().value(u"currency"_s).toString(), u"eur"_s);
    QCOMPARE(limits.first().toObject().value(u"value"_s).toInteger(), 2050);

    const CliRun none = as(u"ada"_s, {u"users"_s, u"set-limits"_s, u"arno"_s});
    QVERIFY2(none.exitCode == 0, none.describe());
    QVERIFY2(none.outText().contains(u"limits none"_s), none.describe());
    QCOMPARE(listed().value(u"arno"_s).value(u"limits"_s).toArray().size(), 0);
}

void tst_CliUsers::setPassword()
{
    addUser({}, u"ada"_s, {u"--role"_s, u"admin"_s});
    addUser(u"ada"_s, u"arno"_s, {u"--role"_s, u"agent"_s});
    addUser(u"ada"_s, u"vera"_s, {u"--role"_s, u"viewer"_s});
    const auto signInWith = [this](const QString &user, const QString &password) {
        return runCli({u"--as"_s, user, u"list"_s}, passwordEnvironment(m_environment, password))
            .exitCode;
    };

    // The admin sets arno's password: the old one stops working, the new one works.
    const CliRun set =
        as(u"ada"_s, {u"users"_s, u"set-password"_s, u"arno"_s, u"--password-stdin"_s},
           "a-brand-new-secret\n");
    QVERIFY2(set.exitCode == 0, set.describe());
    QCOMPARE(signInWith(u"arno"_s, passwordOf(u"arno"_s)), 4);
    QCOMPARE(signInWith(u"arno"_s, u"a-brand-new-secret"_s), 0);

    // Everyone may change their own password, and only their own.
    const CliRun own = runCliWithInput(
        {u"--as"_s, u"arno"_s, u"users"_s, u"set-password"_s, u"arno"_s, u"--password-stdin"_s},
        passwordEnvironment(m_environment, u"a-brand-new-secret"_s), "arno-again-secret\n");
    QVERIFY2(own.exitCode == 0, own.describe());
    QCOMPARE(signInWith(u"arno"_s, u"arno-again-secret"_s), 0);
    const CliRun others = runCliWithInput(
        {u"--as"_s, u"arno"_s, u"users"_s, u"set-password"_s, u"vera"_s, u"--password-stdin"_s},
        passwordEnvironment(m_environment, u"arno-again-secret"_s), "taken-over-secret\n");
    QVERIFY2(others.exitCode == 4, others.describe());
    QCOMPARE(signInWith(u"vera"_s, passwordOf(u"vera"_s)), 0);

    // A password too short for the rules is refused before anything changes.
    const CliRun tooShort =
        as(u"ada"_s, {u"users"_s, u"set-password"_s, u"vera"_s, u"--password-stdin"_s}, "short\n");
    QVERIFY2(tooShort.exitCode == 1, tooShort.describe());
    QVERIFY2(tooShort.errText().contains(u"at least 8"_s), tooShort.describe());
    QCOMPARE(signInWith(u"vera"_s, passwordOf(u"vera"_s)), 0);
}

void tst_CliUsers::disableAndEnable()
{
    addUser({}, u"ada"_s, {u"--role"_s, u"admin"_s});
    addUser(u"ada"_s, u"arno"_s, {u"--role"_s, u"agent"_s});

    const CliRun disabled = as(u"ada"_s, {u"users"_s, u"disable"_s, u"arno"_s});
    QVERIFY2(disabled.exitCode == 0, disabled.describe());
    QVERIFY2(disabled.outText().contains(u"disabled"_s), disabled.describe());
    QCOMPARE(listed().value(u"arno"_s).value(u"disabled"_s).toBool(), true);
    const CliRun refused = as(u"arno"_s, {u"list"_s});
    QVERIFY2(refused.exitCode == 4, refused.describe());
    QVERIFY2(isOneErrorLine(refused.err), refused.describe());
    QVERIFY2(refused.errText().contains(u"disabled"_s), refused.describe());

    const CliRun enabled = as(u"ada"_s, {u"users"_s, u"enable"_s, u"arno"_s});
    QVERIFY2(enabled.exitCode == 0, enabled.describe());
    QCOMPARE(listed().value(u"arno"_s).value(u"disabled"_s).toBool(true), false);
    QCOMPARE(as(u"arno"_s, {u"list"_s}).exitCode, 0);
}

void tst_CliUsers::lastAdminStays()
{
    addUser({}, u"ada"_s, {u"--role"_s, u"admin"_s});
    addUser(u"ada"_s, u"arno"_s, {u"--role"_s, u"agent"_s});

    for (const QStringList &command :
         {QStringList {u"users"_s, u"disable"_s, u"ada"_s},
          QStringList {u"users"_s, u"set-role"_s, u"ada"_s, u"supervisor"_s}}) {
        const CliRun run = as(u"ada"_s, command);
        QVERIFY2(run.exitCode == 1, run.describe());
        QVERIFY2(isOneErrorLine(run.err), run.describe());
        QVERIFY2(run.errText().contains(u"admin"_s), run.describe());
    }
    QCOMPARE(listed().value(u"ada"_s).value(u"role"_s).toString(), u"admin"_s);
    QCOMPARE(listed().value(u"ada"_s).value(u"disabled"_s).toBool(true), false);

    // With a second admin, the first may step down.
    QCOMPARE(as(u"ada"_s, {u"users"_s, u"set-role"_s, u"arno"_s, u"admin"_s}).exitCode, 0);
    QCOMPARE(as(u"ada"_s, {u"users"_s, u"disable"_s, u"ada"_s}).exitCode, 0);
    QCOMPARE(as(u"ada"_s, {u"list"_s}).exitCode, 4);
}

void tst_CliUsers::signInRefused_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");

    QTest::newRow("wrong password") << u"ada"_s << u"not-adas-password"_s;
    QTest::newRow("unknown user") << u"nobody"_s << passwordOf(u"ada"_s);
    QTest::newRow("empty password") << u"ada"_s << QString();
}

void tst_CliUsers::signInRefused()
{
    QFETCH(QString, user);
    QFETCH(QString, password);

    addUser({}, u"ada"_s, {u"--role"_s, u"admin"_s});
    const CliRun run = runCli({u"--as"_s, user, u"users"_s, u"list"_s},
                              passwordEnvironment(m_environment, password));
    QVERIFY2(run.exitCode == 4, run.describe());
    QVERIFY2(isOneErrorLine(run.err), run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
    // An unknown user and a wrong password read alike, so names cannot be probed.
    const CliRun unknown = runCli({u"--as"_s, u"nobody"_s, u"users"_s, u"list"_s},
                                  passwordEnvironment(m_environment, u"whatever-it-is"_s));
    QCOMPARE(QString(run.errText()).replace(user, u"X"_s),
             QString(unknown.errText()).replace(u"nobody"_s, u"X"_s));

    // Every refused sign-in is in the audit trail, under the name it tried.
    const CliRun audit =
        as(u"ada"_s,
           {u"audit"_s, u"--action"_s, u"user.sign_in_failed"_s, u"--entity"_s, user, u"--json"_s});
    QVERIFY2(audit.exitCode == 0, audit.describe());
    QCOMPARE(jsonOf(audit).value(u"data"_s).toArray().size(), user == u"nobody"_s ? 2 : 1);
}

void tst_CliUsers::passwordInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("withPassword"); // REFUNDDESK_PASSWORD set for --as
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const QStringList add {u"--as"_s, u"ada"_s,    u"users"_s, u"add"_s,
                           u"arno"_s, u"--role"_s, u"agent"_s};
    QTest::newRow("--password-stdin with a line")
        << add + QStringList {u"--password-stdin"_s} << true << QByteArray("arno-correct-horse\n")
        << 0 << QString();
    QTest::newRow("--password-stdin without a line end")
        << add + QStringList {u"--password-stdin"_s} << true << QByteArray("arno-correct-horse")
        << 0 << QString();
    QTest::newRow("--password-stdin with CRLF")
        << add + QStringList {u"--password-stdin"_s} << true << QByteArray("arno-correct-horse\r\n")
        << 0 << QString();
    QTest::newRow("--password-stdin, empty input")
        << add + QStringList {u"--password-stdin"_s} << true << QByteArray() << 2
        << u"--password-stdin"_s;
    QTest::newRow("--password-stdin, too short")
        << add + QStringList {u"--password-stdin"_s} << true << QByteArray("short\n") << 1
        << u"at least 8"_s;
    QTest::newRow("no new password and no terminal")
        << add << true << QByteArray() << 2 << u"--password-stdin"_s;
    QTest::newRow("no sign-in password and no terminal")
        << add + QStringList {u"--password-stdin"_s} << false << QByteArray("arno-correct-horse\n")
        << 2 << u"REFUNDDESK_PASSWORD"_s;
}

void tst_CliUsers::passwordInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, withPassword);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    addUser({}, u"ada"_s, {u"--role"_s, u"admin"_s});
    QProcessEnvironment environment = m_environment;
    if (withPassword)
        environment = passwordEnvironment(environment, passwordOf(u"ada"_s));
    const CliRun run = runCliWithInput(arguments, environment, input);
    QVERIFY2(run.exitCode == exitCode, run.describe());
    if (exitCode == 0) {
        QVERIFY2(run.err.isEmpty(), run.describe());
        QCOMPARE(as(u"arno"_s, {u"list"_s}).exitCode, 0);
        return;
    }
    QVERIFY2(isOneErrorLine(run.err), run.describe());
    QVERIFY2(run.errText().contains(message), run.describe());
    QVERIFY(!listed().contains(u"arno"_s));
}

void tst_CliUsers::wrongOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("no subcommand") << QStringList {u"users"_s} << 2 << u"subcommand"_s;
    QTest::newRow("unknown subcommand")
        << QStringList {u"users"_s, u"remove"_s, u"arno"_s} << 2 << u"\"remove\""_s;
    QTest::newRow("add without --role")
        << QStringList {u"users"_s, u"add"_s, u"arno"_s, u"--password-stdin"_s} << 2 << u"--role"_s;
    QTest::newRow("add without a name")
        << QStringList {u"users"_s, u"add"_s, u"--role"_s, u"agent"_s} << 2 << u"users add NAME"_s;
    QTest::newRow("add with a bad name")
        << QStringList {u"users"_s, u"add"_s, u"a b"_s, u"--role"_s, u"agent"_s} << 1 << u"a b"_s;
    QTest::newRow("add with an unknown role")
        << QStringList {u"users"_s, u"add"_s, u"arno"_s, u"--role"_s, u"boss"_s} << 2 << u"boss"_s;
    QTest::newRow("list with --role")
        << QStringList {u"users"_s, u"list"_s, u"--role"_s, u"agent"_s} << 2 << u"--role"_s;
    QTest::newRow("disable with --limit")
        << QStringList {u"users"_s, u"disable"_s, u"ada"_s, u"--limit"_s, u"usd=1"_s} << 2
        << u"--limit"_s;
    QTest::newRow("set-role without a role")
        << QStringList {u"users"_s, u"set-role"_s, u"ada"_s} << 2 << u"set-role NAME ROLE"_s;
}

void tst_CliUsers::wrongOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    addUser({}, u"ada"_s, {u"--role"_s, u"admin"_s});
    const QByteArray before = databaseDump(m_db);
    const CliRun run = as(u"ada"_s, arguments, passwordOf(u"arno"_s).toUtf8() + '\n');
    QVERIFY2(run.exitCode == exitCode, run.describe());
    QVERIFY2(isOneErrorLine(run.err), run.describe());
    QVERIFY2(run.errText().contains(message), run.describe());
    QCOMPARE(databaseDump(m_db), before);
}

QTEST_GUILESS_MAIN(tst_CliUsers)
#include "tst_cliusers.moc"
