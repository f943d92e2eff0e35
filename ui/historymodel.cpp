#include "historymodel.h"

#include "core/timestamp.h"
#include "historytext.h"
#include "recordformat.h"
#include "roles.h"
#include "store/store.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

namespace RefundDesk {
namespace {

Q_LOGGING_CATEGORY(lcHistory, "refunddesk.ui.history")

const QString attemptAction = QStringLiteral("payment_attempt");
const QString refundAction = QStringLiteral("refund");

bool createsRefund(const Event &event)
{
    return event.action == u"refund.created" || event.action == u"refund.imported";
}

/// The status a refund had before `event` changed it, if the event says.
std::optional<RefundStatus> statusBefore(const Event &event)
{
    const QJsonObject payload = QJsonDocument::fromJson(event.payload).object();
    QJsonValue from;
    if (event.action == u"refund.status_changed")
        from = payload.value(QStringLiteral("from"));
    else if (event.action == u"refund.updated")
        from = payload.value(QStringLiteral("status")).toObject().value(QStringLiteral("from"));
    const auto status = refundStatusFromString(from.toString());
    return status ? std::optional(status.value()) : std::nullopt;
}

/// Rich text showing `plain` as it is, line breaks and indentation included.
QString preformatted(QString plain)
{
    plain.replace(u'&', QStringLiteral("&amp;"))
        .replace(u'<', QStringLiteral("&lt;"))
        .replace(u'>', QStringLiteral("&gt;"));
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(plain);
}

} // namespace

HistoryModel::HistoryModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{ }

void HistoryModel::setRecord(const QString &recordId)
{
    m_recordId = recordId;
    refresh();
}

void HistoryModel::refresh()
{
    // Read before the reset, so the view never shows an empty timeline in between.
    std::optional<QList<Entry>> entries;
    if (!m_recordId.isEmpty())
        entries = readEntries();
    beginResetModel();
    m_entries = entries.value_or(QList<Entry>());
    endResetModel();
}

std::optional<QList<HistoryModel::Entry>> HistoryModel::readEntries()
{
    const auto failed = [this](const Error &error) {
        qCWarning(lcHistory) << "reading the history of" << m_recordId
                             << "failed:" << error.message;
        Q_EMIT errorOccurred(error.message);
        return std::nullopt;
    };
    const Result<PaymentRecord> record = m_store.record(m_recordId);
    if (!record)
        return failed(record.error());
    const Result<QList<Event>> events = m_store.history(m_recordId);
    if (!events)
        return failed(events.error());
    const Result<QList<PaymentAttempt>> attempts = m_store.attempts(m_recordId);
    if (!attempts)
        return failed(attempts.error());
    const Result<QList<Refund>> refunds = m_store.refundsOf(m_recordId);
    if (!refunds)
        return failed(refunds.error());

    // Attempts, and refunds that came in with the record's import (the batch event stands
    // for them), have no event of their own: they go among the events by time.
    QList<Entry> others;
    for (const PaymentAttempt &attempt : attempts.value()) {
        others << Entry {attempt.created * 1000,
                         0,
                         attemptAction,
                         tr("Processor"),
                         HistoryText::describe(attempt),
                         HistoryText::details(attempt),
                         {}};
    }
    QSet<QString> created;
    QHash<QString, RefundStatus> arrivedAs;
    for (const Event &event : events.value()) {
        if (createsRefund(event)) {
            created.insert(event.entityId);
        } else if (event.entityType == u"refund" && !arrivedAs.contains(event.entityId)) {
            if (const auto before = statusBefore(event))
                arrivedAs.insert(event.entityId, *before);
        }
    }
    for (const Refund &refund : refunds.value()) {
        if (created.contains(refund.id))
            continue;
        const RefundStatus status = arrivedAs.value(refund.id, refund.status);
        others << Entry {refund.created * 1000,
                         0,
                         refundAction,
                         refund.createdBy,
                         HistoryText::describeImported(refund, status),
                         HistoryText::details(refund),
                         refund.id};
    }
    std::stable_sort(others.begin(), others.end(),
                     [](const Entry &a, const Entry &b) { return a.timeMs < b.timeMs; });

    // Events stay in the order they were written, whatever their clocks said; the rest
    // goes before the first event that is not older.
    QList<Entry> entries;
    entries.reserve(events->size() + others.size());
    auto other = others.cbegin();
    for (const Event &event : events.value()) {
        for (; other != others.cend() && other->timeMs <= event.timeMs; ++other)
            entries << *other;
        entries << Entry {event.timeMs,
                          event.seq,
                          event.action,
                          event.actor,
                          HistoryText::describe(event, record->currency),
                          HistoryText::payloadText(event),
                          event.entityType == u"refund" ? event.entityId : QString()};
    }
    for (; other != others.cend(); ++other)
        entries << *other;
    return entries;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case When:
            return RecordFormat::created(entry.timeMs / 1000);
        case Who:
            return entry.who;
        case What:
            return entry.what;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == When)
            return formatTimestamp(entry.timeMs / 1000);
        if (index.column() == What) {
            // Rich text that shows the plain text as it is, indentation included, so a note or
            // payload holding something like a tag is never rendered as one.
            return preformatted(entry.details);
        }
        return {};
    case EventSeqRole:
        return entry.seq > 0 ? QVariant(entry.seq) : QVariant();
    case EventActionRole:
        return entry.action;
    case RecordIdRole:
        return m_recordId;
    case RefundIdRole:
        return entry.refundId.isEmpty() ? QVariant() : QVariant(entry.refundId);
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("What");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace RefundDesk
