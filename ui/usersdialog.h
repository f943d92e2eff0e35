#pragma once

#include "auth/user.h"
#include "core/result.h"
#include "store/actor.h"
#include "userformdialog.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace RefundDesk {

class MessageLabel;

class Store;
class UserTableModel;

/// Admin ▸ Users: every user of the desk with their role, limits, state and failed
/// sign-ins, and the changes an admin makes to them — add a user, change a role, set
/// limits, set a password, disable or enable. Passwords are hashed (Argon2id) before they
/// reach the store. Every change is the store's to allow; its refusals (the first user must
/// be an admin, the last admin cannot be disabled, ...) are shown as it words them.
class UsersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersDialog)
public:
    /// Manages the users of `store` (which must outlive the dialog) as `actor`.
    UsersDialog(Store &store, const Actor &actor, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    UserTableModel *model() const { return m_model; }
    /// The message line: the last change made or refused.
    QString message() const;

    /// Reads the users again, keeping the selected one selected.
    void reload();
    bool selectUser(const QString &name);
    std::optional<User> currentUser() const;

    /// The actions, each opening its form over the dialog (window-modal).
    void addUser();
    void changeRole();
    void setLimits();
    void setPassword();
    /// Disables the selected user, or enables a disabled one; no form.
    void toggleDisabled();
    /// The form open right now, if any.
    UserFormDialog *openForm() const { return m_form; }

Q_SIGNALS:
    /// A change was written: what the signed-in user may do may have changed too.
    void usersChanged();

private:
    QWidget *createButtons();
    void updateActions();
    void openForm(UserFormDialog::Mode mode, const User &user);
    Result<void> submit(const UserFormDialog &form);
    Result<void> written(const Result<User> &result, const QString &success);
    void showMessage(const QString &message);
    void showError(const QString &message);

    Store &m_store;
    Actor m_actor;
    UserTableModel *m_model;
    QTableView *m_table;
    QLabel *m_intro = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_role = nullptr;
    QPushButton *m_limits = nullptr;
    QPushButton *m_password = nullptr;
    QPushButton *m_disable = nullptr;
    QPointer<UserFormDialog> m_form;
};

} // namespace RefundDesk
