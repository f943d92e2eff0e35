// refunddesk-bench: generates a demo database and its JSON exports, runs the scenarios of
// issue 7 (import, export, browse, refund, report, start-up, verify) several times each,
// prints one table of medians beside their baselines, and writes it into
// docs/performance.md between the bench markers, keeping the hand-written analysis around it.

#include "bench.h"
#include "demo/demogenerator.h"
#include "io/exporter.h"
#include "store/sqlitestore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <fcntl.h>
#include <memory>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace RefundDesk::Bench {

double median(QList<double> values)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 == 1 ? values.at(middle)
                                  : (values.at(middle - 1) + values.at(middle)) / 2;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

double timeMs(const std::function<void()> &body)
{
    QElapsedTimer timer;
    timer.start();
    body();
    return double(timer.nsecsElapsed()) / 1e6;
}

namespace {

QByteArray readAndRemove(const QString &path)
{
    QFile file(path);
    QByteArray bytes;
    if (file.open(QIODevice::ReadOnly))
        bytes = file.readAll();
    file.remove();
    return bytes;
}

} // namespace

ChildRun runChild(const QString &program, const QStringList &arguments, const QString &outputFile)
{
    // posix_spawn and wait4 rather than QProcess: only wait4 gives the child's own peak RSS.
    // Its output goes to files, so a child that writes much cannot block on a full pipe.
    ChildRun run;
    const QString base = QDir::temp().filePath(QStringLiteral("refunddesk-bench-%1-%2")
                                                   .arg(::getpid())
                                                   .arg(QDateTime::currentMSecsSinceEpoch()));
    const QString outPath = outputFile.isEmpty() ? base + QStringLiteral(".out") : outputFile;
    const QByteArray out = QFile::encodeName(outPath);
    const QByteArray err = QFile::encodeName(base + QStringLiteral(".err"));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.constData(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err.constData(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    QList<QByteArray> storage {QFile::encodeName(program)};
    for (const QString &argument : arguments)
        storage << argument.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned =
        posix_spawn(&pid, storage.first().constData(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        run.errors = QByteArray("cannot start ") + storage.first() + ": " + std::strerror(spawned);
        return run;
    }
    int status = 0;
    rusage usage {};
    while (::wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) { }
    run.wallMs = double(timer.nsecsElapsed()) / 1e6;
    run.peakRssKiB = usage.ru_maxrss; // Linux reports KiB
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    if (outputFile.isEmpty())
        run.output = readAndRemove(outPath);
    run.errors = readAndRemove(base + QStringLiteral(".err"));
    return run;
}

qint64 printedPeakKiB(const QByteArray &output)
{
    static constexpr char field[] = "peak_kib=";
    const qsizetype at = output.indexOf(field);
    if (at < 0)
        return -1;
    const qsizetype from = at + qsizetype(sizeof field - 1);
    qsizetype to = from;
    while (to < output.size() && std::isdigit(static_cast<unsigned char>(output.at(to))))
        ++to;
    return output.mid(from, to - from).toLongLong();
}

namespace {

/// The first line of the processor's model name, the cores, memory and the versions that
/// shape the figures.
QString machineDescription()
{
    QString cpu;
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
                break;
            }
        }
    }
    qint64 memoryKiB = 0;
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (meminfo.open(QIODevice::ReadOnly)) {
        const QByteArray first = meminfo.readLine();
        memoryKiB = first.simplified().split(' ').value(1).toLongLong();
    }
    return QStringLiteral("%1, %2 cores, %3 GiB memory; %4, kernel %5; Qt %6, SQLite %7, GCC %8")
        .arg(cpu.isEmpty() ? QStringLiteral("unknown processor") : cpu)
        .arg(QThread::idealThreadCount())
        .arg(double(memoryKiB) / 1024 / 1024, 0, 'f', 1)
        .arg(QSysInfo::prettyProductName(), QSysInfo::kernelVersion(),
             QString::fromLatin1(qVersion()), QString::fromLatin1(sqlite3_libversion()),
             QStringLiteral(__VERSION__));
}

QString formatValue(double value, const QString &unit)
{
    if (std::isnan(value))
        return QStringLiteral("—");
    if (unit == QLatin1String("ms") && value >= 10'000)
        return QStringLiteral("%1 s").arg(value / 1000, 0, 'f', 1);
    const int decimals = value >= 100 ? 0 : value >= 10 ? 1 : value >= 1 ? 2 : 3;
    return QStringLiteral("%1 %2").arg(value, 0, 'f', decimals).arg(unit);
}

QString ratio(const Measurement &line)
{
    const double ours = median(line.ours);
    const double baseline = median(line.baseline);
    if (line.baseline.isEmpty() || std::isnan(ours) || std::isnan(baseline) || baseline <= 0)
        return QStringLiteral("—");
    // Far below 1 (ours much faster) two decimals would read 0.00×: say 1/N instead.
    const double value = ours / baseline;
    return value >= 0.1 ? QStringLiteral("%1×").arg(value, 0, 'f', 2)
                        : QStringLiteral("1/%1").arg(baseline / ours, 0, 'f', 0);
}

QString rss(const Measurement &line)
{
    return line.peakRssKiB < 0
        ? QStringLiteral("—")
        : QStringLiteral("%1 MB").arg(double(line.peakRssKiB) / 1024, 0, 'f', 0);
}

/// The table as Markdown: one line per measurement.
QString markdownTable(const QList<Measurement> &table)
{
    QString text = QStringLiteral("| scenario | ours (median) | baseline | baseline (median) | "
                                  "ours / baseline | peak RSS | target "
                                  "| met | note |\n|---|---:|---|---:|---:|---:|---|:-:|---|\n");
    for (const Measurement &line : table) {
        text += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |\n")
                    .arg(line.scenario, formatValue(median(line.ours), line.unit),
                         line.baselineName.isEmpty() ? QStringLiteral("—") : line.baselineName,
                         line.baseline.isEmpty() ? QStringLiteral("—")
                                                 : formatValue(median(line.baseline), line.unit),
                         ratio(line), rss(line), line.target,
                         line.met ? QStringLiteral("yes") : QStringLiteral("**no**"),
                         QString(line.note).replace(u'|', QStringLiteral("\\|")));
    }
    return text;
}

void printTable(const QList<Measurement> &table)
{
    QTextStream out(stdout);
    out << Qt::left << qSetFieldWidth(52) << "scenario" << qSetFieldWidth(12) << "ours"
        << "baseline"
        << "ratio"
        << "peak RSS" << qSetFieldWidth(0) << "target\n";
    for (const Measurement &line : table) {
        out << qSetFieldWidth(52) << line.scenario.left(51) << qSetFieldWidth(12)
            << formatValue(median(line.ours), line.unit)
            << (line.baseline.isEmpty() ? QStringLiteral("—")
                                        : formatValue(median(line.baseline), line.unit))
            << ratio(line) << rss(line) << qSetFieldWidth(0) << line.target
            << (line.met ? "" : "  (missed)") << '\n';
    }
}

const char *const beginMarker = "<!-- bench:begin -->";
const char *const endMarker = "<!-- bench:end -->";

/// Puts the run's section between the markers of `path`, or appends it with markers when
/// the file has none; everything outside them is the analysis people write, kept as it is.
bool writeDocument(const QString &path, const QString &section)
{
    QString document;
    if (QFile file(path); file.open(QIODevice::ReadOnly))
        document = QString::fromUtf8(file.readAll());
    const QString generated =
        QString::fromLatin1(beginMarker) + u'\n' + section + QString::fromLatin1(endMarker);
    const qsizetype begin = document.indexOf(QLatin1String(beginMarker));
    const qsizetype end = document.indexOf(QLatin1String(endMarker));
    if (begin >= 0 && end > begin)
        document.replace(begin, end + qsizetype(qstrlen(endMarker)) - begin, generated);
    else
        document += (document.isEmpty() ? QString() : QStringLiteral("\n")) + generated + u'\n';
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(document.toUtf8()) >= 0 && file.commit();
}

/// The demo database and its two exports, made once per record count and reused.
bool prepareData(Setup &setup)
{
    QDir().mkpath(setup.folder);
    const QString stem = QDir(setup.folder).filePath(QStringLiteral("demo-%1").arg(setup.records));
    setup.database = stem + QStringLiteral(".db");
    setup.arrayFile = stem + QStringLiteral(".json");
    setup.linesFile = stem + QStringLiteral(".jsonl");
    std::fprintf(stderr, "data: %s\n", qPrintable(stem));

    if (!QFileInfo::exists(setup.database)) {
        const QString partial = setup.database + QStringLiteral(".partial");
        QFile::remove(partial);
        auto store = SqliteStore::open(partial);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
            return false;
        }
        DemoOptions options;
        options.records = setup.records;
        options.seed = 42;
        std::fprintf(stderr, "generating %lld demo records…\n", setup.records);
        const auto made = generateDemo(*store.value(), options, Actor {QStringLiteral("bench")});
        if (!made) {
            std::fprintf(stderr, "%s\n", qPrintable(made.error().message));
            return false;
        }
        store.value().reset();
        QFile::remove(partial + QStringLiteral("-wal"));
        QFile::remove(partial + QStringLiteral("-shm"));
        if (!QFile::rename(partial, setup.database))
            return false;
    }
    const auto exportTo = [&](const QString &path, ExportOptions::Format format) {
        if (QFileInfo::exists(path))
            return true;
        auto store = SqliteStore::open(setup.database);
        if (!store)
            return false;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        ExportOptions options;
        options.format = format;
        std::fprintf(stderr, "exporting %s…\n", qPrintable(path));
        return exportJson(*store.value(), file, options) && file.commit();
    };
    return exportTo(setup.arrayFile, ExportOptions::Format::Array)
        && exportTo(setup.linesFile, ExportOptions::Format::JsonLines);
}

} // namespace
} // namespace RefundDesk::Bench

