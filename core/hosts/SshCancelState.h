// Shared between an SshSession (caller's thread) and its worker: which commands were cancelled. Internal.
#pragma once

#include <QMutex>
#include <QSet>

#include <atomic>

namespace Infradeck {

struct SshCancelState
{
    std::atomic<bool> all{false}; // session going away: stop everything
    std::atomic<int> cancelAllBelow{0}; // ids below this are cancelled (cancelAll)
    QMutex mutex;
    QSet<int> ids;

    bool isCanceled(int id)
    {
        if (all.load() || id < cancelAllBelow.load())
            return true;
        QMutexLocker lock(&mutex);
        return ids.contains(id);
    }
    void cancel(int id)
    {
        QMutexLocker lock(&mutex);
        ids.insert(id);
    }
};

} // namespace Infradeck
