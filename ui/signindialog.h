#pragma once

#include "store/actor.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace RefundDesk {

class Store;

/// Asks for a user name and password and signs in through the model's signIn(), which
/// checks the Argon2id hash, counts failures and slows repeated ones down. A refusal is
/// shown as the model words it (a throttled attempt says how long to wait) and the dialog
/// stays open; the last user name is remembered (QSettings).
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)
public:
    /// Signs in against `store`, which must outlive the dialog.
    explicit SignInDialog(Store &store, QWidget *parent = nullptr);

    /// A sentence above the fields: why sign-in is needed now.
    void setMessage(const QString &text);
    /// The text of the button that closes the dialog without signing in: "Quit" unless set.
    void setCancelText(const QString &text);
    /// Fills in the user name and moves the focus to the password.
    void setUserName(const QString &name);

    /// Who signed in; only meaningful once the dialog was accepted.
    const Actor &actor() const { return m_actor; }

    /// Signs in with the fields' values; closes the dialog only when that succeeded.
    void accept() override;

Q_SIGNALS:
    /// Emitted once, just before the dialog is accepted.
    void signedIn(const RefundDesk::Actor &actor);

private:
    void showError(const QString &message);

    Store &m_store;
    Actor m_actor;
    QLabel *m_message = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace RefundDesk
