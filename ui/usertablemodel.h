#pragma once

#include "auth/user.h"

#include <QAbstractTableModel>
#include <QList>

namespace RefundDesk {

/// The desk's users as a table for the users dialog: name, role, refund limits in their
/// currencies, whether the user is disabled and their failed sign-ins since the last good
/// one. A short list, read whole (Store::users()).
class UserTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserTableModel)
public:
    enum Column {
        NameColumn,
        RoleColumn,
        LimitsColumn,
        StatusColumn,
        FailedSignInsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit UserTableModel(QObject *parent = nullptr);

    void setUsers(const QList<User> &users);
    const QList<User> &users() const { return m_users; }
    /// The user shown in `row`; the row must exist.
    const User &user(int row) const { return m_users.at(row); }
    /// The row of user `name` (ignoring case), or -1.
    int rowOf(const QString &name) const;

    /// "$100.00, €50.00", each limit in its own currency; "None" without limits.
    static QString limitsText(const RefundLimits &limits);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<User> m_users;
};

} // namespace RefundDesk
