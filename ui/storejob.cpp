#include "storejob.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QThread>

namespace RefundDesk {
namespace {

Q_LOGGING_CATEGORY(lcStoreJob, "refunddesk.ui.storejob")

} // namespace

StoreJob::Progress::Progress(std::function<void()> notify)
    : m_notify(std::move(notify))
{ }

void StoreJob::Progress::report(qint64 done, qint64 total)
{
    m_done.store(done, std::memory_order_relaxed);
    m_total.store(total, std::memory_order_relaxed);
    // One notification in flight at a time, and none sooner than the interval: a fast job
    // must not flood the GUI thread's event queue.
    if (m_sinceNotify.isValid() && m_sinceNotify.elapsed() < ProgressIntervalMs)
        return;
    if (m_pending.exchange(true, std::memory_order_acq_rel))
        return;
    m_sinceNotify.start();
    m_notify();
}

StoreJob::StoreJob(StoreOpener opener, QObject *parent)
    : QObject(parent)
    , m_opener(std::move(opener))
{ }

StoreJob::~StoreJob()
{
    cancel();
    // Finished workers are deleted with us as children; a running one must stop first.
    const auto threads = findChildren<QThread *>(Qt::FindDirectChildrenOnly);
    for (QThread *thread : threads)
        thread->wait();
}

void StoreJob::cancel()
{
    if (m_progress)
        m_progress->cancel();
}

bool StoreJob::isCancelled() const
{
    return m_progress && m_progress->isCancelled();
}

bool StoreJob::startErased(Erased work)
{
    if (m_running)
        return false;
    // Notifications post to this object, so they are handled on the GUI thread, after any
    // earlier one and before the job's completion.
    auto progress = std::make_shared<Progress>([this] {
        QMetaObject::invokeMethod(this, &StoreJob::deliverProgress, Qt::QueuedConnection);
    });
    m_progress = progress;
    m_running = true;

    QThread *thread = QThread::create([this, opener = m_opener, work = std::move(work), progress] {
        std::function<void()> done;
        {
            Result<std::unique_ptr<Store>> store =
                opener ? opener() : Result<std::unique_ptr<Store>>(Error::storage(tr("No store.")));
            done = store ? work(store.value().get(), Error(), *progress)
                         : work(nullptr, store.error(), *progress);
            // The connection closes here, on the thread that opened it, before the GUI
            // thread hears that the job is over.
        }
        QMetaObject::invokeMethod(
            this, [this, progress, done = std::move(done)] { complete(progress, done); },
            Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("StoreJob"));
    thread->setParent(this);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    qCDebug(lcStoreJob, "job started");
    Q_EMIT runningChanged(true);
    return true;
}

void StoreJob::deliverProgress()
{
    if (!m_progress)
        return;
    m_progress->delivered();
    if (m_running)
        Q_EMIT progressChanged(m_progress->done(), m_progress->total());
}

void StoreJob::complete(const std::shared_ptr<Progress> &progress,
                        const std::function<void()> &done)
{
    if (progress != m_progress)
        return;
    m_running = false;
    qCDebug(lcStoreJob, "job %s", progress->isCancelled() ? "cancelled" : "finished");
    Q_EMIT progressChanged(progress->done(), progress->total());
    Q_EMIT runningChanged(false);
    done();
    Q_EMIT finished();
}

} // namespace RefundDesk
