// The browse scenarios of refunddesk-bench (issue 7): the payments list as the desk builds it
// (SqliteStore, PaymentListModel, PaymentTableView, offscreen) on the demo database, beside the
// QSqlQueryModel + QSortFilterProxyModel a Qt programmer would write first. Nothing here writes
// to the database.

#include "bench.h"
#include "paymentlistmodel.h"
#include "paymenttableview.h"
#include "store/sqlitestore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLocale>
#include <QMap>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQueryModel>
#include <QTableView>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fcntl.h>
#include <limits>
#include <malloc.h>
#include <memory>
#include <numeric>
#include <optional>
#include <sqlite3.h>
#include <unistd.h>

namespace RefundDesk::Bench {

namespace {

// The targets of issue 7.
constexpr double firstScreenTargetMs = 100;
constexpr double pageTargetMs = 5;
constexpr double resortTargetMs = 100;
constexpr double searchTargetMs = 30;
constexpr double memoryTargetMiB = 150;
constexpr double naiveFactorTarget = 50;

/// The window size the list is measured at: a laptop screen, about 33 rows visible.
constexpr int screenWidth = 1400;
constexpr int screenHeight = 800;

constexpr int fragmentsPerKind = 30;
/// A store statement running longer is interrupted, so that one pathological search cannot
/// hold up the run; its time then counts as (at least) the cap.
constexpr int searchCapMs = 2000;
/// After this much time on one kind of fragment the rest is skipped, and the note says so.
constexpr double searchBudgetMs = 90'000;
/// The naive model needs seconds per load and per sort at a million records; past this the
/// remaining repetitions are skipped.
constexpr double naiveBudgetMs = 300'000;
/// The main window's filtered count stops here (MainWindow::updateRecordCount).
constexpr qint64 statusCountLimit = 1000;
/// Rows scrolled through to see what holding rows costs.
constexpr int heldRows = 20'000;

/// Fragments an agent types that match a large share of the demo records: one and two
/// letters (matched at the start of ids and emails), names, domains, products and prefixes.
constexpr const char *commonFragments[] = {
    "a",           "o",      "m",     "an",     "ol",     "em",     "so",           "ex",
    "pr",          "son",    "smith", "olivia", "garcia", "tanaka", "example",      "@example",
    "example.com", "mail.",  "co.uk", ".jp",    "gift",   "ticket", "subscription", "hotel",
    "nights",      "coffee", "shoes", "pay_",   "pr_",    "ama"};

QString naiveName()
{
    return QStringLiteral("QSqlQueryModel + proxy sort");
}

QString ms(double value)
{
    return QStringLiteral("%1 ms").arg(value, 0, 'f', value < 10 ? 2 : value < 100 ? 1 : 0);
}

/// 1,000,000 rather than the C locale's 1000000.
QString number(qint64 value)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(value);
}

QString mib(qint64 kib)
{
    return QStringLiteral("%1 MB").arg(double(kib) / 1024, 0, 'f', 0);
}

struct ProcessMemory
{
    qint64 rssKiB = -1;
    qint64 peakKiB = -1;
};

ProcessMemory processMemory()
{
    ProcessMemory memory;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return memory;
    for (const QByteArray &line : status.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 2)
            continue;
        if (fields.at(0) == "VmRSS:")
            memory.rssKiB = fields.at(1).toLongLong();
        else if (fields.at(0) == "VmHWM:")
            memory.peakKiB = fields.at(1).toLongLong();
    }
    return memory;
}

/// Gives freed heap back to the system and restarts the peak (VmHWM) from the current
/// resident set (Linux: 5 in clear_refs), so the next phase's peak is its own.
bool restartPeak()
{
    malloc_trim(0);
    const int fd = ::open("/proc/self/clear_refs", O_WRONLY);
    if (fd < 0)
        return false;
    const bool written = ::write(fd, "5", 1) == 1;
    ::close(fd);
    return written;
}

/// Bytes of heap in use outside SQLite (glibc's main arena and its mmapped blocks, less
/// SQLite's own allocations): what the model's rows cost, without the page cache's growth.
qint64 heapOutsideSqlite()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd) - qint64(sqlite3_memory_used());
}

/// What the agent sees after a change: the pending layout done, then the visible rows painted.
void paint(QAbstractItemView &view)
{
    QCoreApplication::processEvents();
    const QPixmap painted = view.viewport()->grab();
    Q_UNUSED(painted)
}

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
std::unique_ptr<Desk> openDesk(const QString &database)
{
    auto desk = std::make_unique<Desk>();
    auto opened = SqliteStore::open(database);
    if (!opened) {
        desk->error = opened.error().message;
        return desk;
    }
    desk->store = std::move(opened).value();
    desk->model = std::make_unique<PaymentListModel>(*desk->store);
    QObject::connect(desk->model.get(), &PaymentListModel::errorOccurred, desk->model.get(),
                     [shown = desk.get()](const QString &message) { shown->error = message; });
    desk->view = std::make_unique<PaymentTableView>(desk->model.get());
    // As the main window: a new filter or sort shows the new list from its first row.
    QObject::connect(desk->model.get(), &QAbstractItemModel::modelReset, desk->view.get(),
                     &QAbstractItemView::scrollToTop);
    desk->view->resize(screenWidth, screenHeight);
    desk->view->show();
    desk->model->setQuery(RecordQuery()); // as the main window's remembered (empty) filters
    paint(*desk->view);
    return desk;
}

