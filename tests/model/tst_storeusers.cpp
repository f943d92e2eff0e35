// Users, sign-in and the pieces under them: Argon2id hashes, the naming rule, limits, the
// last admin, throttled failures, the local operator, and masking of personal data.

#include "auth/masking.h"
#include "userfixtures.h"

using namespace RefundDesk;
using namespace RefundDesk::Testing;

Q_DECLARE_METATYPE(RefundDesk::Role)

class tst_StoreUsers : public QObject, private StoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Password::setCurrentCost(Password::Cost::minimum()); }
    void init();
    void cleanup() { cleanupStore(); }

    void hashesNeverRepeat();
    void newPasswordRules_data();
    void newPasswordRules();
    void refusedUsers_data();
    void refusedUsers();
    void userChangesAreLogged();
    void lastAdminStays_data();
    void lastAdminStays();
    void signIn_data();
    void signIn();
    void failuresSlowDownAndAreLogged();
    void rehashWhenTheCostRises();
    void ownPasswordOnly();
    void maskEmail_data();
    void maskEmail();
    void maskPhone_data();
    void maskPhone();
    void maskRecord();

private:
    Team m_team;
    qint64 m_nowMs = nowSeconds * 1000;
};

void tst_StoreUsers::init()
{
    initStore();
    m_nowMs = nowSeconds * 1000;
    m_store->setClock([this] { return m_nowMs; });
    REQUIRE_OK(addTeam(*m_store, m_team));
}

void tst_StoreUsers::hashesNeverRepeat()
{
    const auto first = Password::hash(teamPassword);
    const auto second = Password::hash(teamPassword);
    CHECK_OK(first);
    CHECK_OK(second);
    QVERIFY(first->startsWith("$argon2id$"));
    QVERIFY(first.value() != second.value());
    QVERIFY(!first->contains(teamPassword.toUtf8()));
    QVERIFY(Password::verify(first.value(), teamPassword));
    QVERIFY(Password::verify(second.value(), teamPassword));
    QVERIFY(!Password::verify(first.value(), teamPassword + u"!"_s));
    QVERIFY(!Password::verify(QByteArray(), teamPassword));
    // Only the hash is stored, and every user's differs.
    const auto stored = m_store->passwordHash(m_team.agent.name);
    CHECK_OK(stored);
    QVERIFY(stored->startsWith("$argon2id$"));
    QCOMPARE(scalar(*m_store, "SELECT count(*) FROM users WHERE password_hash LIKE '%horse%'"),
             qint64(0));
}

void tst_StoreUsers::newPasswordRules_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("messagePart"); // empty: accepted
    QTest::newRow("eight characters") << u"abcdefgh"_s << QString();
    QTest::newRow("seven characters") << u"abcdefg"_s << u"at least 8"_s;
    QTest::newRow("empty") << QString() << u"at least 8"_s;
    QTest::newRow("over 1024 bytes") << QString(1025, u'x') << u"1024 bytes"_s;
    QTest::newRow("NUL inside") << (u"abcd"_s + QChar(0) + u"efgh"_s) << u"NUL"_s;
    QTest::newRow("non-ASCII") << u"pässwörd-ü"_s << QString();
}

void tst_StoreUsers::newPasswordRules()
{
    QFETCH(QString, password);
    QFETCH(QString, messagePart);
    const auto valid = Password::validateNew(password);
    QCOMPARE(valid.ok(), messagePart.isEmpty());
    if (!valid) {
        QCOMPARE(valid.error().field, u"password"_s);
        QVERIFY2(valid.error().message.contains(messagePart), qPrintable(valid.error().message));
    }
}

void tst_StoreUsers::refusedUsers_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("limitCurrency");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty name") << QString() << Role::Agent << QString() << qint64(0) << u"name"_s
                                << u"1 to 64"_s;
    QTest::newRow("65 characters")
        << QString(65, u'a') << Role::Agent << QString() << qint64(0) << u"name"_s << u"1 to 64"_s;
    QTest::newRow("space") << u"jo smith"_s << Role::Agent << QString() << qint64(0) << u"name"_s
                           << u"\" \""_s;
    QTest::newRow("colon, as the local operator has")
        << u"local:ada"_s << Role::Agent << QString() << qint64(0) << u"name"_s << u"\":\""_s;
    QTest::newRow("SQL in the name") << u"x';DROP TABLE users;--"_s << Role::Agent << QString()
                                     << qint64(0) << u"name"_s << u"\"'\""_s;
    QTest::newRow("taken, other case")
        << u"ALEX"_s << Role::Agent << QString() << qint64(0) << u"name"_s << u"already exists"_s;
    QTest::newRow("unknown limit currency")
        << u"newbie"_s << Role::Agent << u"xyz"_s << qint64(100) << u"limit"_s << u"xyz"_s;
    QTest::newRow("upper-case limit currency")
        << u"newbie"_s << Role::Agent << u"USD"_s << qint64(100) << u"limit"_s << u"USD"_s;
    QTest::newRow("negative limit")
        << u"newbie"_s << Role::Agent << u"usd"_s << qint64(-1) << u"limit"_s << u"negative"_s;
}

