#pragma once

#include "auth/role.h"
#include "auth/user.h"
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

    /// Parses the command's options (plus the global --db, --as and --help); on failure or
    /// --help it prints and returns an exit code to stop with.
    std::optional<int> parse(QCommandLineParser &parser, const QString &usage);
    /// Opens the database named by --db (or the default) once and signs in: as the user
    /// named by --as, else as the local operator of a database that has no users yet.
    Result<Store *> store(const QCommandLineParser &parser);
    /// Who signed in; valid once store() has succeeded.
    Actor actor() const { return m_actor; }
    /// What the signed-in actor may do, as the store reads it now.
    Result<Access> access();
    /// For the reads the store does not check itself: a Denied Error naming the user, their
    /// role and the action when the signed-in actor's role does not grant `permission`.
    Result<void> require(Permission permission);

    static void out(const QString &text);
    static void outBytes(const QByteArray &bytes);
    /// One clear line on standard error, and the exit code for the error's kind.
    static int fail(const Error &error);
    static int usageError(const QString &message);

private:
    QStringList m_arguments;
    std::unique_ptr<Store> m_store;
    Actor m_actor;
};

/// Runs the command line `commandLine` (the program's name first, as
/// QCoreApplication::arguments() gives it) and returns the process exit code. Needs a
/// QCoreApplication, or a QGuiApplication for a PDF report.
int run(const QStringList &commandLine);

/// "250.00 USD": exact, with the currency's own number of decimals.
QString amountText(qint64 value, const QString &currency);
/// A user's refund limits, "100.00 USD, 5000 JPY", or "none".
QString limitsText(const RefundLimits &limits);

// The commands; each returns the process exit code.
int demo(Context &context);
int list(Context &context);
int show(Context &context);
int refund(Context &context);
int refundStatus(Context &context);
int verify(Context &context);
int importFile(Context &context);
int exportFile(Context &context);
int users(Context &context);
int approvals(Context &context);
int approve(Context &context);
int reject(Context &context);
int audit(Context &context);
int report(Context &context);

} // namespace RefundDesk::Cli