/// Interrupts the store's statements once `ms` have passed (SQLite's progress handler); the
/// interrupted call then fails as any store error would.
class StatementDeadline
{
    Q_DISABLE_COPY_MOVE(StatementDeadline)
public:
    StatementDeadline(SqliteStore &store, int ms)
        : m_db(store.connection().handle())
        , m_limitMs(ms)
    {
        m_timer.start();
        sqlite3_progress_handler(m_db, 1000, &StatementDeadline::check, this);
    }
    ~StatementDeadline() { sqlite3_progress_handler(m_db, 0, nullptr, nullptr); }
    bool expired() const { return m_expired; }

private:
    static int check(void *self)
    {
        auto *deadline = static_cast<StatementDeadline *>(self);
        deadline->m_expired = deadline->m_timer.elapsed() >= deadline->m_limitMs;
        return deadline->m_expired ? 1 : 0;
    }

    sqlite3 *m_db;
    qint64 m_limitMs;
    QElapsedTimer m_timer;
    bool m_expired = false;
};

/// A click on a column header, as the desk's sortable columns offer them.
struct SortStep
{
    int column;
    Qt::SortOrder order;
    const char *name;
};

constexpr SortStep sortSteps[] = {
    {PaymentListModel::Amount, Qt::AscendingOrder, "amount"},
    {PaymentListModel::Customer, Qt::AscendingOrder, "customer"},
    {PaymentListModel::Email, Qt::AscendingOrder, "email"},
    {PaymentListModel::Id, Qt::AscendingOrder, "id"},
    {PaymentListModel::Created, Qt::DescendingOrder, "created"}, // back to the desk's default
};

/// The columns the naive model is sorted by; the same columns in the same order as ours.
constexpr SortStep naiveSortSteps[] = {
    {PaymentListModel::Amount, Qt::AscendingOrder, "amount"},
    {PaymentListModel::Customer, Qt::AscendingOrder, "customer"},
    {PaymentListModel::Created, Qt::DescendingOrder, "created"},
};

/// One walk over the whole list, page by page in the desk's order, through the store's own
/// keyset paging: the cursors of the middle and the last page, every page's time, and
/// records spread evenly over the list to take rare search fragments from.
struct ListWalk
{
    qint64 rows = 0;
    QList<double> pageMs;
    std::optional<RecordCursor> middle; ///< the page after it starts at the middle row
    std::optional<RecordCursor> end; ///< the page after it is the last full page
    QList<PaymentRecord> samples;
    double totalMs = 0;
    QString error;
};

ListWalk walkList(Store &store, qint64 total)
{
    ListWalk walk;
    const int pageSize = PaymentListModel::PageSize;
    const qint64 middleRow = total / 2;
    const qint64 endRow = total - pageSize;
    const qint64 sampleEvery = qMax<qint64>(1, total / 100);
    RecordQuery query;
    query.limit = pageSize;
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        std::optional<Result<RecordPage>> page;
        walk.pageMs << timeMs([&] { page.emplace(store.listRecords(query)); });
        if (!*page) {
            walk.error = page->error().message;
            break;
        }
        const RecordPage &rows = page->value();
        for (const RecordRow &row : rows.rows) {
            const qint64 index = walk.rows++;
            if (index + 1 == middleRow)
                walk.middle = row.cursor;
            if (index + 1 == endRow)
                walk.end = row.cursor;
            if (index % sampleEvery == sampleEvery / 2)
                walk.samples << row.record;
        }
        if (!rows.hasMore || rows.rows.isEmpty())
            break;
        query.after = rows.rows.constLast().cursor;
    }
    walk.totalMs = double(timer.nsecsElapsed()) / 1e6;
    return walk;
}

struct Fragments
{
    QStringList texts;
    qint64 fewestMatches = std::numeric_limits<qint64>::max();
    qint64 mostMatches = 0;
};

/// Pieces of single records that an agent pastes or types: eight characters from the middle
/// of an id or the end of a processor reference, an email's name part. Only those matching
/// 1 to 10 records are kept.
Fragments rareFragments(Store &store, const QList<PaymentRecord> &samples)
{
    Fragments rare;
    for (qsizetype i = 0; i < samples.size() && rare.texts.size() < fragmentsPerKind; ++i) {
        const PaymentRecord &record = samples.at(i);
        QString candidate;
        switch (i % 3) {
        case 0:
            candidate = record.id.mid(6, 8);
            break;
        case 1:
            candidate = record.processorReference.right(8);
            break;
        default:
            candidate = record.customer.email.section(u'@', 0, 0) + u'@';
            break;
        }
        if (candidate.size() < 3 || rare.texts.contains(candidate))
            continue;
        RecordQuery query;
        query.search = candidate;
        query.countAtMost = 11;
        const Result<qint64> count = store.countRecords(query);
        if (!count || count.value() < 1 || count.value() > 10)
            continue;
        rare.texts << candidate;
        rare.fewestMatches = qMin(rare.fewestMatches, count.value());
        rare.mostMatches = qMax(rare.mostMatches, count.value());
    }
    return rare;
}

