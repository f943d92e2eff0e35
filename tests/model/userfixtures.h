#pragma once

// Shared by the suites about users, roles and approval: a team of one user per role (two
// supervisors, so one can approve what the other created), made by the local operator of
// a fresh store, with cheap password hashes so the suites stay fast.

#include "auth/password.h"
#include "auth/signin.h"
#include "storefixtures.h"

// CHECK_OK for an expression with side effects: evaluated exactly once.
#define REQUIRE_OK(expression)                                                                     \
    do {                                                                                           \
        const auto result_ = (expression);                                                         \
        CHECK_OK(result_);                                                                         \
    } while (false)

namespace RefundDesk::Testing {

inline const QString teamPassword = u"correct horse battery"_s;

/// One Argon2id hash of teamPassword at the least cost, made once.
inline QByteArray teamHash()
{
    static const QByteArray hash = [] {
        auto hashed = Password::hash(teamPassword, Password::Cost::minimum());
        return hashed ? hashed.value() : QByteArray();
    }();
    return hash;
}

struct Team
{
    Actor admin {u"ada"_s, Role::Admin};
    Actor supervisor {u"sam"_s, Role::Supervisor};
    Actor supervisor2 {u"sue"_s, Role::Supervisor};
    Actor agent {u"alex"_s, Role::Agent};
    Actor viewer {u"vic"_s, Role::Viewer};

    Actor of(Role role) const
    {
        switch (role) {
        case Role::Viewer:
            return viewer;
        case Role::Agent:
            return agent;
        case Role::Supervisor:
            return supervisor;
        case Role::Admin:
            return admin;
        }
        return viewer;
    }
};

inline User userOf(const Actor &actor, RefundLimits limits = {})
{
    User user;
    user.name = actor.name;
    user.role = actor.role;
    user.limits = std::move(limits);
    return user;
}

/// The agent may refund 100.00 usd and 5000 jpy alone, the supervisors 1000.00 usd.
inline Result<void> addTeam(Store &store, const Team &team = {})
{
    const Actor creator = localOperator();
    const QList<User> users {
        userOf(team.admin),
        userOf(team.supervisor, {{u"usd"_s, 100000}}),
        userOf(team.supervisor2, {{u"usd"_s, 100000}}),
        userOf(team.agent, {{u"usd"_s, 10000}, {u"jpy"_s, 5000}}),
        userOf(team.viewer),
    };
    for (const User &user : users) {
        // The first user ends the local operator's mode; the admin adds the rest.
        const Actor by = user.name == team.admin.name ? creator : team.admin;
        if (auto added = store.addUser(user, teamHash(), by); !added)
            return added.error();
    }
    return {};
}

} // namespace RefundDesk::Testing
