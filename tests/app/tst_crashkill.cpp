// Crash consistency: refunddesk-cli killed with SIGKILL at random moments (seeded) in the
// middle of a large import, a refund, a refund status change and an export. After every
// kill the database opens in a fresh process, verify passes (verify --full every third
// time) and so does SQLite's integrity check, and the operation is wholly there or wholly
// absent: an import's records with its one batch event or none of them, a refund with its
// event or neither, a status change with its event or neither; an export leaves the
// database as it was (or with its one audit event once the file is complete), and the
// destination holds nothing, the previous file, or the whole export - never part of one.
//
// Where a kill lands is measured, not assumed: each operation first runs unkilled three
// times to time when it opens its database (SQLite creates the -shm file) and closes it
// (the file goes away). Three kills in four wait for the open and then strike at a random
// moment of the measured open time (and a tenth beyond); the rest at any moment of the
// run. Each kill is then counted as landing before the open, with the database open, after
// the close, or after the process had exited; only the second kind proves much, and the
// summary says how many of each there were.
//
// REFUNDDESK_LONG=1 runs ten times as many kills (hundreds instead of a few dozen).

#include "../model/importfixtures.h"
#include "clirunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>
#include <sqlite3.h>

using namespace RefundDesk;
using namespace RefundDesk::Testing;
using namespace Qt::StringLiterals;

namespace {

bool longMode()
{
    return qEnvironmentVariableIntValue("REFUNDDESK_LONG") == 1;
}

constexpr int baseRecords = 1500; // in the database every kill starts from
constexpr int importRecords = 2500; // in the file the import kills interrupt
constexpr qint64 baseAmount = 10000;

QString baseId(int index)
{
    return u"pr_base%1"_s.arg(index, 19, 10, QLatin1Char('0'));
}

json paidObjects(const QString &prefix, int count, int width)
{
    json objects = json::array();
    for (int i = 0; i < count; ++i) {
        const std::string id = (prefix + u"%1"_s.arg(i, width, 10, QLatin1Char('0'))).toStdString();
        json record = recordJson(id, "usd", baseAmount);
        record["latest_payment_attempt_record"] = "par_" + id.substr(3);
        objects.push_back(record);
        objects.push_back(attemptJson("par_" + id.substr(3), id, "usd", baseAmount));
    }
    return objects;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

/// Read-only queries by the sqlite3 C API; the database was left by a killed process, so
/// the first query runs WAL recovery.
class Probe
{
    Q_DISABLE_COPY_MOVE(Probe)
public:
    explicit Probe(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr)
            != SQLITE_OK) {
            sqlite3_close(m_db);
            m_db = nullptr;
        }
    }
    ~Probe() { sqlite3_close(m_db); }
    bool isOpen() const { return m_db != nullptr; }

    /// The first column of the first row, as text; "(error: …)" when it failed.
    QString text(const char *sql, const QString &bound = {}) const
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
            return u"(error: %1)"_s.arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
        const QByteArray utf8 = bound.toUtf8();
        if (!bound.isNull())
            sqlite3_bind_text(stmt, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        QString value;
        const int rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        else if (rc != SQLITE_DONE)
            value = u"(error: %1)"_s.arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_finalize(stmt);
        return value;
    }
    qint64 count(const char *sql, const QString &bound = {}) const
    {
        bool ok = false;
        const qint64 value = text(sql, bound).toLongLong(&ok);
        return ok ? value : -1;
    }
    /// Every row of the tables an export must not change, in a stable order.
    QByteArray dump() const
    {
        QByteArray out;
        for (const char *sql :
             {"SELECT group_concat(id || ':' || amount_refunded || ':' || amount_reserved, ',') "
              "FROM (SELECT * FROM payment_records ORDER BY pk)",
              "SELECT group_concat(id || ':' || status || ':' || amount, ',') FROM (SELECT * "
              "FROM refunds ORDER BY pk)",
              "SELECT count(*) || ':' || max(seq) || ':' || hex(max(hash)) FROM events",
              "SELECT count(*) FROM payment_attempts"})
            out += text(sql).toUtf8() + '\n';
        return out;
    }

private:
    sqlite3 *m_db = nullptr;
};

enum class Operation { Import, Refund, Status, Export };

struct Timing
{
    qint64 openUs = 0; ///< the database was open (its -shm file appeared)
    qint64 closeUs = 0; ///< the database was closed again (its -shm file was gone)
    qint64 exitUs = 0; ///< the process had exited
};

