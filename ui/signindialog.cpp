#include "signindialog.h"

#include "auth/signin.h"
#include "store/store.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace RefundDesk {
namespace {

Q_LOGGING_CATEGORY(lcSignIn, "refunddesk.ui.signin")

const QString lastUserKey = QStringLiteral("signIn/lastUser");

// A refusal in red on a pale card: the one thing to read before trying again.
const auto errorStyle = QStringLiteral(
    "QLabel#signInErrorLabel { color: #8c1d18; background: #fdeceb; border: 1px solid #f2c4c0;"
    " border-radius: 4px; padding: 6px 8px; }");

} // namespace

SignInDialog::SignInDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to RefundDesk"));

    auto *title = new QLabel(tr("Sign in to RefundDesk"), this);
    QFont larger = title->font();
    larger.setBold(true);
    larger.setPointSizeF(larger.pointSizeF() * 1.2);
    title->setFont(larger);
    auto *database =
        new QLabel(tr("Database: %1").arg(QFileInfo(store.location()).fileName()), this);
    database->setObjectName(QStringLiteral("signInDatabaseLabel"));
    database->setForegroundRole(QPalette::PlaceholderText);
    database->setToolTip(QDir::toNativeSeparators(store.location()));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("signInMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("userNameField"));
    m_name->setAccessibleName(tr("User name"));
    m_name->setMaxLength(64);
    m_name->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData
                                    | Qt::ImhNoPredictiveText);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *nameLabel = new QLabel(tr("&User name:"), this);
    nameLabel->setBuddy(m_name);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(nameLabel, m_name);
    form->addRow(passwordLabel, m_password);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInErrorLabel"));
    m_error->setAccessibleName(tr("Sign-in problem"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(errorStyle);
    // The space stays reserved, so the buttons do not jump when a refusal appears.
    QSizePolicy keepSpace = m_error->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    m_error->setSizePolicy(keepSpace);
    m_error->setMinimumHeight(m_error->fontMetrics().lineSpacing() * 2 + 16);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_cancel = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("quitButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    // A new attempt withdraws the last refusal only once the agent types again.
    connect(m_password, &QLineEdit::textEdited, m_error, &QWidget::hide);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(database);
    layout->addSpacing(6);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(420);

    setUserName(QSettings().value(lastUserKey).toString());
}

void SignInDialog::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void SignInDialog::setCancelText(const QString &text)
{
    m_cancel->setText(text);
}

void SignInDialog::setUserName(const QString &name)
{
    m_name->setText(name);
    if (name.isEmpty())
        m_name->setFocus(Qt::OtherFocusReason);
    else
        m_password->setFocus(Qt::OtherFocusReason);
}

void SignInDialog::accept()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        showError(tr("Enter your user name."));
        m_name->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."));
        m_password->setFocus(Qt::OtherFocusReason);
        return;
    }

    // Checking an Argon2id hash takes a tenth of a second by design; say that it is working.
    m_signIn->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<Actor> outcome = signIn(m_store, name, m_password->text());
    QApplication::restoreOverrideCursor();
    m_signIn->setEnabled(true);

    if (!outcome) {
        qCInfo(lcSignIn) << "sign-in as" << name << "refused:" << outcome.error().message;
        showError(outcome.error().message);
        m_password->clear();
        m_password->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_actor = outcome.value();
    m_password->clear();
    QSettings().setValue(lastUserKey, m_actor.name);
    qCInfo(lcSignIn) << "signed in as" << m_actor.name << toString(m_actor.role);
    Q_EMIT signedIn(m_actor);
    QDialog::accept();
}

void SignInDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace RefundDesk
