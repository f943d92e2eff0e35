// Someone edits the database file behind RefundDesk's back, with SQLite itself and the
// guarding triggers dropped: refunddesk-cli verify must notice, name what it found and
// exit 1, while reading the records still works.

#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace RefundDesk::Testing;
using namespace Qt::StringLiterals;

class tst_TamperFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tamper_data();
    void tamper();
};

void tst_TamperFile::tamper_data()
{
    QTest::addColumn<QString>("sql"); // {refund} and {record} name what the test created
    QTest::addColumn<QString>("problem");

    // Events 1, 2 and 3: the demo import, the refund, its status change to succeeded.
    QTest::newRow("payload of an event changed")
        << u"DROP TRIGGER events_no_update; "
           "UPDATE events SET payload = replace(payload, '\"amount\":1234', '\"amount\":1') "
           "WHERE seq = 2;"_s
        << u"Event chain broken at the first bad link: event 2 (refund.created on {refund}) "
           "was changed after it was written."_s;
    QTest::newRow("actor of an event changed")
        << u"DROP TRIGGER events_no_update; "
           "UPDATE events SET actor = 'local:mallory' WHERE seq = 3;"_s
        << u"Event chain broken at the first bad link: event 3 (refund.status_changed on "
           "{refund}) was changed after it was written."_s;
    QTest::newRow("event deleted")
        << u"DROP TRIGGER events_no_delete; DELETE FROM events WHERE seq = 2;"_s
        << u"Event chain broken at the first bad link: event 3 follows event 1: events are "
           "missing."_s;
    QTest::newRow("event relinked")
        << u"DROP TRIGGER events_no_update; UPDATE events SET prev_hash = "
           "'0000000000000000000000000000000000000000000000000000000000000000' WHERE seq = 3;"_s
        << u"Event chain broken at the first bad link: event 3 does not link to the event "
           "before it."_s;
    QTest::newRow("refunded amount raised without a refund")
        << u"UPDATE payment_records SET amount_refunded = amount_refunded + 1 "
           "WHERE id = '{record}';"_s
        << u"{record}: amount_refunded is"_s;
}

void tst_TamperFile::tamper()
{
    QFETCH(QString, sql);
    QFETCH(QString, problem);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"refunddesk.sqlite"_s);
    const QProcessEnvironment environment = cliEnvironment(path, dir.path());
    const auto cli = [&environment](const QStringList &arguments) {
        return runCli(arguments, environment);
    };

    QCOMPARE(cli({u"demo"_s, u"--records"_s, u"40"_s, u"--seed"_s, u"5"_s}).exitCode, 0);
    const CliRun paid =
        cli({u"list"_s, u"--status"_s, u"paid"_s, u"--json"_s, u"--limit"_s, u"1"_s});
    const QString record = QJsonDocument::fromJson(paid.out)
                               .object()
                               .value(u"data"_s)
                               .toArray()
                               .first()
                               .toObject()
                               .value(u"id"_s)
                               .toString();
    QVERIFY2(!record.isEmpty(), paid.describe());
    const CliRun refund = cli({u"refund"_s, record, u"--minor"_s, u"1234"_s});
    QVERIFY2(refund.exitCode == 0, refund.describe());
    const QString refundId = QJsonDocument::fromJson(refund.out).object().value(u"id"_s).toString();
    QCOMPARE(cli({u"refund-status"_s, refundId, u"succeeded"_s}).exitCode, 0);
    const CliRun clean = cli({u"verify"_s});
    QVERIFY2(clean.exitCode == 0, clean.describe());
    QVERIFY2(clean.outText().contains(u"3 events checked"_s), clean.describe());
    const QByteArray listing = cli({u"list"_s, u"--json"_s, u"--limit"_s, u"100"_s}).out;

    sql.replace(u"{refund}"_s, refundId).replace(u"{record}"_s, record);
    problem.replace(u"{refund}"_s, refundId).replace(u"{record}"_s, record);
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr),
             SQLITE_OK);
    char *error = nullptr;
    // The tamperer puts back the triggers it dropped, so only the chain and the money
    // invariants can give it away.
    QStringList triggers;
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT sql FROM sqlite_master WHERE type = 'trigger'", -1, &stmt,
                       nullptr);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        triggers << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)))
                        .replace(u"CREATE TRIGGER "_s, u"CREATE TRIGGER IF NOT EXISTS "_s);
    }
    sqlite3_finalize(stmt);
    const int changed = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    const QByteArray message = error ? QByteArray(error) : QByteArray();
    sqlite3_free(error);
    const int rows = sqlite3_changes(db);
    for (const QString &definition : std::as_const(triggers))
        sqlite3_exec(db, definition.toUtf8().constData(), nullptr, nullptr, nullptr);
    QCOMPARE(sqlite3_close(db), SQLITE_OK);
    QVERIFY2(changed == SQLITE_OK, message.constData());
    QCOMPARE(rows, 1);

    const CliRun verify = cli({u"verify"_s});
    QCOMPARE(verify.exitCode, 1);
    QVERIFY2(verify.outText().contains(u"problem: "_s + problem), verify.describe());
    QVERIFY2(isOneErrorLine(verify.err), verify.describe());
    QVERIFY2(verify.errText().contains(u"verify found 1 problem(s)"_s), verify.describe());

    // The records still read, and an event's change does not change them.
    const CliRun list = cli({u"list"_s, u"--json"_s, u"--limit"_s, u"100"_s});
    QCOMPARE(list.exitCode, 0);
    if (!sql.contains(u"payment_records"_s))
        QCOMPARE(list.out, listing);
}

QTEST_GUILESS_MAIN(tst_TamperFile)
#include "tst_tamperfile.moc"
