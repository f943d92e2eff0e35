#pragma once

#include "keysettablemodel.h"
#include "store/refundquery.h"

#include <optional>

class QTableView;

namespace RefundDesk {

class Store;

/// Refunds of a RefundQuery as a table, newest first, read a page at a time through keyset
/// cursors like PaymentListModel. The refunds view shows every refund through it; the
/// detail pane shows one record's (RefundQuery::recordId).
class RefundListModel final : public KeysetTableModel<RefundPage, &RefundRow::refund>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefundListModel)
public:
    enum Column {
        Id,
        Created,
        Payment,
        Amount,
        Currency,
        Status,
        Reason,
        CreatedBy,
        RefundReference,
        RefundedAt,
        ColumnCount
    };
    Q_ENUM(Column)

    static constexpr int PageSize = 200;

    /// The model reads from `store` but does not own it; the store must outlive the model.
    explicit RefundListModel(Store &store, QObject *parent = nullptr);

    const RefundQuery &query() const { return m_query; }
    /// Replaces the filter and shows the first page of the new result.
    void setQuery(const RefundQuery &query);

    /// The refund shown in `row`; the row must exist.
    const Refund &refund(int row) const { return items().at(row); }
    /// The row showing refund `id` among the rows fetched so far, or -1.
    int rowOf(const QString &id) const;
    /// Replaces a shown refund after a change (a status action), keeping its row.
    void updateRefund(const Refund &refund);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// A store query failed; `message` is the store's sentence, ready to show.
    void errorOccurred(const QString &message);

private:
    std::optional<RefundPage> readPage(const std::optional<RefundCursor> &after) override;
    QString displayText(const Refund &refund, int column) const;

    Store &m_store;
    RefundQuery m_query;
};

/// The refund on the table's first selected row; the table shows `model`.
std::optional<Refund> selectedRefund(const QTableView &table, const RefundListModel &model);
/// Selects the refund's row and scrolls to it; false when the model has not loaded it.
bool selectRefundRow(QTableView &table, const RefundListModel &model, const QString &refundId);

} // namespace RefundDesk
