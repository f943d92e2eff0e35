#include "auth/role.h"

#include "core/nametable.h"
#include "core/tr.h"

#include <QStringList>

namespace RefundDesk {
namespace {

constexpr NameTable<Role, 4> roleNames {{
    {Role::Viewer, u"viewer"},
    {Role::Agent, u"agent"},
    {Role::Supervisor, u"supervisor"},
    {Role::Admin, u"admin"},
}};

constexpr NameTable<Permission, 10> permissionNames {{
    {Permission::Read, u"read"},
    {Permission::Export, u"export"},
    {Permission::SeePersonalData, u"see_personal_data"},
    {Permission::Import, u"import"},
    {Permission::CreateRefund, u"create_refund"},
    {Permission::ChangeRefundStatus, u"change_refund_status"},
    {Permission::EditRecord, u"edit_record"},
    {Permission::ApproveRefund, u"approve_refund"},
    {Permission::ViewAudit, u"view_audit"},
    {Permission::ManageUsers, u"manage_users"},
}};

/// The least role that grants a permission; roles are ordered, each granting what the
/// ones before it do (DESIGN §3).
Role leastRoleFor(Permission permission)
{
    switch (permission) {
    case Permission::Read:
    case Permission::Export:
        return Role::Viewer;
    case Permission::SeePersonalData:
    case Permission::CreateRefund:
    case Permission::ChangeRefundStatus:
    case Permission::EditRecord:
        return Role::Agent;
    case Permission::Import:
    case Permission::ApproveRefund:
    case Permission::ViewAudit:
        return Role::Supervisor;
    case Permission::ManageUsers:
        return Role::Admin;
    }
    return Role::Admin;
}

} // namespace

QList<Role> allRoles()
{
    QList<Role> roles;
    for (const auto &[role, name] : roleNames)
        roles << role;
    return roles;
}

QList<Permission> allPermissions()
{
    QList<Permission> permissions;
    for (const auto &[permission, name] : permissionNames)
        permissions << permission;
    return permissions;
}

QString toString(Role role)
{
    return nameOf(roleNames, role);
}

std::optional<Role> roleFromString(QStringView text)
{
    for (const auto &[role, name] : roleNames) {
        if (name.compare(text, Qt::CaseInsensitive) == 0)
            return role;
    }
    return std::nullopt;
}

QString displayName(Role role)
{
    switch (role) {
    case Role::Viewer:
        return ModelText::tr("Viewer");
    case Role::Agent:
        return ModelText::tr("Agent");
    case Role::Supervisor:
        return ModelText::tr("Supervisor");
    case Role::Admin:
        return ModelText::tr("Admin");
    }
    return {};
}

QString toString(Permission permission)
{
    return nameOf(permissionNames, permission);
}

QString describe(Permission permission)
{
    switch (permission) {
    case Permission::Read:
        return ModelText::tr("read payments and refunds");
    case Permission::Export:
        return ModelText::tr("export data");
    case Permission::SeePersonalData:
        return ModelText::tr("export unmasked emails and phone numbers");
    case Permission::Import:
        return ModelText::tr("import payment data");
    case Permission::CreateRefund:
        return ModelText::tr("create refunds");
    case Permission::ChangeRefundStatus:
        return ModelText::tr("change refund statuses");
    case Permission::EditRecord:
        return ModelText::tr("add notes and edit metadata");
    case Permission::ApproveRefund:
        return ModelText::tr("approve or reject refunds");
    case Permission::ViewAudit:
        return ModelText::tr("view the audit trail");
    case Permission::ManageUsers:
        return ModelText::tr("manage users");
    }
    return {};
}

bool roleAllows(Role role, Permission permission)
{
    return int(role) >= int(leastRoleFor(permission));
}

Result<void> checkPermission(const QString &user, Role role, Permission permission)
{
    if (roleAllows(role, permission))
        return {};
    QStringList allowed;
    for (Role r : allRoles()) {
        if (roleAllows(r, permission))
            allowed << toString(r);
    }
    return Error::denied(
        QStringLiteral("role"),
        ModelText::tr("%1 has the role %2 and may not %3; that takes the role %4.")
            .arg(user, toString(role), describe(permission), allowed.join(ModelText::tr(" or "))));
}

} // namespace RefundDesk
