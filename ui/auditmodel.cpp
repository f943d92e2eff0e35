#include "auditmodel.h"

#include "historytext.h"
#include "plaintext.h"
#include "roles.h"
#include "store/store.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QScopedValueRollback>

namespace RefundDesk {
namespace {

Q_LOGGING_CATEGORY(lcAuditModel, "refunddesk.ui.auditmodel")

} // namespace

AuditModel::AuditModel(Store &store, const Actor &actor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_actor(actor)
{ }

void AuditModel::setActor(const Actor &actor)
{
    m_actor = actor;
    refresh();
}

void AuditModel::setQuery(const AuditQuery &query)
{
    m_query = query;
    m_query.beforeSeq.reset();
    refresh();
}

void AuditModel::setPageSize(int size)
{
    m_pageSize = qMax(1, size);
    refresh();
}

void AuditModel::refresh()
{
    // Read before the reset, so the view never sees an empty table between two pages.
    std::optional<EventPage> page = readPage(std::nullopt);
    const QScopedValueRollback busy(m_fetching, true);
    beginResetModel();
    m_events.clear();
    m_hasMore = false;
    m_currencies.clear();
    if (page) {
        m_events = std::move(page->events);
        m_hasMore = page->hasMore;
    }
    endResetModel();
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_fetching && !m_events.isEmpty();
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback busy(m_fetching, true);
    std::optional<EventPage> page = readPage(m_events.constLast().seq);
    if (!page) {
        m_hasMore = false; // a view would otherwise ask again on every scroll
        return;
    }
    if (page->events.isEmpty()) {
        m_hasMore = page->hasMore;
        return;
    }
    const int first = int(m_events.size());
    beginInsertRows({}, first, first + int(page->events.size()) - 1);
    m_events.append(page->events);
    m_hasMore = page->hasMore;
    endInsertRows();
}

std::optional<EventPage> AuditModel::readPage(std::optional<qint64> beforeSeq)
{
    AuditQuery query = m_query;
    query.limit = m_pageSize;
    query.beforeSeq = beforeSeq;
    Result<EventPage> page = m_store.listEvents(query, m_actor);
    if (!page) {
        qCWarning(lcAuditModel) << "listing events failed:" << page.error().message;
        Q_EMIT errorOccurred(page.error().message);
        return std::nullopt;
    }
    return std::move(page).value();
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(event, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return QDateTime::fromMSecsSinceEpoch(event.timeMs, Qt::UTC)
                .toString(Qt::ISODateWithMs);
        if (index.column() == Summary)
            return plainAsRichText(HistoryText::payloadText(event));
        if (index.column() == Seq)
            return tr("Hash %1\nfollows %2")
                .arg(QString::fromLatin1(event.hash), QString::fromLatin1(event.prevHash));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Seq)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RecordIdRole:
        return event.recordId;
    case EventSeqRole:
        return event.seq;
    case EventActionRole:
        return event.action;
    default:
        return {};
    }
}

QString AuditModel::displayText(const Event &event, int column) const
{
    switch (Column(column)) {
    case Seq:
        return QString::number(event.seq);
    case Time:
        return localTime(event.timeMs);
    case User:
        return event.actor;
    case Action:
        return event.action;
    case Entity:
        return event.entityId;
    case Record:
        return event.recordId;
    case Summary:
        return HistoryText::describe(event, currencyOf(event));
    case ColumnCount:
        break;
    }
    return {};
}

QString AuditModel::currencyOf(const Event &event) const
{
    if (event.recordId.isEmpty())
        return {};
    const auto known = m_currencies.constFind(event.recordId);
    if (known != m_currencies.cend())
        return known.value();
    const Result<PaymentRecord> record = m_store.record(event.recordId);
    const QString currency = record ? record->currency : QString();
    m_currencies.insert(event.recordId, currency);
    return currency;
}

QString AuditModel::localTime(qint64 unixMs)
{
    return QDateTime::fromMSecsSinceEpoch(unixMs).toLocalTime().toString(
        QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Seq:
        return tr("#");
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Entity:
        return tr("Entity");
    case Record:
        return tr("Payment");
    case Summary:
        return tr("What happened");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace RefundDesk
