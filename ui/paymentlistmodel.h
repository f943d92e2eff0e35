#pragma once

#include "keysettablemodel.h"
#include "store/recordquery.h"

#include <optional>

namespace RefundDesk {

class Store;

/// Payment records of a RecordQuery as a table, read from the store a page at a time
/// through keyset cursors (canFetchMore()/fetchMore()), so a million records open as fast
/// as a hundred. Sorting and filtering happen in SQL; the model never holds the whole table.
class PaymentListModel final : public KeysetTableModel<RecordPage, &RecordRow::record>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentListModel)
public:
    enum Column {
        Id,
        Created,
        Customer,
        Email,
        Amount,
        Refunded,
        Currency,
        State,
        Method,
        ProcessorReference,
        ColumnCount
    };
    Q_ENUM(Column)

    static constexpr int PageSize = 200;

    /// The model reads from `store` but does not own it; the store must outlive the model.
    explicit PaymentListModel(Store &store, QObject *parent = nullptr);

    /// The current filter and sort. Its limit and cursor are the model's own business.
    const RecordQuery &query() const { return m_query; }
    /// Replaces the filter and sort, and shows the first page of the new result.
    void setQuery(const RecordQuery &query);

    /// The store sort behind a column, or nothing when the column cannot be sorted.
    static std::optional<RecordSort> sortForColumn(int column);
    /// The column showing the current sort key.
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

    /// Replaces a shown record after a change (a refund, a metadata edit), keeping its row
    /// even if it no longer matches the filter, so the agent keeps their place.
    void updateRecord(const PaymentRecord &record);

    /// The record shown in `row`; the row must exist.
    const PaymentRecord &record(int row) const { return items().at(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    /// A store query failed; `message` is the store's sentence, ready to show.
    void errorOccurred(const QString &message);

private:
    std::optional<RecordPage> readPage(const std::optional<RecordCursor> &after) override;
    QString displayText(const PaymentRecord &record, int column) const;

    Store &m_store;
    RecordQuery m_query;
};

} // namespace RefundDesk
