#pragma once

#include "store/recordquery.h"

#include <QTimer>
#include <QVariantMap>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QToolButton;

namespace RefundDesk {

/// The search field and the filters above the payment list: state, currency, created date
/// range and amount range. Typing is debounced, so a query runs once the agent pauses
/// rather than on every key. Amounts are typed in the chosen currency, so the amount range
/// is offered only once a currency is chosen: 10.00 means 1000 cents but 10 yen.
class RecordFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordFilterBar)
public:
    static constexpr int SearchDelayMs = 250;

    explicit RecordFilterBar(QWidget *parent = nullptr);

    /// Offers these currency codes (lower-case, as stored) in the currency filter, keeping
    /// the current choice when it is still among them.
    void setCurrencies(const QStringList &codes);

    /// Sets the bar's search and filters on `query`, leaving its sort alone. An amount that
    /// does not parse is left out, and problem() says why.
    void applyTo(RecordQuery &query) const;
    /// Whether any filter is set, i.e. the list shows less than every record.
    bool isFiltering() const;
    /// The first amount that does not parse, as a sentence naming field and value; or empty.
    QString problem() const;
    /// Moves the keyboard focus to the search field, selecting what is typed there.
    void focusSearch();
    /// Empties the search and resets every filter.
    void clear();

    /// The search and filters, to remember between sessions (QSettings), and back.
    QVariantMap state() const;
    void restoreState(const QVariantMap &state);

Q_SIGNALS:
    /// The search (after the debounce) or a filter changed.
    void filterChanged();

private:
    void searchNow();
    void updateAmountFields();
    QString currencyCode() const;
    std::optional<qint64> amountBound(const QLineEdit *field, QString *problem) const;

    QLineEdit *m_search;
    QComboBox *m_state;
    QComboBox *m_currency;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_amountMin;
    QLineEdit *m_amountMax;
    QToolButton *m_clear;
    QTimer m_searchDelay;
};

} // namespace RefundDesk
