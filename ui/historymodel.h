#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace RefundDesk {

class Store;

/// The history timeline of one payment record, oldest first: its events (imports, refunds
/// and their status changes, notes, metadata edits) in the order they were written, with
/// its payment attempts and the refunds that came in with its import placed among them by
/// time. One sentence per row (HistoryText); the tooltip of a row has the whole payload.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)
public:
    enum Column { When, Who, What, ColumnCount };
    Q_ENUM(Column)

    // Besides EventSeqRole and EventActionRole (roles.h) the model answers RecordIdRole, and
    // RefundIdRole on rows about a refund.

    /// The model reads from `store` but does not own it; the store must outlive the model.
    explicit HistoryModel(Store &store, QObject *parent = nullptr);

    QString recordId() const { return m_recordId; }
    /// Shows the history of `recordId`; an empty id empties the model.
    void setRecord(const QString &recordId);
    /// Reads the history again, for a note, a refund or a status change made since.
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// A store query failed; `message` is the store's sentence, ready to show.
    void errorOccurred(const QString &message);

private:
    /// One row of the timeline, worded when it is read.
    struct Entry
    {
        qint64 timeMs = 0;
        qint64 seq = 0; ///< 0 for rows that are not events
        QString action;
        QString who;
        QString what;
        QString details; ///< plain text for the tooltip
        QString refundId;
    };

    /// Every row of the record's timeline, or nothing after emitting errorOccurred().
    std::optional<QList<Entry>> readEntries();

    Store &m_store;
    QString m_recordId;
    QList<Entry> m_entries;
};

} // namespace RefundDesk
