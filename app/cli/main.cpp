// refunddesk-cli: the headless front end. Links the model only and needs no display.

#include "cli.h"
#include "store/databaselocation.h"

#include <QCoreApplication>

#include <functional>
#include <map>

using namespace RefundDesk;

namespace {

QString overview()
{
    return QCoreApplication::translate(
        "RefundDesk::Cli",
        "Usage: refunddesk-cli [--db PATH] COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  demo           generate realistic demo payment records\n"
        "  list           list payment records (search, filter, JSON)\n"
        "  show ID        a record with its attempts, refunds and history\n"
        "  refund ID      refund a payment, fully or in part\n"
        "  refund-status  change a refund's status\n"
        "  verify         check integrity, money invariants and the event chain\n"
        "  import FILE    import API-shaped JSON (array, list envelope, JSON Lines)\n"
        "  export         export API-shaped JSON\n"
        "\n"
        "Global options: --db PATH (default $REFUNDDESK_DB, else the user's data folder),\n"
        "--help, --version. COMMAND --help describes each command.\n"
        "Exit codes: 0 success, 1 refused by a rule, 2 bad usage, 3 storage or I/O failure.");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();

    const std::map<QString, std::function<int(Cli::Context &)>> commands {
        {QStringLiteral("demo"), Cli::demo},
        {QStringLiteral("list"), Cli::list},
        {QStringLiteral("show"), Cli::show},
        {QStringLiteral("refund"), Cli::refund},
        {QStringLiteral("refund-status"), Cli::refundStatus},
        {QStringLiteral("verify"), Cli::verify},
        {QStringLiteral("import"), Cli::importFile},
        {QStringLiteral("export"), Cli::exportFile},
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
        if (option == QLatin1String("--db") && !arguments.isEmpty())
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
