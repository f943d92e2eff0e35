// The desktop front end: parses the command line, opens the database and shows the desk.

#include "auth/signin.h"
#include "mainwindow.h"
#include "signindialog.h"
#include "store/databaselocation.h"
#include "store/sqlitestore.h"
#include "translations.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

/// Exit status when the database cannot be opened, as the command line uses it.
constexpr int exitCannotOpenDatabase = 3;

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

/// The process's peak resident set (VmHWM), in KiB; 0 where /proc does not say.
qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

/// For the benchmark's start-up scenario (bench/storebench.cpp), when
/// REFUNDDESK_EXIT_AFTER_FIRST_PAINT is set: once the payments list has painted rows, prints
/// the milliseconds since main() began and quits.
class FirstPaintProbe final : public QObject
{
public:
    FirstPaintProbe(QAbstractItemView *view, const QElapsedTimer &sinceStart)
        : QObject(view)
        , m_view(view)
        , m_sinceStart(sinceStart)
    {
        view->viewport()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done && m_view->model()
            && m_view->model()->rowCount() > 0) {
            m_done = true;
            // Quit after this paint has finished, not from inside it.
            QTimer::singleShot(0, qApp, [elapsed = m_sinceStart.elapsed()] {
                std::printf("first paint %lld ms after main(), peak_kib=%lld\n", elapsed,
                            peakResidentKiB());
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QAbstractItemView *m_view;
    QElapsedTimer m_sinceStart;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    const std::unique_ptr<QCoreApplication> app = createApplication(argc, argv);
    RefundDesk::setApplicationIdentity();
    // The system's language unless the user chose one (View ▸ Language), before any text.
    RefundDesk::Translations::install(*app, RefundDesk::Translations::chosenLocale());
    // The desktop file and icon that the package installs (resources/desktop).
    QGuiApplication::setDesktopFileName(QStringLiteral("org.refunddesk.RefundDesk"));
    if (auto *gui = qobject_cast<QGuiApplication *>(app.get())) {
        QIcon fallback;
        for (const char *size : {"48x48", "256x256"})
            fallback.addFile(QStringLiteral(":/icons/%1/org.refunddesk.RefundDesk.png")
                                 .arg(QLatin1String(size)));
        gui->setWindowIcon(QIcon::fromTheme(QStringLiteral("org.refunddesk.RefundDesk"), fallback));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "RefundDesk::main", "Look up payment records and refund them."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate(
            "RefundDesk::main",
            "The SQLite database to open (default: $REFUNDDESK_DB, else the user's data "
            "folder)."),
        QCoreApplication::translate("RefundDesk::main", "PATH"));
    parser.addOption(dbOption);
    parser.process(*app);

    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : RefundDesk::defaultDatabasePath();
    auto store = RefundDesk::SqliteStore::open(path);
    if (!store) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("RefundDesk::main", "RefundDesk"),
            QCoreApplication::translate("RefundDesk::main", "Cannot open the database %1.\n\n%2")
                .arg(QDir::toNativeSeparators(path), store.error().message));
        return exitCannotOpenDatabase;
    }

    // Long jobs (import, export, demo data) open their own connection on a worker thread.
    const RefundDesk::StoreOpener opener = RefundDesk::sqliteOpener(path);
    // A database with users asks who is there; one without runs as the local operator
    // until its first user is created (DESIGN §3).
    RefundDesk::Store &desk = *store.value();
    const RefundDesk::Result<qint64> users = desk.userCount();
    if (!users) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("RefundDesk::main", "RefundDesk"),
            QCoreApplication::translate("RefundDesk::main", "Cannot read the users of %1.\n\n%2")
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
            QMessageBox::critical(nullptr,
                                  QCoreApplication::translate("RefundDesk::main", "RefundDesk"),
                                  local.error().message);
            return exitCannotOpenDatabase;
        }
        actor = local.value();
    }

    RefundDesk::MainWindow window(desk, opener, actor);
    if (qEnvironmentVariableIsSet("REFUNDDESK_EXIT_AFTER_FIRST_PAINT")) {
        if (auto *payments = window.findChild<QAbstractItemView *>(QStringLiteral("paymentTable")))
            new FirstPaintProbe(payments, sinceStart);
    }
    window.show();
    return app->exec();
}
