#pragma once

// Shortcuts for the command-line suites with users (tst_cliusers, tst_cliapprovals,
// tst_clipermissions): running refunddesk-cli signed in with --as and a password in
// REFUNDDESK_PASSWORD, feeding standard input, and reading the database file directly to
// tell that a refused command changed nothing.

#include "clirunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

namespace RefundDesk::Testing {

/// Every test user's password: long enough for Password::validateNew, distinct per user.
inline QString passwordOf(const QString &user)
{
    return user + QStringLiteral("-correct-horse");
}

/// refunddesk-cli with `input` on standard input (closed after it).
inline CliRun runCliWithInput(const QStringList &arguments, const QProcessEnvironment &environment,
                              const QByteArray &input)
{
    const auto process = startCli(arguments, environment);
    process->write(input);
    process->closeWriteChannel();
    return finishCli(*process);
}

/// The environment with the signing-in user's password.
inline QProcessEnvironment passwordEnvironment(QProcessEnvironment environment,
                                               const QString &password)
{
    environment.insert(QStringLiteral("REFUNDDESK_PASSWORD"), password);
    return environment;
}

/// Runs refunddesk-cli as a user, with their password, or as the local operator when the
/// user is empty.
inline CliRun runAs(const QString &user, const QStringList &arguments,
                    const QProcessEnvironment &environment, const QByteArray &input = {})
{
    if (user.isEmpty())
        return runCliWithInput(arguments, environment, input);
    return runCliWithInput(QStringList {QStringLiteral("--as"), user} + arguments,
                           passwordEnvironment(environment, passwordOf(user)), input);
}

/// Every row of every table of the database file, in a stable order, as text; the events
/// of signing in (which every command with --as appends) are left out, so two dumps are
/// equal exactly when nothing else was written.
inline QByteArray databaseDump(const QString &path)
{
    sqlite3 *db = nullptr;
    QByteArray dump;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        sqlite3_close(db);
        return "cannot open " + path.toUtf8();
    }
    QStringList tables;
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                       "'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
                       -1, &stmt, nullptr);
    while (sqlite3_step(stmt) == SQLITE_ROW)
        tables << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    for (const QString &table : std::as_const(tables)) {
        QString sql = QStringLiteral("SELECT * FROM \"%1\"").arg(table);
        if (table == QLatin1String("events")) {
            sql += QStringLiteral(" WHERE action NOT IN ('user.signed_in', "
                                  "'user.sign_in_failed') ORDER BY seq");
        }
        dump += "\n[" + table.toUtf8() + "]\n";
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK) {
            dump += sqlite3_errmsg(db);
            continue;
        }
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            for (int column = 0; column < sqlite3_column_count(stmt); ++column) {
                const auto *text =
                    reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
                dump += (text ? QByteArray(text) : QByteArray("NULL")) + '|';
            }
            dump += '\n';
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return dump;
}

/// The one JSON object a command printed on standard output.
inline QJsonObject jsonOf(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

} // namespace RefundDesk::Testing
