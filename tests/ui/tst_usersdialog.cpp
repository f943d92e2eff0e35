#include "auth/password.h"
#include "limitseditor.h"
#include "store/sqlitestore.h"
#include "userformdialog.h"
#include "usersdialog.h"
#include "usertablemodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk;
using namespace Qt::StringLiterals;

namespace {

const QString password = u"correct horse battery"_s;
const Actor ada {u"ada"_s, Role::Admin, false};

template<typename T>
QString errorOf(const Result<T> &result)
{
    return result ? QString() : result.error().message;
}

/// The open form's widgets, by the object names it promises; a field the mode does not
/// show is null.
struct Form
{
    explicit Form(UserFormDialog *dialog)
        : dialog(dialog)
        , name(dialog->findChild<QLineEdit *>(u"newUserNameField"_s))
        , role(dialog->findChild<QComboBox *>(u"roleField"_s))
        , password(dialog->findChild<QLineEdit *>(u"newPasswordField"_s))
        , repeat(dialog->findChild<QLineEdit *>(u"repeatPasswordField"_s))
        , limits(dialog->findChild<LimitsEditor *>(u"limitsEditor"_s))
        , problem(dialog->findChild<QLabel *>(u"problemLabel"_s))
        , ok(dialog->findChild<QPushButton *>(u"okButton"_s))
    { }

    void setRole(Role value) const { role->setCurrentIndex(role->findData(int(value))); }
    void typePassword(const QString &first, const QString &second) const
    {
        QTest::keyClicks(password, first);
        QTest::keyClicks(repeat, second);
    }
    /// Adds a limit row for `currency` and types `amount` into it.
    void addLimit(const QString &currency, const QString &amount) const
    {
        QTest::mouseClick(limits->findChild<QPushButton *>(u"addLimitButton"_s), Qt::LeftButton);
        const int row = limits->rowCount() - 1;
        QComboBox *code = limits->currencyField(row);
        code->setCurrentIndex(code->findData(currency));
        QTest::keyClicks(limits->amountField(row), amount);
    }

    UserFormDialog *dialog;
    QLineEdit *name;
    QComboBox *role;
    QLineEdit *password;
    QLineEdit *repeat;
    LimitsEditor *limits;
    QLabel *problem;
    QPushButton *ok;
};

} // namespace

class tst_UsersDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstUserMustBeAdmin();
    void addAgentWithLimit();
    void formChecksAsItIsEdited_data();
    void formChecksAsItIsEdited();
    void changeRole();
    void setLimitsInTheirCurrencies();
    void setPassword();
    void disableAndEnable();
    void lastAdminRefusalShown();
    void keyboardOpensForms();
    void screenshot();

private:
    /// Adds ada, the first admin, as the local operator does.
    void addAdmin();
    UserFormDialog *openForm(UsersDialog &dialog, const char *button);
    void addUser(UsersDialog &dialog, const QString &name, Role role);

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
};

void tst_UsersDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    Password::setCurrentCost(Password::Cost::minimum());
}

void tst_UsersDialog::init()
{
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).remove(u' ');
    auto opened = SqliteStore::open(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + tag + u".sqlite"_s));
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    m_store = std::move(opened).value();
}

void tst_UsersDialog::cleanup()
{
    m_store.reset();
}

void tst_UsersDialog::addAdmin()
{
    const auto hash = Password::hash(password);
    QVERIFY(hash);
    User first;
    first.name = ada.name;
    first.role = Role::Admin;
    const auto added = m_store->addUser(first, hash.value(), localOperator());
    QVERIFY2(added, qPrintable(errorOf(added)));
}

UserFormDialog *tst_UsersDialog::openForm(UsersDialog &dialog, const char *button)
{
    auto *push = dialog.findChild<QPushButton *>(QString::fromLatin1(button));
    if (!push || !push->isEnabled())
        return nullptr;
    QTest::mouseClick(push, Qt::LeftButton);
    UserFormDialog *form = dialog.openForm();
    return form && form->isVisible() ? form : nullptr;
}

