// End to end through the built refunddesk-cli: every test runs the executable against its
// own copy of one demo database and checks exit codes, standard output (text and API JSON),
// the one line on standard error, and that a refused command leaves the database as it was.

#include "clirunner.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <tuple>

using namespace RefundDesk::Testing;
using namespace Qt::StringLiterals;

namespace {

QJsonObject objectOf(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
}

qint64 valueOf(const QJsonObject &object, const QString &field)
{
    return object.value(field).toObject().value(u"value"_s).toInteger(-1);
}

QString rfc3339Utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc())
        .toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

QStringList lines(const QByteArray &out)
{
    return QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
}

const QStringList amountFields {
    u"amount"_s,          u"amount_requested"_s, u"amount_authorized"_s, u"amount_guaranteed"_s,
    u"amount_canceled"_s, u"amount_failed"_s,    u"amount_refunded"_s};

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void version();
    void help_data();
    void help();
    void databaseChoice_data();
    void databaseChoice();
    void demoIsDeterministic();
    void listText();
    void listJson_data();
    void listJson();
    void listSearch_data();
    void listSearch();
    void listStatus_data();
    void listStatus();
    void listStatusPartitionsRecords();
    void showText();
    void showJson();
    void refundAmount_data();
    void refundAmount();
    void refundReported_data();
    void refundReported();
    void refundMetadataAndNote();
    void idempotentReplay();
    void idempotencyConflict();
    void refundStatus_data();
    void refundStatus();
    void verifyAfterEverything();
    void errors_data();
    void errors();

private:
    CliRun cli(const QStringList &arguments) const { return runCli(arguments, m_environment); }
    QJsonObject show(const QString &id) const;
    QJsonArray listData(const QStringList &extra) const;
    QByteArray snapshot() const;
    QString expand(QString text) const;

    QTemporaryDir m_templateDir;
    QString m_template; ///< the demo database (300 records, seed 3) each test copies
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QProcessEnvironment m_environment;
    /// Records and refunds of the demo data, by role: "{usd}" in an argument becomes the id.
    QMap<QString, QString> m_ids;
    QMap<QString, QJsonObject> m_records;
    QByteArray m_templateSnapshot;
};

void tst_Cli::initTestCase()
{
    QVERIFY(m_templateDir.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(REFUNDDESK_CLI_PATH)), REFUNDDESK_CLI_PATH);
    m_template = m_templateDir.filePath(u"template.sqlite"_s);
    m_environment = cliEnvironment(m_template, m_templateDir.path());

    const CliRun demo = cli({u"demo"_s, u"--records"_s, u"300"_s, u"--seed"_s, u"3"_s});
    QVERIFY2(demo.exitCode == 0, demo.describe());
    QVERIFY2(demo.outText().startsWith(u"Generated 300 records"_s), demo.describe());
    // The CLI closed its connection, so the WAL is checkpointed and one file is the database.
    QVERIFY(!QFileInfo::exists(m_template + u"-wal"_s));

    // Pick one record of each kind the tests need from the seeded data; a paid one
    // without any refund, not even a failed one, so a test sees only its own refunds.
    const auto first = [this](const QString &state, const QString &currency) {
        for (const QJsonValue &value : listData({u"--status"_s, state})) {
            const QJsonObject record = value.toObject();
            if (!currency.isEmpty()
                && record.value(u"amount"_s).toObject().value(u"currency"_s) != currency)
                continue;
            if (state == u"paid"_s
                && !show(record.value(u"id"_s).toString())
                        .value(u"refunddesk"_s)
                        .toObject()
                        .value(u"refunds"_s)
                        .toArray()
                        .isEmpty())
                continue;
            return record;
        }
        return QJsonObject();
    };
    const QList<std::tuple<QString, QString, QString>> wanted {
        {u"usd"_s, u"paid"_s, u"usd"_s},    {u"jpy"_s, u"paid"_s, u"jpy"_s},
        {u"kwd"_s, u"paid"_s, u"kwd"_s},    {u"failed"_s, u"failed"_s, {}},
        {u"canceled"_s, u"canceled"_s, {}}, {u"pending"_s, u"pending"_s, {}},
        {u"refunded"_s, u"refunded"_s, {}},
    };
    for (const auto &[role, state, currency] : wanted) {
        const QJsonObject record = first(state, currency);
        QVERIFY2(!record.isEmpty(), qPrintable(role));
        m_ids.insert(role, record.value(u"id"_s).toString());
        m_records.insert(role, record);
    }
    m_ids.insert(u"usdOver"_s,
                 QString::number(valueOf(m_records.value(u"usd"_s), u"amount_guaranteed"_s) + 1));

    const QJsonObject refunded = show(m_ids.value(u"refunded"_s));
    for (const QJsonValue &refund :
         refunded.value(u"refunddesk"_s).toObject().value(u"refunds"_s).toArray()) {
        if (refund.toObject().value(u"status"_s) == u"succeeded"_s)
            m_ids.insert(u"refund"_s, refund.toObject().value(u"id"_s).toString());
    }
    QVERIFY(m_ids.contains(u"refund"_s));

    // Each test's database is a byte copy of this one, so this is its state before the test.
    m_templateSnapshot = snapshot();
    QVERIFY(m_templateSnapshot.contains("\nOK: 300 records"));
}

void tst_Cli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"refunddesk.sqlite"_s);
    QVERIFY(QFile::copy(m_template, m_db));
    m_environment = cliEnvironment(m_db, m_dir->path());

    QFile notADatabase(m_dir->filePath(u"notes.txt"_s));
    QVERIFY(notADatabase.open(QIODevice::WriteOnly));
    notADatabase.write(QByteArray("These are an agent's notes, not a database.\n").repeated(40));
    m_ids.insert(u"dir"_s, m_dir->path());
    m_ids.insert(u"db"_s, m_db);
    m_ids.insert(u"notadb"_s, notADatabase.fileName());
}

QJsonObject tst_Cli::show(const QString &id) const
{
    const CliRun run = cli({u"show"_s, id, u"--json"_s});
    return run.exitCode == 0 && run.err.isEmpty() ? objectOf(run.out) : QJsonObject();
}

QJsonArray tst_Cli::listData(const QStringList &extra) const
{
    const CliRun run = cli(QStringList {u"list"_s, u"--json"_s, u"--limit"_s, u"10000"_s} + extra);
    return run.exitCode == 0 ? objectOf(run.out).value(u"data"_s).toArray() : QJsonArray();
}

QByteArray tst_Cli::snapshot() const
{
    QByteArray state;
    for (const CliRun &run :
         {cli({u"list"_s, u"--json"_s, u"--limit"_s, u"10000"_s}), cli({u"verify"_s})})
        state += run.describe().left(20) + run.out + run.err;
    return state;
}

