#include "auth/signin.h"
#include "cli.h"
#include "passwordinput.h"
#include "store/databaselocation.h"
#include "store/sqlitestore.h"

#include <QCoreApplication>

#include <cstdio>

namespace RefundDesk::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RefundDesk::Cli", text);
}

// Built when asked, not at static initialisation, so the descriptions are translated.
QCommandLineOption dbOption()
{
    return {QStringLiteral("db"),
            tr("The database file (default: $REFUNDDESK_DB, else the user's data folder)."),
            QStringLiteral("PATH")};
}

QCommandLineOption asOption()
{
    return {QStringLiteral("as"),
            tr("Sign in as this user; the password comes from $REFUNDDESK_PASSWORD, else a "
               "prompt on the terminal."),
            QStringLiteral("USER")};
}

/// With --as, the named user's sign-in; without, the local operator of a database that has
/// no users yet.
Result<Actor> signInActor(Store &store, const QCommandLineParser &parser)
{
    if (parser.isSet(asOption())) {
        const QString name = parser.value(asOption());
        const auto password = signInPassword(name);
        if (!password)
            return password.error();
        return signIn(store, name, password.value());
    }
    auto local = localSession(store);
    if (!local && local.error().kind == ErrorKind::Denied) {
        return Error::denied(QStringLiteral("as"),
                             local.error().message + QLatin1Char(' ')
                                 + tr("Pass --as USER; the password comes from "
                                      "$REFUNDDESK_PASSWORD, else a prompt on the terminal."));
    }
    return local;
}

} // namespace

std::optional<int> Context::parse(QCommandLineParser &parser, const QString &usage)
{
    parser.addOption(dbOption());
    parser.addOption(asOption());
    const QCommandLineOption help = parser.addHelpOption();
    parser.setApplicationDescription(usage);
    if (!parser.parse(m_arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        out(parser.helpText());
        return Success;
    }
    return std::nullopt;
}

Result<Store *> Context::store(const QCommandLineParser &parser)
{
    if (!m_store) {
        const QString path =
            parser.isSet(dbOption()) ? parser.value(dbOption()) : defaultDatabasePath();
        auto opened = SqliteStore::open(path);
        if (!opened)
            return opened.error();
        auto actor = signInActor(*opened.value(), parser);
        if (!actor)
            return actor.error();
        m_store = std::move(opened).value();
        m_actor = actor.value();
    }
    return m_store.get();
}

Result<Access> Context::access()
{
    if (!m_store)
        return Error::storage(Cli::tr("Not signed in."));
    return m_store->access(m_actor);
}

Result<void> Context::require(Permission permission)
{
    const auto granted = access();
    if (!granted)
        return granted.error();
    if (granted->localOperator)
        return {};
    return checkPermission(granted->name, granted->role, permission);
}

void Context::out(const QString &text)
{
    outBytes(text.toUtf8());
}

void Context::outBytes(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    if (!bytes.endsWith('\n'))
        std::fputc('\n', stdout);
}

int Context::fail(const Error &error)
{
    const QByteArray line = QStringLiteral("refunddesk-cli: %1\n").arg(error.message).toUtf8();
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stderr);
    switch (error.kind) {
    case ErrorKind::Rule:
    case ErrorKind::NotFound:
        return Refused;
    case ErrorKind::Usage:
        return BadUsage;
    case ErrorKind::Denied:
        return NotAllowed;
    case ErrorKind::Storage:
        return StorageFailure;
    }
    return StorageFailure;
}

int Context::usageError(const QString &message)
{
    return fail(Error::usage({},
                             message + QLatin1Char(' ')
                                 + QCoreApplication::translate("RefundDesk::Cli", "(see --help)")));
}

} // namespace RefundDesk::Cli
