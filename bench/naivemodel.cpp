// The naive reference of the browse scenarios: the QSqlQueryModel + QSortFilterProxyModel a
// Qt programmer would write first, every row loaded, sorted by the proxy.

#include "browse.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QSqlDatabase>
#include <QSqlError>

#include <cstdio>

namespace RefundDesk::Bench::Browse {

NaiveList::~NaiveList()
{
    view.reset();
    proxy.reset();
    source.reset();
    if (!connection.isEmpty())
        QSqlDatabase::removeDatabase(connection);
}

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

} // namespace RefundDesk::Bench::Browse