/// Started, with output discarded (a killed process cannot be read from anyway).
std::unique_ptr<QProcess> startQuiet(const QStringList &arguments,
                                     const QProcessEnvironment &environment)
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(QStringLiteral(REFUNDDESK_CLI_PATH));
    process->setArguments(arguments);
    process->setProcessEnvironment(environment);
    process->setStandardOutputFile(QProcess::nullDevice());
    process->setStandardErrorFile(QProcess::nullDevice());
    process->start();
    process->waitForStarted();
    return process;
}

/// Waits until the process has the database at `path` open (SQLite creates the -shm file
/// of a WAL database on the first read and removes it on the last close) or has exited;
/// true for the former.
bool waitUntilOpen(QProcess &process, const QString &path)
{
    const QString shm = path + u"-shm"_s;
    while (!QFileInfo::exists(shm)) {
        if (process.waitForFinished(1))
            return false;
    }
    return true;
}

QString nameOf(Operation operation)
{
    switch (operation) {
    case Operation::Import:
        return u"import"_s;
    case Operation::Refund:
        return u"refund"_s;
    case Operation::Status:
        return u"status"_s;
    case Operation::Export:
        return u"export"_s;
    }
    return {};
}

} // namespace

class tst_CrashKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void kill_data();
    void kill();
    void cleanup();
    void cleanupTestCase();

private:
    /// A fresh copy of the template database in its own directory.
    QString freshCopy(QTemporaryDir &dir) const;
    QStringList argumentsOf(Operation operation, const QString &dir) const;
    /// Runs `operation` unkilled on a fresh copy; when it had the database open and when it
    /// exited, in microseconds from its start.
    Timing measure(Operation operation);

    QTemporaryDir m_dir;
    QString m_template;
    QString m_importFile;
    QString m_pendingRefund; ///< a pending refund of baseId(0) in the template
    QByteArray m_exported; ///< what an unkilled export of the template writes
    QHash<int, Timing> m_timing; ///< the median of three unkilled runs

    /// Where the kills of one operation landed, and what they left.
    struct Tally
    {
        int kills = 0;
        int duringStartUp = 0; ///< killed before it had opened the database
        int midway = 0; ///< killed with the database open
        int afterClose = 0; ///< killed after it had closed the database: proves little
        int afterExit = 0; ///< it had exited before the kill: proves nothing
        int present = 0; ///< the operation's change is wholly there afterwards
        int walLeft = 0; ///< the kill left a write-ahead log for the next open to recover
        int tempLeft = 0; ///< exports: a temporary file left beside the destination
    };
    QHash<int, Tally> m_tally;
    int m_kills = 0;
    int m_consistent = 0;
    bool m_failed = false;
};

void tst_CrashKill::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(REFUNDDESK_CLI_PATH)), REFUNDDESK_CLI_PATH);
    m_template = m_dir.filePath(u"template.sqlite"_s);
    const QProcessEnvironment environment = cliEnvironment(m_template, m_dir.path());

    const QString base = m_dir.filePath(u"base.json"_s);
    QVERIFY(writeFile(base, bytes(paidObjects(u"pr_base"_s, baseRecords, 19))));
    const CliRun imported = runCli({u"import"_s, base}, environment);
    QVERIFY2(imported.exitCode == 0, imported.describe());
    QCOMPARE(baseId(0), u"pr_base0000000000000000000"_s);
    // Some money already moved, so the invariants verify checks have something to check.
    for (int i = 1; i <= 5; ++i) {
        const CliRun refund =
            runCli({u"refund"_s, baseId(i), u"--minor"_s, u"2500"_s}, environment);
        QVERIFY2(refund.exitCode == 0, refund.describe());
    }
    const CliRun pending = runCli({u"refund"_s, baseId(0), u"--minor"_s, u"4000"_s}, environment);
    QVERIFY2(pending.exitCode == 0, pending.describe());
    m_pendingRefund = QJsonDocument::fromJson(pending.out).object().value(u"id"_s).toString();
    QVERIFY(m_pendingRefund.startsWith(u"re_"_s));

    m_importFile = m_dir.filePath(u"import.json"_s);
    QVERIFY(writeFile(m_importFile, bytes(paidObjects(u"pr_new"_s, importRecords, 20))));

    // Timings on a shared machine scatter, so each is the median of three runs.
    for (Operation operation :
         {Operation::Import, Operation::Refund, Operation::Status, Operation::Export}) {
        QList<qint64> opened, closed, exited;
        for (int run = 0; run < 3; ++run) {
            const Timing timing = measure(operation);
            QVERIFY(!QTest::currentTestFailed());
            opened << timing.openUs;
            closed << timing.closeUs;
            exited << timing.exitUs;
        }
        for (QList<qint64> *times : {&opened, &closed, &exited})
            std::sort(times->begin(), times->end());
        m_timing.insert(int(operation), Timing {opened.at(1), closed.at(1), exited.at(1)});
        qInfo().noquote() << nameOf(operation) << "has the database open from"
                          << opened.at(1) / 1000 << "to" << closed.at(1) / 1000
                          << "ms and exits after" << exited.at(1) / 1000 << "ms, unkilled";
    }
}

