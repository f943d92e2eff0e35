// Many refunddesk-cli processes against one database file at once, round after round:
// - mixedWorkload: refunds (partial and full) on a few shared records, status changes
//   (succeeded -> failed makes money refundable again), imports of new records and
//   re-imports of the shared ones, with verify and export beside them;
// - signedInWorkload: the same with users, so every call also records its sign-in: an
//   agent's refunds above their limit wait for approval, a supervisor approves or rejects
//   them, the admin changes the agent's limit, an unknown user's sign-ins fail;
// - writeLockHeldElsewhere: another process holds the write lock; readers must not wait
//   for it, writers wait and then get through.
// Every call must succeed or be refused by a rule with one clear line; a busy database is
// waited for within the store's bound and never reaches the user as "database is locked".
// Afterwards verify passes, no record has more refunded or reserved than guaranteed, and
// the stored refunds, statuses and events match exactly what the calls reported.
//
// REFUNDDESK_LONG=1 runs many more rounds, and also holds the write lock for longer than
// one busy timeout (so the store's own bounded retry of BEGIN IMMEDIATE must carry the
// writers through).

#include "../model/importfixtures.h"
#include "clirunner.h"
#include "clisignin.h"
#include "domain/refundlifecycle.h"
#include "store/sqlitestore.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <sqlite3.h>
#include <vector>

using namespace RefundDesk;
using namespace RefundDesk::Testing;
using namespace Qt::StringLiterals;

namespace {

bool longMode()
{
    return qEnvironmentVariableIntValue("REFUNDDESK_LONG") == 1;
}

constexpr int sharedRecords = 4;
constexpr qint64 guaranteed = 10000; // usd minor units per shared record
constexpr int freshRecordsPerFile = 40;

QString sharedId(int index)
{
    return u"pr_shared%1"_s.arg(index, 17, 10, QLatin1Char('0'));
}

json sharedFile()
{
    json objects = json::array();
    for (int i = 0; i < sharedRecords; ++i) {
        const std::string id = sharedId(i).toStdString();
        json record = recordJson(id, "usd", guaranteed);
        record["latest_payment_attempt_record"] = "par_" + id.substr(3);
        objects.push_back(record);
        objects.push_back(attemptJson("par_" + id.substr(3), id, "usd", guaranteed));
    }
    return objects;
}

json freshFile(int round, int slot)
{
    json objects = json::array();
    for (int i = 0; i < freshRecordsPerFile; ++i) {
        const std::string id = QStringLiteral("pr_fresh%1x%2x%3")
                                   .arg(round, 5, 10, QLatin1Char('0'))
                                   .arg(slot, 2, 10, QLatin1Char('0'))
                                   .arg(i, 4, 10, QLatin1Char('0'))
                                   .toStdString();
        objects.push_back(recordJson(id, "eur", 5000 + i));
        objects.push_back(attemptJson("par_" + id.substr(3), id, "eur", 5000 + i));
    }
    return objects;
}

bool writeFile(const QString &path, const json &objects)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes(objects)) >= 0;
}

/// What a call of the mixed workload does.
enum class Kind { RefundPartial, RefundFull, Status, ImportFresh, Reimport, Verify, Export };

struct Call
{
    Kind kind;
    QStringList arguments;
    std::unique_ptr<QProcess> process;
    QString refundId; // status changes: which refund
    RefundStatus to {}; // status changes: to what
    bool allowed = false; // status changes: the lifecycle allows it from the last known status
};

/// One statement's single integer, by the sqlite3 C API on a read-only connection.
qint64 scalar(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    qint64 value = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW)
            value = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return value;
}

/// True when verify's last line says OK for exactly these numbers of records and refunds
/// (read without commas, so without the locale's digit grouping: "4,364 records").
bool verifiedOk(const CliRun &verify, qint64 records, qint64 refunds)
{
    QString text = verify.outText();
    text.remove(u',');
    return verify.exitCode == 0
        && text.contains(u"OK: %1 records %2 refunds"_s.arg(records).arg(refunds));
}

bool mentionsLocking(const CliRun &run)
{
    const QString text = (run.outText() + run.errText()).toLower();
    return text.contains(u"locked"_s) || text.contains(u"busy"_s);
}

} // namespace

