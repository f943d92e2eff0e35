// The store's own scenarios: issuing a refund, reports over every refund, verify, and the
// desk's start-up to its first painted payments screen.

#include "bench.h"
#include "report/reportbuckets.h"
#include "store/sqlitestore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>

#include <cstdio>

namespace RefundDesk::Bench {
namespace {

/// Refunds issued for the latency figures: enough for a p99 that is not the maximum.
constexpr int refundsTimed = 500;

const Actor benchActor {QStringLiteral("bench")};

/// A copy of the demo database that scenarios may write to, made fresh for each group.
QString writableCopy(const Setup &setup, const QString &name)
{
    const QString path = QDir(setup.folder).filePath(name);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return QFile::copy(setup.database, path) ? path : QString();
}

Measurement failed(const QString &scenario, const QString &why)
{
    Measurement line;
    line.scenario = scenario;
    line.met = false;
    line.note = why;
    return line;
}

/// Partial refunds of one minor unit on records that can take one, each a whole
/// createRefund(): validation, BEGIN IMMEDIATE, the writes and the event, a commit with
/// synchronous=FULL.
void refundLatency(const Setup &setup, QList<Measurement> &table)
{
    const QString scenario = QStringLiteral("Refund issue latency");
    const QString path = writableCopy(setup, QStringLiteral("refunds.db"));
    auto opened = path.isEmpty() ? Result<std::unique_ptr<SqliteStore>>(
                      Error::storage(QStringLiteral("cannot copy the database")))
                                 : SqliteStore::open(path);
    if (!opened) {
        table << failed(scenario, opened.error().message);
        return;
    }
    SqliteStore &store = *opened.value();
    RecordQuery query;
    query.state = RecordState::Paid;
    query.limit = refundsTimed;
    const Result<RecordPage> page = store.listRecords(query);
    if (!page || page->rows.isEmpty()) {
        table << failed(scenario, page ? QStringLiteral("no paid records") : page.error().message);
        return;
    }
    QList<double> times;
    QString problem;
    for (const RecordRow &row : page->rows) {
        RefundRequest request;
        request.paymentRecordId = row.record.id;
        request.amount = 1;
        request.reason = RefundReason::RequestedByCustomer;
        bool ok = true;
        times << timeMs([&] {
            const Result<RefundOutcome> made = store.createRefund(request, benchActor);
            if (!made) {
                ok = false;
                problem = made.error().message;
            }
        });
        if (!ok)
            break;
    }
    opened.value().reset();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    if (!problem.isEmpty()) {
        table << failed(scenario, problem);
        return;
    }
    Measurement p50;
    p50.scenario = QStringLiteral("Refund issue latency, p50");
    p50.ours = {percentile(times, 50)};
    p50.target = QStringLiteral("< 5 ms");
    p50.met = p50.ours.constFirst() < 5;
    p50.note =
        QStringLiteral("%1 partial refunds of one minor unit on paid records").arg(times.size());
    Measurement p99 = p50;
    p99.scenario = QStringLiteral("Refund issue latency, p99");
    p99.ours = {percentile(times, 99)};
    p99.target = QStringLiteral("< 20 ms");
    p99.met = p99.ours.constFirst() < 20;
    table << p50 << p99;
}

/// Month by month over every refund (rows per month and currency), and by reason for each
/// month of the data in turn.
void reports(const Setup &setup, QList<Measurement> &table)
{
    auto opened = SqliteStore::open(setup.database);
    if (!opened) {
        table << failed(QStringLiteral("Reports"), opened.error().message);
        return;
    }
    SqliteStore &store = *opened.value();
    // The demo's refunds fall in the year before 2026-11-01 and the weeks after it.
    ReportQuery all;
    all.from = QDate(2025, 10, 1).startOfDay(QTimeZone::utc()).toSecsSinceEpoch();
    all.to = QDate(2027, 1, 1).startOfDay(QTimeZone::utc()).toSecsSinceEpoch();
    all.groupBy = ReportGroup::Month;

    Measurement byMonth;
    byMonth.scenario = QStringLiteral("Report: every refund by month × currency");
    byMonth.target = QStringLiteral("< 300 ms");
    qint64 refunds = 0;
    for (int i = 0; i < setup.repetitions; ++i) {
        Result<Report> made = Error::storage(QString());
        byMonth.ours << timeMs([&] { made = store.report(all, benchActor); });
        if (!made) {
            table << failed(byMonth.scenario, made.error().message);
            return;
        }
        refunds = 0;
        for (const ReportTotal &total : made->totals)
            refunds += total.count;
    }
    byMonth.met = median(byMonth.ours) < 300;
    byMonth.note = QStringLiteral("%1 refunds, 15 months").arg(refunds);

    Measurement byReason;
    byReason.scenario = QStringLiteral("Report: every refund by month × reason");
    byReason.target = QStringLiteral("< 300 ms");
    const QList<ReportBucket> months = reportBuckets(all);
    for (int i = 0; i < setup.repetitions; ++i) {
        bool ok = true;
        byReason.ours << timeMs([&] {
            for (const ReportBucket &month : months) {
                ReportQuery one = all;
                one.from = month.start;
                one.to = month.stop;
                one.groupBy = ReportGroup::Reason;
                ok = ok && store.report(one, benchActor);
            }
        });
        if (!ok) {
            table << failed(byReason.scenario, QStringLiteral("a report failed"));
            return;
        }
    }
    byReason.met = median(byReason.ours) < 300;
    byReason.note = QStringLiteral("one report by reason per month, %1 in all").arg(months.size());
    table << byMonth << byReason;
}

void verify(const Setup &setup, QList<Measurement> &table)
{
    auto opened = SqliteStore::open(setup.database);
    if (!opened) {
        table << failed(QStringLiteral("verify"), opened.error().message);
        return;
    }
    const auto measure = [&](VerifyDepth depth, const QString &scenario, const QString &target) {
        Measurement line;
        line.scenario = scenario;
        line.target = target;
        for (int i = 0; i < setup.repetitions; ++i) {
            Result<VerifyReport> report = Error::storage(QString());
            line.ours << timeMs([&] { report = opened.value()->verify(depth); });
            if (!report || !report->ok()) {
                return failed(line.scenario,
                              report ? report->problems.value(0) : report.error().message);
            }
            line.note = QStringLiteral("%1 events, %2 records, %3 refunds")
                            .arg(report->eventsChecked)
                            .arg(report->recordsChecked)
                            .arg(report->refundsChecked);
        }
        line.met = depth == VerifyDepth::Full || median(line.ours) < 15'000;
        return line;
    };
    table << measure(VerifyDepth::Quick,
                     QStringLiteral("verify: quick_check, money invariants, hash chain"),
                     QStringLiteral("< 15 s"));
    Measurement full = measure(VerifyDepth::Full,
                               QStringLiteral("verify --full: integrity_check, money "
                                              "invariants, hash chain"),
                               QStringLiteral("informative"));
    full.note += QStringLiteral("; every index entry checked against its row");
    table << full;
}

/// The real desk, started as a child on the demo database, quitting once its payments list
/// painted rows (REFUNDDESK_EXIT_AFTER_FIRST_PAINT): process start to exit, so loading Qt
/// and opening the database count.
void startUp(const Setup &setup, QList<Measurement> &table)
{
    Measurement line;
    line.scenario = QStringLiteral("Start-up to the first painted payments screen");
    line.target = QStringLiteral("< 500 ms");
    const QString config = QDir(setup.folder).filePath(QStringLiteral("config"));
    // Remembered filters or tabs of whoever runs the bench must not change what it opens to.
    QDir(config).removeRecursively();
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config));
    qputenv("REFUNDDESK_EXIT_AFTER_FIRST_PAINT", "1");
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QString inProcess;
    for (int i = 0; i <= setup.repetitions; ++i) {
        const ChildRun run =
            runChild(QStringLiteral(REFUNDDESK_GUI_PATH), {QStringLiteral("--db"), setup.database});
        if (run.exitCode != 0 || !run.output.startsWith("first paint")) {
            line.met = false;
            line.note = QStringLiteral("the desk exited with %1: %2")
                            .arg(run.exitCode)
                            .arg(QString::fromLocal8Bit(run.errors.left(200)));
            break;
        }
        if (i == 0)
            continue; // the first run warms the file cache, as a desk used daily has it
        line.ours << run.wallMs;
        // The desk's own VmHWM: wait4's figure would include this program's memory.
        const QByteArray printed = run.output.trimmed();
        const qsizetype peak = printed.indexOf("peak_kib=");
        line.peakRssKiB = qMax(line.peakRssKiB, printedPeakKiB(printed));
        inProcess = QString::fromLatin1(printed.left(peak >= 0 ? peak : printed.size()))
                        .trimmed()
                        .remove(QRegularExpression(QStringLiteral(",$")));
    }
    qunsetenv("REFUNDDESK_EXIT_AFTER_FIRST_PAINT");
    qunsetenv("XDG_CONFIG_HOME");
    if (line.note.isEmpty()) {
        line.met = median(line.ours) < 500;
        line.note =
            QStringLiteral("process start to exit, offscreen; the desk itself: %1").arg(inProcess);
    }
    table << line;
}

} // namespace

void storeScenarios(const Setup &setup, QList<Measurement> &table)
{
    refundLatency(setup, table);
    reports(setup, table);
    startUp(setup, table);
    verify(setup, table);
}

} // namespace RefundDesk::Bench
