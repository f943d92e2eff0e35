#include "signindialog.h"
#include "store/sqlitestore.h"
#include "userseed.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 nowMs = 1'795'176'000'000;

/// The dialog's widgets, by the object names it promises.
struct Fields
{
    explicit Fields(SignInDialog &dialog)
        : name(dialog.findChild<QLineEdit *>(u"userNameField"_s))
        , password(dialog.findChild<QLineEdit *>(u"passwordField"_s))
        , error(dialog.findChild<QLabel *>(u"signInErrorLabel"_s))
        , signIn(dialog.findChild<QPushButton *>(u"signInButton"_s))
        , quit(dialog.findChild<QPushButton *>(u"quitButton"_s))
    { }

    bool complete() const { return name && password && error && signIn && quit; }

    /// Types the name and password as an agent would, then presses Return.
    void type(const QString &user, const QString &secret) const
    {
        name->clear();
        password->clear();
        QTest::keyClicks(name, user);
        QTest::keyClicks(password, secret);
        QTest::keyClick(password, Qt::Key_Return);
    }

    QLineEdit *name;
    QLineEdit *password;
    QLabel *error;
    QPushButton *signIn;
    QPushButton *quit;
};

} // namespace

class tst_SignInDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rightPasswordSignsIn();
    void wrongPasswordShowsErrorAndStays();
    void unknownUserReadsLikeWrongPassword();
    void disabledUserRefused();
    void repeatedFailuresSayHowLongToWait();
    void emptyFieldsAreAskedFor();
    void lastUserIsRemembered();
    void quitRejects();
    void screenshot();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
};

void tst_SignInDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
}

