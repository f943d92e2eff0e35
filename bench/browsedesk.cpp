// The desk's payments list as the browse scenarios open it (SqliteStore, PaymentListModel,
// PaymentTableView, offscreen), and what they read of this process's memory.

#include "browse.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QPixmap>

#include <fcntl.h>
#include <malloc.h>
#include <unistd.h>

namespace RefundDesk::Bench::Browse {

QString ms(double value)
{
    return QStringLiteral("%1 ms").arg(value, 0, 'f', value < 10 ? 2 : value < 100 ? 1 : 0);
}

QString number(qint64 value)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(value);
}

QString mib(qint64 kib)
{
    return QStringLiteral("%1 MB").arg(double(kib) / 1024, 0, 'f', 0);
}

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

void paint(QAbstractItemView &view)
{
    QCoreApplication::processEvents();
    const QPixmap painted = view.viewport()->grab();
    Q_UNUSED(painted)
}

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

} // namespace RefundDesk::Bench::Browse
