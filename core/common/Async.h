// The one async helper: run work on the global thread pool, deliver its result on a guard object's thread,
// drop the result when the guard is gone, support cancellation and progress.
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <type_traits>

namespace Infradeck {

// Handed to the work function; cheap to query from the worker thread.
class TaskControl
{
public:
    TaskControl(std::function<bool()> canceled, std::function<void(int, int)> progress)
        : m_canceled(std::move(canceled)), m_progress(std::move(progress))
    {
    }
    bool isCanceled() const { return m_canceled(); }
    // Report progress as value out of maximum; delivered on the guard's thread.
    void setProgress(int value, int maximum) const { m_progress(value, maximum); }

private:
    std::function<bool()> m_canceled;
    std::function<void(int, int)> m_progress;
};

using ProgressHandler = std::function<void(int value, int maximum)>;

// work:  R(const TaskControl &) — runs on the pool; must check isCanceled() in long loops.
// done:  void(R)               — runs on guard's thread, only if the guard is alive and the task not canceled.
// Returns the future; future.cancel() cancels. Destroying the guard cancels too.
template<typename Work, typename Done>
auto runAsync(QObject *guard, Work &&work, Done &&done, ProgressHandler progress = {})
{
    using R = std::invoke_result_t<Work, const TaskControl &>;
    static_assert(!std::is_void_v<R>, "runAsync work must return a value");

    auto *watcher = new QFutureWatcher<R>(guard);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, done = std::forward<Done>(done)]() mutable {
                         QFuture<R> future = watcher->future();
                         watcher->deleteLater();
                         if (future.isCanceled() || future.resultCount() == 0)
                             return;
                         done(future.takeResult());
                     });
    if (progress) {
        QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, watcher,
                         [watcher, progress](int value) { progress(value, watcher->progressMaximum()); });
    }

    QFuture<R> future = QtConcurrent::run(QThreadPool::globalInstance(),
                                          [work = std::forward<Work>(work)](QPromise<R> &promise) mutable {
                                              const TaskControl control(
                                                  [&promise] { return promise.isCanceled(); },
                                                  [&promise](int value, int maximum) {
                                                      promise.setProgressRange(0, maximum);
                                                      promise.setProgressValue(value);
                                                  });
                                              if (promise.isCanceled())
                                                  return;
                                              R result = work(control);
                                              if (!promise.isCanceled())
                                                  promise.addResult(std::move(result));
                                          });
    // The guard owns the watcher: when the guard dies the watcher dies and the work is told to stop.
    QObject::connect(watcher, &QObject::destroyed, [future]() mutable { future.cancel(); });
    watcher->setFuture(future);
    return future;
}

} // namespace Infradeck
