#include "usersdialog.h"

#include "auth/password.h"
#include "listtable.h"
#include "messagelabel.h"
#include "roles.h"
#include "store/store.h"
#include "usertablemodel.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace RefundDesk {
namespace {

Q_LOGGING_CATEGORY(lcUsersDialog, "refunddesk.ui.usersdialog")

/// Hashes a new password. Argon2id takes a tenth of a second by design; the cursor says so.
Result<QByteArray> hashPassword(const QString &password)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<QByteArray> hash = Password::hash(password);
    QApplication::restoreOverrideCursor();
    return hash;
}

} // namespace

UsersDialog::UsersDialog(Store &store, const Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_actor(actor)
    , m_model(new UserTableModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users"));

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("usersIntroLabel"));
    m_intro->setWordWrap(true);

    setUpListTable(*m_table, m_model, QStringLiteral("usersTable"), tr("Users"));
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false); // the limits column takes the room instead
    // Room for a name or a role at a glance, even when every name is short.
    header->setMinimumSectionSize(m_table->fontMetrics().averageCharWidth() * 12);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(UserTableModel::LimitsColumn, QHeaderView::Stretch);

    m_message = new MessageLabel(QStringLiteral("usersMessageLabel"), this);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *body = new QHBoxLayout;
    body->addWidget(m_table, 1);
    body->addWidget(createButtons());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(body, 1);
    layout->addWidget(m_message);
    layout->addWidget(close);
    resize(860, 420);

    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersDialog::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersDialog::updateActions);
    connect(m_table, &QAbstractItemView::activated, this, &UsersDialog::changeRole);

    reload();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    m_table->setFocus(Qt::OtherFocusReason);
}

QWidget *UsersDialog::createButtons()
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto add = [&](const QString &text, const char *name, const QKeySequence &key,
                         void (UsersDialog::*slot)()) {
        auto *button = new QPushButton(text, column);
        button->setObjectName(QLatin1String(name));
        button->setAccessibleName(QString(text).remove(u'&').remove(QStringLiteral("…")));
        button->setAutoDefault(false);
        auto *action = new QAction(this);
        action->setShortcut(key);
        addAction(action);
        button->setToolTip(
            tr("%1 (%2)").arg(button->accessibleName(), key.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, button, &QPushButton::click);
        connect(button, &QPushButton::clicked, this, slot);
        layout->addWidget(button);
        return button;
    };
    m_add = add(tr("&Add User…"), "addUserButton", QKeySequence(Qt::CTRL | Qt::Key_N),
                &UsersDialog::addUser);
    m_role = add(tr("Change &Role…"), "changeRoleButton", QKeySequence(Qt::CTRL | Qt::Key_R),
                 &UsersDialog::changeRole);
    m_limits = add(tr("Set &Limits…"), "setLimitsButton", QKeySequence(Qt::CTRL | Qt::Key_L),
                   &UsersDialog::setLimits);
    m_password = add(tr("Set &Password…"), "setPasswordButton", QKeySequence(Qt::CTRL | Qt::Key_P),
                     &UsersDialog::setPassword);
    m_disable = add(tr("&Disable"), "disableUserButton", QKeySequence(Qt::CTRL | Qt::Key_D),
                    &UsersDialog::toggleDisabled);
    layout->addStretch(1);
    return column;
}

QString UsersDialog::message() const
{
    return m_message->text();
}

void UsersDialog::reload()
{
    const std::optional<User> selected = currentUser();
    const Result<QList<User>> users = m_store.users();
    if (!users) {
        showError(users.error().message);
        return;
    }
    m_model->setUsers(users.value());
    if (selected)
        selectUser(selected->name);
    m_intro->setText(
        users->isEmpty()
            ? tr("This database has no users yet: you work as the local operator %1 with admin "
                 "rights. The first user must be an admin; once it exists, everyone signs in.")
                  .arg(m_actor.name)
            : tr("Who may use this desk and what each may do. Changes are recorded in the "
                 "audit trail."));
}

bool UsersDialog::selectUser(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

std::optional<User> UsersDialog::currentUser() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->user(rows.constFirst().row());
}