QStringList commonFragmentTexts()
{
    QStringList texts;
    for (const char *fragment : commonFragments)
        texts << QString::fromUtf8(fragment);
    return texts;
}

struct SearchTimes
{
    QList<double> pageMs; ///< setting the search until its first page is painted
    QList<double> withCountMs; ///< the same plus the main window's status-bar counts
    QList<double> paintMs;
    QStringList measured; ///< the fragments, in the order of the times
    qsizetype asked = 0;
    int pageStopped = 0; ///< first pages interrupted at searchCapMs
    int countStopped = 0; ///< counts interrupted at searchCapMs
    int failed = 0;
    int empty = 0; ///< fragments whose first page came back empty
};

/// Each fragment set as the filter bar sets it (MainWindow::applyFilter: the model's query
/// with the new search), timed until the first page is painted; then the counts the main
/// window reads for its status bar right after, in the same event-loop turn.
SearchTimes searchAsYouType(Desk &desk, const QStringList &fragments, double budgetMs)
{
    SearchTimes times;
    times.asked = fragments.size();
    double spent = 0;
    for (const QString &fragment : fragments) {
        if (spent > budgetMs)
            break;
        RecordQuery query = desk.model->query();
        query.search = fragment.trimmed();
        desk.error.clear();
        double pageMs = 0;
        double paintMs = 0;
        bool pageStopped = false;
        {
            const StatementDeadline deadline(*desk.store, searchCapMs);
            pageMs = timeMs([&] {
                desk.model->setQuery(query);
                paintMs = timeMs([&] { paint(*desk.view); });
            });
            pageStopped = deadline.expired();
        }
        const bool failed = !desk.error.isEmpty();
        const bool empty = desk.model->rowCount() == 0;
        double countMs = 0;
        bool countStopped = false;
        {
            const StatementDeadline deadline(*desk.store, searchCapMs);
            countMs = timeMs([&] {
                (void)desk.store->countRecords(RecordQuery());
                RecordQuery counted = desk.model->query();
                counted.countAtMost = statusCountLimit + 1;
                (void)desk.store->countRecords(counted);
            });
            countStopped = deadline.expired();
        }
        spent += pageMs + countMs;
        times.pageMs << pageMs;
        times.withCountMs << pageMs + countMs;
        times.paintMs << paintMs;
        times.measured << fragment;
        times.pageStopped += pageStopped ? 1 : 0;
        times.countStopped += countStopped ? 1 : 0;
        times.failed += failed && !pageStopped ? 1 : 0;
        times.empty += empty && !failed ? 1 : 0;
    }
    return times;
}

/// The desk's list browsed as an agent would: opened, scrolled a few pages, sorted by every
/// sortable column, searched; the process's memory taken at the end, with the list open.
struct Browsed
{
    ProcessMemory memory;
    qsizetype rowsHeld = 0;
    QString stages; ///< the resident set after each step, and SQLite's own peak
    QString error;
};

Browsed browseSequence(const QString &database, const QStringList &fragments)
{
    Browsed browsed;
    const auto stage = [&browsed](const char *name) {
        const ProcessMemory now = processMemory();
        browsed.stages += QStringLiteral("%1%2 %3 (peak %4)")
                              .arg(browsed.stages.isEmpty() ? QString() : QStringLiteral(", "),
                                   QLatin1String(name), mib(now.rssKiB), mib(now.peakKiB));
    };
    stage("before");
    const std::unique_ptr<Desk> desk = openDesk(database);
    if (!desk->store || desk->model->rowCount() == 0) {
        browsed.error = desk->error.isEmpty() ? QStringLiteral("the list is empty") : desk->error;
        return browsed;
    }
    stage("opened");
    for (int page = 0; page < 10; ++page) {
        desk->view->scrollToBottom(); // the view fetches the next page as a scroll would
        paint(*desk->view);
    }
    stage("scrolled");
    for (const SortStep &step : sortSteps) {
        desk->view->sortByColumn(step.column, step.order);
        paint(*desk->view);
    }
    stage("sorted");
    searchAsYouType(*desk, fragments, searchBudgetMs);
    desk->model->setQuery(RecordQuery());
    paint(*desk->view);
    stage("searched");
    browsed.stages += QStringLiteral("; SQLite's own heap at most %1")
                          .arg(mib(sqlite3_memory_highwater(0) / 1024));
    browsed.rowsHeld = desk->model->rowCount();
    browsed.memory = processMemory();
    return browsed;
}