QString tst_Cli::expand(QString text) const
{
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
        text.replace(u'{' + it.key() + u'}', it.value());
    return text;
}

void tst_Cli::version()
{
    for (const QString &option : {u"--version"_s, u"-v"_s}) {
        const CliRun run = cli({option});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.outText(), u"refunddesk-cli " REFUNDDESK_VERSION "\n"_s);
        QCOMPARE(run.err, QByteArray());
    }
}

void tst_Cli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");

    const QStringList commands {u"demo"_s,          u"list"_s,   u"show ID"_s,   u"refund ID"_s,
                                u"refund-status"_s, u"verify"_s, u"Exit codes"_s};
    QTest::newRow("--help") << QStringList {u"--help"_s} << commands;
    QTest::newRow("-h") << QStringList {u"-h"_s} << commands;
    QTest::newRow("--help after --db")
        << QStringList {u"--db"_s, u"{db}"_s, u"--help"_s} << commands;
    QTest::newRow("demo --help") << QStringList {u"demo"_s, u"--help"_s}
                                 << QStringList {u"--records"_s, u"--seed"_s, u"--db"_s};
    QTest::newRow("list --help") << QStringList {u"list"_s, u"--help"_s}
                                 << QStringList {u"--search"_s, u"--status"_s, u"--limit"_s,
                                                 u"--json"_s};
    QTest::newRow("show --help") << QStringList {u"show"_s, u"--help"_s}
                                 << QStringList {u"--json"_s, u"ID"_s};
    QTest::newRow("refund --help")
        << QStringList {u"refund"_s, u"--help"_s}
        << QStringList {u"--amount"_s,   u"--minor"_s,     u"--full"_s,
                        u"--reason"_s,   u"--metadata"_s,  u"--idempotency-key"_s,
                        u"--reported"_s, u"--reference"_s, u"--refunded-at"_s};
    QTest::newRow("refund-status --help")
        << QStringList {u"refund-status"_s, u"--help"_s}
        << QStringList {u"--failure-reason"_s, u"--pending-reason"_s, u"STATUS"_s};
    QTest::newRow("verify --help")
        << QStringList {u"verify"_s, u"--help"_s} << QStringList {u"event chain"_s};
}

void tst_Cli::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);

    QStringList expanded;
    for (const QString &argument : arguments)
        expanded << expand(argument);
    const CliRun run = cli(expanded);
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.err, QByteArray());
    for (const QString &mention : mentions)
        QVERIFY2(run.outText().contains(mention), qPrintable(mention + u'\n' + run.outText()));
    QCOMPARE(snapshot(), m_templateSnapshot);
}

void tst_Cli::databaseChoice_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("usesOther");

    const QStringList demo {u"demo"_s, u"--records"_s, u"7"_s};
    QTest::newRow("REFUNDDESK_DB") << demo << false;
    QTest::newRow("--db before the command")
        << QStringList {u"--db"_s, u"{dir}/other.sqlite"_s} + demo << true;
    QTest::newRow("--db after the command")
        << demo + QStringList {u"--db"_s, u"{dir}/other.sqlite"_s} << true;
}

void tst_Cli::databaseChoice()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, usesOther);

    for (QString &argument : arguments)
        argument = expand(argument);
    const QString other = m_dir->filePath(u"other.sqlite"_s);
    const CliRun run = cli(arguments);
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.outText().contains(usesOther ? other : m_db), run.describe());

    const qsizetype envRecords = listData({}).size();
    QCOMPARE(envRecords, usesOther ? 300 : 307);
    QCOMPARE(QFileInfo::exists(other), usesOther);
    if (usesOther) {
        const CliRun list = cli({u"--db"_s, other, u"list"_s, u"--json"_s});
        QCOMPARE(objectOf(list.out).value(u"data"_s).toArray().size(), 7);
    }
    // Nothing was ever written to a default location.
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"data"_s)));
}

void tst_Cli::demoIsDeterministic()
{
    const auto generate = [this](const QString &name, const QString &seed) {
        const QString path = m_dir->filePath(name);
        const CliRun demo =
            cli({u"--db"_s, path, u"demo"_s, u"--records"_s, u"300"_s, u"--seed"_s, seed});
        if (demo.exitCode != 0)
            return demo.describe();
        const CliRun list = cli({u"--db"_s, path, u"list"_s, u"--json"_s, u"--limit"_s, u"300"_s});
        return list.exitCode == 0 ? list.out : list.describe();
    };
    const QByteArray first = generate(u"a.sqlite"_s, u"3"_s);
    const QByteArray second = generate(u"b.sqlite"_s, u"3"_s);
    const QByteArray otherSeed = generate(u"c.sqlite"_s, u"4"_s);

    const QJsonObject list = objectOf(first);
    QCOMPARE(list.value(u"data"_s).toArray().size(), 300);
    QCOMPARE(list.value(u"has_more"_s).toBool(true), false);
    QCOMPARE(first, second);
    QVERIFY(first != otherSeed);
    QCOMPARE(objectOf(otherSeed).value(u"data"_s).toArray().size(), 300);

    // The template every other test uses is the same seed, so the same data.
    const CliRun fromTemplate = cli({u"list"_s, u"--json"_s, u"--limit"_s, u"300"_s});
    QCOMPARE(fromTemplate.out, first);
}

void tst_Cli::listText()
{
    const QJsonArray data = listData({});
    QCOMPARE(data.size(), 300);

    const CliRun all = cli({u"list"_s, u"--limit"_s, u"10000"_s});
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(all.err, QByteArray());
    const QStringList rows = lines(all.out);
    QCOMPARE(rows.size(), 300);
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject record = data.at(i).toObject();
        const QStringList columns = rows.at(i).split(u' ', Qt::SkipEmptyParts);
        QCOMPARE(columns.first(), record.value(u"id"_s).toString());
        QVERIFY2(rows.at(i).endsWith(
                     record.value(u"customer_details"_s).toObject().value(u"email"_s).toString()),
                 qPrintable(rows.at(i)));
    }

    // The default page is 50 records and says there are more.
    const CliRun page = cli({u"list"_s});
    QCOMPARE(page.exitCode, 0);
    const QStringList pageRows = lines(page.out);
    QCOMPARE(pageRows.size(), 51);
    QCOMPARE(pageRows.mid(0, 50), rows.mid(0, 50));
    QVERIFY2(pageRows.last().contains(u"more records"_s), qPrintable(pageRows.last()));
}

