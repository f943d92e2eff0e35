// The browse children (`--child browse`, `--child browse-naive`): the desk's list browsed, or
// the naive model loaded, in a process of its own that prints its own peak resident set.

#include "browse.h"

#include <QApplication>

#include <cstdio>
#include <sqlite3.h>

namespace RefundDesk::Bench {

namespace Browse {

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
    searchAsYouType(*desk, fragments);
    desk->model->setQuery(RecordQuery());
    paint(*desk->view);
    stage("searched");
    browsed.stages += QStringLiteral("; SQLite's own heap at most %1")
                          .arg(mib(sqlite3_memory_highwater(0) / 1024));
    browsed.rowsHeld = desk->model->rowCount();
    browsed.memory = processMemory();
    return browsed;
}

} // namespace Browse

int browseChild(const QString &name, const QStringList &arguments)
{
    using namespace Browse;
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
        std::printf("browsed rows=%lld rss_kib=%lld peak_kib=%lld\n%s\n", qint64(browsed.rowsHeld),
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
    std::printf("browsed rows=%d rss_kib=%lld peak_kib=%lld\n", naive->proxy->rowCount(),
                memory.rssKiB, memory.peakKiB);
    return 0;
}

} // namespace RefundDesk::Bench
