// refunddesk-cli import and export end to end: files and standard input in every shape, the
// summary line, rejections (exit 1, nothing written), --skip-invalid, --dry-run, --progress,
// export --format/--what/--out, usage errors (exit 2), unwritable targets (exit 3), and the
// round trip through the command line giving the same bytes.

#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace RefundDesk::Testing;
using namespace Qt::StringLiterals;

namespace {

// A payment record with an attempt and a refund, as the API writes them.
const QByteArray record =
    R"({"object":"payment_record","id":"pr_cli","amount_requested":{"currency":"eur","value":5000},)"
    R"("amount_guaranteed":{"currency":"eur","value":5000},"amount_refunded":{"currency":"eur",)"
    R"("value":500},"created":1700000000,"customer_details":{"name":"Søren Ølgaard"},)"
    R"("metadata":{"order":"ORD-7"}})";
const QByteArray attempt =
    R"({"object":"payment_attempt_record","id":"par_cli","payment_record":"pr_cli",)"
    R"("outcome":"guaranteed","amount_requested":{"currency":"eur","value":5000},)"
    R"("amount_guaranteed":{"currency":"eur","value":5000},"created":1700000000})";
const QByteArray refund =
    R"({"object":"refund","id":"re_cli","payment_record":"pr_cli","payment_attempt_record":)"
    R"("par_cli","amount":500,"currency":"eur","status":"succeeded","created":1700003600,)"
    R"("note":"Größe passt nicht"})";
const QByteArray badRefund =
    R"({"object":"refund","id":"re_bad","payment_record":"pr_cli","amount":0,"currency":"eur",)"
    R"("created":1700003600})";

QByteArray arrayOf(const QList<QByteArray> &objects)
{
    return "[" + objects.join(",\n") + "]\n";
}

QByteArray linesOf(const QList<QByteArray> &objects)
{
    return objects.join("\n") + "\n";
}

QByteArray listOf(const QList<QByteArray> &objects)
{
    return R"({"object":"list","has_more":false,"data":[)" + objects.join(",") + "]}";
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The `object` kinds of an export, in order, each once per run.
QStringList kindsOf(const QByteArray &jsonl)
{
    QStringList kinds;
    for (const QByteArray &line : jsonl.split('\n')) {
        if (line.isEmpty())
            continue;
        const QString kind = QJsonDocument::fromJson(line).object().value(u"object"_s).toString();
        if (kinds.isEmpty() || kinds.last() != kind)
            kinds << kind;
    }
    return kinds;
}

} // namespace

class tst_CliIo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void importShapes_data();
    void importShapes();
    void summaryLine_data();
    void summaryLine();
    void rejectionsExitOneAndWriteNothing_data();
    void rejectionsExitOneAndWriteNothing();
    void skipInvalid();
    void dryRun_data();
    void dryRun();
    void progress();
    void importErrors_data();
    void importErrors();
    void exportFormats_data();
    void exportFormats();
    void exportWhat_data();
    void exportWhat();
    void exportOut();
    void exportErrors_data();
    void exportErrors();
    void roundTrip_data();
    void roundTrip();
    void reimportOwnExport();

private:
    CliRun cli(const QStringList &arguments) const { return runCli(arguments, m_environment); }
    CliRun cliWithInput(const QStringList &arguments, const QByteArray &input) const;
    QString write(const QString &name, const QByteArray &bytes) const;
    QByteArray snapshot() const;

    QTemporaryDir m_templateDir;
    QString m_template; ///< 60 demo records, seed 5, each test's starting point
    QByteArray m_templateSnapshot;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcessEnvironment m_environment;
};

void tst_CliIo::initTestCase()
{
    QVERIFY(m_templateDir.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(REFUNDDESK_CLI_PATH)), REFUNDDESK_CLI_PATH);
    m_template = m_templateDir.filePath(u"template.sqlite"_s);
    m_environment = cliEnvironment(m_template, m_templateDir.path());
    const CliRun demo = cli({u"demo"_s, u"--records"_s, u"60"_s, u"--seed"_s, u"5"_s});
    QVERIFY2(demo.exitCode == 0, demo.describe());
    m_templateSnapshot = snapshot();
    QVERIFY(m_templateSnapshot.contains("OK: 60 records"));
}

void tst_CliIo::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString db = m_dir->filePath(u"refunddesk.sqlite"_s);
    QVERIFY(QFile::copy(m_template, db));
    m_environment = cliEnvironment(db, m_dir->path());
}

