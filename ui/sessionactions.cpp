#include "sessionactions.h"

#include "signindialog.h"
#include "store/store.h"
#include "usersdialog.h"

#include <QLoggingCategory>
#include <QWidget>

namespace RefundDesk {
namespace {

Q_LOGGING_CATEGORY(lcSession, "refunddesk.ui.session")

} // namespace

SessionActions::SessionActions(Store &store, const Actor &actor, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_actor(actor)
    , m_access {actor.name, Role::Viewer, {}, false} // read by refresh()
    , m_window(window)
{ }

SessionActions::~SessionActions() = default;

QString SessionActions::refusal(Permission permission) const
{
    const Result<void> allowed = checkPermission(m_actor.name, m_access.role, permission);
    return allowed ? QString() : allowed.error().message;
}

void SessionActions::refresh()
{
    const Result<Access> access = m_store.access(m_actor);
    // Until someone signs in, nothing more than reading is offered.
    m_access = access ? access.value() : Access {m_actor.name, Role::Viewer, {}, false};
    const Result<qint64> users = m_store.userCount();
    m_hasUsers = users && users.value() > 0;
    // An admin who made themselves something else has no more users to manage.
    if (m_users && !m_access.allows(Permission::ManageUsers))
        m_users->close();
    Q_EMIT accessChanged();
    if (access)
        return;

    qCWarning(lcSession) << "access of" << m_actor.name << "refused:" << access.error().message;
    Q_EMIT errorOccurred(access.error().message);
    if (access.error().kind != ErrorKind::Denied)
        return;
    // The local operator's rights end with the first user; a user disabled or removed since
    // signing in can no longer act either.
    askToSignIn(m_actor.local
                    ? tr("The first user now exists, so RefundDesk asks everyone to sign in from "
                         "now on. Sign in as a user of this database to go on.")
                    : tr("%1 Sign in to go on.").arg(access.error().message),
                true);
}

void SessionActions::setActor(const Actor &actor)
{
    m_actor = actor;
    refresh();
}

void SessionActions::switchUser()
{
    askToSignIn(QString(), false);
}

void SessionActions::askToSignIn(const QString &message, bool required)
{
    if (m_signIn) {
        m_signIn->setMessage(message);
        m_signIn->raise();
        return;
    }
    auto *dialog = new SignInDialog(m_store, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMessage(message);
    dialog->setCancelText(required ? tr("&Quit") : tr("Cancel"));
    connect(dialog, &SignInDialog::signedIn, this, [this](const Actor &actor) {
        setActor(actor);
        Q_EMIT signedIn(actor);
    });
    if (required)
        connect(dialog, &QDialog::rejected, this, &SessionActions::closeRequested);
    m_signIn = dialog;
    dialog->open();
}

void SessionActions::showUsers()
{
    if (!m_access.allows(Permission::ManageUsers))
        return;
    if (m_users) {
        m_users->raise();
        return;
    }
    auto *dialog = new UsersDialog(m_store, m_actor, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Queued: a change may end this user's rights, and the dialog that made it must be done
    // with its own call before it is closed.
    connect(dialog, &UsersDialog::usersChanged, this, &SessionActions::refresh,
            Qt::QueuedConnection);
    m_users = dialog;
    dialog->open();
}

SignInDialog *SessionActions::signInDialog() const
{
    return m_signIn;
}

UsersDialog *SessionActions::usersDialog() const
{
    return m_users;
}

} // namespace RefundDesk