/// The naive list: every row of the shown columns in a QSqlQueryModel, sorted by a
/// QSortFilterProxyModel when a header is clicked.
class NaiveList
{
    Q_DISABLE_COPY_MOVE(NaiveList)
public:
    NaiveList() = default;
    ~NaiveList()
    {
        view.reset();
        proxy.reset();
        source.reset();
        if (!connection.isEmpty())
            QSqlDatabase::removeDatabase(connection);
    }

    QString connection;
    std::unique_ptr<QSqlQueryModel> source;
    std::unique_ptr<QSortFilterProxyModel> proxy;
    std::unique_ptr<QTableView> view;
    QString error;
};

/// Loads the naive list until its first screen is painted. In its favour, the first order
/// comes from SQL (ORDER BY created DESC, as ours) rather than from a first proxy sort.
std::unique_ptr<NaiveList> openNaive(const QString &database)
{
    static int opened = 0;
    auto naive = std::make_unique<NaiveList>();
    naive->connection = QStringLiteral("bench-naive-%1").arg(++opened);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), naive->connection);
    db.setDatabaseName(database);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        naive->error = db.lastError().text();
        return naive;
    }
    naive->source = std::make_unique<QSqlQueryModel>();
    naive->source->setQuery(
        QStringLiteral("SELECT id, created, customer_name, customer_email, amount_requested, "
                       "amount_refunded, currency, state, payment_method_display_name, "
                       "processor_reference FROM payment_records ORDER BY created DESC"),
        db);
    if (naive->source->lastError().isValid()) {
        naive->error = naive->source->lastError().text();
        return naive;
    }
    while (naive->source->canFetchMore())
        naive->source->fetchMore();
    naive->proxy = std::make_unique<QSortFilterProxyModel>();
    naive->proxy->setSourceModel(naive->source.get());
    naive->view = std::make_unique<QTableView>();
    naive->view->setModel(naive->proxy.get());
    naive->view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // SQL's order
    naive->view->setSortingEnabled(true);
    naive->view->resize(screenWidth, screenHeight);
    naive->view->show();
    paint(*naive->view);
    return naive;
}

QString medianNote(const QMap<QString, QList<double>> &byName, const QStringList &order)
{
    QStringList parts;
    for (const QString &name : order) {
        if (byName.contains(name))
            parts << QStringLiteral("%1 %2").arg(name, ms(median(byName.value(name))));
    }
    return parts.join(QStringLiteral(", "));
}

/// The child's own peak (VmHWM), as it prints it. Not ChildRun::peakRssKiB: after
/// posix_spawn, wait4's ru_maxrss is at least this process's own peak at the time.
qint64 ownPeakKiB(const ChildRun &run)
{
    const qsizetype at = run.output.indexOf("peak-kib=");
    if (at < 0)
        return -1;
    const qsizetype from = at + qsizetype(qstrlen("peak-kib="));
    qsizetype to = from;
    while (to < run.output.size() && std::isdigit(static_cast<unsigned char>(run.output.at(to))))
        ++to;
    return run.output.mid(from, to - from).toLongLong();
}

Measurement failedLine(const QString &scenario, const QString &target, const QString &why)
{
    Measurement line;
    line.scenario = scenario;
    line.target = target;
    line.met = false;
    line.note = QStringLiteral("not measured: ") + why;
    return line;
}

Measurement searchLine(const QString &scenario, const QList<double> &values,
                       const SearchTimes &times, int stopped, const QString &about)
{
    Measurement line;
    line.scenario = scenario;
    line.ours = values;
    line.target = QStringLiteral("p95 < %1 ms").arg(searchTargetMs);
    const double p50 = percentile(values, 50);
    const double p95 = percentile(values, 95);
    line.met = !values.isEmpty() && p95 < searchTargetMs && stopped == 0 && times.failed == 0
        && values.size() == times.asked;
    line.note = QStringLiteral("p50 %1, p95 %2, max %3 over %4 fragments (%5)")
                    .arg(ms(p50), ms(p95),
                         ms(values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end())))
                    .arg(values.size())
                    .arg(about);
    QList<qsizetype> slowest(values.size());
    std::iota(slowest.begin(), slowest.end(), 0);
    std::sort(slowest.begin(), slowest.end(),
              [&values](qsizetype a, qsizetype b) { return values.at(a) > values.at(b); });
    QStringList slow;
    for (qsizetype i = 0; i < qMin<qsizetype>(3, slowest.size()); ++i)
        slow << QStringLiteral("\"%1\" %2")
                    .arg(times.measured.at(slowest.at(i)), ms(values.at(slowest.at(i))));
    if (!slow.isEmpty())
        line.note += QStringLiteral("; slowest: ") + slow.join(QStringLiteral(", "));
    if (values.size() < times.asked) {
        line.note += QStringLiteral("; only %1 of %2 fragments measured: the time budget of "
                                    "%3 s ran out")
                         .arg(values.size())
                         .arg(times.asked)
                         .arg(searchBudgetMs / 1000);
    }
    if (stopped > 0) {
        line.note += QStringLiteral("; %1 stopped at the %2 s cap, so their time is a lower "
                                    "bound")
                         .arg(stopped)
                         .arg(searchCapMs / 1000);
    }
    if (times.failed > 0)
        line.note += QStringLiteral("; %1 failed with a store error").arg(times.failed);
    return line;
}

