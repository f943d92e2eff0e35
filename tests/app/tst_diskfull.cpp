// Disk full and read-only (issue 8, part 4), end to end through the built refunddesk-cli.
//
// Disk full: each write command (a large import, a re-import that raises many records'
// prior refunds in one statement, demo, refund, users add) runs in a child whose
// RLIMIT_FSIZE stops every file it writes from growing past a limit, with SIGXFSZ ignored
// so write() fails with EFBIG as on a full disk. The limits sit around the sizes the
// database, its -shm (32 KiB) and its -wal reach. The command must either succeed or exit 3
// with one line on standard error saying the database is full; with the limit gone, verify
// passes and an export shows everything stored before with the same values: byte for byte
// when the command failed, and apart from what the same command changes without a limit
// when it succeeded.
//
// Read-only: the database file 0444, the command run as nobody when the test runs as root
// (root ignores permission bits). In a folder nobody may write, SQLite cannot create the
// -shm a WAL database needs even for reading, so every command exits 3 with one line saying
// so. In a folder anyone may write, reads (list, show, verify) work and every write exits 3
// with one line naming the file and saying it is read-only. The file is byte-for-byte
// unchanged either way.
//
// REFUNDDESK_LONG=1 runs every command at many more limits (every 4 KiB from 0 to
// 64 KiB, then steps up to past the size the command needs).

#include "clirunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <grp.h>
#include <string_view>
#include <sys/resource.h>
#include <unistd.h>

using namespace RefundDesk::Testing;
using Qt::Literals::StringLiterals::operator""_s;
using std::string_view_literals::operator""sv;

namespace {

bool longMode()
{
    return qEnvironmentVariableIntValue("REFUNDDESK_LONG") != 0;
}

constexpr uid_t nobodyId = 65534;

/// How the child is held back: a file size limit (negative: none), and whether it runs as
/// nobody.
struct Limits
{
    qint64 fileSize = -1;
    bool asNobody = false;
};

CliRun runLimited(const QStringList &arguments, const QProcessEnvironment &environment,
                  const Limits &limits, const QByteArray &input = {})
{
    QProcess process;
    process.setProgram(QStringLiteral(REFUNDDESK_CLI_PATH));
    process.setArguments(arguments);
    process.setProcessEnvironment(environment);
    // Runs in the child between fork and exec: only async-signal-safe calls.
    process.setChildProcessModifier([limits] {
        if (limits.fileSize >= 0) {
            std::signal(SIGXFSZ, SIG_IGN); // stays ignored across exec
            const rlimit limit {rlim_t(limits.fileSize), rlim_t(limits.fileSize)};
            setrlimit(RLIMIT_FSIZE, &limit);
        }
        if (limits.asNobody) {
            // Without these the child would go on as root and the test would prove nothing.
            if (setgroups(0, nullptr) != 0 || setgid(nobodyId) != 0 || setuid(nobodyId) != 0)
                _exit(125);
        }
    });
    process.start();
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    return finishCli(process);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<cannot read>");
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size();
}

/// Each object of a JSON Lines export by kind and id, as its line.
QMap<QString, QByteArray> objectsOf(const QByteArray &jsonl)
{
    QMap<QString, QByteArray> objects;
    for (const QByteArray &line : jsonl.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        objects.insert(
            object.value(u"object"_s).toString() + u' ' + object.value(u"id"_s).toString(), line);
    }
    return objects;
}

} // namespace

class DiskFullTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullDisk_data();
    void fullDisk();
    void everyCommandRanOutOfSpace();
    void readOnly_data();
    void readOnly();

private:
    QString copyDatabase(QTemporaryDir &dir) const;
    QProcessEnvironment environmentFor(const QString &db, const QString &home) const;
    CliRun run(const QStringList &arguments, const QString &db, const QString &home,
               const Limits &limits = {}, const QByteArray &input = {}) const;
    QByteArray exported(const QString &db, const QString &home,
                        const QStringList &signIn = {}) const;
    /// The command's arguments with {new}, {prior} and {usd} filled in.
    QStringList expand(QStringList arguments) const;
    /// The export after the command ran without a limit on its own copy.
    QByteArray referenceExport(const QString &command, const QStringList &arguments,
                               const QByteArray &input);

    QTemporaryDir m_templateDir;
    QString m_template;
    QByteArray m_before; ///< the template's export, JSON Lines
    QString m_newFile; ///< 400 records the template does not have
    QString m_priorFile; ///< the template's records, most with more refunded at the source
    QString m_usdRecord; ///< a paid usd record of the template
    QMap<QString, QByteArray> m_references;
    QMap<QString, int> m_failures; ///< by command: how many limits made it fail
    QMap<QString, int> m_successes;
};

