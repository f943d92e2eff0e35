#pragma once

// What the browse scenarios share: the desk's payments list as they open and drive it
// (browsedesk.cpp), search as you type (browsesearch.cpp), the browse children's sequence
// (browsechildren.cpp) and the naive reference (naivemodel.cpp), for the parent side in
// browsebench.cpp. Internal to refunddesk-bench.

#include "bench.h"
#include "paymentlistmodel.h"
#include "paymenttableview.h"
#include "store/sqlitestore.h"

#include <QAbstractItemView>
#include <QMap>
#include <QSortFilterProxyModel>
#include <QSqlQueryModel>
#include <QTableView>

#include <limits>
#include <memory>

namespace RefundDesk::Bench::Browse {

/// The window size the list is measured at: a laptop screen, about 33 rows visible.
constexpr int screenWidth = 1400;
constexpr int screenHeight = 800;

/// The naive model needs seconds per load and per sort at a million records; past this the
/// remaining repetitions are skipped.
constexpr double naiveBudgetMs = 300'000;

QString ms(double value);
/// 1,000,000 rather than the C locale's 1000000.
QString number(qint64 value);
QString mib(qint64 kib);

struct ProcessMemory
{
    qint64 rssKiB = -1;
    qint64 peakKiB = -1;
};

ProcessMemory processMemory();

/// Gives freed heap back to the system and restarts the peak (VmHWM) from the current
/// resident set (Linux: 5 in clear_refs), so the next phase's peak is its own.
bool restartPeak();

/// What the agent sees after a change: the pending layout done, then the visible rows painted.
void paint(QAbstractItemView &view);

/// The payments list as the main window builds it.
struct Desk
{
    std::unique_ptr<SqliteStore> store;
    std::unique_ptr<PaymentListModel> model;
    std::unique_ptr<PaymentTableView> view;
    QString error; ///< the last failure: opening, or a store query the model reported
};

/// Opens the store, shows the view and waits for its first page to be painted: what the
/// agent waits for after starting the desk, without the sign-in and the other tabs.
std::unique_ptr<Desk> openDesk(const QString &database);

/// A click on a column header, as the desk's sortable columns offer them.
struct SortStep
{
    int column;
    Qt::SortOrder order;
    const char *name;
};

inline constexpr SortStep sortSteps[] = {
    {PaymentListModel::Amount, Qt::AscendingOrder, "amount"},
    {PaymentListModel::Customer, Qt::AscendingOrder, "customer"},
    {PaymentListModel::Email, Qt::AscendingOrder, "email"},
    {PaymentListModel::Id, Qt::AscendingOrder, "id"},
    {PaymentListModel::Created, Qt::DescendingOrder, "created"}, // back to the desk's default
};

/// The columns the naive model is sorted by; the same columns in the same order as ours.
inline constexpr SortStep naiveSortSteps[] = {
    {PaymentListModel::Amount, Qt::AscendingOrder, "amount"},
    {PaymentListModel::Customer, Qt::AscendingOrder, "customer"},
    {PaymentListModel::Created, Qt::DescendingOrder, "created"},
};

struct Fragments
{
    QStringList texts;
    qint64 fewestMatches = std::numeric_limits<qint64>::max();
    qint64 mostMatches = 0;
};

/// Pieces of single records that an agent pastes or types: eight characters from the middle
/// of an id or the end of a processor reference, an email's name part. Only those matching
/// 1 to 10 records are kept.
Fragments rareFragments(Store &store, const QList<PaymentRecord> &samples);

/// Fragments an agent types that match a large share of the demo records.
QStringList commonFragmentTexts();

struct SearchTimes
{
    QList<double> pageMs; ///< setting the search until its first page is painted
    QList<double> withCountMs; ///< the same plus the main window's status-bar counts
    QList<double> paintMs;
    QStringList measured; ///< the fragments, in the order of the times
    qsizetype asked = 0;
    int pageStopped = 0; ///< first pages interrupted at the statement cap
    int countStopped = 0; ///< counts interrupted at the statement cap
    int failed = 0;
    int empty = 0; ///< fragments whose first page came back empty
};

/// Each fragment set as the filter bar sets it (MainWindow::applyFilter: the model's query
/// with the new search), timed until the first page is painted; then the counts the main
/// window reads for its status bar right after, in the same event-loop turn. Stops when the
/// time budget for one kind of fragment runs out.
SearchTimes searchAsYouType(Desk &desk, const QStringList &fragments);

/// The four search lines of the table: rare and common fragments, without and with the
/// record count.
QList<Measurement> searchLines(const SearchTimes &rareTimes, const SearchTimes &commonTimes,
                               const Fragments &rare);

/// The desk's list browsed as an agent would: opened, scrolled a few pages, sorted by every
/// sortable column, searched; the process's memory taken at the end, with the list open.
struct Browsed
{
    ProcessMemory memory;
    qsizetype rowsHeld = 0;
    QString stages; ///< the resident set after each step, and SQLite's own peak
    QString error;
};

Browsed browseSequence(const QString &database, const QStringList &fragments);

/// The naive list: every row of the shown columns in a QSqlQueryModel, sorted by a
/// QSortFilterProxyModel when a header is clicked.
class NaiveList
{
    Q_DISABLE_COPY_MOVE(NaiveList)
public:
    NaiveList() = default;
    ~NaiveList();

    QString connection;
    std::unique_ptr<QSqlQueryModel> source;
    std::unique_ptr<QSortFilterProxyModel> proxy;
    std::unique_ptr<QTableView> view;
    QString error;
};

/// Loads the naive list until its first screen is painted. In its favour, the first order
/// comes from SQL (ORDER BY created DESC, as ours) rather than from a first proxy sort.
std::unique_ptr<NaiveList> openNaive(const QString &database);

struct NaiveRun
{
    QList<double> loadMs;
    QMap<QString, QList<double>> resortMs; ///< by naiveSortSteps' names
    qint64 peakKiB = -1; ///< of this process in the first repetition
    qint64 beforeKiB = -1;
    bool cut = false; ///< the time budget ran out
    QString error;
};

/// The naive reference, loaded and sorted in this process `repetitions` times.
NaiveRun runNaive(const Setup &setup);

} // namespace RefundDesk::Bench::Browse