void tst_StoreUsers::refusedUsers()
{
    QFETCH(QString, name);
    QFETCH(Role, role);
    QFETCH(QString, limitCurrency);
    QFETCH(qint64, limit);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);
    User user;
    user.name = name;
    user.role = role;
    if (!limitCurrency.isEmpty())
        user.limits.insert(limitCurrency, limit);
    const QString before = dumpAll(*m_store);
    const auto added = m_store->addUser(user, teamHash(), m_team.admin);
    QVERIFY(!added);
    QCOMPARE(added.error().field, field);
    QVERIFY2(added.error().message.contains(messagePart), qPrintable(added.error().message));
    QCOMPARE(dumpAll(*m_store), before);
}

void tst_StoreUsers::userChangesAreLogged()
{
    auto fresh = openStore(u":memory:"_s);
    QVERIFY(fresh);
    const Actor local = localOperator();
    User agent = userOf(m_team.agent, {{u"usd"_s, 10000}});
    const auto refused = fresh->addUser(agent, teamHash(), local);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"first user must be an admin"_s),
             qPrintable(refused.error().message));
    QVERIFY(!fresh->addUser(userOf(m_team.admin), "plain text password", local));

    REQUIRE_OK(fresh->addUser(userOf(m_team.admin), teamHash(), local));
    REQUIRE_OK(fresh->addUser(agent, teamHash(), m_team.admin));
    REQUIRE_OK(fresh->setUserRole(agent.name, Role::Supervisor, m_team.admin));
    REQUIRE_OK(fresh->setUserLimits(agent.name, {{u"eur"_s, 2500}}, m_team.admin));
    REQUIRE_OK(fresh->setPasswordHash(agent.name, teamHash(), m_team.admin));
    REQUIRE_OK(fresh->setUserDisabled(agent.name, true, m_team.admin));
    REQUIRE_OK(fresh->setUserDisabled(agent.name, false, m_team.admin));

    const auto user = fresh->user(u"Alex"_s); // names match ignoring case
    CHECK_OK(user);
    QCOMPARE(user->name, u"alex"_s);
    QCOMPARE(toString(user->role), u"supervisor"_s);
    QCOMPARE(user->limits, (RefundLimits {{u"eur"_s, 2500}}));
    QVERIFY(!user->disabled);
    QCOMPARE(fresh->users()->size(), 2);

    const QString log =
        dumpQuery(fresh->connection().handle(),
                  "SELECT actor, action, entity_id, payload FROM events ORDER BY seq");
    QCOMPARE(log,
             u"local:%1|user.added|ada|{\"limits\":{},\"role\":\"admin\"}|\n"
             "ada|user.added|alex|{\"limits\":{\"usd\":10000},\"role\":\"agent\"}|\n"
             "ada|user.role_changed|alex|{\"from\":\"agent\",\"to\":\"supervisor\"}|\n"
             "ada|user.limits_changed|alex|{\"after\":{\"eur\":2500},\"before\":{\"usd\":10000}}|\n"
             "ada|user.password_changed|alex|{}|\n"
             "ada|user.disabled|alex|{}|\n"
             "ada|user.enabled|alex|{}|\n"_s.arg(localOperator().name.mid(6)));
    QVERIFY(!log.contains(u"argon2"_s));
    QVERIFY(fresh->verify(VerifyDepth::Full)->ok());
}

void tst_StoreUsers::lastAdminStays_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("disabled") << u"disable"_s;
    QTest::newRow("demoted") << u"demote"_s;
    QTest::newRow("disabled straight in the database") << u"sql disable"_s;
    QTest::newRow("demoted straight in the database") << u"sql demote"_s;
    QTest::newRow("deleted straight in the database") << u"sql delete"_s;
}

void tst_StoreUsers::lastAdminStays()
{
    QFETCH(QString, change);
    const QString before = dumpAll(*m_store);
    if (change.startsWith(u"sql")) {
        const char *sql = change == u"sql disable"
            ? "UPDATE users SET disabled = 1 WHERE name = 'ada'"
            : change == u"sql demote" ? "UPDATE users SET role = 'agent' WHERE name = 'ada'"
                                      : "DELETE FROM users WHERE name = 'ada'";
        QVERIFY(!m_store->connection().exec(sql));
    } else {
        const auto result = change == u"disable"
            ? m_store->setUserDisabled(m_team.admin.name, true, m_team.admin)
            : m_store->setUserRole(m_team.admin.name, Role::Supervisor, m_team.admin);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(u"last enabled admin"_s),
                 qPrintable(result.error().message));
    }
    QCOMPARE(dumpAll(*m_store), before);

    // With a second admin, the first may go.
    REQUIRE_OK(m_store->setUserRole(m_team.supervisor.name, Role::Admin, m_team.admin));
    REQUIRE_OK(m_store->setUserDisabled(m_team.admin.name, true, m_team.supervisor));
}

