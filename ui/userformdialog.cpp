#include "userformdialog.h"

#include "auth/password.h"
#include "limitseditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace RefundDesk {
namespace {

// As in the other dialogs: amber on cream for what keeps OK disabled.
const auto problemStyle = QStringLiteral(
    "QLabel#problemLabel { color: #6b4300; background: #fdf4e3; border: 1px solid #efd9b0;"
    " border-radius: 4px; padding: 6px 8px; }");

QString titleFor(UserFormDialog::Mode mode, const QString &name)
{
    switch (mode) {
    case UserFormDialog::Mode::AddUser:
        return UserFormDialog::tr("Add User");
    case UserFormDialog::Mode::ChangeRole:
        return UserFormDialog::tr("Change Role of %1").arg(name);
    case UserFormDialog::Mode::SetLimits:
        return UserFormDialog::tr("Refund Limits of %1").arg(name);
    case UserFormDialog::Mode::SetPassword:
        return UserFormDialog::tr("Set Password of %1").arg(name);
    }
    return {};
}

QString okTextFor(UserFormDialog::Mode mode)
{
    switch (mode) {
    case UserFormDialog::Mode::AddUser:
        return UserFormDialog::tr("Add User");
    case UserFormDialog::Mode::ChangeRole:
        return UserFormDialog::tr("Change Role");
    case UserFormDialog::Mode::SetLimits:
        return UserFormDialog::tr("Set Limits");
    case UserFormDialog::Mode::SetPassword:
        return UserFormDialog::tr("Set Password");
    }
    return {};
}

QString roleHelp(Role role)
{
    switch (role) {
    case Role::Viewer:
        return UserFormDialog::tr("Reads and exports, with emails and phone numbers masked.");
    case Role::Agent:
        return UserFormDialog::tr("Refunds up to their limits; larger refunds wait for approval.");
    case Role::Supervisor:
        return UserFormDialog::tr("Also approves others' refunds, imports and reads the audit "
                                  "trail.");
    case Role::Admin:
        return UserFormDialog::tr("Also manages users, roles, limits and passwords.");
    }
    return {};
}

QLineEdit *passwordField(const char *objectName, const QString &accessibleName, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(QLatin1String(objectName));
    field->setAccessibleName(accessibleName);
    field->setEchoMode(QLineEdit::Password);
    field->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    return field;
}

} // namespace

UserFormDialog::UserFormDialog(Mode mode, const User &user, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_user(user)
{
    setObjectName(QStringLiteral("userFormDialog"));
    setWindowTitle(titleFor(mode, user.name));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addBuddyRow = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };

    if (mode == Mode::AddUser) {
        m_name = new QLineEdit(user.name, this);
        m_name->setObjectName(QStringLiteral("newUserNameField"));
        m_name->setAccessibleName(tr("User name"));
        m_name->setMaxLength(64);
        m_name->setPlaceholderText(tr("Letters, digits and . _ @ -"));
        addBuddyRow(tr("&User name:"), m_name);
        connect(m_name, &QLineEdit::textChanged, this, &UserFormDialog::updateProblem);
    } else {
        auto *name = new QLabel(user.name, this);
        name->setObjectName(QStringLiteral("userNameLabel"));
        name->setTextFormat(Qt::PlainText);
        form->addRow(tr("User:"), name);
    }

    if (mode == Mode::AddUser || mode == Mode::ChangeRole) {
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("roleField"));
        m_role->setAccessibleName(tr("Role"));
        for (const Role role : allRoles()) {
            m_role->addItem(displayName(role), int(role));
            m_role->setItemData(m_role->count() - 1, roleHelp(role), Qt::ToolTipRole);
        }
        m_role->setCurrentIndex(m_role->findData(int(user.role)));
        addBuddyRow(tr("&Role:"), m_role);
        auto *help = new QLabel(roleHelp(user.role), this);
        help->setObjectName(QStringLiteral("roleHelpLabel"));
        help->setWordWrap(true);
        help->setForegroundRole(QPalette::PlaceholderText);
        form->addRow(QString(), help);
        connect(m_role, &QComboBox::currentIndexChanged, this, [this, help] {
            help->setText(roleHelp(Role(m_role->currentData().toInt())));
            updateProblem();
        });
    }

    if (mode == Mode::AddUser || mode == Mode::SetPassword) {
        m_password = passwordField("newPasswordField", tr("Password"), this);
        m_repeat = passwordField("repeatPasswordField", tr("Password again"), this);
        addBuddyRow(tr("&Password:"), m_password);
        addBuddyRow(tr("Password &again:"), m_repeat);
        connect(m_password, &QLineEdit::textChanged, this, &UserFormDialog::updateProblem);
        connect(m_repeat, &QLineEdit::textChanged, this, &UserFormDialog::updateProblem);
    }

    if (mode == Mode::AddUser || mode == Mode::SetLimits) {
        m_limits = new LimitsEditor(this);
        m_limits->setObjectName(QStringLiteral("limitsEditor"));
        m_limits->setAccessibleName(tr("Refund limits"));
        m_limits->setLimits(user.limits);
        auto *label = new QLabel(tr("Refund limits:"), this);
        form->addRow(label, m_limits);
        connect(m_limits, &LimitsEditor::changed, this, &UserFormDialog::updateProblem);
    }

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(problemStyle);
    QSizePolicy keepSpace = m_problem->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    m_problem->setSizePolicy(keepSpace);
    m_problem->setMinimumHeight(m_problem->fontMetrics().lineSpacing() * 2 + 16);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(okTextFor(mode));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UserFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserFormDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    updateProblem();
}

User UserFormDialog::user() const
{
    User user = m_user;
    if (m_name)
        user.name = m_name->text().trimmed();
    if (m_role)
        user.role = Role(m_role->currentData().toInt());
    if (m_limits) {
        if (const Result<RefundLimits> limits = m_limits->limits(); limits)
            user.limits = limits.value();
    }
    return user;
}

QString UserFormDialog::password() const
{
    return m_password ? m_password->text() : QString();
}

QString UserFormDialog::problem() const
{
    if (m_name) {
        const QString name = m_name->text().trimmed();
        if (name.isEmpty())
            return tr("Enter the new user's name.");
        if (const Result<void> valid = validateUserName(name); !valid)
            return valid.error().message;
    }
    if (m_password) {
        if (m_password->text().isEmpty())
            return tr("Enter the password, then once again.");
        if (const Result<void> valid = Password::validateNew(m_password->text()); !valid)
            return valid.error().message;
        if (m_repeat->text() != m_password->text()) {
            return m_repeat->text().isEmpty() ? tr("Enter the password once again.")
                                              : tr("The two passwords differ.");
        }
    }
    if (m_limits) {
        if (const Result<RefundLimits> limits = m_limits->limits(); !limits)
            return limits.error().message;
    }
    if (m_mode == Mode::ChangeRole && user().role == m_user.role)
        return tr("%1 is a %2 already; choose another role.")
            .arg(m_user.name, displayName(m_user.role));
    return {};
}

void UserFormDialog::accept()
{
    if (const QString missing = problem(); !missing.isEmpty()) {
        showProblem(missing);
        return;
    }
    if (m_submit) {
        if (const Result<void> written = m_submit(*this); !written) {
            showProblem(written.error().message);
            return;
        }
    }
    if (m_password)
        m_password->clear();
    if (m_repeat)
        m_repeat->clear();
    QDialog::accept();
}

void UserFormDialog::updateProblem()
{
    const QString missing = problem();
    showProblem(missing);
    m_ok->setEnabled(missing.isEmpty());
}

void UserFormDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

} // namespace RefundDesk
