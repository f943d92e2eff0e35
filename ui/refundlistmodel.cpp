#include "refundlistmodel.h"

#include "core/timestamp.h"
#include "domain/refundenums.h"
#include "plaintext.h"
#include "recordformat.h"
#include "roles.h"
#include "store/store.h"

#include <QItemSelectionModel>
#include <QLoggingCategory>
#include <QTableView>

namespace RefundDesk {
namespace {

Q_LOGGING_CATEGORY(lcRefundList, "refunddesk.ui.refundlist")

bool isAmountColumn(int column)
{
    return column == RefundListModel::Amount;
}

} // namespace

RefundListModel::RefundListModel(Store &store, QObject *parent)
    : KeysetTableModel(parent)
    , m_store(store)
{ }

void RefundListModel::setQuery(const RefundQuery &query)
{
    m_query = query;
    m_query.limit = PageSize;
    m_query.after.reset();
    refresh();
}

int RefundListModel::rowOf(const QString &id) const
{
    return findRow([&id](const Refund &shown) { return shown.id == id; });
}

void RefundListModel::updateRefund(const Refund &refund)
{
    const int row = rowOf(refund.id);
    if (row < 0)
        return;
    replaceItem(row, refund);
}

int RefundListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RefundListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Refund &refund = items().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(refund, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Created)
            return formatTimestamp(refund.created);
        if (index.column() == RefundedAt && refund.refundedAt)
            return formatTimestamp(*refund.refundedAt);
        if (index.column() == Status && refund.failureReason != FailureReason::None)
            return displayName(refund.failureReason);
        if (index.column() == Status && refund.pendingReason != PendingReason::None)
            return displayName(refund.pendingReason);
        if (index.column() == Id && !refund.note.isEmpty())
            return plainAsRichText(refund.note);
        return {};
    case Qt::TextAlignmentRole:
        if (isAmountColumn(index.column()))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RecordIdRole:
        return refund.paymentRecordId;
    case RefundIdRole:
        return refund.id;
    case RefundRole:
        return QVariant::fromValue(refund);
    default:
        return {};
    }
}

QString RefundListModel::displayText(const Refund &refund, int column) const
{
    switch (Column(column)) {
    case Id:
        return refund.id;
    case Created:
        return RecordFormat::created(refund.created);
    case Payment:
        return refund.paymentRecordId;
    case Amount:
        return RecordFormat::amount(refund.amount, refund.currency);
    case Currency:
        return refund.currency.toUpper();
    case Status:
        if (refund.failureReason != FailureReason::None)
            return tr("%1: %2").arg(displayName(refund.status), displayName(refund.failureReason));
        return displayName(refund.status);
    case Reason:
        return displayName(refund.reason);
    case CreatedBy:
        return refund.createdBy;
    case RefundReference:
        return refund.refundReference;
    case RefundedAt:
        return refund.refundedAt ? RecordFormat::created(*refund.refundedAt) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RefundListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && isAmountColumn(section))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Id:
        return tr("Refund");
    case Created:
        return tr("Created");
    case Payment:
        return tr("Payment");
    case Amount:
        return tr("Amount");
    case Currency:
        return tr("Currency");
    case Status:
        return tr("Status");
    case Reason:
        return tr("Reason");
    case CreatedBy:
        return tr("Agent");
    case RefundReference:
        return tr("Processor reference");
    case RefundedAt:
        return tr("Refunded at");
    case ColumnCount:
        break;
    }
    return {};
}

std::optional<RefundPage> RefundListModel::readPage(const std::optional<RefundCursor> &after)
{
    RefundQuery query = m_query;
    query.limit = PageSize;
    query.after = after;
    Result<RefundPage> page = m_store.listRefunds(query);
    if (!page) {
        qCWarning(lcRefundList) << "listing refunds failed:" << page.error().message;
        Q_EMIT errorOccurred(page.error().message);
        return std::nullopt;
    }
    return std::move(page).value();
}

std::optional<Refund> selectedRefund(const QTableView &table, const RefundListModel &model)
{
    const QModelIndexList rows = table.selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return model.refund(rows.constFirst().row());
}

bool selectRefundRow(QTableView &table, const RefundListModel &model, const QString &refundId)
{
    const int row = model.rowOf(refundId);
    if (row < 0)
        return false;
    table.selectRow(row);
    table.scrollTo(model.index(row, 0));
    return true;
}

} // namespace RefundDesk
