#pragma once

// Runs the built refunddesk-cli as a child process for the app tests. Every child gets
// REFUNDDESK_DB and its data folders pointed into the test's own directory, so a test can
// never reach the real default database, whatever arguments it passes.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

namespace RefundDesk::Testing {

/// What one run of the command line left behind.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    /// Everything a failed QCOMPARE should show.
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + (finished ? "" : " (did not finish)")
            + "\nstdout: " + out.left(2000) + "\nstderr: " + err.left(2000);
    }
};

inline QProcessEnvironment cliEnvironment(const QString &database, const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("REFUNDDESK_DB"), database);
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    // Fixed number formatting in the text output, whatever the machine's locale.
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    return environment;
}

/// A started, not yet finished, refunddesk-cli.
inline std::unique_ptr<QProcess> startCli(const QStringList &arguments,
                                          const QProcessEnvironment &environment)
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(QStringLiteral(REFUNDDESK_CLI_PATH));
    process->setArguments(arguments);
    process->setProcessEnvironment(environment);
    process->start();
    return process;
}

inline CliRun finishCli(QProcess &process, int timeoutMs = 60000)
{
    CliRun run;
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

inline CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment)
{
    const auto process = startCli(arguments, environment);
    return finishCli(*process);
}

/// True when `err` is exactly one line that starts with the command line's prefix.
inline bool isOneErrorLine(const QByteArray &err)
{
    return err.startsWith("refunddesk-cli: ") && err.endsWith('\n') && err.count('\n') == 1;
}

} // namespace RefundDesk::Testing
