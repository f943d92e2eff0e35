#pragma once

// refunddesk-bench: the performance scenarios of docs/performance.md (issue 7). Not a test:
// it measures and reports, and asserts nothing.

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace RefundDesk::Bench {

/// What a run works on: one folder of generated data, made with the code of
/// `refunddesk-cli demo` and kept between runs when its record count matches.
struct Setup
{
    QString folder; ///< scratch folder, with room for about 4 GB at 1,000,000 records
    QString database; ///< the demo database, schema current, never written by scenarios
    QString arrayFile; ///< the database exported as one JSON array
    QString linesFile; ///< the same objects as JSON Lines
    qint64 records = 1'000'000;
    int repetitions = 3; ///< per scenario; medians are reported
    QString self; ///< this program, for scenarios that run in a child process
};

/// One line of the table: our median beside the baseline's, both in `unit`.
struct Measurement
{
    QString scenario;
    QString unit = QStringLiteral("ms");
    QList<double> ours; ///< every repetition
    QString baselineName; ///< empty: no baseline
    QList<double> baseline;
    qint64 peakRssKiB = -1; ///< of our side; -1 when not measured
    QString target; ///< e.g. "< 100 ms", "≤ 1.6 × baseline"
    /// Whether the target holds, decided by the scenario from its own figures.
    bool met = true;
    QString note;
};

double median(QList<double> values);
/// The nearest-rank percentile, `p` in (0, 100].
double percentile(QList<double> values, double p);

/// Milliseconds `body` took, by the monotonic clock.
double timeMs(const std::function<void()> &body);

/// The result of a child process run of this program (`self --child NAME ARGS…`): wall
/// time from start to exit, its peak resident set, its exit code and its standard output.
struct ChildRun
{
    double wallMs = 0;
    /// wait4()'s ru_maxrss. On Linux exec keeps the high-water mark of the memory it
    /// replaces, which for a spawned child is this program's: so this is at least the
    /// parent's peak. Children whose memory matters print their own VmHWM instead.
    qint64 peakRssKiB = 0;
    int exitCode = -1;
    QByteArray output;
    QByteArray errors;
};
/// Runs `program` with `arguments`, waits, and measures it with wait4()'s rusage. With an
/// `outputFile` its standard output goes there instead of into ChildRun::output, for
/// children that write gigabytes.
ChildRun runChild(const QString &program, const QStringList &arguments,
                  const QString &outputFile = {});
/// The peak resident set (VmHWM) in KiB that a child printed itself as `peak_kib=N`; -1 if
/// it printed none. Not ChildRun::peakRssKiB: after posix_spawn, wait4's ru_maxrss is at
/// least this program's own peak at the time.
qint64 printedPeakKiB(const QByteArray &output);

// Scenario groups, each appending its lines. A failure to measure is a line with a note,
// not an abort, so one broken scenario does not hide the others.
/// Reads the file once, so every measured run finds it in the OS page cache alike, as a
/// desk used daily has it; the cache is not dropped between runs (that needs root).
void warm(const QString &path);

void importScenarios(const Setup &setup, QList<Measurement> &table);
void exportScenarios(const Setup &setup, QList<Measurement> &table);
void browseScenarios(const Setup &setup, QList<Measurement> &table);
void storeScenarios(const Setup &setup, QList<Measurement> &table);

/// The child-process commands (`--child NAME`), returning the process exit code; each
/// group answers for its own names and returns -1 for a name it does not know.
int importChild(const QString &name, const QStringList &arguments);
/// `browse DATABASE FRAGMENT…` and `browse-naive DATABASE`: the payments list browsed (or
/// the naive model loaded), printing the process's own peak; these need the QApplication
/// the child branch of main() makes.
int browseChild(const QString &name, const QStringList &arguments);

} // namespace RefundDesk::Bench
