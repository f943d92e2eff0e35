#pragma once

#include "auth/user.h"
#include "store/actor.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace RefundDesk {

class SignInDialog;
class Store;
class UsersDialog;

/// Who is signed in and what the store lets them do (Store::access(), read again after
/// every user change), with the actions that change it: File ▸ Switch User and Admin ▸
/// Users. When the store stops accepting the signed-in user — the local operator created
/// the first user, or an admin disabled them meanwhile — it says why and asks to sign in;
/// without a sign-in there is no one to act as, and the window is asked to close. Dialogs
/// open window-modal over `window`, which owns this object.
class SessionActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionActions)
public:
    /// Acts as `actor`; what they may do is read by the first refresh().
    SessionActions(Store &store, const Actor &actor, QWidget *window);
    ~SessionActions() override;

    const Actor &actor() const { return m_actor; }
    /// What the store grants the actor; only reading while it refuses them.
    const Access &access() const { return m_access; }
    /// Whether the database has users, so that there is someone to switch to.
    bool hasUsers() const { return m_hasUsers; }
    /// The model's refusal of `permission` for the signed-in user, ready to show.
    QString refusal(Permission permission) const;

    /// Reads the access again and emits accessChanged(); asks for a sign-in when the store
    /// no longer accepts the actor.
    void refresh();
    /// Acts as `actor` from now on.
    void setActor(const Actor &actor);
    /// File ▸ Switch User: the sign-in dialog; cancelling it keeps the current user.
    void switchUser();
    /// Admin ▸ Users, for those who may manage them.
    void showUsers();

    /// The sign-in dialog shown right now, if any.
    SignInDialog *signInDialog() const;
    /// The users dialog open right now, if any.
    UsersDialog *usersDialog() const;

Q_SIGNALS:
    /// The actor or what they may do changed: everything that depends on it is rebuilt.
    void accessChanged();
    /// Someone signed in through the dialog; accessChanged() came first.
    void signedIn(const RefundDesk::Actor &actor);
    /// A required sign-in was refused: there is no one left to act as.
    void closeRequested();
    /// The store failed or refused; its sentence, ready to show.
    void errorOccurred(const QString &message);

private:
    void askToSignIn(const QString &message, bool required);

    Store &m_store;
    Actor m_actor;
    Access m_access;
    bool m_hasUsers = false;
    QPointer<QWidget> m_window;
    QPointer<SignInDialog> m_signIn;
    QPointer<UsersDialog> m_users;
};

} // namespace RefundDesk