void tst_UsersDialog::addUser(UsersDialog &dialog, const QString &name, Role role)
{
    UserFormDialog *dialogForm = openForm(dialog, "addUserButton");
    QVERIFY(dialogForm);
    const Form form(dialogForm);
    QTest::keyClicks(form.name, name);
    form.setRole(role);
    form.typePassword(password, password);
    QVERIFY2(form.ok->isEnabled(), qPrintable(form.problem->text()));
    QTest::mouseClick(form.ok, Qt::LeftButton);
    QVERIFY2(!dialogForm->isVisible(), qPrintable(form.problem->text()));
}

void tst_UsersDialog::firstUserMustBeAdmin()
{
    UsersDialog dialog(*m_store, localOperator());
    QSignalSpy changed(&dialog, &UsersDialog::usersChanged);
    new QAbstractItemModelTester(dialog.model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, &dialog);
    dialog.show();
    QCOMPARE(dialog.model()->rowCount(), 0);
    auto *intro = dialog.findChild<QLabel *>(u"usersIntroLabel"_s);
    QVERIFY(intro);
    QVERIFY2(intro->text().contains(u"local operator"_s), qPrintable(intro->text()));
    // With nothing selected, only adding makes sense.
    QVERIFY(!dialog.findChild<QPushButton *>(u"changeRoleButton"_s)->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(u"disableUserButton"_s)->isEnabled());

    UserFormDialog *dialogForm = openForm(dialog, "addUserButton");
    QVERIFY(dialogForm);
    const Form form(dialogForm);
    QVERIFY(form.name && form.role && form.password && form.repeat && form.limits);
    QCOMPARE(toString(Role(form.role->currentData().toInt())),
             toString(Role::Admin)); // offered, not imposed
    QTest::keyClicks(form.name, u"agnes"_s);
    form.setRole(Role::Agent);
    form.typePassword(password, password);
    QVERIFY(form.ok->isEnabled());
    QTest::mouseClick(form.ok, Qt::LeftButton);
    // The store's rule, in its words, and the form stays for another try.
    QVERIFY(dialogForm->isVisible());
    QVERIFY2(form.problem->text().contains(u"first user must be an admin"_s),
             qPrintable(form.problem->text()));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(dialog.message(), form.problem->text());

    form.name->clear();
    QTest::keyClicks(form.name, ada.name);
    form.setRole(Role::Admin);
    QTest::mouseClick(form.ok, Qt::LeftButton);
    QVERIFY(!dialogForm->isVisible());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(dialog.model()->rowCount(), 1);
    QVERIFY2(dialog.message().contains(u"everyone signs in"_s), qPrintable(dialog.message()));
    const auto stored = m_store->user(ada.name);
    QVERIFY(stored);
    QCOMPARE(toString(stored->role), toString(Role::Admin));
    // Only the hash is kept, and it takes the password typed.
    const auto hash = m_store->passwordHash(ada.name);
    QVERIFY(hash);
    QVERIFY(hash->startsWith("$argon2id$"));
    QVERIFY(Password::verify(hash.value(), password));
}

void tst_UsersDialog::addAgentWithLimit()
{
    addAdmin();
    UsersDialog dialog(*m_store, ada);
    dialog.show();
    UserFormDialog *dialogForm = openForm(dialog, "addUserButton");
    QVERIFY(dialogForm);
    const Form form(dialogForm);
    QCOMPARE(toString(Role(form.role->currentData().toInt())), toString(Role::Agent));
    QTest::keyClicks(form.name, u"agnes"_s);
    form.typePassword(password, password);
    form.addLimit(u"usd"_s, u"100.00"_s);
    QVERIFY2(form.ok->isEnabled(), qPrintable(form.problem->text()));
    QTest::mouseClick(form.ok, Qt::LeftButton);
    QVERIFY2(!dialogForm->isVisible(), qPrintable(form.problem->text()));

    const auto agnes = m_store->user(u"agnes"_s);
    QVERIFY2(agnes, qPrintable(errorOf(agnes)));
    QCOMPARE(toString(agnes->role), toString(Role::Agent));
    QCOMPARE(agnes->limits, (RefundLimits {{u"usd"_s, 10000}}));
    const int row = dialog.model()->rowOf(u"agnes"_s);
    QVERIFY(row >= 0);
    QCOMPARE(dialog.model()->index(row, UserTableModel::RoleColumn).data().toString(), u"Agent"_s);
    QCOMPARE(dialog.model()->index(row, UserTableModel::LimitsColumn).data().toString(),
             u"$100.00"_s);
    QCOMPARE(dialog.model()->index(row, UserTableModel::StatusColumn).data().toString(),
             u"Active"_s);
    QCOMPARE(dialog.currentUser()->name, u"agnes"_s); // the new user is selected
    const auto head = m_store->headEvent();
    QVERIFY(head);
    QCOMPARE(head->action, u"user.added"_s);
    QCOMPARE(head->actor, ada.name);
}

