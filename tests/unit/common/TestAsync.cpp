#include "common/Async.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace Infradeck;

class TestAsync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deliversOnGuardThread();
    void dropsResultWhenGuardDies();
    void cancellationStopsWork();
    void reportsProgress();
    void movesOnlyResults();
};

void TestAsync::deliversOnGuardThread()
{
    QObject guard;
    QThread *workThread = nullptr;
    QThread *doneThread = nullptr;
    int value = 0;
    runAsync(
        &guard,
        [&workThread](const TaskControl &) {
            workThread = QThread::currentThread();
            return 42;
        },
        [&](int result) {
            doneThread = QThread::currentThread();
            value = result;
        });
    QTRY_COMPARE(value, 42);
    QVERIFY(workThread != nullptr);
    QVERIFY(workThread != QThread::currentThread());
    QCOMPARE(doneThread, QThread::currentThread());
}

void TestAsync::dropsResultWhenGuardDies()
{
    auto guard = std::make_unique<QObject>();
    std::atomic<bool> started{false};
    std::atomic<bool> finished{false};
    bool delivered = false;
    QFuture<int> future = runAsync(
        guard.get(),
        [&](const TaskControl &control) {
            started = true;
            for (int i = 0; i < 200 && !control.isCanceled(); ++i)
                QThread::msleep(5);
            finished = true;
            return 1;
        },
        [&delivered](int) { delivered = true; });
    QTRY_VERIFY(started.load());
    guard.reset(); // the guard dies while the work is running
    QVERIFY(future.isCanceled());
    QTRY_VERIFY(finished.load());
    QTest::qWait(50); // give a (wrong) delivery every chance to happen
    QVERIFY(!delivered);
}

void TestAsync::cancellationStopsWork()
{
    QObject guard;
    std::atomic<int> iterations{0};
    std::atomic<bool> exited{false};
    bool delivered = false;
    QFuture<int> future = runAsync(
        &guard,
        [&](const TaskControl &control) {
            while (!control.isCanceled()) { // would run forever without cancellation
                ++iterations;
                QThread::msleep(1);
            }
            exited = true;
            return -1;
        },
        [&delivered](int) { delivered = true; });
    QTRY_VERIFY(iterations.load() > 3);
    QElapsedTimer timer;
    timer.start();
    future.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(exited.load(), 2000);
    QVERIFY2(timer.elapsed() < 1000, "cancellation took too long");
    const int after = iterations.load();
    QTest::qWait(30);
    QCOMPARE(iterations.load(), after);
    QVERIFY(!delivered);
}

void TestAsync::reportsProgress()
{
    QObject guard;
    QList<int> seen;
    int maximum = 0;
    bool done = false;
    runAsync(
        &guard,
        [](const TaskControl &control) {
            for (int i = 1; i <= 5; ++i) {
                control.setProgress(i, 5);
                QThread::msleep(20);
            }
            return true;
        },
        [&done](bool) { done = true; },
        [&](int value, int max) {
            seen << value;
            maximum = max;
        });
    QTRY_VERIFY(done);
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.last(), 5);
    QCOMPARE(maximum, 5);
}

void TestAsync::movesOnlyResults()
{
    QObject guard;
    int got = 0;
    runAsync(
        &guard, [](const TaskControl &) { return std::make_unique<int>(7); },
        [&got](std::unique_ptr<int> p) { got = *p; });
    QTRY_COMPARE(got, 7);
}

QTEST_GUILESS_MAIN(TestAsync)
#include "TestAsync.moc"
