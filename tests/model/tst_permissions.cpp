// Every role against every guarded action of the model API, allowed and refused; the
// command line's table is tests/app/tst_clipermissions.cpp.

#include "userfixtures.h"

#include <functional>

using namespace RefundDesk;
using namespace RefundDesk::Testing;

Q_DECLARE_METATYPE(RefundDesk::Role)

namespace {

/// DESIGN §3 written out on its own: which roles may take each action.
const QMap<QString, QStringList> &allowedRoles()
{
    static const QMap<QString, QStringList> table {
        {u"create refund"_s, {u"agent"_s, u"supervisor"_s, u"admin"_s}},
        {u"change refund status"_s, {u"agent"_s, u"supervisor"_s, u"admin"_s}},
        {u"add record note"_s, {u"agent"_s, u"supervisor"_s, u"admin"_s}},
        {u"set record metadata"_s, {u"agent"_s, u"supervisor"_s, u"admin"_s}},
        {u"import"_s, {u"supervisor"_s, u"admin"_s}},
        {u"approve refund"_s, {u"supervisor"_s, u"admin"_s}},
        {u"reject refund"_s, {u"supervisor"_s, u"admin"_s}},
        {u"list audit events"_s, {u"supervisor"_s, u"admin"_s}},
        {u"export masked"_s, {u"viewer"_s, u"agent"_s, u"supervisor"_s, u"admin"_s}},
        {u"export with personal data"_s, {u"agent"_s, u"supervisor"_s, u"admin"_s}},
        {u"add user"_s, {u"admin"_s}},
        {u"set user role"_s, {u"admin"_s}},
        {u"set user limits"_s, {u"admin"_s}},
        {u"set another user's password"_s, {u"admin"_s}},
        {u"disable user"_s, {u"admin"_s}},
        {u"set own password"_s, {u"viewer"_s, u"agent"_s, u"supervisor"_s, u"admin"_s}},
    };
    return table;
}

} // namespace

class tst_Permissions : public QObject, private StoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Password::setCurrentCost(Password::Cost::minimum()); }
    void init();
    void cleanup() { cleanupStore(); }

    void roleTable_data();
    void roleTable();
    void everyActionEveryRole_data();
    void everyActionEveryRole();
    void theActorsClaimedRoleIsNotTrusted();
    void disabledUnknownAndLocalActorsAreRefused_data();
    void disabledUnknownAndLocalActorsAreRefused();
    void localOperatorIsAdminUntilTheFirstUser();

private:
    Result<void> run(const QString &action, const Actor &actor);

    Team m_team;
    QString m_pendingRefund;
    QString m_awaitingRefund;
};

void tst_Permissions::init()
{
    initStore();
    REQUIRE_OK(seedStandard());
    // Before the users: a pending refund made by the local operator.
    const auto pending = m_store->createRefund(refundOf(u"pr_usd"_s, 1000), localOperator());
    CHECK_OK(pending);
    m_pendingRefund = pending->refund.id;
    REQUIRE_OK(addTeam(*m_store, m_team));
    // The second supervisor has no jpy limit, so this waits for approval; none of the
    // actors in the table created it.
    const auto awaiting = m_store->createRefund(refundOf(u"pr_jpy"_s, 1000), m_team.supervisor2);
    CHECK_OK(awaiting);
    QCOMPARE(toString(awaiting->refund.status), u"awaiting_approval"_s);
    m_awaitingRefund = awaiting->refund.id;
}