/// First screen: a fresh store, model and view each time (the OS file cache stays warm).
Measurement firstScreen(const Setup &setup, qint64 total)
{
    Measurement line;
    line.scenario = QStringLiteral("Browse: first screen (open, first page painted)");
    line.target = QStringLiteral("< %1 ms").arg(firstScreenTargetMs);
    QList<double> statusCountMs;
    for (int rep = 0; rep < setup.repetitions; ++rep) {
        std::unique_ptr<Desk> desk;
        const double took = timeMs([&] { desk = openDesk(setup.database); });
        if (!desk->store || desk->model->rowCount() == 0) {
            return failedLine(line.scenario, line.target,
                              desk->error.isEmpty() ? QStringLiteral("the list stayed empty")
                                                    : desk->error);
        }
        line.ours << took;
        statusCountMs << timeMs([&] { (void)desk->store->countRecords(RecordQuery()); });
    }
    line.met = median(line.ours) < firstScreenTargetMs;
    line.note =
        QStringLiteral("SqliteStore::open, PaymentListModel, PaymentTableView %1×%2 shown, first "
                       "page of %3 read and painted; fresh each time, OS file cache warm. The main "
                       "window then counts all %4 records for its status bar: %5 more")
            .arg(screenWidth)
            .arg(screenHeight)
            .arg(PaymentListModel::PageSize)
            .arg(number(total), ms(median(statusCountMs)));
    return line;
}

/// A page at the start, as scrolling reads it: one fetchMore() of the model in the view. Then
/// on to heldRows rows, for what holding the rows read costs in time and, in `rowCost`, memory.
Measurement pageAtStart(const Setup &setup, qint64 total, QString *rowCost)
{
    Measurement line;
    line.scenario = QStringLiteral("Browse: page of %1 at the start (fetchMore)")
                        .arg(PaymentListModel::PageSize);
    line.target = QStringLiteral("< %1 ms").arg(pageTargetMs);
    const std::unique_ptr<Desk> desk = openDesk(setup.database);
    if (!desk->store)
        return failedLine(line.scenario, line.target, desk->error);
    for (int i = 0; i < setup.repetitions * 5 && desk->model->canFetchMore({}); ++i) {
        const int before = desk->model->rowCount();
        const double took = timeMs([&] { desk->model->fetchMore({}); });
        if (desk->model->rowCount() == before)
            break;
        line.ours << took;
    }
    if (line.ours.isEmpty()) {
        return failedLine(line.scenario, line.target,
                          desk->error.isEmpty() ? QStringLiteral("the list has one page")
                                                : desk->error);
    }
    line.met = median(line.ours) < pageTargetMs;
    line.note = QStringLiteral("%1 pages after the first, max %2; the store's keyset page plus the "
                               "view's row insertion")
                    .arg(line.ours.size())
                    .arg(ms(*std::max_element(line.ours.begin(), line.ours.end())));

    malloc_trim(0);
    const qint64 heapBefore = heapOutsideSqlite();
    const int rowsBefore = desk->model->rowCount();
    QList<double> deepMs;
    while (desk->model->rowCount() < heldRows && desk->model->canFetchMore({}))
        deepMs << timeMs([&] { desk->model->fetchMore({}); });
    const int rowsAdded = desk->model->rowCount() - rowsBefore;
    if (rowsAdded > 0 && deepMs.size() >= 10) {
        const double perRowKiB = double(heapOutsideSqlite() - heapBefore) / 1024 / rowsAdded;
        line.note +=
            QStringLiteral("; with %1 rows held, fetchMore takes %2 (median of the last "
                           "10)")
                .arg(number(desk->model->rowCount()), ms(median(deepMs.mid(deepMs.size() - 10))));
        *rowCost = QStringLiteral("every row read stays in the model until the next query: about "
                                  "%1 KB of heap a row, so scrolling to the end would hold about "
                                  "%2")
                       .arg(perRowKiB, 0, 'f', 2)
                       .arg(mib(qint64(perRowKiB * double(total))));
    }
    return line;
}