void tst_SignInDialog::init()
{
    QSettings().clear();
    auto opened = SqliteStore::open(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    m_store = std::move(opened).value();
    m_store->setClock([] { return nowMs; });
    const Result<void> added = TestUsers::addUsers(*m_store);
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
}

void tst_SignInDialog::cleanup()
{
    m_store.reset();
}

void tst_SignInDialog::rightPasswordSignsIn()
{
    SignInDialog dialog(*m_store);
    QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Fields fields(dialog);
    QVERIFY(fields.complete());
    QVERIFY(!fields.name->accessibleName().isEmpty());
    QVERIFY(!fields.password->accessibleName().isEmpty());
    QCOMPARE(fields.password->echoMode(), QLineEdit::Password);
    QCOMPARE(fields.quit->text(), u"&Quit"_s);

    fields.type(TestUsers::agent, TestUsers::password);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(signedIn.count(), 1);
    QCOMPARE(dialog.actor().name, TestUsers::agent);
    QCOMPARE(toString(dialog.actor().role), toString(Role::Agent));
    QVERIFY(!dialog.actor().local);
    QVERIFY(fields.password->text().isEmpty()); // not kept around in memory longer than needed
    const auto events = m_store->headEvent();
    QVERIFY(events);
    QCOMPARE(events->action, u"user.signed_in"_s);
    QCOMPARE(events->actor, TestUsers::agent);
}

void tst_SignInDialog::wrongPasswordShowsErrorAndStays()
{
    SignInDialog dialog(*m_store);
    QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Fields fields(dialog);
    QVERIFY(fields.complete());
    QVERIFY(!fields.error->isVisible());

    fields.type(TestUsers::agent, u"not the password"_s);
    QVERIFY(dialog.isVisible());
    QCOMPARE(signedIn.count(), 0);
    QVERIFY(fields.error->isVisible());
    QVERIFY2(fields.error->text().contains(u"wrong password"_s), qPrintable(fields.error->text()));
    // The name stays for the next try; the wrong password goes, and the focus waits there.
    QCOMPARE(fields.name->text(), TestUsers::agent);
    QVERIFY(fields.password->text().isEmpty());
    QVERIFY(fields.password->hasFocus());
    const auto user = m_store->user(TestUsers::agent);
    QVERIFY(user);
    QCOMPARE(user->failedSignIns, 1);

    // Typing again withdraws the refusal; the right password then signs in.
    QTest::keyClicks(fields.password, TestUsers::password);
    QVERIFY(!fields.error->isVisible());
    QTest::keyClick(fields.password, Qt::Key_Return);
    QCOMPARE(signedIn.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void tst_SignInDialog::unknownUserReadsLikeWrongPassword()
{
    SignInDialog dialog(*m_store);
    dialog.show();
    const Fields fields(dialog);
    QVERIFY(fields.complete());
    fields.type(u"nobody"_s, TestUsers::password);
    QVERIFY(dialog.isVisible());
    // No one learns which names exist by guessing.
    QVERIFY2(fields.error->text().contains(u"Unknown user or wrong password"_s),
             qPrintable(fields.error->text()));
}

void tst_SignInDialog::disabledUserRefused()
{
    const auto disabled = m_store->setUserDisabled(TestUsers::viewer, true,
                                                   TestUsers::actor(TestUsers::admin, Role::Admin));
    QVERIFY2(disabled, disabled ? "" : qPrintable(disabled.error().message));

    SignInDialog dialog(*m_store);
    QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
    dialog.show();
    const Fields fields(dialog);
    QVERIFY(fields.complete());
    fields.type(TestUsers::viewer, TestUsers::password);
    QVERIFY(dialog.isVisible());
    QCOMPARE(signedIn.count(), 0);
    QVERIFY(fields.error->isVisible());
    QVERIFY2(fields.error->text().contains(u"disabled"_s), qPrintable(fields.error->text()));
}

void tst_SignInDialog::repeatedFailuresSayHowLongToWait()
{
    SignInDialog dialog(*m_store);
    dialog.show();
    const Fields fields(dialog);
    QVERIFY(fields.complete());
    for (int attempt = 0; attempt < 3; ++attempt)
        fields.type(TestUsers::agent, u"guess %1"_s.arg(attempt));
    // The fourth try within the second after the third is slowed down, even with the right
    // password, and the dialog says for how long.
    fields.type(TestUsers::agent, TestUsers::password);
    QVERIFY(dialog.isVisible());
    QVERIFY2(fields.error->text().contains(u"wait 1 s "_s), qPrintable(fields.error->text()));

    m_store->setClock([] { return nowMs + 1000; });
    fields.type(TestUsers::agent, TestUsers::password);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void tst_SignInDialog::emptyFieldsAreAskedFor()
{
    SignInDialog dialog(*m_store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const Fields fields(dialog);
    QVERIFY(fields.complete());
    QTest::mouseClick(fields.signIn, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(fields.error->text(), u"Enter your user name."_s);
    QTest::keyClicks(fields.name, TestUsers::agent);
    QTest::mouseClick(fields.signIn, Qt::LeftButton);
    QCOMPARE(fields.error->text(), u"Enter your password."_s);
    QVERIFY(fields.password->hasFocus());
    const auto user = m_store->user(TestUsers::agent);
    QVERIFY(user);
    QCOMPARE(user->failedSignIns, 0); // nothing was tried
}

void tst_SignInDialog::lastUserIsRemembered()
{
    {
        SignInDialog dialog(*m_store);
        dialog.show();
        Fields(dialog).type(TestUsers::supervisor, TestUsers::password);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    SignInDialog again(*m_store);
    again.show();
    QVERIFY(QTest::qWaitForWindowActive(&again));
    const Fields fields(again);
    QCOMPARE(fields.name->text(), TestUsers::supervisor);
    QVERIFY(fields.password->hasFocus());
}

void tst_SignInDialog::quitRejects()
{
    SignInDialog dialog(*m_store);
    dialog.setCancelText(u"Cancel"_s);
    dialog.show();
    const Fields fields(dialog);
    QCOMPARE(fields.quit->text(), u"Cancel"_s);
    QTest::mouseClick(fields.quit, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
}

void tst_SignInDialog::screenshot()
{
    const QString folder = qEnvironmentVariable("REFUNDDESK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("REFUNDDESK_SCREENSHOT_DIR is not set");
    SignInDialog dialog(*m_store);
    dialog.setMessage(u"The first user now exists, so RefundDesk asks everyone to sign in from "
                      "now on. Sign in as a user of this database to go on."_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    Fields(dialog).type(TestUsers::agent, u"wrong"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(dialog.grab().save(QDir(folder).filePath(u"sign-in.png"_s)));
}

QTEST_MAIN(tst_SignInDialog)
#include "tst_signindialog.moc"
