#pragma once

// The desk's people for the ui suites: an admin, a supervisor, an agent with the issue's
// 100.00 usd limit and a viewer, added as the local operator adds the first user and the
// admin the rest, with the cheapest Argon2id cost so the suites stay fast.

#include "auth/password.h"
#include "store/store.h"

namespace RefundDesk::TestUsers {

inline const QString admin = QStringLiteral("ada");
inline const QString supervisor = QStringLiteral("sam");
inline const QString agent = QStringLiteral("agnes");
inline const QString viewer = QStringLiteral("vic");
inline const QString password = QStringLiteral("correct horse battery");

/// The agent's limit: refunds above 100.00 usd wait for approval.
constexpr qint64 agentUsdLimit = 10000;
constexpr qint64 supervisorUsdLimit = 100000;

inline Actor actor(const QString &name, Role role)
{
    return Actor {name, role, false};
}

/// Adds ada, sam, agnes and vic to a store without users; every one has `password`.
inline Result<void> addUsers(Store &store)
{
    Password::setCurrentCost(Password::Cost::minimum());
    const Result<QByteArray> hash = Password::hash(password);
    if (!hash)
        return hash.error();
    User first;
    first.name = admin;
    first.role = Role::Admin;
    if (auto added = store.addUser(first, hash.value(), localOperator()); !added)
        return added.error();
    const Actor byAdmin = actor(admin, Role::Admin);
    const struct
    {
        QString name;
        Role role;
        RefundLimits limits;
    } others[] = {
        {supervisor, Role::Supervisor, {{QStringLiteral("usd"), supervisorUsdLimit}}},
        {agent, Role::Agent, {{QStringLiteral("usd"), agentUsdLimit}}},
        {viewer, Role::Viewer, {}},
    };
    for (const auto &other : others) {
        User user;
        user.name = other.name;
        user.role = other.role;
        user.limits = other.limits;
        if (auto added = store.addUser(user, hash.value(), byAdmin); !added)
            return added.error();
    }
    return {};
}

} // namespace RefundDesk::TestUsers