void UsersDialog::updateActions()
{
    const std::optional<User> user = currentUser();
    for (QPushButton *button : {m_role, m_limits, m_password, m_disable})
        button->setEnabled(user.has_value());
    m_disable->setText(user && user->disabled ? tr("&Enable") : tr("&Disable"));
}

void UsersDialog::addUser()
{
    User user;
    // The store insists that the first user be an admin; offer that rather than refuse it.
    user.role = m_model->rowCount() == 0 ? Role::Admin : Role::Agent;
    openForm(UserFormDialog::Mode::AddUser, user);
}

void UsersDialog::changeRole()
{
    if (const std::optional<User> user = currentUser())
        openForm(UserFormDialog::Mode::ChangeRole, *user);
}

void UsersDialog::setLimits()
{
    if (const std::optional<User> user = currentUser())
        openForm(UserFormDialog::Mode::SetLimits, *user);
}

void UsersDialog::setPassword()
{
    if (const std::optional<User> user = currentUser())
        openForm(UserFormDialog::Mode::SetPassword, *user);
}

void UsersDialog::openForm(UserFormDialog::Mode mode, const User &user)
{
    if (m_form && m_form->isVisible())
        return;
    auto *form = new UserFormDialog(mode, user, this);
    form->setSubmitter([this](const UserFormDialog &dialog) { return submit(dialog); });
    connect(form, &QDialog::finished, form, &QObject::deleteLater);
    m_form = form;
    form->open();
}

Result<void> UsersDialog::submit(const UserFormDialog &form)
{
    const User user = form.user();
    switch (form.mode()) {
    case UserFormDialog::Mode::AddUser: {
        const Result<QByteArray> hash = hashPassword(form.password());
        if (!hash)
            return hash.error();
        const bool first = m_model->rowCount() == 0;
        const Result<void> added =
            written(m_store.addUser(user, hash.value(), m_actor),
                    tr("User %1 added as %2.").arg(user.name, displayName(user.role)));
        if (added && first)
            showMessage(tr("User %1 added as %2. From now on everyone signs in.")
                            .arg(user.name, displayName(user.role)));
        return added;
    }
    case UserFormDialog::Mode::ChangeRole:
        return written(m_store.setUserRole(user.name, user.role, m_actor),
                       tr("%1 is now %2.").arg(user.name, displayName(user.role)));
    case UserFormDialog::Mode::SetLimits:
        return written(
            m_store.setUserLimits(user.name, user.limits, m_actor),
            tr("Refund limits of %1: %2.").arg(user.name, UserTableModel::limitsText(user.limits)));
    case UserFormDialog::Mode::SetPassword: {
        const Result<QByteArray> hash = hashPassword(form.password());
        if (!hash)
            return hash.error();
        const Result<void> set = m_store.setPasswordHash(user.name, hash.value(), m_actor);
        if (!set) {
            showError(set.error().message);
            return set;
        }
        showMessage(tr("Password of %1 set.").arg(user.name));
        reload();
        Q_EMIT usersChanged();
        return {};
    }
    }
    return {};
}

void UsersDialog::toggleDisabled()
{
    const std::optional<User> user = currentUser();
    if (!user)
        return;
    const bool disable = !user->disabled;
    const Result<void> done =
        written(m_store.setUserDisabled(user->name, disable, m_actor),
                disable ? tr("%1 is disabled and can no longer sign in.").arg(user->name)
                        : tr("%1 is enabled again.").arg(user->name));
    Q_UNUSED(done); // shown either way
}

Result<void> UsersDialog::written(const Result<User> &result, const QString &success)
{
    if (!result) {
        showError(result.error().message);
        return result.error();
    }
    showMessage(success);
    reload();
    selectUser(result->name);
    Q_EMIT usersChanged();
    return {};
}

void UsersDialog::showMessage(const QString &message)
{
    m_message->showMessage(message);
}

void UsersDialog::showError(const QString &message)
{
    qCWarning(lcUsersDialog) << message;
    m_message->showError(message);
}

} // namespace RefundDesk
