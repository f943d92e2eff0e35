// Import and export (issue 7): RefundDesk's importer and exporter, each in a child process of
// its own for wall time and peak RSS, beside what the same work costs at its limit: nlohmann's
// SAX parser alone, that parser feeding a raw sqlite3 prepared insert, and sqlite3 -json. This
// file runs and judges them; the children are in importchildren.cpp and rawinsertchild.cpp.

#include "bench.h"
#include "store/rowreaders.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

#include <algorithm>
#include <array>
#include <cstdio>
#include <sqlite3.h>
#include <vector>

namespace RefundDesk::Bench {
namespace {

QString seconds(double ms)
{
    return ms >= 1000 ? QStringLiteral("%1 s").arg(ms / 1000, 0, 'f', 1)
                      : QStringLiteral("%1 ms").arg(ms, 0, 'f', 0);
}

QString megabytes(qint64 kib)
{
    return QStringLiteral("%1 MB").arg(double(kib) / 1024, 0, 'f', 0);
}

QString firstLine(const QByteArray &text)
{
    const QString line = QString::fromLocal8Bit(text).trimmed().section(u'\n', 0, 0);
    return line.isEmpty() ? QStringLiteral("no message") : line;
}

/// "objects=3 records=1" as a child prints it; -1 for a count it did not print.
qint64 countOf(const QByteArray &output, const char *name)
{
    for (const QByteArray &word : output.simplified().split(' ')) {
        const qsizetype equals = word.indexOf('=');
        if (equals > 0 && word.left(equals) == name)
            return word.mid(equals + 1).toLongLong();
    }
    return -1;
}

struct Rows
{
    qint64 records = -1;
    qint64 objects = -1; ///< records, attempts and refunds
    qint64 searchable = -1; ///< rows in the search index
    QString error;
};

/// Counts by SQL, outside any timing: what the data holds, and what an import left.
Rows countRows(const QString &path, bool search)
{
    Rows rows;
    sqlite3 *db = nullptr;
    const QByteArray name = QFile::encodeName(path);
    if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        rows.error =
            QStringLiteral("cannot open %1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_close(db);
        return rows;
    }
    const char *sql = search ? "SELECT (SELECT count(*) FROM payment_records), "
                               "(SELECT count(*) FROM payment_attempts) + "
                               "(SELECT count(*) FROM refunds), "
                               "(SELECT count(*) FROM payment_search)"
                             : "SELECT (SELECT count(*) FROM payment_records), "
                               "(SELECT count(*) FROM payment_attempts) + "
                               "(SELECT count(*) FROM refunds), -1";
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW) {
        rows.records = sqlite3_column_int64(statement, 0);
        rows.objects = rows.records + sqlite3_column_int64(statement, 1);
        rows.searchable = sqlite3_column_int64(statement, 2);
    } else {
        rows.error = QStringLiteral("cannot count the rows of %1: %2")
                         .arg(path, QString::fromUtf8(sqlite3_errmsg(db)));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return rows;
}

/// A child's peak resident set as it measured it itself, else as wait4 saw it.
qint64 peakOf(const ChildRun &run)
{
    const qint64 own = printedPeakKiB(run.output);
    return own > 0 ? own : run.peakRssKiB;
}

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

/// What a child run contributes: its time when it did the whole work, else a problem.
struct Checked
{
    bool ok = false;
    QString problem;
};

Checked check(const char *what, const ChildRun &run, qint64 objects, qint64 expectedObjects,
              qint64 records, qint64 expectedRecords)
{
    if (run.exitCode != 0)
        return {false,
                QStringLiteral("%1 failed (exit %2): %3")
                    .arg(QLatin1String(what))
                    .arg(run.exitCode)
                    .arg(firstLine(run.errors))};
    if (objects != expectedObjects && expectedObjects >= 0)
        return {false,
                QStringLiteral("%1 counted %2 objects, not %3")
                    .arg(QLatin1String(what))
                    .arg(objects)
                    .arg(expectedObjects)};
    if (records != expectedRecords && expectedRecords >= 0)
        return {false,
                QStringLiteral("%1 counted %2 payment records, not %3")
                    .arg(QLatin1String(what))
                    .arg(records)
                    .arg(expectedRecords)};
    return {true, {}};
}

void addProblem(QStringList &problems, const QString &problem)
{
    if (!problem.isEmpty() && !problems.contains(problem))
        problems << problem;
}

void progress(const char *what, const QString &label, int repetition, int of, double ms)
{
    std::fprintf(stderr, "  %s (%s) %d/%d: %s\n", what, qPrintable(label), repetition, of,
                 qPrintable(seconds(ms)));
}

/// Import of one file beside its two baselines, run in turn so each meets the same caches.
void importFile(const Setup &setup, const Rows &expected, const QString &path, const QString &label,
                QList<Measurement> &table)
{
    const QString count = QLocale(QLocale::English).toString(setup.records);
    Measurement import;
    import.scenario = QStringLiteral("Import %1 records (%2)").arg(count, label);
    import.baselineName = QStringLiteral("nlohmann SAX parse");
    import.target = QStringLiteral("≤ 1.6 × parse, < 200 MB");
    import.peakRssKiB = 0;
    Measurement raw;
    raw.scenario = QStringLiteral("Parse + raw sqlite3 insert (%1)").arg(label);
    raw.baselineName = import.baselineName;
    raw.target = QStringLiteral("informative");
    raw.peakRssKiB = 0;
    QStringList importProblems, rawProblems;
    qint64 parseRss = 0;

    const QString database = QDir(setup.folder).filePath(QStringLiteral("import-bench.db"));
    warm(path);
    for (int repetition = 1; repetition <= setup.repetitions; ++repetition) {
        const ChildRun parse =
            runChild(setup.self, {QStringLiteral("--child"), QStringLiteral("sax-parse"), path});
        const Checked parsed =
            check("sax-parse", parse, countOf(parse.output, "objects"), expected.objects,
                  countOf(parse.output, "records"), setup.records);
        progress("sax-parse", label, repetition, setup.repetitions, parse.wallMs);
        if (parsed.ok) {
            import.baseline << parse.wallMs;
            raw.baseline << parse.wallMs;
            parseRss = std::max(parseRss, peakOf(parse));
        } else {
            addProblem(importProblems, parsed.problem);
            addProblem(rawProblems, parsed.problem);
        }

        removeDatabase(database);
        const ChildRun imported = runChild(
            setup.self, {QStringLiteral("--child"), QStringLiteral("import"), path, database});
        progress("import", label, repetition, setup.repetitions, imported.wallMs);
        Checked importedOk = check("import", imported, countOf(imported.output, "objects"),
                                   expected.objects, -1, -1);
        if (importedOk.ok) {
            // Searchable when it returned: every record is in the search index.
            const Rows left = countRows(database, true);
            if (!left.error.isEmpty())
                importedOk = {false, left.error};
            else if (left.records != setup.records || left.searchable != setup.records)
                importedOk = {false,
                              QStringLiteral("import left %1 payment records, %2 of them "
                                             "searchable, not %3")
                                  .arg(left.records)
                                  .arg(left.searchable)
                                  .arg(setup.records)};
        }
        if (importedOk.ok) {
            import.ours << imported.wallMs;
            import.peakRssKiB = std::max(import.peakRssKiB, peakOf(imported));
        } else {
            addProblem(importProblems, importedOk.problem);
        }
        removeDatabase(database);

        const ChildRun inserted = runChild(
            setup.self, {QStringLiteral("--child"), QStringLiteral("raw-insert"), path, database});
        progress("raw-insert", label, repetition, setup.repetitions, inserted.wallMs);
        const Checked insertedOk =
            check("raw-insert", inserted, countOf(inserted.output, "objects"), expected.objects,
                  countOf(inserted.output, "records"), setup.records);
        if (insertedOk.ok) {
            raw.ours << inserted.wallMs;
            raw.peakRssKiB = std::max(raw.peakRssKiB, peakOf(inserted));
        } else {
            addProblem(rawProblems, insertedOk.problem);
        }
        removeDatabase(database);
    }

    const double parseMs = median(import.baseline);
    const double importMs = median(import.ours);
    const double rawMs = median(raw.ours);
    import.met = importProblems.isEmpty() && !import.ours.isEmpty() && !import.baseline.isEmpty()
        && importMs <= 1.6 * parseMs && import.peakRssKiB < 200 * 1024;
    QStringList importNotes = importProblems;
    if (!raw.ours.isEmpty() && !import.ours.isEmpty()) {
        importNotes << QStringLiteral("%1× the raw parse + insert (%2), which builds no search "
                                      "index")
                           .arg(importMs / rawMs, 0, 'f', 2)
                           .arg(seconds(rawMs));
    }
    if (parseRss > 0)
        importNotes << QStringLiteral("the SAX parse alone peaks at %1").arg(megabytes(parseRss));
    import.note = importNotes.join(QStringLiteral("; "));
    if (import.ours.isEmpty())
        import.peakRssKiB = -1;

    raw.met = rawProblems.isEmpty() && !raw.ours.isEmpty();
    QStringList rawNotes = rawProblems;
    rawNotes << QStringLiteral(
        "a second baseline: the same SAX parse, and one prepared INSERT per payment record into "
        "the store's schema and B-tree indexes in one transaction (synchronous=FULL, the store's "
        "bulk cache, temp_store=MEMORY); the columns the importer writes and amount_refunded; no "
        "validation, attempts, refunds, events or search index");
    raw.note = rawNotes.join(QStringLiteral("; "));
    if (raw.ours.isEmpty())
        raw.peakRssKiB = -1;
    table << import << raw;
}

} // namespace

void importScenarios(const Setup &setup, QList<Measurement> &table)
{
    const Rows expected = countRows(setup.database, false);
    if (!expected.error.isEmpty()) {
        Measurement line;
        line.scenario = QStringLiteral("Import");
        line.met = false;
        line.note = expected.error;
        table << line;
        return;
    }
    importFile(setup, expected, setup.arrayFile, QStringLiteral("array"), table);
    importFile(setup, expected, setup.linesFile, QStringLiteral("JSON Lines"), table);
}

void exportScenarios(const Setup &setup, QList<Measurement> &table)
{
    const QString count = QLocale(QLocale::English).toString(setup.records);
    const Rows expected = countRows(setup.database, false);
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    // The rows and columns the exporter reads (SqliteStore::scan), in the same order.
    const QString sql = QStringLiteral(
        "SELECT " REFUNDDESK_RECORD_COLUMNS " FROM payment_records p ORDER BY p.pk; "
        "SELECT " REFUNDDESK_ATTEMPT_COLUMNS " FROM payment_attempts a ORDER BY a.pk; "
        "SELECT " REFUNDDESK_REFUND_COLUMNS " FROM refunds r ORDER BY r.pk;");

    struct Format
    {
        QString argument;
        Measurement line;
        QStringList problems;
        qint64 bytes = 0;
    };
    std::array<Format, 2> formats {
        {{QStringLiteral("array"), {}, {}, 0}, {QStringLiteral("lines"), {}, {}, 0}}};
    formats[0].line.scenario = QStringLiteral("Export %1 records (array)").arg(count);
    formats[1].line.scenario = QStringLiteral("Export %1 records (JSON Lines)").arg(count);
    for (Format &format : formats) {
        format.line.baselineName = QStringLiteral("sqlite3 -json");
        format.line.target = QStringLiteral("≤ 1.0 × sqlite3 -json");
        format.line.peakRssKiB = 0;
        if (!expected.error.isEmpty())
            format.problems << expected.error;
        if (sqlite3.isEmpty())
            format.problems << QStringLiteral("no sqlite3 program on PATH (Debian: apt install "
                                              "sqlite3), so no baseline");
    }
    qint64 baselineBytes = 0;
    QStringList baselineProblems;

    const QString output = QDir(setup.folder).filePath(QStringLiteral("export-bench.json"));
    warm(setup.database);
    for (int repetition = 1; expected.error.isEmpty() && repetition <= setup.repetitions;
         ++repetition) {
        if (!sqlite3.isEmpty()) {
            const ChildRun dumped = runChild(
                sqlite3,
                {QStringLiteral("-readonly"), QStringLiteral("-json"), setup.database, sql},
                output);
            progress("sqlite3 -json", QStringLiteral("same rows"), repetition, setup.repetitions,
                     dumped.wallMs);
            if (dumped.exitCode == 0 && dumped.errors.isEmpty()) {
                for (Format &format : formats)
                    format.line.baseline << dumped.wallMs;
                baselineBytes = QFileInfo(output).size();
            } else {
                addProblem(baselineProblems,
                           QStringLiteral("sqlite3 -json failed (exit %1): %2")
                               .arg(dumped.exitCode)
                               .arg(firstLine(dumped.errors)));
            }
            QFile::remove(output);
        }
        for (Format &format : formats) {
            const ChildRun exported = runChild(setup.self,
                                               {QStringLiteral("--child"), QStringLiteral("export"),
                                                setup.database, output, format.argument});
            progress("export", format.argument, repetition, setup.repetitions, exported.wallMs);
            const Checked ok =
                check("export", exported, countOf(exported.output, "objects"), expected.objects,
                      countOf(exported.output, "records"), setup.records);
            if (ok.ok) {
                format.line.ours << exported.wallMs;
                format.line.peakRssKiB = std::max(format.line.peakRssKiB, peakOf(exported));
                format.bytes = QFileInfo(output).size();
            } else {
                addProblem(format.problems, ok.problem);
            }
            QFile::remove(output);
        }
    }

    for (Format &format : formats) {
        Measurement &line = format.line;
        for (const QString &problem : std::as_const(baselineProblems))
            addProblem(format.problems, problem);
        line.met = format.problems.isEmpty() && !line.ours.isEmpty() && !line.baseline.isEmpty()
            && median(line.ours) <= median(line.baseline);
        QStringList notes = format.problems;
        if (format.bytes > 0 && baselineBytes > 0) {
            notes << QStringLiteral("records, attempts and refunds: ours writes %1 MB through "
                                    "QSaveFile (fdatasync, rename) as the CLI and GUI do; "
                                    "sqlite3 -json %2 MB of the same rows and stored columns to "
                                    "a redirected standard output")
                         .arg(double(format.bytes) / 1e6, 0, 'f', 0)
                         .arg(double(baselineBytes) / 1e6, 0, 'f', 0);
        }
        line.note = notes.join(QStringLiteral("; "));
        if (line.ours.isEmpty())
            line.peakRssKiB = -1;
        table << line;
    }
}

void warm(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    QByteArray chunk(4 << 20, Qt::Uninitialized);
    while (file.read(chunk.data(), chunk.size()) > 0) { }
}

} // namespace RefundDesk::Bench
