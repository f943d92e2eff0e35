// refunddesk-cli refusing, end to end: every way to be wrong gives its exit code (1 rule,
// 2 usage, 3 storage), one line on standard error naming the problem, nothing on standard
// output, and a database, and any file it was pointed at, left as they were.

#include "clifixture.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace RefundDesk::Testing;
using namespace Qt::StringLiterals;

class tst_CliErrors : public QObject, public CliFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { createTemplate(); }
    void init() { copyTemplate(); }

    void errors_data();
    void errors();
};

void tst_CliErrors::errors_data()
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

void tst_CliErrors::errors()
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

QTEST_GUILESS_MAIN(tst_CliErrors)
#include "tst_clierrors.moc"