void tst_UsersDialog::formChecksAsItIsEdited_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("limitCurrency");
    QTest::addColumn<QString>("limit");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no name") << QString() << password << password << QString() << QString()
                             << u"Enter the new user's name."_s;
    QTest::newRow("bad name") << u"agnes smith"_s << password << password << QString() << QString()
                              << u"may only contain"_s;
    QTest::newRow("no password") << u"agnes"_s << QString() << QString() << QString() << QString()
                                 << u"Enter the password"_s;
    QTest::newRow("short password")
        << u"agnes"_s << u"short"_s << u"short"_s << QString() << QString() << u"at least 8"_s;
    QTest::newRow("passwords differ") << u"agnes"_s << password << password + u'!' << QString()
                                      << QString() << u"The two passwords differ."_s;
    QTest::newRow("limit not typed") << u"agnes"_s << password << password << u"eur"_s << QString()
                                     << u"Enter the limit in EUR"_s;
    QTest::newRow("yen with decimals")
        << u"agnes"_s << password << password << u"jpy"_s << u"100.5"_s << u"JPY"_s;
    QTest::newRow("all good") << u"agnes"_s << password << password << u"gbp"_s << u"75.50"_s
                              << QString();
}

void tst_UsersDialog::formChecksAsItIsEdited()
{
    QFETCH(QString, name);
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, limitCurrency);
    QFETCH(QString, limit);
    QFETCH(QString, problem);
    addAdmin();
    UsersDialog dialog(*m_store, ada);
    dialog.show();
    UserFormDialog *dialogForm = openForm(dialog, "addUserButton");
    QVERIFY(dialogForm);
    const Form form(dialogForm);
    QTest::keyClicks(form.name, name);
    form.typePassword(first, second);
    if (!limitCurrency.isEmpty()) {
        // The validator keeps out what cannot become an amount; type what it lets through.
        form.addLimit(limitCurrency, QString());
        form.limits->amountField(form.limits->rowCount() - 1)->setText(limit);
    }
    QCOMPARE(form.ok->isEnabled(), problem.isEmpty());
    if (problem.isEmpty()) {
        QVERIFY2(!form.problem->isVisible(), qPrintable(form.problem->text()));
        QCOMPARE(form.dialog->user().limits, (RefundLimits {{u"gbp"_s, 7550}}));
    } else {
        QVERIFY2(form.problem->text().contains(problem), qPrintable(form.problem->text()));
        QTest::keyClick(form.ok, Qt::Key_Return);
        QVERIFY(dialogForm->isVisible());
        QCOMPARE(m_store->users()->size(), 1);
    }
}

void tst_UsersDialog::changeRole()
{
    addAdmin();
    UsersDialog dialog(*m_store, ada);
    QSignalSpy changed(&dialog, &UsersDialog::usersChanged);
    dialog.show();
    addUser(dialog, u"agnes"_s, Role::Agent);
    QVERIFY(dialog.selectUser(u"agnes"_s));
    UserFormDialog *dialogForm = openForm(dialog, "changeRoleButton");
    QVERIFY(dialogForm);
    const Form form(dialogForm);
    QVERIFY(!form.name && !form.password && !form.limits); // only the role
    QVERIFY(!form.ok->isEnabled()); // still an agent
    form.setRole(Role::Supervisor);
    QVERIFY(form.ok->isEnabled());
    QTest::mouseClick(form.ok, Qt::LeftButton);
    QVERIFY(!dialogForm->isVisible());
    QCOMPARE(toString(m_store->user(u"agnes"_s)->role), toString(Role::Supervisor));
    QCOMPARE(dialog.message(), u"agnes is now Supervisor."_s);
    QCOMPARE(changed.count(), 2);
    const int row = dialog.model()->rowOf(u"agnes"_s);
    QCOMPARE(dialog.model()->index(row, UserTableModel::RoleColumn).data().toString(),
             u"Supervisor"_s);
}