void tst_Cli::listJson_data()
{
    QTest::addColumn<QStringList>("limit");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("hasMore");

    QTest::newRow("default limit") << QStringList() << 50 << true;
    QTest::newRow("--limit 1") << QStringList {u"--limit"_s, u"1"_s} << 1 << true;
    QTest::newRow("--limit 299") << QStringList {u"--limit"_s, u"299"_s} << 299 << true;
    QTest::newRow("--limit 300, exactly all")
        << QStringList {u"--limit"_s, u"300"_s} << 300 << false;
    QTest::newRow("--limit 301") << QStringList {u"--limit"_s, u"301"_s} << 300 << false;
    QTest::newRow("--limit 10000") << QStringList {u"--limit"_s, u"10000"_s} << 300 << false;
}

void tst_Cli::listJson()
{
    QFETCH(QStringList, limit);
    QFETCH(int, count);
    QFETCH(bool, hasMore);

    const CliRun run = cli(QStringList {u"list"_s, u"--json"_s} + limit);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());
    const QJsonObject list = document.object();
    QCOMPARE(list.value(u"object"_s).toString(), u"list"_s);
    QVERIFY(list.value(u"has_more"_s).isBool());
    QCOMPARE(list.value(u"has_more"_s).toBool(), hasMore);
    QVERIFY(list.value(u"data"_s).isArray());
    const QJsonArray data = list.value(u"data"_s).toArray();
    QCOMPARE(data.size(), count);

    qint64 previousCreated = std::numeric_limits<qint64>::max();
    for (const QJsonValue &value : data) {
        const QJsonObject record = value.toObject();
        QCOMPARE(record.value(u"object"_s).toString(), u"payment_record"_s);
        QVERIFY(record.value(u"id"_s).toString().startsWith(u"pr_"_s));
        const QString currency =
            record.value(u"amount"_s).toObject().value(u"currency"_s).toString();
        QCOMPARE(currency.size(), 3);
        QCOMPARE(currency, currency.toLower());
        for (const QString &field : amountFields) {
            const QJsonObject amount = record.value(field).toObject();
            QCOMPARE(amount.keys(), (QStringList {u"currency"_s, u"value"_s}));
            QCOMPARE(amount.value(u"currency"_s).toString(), currency);
            // An integer count of minor units, never a decimal.
            QVERIFY(amount.value(u"value"_s).isDouble());
            QCOMPARE(amount.value(u"value"_s).toDouble(),
                     double(amount.value(u"value"_s).toInteger(-1)));
            QVERIFY(amount.value(u"value"_s).toInteger(-1) >= 0);
        }
        // Newest first.
        const qint64 created = record.value(u"created"_s).toInteger();
        QVERIFY(created <= previousCreated);
        previousCreated = created;
    }
}

void tst_Cli::listSearch_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("part");

    QTest::newRow("email local part") << u"usd"_s << u"email-local"_s;
    QTest::newRow("middle of the email") << u"jpy"_s << u"email-middle"_s;
    QTest::newRow("email local part in capitals") << u"kwd"_s << u"email-upper"_s;
    QTest::newRow("whole record id") << u"kwd"_s << u"id"_s;
    QTest::newRow("first two letters of the email") << u"refunded"_s << u"email-prefix"_s;
}

void tst_Cli::listSearch()
{
    QFETCH(QString, role);
    QFETCH(QString, part);

    const QJsonObject target = m_records.value(role);
    const QString id = target.value(u"id"_s).toString();
    const QString email =
        target.value(u"customer_details"_s).toObject().value(u"email"_s).toString();
    QVERIFY(email.contains(u'@'));
    QString term;
    if (part == u"email-local"_s)
        term = email.section(u'@', 0, 0);
    else if (part == u"email-middle"_s)
        term = email.mid(2, 5);
    else if (part == u"email-upper"_s)
        term = email.section(u'@', 0, 0).toUpper();
    else if (part == u"id"_s)
        term = id;
    else
        term = email.left(2); // too short for trigrams: matches the start of an id or email

    const QJsonArray found = listData({u"--search"_s, term});
    QVERIFY2(!found.isEmpty(), qPrintable(term));
    bool hasTarget = false;
    for (const QJsonValue &value : found) {
        const QJsonObject record = value.toObject();
        const QJsonObject customer = record.value(u"customer_details"_s).toObject();
        const QString haystack =
            QStringList {
                record.value(u"id"_s).toString(),
                customer.value(u"email"_s).toString(),
                customer.value(u"name"_s).toString(),
                record.value(u"description"_s).toString(),
                record.value(u"processor_details"_s)
                    .toObject()
                    .value(u"custom"_s)
                    .toObject()
                    .value(u"payment_reference"_s)
                    .toString(),
            }
                .join(u' ');
        QVERIFY2(haystack.contains(term, Qt::CaseInsensitive),
                 qPrintable(term + u": "_s + haystack));
        if (part == u"email-prefix"_s) {
            QVERIFY2(customer.value(u"email"_s).toString().startsWith(term)
                         || record.value(u"id"_s).toString().startsWith(term),
                     qPrintable(term + u": "_s + haystack));
        }
        hasTarget = hasTarget || record.value(u"id"_s).toString() == id;
    }
    QVERIFY(hasTarget);
    if (part == u"id"_s)
        QCOMPARE(found.size(), 1);
    else
        QVERIFY2(found.size() < 300, qPrintable(term));

    // The text listing finds the same records.
    const CliRun text = cli({u"list"_s, u"--search"_s, term, u"--limit"_s, u"10000"_s});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(lines(text.out).size(), found.size());

    const QJsonArray nothing = listData({u"--search"_s, u"zzqx-no-such-text"_s});
    QCOMPARE(nothing.size(), 0);
}

void tst_Cli::listStatus_data()
{
    QTest::addColumn<QString>("state");
    for (const char *state : {"paid", "partially_refunded", "refunded", "refund_pending", "failed",
                              "canceled", "pending"})
        QTest::newRow(state) << QString::fromLatin1(state);
}