CliRun tst_CliIo::cliWithInput(const QStringList &arguments, const QByteArray &input) const
{
    const auto process = startCli(arguments, m_environment);
    process->waitForStarted();
    process->write(input);
    process->closeWriteChannel();
    return finishCli(*process);
}

QString tst_CliIo::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

QByteArray tst_CliIo::snapshot() const
{
    // Every object as exported, verify's report, and every event but the exports, which
    // the audit trail records and each snapshot makes itself. So verify's count of events
    // and its head, which those exports move on, are left out too.
    const CliRun exported = cli({u"export"_s, u"--format"_s, u"jsonl"_s});
    const CliRun verified = cli({u"verify"_s});
    const CliRun audit = cli({u"audit"_s, u"--json"_s, u"--limit"_s, u"1000000"_s});
    static const QRegularExpression eventCount(uR"(, \d+ events checked)"_s);
    QByteArray state = exported.describe().left(8) + exported.out;
    for (const QString &line : verified.outText().split(u'\n')) {
        if (!line.startsWith(u"head: "_s))
            state += QString(line).remove(eventCount).toUtf8() + '\n';
    }
    state += verified.err + audit.describe().left(8);
    for (const QJsonValue &value :
         QJsonDocument::fromJson(audit.out).object().value(u"data"_s).toArray()) {
        const QJsonObject event = value.toObject();
        if (event.value(u"action"_s) != u"export"_s)
            state += QJsonDocument(event).toJson(QJsonDocument::Compact) + '\n';
    }
    return state;
}

void tst_CliIo::importShapes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("fromStdin");
    QTest::addColumn<QString>("summary");

    const QList<QByteArray> objects {record, attempt, refund};
    const QString three =
        u"Read 3 objects (%1): 3 imported, 0 updated, 0 unchanged, 0 rejected.\n"_s;
    for (const bool stdinInput : {false, true}) {
        const char *from = stdinInput ? "standard input" : "file";
        QTest::addRow("array, %s", from) << arrayOf(objects) << stdinInput << three.arg(u"array"_s);
        QTest::addRow("list, %s", from) << listOf(objects) << stdinInput << three.arg(u"list"_s);
        QTest::addRow("jsonl, %s", from) << linesOf(objects) << stdinInput << three.arg(u"jsonl"_s);
        QTest::addRow("jsonl with CRLF and a BOM, %s", from) << "\xEF\xBB\xBF"
                + objects.join("\r\n") + "\r\n" << stdinInput << three.arg(u"jsonl"_s);
        QTest::addRow("one object, %s", from)
            << record << stdinInput
            << u"Read 1 objects (object): 1 imported, 0 updated, 0 unchanged, 0 rejected.\n"_s;
    }
}

void tst_CliIo::importShapes()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, fromStdin);
    QFETCH(QString, summary);

    const CliRun run = fromStdin ? cliWithInput({u"import"_s, u"-"_s}, input)
                                 : cli({u"import"_s, write(u"in.json"_s, input)});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outText(), summary);
    QCOMPARE(run.err, QByteArray());

    const CliRun shown = cli({u"show"_s, u"pr_cli"_s, u"--json"_s});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.outText().contains(u"Søren Ølgaard"_s), shown.describe());
    const CliRun verified = cli({u"verify"_s});
    QVERIFY2(verified.exitCode == 0, verified.describe());
}

void tst_CliIo::summaryLine_data()
{
    QTest::addColumn<QByteArray>("second"); // imported after record, attempt and refund
    QTest::addColumn<QString>("summary");

    QTest::newRow("the same again")
        << arrayOf({record, attempt, refund})
        << u"Read 3 objects (array): 0 imported, 0 updated, 3 unchanged, 0 rejected.\n"_s;
    QByteArray described = record;
    described.replace(R"("metadata")", R"("description":"Kaffee","metadata")");
    QTest::newRow("one changed, one new")
        << arrayOf({described, attempt, refund,
                    QByteArray(refund)
                        .replace("re_cli", "re_cli2")
                        .replace(R"("amount":500)", R"("amount":1)")})
        << u"Read 4 objects (array): 1 imported, 1 updated, 2 unchanged, 0 rejected.\n"_s;
}

void tst_CliIo::summaryLine()
{
    QFETCH(QByteArray, second);
    QFETCH(QString, summary);

    const CliRun first =
        cli({u"import"_s, write(u"first.json"_s, arrayOf({record, attempt, refund}))});
    QCOMPARE(first.exitCode, 0);
    const CliRun run = cli({u"import"_s, write(u"second.json"_s, second)});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outText(), summary);
    QCOMPARE(run.err, QByteArray());
}