QStringList DiskFullTest::expand(QStringList arguments) const
{
    for (QString &argument : arguments) {
        argument.replace(u"{new}"_s, m_newFile)
            .replace(u"{prior}"_s, m_priorFile)
            .replace(u"{usd}"_s, m_usdRecord);
    }
    return arguments;
}

QProcessEnvironment DiskFullTest::environmentFor(const QString &db, const QString &home) const
{
    QProcessEnvironment environment = cliEnvironment(db, home);
    environment.insert(u"REFUNDDESK_PASSWORD"_s, u"ada-correct-horse-battery"_s);
    return environment;
}

CliRun DiskFullTest::run(const QStringList &arguments, const QString &db, const QString &home,
                         const Limits &limits, const QByteArray &input) const
{
    return runLimited(expand(arguments), environmentFor(db, home), limits, input);
}

QByteArray DiskFullTest::exported(const QString &db, const QString &home,
                                  const QStringList &signIn) const
{
    const CliRun out = run(signIn + QStringList {u"export"_s, u"--format"_s, u"jsonl"_s}, db, home);
    return out.exitCode == 0 ? out.out : "export failed: " + out.describe();
}

QString DiskFullTest::copyDatabase(QTemporaryDir &dir) const
{
    const QString db = dir.filePath(u"refunddesk.sqlite"_s);
    QFile::copy(m_template, db);
    return db;
}

void DiskFullTest::initTestCase()
{
    QVERIFY(m_templateDir.isValid());
    // The read-only cases run as nobody, who must read the files to import.
    QVERIFY(QFile::setPermissions(m_templateDir.path(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                      | QFile::ReadOther | QFile::ExeOther));
    const QString home = m_templateDir.path();
    m_template = m_templateDir.filePath(u"template.sqlite"_s);
    const CliRun demo =
        run({u"demo"_s, u"--records"_s, u"300"_s, u"--seed"_s, u"3"_s}, m_template, home);
    QVERIFY2(demo.exitCode == 0, demo.describe());
    QVERIFY(!QFileInfo::exists(m_template + u"-wal"_s));
    m_before = exported(m_template, home);
    QVERIFY2(m_before.startsWith('{'), m_before.left(2000));

    const QString other = m_templateDir.filePath(u"other.sqlite"_s);
    const CliRun otherDemo =
        run({u"demo"_s, u"--records"_s, u"400"_s, u"--seed"_s, u"4"_s}, other, home);
    QVERIFY2(otherDemo.exitCode == 0, otherDemo.describe());
    m_newFile = m_templateDir.filePath(u"new.jsonl"_s);
    QFile newFile(m_newFile);
    QVERIFY(newFile.open(QIODevice::WriteOnly));
    newFile.write(exported(other, home));
    newFile.close();

    // Every paid record of the template reported again with all of its guaranteed amount
    // refunded at the source: one import that changes hundreds of records and settles all
    // of their prior refunds in one statement.
    QByteArray prior;
    int raised = 0;
    for (const QByteArray &line : m_before.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.value(u"object"_s) == u"payment_record"_s) {
            QJsonObject refunded = object.value(u"amount_refunded"_s).toObject();
            const qint64 guaranteed =
                object.value(u"amount_guaranteed"_s).toObject().value(u"value"_s).toInteger();
            if (m_usdRecord.isEmpty() && refunded.value(u"value"_s).toInteger() == 0
                && guaranteed > 1000 && refunded.value(u"currency"_s) == u"usd"_s)
                m_usdRecord = object.value(u"id"_s).toString();
            if (refunded.value(u"value"_s).toInteger() < guaranteed) {
                refunded.insert(u"value"_s, guaranteed);
                object.insert(u"amount_refunded"_s, refunded);
                ++raised;
            }
        }
        prior += QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    }
    QVERIFY2(raised > 100, QByteArray::number(raised));
    m_priorFile = m_templateDir.filePath(u"prior.jsonl"_s);
    QFile priorFile(m_priorFile);
    QVERIFY(priorFile.open(QIODevice::WriteOnly));
    priorFile.write(prior);
    priorFile.close();

    // The usd record must still be refundable in the template itself.
    QVERIFY(!m_usdRecord.isEmpty());
    const CliRun shown = run({u"show"_s, u"{usd}"_s, u"--json"_s}, m_template, home);
    QVERIFY2(shown.exitCode == 0, shown.describe());
    qInfo("template %lld bytes, new records file %lld bytes, %d records raised",
          fileSize(m_template), fileSize(m_newFile), raised);
}