int main(int argc, char *argv[])
{
    using namespace RefundDesk::Bench;

    // Child commands run without a display and print only what the parent reads.
    if (argc >= 3 && qstrcmp(argv[1], "--child") == 0) {
        // Widgets for the browse children; offscreen, so no child needs a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        const QString name = QString::fromLocal8Bit(argv[2]);
        const QStringList arguments = app.arguments().mid(3);
        int code = importChild(name, arguments);
        if (code < 0)
            code = browseChild(name, arguments);
        if (code < 0)
            std::fprintf(stderr, "unknown child command %s\n", argv[2]);
        return code < 0 ? 2 : code;
    }

    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures RefundDesk against its baselines on generated demo data and writes the "
        "table into docs/performance.md."));
    parser.addHelpOption();
    const QCommandLineOption records(QStringLiteral("records"),
                                     QStringLiteral("Payment records to generate (1000000)."),
                                     QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption repetitions(QStringLiteral("repetitions"),
                                         QStringLiteral("Runs per scenario (3)."),
                                         QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption folder(
        QStringLiteral("folder"), QStringLiteral("Scratch folder for the data (about 4 GB)."),
        QStringLiteral("DIR"), QDir::temp().filePath(QStringLiteral("refunddesk-bench")));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Comma-separated groups: import, export, browse, "
                                                 "store (default: all)."),
                                  QStringLiteral("GROUPS"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("The Markdown file to write the table into; - "
                                                "for none."),
                                 QStringLiteral("FILE"),
                                 QStringLiteral(REFUNDDESK_SOURCE_DIR "/docs/performance.md"));
    parser.addOptions({records, repetitions, folder, only, out});
    parser.process(app);

    Setup setup;
    setup.records = parser.value(records).toLongLong();
    setup.repetitions = qMax(1, parser.value(repetitions).toInt());
    setup.folder = QDir(parser.value(folder)).absolutePath();
    setup.self = QCoreApplication::applicationFilePath();
    if (setup.records <= 0) {
        std::fprintf(stderr, "--records must be a positive number\n");
        return 2;
    }
    QStringList groups = parser.value(only).split(u',', Qt::SkipEmptyParts);
    if (groups.isEmpty())
        groups = {QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("browse"),
                  QStringLiteral("store")};
    if (!prepareData(setup))
        return 1;

    const QDateTime started = QDateTime::currentDateTime();
    QList<Measurement> table;
    for (const QString &group : groups) {
        std::fprintf(stderr, "running %s…\n", qPrintable(group));
        if (group == QLatin1String("import"))
            importScenarios(setup, table);
        else if (group == QLatin1String("export"))
            exportScenarios(setup, table);
        else if (group == QLatin1String("browse"))
            browseScenarios(setup, table);
        else if (group == QLatin1String("store"))
            storeScenarios(setup, table);
        else
            std::fprintf(stderr, "unknown group %s\n", qPrintable(group));
    }
    printTable(table);

    if (parser.value(out) == QLatin1String("-"))
        return 0;
    const QString section =
        QStringLiteral("Run %1 with `%2`: %3 records, %4 repetitions per scenario, medians.\n\n"
                       "Machine: %5.\n\n%6")
            .arg(started.toString(Qt::ISODate),
                 QStringLiteral("refunddesk-bench ") + app.arguments().mid(1).join(u' '))
            .arg(setup.records)
            .arg(setup.repetitions)
            .arg(machineDescription(), markdownTable(table));
    if (!writeDocument(parser.value(out), section)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(parser.value(out)));
        return 1;
    }
    std::fprintf(stderr, "wrote %s\n", qPrintable(parser.value(out)));
    return 0;
}