class tst_ProcessRace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mixedWorkload();
    void signedInWorkload();
    void writeLockHeldElsewhere_data();
    void writeLockHeldElsewhere();
    void cleanup();
    void cleanupTestCase();

private:
    /// Counts one finished call; false (with the reason in `why`) when it failed in a way no
    /// call may: a storage failure, a crash, locking text, or not one clear error line.
    bool account(const CliRun &run, QByteArray &why);

    int m_processes = 0;
    int m_calls = 0;
    int m_ok = 0;
    int m_refused = 0;
    int m_other = 0;
    bool m_failed = false;
};

void tst_ProcessRace::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(REFUNDDESK_CLI_PATH)), REFUNDDESK_CLI_PATH);
}

bool tst_ProcessRace::account(const CliRun &run, QByteArray &why)
{
    ++m_calls;
    if (run.exitCode == 0) {
        ++m_ok;
    } else if (run.exitCode == 1 && isOneErrorLine(run.err)) {
        ++m_refused;
    } else {
        ++m_other;
        why = "neither success nor one clear refusal: " + run.describe();
        return false;
    }
    if (mentionsLocking(run)) {
        why = "locking leaked to the user: " + run.describe();
        return false;
    }
    return true;
}

void tst_ProcessRace::mixedWorkload()
{
    const int processes = 7;
    const int rounds = longMode() ? 150 : 8;
    m_processes = qMax(m_processes, processes);
    const quint32 seed = 8002;
    QRandomGenerator random(seed);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"race.sqlite"_s);
    const QProcessEnvironment environment = cliEnvironment(path, dir.path());
    const QString shared = dir.filePath(u"shared.json"_s);
    QVERIFY(writeFile(shared, sharedFile()));
    const CliRun seeded = runCli({u"import"_s, shared}, environment);
    QVERIFY2(seeded.exitCode == 0, seeded.describe());

    QHash<QString, RefundStatus> known; // refund id -> last status a call reported
    QHash<QString, qint64> amounts; // refund id -> amount its creating call reported
    QHash<QString, QString> paymentOf; // refund id -> its payment
    int statusChanges = 0, freshImports = 0;

    for (int round = 0; round < rounds; ++round) {
        std::vector<Call> calls;
        QSet<QString>
            changedThisRound; // one status change per refund and round: the order is then known
        for (int slot = 0; slot < processes; ++slot) {
            Call call;
            const int pick = int(random.bounded(100));
            const QString record = sharedId(int(random.bounded(sharedRecords)));
            if (pick < 30) {
                call.kind = Kind::RefundPartial;
                call.arguments = {u"refund"_s, record, u"--minor"_s,
                                  QString::number(100 + random.bounded(3900))};
            } else if (pick < 40) {
                call.kind = Kind::RefundFull;
                call.arguments = {u"refund"_s, record, u"--full"_s};
            } else if (pick < 68 && !known.isEmpty()) {
                const QStringList ids = known.keys();
                QString id = ids.at(int(random.bounded(qsizetype(ids.size()))));
                if (changedThisRound.contains(id))
                    id.clear();
                if (!id.isEmpty()) {
                    changedThisRound.insert(id);
                    // Mostly the moves that change money: to succeeded, and from succeeded to
                    // failed; now and then a move the lifecycle refuses.
                    static const RefundStatus targets[] = {
                        RefundStatus::Succeeded,      RefundStatus::Failed,
                        RefundStatus::Failed,         RefundStatus::Canceled,
                        RefundStatus::RequiresAction, RefundStatus::Pending,
                    };
                    call.kind = Kind::Status;
                    call.refundId = id;
                    call.to = targets[random.bounded(int(std::size(targets)))];
                    call.allowed = RefundLifecycle::canTransition(known.value(id), call.to);
                    call.arguments = {u"refund-status"_s, id, toString(call.to)};
                    if (call.to == RefundStatus::Failed)
                        call.arguments << u"--failure-reason"_s << u"declined"_s;
                } else {
                    call.kind = Kind::Verify;
                    call.arguments = {u"verify"_s};
                }
            } else if (pick < 78) {
                call.kind = Kind::ImportFresh;
                const QString file = dir.filePath(u"fresh-%1-%2.json"_s.arg(round).arg(slot));
                QVERIFY(writeFile(file, freshFile(round, slot)));
                call.arguments = {u"import"_s, file};
            } else if (pick < 88) {
                call.kind = Kind::Reimport;
                call.arguments = {u"import"_s, shared};
            } else if (pick < 95) {
                call.kind = Kind::Verify;
                call.arguments = {u"verify"_s};
            } else {
                call.kind = Kind::Export;
                call.arguments = {u"export"_s, u"--out"_s,
                                  dir.filePath(u"export-%1.json"_s.arg(slot))};
            }
            calls.push_back(std::move(call));
        }
        for (Call &call : calls)
            call.process = startCli(call.arguments, environment);

        for (Call &call : calls) {
            const CliRun run = finishCli(*call.process);
            QByteArray why;
            if (!account(run, why))
                QFAIL(QByteArray(call.arguments.join(u' ').toUtf8() + ": " + why).constData());
            switch (call.kind) {
            case Kind::RefundPartial:
            case Kind::RefundFull:
                if (run.exitCode == 0) {
                    const QJsonObject created = QJsonDocument::fromJson(run.out).object();
                    const QString id = created.value(u"id"_s).toString();
                    if (id.isEmpty() || known.contains(id)
                        || created.value(u"status"_s).toString() != u"pending"_s)
                        QFAIL(QByteArray("a refund's output is not one new pending refund: "
                                         + run.describe())
                                  .constData());
                    known.insert(id, RefundStatus::Pending);
                    amounts.insert(id, created.value(u"amount"_s).toInteger());
                    paymentOf.insert(id, call.arguments.at(1));
                } else if (!run.errText().contains(u"exceeds"_s)
                           && !run.errText().contains(u"Nothing is left"_s)) {
                    QFAIL(QByteArray("a refund was refused for another reason than the money: "
                                     + run.describe())
                              .constData());
                }
                break;
            case Kind::Status:
                // The last status is known exactly (one change per refund and round), so
                // the lifecycle decides: an allowed move succeeds, a refused one is a rule.
                if ((run.exitCode == 0) != call.allowed)
                    QFAIL(QByteArray("status change " + call.arguments.join(u' ').toUtf8()
                                     + " from " + toString(known.value(call.refundId)).toUtf8()
                                     + ": " + run.describe())
                              .constData());
                if (run.exitCode == 0) {
                    known.insert(call.refundId, call.to);
                    ++statusChanges;
                }
                break;
            case Kind::ImportFresh:
                if (run.exitCode != 0)
                    QFAIL(QByteArray("an import of new records failed: " + run.describe())
                              .constData());
                ++freshImports;
                break;
            case Kind::Reimport:
            case Kind::Verify:
            case Kind::Export:
                if (run.exitCode != 0)
                    QFAIL(
                        QByteArray("a reader or re-import failed: " + run.describe()).constData());
                break;
            }
        }
    }

    const CliRun verify = runCli({u"verify"_s, u"--full"_s}, environment);
    QVERIFY2(verifiedOk(verify, sharedRecords + freshImports * freshRecordsPerFile, known.size()),
             "expected " + QByteArray::number(sharedRecords + freshImports * freshRecordsPerFile)
                 + " records and " + QByteArray::number(known.size())
                 + " refunds: " + verify.describe());

    auto store = SqliteStore::open(path, SqliteStore::Mode::ReadOnly);
    QVERIFY2(store, qPrintable(errorOf(store)));
    int storedRefunds = 0;
    for (int i = 0; i < sharedRecords; ++i) {
        const auto record = store.value()->record(sharedId(i));
        QVERIFY(record);
        const auto refunds = store.value()->refundsOf(sharedId(i));
        QVERIFY(refunds);
        qint64 succeeded = 0, reserved = 0;
        for (const Refund &refund : refunds.value()) {
            ++storedRefunds;
            QVERIFY2(known.contains(refund.id), qPrintable(refund.id));
            QCOMPARE(refund.paymentRecordId, paymentOf.value(refund.id));
            QCOMPARE(refund.amount, amounts.value(refund.id));
            QCOMPARE(toString(refund.status), toString(known.value(refund.id)));
            if (refund.status == RefundStatus::Succeeded)
                succeeded += refund.amount;
            else if (refund.status == RefundStatus::Pending
                     || refund.status == RefundStatus::RequiresAction
                     || refund.status == RefundStatus::AwaitingApproval)
                reserved += refund.amount;
        }
        QVERIFY2(succeeded + reserved <= guaranteed,
                 qPrintable(u"%1: %2 refunded and %3 reserved of %4"_s.arg(sharedId(i))
                                .arg(succeeded)
                                .arg(reserved)
                                .arg(guaranteed)));
        QCOMPARE(record->amountRefunded, succeeded);
        QCOMPARE(record->amountReserved, reserved);
    }
    QCOMPARE(storedRefunds, known.size());
    store = Result<std::unique_ptr<SqliteStore>>(Error::storage(u"closed"_s));

    QCOMPARE(scalar(path, "SELECT count(*) FROM events WHERE action = 'refund.created'"),
             qint64(known.size()));
    QCOMPARE(scalar(path, "SELECT count(*) FROM events WHERE action = 'refund.status_changed'"),
             qint64(statusChanges));
    QCOMPARE(scalar(path, "SELECT count(*) FROM payment_records"),
             qint64(sharedRecords + freshImports * freshRecordsPerFile));
    QVERIFY2(statusChanges > 0 && freshImports > 0 && m_refused > 0,
             "the workload must change statuses, import and run out of money");
}

