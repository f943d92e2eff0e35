#pragma once

#include "auth/role.h"

#include <QMap>
#include <QString>

#include <optional>

namespace RefundDesk {

/// Per-currency refund limits in minor units, keyed by lower-case currency code. A currency
/// without an entry has a limit of zero: every refund in it awaits approval.
using RefundLimits = QMap<QString, qint64>;

/// A user of the desk as the store keeps it; the password hash stays in the store.
struct User
{
    QString name; ///< 1–64 characters of letters, digits and . _ @ -; unique ignoring case
    Role role = Role::Viewer;
    RefundLimits limits;
    bool disabled = false;
    qint64 created = 0; ///< Unix seconds
    qint64 updated = 0;
    int failedSignIns = 0; ///< since the last successful sign-in
    std::optional<qint64> lastFailedSignInMs;

    friend bool operator==(const User &, const User &) = default;
};

/// What the store lets an actor do right now, read from the users table (not from the
/// Actor, which any caller could fill in).
struct Access
{
    QString name;
    Role role = Role::Viewer;
    RefundLimits limits;
    /// The database has no users yet: the local operator acts as an admin without limits.
    bool localOperator = false;

    bool allows(Permission permission) const { return roleAllows(role, permission); }
    /// True when a refund of `amount` in `currency` needs no one else's approval.
    bool withinLimit(const QString &currency, qint64 amount) const
    {
        return localOperator || amount <= limits.value(currency.toLower(), 0);
    }
};

/// Checks a user name against the naming rule; the Error names the value and the rule.
Result<void> validateUserName(const QString &name);

} // namespace RefundDesk
