#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QScopedValueRollback>

#include <optional>
#include <type_traits>
#include <utility>

namespace RefundDesk {

/// The paging of a table model over a keyset-paged store listing (RecordPage, RefundPage):
/// the rows read so far, the cursor after the last of them, and canFetchMore()/fetchMore()
/// reading one page more each time. `RowItem` picks the item out of a page's row
/// (&RecordRow::record). Subclasses say how a page is read and how an item is shown.
template<typename Page, auto RowItem>
class KeysetTableModel : public QAbstractTableModel
{
public:
    using Row = typename decltype(Page::rows)::value_type;
    using Item = std::remove_cvref_t<decltype(std::declval<Row &>().*RowItem)>;
    using Cursor = decltype(Row::cursor);

    /// Reads the first page again, for a new query or for changes made elsewhere.
    void refresh()
    {
        // Read before the reset, so the view never sees an empty table between two pages.
        std::optional<Page> page = readPage(std::nullopt);
        const QScopedValueRollback busy(m_fetching, true);
        beginResetModel();
        m_items.clear();
        m_lastCursor.reset();
        m_hasMore = false;
        if (page)
            append(*page);
        endResetModel();
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_items.size());
    }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        // While rows go in, a slot reacting to the model's signals must not fetch the same
        // page again.
        return !parent.isValid() && m_hasMore && !m_fetching;
    }

    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent))
            return;
        const QScopedValueRollback busy(m_fetching, true);
        const std::optional<Page> page = readPage(m_lastCursor);
        if (!page) {
            m_hasMore = false; // a view would otherwise ask again on every scroll
            return;
        }
        if (page->rows.isEmpty()) {
            m_hasMore = page->hasMore;
            return;
        }
        const int first = int(m_items.size());
        beginInsertRows({}, first, first + int(page->rows.size()) - 1);
        append(*page);
        endInsertRows();
    }

protected:
    using QAbstractTableModel::QAbstractTableModel;

    /// The page after `after` (the first page for nothing), or nothing when the store
    /// failed; the subclass reports the failure.
    virtual std::optional<Page> readPage(const std::optional<Cursor> &after) = 0;

    const QList<Item> &items() const { return m_items; }

    /// The row of the first item `matches` accepts among the rows read so far, or -1.
    template<typename Predicate>
    int findRow(Predicate matches) const
    {
        for (int row = 0; row < m_items.size(); ++row) {
            if (matches(m_items.at(row)))
                return row;
        }
        return -1;
    }

    /// Replaces the item in `row`, which must exist, and tells the views.
    void replaceItem(int row, const Item &item)
    {
        m_items[row] = item;
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }

private:
    void append(const Page &page)
    {
        // No reserve(size + page): growing to the exact size each time copied every row
        // already held on every page (15 ms a page at 3,000 rows, 100 ms at 20,000);
        // QList's own growth is geometric.
        for (const Row &row : page.rows)
            m_items << row.*RowItem;
        if (!page.rows.isEmpty())
            m_lastCursor = page.rows.constLast().cursor;
        m_hasMore = page.hasMore;
    }

    QList<Item> m_items;
    std::optional<Cursor> m_lastCursor;
    bool m_hasMore = false;
    bool m_fetching = false;
};

} // namespace RefundDesk
