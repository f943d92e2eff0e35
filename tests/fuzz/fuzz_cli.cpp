// Fuzz target: the command line, through Cli::run (app/cli/run.cpp), as refunddesk-cli runs
// it. The input is split into arguments on newlines and NUL bytes (argv can hold neither)
// and run as `refunddesk-cli --db <work.db> ARGUMENTS…` in a throwaway folder, against a
// fresh copy of a database with 20 demo records and no users. $REFUNDDESK_PASSWORD is set
// and standard input is /dev/null, so nothing waits for a person.
// Inputs that could reach outside the throwaway folder (an argument with a '/', another
// --db) or that would only be slow (demo without a small --records) are passed over.
// Properties, besides not crashing: the exit code is one of the documented ones.
// FUZZ_CLI_VERBOSE=1 keeps the commands' standard output.

#include "cli.h"
#include "store/databaselocation.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace RefundDesk;

namespace {

[[noreturn]] void violated(const char *property, const QString &detail)
{
    std::fprintf(stderr, "fuzz_cli: %s\n  %s\n", property, detail.toUtf8().constData());
    std::abort();
}

std::unique_ptr<QTemporaryDir> folder;
QString templatePath;
QString workPath;

/// Demo data is generated per record; more than a few make an input slow, not interesting.
bool isSlow(const QStringList &arguments)
{
    if (!arguments.contains(QStringLiteral("demo")))
        return false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString value;
        if (arguments[i] == QLatin1String("--records") && i + 1 < arguments.size())
            value = arguments[i + 1];
        else if (arguments[i].startsWith(QLatin1String("--records=")))
            value = arguments[i].mid(10);
        else
            continue;
        bool ok = false;
        const qint64 count = value.toLongLong(&ok);
        return !ok || count > 50;
    }
    return true; // the default is 1000 records
}

bool reachesOutside(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument.contains(QLatin1Char('/')) || argument.startsWith(QLatin1String("--db"))
            || argument.startsWith(QLatin1String("-db")))
            return true;
    }
    return false;
}

/// Leaves the folder with the template only: no database or output of an earlier input.
void clearFolder()
{
    QDir dir(folder->path());
    const QStringList names =
        dir.entryList(QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        if (name == QLatin1String("template.db"))
            continue;
        const QString path = dir.filePath(name);
        if (!QFile::remove(path))
            QDir(path).removeRecursively();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // The working folder changes below, and libFuzzer (like driver.cpp) reads its arguments
    // after this: paths given relative to where it started are made absolute first.
    for (int i = 1; i < *argc; ++i) {
        QByteArray argument((*argv)[i]);
        const qsizetype equals = argument.startsWith('-') ? argument.indexOf('=') + 1 : 0;
        if (argument.startsWith('-') && equals == 0)
            continue;
        const QString path = QString::fromLocal8Bit(argument.mid(equals));
        if (QDir::isRelativePath(path) && QFileInfo::exists(path)) {
            argument = argument.left(equals) + QFileInfo(path).absoluteFilePath().toLocal8Bit();
            (*argv)[i] = qstrdup(argument.constData()); // lives as long as the process
        }
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("REFUNDDESK_PASSWORD", "fuzz-password-1234");
    qunsetenv("REFUNDDESK_DB");
    if (!std::freopen("/dev/null", "r", stdin))
        violated("standard input is /dev/null", {});
    if (!qEnvironmentVariableIsSet("FUZZ_CLI_VERBOSE") && !std::freopen("/dev/null", "w", stdout))
        violated("standard output is /dev/null", {});
    // A report as PDF lays out text with Qt Gui, as refunddesk-cli's main() arranges.
    QLoggingCategory::setFilterRules(QStringLiteral("default.warning=false"));
    new QGuiApplication(*argc, *argv); // lives as long as the process
    setApplicationIdentity();
    QLoggingCategory::setFilterRules(QStringLiteral("refunddesk.*.debug=false\n"
                                                    "refunddesk.*.info=false\n"
                                                    "refunddesk.*.warning=false"));
    folder = std::make_unique<QTemporaryDir>();
    if (!folder->isValid() || !QDir::setCurrent(folder->path()))
        violated("a throwaway folder", folder->errorString());
    templatePath = folder->filePath(QStringLiteral("template.db"));
    workPath = folder->filePath(QStringLiteral("work.db"));
    const int made =
        Cli::run({QStringLiteral("refunddesk-cli"), QStringLiteral("--db"), templatePath,
                  QStringLiteral("demo"), QStringLiteral("--records"), QStringLiteral("20")});
    if (made != Cli::Success)
        violated("the template database is made", QString::number(made));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    bytes.replace('\0', '\n');
    QStringList arguments;
    for (const QByteArray &argument : bytes.split('\n'))
        arguments << QString::fromUtf8(argument);
    if (arguments.last().isEmpty()) // a trailing newline ends the last argument
        arguments.removeLast();
    if (reachesOutside(arguments) || isSlow(arguments))
        return 0;

    clearFolder();
    if (!QFile::copy(templatePath, workPath))
        violated("the template is copied", workPath);
    const QStringList commandLine =
        QStringList {QStringLiteral("refunddesk-cli"), QStringLiteral("--db"), workPath}
        + arguments;
    const int code = Cli::run(commandLine);
    if (code < Cli::Success || code > Cli::NotAllowed)
        violated("the exit code is a documented one", QString::number(code));
    return 0;
}
