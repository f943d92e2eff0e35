// Passwords for --as and for the users command: from the environment, standard input or
// the terminal with echo off. They never appear on the command line, where `ps` shows them.

#include "passwordinput.h"

#include "auth/password.h"

#include <QCoreApplication>

#include <array>
#include <csignal>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace RefundDesk::Cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RefundDesk::Cli", text);
}

/// Longer than any password Password::validateNew accepts, so a too long one is reported
/// as such rather than cut.
constexpr int maxLineBytes = 4096;

/// One line of standard input without its line end; nullopt at end of input.
std::optional<QString> readLine()
{
    QByteArray line;
    char buffer[256];
    while (line.size() <= maxLineBytes && std::fgets(buffer, sizeof buffer, stdin)) {
        line += buffer;
        if (line.endsWith('\n'))
            break;
    }
    if (line.isEmpty())
        return std::nullopt;
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

// The terminal's settings while echo is off, so Ctrl+C at the prompt gives it back as it was.
termios savedTerminal {};
volatile std::sig_atomic_t echoIsOff = 0;
constexpr std::array interruptions {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

extern "C" void restoreEchoAndStop(int signal)
{
    if (echoIsOff)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

/// Asks on standard error and reads the answer from the terminal without echoing it.
std::optional<QString> askSecret(const QString &prompt)
{
    std::fputs(prompt.toUtf8().constData(), stderr);
    std::fflush(stderr);
    const bool quiet = tcgetattr(STDIN_FILENO, &savedTerminal) == 0;
    if (quiet) {
        for (const int signal : interruptions)
            std::signal(signal, restoreEchoAndStop);
        termios noEcho = savedTerminal;
        noEcho.c_lflag &= ~tcflag_t(ECHO);
        echoIsOff = tcsetattr(STDIN_FILENO, TCSAFLUSH, &noEcho) == 0;
    }
    const std::optional<QString> answer = readLine();
    if (quiet) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
        echoIsOff = 0;
        for (const int signal : interruptions)
            std::signal(signal, SIG_DFL);
    }
    std::fputc('\n', stderr);
    return answer;
}

} // namespace

Result<QString> signInPassword(const QString &user)
{
    if (qEnvironmentVariableIsSet(passwordVariable))
        return qEnvironmentVariable(passwordVariable);
    if (!stdinIsTerminal()) {
        return Error::usage(QStringLiteral("password"),
                            tr("No password for %1: set %2, or run on a terminal to be "
                               "asked for it.")
                                .arg(user, QLatin1String(passwordVariable)));
    }
    const auto password = askSecret(tr("Password for %1: ").arg(user));
    if (!password)
        return Error::usage(QStringLiteral("password"), tr("No password was typed."));
    return *password;
}

Result<QString> newPassword(const QString &user, bool fromStdin)
{
    QString password;
    if (fromStdin) {
        const auto line = readLine();
        if (!line) {
            return Error::usage(QStringLiteral("password"),
                                tr("--password-stdin: standard input held no line with the "
                                   "new password."));
        }
        password = *line;
    } else {
        if (!stdinIsTerminal()) {
            return Error::usage(QStringLiteral("password"),
                                tr("No new password for %1: give it as one line on standard "
                                   "input with --password-stdin, or run on a terminal to be "
                                   "asked for it.")
                                    .arg(user));
        }
        const auto first = askSecret(tr("New password for %1: ").arg(user));
        const auto second = askSecret(tr("The same password again: "));
        if (!first || !second)
            return Error::usage(QStringLiteral("password"), tr("No password was typed."));
        if (*first != *second) {
            return Error::usage(QStringLiteral("password"),
                                tr("The two passwords differ; nothing was changed."));
        }
        password = *first;
    }
    if (auto valid = Password::validateNew(password); !valid)
        return valid.error();
    return password;
}

} // namespace RefundDesk::Cli
