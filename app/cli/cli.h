#pragma once

#include "core/result.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QStringList>

#include <memory>

namespace RefundDesk::Cli {

/// Exit codes of refunddesk-cli.
enum ExitCode { Success = 0, Refused = 1, BadUsage = 2, StorageFailure = 3, NotAllowed = 4 };

/// What every command gets: its own arguments, and the way to the store and the streams.
class Context
{
public:
    explicit Context(QStringList arguments)
        : m_arguments(std::move(arguments))
    { }

    /// Parses the command's options (plus the global --db and --help); on failure or
    /// --help it prints and returns an exit code to stop with.
    std::optional<int> parse(QCommandLineParser &parser, const QString &usage);
    /// Opens the database named by --db (or the default) once.
    Result<Store *> store(const QCommandLineParser &parser);
    Actor actor() const;

    static void out(const QString &text);
    static void outBytes(const QByteArray &bytes);
    /// One clear line on standard error, and the exit code for the error's kind.
    static int fail(const Error &error);
    static int usageError(const QString &message);

private:
    QStringList m_arguments;
    std::unique_ptr<Store> m_store;
};

// The commands; each returns the process exit code.
int demo(Context &context);
int list(Context &context);
int show(Context &context);
int refund(Context &context);
int refundStatus(Context &context);
int verify(Context &context);
int importFile(Context &context);
int exportFile(Context &context);

} // namespace RefundDesk::Cli
