#include "paymenttableview.h"

#include "domain/recordstate.h"
#include "listtable.h"
#include "paymentlistmodel.h"
#include "recordformat.h"

#include <QDateTime>
#include <QHeaderView>

namespace RefundDesk {

PaymentTableView::PaymentTableView(PaymentListModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
{
    setUpListTable(*this, model, QStringLiteral("paymentTable"), tr("Payment records"));
    QHeaderView *header = horizontalHeader();
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            &PaymentTableView::keepSortIndicatorOnSortableColumn);
    fitColumns();
}

void PaymentTableView::fitColumns()
{
    // Sample values as wide as real ones, so widths do not depend on the first page.
    const QFontMetrics values = fontMetrics();
    const QFontMetrics titles = horizontalHeader()->fontMetrics();
    const int padding = values.averageCharWidth() + 8;
    auto fit = [&](PaymentListModel::Column column, const QString &sample) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const int arrow = PaymentListModel::sortForColumn(column) ? titles.height() : 0;
        setColumnWidth(column,
                       qMax(values.horizontalAdvance(sample) + padding,
                            titles.horizontalAdvance(title) + padding + arrow));
    };
    const QString sampleDate =
        RecordFormat::created(QDateTime(QDate(2026, 12, 28), QTime(23, 58)).toSecsSinceEpoch());
    fit(PaymentListModel::Id, QStringLiteral("pr_3NfXq8wTb2LmKp9ZcR4sVd7H"));
    fit(PaymentListModel::Created, sampleDate);
    fit(PaymentListModel::Customer, QStringLiteral("Alexandra Oyelaran"));
    fit(PaymentListModel::Email, QStringLiteral("alexandra.oyelaran@example.com"));
    fit(PaymentListModel::Amount, RecordFormat::amount(12345678, QStringLiteral("usd")));
    fit(PaymentListModel::Refunded, RecordFormat::amount(12345678, QStringLiteral("usd")));
    fit(PaymentListModel::Currency, QStringLiteral("USD"));
    fit(PaymentListModel::State, displayName(RecordState::PartiallyRefunded));
    fit(PaymentListModel::Method, QStringLiteral("Mastercard •••• 4242"));
}

void PaymentTableView::keepSortIndicatorOnSortableColumn(int column)
{
    // The model sorts in SQL and only by indexed columns; a click elsewhere changes nothing,
    // so the arrow goes back to where the sort really is.
    if (!PaymentListModel::sortForColumn(column))
        horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

} // namespace RefundDesk