void tst_StoreUsers::signIn_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("disable");
    QTest::addColumn<QString>("messagePart"); // empty: signed in
    QTest::newRow("right password") << u"alex"_s << teamPassword << false << QString();
    QTest::newRow("name in another case") << u"ALEX"_s << teamPassword << false << QString();
    QTest::newRow("wrong password") << u"alex"_s << u"wrong horse"_s << false
                                    << u"Unknown user or wrong password for \"alex\""_s;
    QTest::newRow("empty password")
        << u"alex"_s << QString() << false << u"Unknown user or wrong password"_s;
    QTest::newRow("unknown user, same words") << u"nobody"_s << teamPassword << false
                                              << u"Unknown user or wrong password for \"nobody\""_s;
    QTest::newRow("disabled user, right password")
        << u"alex"_s << teamPassword << true << u"disabled"_s;
    QTest::newRow("disabled user, wrong password")
        << u"alex"_s << u"wrong horse"_s << true << u"Unknown user or wrong password"_s;
}

void tst_StoreUsers::signIn()
{
    QFETCH(QString, name);
    QFETCH(QString, password);
    QFETCH(bool, disable);
    QFETCH(QString, messagePart);
    if (disable)
        REQUIRE_OK(m_store->setUserDisabled(u"alex"_s, true, m_team.admin));
    const qint64 events = eventCount(*m_store);
    const auto actor = RefundDesk::signIn(*m_store, name, password);
    // Every attempt is in the audit trail, good or bad.
    QCOMPARE(eventCount(*m_store), events + 1);
    const QString action =
        scalarText(*m_store, u"SELECT action FROM events ORDER BY seq DESC LIMIT 1"_s);
    if (messagePart.isEmpty()) {
        CHECK_OK(actor);
        QCOMPARE(actor->name, u"alex"_s);
        QCOMPARE(toString(actor->role), u"agent"_s);
        QVERIFY(!actor->local);
        QCOMPARE(action, u"user.signed_in"_s);
        return;
    }
    QVERIFY(!actor);
    QCOMPARE(actor.error().kind, ErrorKind::Denied);
    QVERIFY2(actor.error().message.contains(messagePart), qPrintable(actor.error().message));
    QCOMPARE(action, u"user.sign_in_failed"_s);
}

void tst_StoreUsers::failuresSlowDownAndAreLogged()
{
    QCOMPARE(signInDelayMs(0), qint64(0));
    QCOMPARE(signInDelayMs(2), qint64(0));
    QCOMPARE(signInDelayMs(3), qint64(1000));
    QCOMPARE(signInDelayMs(4), qint64(2000));
    QCOMPARE(signInDelayMs(10), qint64(128000));
    QCOMPARE(signInDelayMs(11), qint64(256000));
    QCOMPARE(signInDelayMs(12), qint64(300000));
    QCOMPARE(signInDelayMs(1000), qint64(300000));

    for (int i = 0; i < 3; ++i)
        QVERIFY(!RefundDesk::signIn(*m_store, u"alex"_s, u"guess"_s + QString::number(i)));
    QCOMPARE(m_store->user(u"alex"_s)->failedSignIns, 3);
    // The fourth try within the second is refused without looking at the password.
    const auto throttled = RefundDesk::signIn(*m_store, u"alex"_s, teamPassword);
    QVERIFY(!throttled);
    QVERIFY2(throttled.error().message.contains(u"wait 1 s "_s),
             qPrintable(throttled.error().message));
    QCOMPARE(m_store->user(u"alex"_s)->failedSignIns, 3);

    m_nowMs += 1000;
    QVERIFY(!RefundDesk::signIn(*m_store, u"alex"_s, u"guess again"_s));
    m_nowMs += 1999;
    QVERIFY(!RefundDesk::signIn(*m_store, u"alex"_s, teamPassword));
    m_nowMs += 1;
    const auto actor = RefundDesk::signIn(*m_store, u"alex"_s, teamPassword);
    CHECK_OK(actor);
    QCOMPARE(m_store->user(u"alex"_s)->failedSignIns, 0);
    QCOMPARE(scalar(*m_store, "SELECT count(*) FROM events WHERE action = 'user.sign_in_failed'"),
             qint64(4));
}