void tst_Cli::listStatus()
{
    QFETCH(QString, state);

    const CliRun text = cli({u"list"_s, u"--status"_s, state, u"--limit"_s, u"10000"_s});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.err, QByteArray());
    const QStringList rows = lines(text.out);
    QVERIFY2(!rows.isEmpty(), "the demo data has records in every state");
    for (const QString &row : rows)
        QCOMPARE(row.split(u' ', Qt::SkipEmptyParts).value(2), state);

    const QJsonArray data = listData({u"--status"_s, state});
    QCOMPARE(data.size(), rows.size());
    for (const QJsonValue &value : data) {
        const QJsonObject r = value.toObject();
        const qint64 guaranteed = valueOf(r, u"amount_guaranteed"_s);
        const qint64 refunded = valueOf(r, u"amount_refunded"_s);
        const qint64 failed = valueOf(r, u"amount_failed"_s);
        const qint64 canceled = valueOf(r, u"amount_canceled"_s);
        bool fits = false;
        if (state == u"paid"_s)
            fits = guaranteed > 0 && refunded == 0;
        else if (state == u"partially_refunded"_s)
            fits = refunded > 0 && refunded < guaranteed;
        else if (state == u"refunded"_s)
            fits = refunded > 0 && refunded >= guaranteed;
        else if (state == u"refund_pending"_s)
            fits = guaranteed > 0
                && show(r.value(u"id"_s).toString())
                        .value(u"refunddesk"_s)
                        .toObject()
                        .value(u"state"_s)
                        .toString()
                    == state;
        else if (state == u"failed"_s)
            fits = guaranteed == 0 && failed > 0;
        else if (state == u"canceled"_s)
            fits = guaranteed == 0 && failed == 0 && canceled > 0;
        else if (state == u"pending"_s)
            fits = guaranteed == 0 && failed == 0 && canceled == 0;
        QVERIFY2(fits, QJsonDocument(r).toJson().constData());
    }
}

void tst_Cli::listStatusPartitionsRecords()
{
    qsizetype total = 0;
    for (const QString &state : {u"paid"_s, u"partially_refunded"_s, u"refunded"_s,
                                 u"refund_pending"_s, u"failed"_s, u"canceled"_s, u"pending"_s})
        total += listData({u"--status"_s, state}).size();
    QCOMPARE(total, 300);
}

void tst_Cli::showText()
{
    const QString id = m_ids.value(u"refunded"_s);
    const CliRun run = cli({u"show"_s, id});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    const QString out = run.outText();
    QVERIFY2(out.startsWith(id), qPrintable(out));
    for (const QString &part : {u"Guaranteed"_s, u"Refundable"_s, u"Attempts:"_s, u"Refunds:"_s,
                                u"History:"_s, u"import.demo"_s, m_ids.value(u"refund"_s)})
        QVERIFY2(out.contains(part), qPrintable(part + u'\n' + out));
}

void tst_Cli::showJson()
{
    const QString id = m_ids.value(u"refunded"_s);
    const QJsonObject record = show(id);
    QCOMPARE(record.value(u"object"_s).toString(), u"payment_record"_s);
    QCOMPARE(record.value(u"id"_s).toString(), id);
    // The API's fields are the list's, unchanged.
    QJsonObject listed = m_records.value(u"refunded"_s);
    QJsonObject withoutDesk = record;
    withoutDesk.remove(u"refunddesk"_s);
    QCOMPARE(withoutDesk, listed);

    const QJsonObject desk = record.value(u"refunddesk"_s).toObject();
    QCOMPARE(desk.value(u"state"_s).toString(), u"refunded"_s);
    QCOMPARE(valueOf(desk, u"amount_refundable"_s), 0);

    const QJsonArray refunds = desk.value(u"refunds"_s).toArray();
    QVERIFY(!refunds.isEmpty());
    qint64 succeeded = 0;
    for (const QJsonValue &value : refunds) {
        const QJsonObject refund = value.toObject();
        QCOMPARE(refund.value(u"object"_s).toString(), u"refund"_s);
        QCOMPARE(refund.value(u"payment_record"_s).toString(), id);
        QVERIFY(refund.value(u"id"_s).toString().startsWith(u"re_"_s));
        QCOMPARE(refund.value(u"currency"_s),
                 record.value(u"amount"_s).toObject().value(u"currency"_s));
        if (refund.value(u"status"_s) == u"succeeded"_s)
            succeeded += refund.value(u"amount"_s).toInteger();
    }
    QCOMPARE(succeeded + valueOf(desk, u"amount_prior_refunded"_s),
             valueOf(record, u"amount_refunded"_s));

    const QJsonArray attempts = desk.value(u"payment_attempt_records"_s).toArray();
    QVERIFY(!attempts.isEmpty());
    QCOMPARE(attempts.last().toObject().value(u"object"_s).toString(), u"payment_attempt_record"_s);

    const QJsonArray history = desk.value(u"history"_s).toArray();
    QVERIFY(!history.isEmpty());
    const QJsonObject imported = history.first().toObject();
    QCOMPARE(imported.value(u"object"_s).toString(), u"event"_s);
    QCOMPARE(imported.value(u"action"_s).toString(), u"import.demo"_s);
    QCOMPARE(imported.value(u"payload"_s).toObject().value(u"records"_s).toInt(), 300);
    QCOMPARE(imported.value(u"hash"_s).toString().size(), 64);
}

void tst_Cli::refundAmount_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QStringList>("amount");
    QTest::addColumn<qint64>("expected"); // minor units; -1: all that is refundable

    QTest::newRow("usd --amount 12.50")
        << u"usd"_s << QStringList {u"--amount"_s, u"12.50"_s} << qint64(1250);
    QTest::newRow("usd --amount 12,50")
        << u"usd"_s << QStringList {u"--amount"_s, u"12,50"_s} << qint64(1250);
    QTest::newRow("usd --amount 0.01")
        << u"usd"_s << QStringList {u"--amount"_s, u"0.01"_s} << qint64(1);
    QTest::newRow("usd --amount 7")
        << u"usd"_s << QStringList {u"--amount"_s, u"7"_s} << qint64(700);
    QTest::newRow("usd --minor 1234")
        << u"usd"_s << QStringList {u"--minor"_s, u"1234"_s} << qint64(1234);
    QTest::newRow("usd --full") << u"usd"_s << QStringList {u"--full"_s} << qint64(-1);
    QTest::newRow("jpy --amount 500")
        << u"jpy"_s << QStringList {u"--amount"_s, u"500"_s} << qint64(500);
    QTest::newRow("jpy --full") << u"jpy"_s << QStringList {u"--full"_s} << qint64(-1);
    QTest::newRow("kwd --amount 1.234")
        << u"kwd"_s << QStringList {u"--amount"_s, u"1.234"_s} << qint64(1234);
    QTest::newRow("kwd --amount 2.5")
        << u"kwd"_s << QStringList {u"--amount"_s, u"2.5"_s} << qint64(2500);
}

