// users: who may use the desk, in which role and up to which refund limits. The store
// checks that the signed-in user may manage users; passwords are hashed here, so the store
// only ever sees Argon2id hashes.

#include "auth/password.h"
#include "cli.h"
#include "core/timestamp.h"
#include "money/amountparser.h"
#include "passwordinput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <map>

namespace RefundDesk::Cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RefundDesk::Cli", text);
}

/// The options of every users subcommand; each subcommand accepts only its own.
struct UserOptions
{
    QCommandLineOption role {QStringLiteral("role"),
                             Cli::tr("viewer, agent, supervisor or admin (users add)."),
                             QStringLiteral("ROLE")};
    QCommandLineOption limit {QStringLiteral("limit"),
                              Cli::tr("A refund limit, e.g. usd=100.00; repeatable (users add, "
                                      "users set-limits)."),
                              QStringLiteral("CURRENCY=AMOUNT")};
    QCommandLineOption passwordStdin {QStringLiteral("password-stdin"),
                                      Cli::tr("Read the new password as one line of standard "
                                              "input (users add, users set-password).")};
    QCommandLineOption json {QStringLiteral("json"), Cli::tr("Print JSON (users list).")};
};

/// What a subcommand gets: the parsed command line and the words after the subcommand.
struct Invocation
{
    Context &context;
    const QCommandLineParser &parser;
    const UserOptions &options;
    QString name; ///< the subcommand
    QStringList arguments;
};

std::optional<int> expectArguments(const Invocation &call, qsizetype count, const QString &form)
{
    if (call.arguments.size() == count)
        return std::nullopt;
    return Context::usageError(tr("Usage: users %1").arg(form));
}

/// Refuses options that belong to another subcommand, so a mistake is never ignored.
std::optional<int> acceptOnly(const Invocation &call, const QStringList &accepted)
{
    for (const QString &option : call.parser.optionNames()) {
        if (option != QLatin1String("db") && option != QLatin1String("as")
            && !accepted.contains(option)) {
            return Context::usageError(tr("users %1 does not take --%2.").arg(call.name, option));
        }
    }
    return std::nullopt;
}

Result<Role> parseRole(const QString &text)
{
    if (const auto role = roleFromString(text))
        return *role;
    return Error::usage(
        QStringLiteral("role"),
        tr("\"%1\" is not a role; use viewer, agent, supervisor or admin.").arg(text));
}

/// "usd=100.00" → {"usd": 10000}, parsed exactly in the currency's exponent.
Result<RefundLimits> parseLimits(const QStringList &values)
{
    RefundLimits limits;
    for (const QString &value : values) {
        const qsizetype equals = value.indexOf(u'=');
        if (equals <= 0) {
            return Error::usage(
                QStringLiteral("limit"),
                tr("--limit \"%1\" is not CURRENCY=AMOUNT, e.g. usd=100.00.").arg(value));
        }
        const QString code = value.left(equals).trimmed().toLower();
        const auto currency = Currency::fromCode(code);
        if (!currency) {
            return Error::usage(
                QStringLiteral("limit"),
                tr("--limit \"%1\": \"%2\" is not a known currency code.").arg(value, code));
        }
        if (limits.contains(currency->code())) {
            return Error::usage(QStringLiteral("limit"),
                                tr("--limit gives %1 twice.").arg(currency->code()));
        }
        const auto amount =
            AmountParser().parse(value.mid(equals + 1).trimmed(), *currency,
                                 QStringLiteral("--limit %1").arg(currency->code()));
        if (!amount)
            return amount.error();
        limits.insert(currency->code(), amount.value());
    }
    return limits;
}

Result<QByteArray> newPasswordHash(const Invocation &call, const QString &user)
{
    const auto password = newPassword(user, call.parser.isSet(call.options.passwordStdin));
    if (!password)
        return password.error();
    return Password::hash(password.value());
}

/// One line about a user after a change.
QString describeUser(const User &user)
{
    return tr("%1: %2, limits %3, %4.")
        .arg(user.name, toString(user.role), limitsText(user.limits),
             user.disabled ? tr("disabled") : tr("enabled"));
}

