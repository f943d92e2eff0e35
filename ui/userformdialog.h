#pragma once

#include "auth/user.h"
#include "core/result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace RefundDesk {

class LimitsEditor;

/// One change to one user, for the users dialog: a new user (name, role, password twice,
/// limits), a new role, new limits or a new password. The form is checked as it is edited
/// with the model's own rules (validateUserName(), Password::validateNew()); the store's
/// refusal of the change (the first user must be an admin, ...) keeps it open and is shown.
class UserFormDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserFormDialog)
public:
    enum class Mode { AddUser, ChangeRole, SetLimits, SetPassword };

    /// Writes the accepted change; an Error keeps the dialog open and shows its message.
    using Submitter = std::function<Result<void>(const UserFormDialog &)>;

    /// Edits `user` (for AddUser, the defaults of the new one).
    UserFormDialog(Mode mode, const User &user, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    /// The user as the form says; the fields the mode does not show are as given.
    User user() const;
    /// The password typed, for AddUser and SetPassword.
    QString password() const;
    /// What keeps the form from being accepted, empty when nothing does.
    QString problem() const;
    void setSubmitter(Submitter submitter) { m_submit = std::move(submitter); }

    void accept() override;

private:
    void updateProblem();
    void showProblem(const QString &message);

    Mode m_mode;
    User m_user;
    Submitter m_submit;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    LimitsEditor *m_limits = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace RefundDesk