/// The middle and the end: the model only reads on, page by page, so a row deep in the list
/// is reached by one keyset page of the store after the cursor of the row before it, taken
/// from one walk over the whole list. The walk's sample records give the rare fragments.
QList<Measurement> deepPages(const Setup &setup, qint64 total, Fragments *rare)
{
    std::fprintf(stderr, "browse: walking the whole list page by page…\n");
    ListWalk walk;
    auto store = SqliteStore::open(setup.database);
    if (store)
        walk = walkList(*store.value(), total);
    else
        walk.error = store.error().message;
    const auto pageAfter = [&](const std::optional<RecordCursor> &cursor, qint64 row,
                               const QString &where) {
        Measurement line;
        line.scenario = QStringLiteral("Browse: page of %1 %2 (store keyset page)")
                            .arg(PaymentListModel::PageSize)
                            .arg(where);
        line.target = QStringLiteral("< %1 ms").arg(pageTargetMs);
        if (!store || !cursor) {
            return failedLine(line.scenario, line.target,
                              walk.error.isEmpty() ? QStringLiteral("the list is too short")
                                                   : walk.error);
        }
        RecordQuery query;
        query.limit = PaymentListModel::PageSize;
        query.after = cursor;
        for (int rep = 0; rep < setup.repetitions * 5; ++rep) {
            qsizetype rows = 0;
            const double took = timeMs([&] {
                const Result<RecordPage> page = store.value()->listRecords(query);
                rows = page ? page.value().rows.size() : 0;
            });
            if (rows != PaymentListModel::PageSize) {
                return failedLine(
                    line.scenario, line.target,
                    QStringLiteral("the page after the cursor had %1 rows").arg(rows));
            }
            line.ours << took;
        }
        line.met = median(line.ours) < pageTargetMs;
        line.note = QStringLiteral("Store::listRecords after the cursor of row %1 (the model "
                                   "offers only fetchMore, page after page); cursor from one walk "
                                   "over all %2 pages: every page p50 %3, p95 %4, max %5, %6 s in "
                                   "all")
                        .arg(number(row))
                        .arg(walk.pageMs.size())
                        .arg(ms(percentile(walk.pageMs, 50)), ms(percentile(walk.pageMs, 95)),
                             ms(*std::max_element(walk.pageMs.begin(), walk.pageMs.end())))
                        .arg(walk.totalMs / 1000, 0, 'f', 1);
        return line;
    };
    const QList<Measurement> lines {
        pageAfter(walk.middle, total / 2, QStringLiteral("in the middle")),
        pageAfter(walk.end, total - PaymentListModel::PageSize, QStringLiteral("at the end"))};
    if (store)
        *rare = rareFragments(*store.value(), walk.samples);
    return lines;
}

struct SortedAndSearched
{
    QMap<QString, QList<double>> resortMs; ///< by sortSteps' names
    SearchTimes rare;
    SearchTimes common;
};

/// Header clicks, then searches, in one open desk.
SortedAndSearched sortAndSearch(const Setup &setup, const QStringList &rare)
{
    std::fprintf(stderr, "browse: sorting and searching…\n");
    SortedAndSearched result;
    const std::unique_ptr<Desk> desk = openDesk(setup.database);
    if (!desk->store)
        return result;
    for (int rep = 0; rep < setup.repetitions; ++rep) {
        for (const SortStep &step : sortSteps) {
            const double took = timeMs([&] {
                desk->view->sortByColumn(step.column, step.order);
                paint(*desk->view);
            });
            if (desk->model->rowCount() > 0 && desk->model->sortColumn() == step.column)
                result.resortMs[QString::fromLatin1(step.name)] << took;
        }
    }
    result.rare = searchAsYouType(*desk, rare, searchBudgetMs);
    result.common = searchAsYouType(*desk, commonFragmentTexts(), searchBudgetMs);
    return result;
}

QStringList stepNames(const auto &steps)
{
    QStringList names;
    for (const SortStep &step : steps)
        names << QString::fromLatin1(step.name);
    return names;
}

Measurement resortLine(const QMap<QString, QList<double>> &resortMs)
{
    Measurement line;
    line.scenario = QStringLiteral("Browse: re-sort by a column header");
    line.target = QStringLiteral("< %1 ms").arg(resortTargetMs);
    double worstColumn = 0;
    const QStringList names = stepNames(sortSteps);
    for (const QString &name : names) {
        line.ours += resortMs.value(name);
        worstColumn = qMax(worstColumn, median(resortMs.value(name)));
    }
    line.met = resortMs.size() == names.size() && worstColumn < resortTargetMs;
    line.note = QStringLiteral("sortByColumn() as a header click, until the new first page is "
                               "painted; medians by column: %1")
                    .arg(medianNote(resortMs, names));
    return line;
}

QList<Measurement> searchLines(const SortedAndSearched &searched, const Fragments &rare)
{
    const SearchTimes &rareTimes = searched.rare;
    const SearchTimes &commonTimes = searched.common;
    const QString rareAbout = rare.texts.isEmpty()
        ? QStringLiteral("no rare fragment found")
        : QStringLiteral("pieces of ids, processor references and emails matching %1–%2 records; "
                         "painting %3 of it")
              .arg(rare.fewestMatches)
              .arg(rare.mostMatches)
              .arg(ms(median(rareTimes.paintMs)));
    const QString commonAbout =
        QStringLiteral("one and two letters, names, domains, products, id prefixes; %1 came back "
                       "empty; painting %2 of it")
            .arg(commonTimes.empty)
            .arg(ms(median(commonTimes.paintMs)));
    const QString countAbout = QStringLiteral("the first page, then the main window's two "
                                              "status-bar counts: all records, and the matches "
                                              "up to %1")
                                   .arg(statusCountLimit + 1);
    return {
        searchLine(QStringLiteral("Browse: search, rare fragment (first page)"), rareTimes.pageMs,
                   rareTimes, rareTimes.pageStopped, rareAbout),
        searchLine(QStringLiteral("Browse: search, common fragment (first page)"),
                   commonTimes.pageMs, commonTimes, commonTimes.pageStopped, commonAbout),
        searchLine(QStringLiteral("Browse: search, rare fragment, with the record count"),
                   rareTimes.withCountMs, rareTimes, rareTimes.pageStopped + rareTimes.countStopped,
                   countAbout),
        searchLine(QStringLiteral("Browse: search, common fragment, with the record count"),
                   commonTimes.withCountMs, commonTimes,
                   commonTimes.pageStopped + commonTimes.countStopped, countAbout),
    };
}

