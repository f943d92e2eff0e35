// The command line's dispatch, apart from main() so the fuzz target (tests/fuzz/fuzz_cli.cpp)
// drives the same code as refunddesk-cli.

#include "cli.h"

#include <QCoreApplication>

#include <functional>
#include <map>

namespace RefundDesk::Cli {
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

} // namespace

int run(const QStringList &commandLine)
{
    const std::map<QString, std::function<int(Context &)>> commands {
        {QStringLiteral("demo"), demo},
        {QStringLiteral("list"), list},
        {QStringLiteral("show"), show},
        {QStringLiteral("refund"), refund},
        {QStringLiteral("refund-status"), refundStatus},
        {QStringLiteral("verify"), verify},
        {QStringLiteral("import"), importFile},
        {QStringLiteral("export"), exportFile},
        {QStringLiteral("users"), users},
        {QStringLiteral("approvals"), approvals},
        {QStringLiteral("approve"), approve},
        {QStringLiteral("reject"), reject},
        {QStringLiteral("audit"), audit},
        {QStringLiteral("report"), report},
    };

    // Global options may stand before the command; they are handed on to it.
    QStringList arguments = commandLine;
    QStringList global {arguments.isEmpty() ? QString() : arguments.takeFirst()};
    while (!arguments.isEmpty() && arguments.first().startsWith(QLatin1Char('-'))) {
        const QString option = arguments.takeFirst();
        if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            Context::out(overview());
            return Success;
        }
        if (option == QLatin1String("--version") || option == QLatin1String("-v")) {
            Context::out(
                QStringLiteral("refunddesk-cli %1").arg(QCoreApplication::applicationVersion()));
            return Success;
        }
        global << option;
        const bool takesValue = option == QLatin1String("--db") || option == QLatin1String("--as");
        if (takesValue && !arguments.isEmpty())
            global << arguments.takeFirst();
    }
    if (arguments.isEmpty())
        return Context::usageError(
            QCoreApplication::translate("RefundDesk::Cli", "No command given."));
    const QString name = arguments.takeFirst();
    const auto command = commands.find(name);
    if (command == commands.end()) {
        return Context::usageError(
            QCoreApplication::translate("RefundDesk::Cli", "Unknown command \"%1\".").arg(name));
    }
    Context context(global + arguments);
    return command->second(context);
}

} // namespace RefundDesk::Cli