QByteArray DiskFullTest::referenceExport(const QString &command, const QStringList &arguments,
                                         const QByteArray &input)
{
    if (!m_references.contains(command)) {
        QTemporaryDir dir;
        const QString db = copyDatabase(dir);
        const CliRun done = run(arguments, db, dir.path(), {}, input);
        const QStringList signIn =
            command == u"users add"_s ? QStringList {u"--as"_s, u"ada"_s} : QStringList();
        m_references.insert(command,
                            done.exitCode == 0 ? exported(db, dir.path(), signIn)
                                               : "reference failed: " + done.describe());
    }
    return m_references.value(command);
}

void DiskFullTest::fullDisk_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("limit");

    const struct
    {
        const char *name;
        QStringList arguments;
        QByteArray input;
    } commands[] = {
        {"import new", {u"import"_s, u"{new}"_s}, {}},
        {"import prior refunds", {u"import"_s, u"{prior}"_s}, {}},
        {"demo", {u"demo"_s, u"--records"_s, u"200"_s, u"--seed"_s, u"5"_s}, {}},
        {"refund", {u"refund"_s, u"{usd}"_s, u"--minor"_s, u"100"_s, u"--note"_s, u"full?"_s}, {}},
        {"users add",
         {u"users"_s, u"add"_s, u"ada"_s, u"--role"_s, u"admin"_s, u"--password-stdin"_s},
         "ada-correct-horse-battery\n"},
    };
    const qint64 database = fileSize(m_template);
    QList<qint64> limits;
    if (longMode()) {
        for (qint64 kib = 0; kib <= 64; kib += 4)
            limits << kib * 1024;
        for (qint64 step : {4096, 65536, 262144, 1048576, 4194304})
            limits << database + step;
        limits << database / 2 << database;
    } else {
        // Too small for the -shm; room for the -shm and a few WAL frames; the
        // database's own size, so a checkpoint cannot grow it; and a little more than that.
        limits = {16 * 1024, 48 * 1024, database, database + 256 * 1024};
    }
    for (const auto &command : commands) {
        for (qint64 limit : limits) {
            QTest::addRow("%s, %lld bytes", command.name, limit)
                << QString::fromLatin1(command.name) << command.arguments << command.input << limit;
        }
    }
}

void DiskFullTest::fullDisk()
{
    QFETCH(QString, command);
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(qint64, limit);

    QTemporaryDir dir;
    const QString db = copyDatabase(dir);
    const CliRun limited = run(arguments, db, dir.path(), {limit, false}, input);

    if (limited.exitCode == 0) {
        ++m_successes[command];
    } else {
        ++m_failures[command];
        QVERIFY2(limited.exitCode == 3, limited.describe());
        QVERIFY2(isOneErrorLine(limited.err), limited.describe());
        // Says what is wrong and where, in words: not a bare SQLite code or "disk I/O error".
        QVERIFY2(limited.errText().contains(u"The database %1 is full"_s.arg(db)),
                 limited.describe());
        QVERIFY2(!limited.errText().contains(u"disk I/O error"_s), limited.describe());
    }

    // With the limit gone: the file opens, verify passes, and nothing stored before is lost.
    // (Once it has a user, the database wants them signed in.)
    const QStringList signIn = command == u"users add"_s && limited.exitCode == 0
        ? QStringList {u"--as"_s, u"ada"_s}
        : QStringList();
    const CliRun verify = run(signIn + QStringList {u"verify"_s}, db, dir.path());
    QVERIFY2(verify.exitCode == 0, verify.describe());
    const QByteArray after = exported(db, dir.path(), signIn);
    if (limited.exitCode != 0) {
        QCOMPARE(after, m_before);
        return;
    }
    // It succeeded: what it changed is what it changes without a limit, and the rest is as
    // before. (Refund ids are random, so objects are compared by id, not the whole file.)
    const auto before = objectsOf(m_before);
    const auto reference = objectsOf(referenceExport(command, arguments, input));
    const auto now = objectsOf(after);
    QCOMPARE(now.size(), reference.size());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        QVERIFY2(now.contains(it.key()), qPrintable(it.key()));
        if (reference.value(it.key()) == it.value())
            QCOMPARE(now.value(it.key()), it.value());
        else
            QCOMPARE(now.value(it.key()), reference.value(it.key()));
    }
}

