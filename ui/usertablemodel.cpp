#include "usertablemodel.h"

#include "auditmodel.h"
#include "recordformat.h"
#include "roles.h"

#include <QPalette>
#include <QStringList>

namespace RefundDesk {

UserTableModel::UserTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void UserTableModel::setUsers(const QList<User> &users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

int UserTableModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).name.compare(name, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

QString UserTableModel::limitsText(const RefundLimits &limits)
{
    if (limits.isEmpty())
        return tr("None");
    QStringList parts;
    for (auto it = limits.cbegin(); it != limits.cend(); ++it)
        parts << RecordFormat::amount(it.value(), it.key());
    return parts.join(QStringLiteral(", "));
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &user = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return user.name;
        case RoleColumn:
            return displayName(user.role);
        case LimitsColumn:
            // A viewer cannot refund at all; limits would only mislead.
            return user.role == Role::Viewer ? QString() : limitsText(user.limits);
        case StatusColumn:
            return user.disabled ? tr("Disabled") : tr("Active");
        case FailedSignInsColumn:
            return QString::number(user.failedSignIns);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == FailedSignInsColumn && user.lastFailedSignInMs) {
            return tr("Last failed sign-in: %1")
                .arg(AuditModel::localTime(*user.lastFailedSignInMs));
        }
        if (index.column() == LimitsColumn && user.role != Role::Viewer) {
            return tr("Refunds above these amounts, and in any other currency, wait for a "
                      "supervisor's approval.");
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == FailedSignInsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (user.disabled)
            return QVariant::fromValue(QPalette().brush(QPalette::Disabled, QPalette::Text));
        return {};
    case UserNameRole:
        return user.name;
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("User");
    case RoleColumn:
        return tr("Role");
    case LimitsColumn:
        return tr("Refund limits");
    case StatusColumn:
        return tr("Status");
    case FailedSignInsColumn:
        return tr("Failed sign-ins");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace RefundDesk