void tst_Cli::refundAmount()
{
    QFETCH(QString, role);
    QFETCH(QStringList, amount);
    QFETCH(qint64, expected);

    const QString id = m_ids.value(role);
    const QJsonObject before = show(id);
    const qint64 guaranteed = valueOf(before, u"amount_guaranteed"_s);
    const qint64 refundable =
        valueOf(before.value(u"refunddesk"_s).toObject(), u"amount_refundable"_s);
    QCOMPARE(refundable, guaranteed);
    if (expected < 0)
        expected = refundable;

    const CliRun run = cli(QStringList {u"refund"_s, id} + amount);
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.err, QByteArray());
    const QJsonObject refund = objectOf(run.out);
    QCOMPARE(refund.value(u"object"_s).toString(), u"refund"_s);
    QVERIFY(refund.value(u"id"_s).toString().startsWith(u"re_"_s));
    QCOMPARE(refund.value(u"payment_record"_s).toString(), id);
    QCOMPARE(refund.value(u"amount"_s).toInteger(), expected);
    QCOMPARE(refund.value(u"currency"_s).toString(), role);
    QCOMPARE(refund.value(u"status"_s).toString(), u"pending"_s);
    QCOMPARE(refund.value(u"created_by"_s).toString(), u"local:tester"_s);
    QCOMPARE(refund.value(u"payment_attempt_record"_s),
             before.value(u"latest_payment_attempt_record"_s));

    const QJsonObject after = show(id);
    const QJsonObject desk = after.value(u"refunddesk"_s).toObject();
    QCOMPARE(desk.value(u"state"_s).toString(), u"refund_pending"_s);
    QCOMPARE(valueOf(desk, u"amount_reserved"_s), expected);
    QCOMPARE(valueOf(desk, u"amount_refundable"_s), refundable - expected);
    QCOMPARE(valueOf(after, u"amount_refunded"_s), 0); // pending is not refunded yet
    const QJsonArray refunds = desk.value(u"refunds"_s).toArray();
    QCOMPARE(refunds.size(), 1);
    QCOMPARE(refunds.first().toObject(), refund);
    const QJsonObject event = desk.value(u"history"_s).toArray().last().toObject();
    QCOMPARE(event.value(u"action"_s).toString(), u"refund.created"_s);
    QCOMPARE(event.value(u"entity_id"_s), refund.value(u"id"_s));
    QCOMPARE(event.value(u"actor"_s).toString(), u"local:tester"_s);
    QCOMPARE(event.value(u"payload"_s).toObject().value(u"amount"_s).toInteger(), expected);
}

void tst_Cli::refundReported_data()
{
    QTest::addColumn<QString>("refundedAt"); // empty: not given, so now
    QTest::addColumn<qint64>("expected");

    const qint64 created = m_records.value(u"usd"_s).value(u"created"_s).toInteger();
    const qint64 at = created + 3600;
    QTest::newRow("RFC 3339 in UTC") << rfc3339Utc(at) << at;
    QTest::newRow("RFC 3339 with an offset")
        << QDateTime::fromSecsSinceEpoch(at, QTimeZone(2 * 3600)).toString(Qt::ISODate) << at;
    QTest::newRow("RFC 3339 with milliseconds")
        << QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc())
               .toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s)
        << at;
    QTest::newRow("Unix seconds") << QString::number(at) << at;
    QTest::newRow("at the payment's own second") << rfc3339Utc(created) << created;
    QTest::newRow("not given") << QString() << qint64(-1);
}

void tst_Cli::refundReported()
{
    QFETCH(QString, refundedAt);
    QFETCH(qint64, expected);

    if (expected > QDateTime::currentSecsSinceEpoch())
        QSKIP("The clock is before the demo data's payments; no refunded_at can be valid.");
    const QString id = m_ids.value(u"usd"_s);
    const QString reference =
        u"PSP-REF-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    QStringList arguments {u"refund"_s,      id,       u"--amount"_s, u"20.00"_s, u"--reported"_s,
                           u"--reference"_s, reference};
    if (!refundedAt.isEmpty())
        arguments << u"--refunded-at"_s << refundedAt;
    const qint64 startedAt = QDateTime::currentSecsSinceEpoch();
    const CliRun run = cli(arguments);
    QVERIFY2(run.exitCode == 0, run.describe());
    const QJsonObject refund = objectOf(run.out);
    QCOMPARE(refund.value(u"status"_s).toString(), u"succeeded"_s);
    QCOMPARE(refund.value(u"refund_reference"_s).toString(), reference);
    QCOMPARE(refund.value(u"amount"_s).toInteger(), 2000);
    const qint64 refunded = refund.value(u"refunded_at"_s).toInteger(-1);
    if (expected >= 0) {
        QCOMPARE(refunded, expected);
    } else {
        QVERIFY(refunded >= startedAt);
        QVERIFY(refunded <= QDateTime::currentSecsSinceEpoch());
    }
    QVERIFY(refund.value(u"initiated_at"_s).toInteger(-1) <= refunded);

    const QJsonObject after = show(id);
    QCOMPARE(valueOf(after, u"amount_refunded"_s), 2000);
    QCOMPARE(after.value(u"refunddesk"_s).toObject().value(u"state"_s).toString(),
             u"partially_refunded"_s);
    // The processor's reference finds the record.
    const QJsonArray found = listData({u"--search"_s, reference});
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().toObject().value(u"id"_s).toString(), id);

    const CliRun verify = cli({u"verify"_s});
    QVERIFY2(verify.exitCode == 0, verify.describe());
}

void tst_Cli::refundMetadataAndNote()
{
    const QString id = m_ids.value(u"usd"_s);
    const CliRun run =
        cli({u"refund"_s, id, u"--minor"_s, u"300"_s, u"--reason"_s, u"requested_by_customer"_s,
             u"--metadata"_s, u"ticket=T-1234"_s, u"--metadata"_s, u"channel=phone"_s,
             u"--metadata"_s, u"formula=a=b"_s, u"--note"_s, u"Customer called twice"_s});
    QVERIFY2(run.exitCode == 0, run.describe());
    const QJsonObject refund = objectOf(run.out);
    QCOMPARE(refund.value(u"reason"_s).toString(), u"requested_by_customer"_s);
    QCOMPARE(refund.value(u"note"_s).toString(), u"Customer called twice"_s);
    const QJsonObject metadata {
        {u"ticket"_s, u"T-1234"_s}, {u"channel"_s, u"phone"_s}, {u"formula"_s, u"a=b"_s}};
    QCOMPARE(refund.value(u"metadata"_s).toObject(), metadata);

    const QJsonObject stored =
        show(id).value(u"refunddesk"_s).toObject().value(u"refunds"_s).toArray().first().toObject();
    QCOMPARE(stored.value(u"metadata"_s).toObject(), metadata);
    QCOMPARE(stored.value(u"note"_s).toString(), u"Customer called twice"_s);
}

