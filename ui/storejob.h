#pragma once

#include "core/result.h"
#include "storeopener.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <exception>
#include <functional>
#include <memory>

namespace RefundDesk {

/// Runs one long piece of work at a time (an import, an export, demo data) on a worker
/// thread with its own store connection, so the window keeps painting and reading through
/// its own. Progress reaches the GUI thread throttled, through queued calls; cancelling
/// sets a flag the work polls. Only destruction waits for the worker, after cancelling it.
class StoreJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreJob)
public:
    /// What the work sees of its job: where to report progress and whether to stop.
    /// report() is for the worker thread; cancel() and isCancelled() for any thread.
    class Progress
    {
        Q_DISABLE_COPY_MOVE(Progress)
    public:
        explicit Progress(std::function<void()> notify);

        /// `done` of `total` units; a total of 0 means unknown. Cheap to call often.
        void report(qint64 done, qint64 total);
        bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
        void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }

        qint64 done() const { return m_done.load(std::memory_order_relaxed); }
        qint64 total() const { return m_total.load(std::memory_order_relaxed); }
        /// The GUI thread took the last notification; the next report may post another.
        void delivered() { m_pending.store(false, std::memory_order_release); }

    private:
        std::function<void()> m_notify;
        std::atomic<qint64> m_done {0};
        std::atomic<qint64> m_total {0};
        std::atomic<bool> m_cancelled {false};
        std::atomic<bool> m_pending {false};
        QElapsedTimer m_sinceNotify; // worker thread only
    };

    template<typename T>
    using Work = std::function<Result<T>(Store &, Progress &)>;
    template<typename T>
    using Done = std::function<void(const Result<T> &)>;

    /// At most one progress notification per interval reaches the GUI thread.
    static constexpr int ProgressIntervalMs = 50;

    explicit StoreJob(StoreOpener opener, QObject *parent = nullptr);
    /// Cancels a running job and waits for its worker to stop; `done` is not called then.
    ~StoreJob() override;

    /// Opens a store with the opener on a new worker thread and runs `work` there; `done`
    /// gets its result (or the opener's Error) on this object's thread. False, doing
    /// nothing, while another job runs.
    template<typename T>
    bool start(Work<T> work, Done<T> done);

    bool isRunning() const { return m_running; }
    /// Asks the running job to stop; it stops at its next poll. Thread-safe.
    void cancel();
    /// Whether the running, or last, job was asked to stop.
    bool isCancelled() const;

Q_SIGNALS:
    void runningChanged(bool running);
    /// `done` of `total` (0: unknown), throttled; the last values once more before `done`.
    void progressChanged(qint64 done, qint64 total);
    /// After the job's `done` callback returned.
    void finished();

private:
    /// Runs on the worker: the store (or null and the opener's Error), returns what to run on
    /// the GUI thread.
    using Erased = std::function<std::function<void()>(Store *, const Error &, Progress &)>;

    bool startErased(Erased work);
    void deliverProgress();
    void complete(const std::shared_ptr<Progress> &progress, const std::function<void()> &done);

    StoreOpener m_opener;
    std::shared_ptr<Progress> m_progress;
    bool m_running = false;
};

template<typename T>
bool StoreJob::start(Work<T> work, Done<T> done)
{
    return startErased([work = std::move(work),
                        done = std::move(done)](Store *store, const Error &openError,
                                                Progress &progress) -> std::function<void()> {
        Result<T> result = openError;
        if (store) {
            try {
                result = work(*store, progress);
            } catch (const std::exception &exception) {
                // The model reports failures as values; this is a last guard for the thread.
                result = Error::storage(QString::fromLocal8Bit(exception.what()));
            }
        }
        return [done, result = std::move(result)] {
            done(result);
        };
    });
}

} // namespace RefundDesk
