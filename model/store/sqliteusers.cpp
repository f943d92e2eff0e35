// Users, their roles and refund limits, sign-in bookkeeping, and the access check every
// write makes inside its transaction (DESIGN §3 "Agents, roles, approval").

#include "core/tr.h"
#include "money/money.h"
#include "store/sqlitestore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace RefundDesk {
namespace {

QJsonObject limitsObject(const RefundLimits &limits)
{
    QJsonObject object;
    for (auto it = limits.cbegin(); it != limits.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<void> validateLimits(const RefundLimits &limits)
{
    for (auto it = limits.cbegin(); it != limits.cend(); ++it) {
        const auto currency = Currency::fromCode(it.key());
        if (!currency || it.key() != it.key().toLower()) {
            return Error::rule(QStringLiteral("limit"),
                               ModelText::tr("Limit currency \"%1\" is not a known lower-case "
                                             "ISO 4217 code.")
                                   .arg(it.key()));
        }
        if (it.value() < 0) {
            return Error::rule(QStringLiteral("limit"),
                               ModelText::tr("The %1 limit %2 must not be negative.")
                                   .arg(it.key(), formatMoney(it.value(), it.key())));
        }
    }
    return {};
}

constexpr const char *userColumns = "SELECT pk, name, role, disabled, created, updated, "
                                    "failed_sign_ins, last_failed_sign_in FROM users ";

} // namespace

namespace {

User readUser(Sqlite::Statement &row)
{
    User user;
    user.name = row.text(1);
    user.role = roleFromString(row.text(2)).value_or(Role::Viewer);
    user.disabled = row.int64(3) != 0;
    user.created = row.int64(4);
    user.updated = row.int64(5);
    user.failedSignIns = int(row.int64(6));
    user.lastFailedSignInMs = row.optionalInt64(7);
    return user;
}

} // namespace

Result<qint64> SqliteStore::userCount()
{
    Sqlite::Statement count = m_db.prepare("SELECT count(*) FROM users");
    if (!count.next())
        return storageError(ModelText::tr("Cannot count the users"));
    return count.int64(0);
}

Result<QList<User>> SqliteStore::users()
{
    Sqlite::Statement rows = m_db.prepare(
        QByteArray(QByteArray(userColumns) + "ORDER BY name COLLATE NOCASE").constData());
    Sqlite::Statement limits = m_db.prepare(
        "SELECT u.name, l.currency, l.amount FROM user_limits l JOIN users u ON u.pk = l.user_pk");
    QList<User> list;
    while (rows.next())
        list << readUser(rows);
    if (!rows.finished())
        return storageError(ModelText::tr("Cannot read the users"));
    while (limits.next()) {
        for (User &user : list) {
            if (user.name == limits.text(0))
                user.limits.insert(limits.text(1), limits.int64(2));
        }
    }
    if (!limits.finished())
        return storageError(ModelText::tr("Cannot read the users' limits"));
    return list;
}

Result<User> SqliteStore::user(const QString &name)
{
    Sqlite::Statement row =
        m_db.prepare(QByteArray(QByteArray(userColumns) + "WHERE name = ?").constData());
    row.bind(1, name);
    if (!row.next()) {
        if (!row.finished())
            return storageError(ModelText::tr("Cannot read user %1").arg(name));
        return Error::notFound(QStringLiteral("user"),
                               ModelText::tr("No user \"%1\" in %2.").arg(name, m_path));
    }
    User user = readUser(row);
    Sqlite::Statement limits =
        m_db.prepare("SELECT currency, amount FROM user_limits WHERE user_pk = ?");
    limits.bind(1, row.int64(0));
    while (limits.next())
        user.limits.insert(limits.text(0), limits.int64(1));
    if (!limits.finished())
        return storageError(ModelText::tr("Cannot read the limits of %1").arg(name));
    return user;
}

Result<QByteArray> SqliteStore::passwordHash(const QString &name)
{
    Sqlite::Statement row = m_db.prepare("SELECT password_hash FROM users WHERE name = ?");
    row.bind(1, name);
    if (row.next())
        return row.blob(0);
    if (!row.finished())
        return storageError(ModelText::tr("Cannot read user %1").arg(name));
    return Error::notFound(QStringLiteral("user"),
                           ModelText::tr("No user \"%1\" in %2.").arg(name, m_path));
}

Result<void> SqliteStore::recordSignIn(const QString &name, bool succeeded,
                                       const QByteArray &rehash)
{
    return writeTransaction<void>([&]() -> Result<void> {
        const auto found = user(name);
        if (!found && found.error().kind != ErrorKind::NotFound)
            return found.error();
        QJsonObject payload;
        if (!found) {
            payload.insert(QStringLiteral("reason"), QStringLiteral("unknown_user"));
        } else if (succeeded) {
            Sqlite::Statement update =
                m_db.prepare("UPDATE users SET failed_sign_ins = 0, last_failed_sign_in = NULL, "
                             "password_hash = coalesce(?, password_hash) WHERE name = ?");
            if (rehash.isEmpty())
                update.bindNull(1);
            else
                update.bind(1, rehash);
            update.bind(2, found->name);
            if (!update.exec())
                return storageError(ModelText::tr("Cannot record the sign-in of %1").arg(name));
            payload.insert(QStringLiteral("rehashed"), !rehash.isEmpty());
        } else {
            Sqlite::Statement update =
                m_db.prepare("UPDATE users SET failed_sign_ins = failed_sign_ins + 1, "
                             "last_failed_sign_in = ? WHERE name = ?");
            update.bind(1, nowMs()).bind(2, found->name);
            if (!update.exec())
                return storageError(ModelText::tr("Cannot record the sign-in of %1").arg(name));
            payload.insert(QStringLiteral("failures"), found->failedSignIns + 1);
            payload.insert(QStringLiteral("reason"),
                           found->disabled ? QStringLiteral("disabled")
                                           : QStringLiteral("wrong_password"));
        }
        Event event;
        event.actor = found ? found->name : name;
        event.action =
            succeeded ? QStringLiteral("user.signed_in") : QStringLiteral("user.sign_in_failed");
        event.entityType = QStringLiteral("user");
        event.entityId = event.actor;
        event.payload = compact(payload);
        if (auto appended = appendEvent(event); !appended)
            return appended.error();
        return {};
    });
}

Result<Access> SqliteStore::access(const Actor &actor)
{
    const auto count = userCount();
    if (!count)
        return count.error();
    if (count.value() == 0)
        return Access {actor.name, Role::Admin, {}, true};
    const auto found = user(actor.name);
    if (!found) {
        if (found.error().kind != ErrorKind::NotFound)
            return found.error();
        if (actor.local) {
            return Error::denied(QStringLiteral("user"),
                                 ModelText::tr("%1 has users now, so %2 may no longer act "
                                               "without signing in: sign in as a user.")
                                     .arg(m_path, actor.name));
        }
        return Error::denied(QStringLiteral("user"),
                             ModelText::tr("\"%1\" is not a user of %2.").arg(actor.name, m_path));
    }
    if (found->disabled) {
        return Error::denied(QStringLiteral("user"),
                             ModelText::tr("User \"%1\" is disabled.").arg(found->name));
    }
    return Access {found->name, found->role, found->limits, false};
}

Result<Access> SqliteStore::authorize(const Actor &actor, Permission permission)
{
    auto granted = access(actor);
    if (!granted)
        return granted;
    if (auto allowed = checkPermission(granted->name, granted->role, permission); !allowed)
        return allowed.error();
    return granted;
}

Result<User> SqliteStore::addUser(const User &newUser, const QByteArray &passwordHash,
                                  const Actor &actor)
{
    if (auto valid = validateUserName(newUser.name); !valid)
        return valid.error();
    if (auto valid = validateLimits(newUser.limits); !valid)
        return valid.error();
    if (!passwordHash.startsWith("$argon2id$")) {
        return Error::rule(QStringLiteral("password"),
                           ModelText::tr("Only an Argon2id password hash can be stored."));
    }
    return writeTransaction<User>([&]() -> Result<User> {
        if (auto allowed = authorize(actor, Permission::ManageUsers); !allowed)
            return allowed.error();
        if (const auto existing = user(newUser.name); existing) {
            return Error::rule(
                QStringLiteral("name"),
                ModelText::tr("A user named \"%1\" already exists.").arg(existing->name));
        }
        const auto count = userCount();
        if (!count)
            return count.error();
        if (count.value() == 0 && newUser.role != Role::Admin) {
            return Error::rule(QStringLiteral("role"),
                               ModelText::tr("The first user must be an admin, so that someone "
                                             "can manage users; \"%1\" would be a %2.")
                                   .arg(newUser.name, toString(newUser.role)));
        }
        const qint64 now = nowMs() / 1000;
        Sqlite::Statement insert =
            m_db.prepare("INSERT INTO users(name, role, password_hash, disabled, created, updated) "
                         "VALUES (?, ?, ?, 0, ?, ?)");
        insert.bind(1, newUser.name)
            .bind(2, toString(newUser.role))
            .bind(3, passwordHash)
            .bind(4, now)
            .bind(5, now);
        if (!insert.exec())
            return storageError(ModelText::tr("The database refused user %1").arg(newUser.name));
        if (auto written = writeLimits(newUser.name, newUser.limits); !written)
            return written.error();
        if (auto logged = appendUserEvent(
                actor, QStringLiteral("user.added"), newUser.name,
                compact({{QStringLiteral("role"), toString(newUser.role)},
                         {QStringLiteral("limits"), limitsObject(newUser.limits)}}));
            !logged)
            return logged.error();
        return user(newUser.name);
    });
}

Result<User> SqliteStore::changeUser(const QString &name, const Actor &actor,
                                     const std::function<Result<void>(const User &)> &change)
{
    return writeTransaction<User>([&]() -> Result<User> {
        if (auto allowed = authorize(actor, Permission::ManageUsers); !allowed)
            return allowed.error();
        const auto found = user(name);
        if (!found)
            return found.error();
        if (auto changed = change(found.value()); !changed)
            return changed.error();
        return user(found->name);
    });
}

Result<void> SqliteStore::writeLimits(const QString &name, const RefundLimits &limits)
{
    Sqlite::Statement clear = m_db.prepare(
        "DELETE FROM user_limits WHERE user_pk = (SELECT pk FROM users WHERE name = ?)");
    clear.bind(1, name);
    if (!clear.exec())
        return storageError(ModelText::tr("Cannot change the limits of %1").arg(name));
    for (auto it = limits.cbegin(); it != limits.cend(); ++it) {
        Sqlite::Statement limit =
            m_db.prepare("INSERT INTO user_limits(user_pk, currency, amount) "
                         "VALUES ((SELECT pk FROM users WHERE name = ?), ?, ?)");
        limit.bind(1, name).bind(2, it.key()).bind(3, it.value());
        if (!limit.exec())
            return storageError(ModelText::tr("Cannot change the limits of %1").arg(name));
    }
    return {};
}

Result<User> SqliteStore::setUserRole(const QString &name, Role role, const Actor &actor)
{
    return changeUser(name, actor, [&](const User &found) -> Result<void> {
        if (found.role == role)
            return {};
        if (auto kept = keepAnAdmin(found, role, found.disabled); !kept)
            return kept;
        Sqlite::Statement update =
            m_db.prepare("UPDATE users SET role = ?, updated = ? WHERE name = ?");
        update.bind(1, toString(role)).bind(2, nowMs() / 1000).bind(3, found.name);
        if (!update.exec())
            return storageError(ModelText::tr("The database refused the role of %1").arg(name));
        return appendUserEvent(actor, QStringLiteral("user.role_changed"), found.name,
                               compact({{QStringLiteral("from"), toString(found.role)},
                                        {QStringLiteral("to"), toString(role)}}));
    });
}

Result<User> SqliteStore::setUserLimits(const QString &name, const RefundLimits &limits,
                                        const Actor &actor)
{
    if (auto valid = validateLimits(limits); !valid)
        return valid.error();
    return changeUser(name, actor, [&](const User &found) -> Result<void> {
        if (found.limits == limits)
            return {};
        if (auto written = writeLimits(found.name, limits); !written)
            return written;
        Sqlite::Statement touch = m_db.prepare("UPDATE users SET updated = ? WHERE name = ?");
        touch.bind(1, nowMs() / 1000).bind(2, found.name);
        if (!touch.exec())
            return storageError(ModelText::tr("Cannot change the limits of %1").arg(name));
        return appendUserEvent(actor, QStringLiteral("user.limits_changed"), found.name,
                               compact({{QStringLiteral("before"), limitsObject(found.limits)},
                                        {QStringLiteral("after"), limitsObject(limits)}}));
    });
}

Result<void> SqliteStore::setPasswordHash(const QString &name, const QByteArray &passwordHash,
                                          const Actor &actor)
{
    if (!passwordHash.startsWith("$argon2id$")) {
        return Error::rule(QStringLiteral("password"),
                           ModelText::tr("Only an Argon2id password hash can be stored."));
    }
    return writeTransaction<void>([&]() -> Result<void> {
        auto granted = access(actor);
        if (!granted)
            return granted.error();
        const auto found = user(name);
        if (!found)
            return found.error();
        // Everyone may change their own password; only an admin someone else's.
        if (found->name != granted->name) {
            if (auto allowed =
                    checkPermission(granted->name, granted->role, Permission::ManageUsers);
                !allowed)
                return allowed.error();
        }
        Sqlite::Statement update =
            m_db.prepare("UPDATE users SET password_hash = ?, failed_sign_ins = 0, "
                         "last_failed_sign_in = NULL, updated = ? WHERE name = ?");
        update.bind(1, passwordHash).bind(2, nowMs() / 1000).bind(3, found->name);
        if (!update.exec())
            return storageError(ModelText::tr("Cannot change the password of %1").arg(name));
        // The hash never goes into the log: only that it changed, and by whom.
        return appendUserEvent(actor, QStringLiteral("user.password_changed"), found->name, "{}");
    });
}

Result<User> SqliteStore::setUserDisabled(const QString &name, bool disabled, const Actor &actor)
{
    return changeUser(name, actor, [&](const User &found) -> Result<void> {
        if (found.disabled == disabled)
            return {};
        if (auto kept = keepAnAdmin(found, found.role, disabled); !kept)
            return kept;
        Sqlite::Statement update =
            m_db.prepare("UPDATE users SET disabled = ?, updated = ? WHERE name = ?");
        update.bind(1, disabled).bind(2, nowMs() / 1000).bind(3, found.name);
        if (!update.exec())
            return storageError(ModelText::tr("Cannot change user %1").arg(name));
        return appendUserEvent(
            actor, disabled ? QStringLiteral("user.disabled") : QStringLiteral("user.enabled"),
            found.name, "{}");
    });
}

Result<void> SqliteStore::keepAnAdmin(const User &user, Role newRole, bool newDisabled)
{
    const bool losesAdmin =
        user.role == Role::Admin && !user.disabled && (newRole != Role::Admin || newDisabled);
    if (!losesAdmin)
        return {};
    Sqlite::Statement admins =
        m_db.prepare("SELECT count(*) FROM users WHERE role = 'admin' AND disabled = 0");
    if (!admins.next())
        return storageError(ModelText::tr("Cannot count the admins"));
    if (admins.int64(0) > 1)
        return {};
    return Error::rule(QStringLiteral("user"),
                       ModelText::tr("\"%1\" is the last enabled admin and must stay one; make "
                                     "another user an admin first.")
                           .arg(user.name));
}

Result<void> SqliteStore::appendUserEvent(const Actor &actor, const QString &action,
                                          const QString &userName, const QByteArray &payload)
{
    Event event;
    event.actor = actor.name;
    event.action = action;
    event.entityType = QStringLiteral("user");
    event.entityId = userName;
    event.payload = payload;
    if (auto appended = appendEvent(event); !appended)
        return appended.error();
    return {};
}

} // namespace RefundDesk
