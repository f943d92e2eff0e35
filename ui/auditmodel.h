#pragma once

#include "store/actor.h"
#include "store/auditquery.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace RefundDesk {

class Store;

/// The whole event log as a table, newest first, filtered by an AuditQuery and read a page
/// at a time: fetchMore() asks for the events older than the last one shown (keyset on
/// seq), so a long log scrolls as fast as a short one. Reading it takes
/// Permission::ViewAudit; the store checks that for `actor`.
class AuditModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditModel)
public:
    enum Column { Seq, Time, User, Action, Entity, Record, Summary, ColumnCount };
    Q_ENUM(Column)

    static constexpr int DefaultPageSize = 200;

    /// Reads from `store` as `actor`; the store must outlive the model.
    AuditModel(Store &store, const Actor &actor, QObject *parent = nullptr);

    /// Reads as `actor` from now on, from the first page.
    void setActor(const Actor &actor);
    const AuditQuery &query() const { return m_query; }
    /// Replaces the filter (its paging is the model's) and shows the first page.
    void setQuery(const AuditQuery &query);
    /// Events per page; for tests that page through a short log.
    void setPageSize(int size);
    /// Reads the first page again.
    void refresh();

    /// Whether older events than those read so far match the query.
    bool hasMore() const { return m_hasMore; }
    /// The event shown in `row`; the row must exist.
    const Event &event(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// "2026-11-22 10:30:05" in local time: an audit wants the seconds and no ambiguity.
    static QString localTime(qint64 unixMs);

Q_SIGNALS:
    /// A store query failed; `message` is the store's sentence, ready to show.
    void errorOccurred(const QString &message);

private:
    std::optional<EventPage> readPage(std::optional<qint64> beforeSeq);
    QString displayText(const Event &event, int column) const;
    /// The currency of the record an event belongs to, for payloads that carry amounts
    /// without one; read once per record.
    QString currencyOf(const Event &event) const;

    Store &m_store;
    Actor m_actor;
    AuditQuery m_query;
    int m_pageSize = DefaultPageSize;
    QList<Event> m_events;
    bool m_hasMore = false;
    bool m_fetching = false;
    mutable QHash<QString, QString> m_currencies;
};

} // namespace RefundDesk