// The same kind of race with users: every call signs in (a write: the sign-in is recorded),
// an agent's refunds above their limit wait for approval with the amount reserved, a
// supervisor approves or rejects them, the admin changes the agent's limit meanwhile, and
// an unknown user's failed sign-ins are recorded too.
void tst_ProcessRace::signedInWorkload()
{
    const int processes = 5;
    const int rounds = longMode() ? 40 : 2; // each sign-in hashes with Argon2id
    m_processes = qMax(m_processes, processes);
    QRandomGenerator random(8004);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"users.sqlite"_s);
    const QProcessEnvironment environment = cliEnvironment(path, dir.path());
    const QString shared = dir.filePath(u"shared.json"_s);
    QVERIFY(writeFile(shared, sharedFile()));
    const CliRun seeded = runCli({u"import"_s, shared}, environment);
    QVERIFY2(seeded.exitCode == 0, seeded.describe());
    const QList<QStringList> users {
        {u"ada"_s, u"--role"_s, u"admin"_s},
        {u"sue"_s, u"--role"_s, u"supervisor"_s},
        {u"arno"_s, u"--role"_s, u"agent"_s, u"--limit"_s, u"usd=20.00"_s},
    };
    for (const QStringList &user : users) {
        const QString actor = user.first() == u"ada"_s ? QString() : u"ada"_s;
        const CliRun added = runAs(
            actor, QStringList {u"users"_s, u"add"_s} + user + QStringList {u"--password-stdin"_s},
            environment, passwordOf(user.first()).toUtf8() + '\n');
        QVERIFY2(added.exitCode == 0, added.describe());
    }
    const auto startAs = [&environment](const QString &user, const QStringList &arguments) {
        auto process = startCli(QStringList {u"--as"_s, user} + arguments,
                                passwordEnvironment(environment, passwordOf(user)));
        process->closeWriteChannel();
        return process;
    };

    QHash<QString, QString> status; // refund id -> its status as the calls reported it
    // ada signed in to add the other two users.
    int signIns = int(users.size()) - 1, failedSignIns = 0, approved = 0, rejected = 0;
    for (int round = 0; round < rounds; ++round) {
        struct Pending
        {
            QString user;
            QStringList arguments;
            std::unique_ptr<QProcess> process;
            QString decided; // approve/reject: the refund
        };
        std::vector<Pending> calls;
        QStringList awaiting;
        for (auto it = status.cbegin(); it != status.cend(); ++it) {
            if (it.value() == u"awaiting_approval"_s)
                awaiting << it.key();
        }
        for (int slot = 0; slot < processes; ++slot) {
            Pending call;
            const int pick = int(random.bounded(100));
            if (pick < 40) {
                call.user = u"arno"_s;
                call.arguments = {u"refund"_s, sharedId(int(random.bounded(sharedRecords))),
                                  u"--minor"_s, QString::number(500 + random.bounded(3500))};
            } else if (pick < 75 && !awaiting.isEmpty()) {
                call.user = u"sue"_s;
                call.decided = awaiting.takeAt(random.bounded(awaiting.size()));
                call.arguments = pick < 65
                    ? QStringList {u"approve"_s, call.decided}
                    : QStringList {u"reject"_s, call.decided, u"--note"_s, u"race"_s};
            } else if (pick < 85) {
                call.user = u"ada"_s;
                call.arguments = {u"users"_s, u"set-limits"_s, u"arno"_s, u"--limit"_s,
                                  random.bounded(2) ? u"usd=20.00"_s : u"usd=30.00"_s};
            } else if (pick < 92) {
                call.user = u"mallory"_s;
                call.arguments = {u"verify"_s};
            } else {
                call.user = u"ada"_s;
                call.arguments = {u"verify"_s};
            }
            calls.push_back(std::move(call));
        }
        for (Pending &call : calls)
            call.process = startAs(call.user, call.arguments);
        for (Pending &call : calls) {
            const CliRun run = finishCli(*call.process);
            const QByteArray what = call.user.toUtf8() + ": " + call.arguments.join(u' ').toUtf8();
            ++m_calls;
            QVERIFY2(!mentionsLocking(run), what + ": " + run.describe());
            if (call.user == u"mallory"_s) {
                // Refused at sign-in, by the rule on credentials: exit 4, one clear line.
                QVERIFY2(run.exitCode == 4 && isOneErrorLine(run.err), what + run.describe());
                ++m_refused;
                ++failedSignIns;
                continue;
            }
            ++signIns;
            if (run.exitCode == 1 && isOneErrorLine(run.err)
                && call.arguments.first() == u"refund"_s
                && (run.errText().contains(u"exceeds"_s)
                    || run.errText().contains(u"Nothing is left"_s))) {
                ++m_refused;
                continue;
            }
            if (run.exitCode != 0)
                ++m_other;
            QVERIFY2(run.exitCode == 0, what + ": " + run.describe());
            ++m_ok;
            if (call.arguments.first() == u"refund"_s) {
                const QJsonObject created = QJsonDocument::fromJson(run.out).object();
                status.insert(created.value(u"id"_s).toString(),
                              created.value(u"status"_s).toString());
            } else if (call.arguments.first() == u"approve"_s) {
                status.insert(call.decided, u"pending"_s);
                ++approved;
            } else if (call.arguments.first() == u"reject"_s) {
                status.insert(call.decided, u"rejected"_s);
                ++rejected;
            }
        }
    }

    const CliRun verify = runAs(u"ada"_s, {u"verify"_s, u"--full"_s}, environment);
    ++signIns;
    QVERIFY2(verifiedOk(verify, sharedRecords, status.size()), verify.describe());

    auto store = SqliteStore::open(path, SqliteStore::Mode::ReadOnly);
    QVERIFY2(store, qPrintable(errorOf(store)));
    for (int i = 0; i < sharedRecords; ++i) {
        const auto record = store.value()->record(sharedId(i));
        QVERIFY(record);
        const auto refunds = store.value()->refundsOf(sharedId(i));
        QVERIFY(refunds);
        qint64 reserved = 0;
        for (const Refund &refund : refunds.value()) {
            QVERIFY2(status.contains(refund.id), qPrintable(refund.id));
            const QString expected = status.value(refund.id);
            if (expected == u"rejected"_s)
                QCOMPARE(toString(refund.status), u"canceled"_s);
            else
                QCOMPARE(toString(refund.status), expected);
            if (refund.status == RefundStatus::Pending
                || refund.status == RefundStatus::AwaitingApproval)
                reserved += refund.amount;
        }
        QVERIFY(reserved <= guaranteed);
        QCOMPARE(record->amountReserved, reserved);
        QCOMPARE(record->amountRefunded, qint64(0));
    }
    store = Result<std::unique_ptr<SqliteStore>>(Error::storage(u"closed"_s));

    // Every sign-in, approval and decision left exactly its one event.
    QCOMPARE(scalar(path, "SELECT count(*) FROM events WHERE action = 'user.signed_in'"),
             qint64(signIns));
    QCOMPARE(scalar(path, "SELECT count(*) FROM events WHERE action = 'user.sign_in_failed'"),
             qint64(failedSignIns));
    QCOMPARE(scalar(path, "SELECT count(*) FROM events WHERE action = 'refund.approved'"),
             qint64(approved));
    QCOMPARE(scalar(path, "SELECT count(*) FROM events WHERE action = 'refund.rejected'"),
             qint64(rejected));
}

