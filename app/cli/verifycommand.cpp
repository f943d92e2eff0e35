// verify: SQLite's check of the file (quick, or --full), every money invariant and the event chain,
// and optionally anchors: an event's seq and hash kept outside the desk (audit --head), which must
// still be there unchanged, so a rewritten history with a recomputed chain is found too.

#include "cli.h"
#include "money/money.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace RefundDesk::Cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RefundDesk::Cli", text);
}

/// An event as it was when someone wrote its seq and hash down.
struct Anchor
{
    qint64 seq = 0;
    QString hash;
};

Result<Anchor> makeAnchor(qint64 seq, const QString &hash, const QString &source)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (seq < 1 || !hex.match(hash).hasMatch()) {
        return Error::usage(QStringLiteral("anchor"),
                            tr("%1 is not an anchor: it needs an event number from 1 and a "
                               "SHA-256 hash of 64 hex digits, as audit --head prints them.")
                                .arg(source));
    }
    return Anchor {seq, hash};
}

/// "SEQ:HASH".
Result<Anchor> parseAnchor(const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    bool ok = false;
    const qint64 seq = colon > 0 ? text.left(colon).toLongLong(&ok) : 0;
    return makeAnchor(ok ? seq : 0, text.mid(colon + 1).trimmed().toLower(),
                      tr("--anchor \"%1\"").arg(text));
}

/// The JSON line audit --head printed: {"seq":N,"hash":"…","time":"…"}.
Result<Anchor> readAnchorFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QJsonObject head = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    return makeAnchor(head.value(QStringLiteral("seq")).toInteger(0),
                      head.value(QStringLiteral("hash")).toString().toLower(),
                      tr("--anchor-file %1").arg(path));
}

/// Empty when the anchored event is there with its hash; else the problem, for people.
Result<QString> checkAnchor(Store &store, const Anchor &anchor)
{
    const auto event = store.event(anchor.seq);
    if (!event && event.error().kind == ErrorKind::NotFound) {
        return tr("Anchor event %1 is missing: history up to it was removed or rewritten.")
            .arg(anchor.seq);
    }
    if (!event)
        return event.error();
    if (QString::fromLatin1(event->hash) != anchor.hash) {
        return tr("Anchor event %1 (%2 by %3) has hash %4, not the anchored %5: history up "
                  "to it was rewritten.")
            .arg(QString::number(anchor.seq), event->action, event->actor,
                 QString::fromLatin1(event->hash), anchor.hash);
    }
    return QString();
}

} // namespace

int verify(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption anchor(QStringLiteral("anchor"),
                                    tr("Also check that event SEQ still has this hash, as "
                                       "audit --head printed it earlier."),
                                    QStringLiteral("SEQ:HASH"));
    const QCommandLineOption anchorFile(QStringLiteral("anchor-file"),
                                        tr("Like --anchor, from a file audit --head wrote."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption full(QStringLiteral("full"),
                                  tr("Check every index entry against its row (SQLite's "
                                     "integrity_check) instead of the quick check of pages, "
                                     "rows and constraints: about a minute per million "
                                     "records instead of seconds."));
    parser.addOptions({anchor, anchorFile, full});
    if (auto stop = context.parse(parser,
                                  tr("verify [--full] [--anchor SEQ:HASH] [--anchor-file "
                                     "FILE]: SQLite's check of the file, money invariants "
                                     "and the event chain.")))
        return *stop;
    if (!parser.positionalArguments().isEmpty()) {
        return Context::usageError(tr("verify takes no arguments, but was given \"%1\".")
                                       .arg(parser.positionalArguments().join(u' ')));
    }
    QList<Anchor> anchors;
    for (const QString &text : parser.values(anchor)) {
        const auto parsed = parseAnchor(text);
        if (!parsed)
            return Context::fail(parsed.error());
        anchors << parsed.value();
    }
    for (const QString &path : parser.values(anchorFile)) {
        const auto read = readAnchorFile(path);
        if (!read)
            return Context::fail(read.error());
        anchors << read.value();
    }
    auto store = context.store(parser);
    if (!store)
        return Context::fail(store.error());
    // verify() takes no actor and reports the audit trail's head, so it is checked here.
    if (auto allowed = context.require(Permission::ViewAudit); !allowed)
        return Context::fail(allowed.error());
    auto report =
        store.value()->verify(parser.isSet(full) ? VerifyDepth::Full : VerifyDepth::Quick);
    if (!report)
        return Context::fail(report.error());
    QStringList anchorsHeld;
    for (const Anchor &a : std::as_const(anchors)) {
        const auto problem = checkAnchor(*store.value(), a);
        if (!problem)
            return Context::fail(problem.error());
        if (problem->isEmpty())
            anchorsHeld << tr("anchor: event %1 still has hash %2").arg(a.seq).arg(a.hash);
        else
            report.value().problems << *problem;
    }
    const auto head = store.value()->headEvent();
    if (!head && head.error().kind != ErrorKind::NotFound)
        return Context::fail(head.error());

    const QLocale locale;
    for (const QString &warning : report->warnings)
        Context::out(tr("warning: %1").arg(warning));
    for (const QString &problem : report->problems)
        Context::out(tr("problem: %1").arg(problem));
    for (const CurrencyTotals &t : report->totals) {
        Context::out(
            tr("%1: %2 records, %3 guaranteed, %4 refunded, %5 reserved")
                .arg(t.currency, locale.toString(t.records), formatMoney(t.guaranteed, t.currency),
                     formatMoney(t.refunded, t.currency), formatMoney(t.reserved, t.currency)));
    }
    Context::out(head ? tr("head: event %1, hash %2")
                            .arg(QString::number(head->seq), QString::fromLatin1(head->hash))
                      : tr("head: no events yet"));
    for (const QString &line : std::as_const(anchorsHeld))
        Context::out(line);
    const QString counts =
        tr("%1 records, %2 refunds, %3 events checked")
            .arg(locale.toString(report->recordsChecked), locale.toString(report->refundsChecked),
                 locale.toString(report->eventsChecked));
    if (!report->ok()) {
        return Context::fail(Error::rule(
            {},
            tr("verify found %1 problem(s) (%2); the first: %3")
                .arg(QString::number(report->problems.size()), counts, report->problems.first())));
    }
    Context::out(tr("OK: %1; %2 warning(s).").arg(counts).arg(report->warnings.size()));
    return Success;
}

} // namespace RefundDesk::Cli