QString tst_CrashKill::freshCopy(QTemporaryDir &dir) const
{
    const QString path = dir.filePath(u"desk.sqlite"_s);
    return QFile::copy(m_template, path) ? path : QString();
}

QStringList tst_CrashKill::argumentsOf(Operation operation, const QString &dir) const
{
    switch (operation) {
    case Operation::Import:
        return {u"import"_s, m_importFile};
    case Operation::Refund:
        return {u"refund"_s, baseId(0), u"--minor"_s, u"700"_s};
    case Operation::Status:
        return {u"refund-status"_s, m_pendingRefund, u"succeeded"_s};
    case Operation::Export:
        return {u"export"_s, u"--out"_s, dir + u"/export.json"_s};
    }
    return {};
}

Timing tst_CrashKill::measure(Operation operation)
{
    QTemporaryDir dir;
    const QString path = freshCopy(dir);
    if (path.isEmpty())
        return {};
    const QProcessEnvironment environment = cliEnvironment(path, dir.path());
    QElapsedTimer timer;
    timer.start();
    const auto process = startQuiet(argumentsOf(operation, dir.path()), environment);
    Timing timing;
    if (waitUntilOpen(*process, path)) {
        timing.openUs = timer.nsecsElapsed() / 1000;
        while (QFileInfo::exists(path + u"-shm"_s) && !process->waitForFinished(1)) { }
        timing.closeUs = timer.nsecsElapsed() / 1000;
    }
    process->waitForFinished();
    timing.exitUs = timer.nsecsElapsed() / 1000;
    [&] {
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                 qPrintable(nameOf(operation) + u" failed unkilled"_s));
        QVERIFY2(timing.openUs > 0,
                 qPrintable(nameOf(operation) + u" never opened the database"_s));
    }();
    if (operation == Operation::Export)
        m_exported = readFile(dir.path() + u"/export.json"_s);
    return timing;
}

void tst_CrashKill::kill_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<int>("kills");
    QTest::addColumn<bool>("previousFile"); // export: a file from before is at the destination
    const int scale = longMode() ? 10 : 1;
    QTest::newRow("import") << int(Operation::Import) << 8 * scale << false;
    QTest::newRow("refund") << int(Operation::Refund) << 8 * scale << false;
    QTest::newRow("status") << int(Operation::Status) << 6 * scale << false;
    QTest::newRow("export, nothing at the destination")
        << int(Operation::Export) << 3 * scale << false;
    QTest::newRow("export over a previous file") << int(Operation::Export) << 3 * scale << true;
}

