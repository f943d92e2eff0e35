#pragma once

#include "report/reportquery.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace RefundDesk {

/// The item role by which the report tables sort: the exact number (count or minor units)
/// behind a money or count cell, the group's key (a bucket label sorts in time order) for
/// text. Amounts in different currencies sort by their minor units, which says nothing
/// across currencies; the currency column sorts first for that reason.
inline constexpr int ReportSortRole = Qt::UserRole + 100;

/// A report's totals per currency as a table: currency, refunds, refunded, average,
/// guaranteed volume and refund rate. Money is formatted exactly from minor units.
class ReportTotalsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportTotalsModel)
public:
    enum Column {
        CurrencyColumn,
        CountColumn,
        AmountColumn,
        AverageColumn,
        GuaranteedColumn,
        RateColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ReportTotalsModel(QObject *parent = nullptr);

    void setTotals(const QList<ReportTotal> &totals, const QLocale &locale = QLocale());
    const QList<ReportTotal> &totals() const { return m_totals; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ReportTotal> m_totals;
    QLocale m_locale;
};

/// A report's rows as a table: the group (day, week, month, reason, status, agent or
/// currency, headed as the grouping), the currency, the refunds and the amount.
class ReportRowsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportRowsModel)
public:
    enum Column { GroupColumn, CurrencyColumn, CountColumn, AmountColumn, ColumnCount };
    Q_ENUM(Column)

    explicit ReportRowsModel(QObject *parent = nullptr);

    void setRows(ReportGroup group, const QList<ReportRow> &rows,
                 const QLocale &locale = QLocale());
    const QList<ReportRow> &rows() const { return m_rows; }
    ReportGroup group() const { return m_group; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ReportGroup m_group = ReportGroup::Month;
    QList<ReportRow> m_rows;
    QLocale m_locale;
};

} // namespace RefundDesk
