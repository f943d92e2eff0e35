#pragma once

#include <QTableView>

namespace RefundDesk {

class PaymentListModel;

/// The payment list: whole-row selection, SQL-side sorting on the columns that have an
/// index, and column widths fitted to typical values rather than to the first page.
class PaymentTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentTableView)
public:
    explicit PaymentTableView(PaymentListModel *model, QWidget *parent = nullptr);

private:
    void fitColumns();
    void keepSortIndicatorOnSortableColumn(int column);

    PaymentListModel *m_model;
};

} // namespace RefundDesk
