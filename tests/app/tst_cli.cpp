// refunddesk-cli commands that read, end to end: --version and --help, which database
// is used, demo, list (text, API JSON, --search, --status) and show.

#include "clifixture.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace RefundDesk::Testing;
using namespace Qt::StringLiterals;

namespace {

QStringList lines(const QByteArray &out)
{
    return QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
}

const QStringList amountFields {
    u"amount"_s,          u"amount_requested"_s, u"amount_authorized"_s, u"amount_guaranteed"_s,
    u"amount_canceled"_s, u"amount_failed"_s,    u"amount_refunded"_s};

} // namespace

class tst_Cli : public QObject, public CliFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { createTemplate(); }
    void init() { copyTemplate(); }

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
};

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

    const QStringList commands {
        u"demo"_s,   u"list"_s,       u"show ID"_s,   u"refund ID"_s,    u"refund-status"_s,
        u"verify"_s, u"Exit codes"_s, u"approvals"_s, u"approve ID"_s,   u"reject ID"_s,
        u"audit"_s,  u"users"_s,      u"--as USER"_s, u"4 not allowed"_s};
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
        << QStringList {u"verify"_s, u"--help"_s}
        << QStringList {u"event chain"_s, u"--anchor"_s, u"--anchor-file"_s, u"--as"_s};
    QTest::newRow("users --help") << QStringList {u"users"_s, u"--help"_s}
                                  << QStringList {u"users add NAME --role ROLE"_s,
                                                  u"--limit"_s,
                                                  u"--password-stdin"_s,
                                                  u"set-role"_s,
                                                  u"set-limits"_s,
                                                  u"set-password"_s,
                                                  u"disable"_s,
                                                  u"enable"_s,
                                                  u"--json"_s};
    QTest::newRow("approvals --help")
        << QStringList {u"approvals"_s, u"--help"_s} << QStringList {u"--json"_s};
    QTest::newRow("approve --help") << QStringList {u"approve"_s, u"--help"_s}
                                    << QStringList {u"--note"_s, u"--expect-amount"_s};
    QTest::newRow("reject --help")
        << QStringList {u"reject"_s, u"--help"_s} << QStringList {u"--note"_s};
    QTest::newRow("audit --help") << QStringList {u"audit"_s, u"--help"_s}
                                  << QStringList {u"--user"_s, u"--action"_s, u"--entity"_s,
                                                  u"--from"_s, u"--to"_s,     u"--limit"_s,
                                                  u"--json"_s, u"--head"_s};
    QTest::newRow("export --help")
        << QStringList {u"export"_s, u"--help"_s} << QStringList {u"--personal-data"_s};
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

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