/// The GUI-side memory after browsing: in a child process of its own when main.cpp routes
/// `--child browse` here (`inChild`), otherwise in this process, its peak restarted first.
Measurement memoryLine(const Setup &setup, qint64 total, const QStringList &fragments,
                       bool *inChild)
{
    std::fprintf(stderr, "browse: memory…\n");
    Measurement line;
    line.scenario = QStringLiteral("Browse: GUI-side memory, %1 records").arg(number(total));
    line.unit = QStringLiteral("MB");
    line.target = QStringLiteral("< %1 MB").arg(memoryTargetMiB);
    line.baselineName = naiveName();
    const ChildRun child =
        runChild(setup.self,
                 QStringList {QStringLiteral("--child"), QStringLiteral("browse"), setup.database}
                     + fragments);
    *inChild = child.exitCode == 0 && ownPeakKiB(child) > 0;
    if (*inChild) {
        line.peakRssKiB = ownPeakKiB(child);
        line.ours << double(line.peakRssKiB) / 1024;
        line.note = QStringLiteral("peak RSS of a child process that opens the list, scrolls 10 "
                                   "pages, sorts by every column and runs %1 searches; RSS %2")
                        .arg(fragments.size())
                        .arg(QString::fromUtf8(child.output.split('\n').value(1)));
        return line;
    }
    const bool restarted = restartPeak();
    const Browsed browsed = browseSequence(setup.database, fragments);
    if (!browsed.error.isEmpty())
        return failedLine(line.scenario, line.target, browsed.error);
    line.peakRssKiB = restarted ? browsed.memory.peakKiB : browsed.memory.rssKiB;
    line.ours << double(line.peakRssKiB) / 1024;
    line.note = QStringLiteral("in this process (main.cpp has no `--child browse` yet): %1 of the "
                               "whole process after opening the list, scrolling 10 pages, sorting "
                               "by every column and %2 searches; RSS %3")
                    .arg(restarted ? QStringLiteral("peak") : QStringLiteral("RSS"),
                         QString::number(fragments.size()), browsed.stages);
    return line;
}

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
NaiveRun runNaive(const Setup &setup)
{
    std::fprintf(stderr, "browse: the naive QSqlQueryModel…\n");
    NaiveRun run;
    QElapsedTimer timer;
    timer.start();
    for (int rep = 0; rep < setup.repetitions; ++rep) {
        if (double(timer.elapsed()) > naiveBudgetMs) {
            run.cut = true;
            break;
        }
        const bool restarted = restartPeak();
        const ProcessMemory before = processMemory();
        std::unique_ptr<NaiveList> naive;
        const double took = timeMs([&] { naive = openNaive(setup.database); });
        if (!naive->error.isEmpty()) {
            run.error = naive->error;
            break;
        }
        run.loadMs << took;
        for (const SortStep &step : naiveSortSteps) {
            if (double(timer.elapsed()) > naiveBudgetMs) {
                run.cut = true;
                break;
            }
            run.resortMs[QString::fromLatin1(step.name)] << timeMs([&] {
                naive->view->sortByColumn(step.column, step.order);
                paint(*naive->view);
            });
        }
        if (rep == 0) {
            const ProcessMemory after = processMemory();
            run.peakKiB = restarted ? after.peakKiB : after.rssKiB;
            run.beforeKiB = before.rssKiB;
        }
    }
    return run;
}

/// How many times faster ours is than the baseline, by medians.
double factor(const Measurement &line)
{
    return median(line.baseline) / median(line.ours);
}

} // namespace

int browseChild(const QString &name, const QStringList &arguments)
{
    if (name != QLatin1String("browse") && name != QLatin1String("browse-naive"))
        return -1;
    if (arguments.isEmpty())
        return 2;
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        std::fprintf(stderr, "--child %s needs a QApplication (widgets)\n", qPrintable(name));
        return 3;
    }
    if (name == QLatin1String("browse")) {
        const Browsed browsed = browseSequence(arguments.first(), arguments.mid(1));
        if (!browsed.error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(browsed.error));
            return 1;
        }
        std::printf("browsed rows=%lld rss-kib=%lld peak-kib=%lld\n%s\n", qint64(browsed.rowsHeld),
                    browsed.memory.rssKiB, browsed.memory.peakKiB, qPrintable(browsed.stages));
        return 0;
    }
    const std::unique_ptr<NaiveList> naive = openNaive(arguments.first());
    if (!naive->error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(naive->error));
        return 1;
    }
    naive->view->sortByColumn(PaymentListModel::Amount, Qt::AscendingOrder);
    paint(*naive->view);
    const ProcessMemory memory = processMemory();
    std::printf("browsed rows=%d rss-kib=%lld peak-kib=%lld\n", naive->proxy->rowCount(),
                memory.rssKiB, memory.peakKiB);
    return 0;
}

