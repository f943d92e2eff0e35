#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace RefundDesk {

/// What a user of the desk may do (DESIGN §3 "Agents, roles, approval").
enum class Role {
    Viewer, ///< reads and exports, with personal data masked
    Agent, ///< refunds up to a personal limit per currency
    Supervisor, ///< approves others' refunds; a larger own limit
    Admin, ///< manages users, roles, limits and settings
};

/// Every action the model guards. Front ends hide what a role may not do, but the model
/// refuses it either way, so the command line and any later front end get the same answer.
enum class Permission {
    Read, ///< list, search, show records, refunds and their history
    Export, ///< export data and reports, personal data masked
    SeePersonalData, ///< emails and phone numbers unmasked in exports and reports
    Import, ///< import files and load demo data
    CreateRefund, ///< within the own limit; above it the refund awaits approval
    ChangeRefundStatus, ///< mark refunds succeeded, failed, canceled, ...
    EditRecord, ///< notes and metadata on payment records
    ApproveRefund, ///< approve or reject someone else's refund awaiting approval
    ViewAudit, ///< the whole audit trail and its head hash
    ManageUsers, ///< add users, change roles, limits and passwords, disable users
};

QList<Role> allRoles();
QList<Permission> allPermissions();

/// The API-style name: "viewer", "agent", "supervisor", "admin".
QString toString(Role role);
std::optional<Role> roleFromString(QStringView text);
/// The translated name for people: "Viewer", "Agent", ...
QString displayName(Role role);

/// "read", "export", "approve_refund", ...
QString toString(Permission permission);
/// What the permission lets someone do, as a phrase: "approve refunds".
QString describe(Permission permission);

/// The role table: true when `role` grants `permission`.
bool roleAllows(Role role, Permission permission);

/// Success when `role` grants `permission`, else an Error of kind Denied naming the user,
/// the role, the action and the roles that may do it.
Result<void> checkPermission(const QString &user, Role role, Permission permission);

} // namespace RefundDesk
