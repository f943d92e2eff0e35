#pragma once

#include "store/recordquery.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace RefundDesk {

/// The search field and state filter above the payment list. Typing is debounced, so a
/// query runs once the agent pauses rather than on every key.
class RecordFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordFilterBar)
public:
    static constexpr int SearchDelayMs = 250;

    explicit RecordFilterBar(QWidget *parent = nullptr);

    /// Sets the bar's search and state on `query`, leaving its sort alone.
    void applyTo(RecordQuery &query) const;
    /// Whether any filter is set, i.e. the list shows less than every record.
    bool isFiltering() const;
    /// Moves the keyboard focus to the search field, selecting what is typed there.
    void focusSearch();

Q_SIGNALS:
    /// The search (after the debounce) or the state changed.
    void filterChanged();

private:
    void searchNow();

    QLineEdit *m_search;
    QComboBox *m_state;
    QTimer m_searchDelay;
};

} // namespace RefundDesk