void tst_CliIo::rejectionsExitOneAndWriteNothing_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("out");
    QTest::addColumn<QString>("err");

    const QString refused = u"refunddesk-cli: %1 object(s) were rejected, so nothing was imported; "
                            "fix them or use --skip-invalid.\n"_s;
    QTest::newRow("one bad refund")
        << arrayOf({record, attempt, refund, badRefund})
        << QStringList {u"Read 4 objects (array): 3 imported, 0 updated, 0 unchanged, 1 rejected."_s,
                        u"rejected: object 3 refund re_bad: amount 0 must be greater than zero."_s}
        << refused.arg(1);
    QTest::newRow("JSON Lines, two bad")
        << linesOf({record, badRefund, R"({"object":"refund","id":"re_x","amount":5})"})
        << QStringList {u"Read 3 objects (jsonl): 1 imported, 0 updated, 0 unchanged, 2 rejected."_s,
                        u"rejected: object 1 (line 2) refund re_bad: amount 0 must be greater than "
                        "zero."_s,
                        u"rejected: object 2 (line 3) refund re_x: payment_record: The refund "
                        u"names "
                        "no payment record (neither payment_record nor payment is set), so it "
                        "cannot be imported."_s}
        << refused.arg(2);
    QTest::newRow("malformed") << QByteArray(arrayOf({record, attempt}) + "}") << QStringList {}
                               << u"refunddesk-cli: Malformed JSON at byte 518: parse error at "
                                  "line 3, column 1: syntax error while parsing value - unexpected "
                                  "'}'; expected end of input.\n"_s;
    QTest::newRow("not JSON") << QByteArray("id,amount\npr_1,100\n") << QStringList {}
                              << u"refunddesk-cli: The file is not JSON: it starts with "
                                 "\"id,amount pr_1,1\" where an object, an array or JSON Lines "
                                 "were expected.\n"_s;
    QTest::newRow("empty") << QByteArray() << QStringList {}
                           << u"refunddesk-cli: The file is empty: there is nothing to import.\n"_s;
}

void tst_CliIo::rejectionsExitOneAndWriteNothing()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, out);
    QFETCH(QString, err);

    for (const bool fromStdin : {false, true}) {
        const CliRun run = fromStdin ? cliWithInput({u"import"_s, u"-"_s}, input)
                                     : cli({u"import"_s, write(u"bad.json"_s, input)});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.outText().split(u'\n', Qt::SkipEmptyParts), out);
        QCOMPARE(run.errText(), err);
        QVERIFY(isOneErrorLine(run.err));
        QCOMPARE(snapshot(), m_templateSnapshot);
    }
}

void tst_CliIo::skipInvalid()
{
    const QString path = write(u"mixed.json"_s, arrayOf({record, badRefund, attempt, refund}));
    const CliRun run = cli({u"import"_s, u"--skip-invalid"_s, path});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outText(),
             u"Read 4 objects (array): 3 imported, 0 updated, 0 unchanged, 1 rejected.\n"
             "rejected: object 1 refund re_bad: amount 0 must be greater than zero.\n"_s);
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(cli({u"show"_s, u"pr_cli"_s}).exitCode, 0);
    QCOMPARE(cli({u"show"_s, u"re_bad"_s}).exitCode, 1);
}

void tst_CliIo::dryRun_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out");

    const QString dry = u"Dry run: nothing was written.\n"_s;
    QTest::newRow("valid") << QStringList {} << arrayOf({record, attempt, refund}) << 0
                           << u"Read 3 objects (array): 3 imported, 0 updated, 0 unchanged, 0 "
                              "rejected.\n"_s
            + dry;
    QTest::newRow("with a rejection")
        << QStringList {} << arrayOf({record, badRefund}) << 1
        << u"Read 2 objects (array): 1 imported, 0 updated, 0 unchanged, 1 rejected.\n"
           "rejected: object 1 refund re_bad: amount 0 must be greater than zero.\n"_s
            + dry;
    QTest::newRow("with a rejection, skip invalid")
        << QStringList {u"--skip-invalid"_s} << arrayOf({record, badRefund}) << 0
        << u"Read 2 objects (array): 1 imported, 0 updated, 0 unchanged, 1 rejected.\n"
           "rejected: object 1 refund re_bad: amount 0 must be greater than zero.\n"_s
            + dry;
}

void tst_CliIo::dryRun()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, out);

    const CliRun run = cli(QStringList {u"import"_s, u"--dry-run"_s} + options
                           + QStringList {write(u"in.json"_s, input)});
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.outText(), out);
    QCOMPARE(snapshot(), m_templateSnapshot);
}