void browseScenarios(const Setup &setup, QList<Measurement> &table)
{
    qint64 total = 0;
    {
        auto store = SqliteStore::open(setup.database);
        const Result<qint64> counted =
            store ? store.value()->countRecords(RecordQuery()) : Result<qint64>(store.error());
        if (!counted || counted.value() == 0) {
            table << failedLine(QStringLiteral("Browse"), QString(),
                                counted ? QStringLiteral("the database has no records")
                                        : counted.error().message);
            return;
        }
        total = counted.value();
    }
    std::fprintf(stderr, "browse: %s records\n", qPrintable(number(total)));

    const Measurement first = firstScreen(setup, total);
    QString rowCost;
    const Measurement start = pageAtStart(setup, total, &rowCost);
    Fragments rare;
    const QList<Measurement> deep = deepPages(setup, total, &rare);
    const SortedAndSearched searched = sortAndSearch(setup, rare.texts);
    bool inChild = false;
    Measurement memory = memoryLine(
        setup, total, rare.texts.mid(0, 10) + commonFragmentTexts().mid(0, 10), &inChild);
    if (!rowCost.isEmpty())
        memory.note += QStringLiteral("; ") + rowCost;

    // The naive reference last: its gigabyte of heap would distort everything after it.
    const NaiveRun naive = runNaive(setup);
    Measurement load;
    load.scenario = QStringLiteral("Browse: load, ours vs naive");
    load.ours = first.ours;
    load.baselineName = naiveName();
    load.baseline = naive.loadMs;
    load.target = QStringLiteral("≥ %1× faster").arg(naiveFactorTarget);
    Measurement resort;
    resort.scenario = QStringLiteral("Browse: re-sort, ours vs naive");
    resort.baselineName = naiveName();
    resort.target = load.target;
    const QStringList naiveNames = stepNames(naiveSortSteps);
    for (const QString &name : naiveNames) {
        resort.ours += searched.resortMs.value(name);
        resort.baseline += naive.resortMs.value(name);
    }
    if (!naive.error.isEmpty() || load.baseline.isEmpty() || load.ours.isEmpty()) {
        const QString why = !naive.error.isEmpty() ? naive.error
            : load.ours.isEmpty()                  ? QStringLiteral("our first screen failed")
                                                   : QStringLiteral("no time left");
        load = failedLine(load.scenario, load.target, why);
        resort = failedLine(resort.scenario, resort.target, why);
    } else {
        load.met = factor(load) >= naiveFactorTarget;
        load.note = QStringLiteral("ours: the first screen above; naive: QSqlQueryModel of the "
                                   "shown columns (ORDER BY created DESC, so no first proxy "
                                   "sort), fetchMore until all %1 rows are in, a "
                                   "QSortFilterProxyModel and a QTableView painted; %2× faster")
                        .arg(number(total))
                        .arg(factor(load), 0, 'f', 0);
        resort.met = !resort.ours.isEmpty() && !resort.baseline.isEmpty()
            && factor(resort) >= naiveFactorTarget;
        resort.note = QStringLiteral("the same header clicks until the first screen is painted; "
                                     "ours %1; naive %2; %3× faster")
                          .arg(medianNote(searched.resortMs, naiveNames),
                               medianNote(naive.resortMs, naiveNames))
                          .arg(factor(resort), 0, 'f', 0);
        if (naive.cut) {
            resort.note +=
                QStringLiteral("; naive repetitions cut after %1 s").arg(naiveBudgetMs / 1000);
        }
    }

    if (inChild) {
        const ChildRun child =
            runChild(setup.self,
                     {QStringLiteral("--child"), QStringLiteral("browse-naive"), setup.database});
        if (child.exitCode == 0 && ownPeakKiB(child) > 0) {
            memory.baseline << double(ownPeakKiB(child)) / 1024;
            memory.note +=
                QStringLiteral("; naive: peak RSS of a child that loads it and sorts it once");
        }
    } else if (naive.peakKiB > 0) {
        memory.baseline << double(naive.peakKiB) / 1024;
        memory.note += QStringLiteral("; naive: peak of this process while it loads and sorts, "
                                      "%1 resident before")
                           .arg(mib(naive.beforeKiB));
    }
    memory.met = !memory.ours.isEmpty() && median(memory.ours) < memoryTargetMiB;

    table << first << load << start << deep << resortLine(searched.resortMs) << resort
          << searchLines(searched, rare) << memory;
}

} // namespace RefundDesk::Bench
