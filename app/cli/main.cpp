// refunddesk-cli: the headless front end. Links the model (and, for PDF reports, Qt Gui's
// text layout) and needs no display.

#include "cli.h"
#include "store/databaselocation.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <functional>
#include <map>
#include <memory>

using namespace RefundDesk;

namespace {

QString overview()
{
    return QCoreApplication::translate(
        "RefundDesk::Cli",
        "Usage: refunddesk-cli [--db PATH] [--as USER] COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  demo           generate realistic demo payment records\n"
        "  list           list payment records (search, filter, JSON)\n"
        "  show ID        a record with its attempts, refunds and history\n"
        "  refund ID      refund a payment, fully or in part\n"
        "  refund-status  change a refund's status\n"
        "  approvals      list the refunds awaiting approval\n"
        "  approve ID     approve a refund awaiting approval (not your own)\n"
        "  reject ID      reject a refund awaiting approval, with --note\n"
        "  audit          the audit trail: who did what, newest first; --head for its hash\n"
        "  verify         check integrity, money invariants and the event chain\n"
        "  import FILE    import API-shaped JSON (array, list envelope, JSON Lines)\n"
        "  export         export API-shaped JSON\n"
        "  report         refund totals over a period, per currency, as CSV, JSON or PDF\n"
        "  users          add, list and change users, roles, limits and passwords\n"
        "\n"
        "Global options: --db PATH (default $REFUNDDESK_DB, else the user's data folder),\n"
        "--as USER (sign in; the password comes from $REFUNDDESK_PASSWORD, else a prompt\n"
        "on the terminal; required once the database has users), --help, --version.\n"
        "COMMAND --help describes each command.\n"
        "Exit codes: 0 success, 1 refused by a rule, 2 bad usage, 3 storage or I/O failure,\n"
        "4 not allowed for who you are, or sign-in failed.");
}

/// The command's name, found as main() finds it below: the first argument after the global
/// options.
QByteArray commandName(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (!argument.startsWith('-'))
            return argument;
        if (argument == "--db" || argument == "--as")
            ++i;
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    // A PDF report lays its text out with Qt Gui's fonts, which need a QGuiApplication; on
    // the offscreen platform (unless QT_QPA_PLATFORM says otherwise) it needs no display.
    std::unique_ptr<QCoreApplication> application;
    if (commandName(argc, argv) == "report") {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Starting a platform warns when XDG_RUNTIME_DIR is unset, as it is under cron or in
        // a container; that is no failure, and standard error is for the command's own words.
        // The rules below replace this one.
        QLoggingCategory::setFilterRules(QStringLiteral("default.warning=false"));
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    setApplicationIdentity();
    // A failure is one line on standard error, and failed sign-ins are in the audit trail,
    // so the model's log stays quiet here; QT_LOGGING_RULES still turns it back on.
    QLoggingCategory::setFilterRules(QStringLiteral("refunddesk.*.debug=false\n"
                                                    "refunddesk.*.info=false\n"
                                                    "refunddesk.*.warning=false"));

    const std::map<QString, std::function<int(Cli::Context &)>> commands {
        {QStringLiteral("demo"), Cli::demo},
        {QStringLiteral("list"), Cli::list},
        {QStringLiteral("show"), Cli::show},
        {QStringLiteral("refund"), Cli::refund},
        {QStringLiteral("refund-status"), Cli::refundStatus},
        {QStringLiteral("verify"), Cli::verify},
        {QStringLiteral("import"), Cli::importFile},
        {QStringLiteral("export"), Cli::exportFile},
        {QStringLiteral("users"), Cli::users},
        {QStringLiteral("approvals"), Cli::approvals},
        {QStringLiteral("approve"), Cli::approve},
        {QStringLiteral("reject"), Cli::reject},
        {QStringLiteral("audit"), Cli::audit},
        {QStringLiteral("report"), Cli::report},
    };

    // Global options may stand before the command; they are handed on to it.
    QStringList arguments = app.arguments();
    QStringList global {arguments.takeFirst()};
    while (!arguments.isEmpty() && arguments.first().startsWith(QLatin1Char('-'))) {
        const QString option = arguments.takeFirst();
        if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            Cli::Context::out(overview());
            return Cli::Success;
        }
        if (option == QLatin1String("--version") || option == QLatin1String("-v")) {
            Cli::Context::out(QStringLiteral("refunddesk-cli %1").arg(app.applicationVersion()));
            return Cli::Success;
        }
        global << option;
        const bool takesValue = option == QLatin1String("--db") || option == QLatin1String("--as");
        if (takesValue && !arguments.isEmpty())
            global << arguments.takeFirst();
    }
    if (arguments.isEmpty())
        return Cli::Context::usageError(
            QCoreApplication::translate("RefundDesk::Cli", "No command given."));
    const QString name = arguments.takeFirst();
    const auto command = commands.find(name);
    if (command == commands.end()) {
        return Cli::Context::usageError(
            QCoreApplication::translate("RefundDesk::Cli", "Unknown command \"%1\".").arg(name));
    }
    Cli::Context context(global + arguments);
    return command->second(context);
}