void tst_CliIo::progress()
{
    // Export the demo data and import it into an empty database with --progress.
    const CliRun exported = cli({u"export"_s});
    QCOMPARE(exported.exitCode, 0);
    const QString path = write(u"demo.json"_s, exported.out);
    m_environment = cliEnvironment(m_dir->filePath(u"empty.sqlite"_s), m_dir->path());
    const CliRun run = cli({u"import"_s, u"--progress"_s, path});
    QCOMPARE(run.exitCode, 0);
    const QString size = QString::number(exported.out.size());
    QCOMPARE(run.errText(), u"\r%1 of %1 bytes (100%)\n"_s.arg(size));

    const CliRun piped = cliWithInput({u"import"_s, u"--progress"_s, u"-"_s}, exported.out);
    QCOMPARE(piped.exitCode, 0);
    QCOMPARE(piped.errText(), u"\r%1 bytes\n"_s.arg(size)); // no size known beforehand
}

void tst_CliIo::importErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("no file") << QStringList {u"import"_s} << 2
                             << u"import takes exactly one file name, or - for standard input. "
                                "(see --help)"_s;
    QTest::newRow("two files") << QStringList {u"import"_s, u"a.json"_s, u"b.json"_s} << 2
                               << u"import takes exactly one file name"_s;
    QTest::newRow("unknown option")
        << QStringList {u"import"_s, u"--fast"_s, u"a.json"_s} << 2 << u"fast"_s;
    QTest::newRow("missing file") << QStringList {u"import"_s, u"{dir}/missing.json"_s} << 3
                                  << u"Cannot read {dir}/missing.json: No such file or directory"_s;
    QTest::newRow("a directory") << QStringList {u"import"_s, u"{dir}"_s} << 3
                                 << u"Cannot read {dir}: "_s;
}

void tst_CliIo::importErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    for (QString &argument : arguments)
        argument.replace(u"{dir}"_s, m_dir->path());
    message.replace(u"{dir}"_s, m_dir->path());
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(isOneErrorLine(run.err), run.describe());
    QVERIFY2(run.errText().contains(message), run.describe());
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(snapshot(), m_templateSnapshot);
}

void tst_CliIo::exportFormats_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("starts");
    QTest::addColumn<QByteArray>("ends");

    QTest::newRow("default") << QStringList {} << QByteArray("[\n{\"amount\":")
                             << QByteArray("}\n]\n");
    QTest::newRow("json") << QStringList {u"--format"_s, u"json"_s} << QByteArray("[\n{\"amount\":")
                          << QByteArray("}\n]\n");
    QTest::newRow("list") << QStringList {u"--format"_s, u"list"_s}
                          << QByteArray("{\"data\":[\n{\"amount\":")
                          << QByteArray("}\n],\"has_more\":false,\"object\":\"list\"}\n");
    QTest::newRow("jsonl") << QStringList {u"--format"_s, u"jsonl"_s} << QByteArray("{\"amount\":")
                           << QByteArray("}\n");
}

void tst_CliIo::exportFormats()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, starts);
    QFETCH(QByteArray, ends);

    const CliRun run = cli(QStringList {u"export"_s} + options);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    QVERIFY2(run.out.startsWith(starts), run.out.left(40).constData());
    QVERIFY2(run.out.endsWith(ends), run.out.right(60).constData());
    const CliRun jsonl = cli({u"export"_s, u"--format"_s, u"jsonl"_s});
    const qsizetype objects = jsonl.out.count('\n');
    QVERIFY(objects > 60);
    if (!options.contains(u"jsonl"_s)) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray data =
            document.isArray() ? document.array() : document.object().value(u"data"_s).toArray();
        QCOMPARE(data.size(), objects);
    }
}

void tst_CliIo::exportWhat_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QStringList>("kinds");

    QTest::newRow("records") << u"records"_s
                             << QStringList {u"payment_record"_s, u"payment_attempt_record"_s};
    QTest::newRow("refunds") << u"refunds"_s << QStringList {u"refund"_s};
    QTest::newRow("all") << u"all"_s
                         << QStringList {u"payment_record"_s, u"payment_attempt_record"_s,
                                         u"refund"_s};
}

void tst_CliIo::exportWhat()
{
    QFETCH(QString, what);
    QFETCH(QStringList, kinds);

    const CliRun run = cli({u"export"_s, u"--format"_s, u"jsonl"_s, u"--what"_s, what});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(kindsOf(run.out), kinds);
}

