// audit: the event log, newest first, filtered by user, action, entity and time; and its
// head (seq and hash), which an outside copy keeps to prove later that history was not
// rewritten (verify --anchor).

#include "cli.h"
#include "core/timestamp.h"
#include "io/apijson.h"

#include <QCoreApplication>

namespace RefundDesk::Cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RefundDesk::Cli", text);
}

constexpr int pageSize = 500;
constexpr int payloadChars = 60;

Result<std::optional<qint64>> optionalMs(const QCommandLineParser &parser,
                                         const QCommandLineOption &option, const QString &field)
{
    if (!parser.isSet(option))
        return std::optional<qint64>();
    const auto seconds = parseTimestamp(parser.value(option), field);
    if (!seconds)
        return seconds.error();
    return std::optional<qint64>(seconds.value() * 1000);
}

QString shortPayload(const QByteArray &payload)
{
    const QString text = QString::fromUtf8(payload);
    return text.size() <= payloadChars ? text : text.left(payloadChars - 1) + QChar(0x2026);
}

/// The head as one JSON line: {"seq":N,"hash":"…","time":"…"}; hex and RFC 3339 need no
/// escaping, so the fields keep this order.
int printHead(Context &context, Store &store)
{
    // headEvent() takes no actor, so the permission is checked here.
    if (auto allowed = context.require(Permission::ViewAudit); !allowed)
        return Context::fail(allowed.error());
    const auto head = store.headEvent();
    if (!head)
        return Context::fail(head.error());
    Context::out(QStringLiteral("{\"seq\":%1,\"hash\":\"%2\",\"time\":\"%3\"}")
                     .arg(head->seq)
                     .arg(QString::fromLatin1(head->hash), formatTimestamp(head->timeMs / 1000)));
    return Success;
}

} // namespace

int audit(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption user(QStringLiteral("user"), tr("Only events by this user."),
                                  QStringLiteral("USER"));
    const QCommandLineOption action(QStringLiteral("action"),
                                    tr("Only this action, e.g. refund.approved."),
                                    QStringLiteral("ACTION"));
    const QCommandLineOption entity(QStringLiteral("entity"),
                                    tr("Only events on this refund, payment record or user."),
                                    QStringLiteral("ID"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("Events at or after this time (RFC 3339, a date, or Unix "
                                     "seconds)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Events before this time."),
                                QStringLiteral("DATE"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N events."),
                                   QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the API's list envelope."));
    const QCommandLineOption head(QStringLiteral("head"),
                                  tr("Print only the newest event's seq, hash and time, as one "
                                     "JSON line to keep for verify --anchor-file."));
    parser.addOptions({user, action, entity, from, to, limit, json, head});
    if (auto stop = context.parse(parser,
                                  tr("audit [--user USER] [--action ACTION] [--entity ID] "
                                     "[--from DATE] [--to DATE] [--limit N] [--json] | audit "
                                     "--head: the audit trail, newest first.")))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return Context::usageError(tr("audit takes no arguments besides its options."));
    if (parser.isSet(head)) {
        for (const QCommandLineOption *other : {&user, &action, &entity, &from, &to, &json}) {
            if (parser.isSet(*other)) {
                return Context::usageError(
                    tr("--head stands alone; it does not take --%1.").arg(other->names().first()));
            }
        }
    }

    AuditQuery query;
    query.actor = parser.value(user);
    query.action = parser.value(action);
    query.entityId = parser.value(entity);
    const auto fromMs = optionalMs(parser, from, QStringLiteral("--from"));
    if (!fromMs)
        return Context::fail(fromMs.error());
    query.fromMs = fromMs.value();
    const auto toMs = optionalMs(parser, to, QStringLiteral("--to"));
    if (!toMs)
        return Context::fail(toMs.error());
    query.toMs = toMs.value();
    bool ok = false;
    const int wanted = parser.value(limit).toInt(&ok);
    if (!ok || wanted < 1 || wanted > 1'000'000) {
        return Context::usageError(tr("--limit \"%1\" must be a whole number from 1 to 1000000.")
                                       .arg(parser.value(limit)));
    }

    auto store = context.store(parser);
    if (!store)
        return Context::fail(store.error());
    if (parser.isSet(head))
        return printHead(context, *store.value());

    QList<Event> events;
    bool hasMore = false;
    for (;;) {
        query.limit = std::min(pageSize, int(wanted - events.size()));
        const auto page = store.value()->listEvents(query, context.actor());
        if (!page)
            return Context::fail(page.error());
        events << page->events;
        hasMore = page->hasMore;
        if (!hasMore || page->events.isEmpty() || events.size() >= wanted)
            break;
        query.beforeSeq = page->events.last().seq;
    }

    if (parser.isSet(json)) {
        QList<QByteArray> objects;
        for (const Event &e : std::as_const(events))
            objects << ApiJson::event(e);
        Context::outBytes(ApiJson::list(objects, hasMore, ApiJson::Layout::Indented));
        return Success;
    }
    if (events.isEmpty()) {
        Context::out(tr("No events match."));
        return Success;
    }
    for (const Event &e : std::as_const(events)) {
        // One multi-argument arg(): a "%1" inside a payload is never taken for a placeholder.
        Context::out(QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                         .arg(QString::number(e.seq).rightJustified(6),
                              formatTimestamp(e.timeMs / 1000).leftJustified(20),
                              e.actor.leftJustified(16), e.action.leftJustified(24),
                              e.entityId.leftJustified(27), e.recordId.leftJustified(27),
                              shortPayload(e.payload)));
    }
    if (hasMore)
        Context::out(tr("… more events; raise --limit or narrow the filter."));
    return Success;
}

} // namespace RefundDesk::Cli
