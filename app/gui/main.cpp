// The desktop front end: parses the command line, opens the database and shows the desk.

#include "auth/signin.h"
#include "mainwindow.h"
#include "signindialog.h"
#include "store/databaselocation.h"
#include "store/sqlitestore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>

#include <memory>

namespace {

/// Exit status when the database cannot be opened, as the command line uses it.
constexpr int exitCannotOpenDatabase = 3;

QString trMain(const char *text)
{
    return QCoreApplication::translate("RefundDesk::main", text);
}

/// --help and --version answer on a terminal without a display, e.g. on a build server.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v"
            || argument == "--version")
            return std::make_unique<QCoreApplication>(argc, argv);
    }
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = createApplication(argc, argv);
    RefundDesk::setApplicationIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(trMain("Look up payment records and refund them."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        trMain("The SQLite database to open (default: $REFUNDDESK_DB, else the user's data "
               "folder)."),
        trMain("PATH"));
    parser.addOption(dbOption);
    parser.process(*app);

    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : RefundDesk::defaultDatabasePath();
    auto store = RefundDesk::SqliteStore::open(path);
    if (!store) {
        QMessageBox::critical(nullptr, trMain("RefundDesk"),
                              trMain("Cannot open the database %1.\n\n%2")
                                  .arg(QDir::toNativeSeparators(path), store.error().message));
        return exitCannotOpenDatabase;
    }

    // Long jobs (import, export, demo data) open their own connection on a worker thread.
    const RefundDesk::StoreOpener opener =
        [path]() -> RefundDesk::Result<std::unique_ptr<RefundDesk::Store>> {
        auto opened = RefundDesk::SqliteStore::open(path);
        if (!opened)
            return opened.error();
        return std::unique_ptr<RefundDesk::Store>(std::move(opened).value());
    };
    // A database with users asks who is there; one without runs as the local operator
    // until its first user is created (DESIGN §3).
    RefundDesk::Store &desk = *store.value();
    const RefundDesk::Result<qint64> users = desk.userCount();
    if (!users) {
        QMessageBox::critical(nullptr, trMain("RefundDesk"),
                              trMain("Cannot read the users of %1.\n\n%2")
                                  .arg(QDir::toNativeSeparators(path), users.error().message));
        return exitCannotOpenDatabase;
    }
    RefundDesk::Actor actor;
    if (users.value() > 0) {
        RefundDesk::SignInDialog signIn(desk);
        if (signIn.exec() != QDialog::Accepted)
            return 0;
        actor = signIn.actor();
    } else {
        const RefundDesk::Result<RefundDesk::Actor> local = RefundDesk::localSession(desk);
        if (!local) {
            QMessageBox::critical(nullptr, trMain("RefundDesk"), local.error().message);
            return exitCannotOpenDatabase;
        }
        actor = local.value();
    }

    RefundDesk::MainWindow window(desk, opener, actor);
    window.show();
    return app->exec();
}