void DiskFullTest::everyCommandRanOutOfSpace()
{
    // A table where no limit made a command fail would prove nothing about that command.
    for (const QString &command :
         {u"import new"_s, u"import prior refunds"_s, u"demo"_s, u"refund"_s, u"users add"_s}) {
        QVERIFY2(m_failures.value(command) >= 1, qPrintable(command));
        qInfo("reliability: diskfull %s: failed cleanly at %d limits, succeeded at %d",
              qPrintable(command), m_failures.value(command), m_successes.value(command));
    }
}

void DiskFullTest::readOnly_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("writes");
    QTest::addColumn<bool>("folderWritable");

    const struct
    {
        const char *name;
        QStringList arguments;
        QByteArray input;
        bool writes;
    } commands[] = {
        {"list", {u"list"_s, u"--json"_s}, {}, false},
        {"show", {u"show"_s, u"{usd}"_s}, {}, false},
        {"verify", {u"verify"_s}, {}, false},
        {"refund", {u"refund"_s, u"{usd}"_s, u"--minor"_s, u"100"_s}, {}, true},
        {"import", {u"import"_s, u"{prior}"_s}, {}, true},
        {"demo", {u"demo"_s, u"--records"_s, u"5"_s}, {}, true},
        {"users add",
         {u"users"_s, u"add"_s, u"ada"_s, u"--role"_s, u"admin"_s, u"--password-stdin"_s},
         "ada-correct-horse-battery\n",
         true},
        // An export is logged in the database; where the log cannot be written the export
        // fails (after writing its output: the log entry comes last).
        {"export", {u"export"_s, u"--out"_s, u"-"_s}, {}, true},
    };
    for (const bool folderWritable : {true, false}) {
        for (const auto &command : commands) {
            // In a locked folder every command fails the same way, when it opens the file.
            if (!folderWritable && command.name != "list"sv && command.name != "refund"sv)
                continue;
            QTest::addRow("%s, folder %s", command.name, folderWritable ? "writable" : "locked")
                << command.arguments << command.input << command.writes << folderWritable;
        }
    }
}

void DiskFullTest::readOnly()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(bool, writes);
    QFETCH(bool, folderWritable);

    QTemporaryDir dir;
    const QString folder = dir.filePath(u"desk"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString db = folder + u"/refunddesk.sqlite"_s;
    QVERIFY(QFile::copy(m_template, db));
    const QByteArray bytes = fileBytes(db);
    QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QFile::Permissions readAndEnter = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup
        | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    const QFile::Permissions everything =
        readAndEnter | QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    // The folder: anyone may create the -shm and -wal there, or no one may.
    QVERIFY(QFile::setPermissions(folder, folderWritable ? everything : readAndEnter));
    // The home with the data folders: nobody may enter it, but not write it.
    QVERIFY(QFile::setPermissions(dir.path(), readAndEnter));
    const CliRun result = run(arguments, db, dir.path(), {-1, getuid() == 0}, input);
    // Writable again, so the temporary folder can be removed whoever runs the test.
    QVERIFY(QFile::setPermissions(dir.path(), everything));
    QVERIFY(QFile::setPermissions(folder, everything));

    if (!folderWritable) {
        // SQLite cannot read a WAL database without creating its -shm: even reads are
        // refused, with the reason and what to do.
        QVERIFY2(result.exitCode == 3, result.describe());
        QVERIFY2(isOneErrorLine(result.err), result.describe());
        QVERIFY2(result.errText().contains(
                     u"Cannot read the database %1: it is read-only for this user"_s.arg(db)),
                 result.describe());
        QVERIFY2(result.errText().contains(db + u"-shm"_s), result.describe());
    } else if (writes) {
        QVERIFY2(result.exitCode == 3, result.describe());
        QVERIFY2(isOneErrorLine(result.err), result.describe());
        QVERIFY2(result.errText().contains(u"The database %1 is read-only"_s.arg(db)),
                 result.describe());
    } else {
        QVERIFY2(result.exitCode == 0, result.describe());
        QVERIFY2(result.err.isEmpty(), result.describe());
        QVERIFY(!result.out.isEmpty());
    }
    QVERIFY(fileBytes(db) == bytes);
}

QTEST_GUILESS_MAIN(DiskFullTest)
#include "tst_diskfull.moc"
