#include "paymentlistmodel.h"

#include "core/timestamp.h"
#include "domain/recordstate.h"
#include "plaintext.h"
#include "recordformat.h"
#include "roles.h"
#include "store/store.h"

#include <QLoggingCategory>

namespace RefundDesk {
namespace {

Q_LOGGING_CATEGORY(lcPaymentList, "refunddesk.ui.paymentlist")

struct SortColumn
{
    PaymentListModel::Column column;
    RecordSort sort;
};

constexpr SortColumn sortColumns[] = {
    {PaymentListModel::Id, RecordSort::Id},
    {PaymentListModel::Created, RecordSort::Created},
    {PaymentListModel::Customer, RecordSort::Name},
    {PaymentListModel::Email, RecordSort::Email},
    {PaymentListModel::Amount, RecordSort::Amount},
};

} // namespace

PaymentListModel::PaymentListModel(Store &store, QObject *parent)
    : KeysetTableModel(parent)
    , m_store(store)
{ }

void PaymentListModel::setQuery(const RecordQuery &query)
{
    m_query = query;
    m_query.limit = PageSize;
    m_query.after.reset();
    refresh();
}

void PaymentListModel::updateRecord(const PaymentRecord &record)
{
    const int row =
        findRow([&record](const PaymentRecord &shown) { return shown.id == record.id; });
    if (row >= 0)
        replaceItem(row, record);
}

std::optional<RecordSort> PaymentListModel::sortForColumn(int column)
{
    for (const SortColumn &entry : sortColumns) {
        if (entry.column == column)
            return entry.sort;
    }
    return std::nullopt;
}

int PaymentListModel::sortColumn() const
{
    for (const SortColumn &entry : sortColumns) {
        if (entry.sort == m_query.sort)
            return entry.column;
    }
    return Created;
}

Qt::SortOrder PaymentListModel::sortOrder() const
{
    return m_query.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
}

int PaymentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PaymentRecord &record = items().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(record, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Created)
            return formatTimestamp(record.created);
        if (index.column() == Customer || index.column() == Id)
            return record.description.isEmpty() ? QVariant()
                                                : QVariant(plainAsRichText(record.description));
        if (index.column() == Email || index.column() == ProcessorReference)
            // In full where the column elides it.
            return plainAsRichText(displayText(record, index.column()));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == Refunded)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RecordIdRole:
        return record.id;
    case PaymentRecordRole:
        return QVariant::fromValue(record);
    default:
        return {};
    }
}

QString PaymentListModel::displayText(const PaymentRecord &record, int column) const
{
    switch (Column(column)) {
    case Id:
        return record.id;
    case Created:
        return RecordFormat::created(record.created);
    case Customer:
        return RecordFormat::customer(record);
    case Email:
        return record.customer.email;
    case Amount:
        return RecordFormat::amount(record.amountRequested, record.currency);
    case Refunded:
        // Blank rather than "$0.00", so the refunded rows stand out when scanning the list.
        return record.amountRefunded == 0
            ? QString()
            : RecordFormat::amount(record.amountRefunded, record.currency);
    case Currency:
        return record.currency.toUpper();
    case State:
        return displayName(deriveRecordState(record));
    case Method:
        return RecordFormat::method(record.paymentMethod);
    case ProcessorReference:
        return record.processorReference;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PaymentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && (section == Amount || section == Refunded))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Id:
        return tr("ID");
    case Created:
        return tr("Created");
    case Customer:
        return tr("Customer");
    case Email:
        return tr("Email");
    case Amount:
        return tr("Amount");
    case Refunded:
        return tr("Refunded");
    case Currency:
        return tr("Currency");
    case State:
        return tr("State");
    case Method:
        return tr("Payment method");
    case ProcessorReference:
        return tr("Processor reference");
    case ColumnCount:
        break;
    }
    return {};
}

void PaymentListModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<RecordSort> sort = sortForColumn(column);
    if (!sort)
        return; // only indexed columns sort, in SQL; sorting one page here would mislead
    const bool descending = order == Qt::DescendingOrder;
    if (*sort == m_query.sort && descending == m_query.descending)
        return;
    RecordQuery query = m_query;
    query.sort = *sort;
    query.descending = descending;
    setQuery(query);
}

std::optional<RecordPage> PaymentListModel::readPage(const std::optional<RecordCursor> &after)
{
    RecordQuery query = m_query;
    query.limit = PageSize;
    query.after = after;
    Result<RecordPage> page = m_store.listRecords(query);
    if (!page) {
        qCWarning(lcPaymentList) << "listing payment records failed:" << page.error().message;
        Q_EMIT errorOccurred(page.error().message);
        return std::nullopt;
    }
    return std::move(page).value();
}

} // namespace RefundDesk