Result<void> tst_Permissions::run(const QString &action, const Actor &actor)
{
    Store &store = *m_store;
    const auto toVoid = [](const auto &result) -> Result<void> {
        if (!result)
            return result.error();
        return {};
    };
    if (action == u"create refund")
        return toVoid(store.createRefund(refundOf(u"pr_usd"_s, 500), actor));
    if (action == u"change refund status")
        return toVoid(store.changeRefundStatus(m_pendingRefund,
                                               changeTo(RefundStatus::RequiresAction), actor));
    if (action == u"add record note")
        return store.addRecordNote(u"pr_usd"_s, u"called the customer"_s, actor);
    if (action == u"set record metadata")
        return toVoid(store.setRecordMetadata(u"pr_usd"_s, {{u"ticket"_s, u"42"_s}}, actor));
    if (action == u"import") {
        auto bulk = store.beginBulk(actor);
        if (!bulk)
            return bulk.error();
        return bulk.value()->commit(u"import"_s, QByteArrayLiteral("{}"));
    }
    if (action == u"approve refund" || action == u"reject refund") {
        const bool approve = action == u"approve refund";
        return toVoid(store.decideApproval(
            {m_awaitingRefund, approve, 1000, u"jpy"_s, u"pr_jpy"_s, u"checked the order"_s},
            actor));
    }
    if (action == u"list audit events")
        return toVoid(store.listEvents({}, actor));
    if (action == u"export masked")
        return store.recordExport({u"export"_s, u"out.json"_s, 3, true}, actor);
    if (action == u"export with personal data")
        return store.recordExport({u"export"_s, u"out.json"_s, 3, false}, actor);
    if (action == u"add user") {
        User user;
        user.name = u"newbie"_s;
        user.role = Role::Agent;
        return toVoid(store.addUser(user, teamHash(), actor));
    }
    if (action == u"set user role")
        return toVoid(store.setUserRole(m_team.supervisor2.name, Role::Agent, actor));
    if (action == u"set user limits")
        return toVoid(store.setUserLimits(m_team.supervisor2.name, {{u"eur"_s, 5000}}, actor));
    if (action == u"set another user's password")
        return store.setPasswordHash(m_team.supervisor2.name, teamHash(), actor);
    if (action == u"disable user")
        return toVoid(store.setUserDisabled(m_team.supervisor2.name, true, actor));
    if (action == u"set own password")
        return store.setPasswordHash(actor.name, teamHash(), actor);
    return Error::usage({}, u"no such action in the test: "_s + action);
}

void tst_Permissions::roleTable_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QStringList>("permissions");
    // Written out per role, independently of the code's "least role" ordering.
    QTest::newRow("viewer") << Role::Viewer << QStringList {u"read"_s, u"export"_s};
    QTest::newRow("agent") << Role::Agent << QStringList {u"read"_s,
                                                          u"export"_s,
                                                          u"see_personal_data"_s,
                                                          u"create_refund"_s,
                                                          u"change_refund_status"_s,
                                                          u"edit_record"_s};
    QTest::newRow("supervisor")
        << Role::Supervisor
        << QStringList {u"read"_s,        u"export"_s,         u"see_personal_data"_s,
                        u"import"_s,      u"create_refund"_s,  u"change_refund_status"_s,
                        u"edit_record"_s, u"approve_refund"_s, u"view_audit"_s};
    QTest::newRow("admin") << Role::Admin
                           << QStringList {
                                  u"read"_s,        u"export"_s,         u"see_personal_data"_s,
                                  u"import"_s,      u"create_refund"_s,  u"change_refund_status"_s,
                                  u"edit_record"_s, u"approve_refund"_s, u"view_audit"_s,
                                  u"manage_users"_s};
}

void tst_Permissions::roleTable()
{
    QFETCH(Role, role);
    QFETCH(QStringList, permissions);
    QStringList granted;
    for (Permission permission : allPermissions()) {
        if (roleAllows(role, permission))
            granted << toString(permission);
    }
    QCOMPARE(granted, permissions);
    QVERIFY(roleFromString(toString(role)) == role);
}

void tst_Permissions::everyActionEveryRole_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("allowed");
    for (auto it = allowedRoles().cbegin(); it != allowedRoles().cend(); ++it) {
        for (Role role : allRoles()) {
            const bool allowed = it.value().contains(toString(role));
            QTest::addRow("%s by %s: %s", qPrintable(it.key()), qPrintable(toString(role)),
                          allowed ? "allowed" : "refused")
                << it.key() << role << allowed;
        }
    }
}

