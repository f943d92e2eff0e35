#include "reportmodels.h"

#include "money/money.h"
#include "reporttext.h"

namespace RefundDesk {
namespace {

QVariant rightAligned()
{
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

ReportTotalsModel::ReportTotalsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ReportTotalsModel::setTotals(const QList<ReportTotal> &totals, const QLocale &locale)
{
    beginResetModel();
    m_totals = totals;
    m_locale = locale;
    endResetModel();
}

int ReportTotalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_totals.size());
}

int ReportTotalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportTotalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReportTotal &total = m_totals.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CurrencyColumn:
            return total.currency.toUpper();
        case CountColumn:
            return m_locale.toString(total.count);
        case AmountColumn:
            return formatMoney(total.amount, total.currency, m_locale);
        case AverageColumn:
            return formatMoney(total.average(), total.currency, m_locale);
        case GuaranteedColumn:
            return formatMoney(total.guaranteed, total.currency, m_locale);
        case RateColumn:
            return ReportText::rate(total.refundRateBasisPoints(), m_locale);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == RateColumn) {
            return total.guaranteed > 0
                ? tr("Refunded as a share of what payments created in the period guaranteed "
                     "in %1.")
                      .arg(total.currency.toUpper())
                : tr("No payment created in the period guaranteed anything in %1.")
                      .arg(total.currency.toUpper());
        }
        if (column == GuaranteedColumn) {
            return tr("What payments created in the period guaranteed in %1, whatever the "
                      "refund filters.")
                .arg(total.currency.toUpper());
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == CurrencyColumn ? QVariant() : rightAligned();
    case ReportSortRole:
        switch (column) {
        case CurrencyColumn:
            return total.currency;
        case CountColumn:
            return total.count;
        case AmountColumn:
            return total.amount;
        case AverageColumn:
            return total.average();
        case GuaranteedColumn:
            return total.guaranteed;
        case RateColumn:
            return total.refundRateBasisPoints();
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant ReportTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section != CurrencyColumn)
        return rightAligned();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case CurrencyColumn:
        return tr("Currency");
    case CountColumn:
        return tr("Refunds");
    case AmountColumn:
        return tr("Refunded");
    case AverageColumn:
        return tr("Average");
    case GuaranteedColumn:
        return tr("Guaranteed");
    case RateColumn:
        return tr("Refund rate");
    case ColumnCount:
        break;
    }
    return {};
}

ReportRowsModel::ReportRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ReportRowsModel::setRows(ReportGroup group, const QList<ReportRow> &rows,
                              const QLocale &locale)
{
    beginResetModel();
    m_group = group;
    m_rows = rows;
    m_locale = locale;
    endResetModel();
    // The group column's heading follows the grouping.
    Q_EMIT headerDataChanged(Qt::Horizontal, GroupColumn, GroupColumn);
}

int ReportRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReportRow &row = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case GroupColumn:
            return ReportText::groupLabel(m_group, row.group);
        case CurrencyColumn:
            return row.currency.toUpper();
        case CountColumn:
            return m_locale.toString(row.count);
        case AmountColumn:
            return formatMoney(row.amount, row.currency, m_locale);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == CountColumn || column == AmountColumn ? rightAligned() : QVariant();
    case ReportSortRole:
        switch (column) {
        case GroupColumn:
            // Bucket labels ("2026-11", "2026-W47") sort in time order as they are.
            return row.group;
        case CurrencyColumn:
            return row.currency;
        case CountColumn:
            return row.count;
        case AmountColumn:
            return row.amount;
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant ReportRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && (section == CountColumn || section == AmountColumn))
        return rightAligned();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case GroupColumn:
        return ReportText::groupHeading(m_group);
    case CurrencyColumn:
        return tr("Currency");
    case CountColumn:
        return tr("Refunds");
    case AmountColumn:
        return tr("Amount");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace RefundDesk