void tst_CrashKill::kill()
{
    QFETCH(int, operation);
    QFETCH(int, kills);
    QFETCH(bool, previousFile);
    const Operation op = Operation(operation);
    const Timing timing = m_timing.value(operation);
    QVERIFY(timing.closeUs > timing.openUs && timing.exitUs >= timing.closeUs);
    const qint64 workUs = timing.closeUs - timing.openUs;
    QRandomGenerator random(quint32(8003 + operation * 100 + (previousFile ? 1 : 0)));
    const QByteArray previous = "a previous export, complete in its own way\n";

    for (int k = 0; k < kills; ++k) {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = freshCopy(dir);
        QVERIFY(!path.isEmpty());
        QVERIFY(!QFileInfo::exists(path + u"-shm"_s) && !QFileInfo::exists(path + u"-wal"_s));
        const QString destination = dir.filePath(u"export.json"_s);
        if (previousFile)
            QVERIFY(writeFile(destination, previous));
        const QProcessEnvironment environment = cliEnvironment(path, dir.path());

        QByteArray before;
        qint64 recordsBefore = 0, batchesBefore = 0, refundsBefore = 0, createdBefore = 0,
               changedBefore = 0;
        {
            const Probe probe(path);
            QVERIFY(probe.isOpen());
            before = probe.dump();
            recordsBefore = probe.count("SELECT count(*) FROM payment_records");
            batchesBefore = probe.count("SELECT count(*) FROM events WHERE entity_type = 'batch'");
            refundsBefore = probe.count("SELECT count(*) FROM refunds");
            createdBefore =
                probe.count("SELECT count(*) FROM events WHERE action = 'refund.created'");
            changedBefore =
                probe.count("SELECT count(*) FROM events WHERE action = 'refund.status_changed'");
        }

        // Three kills in four are aimed at the work: once the database is open, after a
        // delay spread over the measured time it stays open, and a tenth beyond so that
        // some land after the commit too. The fourth comes at any moment of the whole run,
        // start-up included.
        const bool aimed = random.bounded(4) != 0;
        const qint64 delayUs = aimed ? qint64(random.bounded(quint64(workUs + workUs / 10)))
                                     : qint64(random.bounded(quint64(timing.exitUs)));
        const auto process = startQuiet(argumentsOf(op, dir.path()), environment);
        if (!aimed || waitUntilOpen(*process, path))
            QThread::usleep(quint64(delayUs));
        process->kill(); // SIGKILL
        QVERIFY(process->waitForFinished());
        const bool killed = process->exitStatus() == QProcess::CrashExit;
        // An unkilled run must have succeeded; a killed one has no say.
        QVERIFY2(killed || process->exitCode() == 0,
                 qPrintable(u"exit %1 unkilled"_s.arg(process->exitCode())));
        ++m_kills;
        Tally &tally = m_tally[operation];
        ++tally.kills;
        const int presentBefore = tally.present;
        // The copy has no -shm file; the process makes one when it opens the database and
        // removes it when it closes the database, so only a kill with it open leaves one.
        // Without it, the outcome tells before the open (nothing done) from after the close.
        const bool open = QFileInfo::exists(path + u"-shm"_s);
        // Left before any other process opens the file: frames the next open must recover
        // (committed) or ignore (not committed).
        if (QFileInfo(path + u"-wal"_s).size() > 32)
            ++tally.walLeft;

        // A fresh process opens the database and checks all of it.
        const bool full = k % 3 == 0;
        const CliRun verify = runCli(
            full ? QStringList {u"verify"_s, u"--full"_s} : QStringList {u"verify"_s}, environment);
        const QByteArray where = nameOf(op).toUtf8() + " killed after "
            + QByteArray::number(delayUs) + " us (" + (killed ? "while it ran" : "after it exited")
            + "): ";
        QVERIFY2(verify.exitCode == 0 && verify.outText().contains(u"OK: "_s),
                 where + verify.describe());

        const Probe probe(path);
        QVERIFY(probe.isOpen());
        QVERIFY2(probe.text("PRAGMA integrity_check") == u"ok"_s, where.constData());
        switch (op) {
        case Operation::Import: {
            const qint64 records = probe.count("SELECT count(*) FROM payment_records");
            const qint64 batches =
                probe.count("SELECT count(*) FROM events WHERE entity_type = 'batch'");
            const bool whole = records == recordsBefore + importRecords;
            tally.present += whole ? 1 : 0;
            QVERIFY2(records == recordsBefore || whole,
                     where + QByteArray::number(records) + " records, before "
                         + QByteArray::number(recordsBefore));
            QCOMPARE(batches, batchesBefore + (whole ? 1 : 0));
            QCOMPARE(probe.count("SELECT count(*) FROM payment_attempts"),
                     records); // one attempt each, here
            if (whole) {
                // The batch event names exactly the rows the import brought in.
                QCOMPARE(probe.count("SELECT json_extract(payload, '$.last_pk') - "
                                     "json_extract(payload, '$.first_pk') + 1 FROM events "
                                     "WHERE entity_type = 'batch' ORDER BY seq DESC LIMIT 1"),
                         qint64(importRecords));
                QCOMPARE(
                    probe.count("SELECT count(*) FROM payment_records WHERE id = ?",
                                u"pr_new%1"_s.arg(importRecords - 1, 20, 10, QLatin1Char('0'))),
                    qint64(1));
            }
            break;
        }
        case Operation::Refund: {
            const qint64 refunds = probe.count("SELECT count(*) FROM refunds");
            const qint64 created =
                probe.count("SELECT count(*) FROM events WHERE action = 'refund.created'");
            QVERIFY2(refunds == refundsBefore || refunds == refundsBefore + 1,
                     where + QByteArray::number(refunds));
            QCOMPARE(created - createdBefore, refunds - refundsBefore);
            tally.present += refunds > refundsBefore ? 1 : 0;
            if (refunds > refundsBefore) {
                // The new refund's own event names it.
                const QString id = probe.text("SELECT id FROM refunds ORDER BY pk DESC LIMIT 1");
                QCOMPARE(probe.count("SELECT count(*) FROM events WHERE action = "
                                     "'refund.created' AND entity_id = ?",
                                     id),
                         qint64(1));
                QCOMPARE(probe.count("SELECT amount FROM refunds WHERE id = ?", id), qint64(700));
            }
            break;
        }
        case Operation::Status: {
            const QString status =
                probe.text("SELECT status FROM refunds WHERE id = ?", m_pendingRefund);
            const qint64 changed =
                probe.count("SELECT count(*) FROM events WHERE action = 'refund.status_changed'");
            QVERIFY2(status == u"pending"_s || status == u"succeeded"_s, where + status.toUtf8());
            QCOMPARE(changed - changedBefore, qint64(status == u"succeeded"_s ? 1 : 0));
            tally.present += status == u"succeeded"_s ? 1 : 0;
            QCOMPARE(
                probe.count("SELECT amount_refunded FROM payment_records WHERE id = ?", baseId(0)),
                status == u"succeeded"_s ? qint64(4000) : qint64(0));
            break;
        }
        case Operation::Export: {
            const QByteArray after = probe.dump();
            const qint64 exportEvents =
                probe.count("SELECT count(*) FROM events WHERE action = 'export'");
            QVERIFY2(exportEvents == 0 || exportEvents == 1, where.constData());
            if (exportEvents == 0)
                QVERIFY2(after == before, where + "\nbefore:\n" + before + "after:\n" + after);
            // The destination holds the previous file, nothing, or the whole export.
            const bool exists = QFileInfo::exists(destination);
            const QByteArray written = exists ? readFile(destination) : QByteArray();
            const bool complete = exists && written == m_exported;
            const bool untouched = previousFile ? exists && written == previous : !exists;
            QVERIFY2(complete || untouched,
                     where + "the destination holds " + QByteArray::number(written.size())
                         + " bytes, neither the previous file nor the whole export ("
                         + QByteArray::number(m_exported.size()) + " bytes)");
            // The audit event is written only after the file is in place.
            if (exportEvents == 1)
                QVERIFY2(complete, where.constData());
            tally.present += complete ? 1 : 0;
            const QStringList leftovers =
                QDir(dir.path()).entryList({u"export.json.*"_s}, QDir::Files);
            tally.tempLeft += leftovers.isEmpty() ? 0 : 1;
            break;
        }
        }
        if (!killed)
            ++tally.afterExit;
        else if (open)
            ++tally.midway;
        else if (tally.present > presentBefore)
            ++tally.afterClose;
        else
            ++tally.duringStartUp;
        ++m_consistent;
    }
}