QJsonObject userJson(const User &user)
{
    QJsonArray limits;
    for (auto it = user.limits.cbegin(); it != user.limits.cend(); ++it)
        limits.append(QJsonObject {{QStringLiteral("currency"), it.key()},
                                   {QStringLiteral("value"), it.value()}});
    QJsonObject object {
        {QStringLiteral("object"), QStringLiteral("user")},
        {QStringLiteral("name"), user.name},
        {QStringLiteral("role"), toString(user.role)},
        {QStringLiteral("limits"), limits},
        {QStringLiteral("disabled"), user.disabled},
        {QStringLiteral("failed_sign_ins"), user.failedSignIns},
        {QStringLiteral("created"), user.created},
        {QStringLiteral("updated"), user.updated},
    };
    return object;
}

int addUser(const Invocation &call)
{
    if (auto stop = expectArguments(call, 1,
                                    QStringLiteral("add NAME --role ROLE "
                                                   "[--limit CURRENCY=AMOUNT]... "
                                                   "[--password-stdin]")))
        return *stop;
    if (auto stop = acceptOnly(
            call,
            {QStringLiteral("role"), QStringLiteral("limit"), QStringLiteral("password-stdin")}))
        return *stop;
    User user;
    user.name = call.arguments.first();
    if (auto valid = validateUserName(user.name); !valid)
        return Context::fail(valid.error());
    if (!call.parser.isSet(call.options.role))
        return Context::usageError(tr("users add needs --role ROLE."));
    const auto role = parseRole(call.parser.value(call.options.role));
    if (!role)
        return Context::fail(role.error());
    user.role = role.value();
    const auto limits = parseLimits(call.parser.values(call.options.limit));
    if (!limits)
        return Context::fail(limits.error());
    user.limits = limits.value();

    auto store = call.context.store(call.parser);
    if (!store)
        return Context::fail(store.error());
    const auto hash = newPasswordHash(call, user.name);
    if (!hash)
        return Context::fail(hash.error());
    const auto added = store.value()->addUser(user, hash.value(), call.context.actor());
    if (!added)
        return Context::fail(added.error());
    Context::out(tr("Added %1").arg(describeUser(added.value())));
    return Success;
}

