#pragma once

#include "core/result.h"
#include "store/refundquery.h"

#include <QVariantMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace RefundDesk {

class Store;

/// The filters above the refunds table: status, reason, the agent who created the refund and
/// the local days it was created in. Every change applies at once; the queries are indexed.
class RefundFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefundFilterBar)
public:
    explicit RefundFilterBar(QWidget *parent = nullptr);

    /// Sets the bar's filters on `query`, leaving its record, currency and paging alone.
    void applyTo(RefundQuery &query) const;
    /// Whether any filter is set, i.e. the table shows less than every refund.
    bool isFiltering() const;
    /// Fills the agent filter from the store's refund creators, keeping the chosen agent
    /// (even one the store no longer lists), so the filter itself does not change.
    Result<void> reloadAgents(Store &store);
    /// Sets every filter back to "all" with one filterChanged().
    void clear();

    /// The filters as plain values (API names and ISO dates), for QSettings.
    QVariantMap saveState() const;
    /// Restores what saveState() gave; unknown values fall back to "all". Emits
    /// filterChanged() once.
    void restoreState(const QVariantMap &state);

Q_SIGNALS:
    void filterChanged();

private:
    void setAgent(const QString &agent);
    void keepRangeOrdered(bool fromChanged);

    QComboBox *m_status;
    QComboBox *m_reason;
    QComboBox *m_agent;
    QCheckBox *m_dates;
    QDateEdit *m_from;
    QDateEdit *m_to;
};

} // namespace RefundDesk