void tst_Cli::idempotentReplay()
{
    const QString id = m_ids.value(u"usd"_s);
    const QStringList arguments {u"refund"_s,
                                 id,
                                 u"--minor"_s,
                                 u"500"_s,
                                 u"--metadata"_s,
                                 u"ticket=T-9"_s,
                                 u"--idempotency-key"_s,
                                 u"retry-key-1"_s};
    const CliRun first = cli(arguments);
    QVERIFY2(first.exitCode == 0, first.describe());
    const qsizetype events =
        show(id).value(u"refunddesk"_s).toObject().value(u"history"_s).toArray().size();

    const CliRun again = cli(arguments);
    QVERIFY2(again.exitCode == 0, again.describe());
    QCOMPARE(again.err, QByteArray());
    const QJsonObject original = objectOf(first.out);
    QCOMPARE(objectOf(again.out).value(u"id"_s), original.value(u"id"_s));
    QCOMPARE(objectOf(again.out), original);

    const QJsonObject desk = show(id).value(u"refunddesk"_s).toObject();
    QCOMPARE(desk.value(u"refunds"_s).toArray().size(), 1);
    QCOMPARE(valueOf(desk, u"amount_reserved"_s), 500);
    QCOMPARE(desk.value(u"history"_s).toArray().size(), events); // the replay wrote nothing
}

void tst_Cli::idempotencyConflict()
{
    const QString id = m_ids.value(u"usd"_s);
    const CliRun first =
        cli({u"refund"_s, id, u"--minor"_s, u"500"_s, u"--idempotency-key"_s, u"key-2"_s});
    QVERIFY2(first.exitCode == 0, first.describe());
    const QString refundId = objectOf(first.out).value(u"id"_s).toString();
    const QByteArray before = snapshot();

    const CliRun other =
        cli({u"refund"_s, id, u"--minor"_s, u"501"_s, u"--idempotency-key"_s, u"key-2"_s});
    QCOMPARE(other.exitCode, 1);
    QCOMPARE(other.out, QByteArray());
    QVERIFY2(isOneErrorLine(other.err), other.err.constData());
    QVERIFY2(other.errText().contains(u"\"key-2\""_s), other.err.constData());
    QVERIFY2(other.errText().contains(refundId), other.err.constData());
    QCOMPARE(snapshot(), before);

    // The same key on another payment is another request too.
    const CliRun elsewhere = cli({u"refund"_s, m_ids.value(u"jpy"_s), u"--minor"_s, u"500"_s,
                                  u"--idempotency-key"_s, u"key-2"_s});
    QCOMPARE(elsewhere.exitCode, 1);
    QCOMPARE(snapshot(), before);
}

void tst_Cli::refundStatus_data()
{
    QTest::addColumn<QList<QStringList>>("steps");
    QTest::addColumn<bool>("countsAsRefunded");
    QTest::addColumn<bool>("staysReserved");
    QTest::addColumn<QString>("failureReason");

    const QStringList succeeded {u"succeeded"_s};
    QTest::newRow("pending → succeeded")
        << QList<QStringList> {succeeded} << true << false << QString();
    QTest::newRow("pending → succeeded → failed")
        << QList<QStringList> {succeeded, {u"failed"_s, u"--failure-reason"_s, u"declined"_s}}
        << false << false << u"declined"_s;
    QTest::newRow("pending → failed")
        << QList<QStringList> {{u"failed"_s, u"--failure-reason"_s, u"insufficient_funds"_s}}
        << false << false << u"insufficient_funds"_s;
    QTest::newRow("pending → canceled")
        << QList<QStringList> {{u"canceled"_s}} << false << false << QString();
    QTest::newRow("pending → requires_action → pending → succeeded")
        << QList<QStringList> {{u"requires_action"_s},
                               {u"pending"_s, u"--pending-reason"_s, u"processing"_s},
                               succeeded}
        << true << false << QString();
    QTest::newRow("pending → requires_action")
        << QList<QStringList> {{u"requires_action"_s}} << false << true << QString();
    QTest::newRow("pending → succeeded with the processor's reference")
        << QList<QStringList> {{u"succeeded"_s, u"--reference"_s, u"PSP-777"_s}} << true << false
        << QString();
}

void tst_Cli::refundStatus()
{
    QFETCH(QList<QStringList>, steps);
    QFETCH(bool, countsAsRefunded);
    QFETCH(bool, staysReserved);
    QFETCH(QString, failureReason);

    const QString id = m_ids.value(u"usd"_s);
    const CliRun created = cli({u"refund"_s, id, u"--minor"_s, u"700"_s});
    QVERIFY2(created.exitCode == 0, created.describe());
    const QString refundId = objectOf(created.out).value(u"id"_s).toString();

    QString from = u"pending"_s;
    for (const QStringList &step : steps) {
        const CliRun run = cli(QStringList {u"refund-status"_s, refundId} + step);
        QVERIFY2(run.exitCode == 0, run.describe());
        QCOMPARE(run.err, QByteArray());
        const QJsonObject refund = objectOf(run.out);
        QCOMPARE(refund.value(u"id"_s).toString(), refundId);
        QCOMPARE(refund.value(u"status"_s).toString(), step.first());
        QCOMPARE(refund.value(u"amount"_s).toInteger(), 700);
        if (step.contains(u"--pending-reason"_s))
            QCOMPARE(refund.value(u"pending_reason"_s).toString(), step.last());
        if (step.contains(u"--reference"_s))
            QCOMPARE(refund.value(u"refund_reference"_s).toString(), step.last());
        if (step.first() == u"succeeded"_s)
            QVERIFY(refund.value(u"refunded_at"_s).toInteger(-1) > 0);
    }

    const QJsonObject record = show(id);
    const QJsonObject desk = record.value(u"refunddesk"_s).toObject();
    const QJsonObject refund = desk.value(u"refunds"_s).toArray().first().toObject();
    QCOMPARE(refund.value(u"status"_s).toString(), steps.last().first());
    QCOMPARE(refund.value(u"failure_reason"_s).toString(), failureReason);
    QCOMPARE(valueOf(record, u"amount_refunded"_s), countsAsRefunded ? 700 : 0);
    QCOMPARE(valueOf(desk, u"amount_reserved"_s), staysReserved ? 700 : 0);
    QCOMPARE(valueOf(desk, u"amount_refundable"_s),
             valueOf(record, u"amount_guaranteed"_s)
                 - (countsAsRefunded || staysReserved ? 700 : 0));

    // One event per change, each naming where it came from and where it went.
    QStringList changes;
    for (const QJsonValue &value : desk.value(u"history"_s).toArray()) {
        const QJsonObject event = value.toObject();
        if (event.value(u"action"_s) != u"refund.status_changed"_s)
            continue;
        QCOMPARE(event.value(u"entity_id"_s).toString(), refundId);
        const QJsonObject payload = event.value(u"payload"_s).toObject();
        QCOMPARE(payload.value(u"from"_s).toString(), from);
        from = payload.value(u"to"_s).toString();
        changes << from;
    }
    QStringList expectedChanges;
    for (const QStringList &step : steps)
        expectedChanges << step.first();
    QCOMPARE(changes, expectedChanges);

    const CliRun verify = cli({u"verify"_s});
    QVERIFY2(verify.exitCode == 0, verify.describe());
}

