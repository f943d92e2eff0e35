#pragma once

// The fixture of the command-line suites (tst_cli*.cpp), end to end through the built
// refunddesk-cli: initTestCase() generates one demo database and picks a record of each
// kind from it; init() gives every test its own byte copy, so a test can check exit codes,
// standard output (text and API JSON), the one line on standard error, and that a refused
// command leaves the database as it was.

#include "clirunner.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <tuple>

namespace RefundDesk::Testing {

// The suites' own literals; a declaration, so nothing else of Qt's namespace leaks in.
using Qt::Literals::StringLiterals::operator""_s;

inline QJsonObject objectOf(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
}

inline qint64 valueOf(const QJsonObject &object, const QString &field)
{
    return object.value(field).toObject().value(u"value"_s).toInteger(-1);
}

/// The demo database each test copies, the records picked from it, and the shortcuts every
/// command-line suite uses on them.
class CliFixture
{
protected:
    /// For initTestCase(): generate the demo database and pick the records the tests need.
    void createTemplate();
    /// For init(): this test's own copy of the demo database, and a file that is not one.
    void copyTemplate();

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

inline void CliFixture::createTemplate()
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

inline void CliFixture::copyTemplate()
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

inline QJsonObject CliFixture::show(const QString &id) const
{
    const CliRun run = cli({u"show"_s, id, u"--json"_s});
    return run.exitCode == 0 && run.err.isEmpty() ? objectOf(run.out) : QJsonObject();
}

inline QJsonArray CliFixture::listData(const QStringList &extra) const
{
    const CliRun run = cli(QStringList {u"list"_s, u"--json"_s, u"--limit"_s, u"10000"_s} + extra);
    return run.exitCode == 0 ? objectOf(run.out).value(u"data"_s).toArray() : QJsonArray();
}

inline QByteArray CliFixture::snapshot() const
{
    QByteArray state;
    for (const CliRun &run :
         {cli({u"list"_s, u"--json"_s, u"--limit"_s, u"10000"_s}), cli({u"verify"_s})})
        state += run.describe().left(20) + run.out + run.err;
    return state;
}

inline QString CliFixture::expand(QString text) const
{
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
        text.replace(u'{' + it.key() + u'}', it.value());
    return text;
}

} // namespace RefundDesk::Testing