void tst_UsersDialog::setLimitsInTheirCurrencies()
{
    addAdmin();
    UsersDialog dialog(*m_store, ada);
    dialog.show();
    addUser(dialog, u"agnes"_s, Role::Agent);
    QVERIFY(dialog.selectUser(u"agnes"_s));
    UserFormDialog *dialogForm = openForm(dialog, "setLimitsButton");
    QVERIFY(dialogForm);
    const Form form(dialogForm);
    QVERIFY(form.limits && !form.role && !form.password);
    form.addLimit(u"usd"_s, u"100.00"_s);
    form.addLimit(u"jpy"_s, u"15000"_s);
    form.addLimit(u"kwd"_s, u"30.125"_s);
    QVERIFY2(form.ok->isEnabled(), qPrintable(form.problem->text()));
    QTest::mouseClick(form.ok, Qt::LeftButton);
    QVERIFY(!dialogForm->isVisible());
    const RefundLimits expected {{u"usd"_s, 10000}, {u"jpy"_s, 15000}, {u"kwd"_s, 30125}};
    QCOMPARE(m_store->user(u"agnes"_s)->limits, expected);
    const int row = dialog.model()->rowOf(u"agnes"_s);
    const QString shown =
        dialog.model()->index(row, UserTableModel::LimitsColumn).data().toString();
    QVERIFY2(shown.contains(u"$100.00"_s) && shown.contains(u"¥15,000"_s)
                 && shown.contains(u"30.125"_s),
             qPrintable(shown));

    // Opening the form again shows them as typed; removing one sets the others.
    dialogForm = openForm(dialog, "setLimitsButton");
    QVERIFY(dialogForm);
    const Form again(dialogForm);
    QCOMPARE(again.limits->rowCount(), 3);
    QStringList typed;
    for (int i = 0; i < again.limits->rowCount(); ++i)
        typed << again.limits->amountField(i)->text();
    QCOMPARE(typed, (QStringList {u"15000"_s, u"30.125"_s, u"100.00"_s})); // by currency code
    QTest::mouseClick(again.limits->findChildren<QPushButton *>(u"removeLimitButton"_s).first(),
                      Qt::LeftButton);
    QTest::mouseClick(again.ok, Qt::LeftButton);
    QCOMPARE(m_store->user(u"agnes"_s)->limits.keys(), (QStringList {u"kwd"_s, u"usd"_s}));
}

void tst_UsersDialog::setPassword()
{
    addAdmin();
    UsersDialog dialog(*m_store, ada);
    dialog.show();
    addUser(dialog, u"agnes"_s, Role::Agent);
    QVERIFY(dialog.selectUser(u"agnes"_s));
    UserFormDialog *dialogForm = openForm(dialog, "setPasswordButton");
    QVERIFY(dialogForm);
    const Form form(dialogForm);
    QVERIFY(form.password && form.repeat && !form.role && !form.name);
    const QString fresh = u"a new and longer secret"_s;
    form.typePassword(fresh, u"a new and longer secreT"_s);
    QVERIFY(!form.ok->isEnabled());
    form.repeat->clear();
    QTest::keyClicks(form.repeat, fresh);
    QVERIFY(form.ok->isEnabled());
    QTest::mouseClick(form.ok, Qt::LeftButton);
    QVERIFY(!dialogForm->isVisible());
    const auto hash = m_store->passwordHash(u"agnes"_s);
    QVERIFY(hash);
    QVERIFY(Password::verify(hash.value(), fresh));
    QVERIFY(!Password::verify(hash.value(), password));
    QCOMPARE(dialog.message(), u"Password of agnes set."_s);
}