void tst_Cli::verifyAfterEverything()
{
    const QRegularExpression ok(
        uR"(^OK: (\d+) records, (\d+) refunds, (\d+) events checked; 0 warning\(s\)\.$)"_s,
        QRegularExpression::MultilineOption);
    const CliRun initial = cli({u"verify"_s});
    QCOMPARE(initial.exitCode, 0);
    const QRegularExpressionMatch start = ok.match(initial.outText());
    QVERIFY2(start.hasMatch(), initial.out.constData());
    QCOMPARE(start.captured(1), u"300"_s);

    const QString usd = m_ids.value(u"usd"_s);
    const QString kwdCreated =
        QString::number(m_records.value(u"kwd"_s).value(u"created"_s).toInteger() + 60);
    const QList<QStringList> writes {
        {u"refund"_s, usd, u"--amount"_s, u"10.00"_s},
        {u"refund"_s, usd, u"--minor"_s, u"250"_s, u"--idempotency-key"_s, u"v-1"_s,
         u"--metadata"_s, u"a=b"_s},
        {u"refund"_s, m_ids.value(u"jpy"_s), u"--full"_s, u"--reason"_s, u"duplicate"_s},
        {u"refund"_s, m_ids.value(u"kwd"_s), u"--amount"_s, u"0.500"_s, u"--reported"_s,
         u"--reference"_s, u"REF-V"_s, u"--refunded-at"_s, kwdCreated},
    };
    QStringList refundIds;
    for (const QStringList &write : writes) {
        const CliRun run = cli(write);
        QVERIFY2(run.exitCode == 0, run.describe());
        refundIds << objectOf(run.out).value(u"id"_s).toString();
    }
    const QList<QStringList> changes {
        {u"refund-status"_s, refundIds.at(0), u"succeeded"_s},
        {u"refund-status"_s, refundIds.at(1), u"failed"_s, u"--failure-reason"_s, u"unknown"_s},
        {u"refund-status"_s, refundIds.at(3), u"failed"_s, u"--failure-reason"_s, u"declined"_s},
    };
    for (const QStringList &change : changes) {
        const CliRun run = cli(change);
        QVERIFY2(run.exitCode == 0, run.describe());
    }
    // Refused and replayed requests write nothing.
    QCOMPARE(cli({u"refund"_s, usd, u"--minor"_s, u"250"_s, u"--idempotency-key"_s, u"v-1"_s,
                  u"--metadata"_s, u"a=b"_s})
                 .exitCode,
             0);
    QCOMPARE(cli({u"refund"_s, m_ids.value(u"jpy"_s), u"--minor"_s, u"1"_s}).exitCode, 1);

    const CliRun verify = cli({u"verify"_s});
    QVERIFY2(verify.exitCode == 0, verify.describe());
    QCOMPARE(verify.err, QByteArray());
    const QRegularExpressionMatch end = ok.match(verify.outText());
    QVERIFY2(end.hasMatch(), verify.out.constData());
    QCOMPARE(end.captured(1), u"300"_s);
    QCOMPARE(end.captured(2).toInt(), start.captured(2).toInt() + 4);
    QCOMPARE(end.captured(3).toInt(), start.captured(3).toInt() + 7);
    QVERIFY(!verify.outText().contains(u"problem"_s));
}