void tst_ProcessRace::writeLockHeldElsewhere_data()
{
    QTest::addColumn<int>("holdMs"); // how long another process keeps the write lock
    QTest::newRow("held briefly") << 400;
    if (longMode())
        QTest::newRow("held beyond one busy timeout") << 7000;
}

// Another process (this test, through the sqlite3 C API) holds the write lock. Readers
// (verify, list, show) must not need it, so they finish while it is held; writers (refund,
// import, and export for its audit event) wait and then get through.
void tst_ProcessRace::writeLockHeldElsewhere()
{
    QFETCH(int, holdMs);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"held.sqlite"_s);
    const QProcessEnvironment environment = cliEnvironment(path, dir.path());
    const QString shared = dir.filePath(u"shared.json"_s);
    QVERIFY(writeFile(shared, sharedFile()));
    const CliRun seeded = runCli({u"import"_s, shared}, environment);
    QVERIFY2(seeded.exitCode == 0, seeded.describe());

    sqlite3 *holder = nullptr;
    QCOMPARE(sqlite3_open_v2(path.toUtf8().constData(), &holder, SQLITE_OPEN_READWRITE, nullptr),
             SQLITE_OK);
    const auto closeHolder = qScopeGuard([&holder] { sqlite3_close(holder); });
    QCOMPARE(sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);

    const QList<QStringList> readers {
        {u"verify"_s},
        {u"list"_s, u"--json"_s},
        {u"show"_s, sharedId(0), u"--json"_s},
    };
    std::vector<std::unique_ptr<QProcess>> running;
    for (const QStringList &arguments : readers)
        running.push_back(startCli(arguments, environment));
    m_processes = qMax(m_processes, int(readers.size()));
    // The readers finish while the lock is still held: none of them may wait for it.
    for (std::size_t i = 0; i < running.size(); ++i) {
        const CliRun run = finishCli(*running[i]);
        QByteArray why;
        const bool clean = account(run, why);
        QVERIFY2(clean, readers.at(qsizetype(i)).join(u' ').toUtf8() + ": " + why);
        QVERIFY2(run.exitCode == 0,
                 readers.at(qsizetype(i)).join(u' ').toUtf8() + ": " + run.describe());
    }

    running.clear();
    const QList<QStringList> writers {
        {u"refund"_s, sharedId(0), u"--minor"_s, u"100"_s},
        {u"refund"_s, sharedId(1), u"--full"_s},
        {u"import"_s, shared},
        // An export reads without the lock, then appends its audit event under it.
        {u"export"_s, u"--out"_s, dir.filePath(u"export.json"_s)},
    };
    for (const QStringList &arguments : writers)
        running.push_back(startCli(arguments, environment));
    m_processes = qMax(m_processes, int(writers.size()));
    QThread::msleep(holdMs); // they start and wait for the lock meanwhile
    QCOMPARE(sqlite3_exec(holder, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
    for (std::size_t i = 0; i < running.size(); ++i) {
        const CliRun run = finishCli(*running[i]);
        QByteArray why;
        const bool clean = account(run, why);
        QVERIFY2(clean, writers.at(qsizetype(i)).join(u' ').toUtf8() + ": " + why);
        QVERIFY2(run.exitCode == 0,
                 writers.at(qsizetype(i)).join(u' ').toUtf8() + ": " + run.describe());
    }
    const CliRun verify = runCli({u"verify"_s}, environment);
    QVERIFY2(verifiedOk(verify, sharedRecords, 2), verify.describe());
}

void tst_ProcessRace::cleanup()
{
    m_failed = m_failed || QTest::currentTestFailed();
}

void tst_ProcessRace::cleanupTestCase()
{
    const bool failed = m_failed || m_other > 0;
    qInfo().noquote() << u"reliability: processrace: %1 processes, %2 calls, %3 succeeded, %4 "
                         "refused by a rule, %5 other failures, result %6"_s.arg(m_processes)
                             .arg(m_calls)
                             .arg(m_ok)
                             .arg(m_refused)
                             .arg(m_other)
                             .arg(failed ? u"fail"_s : u"pass"_s);
}

QTEST_GUILESS_MAIN(tst_ProcessRace)
#include "tst_processrace.moc"