void tst_Permissions::everyActionEveryRole()
{
    QFETCH(QString, action);
    QFETCH(Role, role);
    QFETCH(bool, allowed);
    const Actor actor = m_team.of(role);
    const QString before = dumpAll(*m_store);
    const qint64 eventsBefore = eventCount(*m_store);

    const Result<void> result = run(action, actor);
    if (allowed) {
        QVERIFY2(result.ok(), qPrintable(errorOf(result)));
        QVERIFY(!inTransaction(*m_store));
        // Every change is in the audit trail, under the actor's name; reading adds nothing.
        if (action == u"list audit events") {
            QCOMPARE(eventCount(*m_store), eventsBefore);
        } else {
            QCOMPARE(eventCount(*m_store), eventsBefore + 1);
            QCOMPARE(scalarText(*m_store, u"SELECT actor FROM events ORDER BY seq DESC LIMIT 1"_s),
                     actor.name);
        }
        return;
    }
    QVERIFY2(!result.ok(), "the action was not refused");
    QCOMPARE(kindName(result.error().kind), u"denied"_s);
    QVERIFY2(result.error().message.contains(actor.name), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(toString(role)), qPrintable(result.error().message));
    QCOMPARE(dumpAll(*m_store), before);
}

void tst_Permissions::theActorsClaimedRoleIsNotTrusted()
{
    // A caller cannot promote itself by filling in the Actor: the store reads the role.
    const Actor forged {m_team.viewer.name, Role::Admin};
    const QString before = dumpAll(*m_store);
    const auto refund = m_store->createRefund(refundOf(u"pr_usd"_s, 500), forged);
    QVERIFY(!refund);
    QCOMPARE(refund.error().kind, ErrorKind::Denied);
    QVERIFY(refund.error().message.contains(u"viewer"_s));
    QCOMPARE(dumpAll(*m_store), before);
}

void tst_Permissions::disabledUnknownAndLocalActorsAreRefused_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("disabled agent") << u"disabled"_s << u"disabled"_s;
    QTest::newRow("unknown name") << u"unknown"_s << u"not a user"_s;
    QTest::newRow("local operator after users exist") << u"local"_s << u"sign in"_s;
}

void tst_Permissions::disabledUnknownAndLocalActorsAreRefused()
{
    QFETCH(QString, who);
    QFETCH(QString, messagePart);
    Actor actor = m_team.agent;
    if (who == u"disabled")
        REQUIRE_OK(m_store->setUserDisabled(m_team.agent.name, true, m_team.admin));
    else if (who == u"unknown")
        actor = Actor {u"mallory"_s, Role::Admin};
    else
        actor = localOperator();
    const QString before = dumpAll(*m_store);
    for (const QString &action : {u"create refund"_s, u"add record note"_s, u"export masked"_s}) {
        const Result<void> result = run(action, actor);
        QVERIFY2(!result.ok(), qPrintable(action));
        QCOMPARE(result.error().kind, ErrorKind::Denied);
        QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
    }
    QCOMPARE(dumpAll(*m_store), before);
    QVERIFY(!m_store->access(actor));
}

void tst_Permissions::localOperatorIsAdminUntilTheFirstUser()
{
    auto fresh = openStore(u":memory:"_s);
    QVERIFY(fresh);
    const auto local = localSession(*fresh);
    CHECK_OK(local);
    QVERIFY(local->local);
    const auto access = fresh->access(local.value());
    CHECK_OK(access);
    QVERIFY(access->localOperator);
    QCOMPARE(toString(access->role), u"admin"_s);
    QVERIFY(access->withinLimit(u"usd"_s, std::numeric_limits<qint64>::max()));

    REQUIRE_OK(fresh->addUser(userOf(m_team.admin), teamHash(), local.value()));
    const auto after = localSession(*fresh);
    QVERIFY(!after);
    QCOMPARE(after.error().kind, ErrorKind::Denied);
    QVERIFY(!fresh->access(local.value()));
}

QTEST_GUILESS_MAIN(tst_Permissions)
#include "tst_permissions.moc"