void tst_Cli::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name, const QStringList &arguments, int exitCode,
                        const QString &message) {
        QTest::newRow(name) << arguments << exitCode << message;
    };
    const QString refund = u"refund"_s, status = u"refund-status"_s, minor = u"--minor"_s,
                  amount = u"--amount"_s;

    // Usage of the command line itself
    row("unknown command", {u"bogus"_s}, 2, u"Unknown command \"bogus\""_s);
    row("no command", {}, 2, u"No command given"_s);
    row("only --db, no command", {u"--db"_s, u"{db}"_s}, 2, u"No command given"_s);
    row("unknown option", {u"list"_s, u"--bogus"_s}, 2, u"'bogus'"_s);
    row("list with a stray word", {u"list"_s, u"ivanov"_s}, 2, u"\"ivanov\""_s);
    row("verify with a stray word", {u"verify"_s, u"now"_s}, 2, u"\"now\""_s);
    row("show without an id", {u"show"_s}, 2, u"exactly one payment record id"_s);
    row("show of an unknown id", {u"show"_s, u"pr_doesnotexist"_s}, 1,
        u"No payment record pr_doesnotexist"_s);

    // refund: how much
    row("refund without amount", {refund, u"{usd}"_s}, 2, u"exactly one of --amount"_s);
    row("refund with --amount and --full", {refund, u"{usd}"_s, amount, u"1"_s, u"--full"_s}, 2,
        u"exactly one of --amount"_s);
    row("refund with --amount and --minor", {refund, u"{usd}"_s, amount, u"1"_s, minor, u"100"_s},
        2, u"exactly one of --amount"_s);
    row("refund without a payment id", {refund, minor, u"100"_s}, 2,
        u"exactly one payment record id"_s);
    row("--amount 1.005 on usd", {refund, u"{usd}"_s, amount, u"1.005"_s}, 1, u"\"1.005\""_s);
    row("--amount 1.5 on jpy", {refund, u"{jpy}"_s, amount, u"1.5"_s}, 1, u"\"1.5\""_s);
    row("--amount 1.2345 on kwd", {refund, u"{kwd}"_s, amount, u"1.2345"_s}, 1, u"\"1.2345\""_s);
    row("--amount abc", {refund, u"{usd}"_s, amount, u"abc"_s}, 1, u"\"abc\""_s);
    row("--amount negative", {refund, u"{usd}"_s, amount, u"-5"_s}, 1, u"\"-5\""_s);
    row("--minor abc", {refund, u"{usd}"_s, minor, u"abc"_s}, 2, u"\"abc\""_s);
    row("--minor 0", {refund, u"{usd}"_s, minor, u"0"_s}, 1, u"greater than zero"_s);
    row("over-refund", {refund, u"{usd}"_s, minor, u"{usdOver}"_s}, 1, u"exceeds"_s);
    row("--full on a refunded payment", {refund, u"{refunded}"_s, u"--full"_s}, 1,
        u"Nothing is left to refund on {refunded}"_s);
    row("refund of a failed payment", {refund, u"{failed}"_s, minor, u"100"_s}, 1,
        u"{failed} cannot be refunded: the payment failed"_s);
    row("refund of a canceled payment", {refund, u"{canceled}"_s, minor, u"100"_s}, 1,
        u"{canceled} cannot be refunded: the payment was canceled"_s);
    row("refund of a never guaranteed payment", {refund, u"{pending}"_s, u"--full"_s}, 1,
        u"no payment attempt was ever guaranteed"_s);
    row("unknown payment id", {refund, u"pr_doesnotexist"_s, minor, u"100"_s}, 1,
        u"No payment record pr_doesnotexist"_s);
    row("unknown payment id with --amount", {refund, u"pr_doesnotexist"_s, amount, u"1"_s}, 1,
        u"No payment record pr_doesnotexist"_s);

    // refund: the other fields
    row("--reason bogus", {refund, u"{usd}"_s, minor, u"100"_s, u"--reason"_s, u"bogus"_s}, 1,
        u"\"bogus\" is not one of duplicate, fraudulent, requested_by_customer"_s);
    row("--metadata without =", {refund, u"{usd}"_s, minor, u"100"_s, u"--metadata"_s, u"ticket"_s},
        2, u"\"ticket\""_s);
    row("--metadata without a key", {refund, u"{usd}"_s, minor, u"100"_s, u"--metadata"_s, u"=v"_s},
        2, u"\"=v\""_s);
    row("--metadata key with a bracket",
        {refund, u"{usd}"_s, minor, u"100"_s, u"--metadata"_s, u"a[b]=1"_s}, 1, u"\"a[b]\""_s);
    row("--refunded-at yesterday",
        {refund, u"{usd}"_s, minor, u"100"_s, u"--reported"_s, u"--reference"_s, u"R-1"_s,
         u"--refunded-at"_s, u"yesterday"_s},
        2, u"\"yesterday\""_s);
    row("--refunded-at without --reported",
        {refund, u"{usd}"_s, minor, u"100"_s, u"--refunded-at"_s, u"1793491200"_s}, 1,
        u"refunded_at can only be given for a refund reported"_s);
    row("--refunded-at in the future",
        {refund, u"{usd}"_s, minor, u"100"_s, u"--reported"_s, u"--reference"_s, u"R-1"_s,
         u"--refunded-at"_s, u"2999-01-01T00:00:00Z"_s},
        1, u"is in the future"_s);
    row("--refunded-at before the payment",
        {refund, u"{usd}"_s, minor, u"100"_s, u"--reported"_s, u"--reference"_s, u"R-1"_s,
         u"--refunded-at"_s, u"1970-01-02T00:00:00Z"_s},
        1, u"is before payment {usd} was created"_s);
    row("--reported without --reference", {refund, u"{usd}"_s, minor, u"100"_s, u"--reported"_s}, 1,
        u"refund reference"_s);
    row("--reference without --reported",
        {refund, u"{usd}"_s, minor, u"100"_s, u"--reference"_s, u"R-1"_s}, 2,
        u"--reference belongs to --reported"_s);

    // refund-status
    row("impossible transition", {status, u"{refund}"_s, u"pending"_s}, 1,
        u"cannot change from succeeded to pending"_s);
    row("same status again", {status, u"{refund}"_s, u"succeeded"_s}, 1,
        u"cannot change from succeeded to succeeded"_s);
    row("failed without --failure-reason", {status, u"{refund}"_s, u"failed"_s}, 1,
        u"failure_reason is required"_s);
    row("--failure-reason bogus",
        {status, u"{refund}"_s, u"failed"_s, u"--failure-reason"_s, u"bogus"_s}, 1,
        u"\"bogus\" is not one of lost_or_stolen_card"_s);
    row("unknown refund id", {status, u"re_doesnotexist"_s, u"succeeded"_s}, 1,
        u"No refund re_doesnotexist"_s);
    row("unknown status name", {status, u"{refund}"_s, u"done"_s}, 1,
        u"status \"done\" is not one of pending"_s);
    row("refund-status without a status", {status, u"{refund}"_s}, 2,
        u"a refund id and a status"_s);

    // demo and list options
    row("demo --records -5", {u"demo"_s, u"--records"_s, u"-5"_s}, 2, u"--records \"-5\""_s);
    row("demo --records abc", {u"demo"_s, u"--records"_s, u"abc"_s}, 2, u"--records \"abc\""_s);
    row("demo --seed -1", {u"demo"_s, u"--seed"_s, u"-1"_s}, 2, u"--seed \"-1\""_s);
    row("list --status bogus", {u"list"_s, u"--status"_s, u"bogus"_s}, 2,
        u"\"bogus\" is not one of pending, paid"_s);
    row("list --limit abc", {u"list"_s, u"--limit"_s, u"abc"_s}, 2, u"--limit \"abc\""_s);
    row("list --limit 0", {u"list"_s, u"--limit"_s, u"0"_s}, 2, u"--limit \"0\""_s);
    row("list --limit 10001", {u"list"_s, u"--limit"_s, u"10001"_s}, 2, u"--limit \"10001\""_s);

    // Storage
    row("--db in a missing directory", {u"--db"_s, u"{dir}/missing/refunddesk.sqlite"_s, u"list"_s},
        3, u"Cannot open the database {dir}/missing/refunddesk.sqlite"_s);
    row("--db in a missing directory, refund",
        {u"--db"_s, u"{dir}/missing/refunddesk.sqlite"_s, refund, u"{usd}"_s, minor, u"1"_s}, 3,
        u"{dir}/missing/refunddesk.sqlite"_s);
    row("--db on a file that is not a database", {u"--db"_s, u"{notadb}"_s, u"list"_s}, 3,
        u"not a database"_s);
    row("--db on a file that is not a database, verify", {u"verify"_s, u"--db"_s, u"{notadb}"_s}, 3,
        u"not a database"_s);
    row("--db on a file that is not a database, demo",
        {u"--db"_s, u"{notadb}"_s, u"demo"_s, u"--records"_s, u"5"_s}, 3, u"not a database"_s);
}

void tst_Cli::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    for (QString &argument : arguments)
        argument = expand(argument);
    message = expand(message);
    QFile notADatabase(m_ids.value(u"notadb"_s));
    QVERIFY(notADatabase.open(QIODevice::ReadOnly));
    const QByteArray notes = notADatabase.readAll();
    notADatabase.close();

    const CliRun run = cli(arguments);
    QVERIFY2(run.finished, run.describe());
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(isOneErrorLine(run.err), run.describe());
    QVERIFY2(run.errText().contains(message), qPrintable(message + u" in "_s + run.errText()));
    QVERIFY2(run.out.isEmpty(), run.describe());

    // Unchanged: the same listing and the same verify report (counts of refunds and events).
    QCOMPARE(snapshot(), m_templateSnapshot);
    QVERIFY(notADatabase.open(QIODevice::ReadOnly));
    QCOMPARE(notADatabase.readAll(), notes);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"missing"_s)));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"data"_s))); // no default database appeared
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
