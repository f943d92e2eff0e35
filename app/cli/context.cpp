#include "cli.h"
#include "store/databaselocation.h"
#include "store/sqlitestore.h"

#include <QCoreApplication>

#include <cstdio>

namespace RefundDesk::Cli {

namespace {

const QCommandLineOption dbOption(QStringList {QStringLiteral("db")},
                                  QCoreApplication::translate("RefundDesk::Cli",
                                                              "The database file (default: "
                                                              "$REFUNDDESK_DB, else the user's "
                                                              "data folder)."),
                                  QStringLiteral("PATH"));

} // namespace

std::optional<int> Context::parse(QCommandLineParser &parser, const QString &usage)
{
    parser.addOption(dbOption);
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
            parser.isSet(dbOption) ? parser.value(dbOption) : defaultDatabasePath();
        auto opened = SqliteStore::open(path);
        if (!opened)
            return opened.error();
        m_store = std::move(opened).value();
    }
    return m_store.get();
}

Actor Context::actor() const
{
    return localOperator();
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