void tst_StoreUsers::rehashWhenTheCostRises()
{
    const QByteArray cheap = m_store->passwordHash(u"alex"_s).value();
    QVERIFY(!Password::needsRehash(cheap, Password::Cost::minimum()));
    QVERIFY(Password::needsRehash(cheap, Password::Cost::interactive()));
    Password::setCurrentCost(Password::Cost::interactive());
    const auto actor = RefundDesk::signIn(*m_store, u"alex"_s, teamPassword);
    Password::setCurrentCost(Password::Cost::minimum());
    CHECK_OK(actor);
    const QByteArray rehashed = m_store->passwordHash(u"alex"_s).value();
    QVERIFY(rehashed != cheap);
    QVERIFY(!Password::needsRehash(rehashed, Password::Cost::interactive()));
    QVERIFY(Password::verify(rehashed, teamPassword));
    QVERIFY(scalarText(*m_store, u"SELECT payload FROM events ORDER BY seq DESC LIMIT 1"_s)
                .contains(u"\"rehashed\":true"_s));
}

void tst_StoreUsers::ownPasswordOnly()
{
    const auto fresh = Password::hash(u"a new secret"_s);
    CHECK_OK(fresh);
    REQUIRE_OK(m_store->setPasswordHash(m_team.viewer.name, fresh.value(), m_team.viewer));
    QVERIFY(RefundDesk::signIn(*m_store, m_team.viewer.name, u"a new secret"_s));
    const QString before = dumpAll(*m_store);
    const auto other = m_store->setPasswordHash(m_team.agent.name, fresh.value(), m_team.viewer);
    QVERIFY(!other);
    QCOMPARE(other.error().kind, ErrorKind::Denied);
    QCOMPARE(dumpAll(*m_store), before);
}

void tst_StoreUsers::maskEmail_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("masked");
    QTest::newRow("plain") << u"jenny.rosen@example.com"_s << u"j***@example.com"_s;
    QTest::newRow("one letter") << u"j@example.com"_s << u"j***@example.com"_s;
    QTest::newRow("two @") << u"a@b@example.com"_s << u"a***@example.com"_s;
    QTest::newRow("no @") << u"jenny"_s << u"***"_s;
    QTest::newRow("starts with @") << u"@example.com"_s << u"***"_s;
}

void tst_StoreUsers::maskEmail()
{
    QFETCH(QString, email);
    QFETCH(QString, masked);
    QCOMPARE(Masking::email(email), masked);
}

void tst_StoreUsers::maskPhone_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("masked");
    QTest::newRow("international") << u"+1 555-123-4567"_s << u"***67"_s;
    QTest::newRow("digits only") << u"5551234567"_s << u"***67"_s;
    QTest::newRow("short number") << u"112"_s << u"***"_s;
    QTest::newRow("no digits") << u"call me"_s << u"***"_s;
}

void tst_StoreUsers::maskPhone()
{
    QFETCH(QString, phone);
    QFETCH(QString, masked);
    QCOMPARE(Masking::phone(phone), masked);
}

void tst_StoreUsers::maskRecord()
{
    PaymentRecord record = makeRecord(u"pr_1"_s, u"usd"_s, 100, AttemptOutcome::Guaranteed);
    record.customer.email = u"jenny.rosen@example.com"_s;
    record.customer.phone = u"+1 555-123-4567"_s;
    record.customer.name = u"Jenny Rosen"_s;
    record.paymentMethod.billing.email = u"billing@example.com"_s;
    record.paymentMethod.billing.phone = u"+44 20 7946 0958"_s;
    record.paymentMethod.cardBrand = u"visa"_s;
    record.paymentMethod.cardLast4 = u"4242"_s;
    record.shipping.phone = u"+33 1 23 45 67 89"_s;
    const PaymentRecord masked = Masking::personalData(record);
    QCOMPARE(masked.customer.email, u"j***@example.com"_s);
    QCOMPARE(masked.customer.phone, u"***67"_s);
    QCOMPARE(masked.paymentMethod.billing.email, u"b***@example.com"_s);
    QCOMPARE(masked.paymentMethod.billing.phone, u"***58"_s);
    QCOMPARE(masked.shipping.phone, u"***89"_s);
    // Names, card brand and last4 stay; nothing else changes.
    PaymentRecord expected = record;
    expected.customer.email = masked.customer.email;
    expected.customer.phone = masked.customer.phone;
    expected.paymentMethod.billing.email = masked.paymentMethod.billing.email;
    expected.paymentMethod.billing.phone = masked.paymentMethod.billing.phone;
    expected.shipping.phone = masked.shipping.phone;
    QVERIFY(masked == expected);
    // The API's null stays null.
    QVERIFY(Masking::personalData(PaymentRecord()).customer.email.isNull());
}

QTEST_GUILESS_MAIN(tst_StoreUsers)
#include "tst_storeusers.moc"
