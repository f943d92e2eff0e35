#pragma once

#include "auth/role.h"

#include <QString>

namespace RefundDesk {

/// Who is acting; every event carries the name. The role is what sign-in found, for front
/// ends to offer only what the user may do; the store never trusts it and checks every
/// write against its users table instead.
struct Actor
{
    QString name;
    Role role = Role::Admin;
    /// True for the operator of a database without users (localOperator()).
    bool local = false;
};

/// The operator of a desk without sign-in: "local:" and the system user's name, with admin
/// rights until the first user is created (DESIGN §3); from then on sign-in is required.
Actor localOperator();

} // namespace RefundDesk
