// The browse scenarios of refunddesk-bench (issue 7): the payments list as the desk builds it
// (SqliteStore, PaymentListModel, PaymentTableView, offscreen) on the demo database, beside the
// QSqlQueryModel + QSortFilterProxyModel a Qt programmer would write first. Nothing here writes
// to the database.

#include "browse.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <malloc.h>
#include <optional>
#include <sqlite3.h>

namespace RefundDesk::Bench {

using namespace Browse;

namespace {

// The targets of issue 7.
constexpr double firstScreenTargetMs = 100;
constexpr double pageTargetMs = 5;
constexpr double resortTargetMs = 100;
constexpr double memoryTargetMiB = 150;
constexpr double naiveFactorTarget = 50;

/// Rows scrolled through to see what holding rows costs.
constexpr int heldRows = 20'000;

QString naiveName()
{
    return QStringLiteral("QSqlQueryModel + proxy sort");
}

/// Bytes of heap in use outside SQLite (glibc's main arena and its mmapped blocks, less
/// SQLite's own allocations): what the model's rows cost, without the page cache's growth.
qint64 heapOutsideSqlite()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd) - qint64(sqlite3_memory_used());
}

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

QString medianNote(const QMap<QString, QList<double>> &byName, const QStringList &order)
{
    QStringList parts;
    for (const QString &name : order) {
        if (byName.contains(name))
            parts << QStringLiteral("%1 %2").arg(name, ms(median(byName.value(name))));
    }
    return parts.join(QStringLiteral(", "));
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
    result.rare = searchAsYouType(*desk, rare);
    result.common = searchAsYouType(*desk, commonFragmentTexts());
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
    *inChild = child.exitCode == 0 && printedPeakKiB(child.output) > 0;
    if (*inChild) {
        line.peakRssKiB = printedPeakKiB(child.output);
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

/// How many times faster ours is than the baseline, by medians.
double factor(const Measurement &line)
{
    return median(line.baseline) / median(line.ours);
}

} // namespace

void browseScenarios(const Setup &setup, QList<Measurement> &table)
{
    // Other groups (an import, an export) may have pushed the database out of the OS page
    // cache; the first screen and the first pages would then wait for the disk.
    warm(setup.database);
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
        if (child.exitCode == 0 && printedPeakKiB(child.output) > 0) {
            memory.baseline << double(printedPeakKiB(child.output)) / 1024;
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
          << searchLines(searched.rare, searched.common, rare) << memory;
}

} // namespace RefundDesk::Bench