void tst_CliIo::exportOut()
{
    const QString path = m_dir->filePath(u"export.json"_s);
    const CliRun run = cli({u"export"_s, u"--out"_s, path});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(run.errText().startsWith(u"Exported 60 records, "_s), run.describe());
    QVERIFY2(run.errText().endsWith(u" refunds to "_s + path + u".\n"_s), run.describe());
    QCOMPARE(readFile(path), cli({u"export"_s}).out);

    // An existing file is replaced whole.
    QVERIFY(!write(u"export.json"_s, QByteArray(1 << 20, 'x')).isEmpty());
    QCOMPARE(cli({u"export"_s, u"--out"_s, path, u"--what"_s, u"refunds"_s}).exitCode, 0);
    QCOMPARE(readFile(path), cli({u"export"_s, u"--what"_s, u"refunds"_s}).out);
}

void tst_CliIo::exportErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("bad format") << QStringList {u"export"_s, u"--format"_s, u"xml"_s} << 2
                                << u"refunddesk-cli: --format \"xml\" is not one of json, list, "
                                   "jsonl. (see --help)\n"_s;
    QTest::newRow("bad what") << QStringList {u"export"_s, u"--what"_s, u"charges"_s} << 2
                              << u"refunddesk-cli: --what \"charges\" is not one of records, "
                                 "refunds, all. (see --help)\n"_s;
    QTest::newRow("an argument") << QStringList {u"export"_s, u"out.json"_s} << 2
                                 << u"refunddesk-cli: export takes no arguments besides its "
                                    "options. (see --help)\n"_s;
    QTest::newRow("into a missing folder")
        << QStringList {u"export"_s, u"--out"_s, u"{dir}/missing/out.json"_s} << 3
        << u"refunddesk-cli: Cannot write {dir}/missing/out.json: No such file or directory\n"_s;
    QTest::newRow("onto a folder") << QStringList {u"export"_s, u"--out"_s, u"{dir}"_s} << 3
                                   << u"refunddesk-cli: Cannot write {dir}: "_s;
}

void tst_CliIo::exportErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    for (QString &argument : arguments)
        argument.replace(u"{dir}"_s, m_dir->path());
    message.replace(u"{dir}"_s, m_dir->path());
    const QStringList before = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(isOneErrorLine(run.err), run.describe());
    QVERIFY2(run.errText().startsWith(message), run.describe());
    QCOMPARE(run.out, QByteArray());
    // No half-written file is left behind.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden), before);
}

void tst_CliIo::roundTrip_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("throughStdin");

    for (const char *format : {"json", "list", "jsonl"}) {
        QTest::addRow("%s, file", format) << QString::fromLatin1(format) << false;
        QTest::addRow("%s, standard input", format) << QString::fromLatin1(format) << true;
    }
}

void tst_CliIo::roundTrip()
{
    QFETCH(QString, format);
    QFETCH(bool, throughStdin);

    // Beside the demo data (jpy, kwd, failed and pending refunds): unicode names and notes.
    QVERIFY(cli({u"import"_s, write(u"extra.json"_s, arrayOf({record, attempt, refund}))}).exitCode
            == 0);
    const QString path = m_dir->filePath(u"first.json"_s);
    const CliRun first = cli({u"export"_s, u"--format"_s, format, u"--out"_s, path});
    QCOMPARE(first.exitCode, 0);
    const QByteArray original = readFile(path);
    QVERIFY(!original.isEmpty());

    m_environment = cliEnvironment(m_dir->filePath(u"copy.sqlite"_s), m_dir->path());
    const CliRun imported =
        throughStdin ? cliWithInput({u"import"_s, u"-"_s}, original) : cli({u"import"_s, path});
    QVERIFY2(imported.exitCode == 0, imported.describe());
    QVERIFY2(imported.outText().contains(u" 0 rejected."_s), imported.describe());
    const CliRun second = cli({u"export"_s, u"--format"_s, format});
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.out, original);
    QCOMPARE(cli({u"verify"_s}).exitCode, 0);
}

void tst_CliIo::reimportOwnExport()
{
    const CliRun exported = cli({u"export"_s, u"--format"_s, u"jsonl"_s});
    QCOMPARE(exported.exitCode, 0);
    const qsizetype objects = exported.out.count('\n');
    const CliRun run = cli({u"import"_s, write(u"own.jsonl"_s, exported.out)});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outText(),
             u"Read %1 objects (jsonl): 0 imported, 0 updated, %1 unchanged, 0 rejected.\n"_s.arg(
                 objects));
    QCOMPARE(snapshot(), m_templateSnapshot); // not even an event was added
}

QTEST_GUILESS_MAIN(tst_CliIo)
#include "tst_cliio.moc"