void tst_UsersDialog::disableAndEnable()
{
    addAdmin();
    UsersDialog dialog(*m_store, ada);
    dialog.show();
    addUser(dialog, u"agnes"_s, Role::Agent);
    QVERIFY(dialog.selectUser(u"agnes"_s));
    auto *disable = dialog.findChild<QPushButton *>(u"disableUserButton"_s);
    QVERIFY(disable);
    QCOMPARE(disable->text(), u"&Disable"_s);
    QTest::mouseClick(disable, Qt::LeftButton);
    QVERIFY(m_store->user(u"agnes"_s)->disabled);
    QVERIFY2(dialog.message().contains(u"disabled"_s), qPrintable(dialog.message()));
    const int row = dialog.model()->rowOf(u"agnes"_s);
    QCOMPARE(dialog.model()->index(row, UserTableModel::StatusColumn).data().toString(),
             u"Disabled"_s);
    QCOMPARE(disable->text(), u"&Enable"_s); // the selection stayed on agnes
    QTest::mouseClick(disable, Qt::LeftButton);
    QVERIFY(!m_store->user(u"agnes"_s)->disabled);
    QCOMPARE(disable->text(), u"&Disable"_s);
}

void tst_UsersDialog::lastAdminRefusalShown()
{
    addAdmin();
    UsersDialog dialog(*m_store, ada);
    QSignalSpy changed(&dialog, &UsersDialog::usersChanged);
    dialog.show();
    QVERIFY(dialog.selectUser(ada.name));
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"disableUserButton"_s), Qt::LeftButton);
    QVERIFY(!m_store->user(ada.name)->disabled);
    QVERIFY2(dialog.message().contains(u"last enabled admin"_s), qPrintable(dialog.message()));
    QCOMPARE(changed.count(), 0);

    // Nor can the last admin stop being one; the form says so and stays open.
    UserFormDialog *dialogForm = openForm(dialog, "changeRoleButton");
    QVERIFY(dialogForm);
    const Form form(dialogForm);
    form.setRole(Role::Agent);
    QTest::mouseClick(form.ok, Qt::LeftButton);
    QVERIFY(dialogForm->isVisible());
    QVERIFY2(form.problem->text().contains(u"last enabled admin"_s),
             qPrintable(form.problem->text()));
    QCOMPARE(toString(m_store->user(ada.name)->role), toString(Role::Admin));
}

void tst_UsersDialog::keyboardOpensForms()
{
    addAdmin();
    UsersDialog dialog(*m_store, ada);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(dialog.selectUser(ada.name));
    QTest::keyClick(dialog.table(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(dialog.openForm() && dialog.openForm()->isVisible());
    QCOMPARE(dialog.openForm()->mode(), UserFormDialog::Mode::AddUser);
    dialog.openForm()->reject();
    QTRY_VERIFY(!dialog.openForm());
    dialog.activateWindow(); // the offscreen platform leaves no window active after the form
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(dialog.table(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(dialog.openForm() && dialog.openForm()->isVisible());
    QCOMPARE(dialog.openForm()->mode(), UserFormDialog::Mode::SetLimits);
    dialog.openForm()->reject();
}

void tst_UsersDialog::screenshot()
{
    const QString folder = qEnvironmentVariable("REFUNDDESK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("REFUNDDESK_SCREENSHOT_DIR is not set");
    addAdmin();
    UsersDialog dialog(*m_store, ada);
    dialog.show();
    addUser(dialog, u"sam"_s, Role::Supervisor);
    addUser(dialog, u"agnes"_s, Role::Agent);
    addUser(dialog, u"vic"_s, Role::Viewer);
    QVERIFY(dialog.selectUser(u"agnes"_s));
    UserFormDialog *dialogForm = openForm(dialog, "setLimitsButton");
    QVERIFY(dialogForm);
    Form(dialogForm).addLimit(u"usd"_s, u"100.00"_s);
    Form(dialogForm).addLimit(u"eur"_s, u"90.00"_s);
    QTest::mouseClick(Form(dialogForm).ok, Qt::LeftButton);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(dialog.grab().save(QDir(folder).filePath(u"users.png"_s)));

    dialogForm = openForm(dialog, "addUserButton");
    QVERIFY(dialogForm);
    const Form form(dialogForm);
    QTest::keyClicks(form.name, u"omar"_s);
    form.typePassword(password, u"correct horse"_s);
    form.addLimit(u"usd"_s, u"250.00"_s);
    QTest::qWait(50); // the new row shows, and the form grows, once the layout runs
    QVERIFY(dialogForm->grab().save(QDir(folder).filePath(u"add-user.png"_s)));
    dialogForm->reject();
}

QTEST_MAIN(tst_UsersDialog)
#include "tst_usersdialog.moc"