int listUsers(const Invocation &call)
{
    if (auto stop = expectArguments(call, 0, QStringLiteral("list [--json]")))
        return *stop;
    if (auto stop = acceptOnly(call, {QStringLiteral("json")}))
        return *stop;
    auto store = call.context.store(call.parser);
    if (!store)
        return Context::fail(store.error());
    // The store's users() takes no actor, so the permission is checked here.
    if (auto allowed = call.context.require(Permission::ManageUsers); !allowed)
        return Context::fail(allowed.error());
    const auto users = store.value()->users();
    if (!users)
        return Context::fail(users.error());

    if (call.parser.isSet(call.options.json)) {
        QJsonArray data;
        for (const User &user : users.value())
            data.append(userJson(user));
        const QJsonObject envelope {{QStringLiteral("object"), QStringLiteral("list")},
                                    {QStringLiteral("data"), data},
                                    {QStringLiteral("has_more"), false}};
        Context::outBytes(QJsonDocument(envelope).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (users->isEmpty()) {
        Context::out(tr("No users: the local operator acts as admin until the first user is "
                        "added."));
        return Success;
    }
    for (const User &user : users.value()) {
        Context::out(QStringLiteral("%1  %2  %3  %4  %5")
                         .arg(user.name, -20)
                         .arg(toString(user.role), -10)
                         .arg(user.disabled ? tr("disabled") : tr("enabled"), -8)
                         .arg(tr("failed sign-ins: %1").arg(user.failedSignIns), -20)
                         .arg(tr("limits: %1").arg(limitsText(user.limits))));
    }
    return Success;
}

int setRole(const Invocation &call)
{
    if (auto stop = expectArguments(call, 2, QStringLiteral("set-role NAME ROLE")))
        return *stop;
    if (auto stop = acceptOnly(call, {}))
        return *stop;
    const auto role = parseRole(call.arguments.at(1));
    if (!role)
        return Context::fail(role.error());
    auto store = call.context.store(call.parser);
    if (!store)
        return Context::fail(store.error());
    const auto changed =
        store.value()->setUserRole(call.arguments.first(), role.value(), call.context.actor());
    if (!changed)
        return Context::fail(changed.error());
    Context::out(tr("Changed %1").arg(describeUser(changed.value())));
    return Success;
}

int setLimits(const Invocation &call)
{
    if (auto stop = expectArguments(call, 1,
                                    QStringLiteral("set-limits NAME [--limit "
                                                   "CURRENCY=AMOUNT]...")))
        return *stop;
    if (auto stop = acceptOnly(call, {QStringLiteral("limit")}))
        return *stop;
    const auto limits = parseLimits(call.parser.values(call.options.limit));
    if (!limits)
        return Context::fail(limits.error());
    auto store = call.context.store(call.parser);
    if (!store)
        return Context::fail(store.error());
    const auto changed =
        store.value()->setUserLimits(call.arguments.first(), limits.value(), call.context.actor());
    if (!changed)
        return Context::fail(changed.error());
    Context::out(tr("Changed %1").arg(describeUser(changed.value())));
    return Success;
}

int setPassword(const Invocation &call)
{
    if (auto stop =
            expectArguments(call, 1, QStringLiteral("set-password NAME [--password-stdin]")))
        return *stop;
    if (auto stop = acceptOnly(call, {QStringLiteral("password-stdin")}))
        return *stop;
    const QString name = call.arguments.first();
    auto store = call.context.store(call.parser);
    if (!store)
        return Context::fail(store.error());
    const auto hash = newPasswordHash(call, name);
    if (!hash)
        return Context::fail(hash.error());
    const auto changed = store.value()->setPasswordHash(name, hash.value(), call.context.actor());
    if (!changed)
        return Context::fail(changed.error());
    Context::out(tr("Changed the password of %1.").arg(name));
    return Success;
}

int setDisabled(const Invocation &call, bool disabled)
{
    if (auto stop = expectArguments(call, 1, call.name + QStringLiteral(" NAME")))
        return *stop;
    if (auto stop = acceptOnly(call, {}))
        return *stop;
    auto store = call.context.store(call.parser);
    if (!store)
        return Context::fail(store.error());
    const auto changed =
        store.value()->setUserDisabled(call.arguments.first(), disabled, call.context.actor());
    if (!changed)
        return Context::fail(changed.error());
    Context::out(tr("Changed %1").arg(describeUser(changed.value())));
    return Success;
}

} // namespace

int users(Context &context)
{
    QCommandLineParser parser;
    const UserOptions options;
    parser.addOptions({options.role, options.limit, options.passwordStdin, options.json});
    parser.addPositionalArgument(QStringLiteral("SUBCOMMAND"),
                                 tr("add, list, set-role, set-limits, set-password, disable "
                                    "or enable."));
    if (auto stop = context.parse(
            parser,
            tr("users SUBCOMMAND: manage who may use the desk (admins only).\n"
               "  users add NAME --role ROLE [--limit CURRENCY=AMOUNT]... [--password-stdin]\n"
               "  users list [--json]\n"
               "  users set-role NAME ROLE\n"
               "  users set-limits NAME [--limit CURRENCY=AMOUNT]...  (replaces all limits)\n"
               "  users set-password NAME [--password-stdin]\n"
               "  users disable NAME\n"
               "  users enable NAME\n"
               "Roles: viewer, agent, supervisor, admin. The first user must be an admin.")))
        return *stop;
    QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty())
        return Context::usageError(tr("users needs a subcommand: add, list, set-role, "
                                      "set-limits, set-password, disable or enable."));
    const QString name = arguments.takeFirst();
    const std::map<QString, std::function<int(const Invocation &)>> subcommands {
        {QStringLiteral("add"), addUser},
        {QStringLiteral("list"), listUsers},
        {QStringLiteral("set-role"), setRole},
        {QStringLiteral("set-limits"), setLimits},
        {QStringLiteral("set-password"), setPassword},
        {QStringLiteral("disable"),
         [](const Invocation &call) {
             return setDisabled(call, true);
         }},
        {QStringLiteral("enable"),
         [](const Invocation &call) {
             return setDisabled(call, false);
         }},
    };
    const auto subcommand = subcommands.find(name);
    if (subcommand == subcommands.end())
        return Context::usageError(tr("users has no subcommand \"%1\".").arg(name));
    return subcommand->second(Invocation {context, parser, options, name, arguments});
}

} // namespace RefundDesk::Cli