void tst_CrashKill::cleanup()
{
    m_failed = m_failed || QTest::currentTestFailed();
}

void tst_CrashKill::cleanupTestCase()
{
    int midway = 0;
    for (Operation operation :
         {Operation::Import, Operation::Refund, Operation::Status, Operation::Export}) {
        const Tally t = m_tally.value(int(operation));
        midway += t.midway;
        const QString temp = operation == Operation::Export
            ? u", %1 a temporary file beside the destination"_s.arg(t.tempLeft)
            : QString();
        qInfo().noquote() << u"crashkill: %1: %2 kills (database open %3 to %4 ms, exit at %5 "
                             "ms): %6 with the database open, %7 before it was opened, %8 after "
                             "it was closed, %9 after the process had exited"_s
                                 .arg(nameOf(operation))
                                 .arg(t.kills)
                                 .arg(m_timing.value(int(operation)).openUs / 1000)
                                 .arg(m_timing.value(int(operation)).closeUs / 1000)
                                 .arg(m_timing.value(int(operation)).exitUs / 1000)
                                 .arg(t.midway)
                                 .arg(t.duringStartUp)
                                 .arg(t.afterClose)
                                 .arg(t.afterExit);
        qInfo().noquote() << u"crashkill: %1 afterwards: wholly there %2, wholly absent %3; %4 "
                             "left a write-ahead log to recover%5"_s.arg(nameOf(operation))
                                 .arg(t.present)
                                 .arg(t.kills - t.present)
                                 .arg(t.walLeft)
                                 .arg(temp);
    }
    qInfo().noquote() << u"reliability: crashkill: %1 kills (%2 import, %3 refund, %4 status, "
                         "%5 export), %6 consistent, %7 mid-operation, result %8"_s.arg(m_kills)
                             .arg(m_tally.value(int(Operation::Import)).kills)
                             .arg(m_tally.value(int(Operation::Refund)).kills)
                             .arg(m_tally.value(int(Operation::Status)).kills)
                             .arg(m_tally.value(int(Operation::Export)).kills)
                             .arg(m_consistent)
                             .arg(midway)
                             .arg(m_failed || m_consistent != m_kills ? u"fail"_s : u"pass"_s);
}

QTEST_GUILESS_MAIN(tst_CrashKill)
#include "tst_crashkill.moc"
