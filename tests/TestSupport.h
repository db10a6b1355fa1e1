// Shared helpers for the unit and GUI tests: where fixtures live, and how tests find the test services.
#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QString>
#include <QTest>
#include <QtGlobal>

#include <functional>
#include <optional>

namespace TestSupport {

// ../shared/fixtures (public fixtures, may be absent on a bare clone): tests QSKIP when it is missing.
inline QString fixturesDir()
{
    const QString fromEnv = qEnvironmentVariable("INFRADECK_FIXTURES_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(INFRADECK_FIXTURES_DIR) : fromEnv;
}

inline bool haveFixtures()
{
    return QFileInfo(fixturesDir() + QStringLiteral("/SOURCES.md")).exists();
}

inline QString fixture(const QString &relative)
{
    return fixturesDir() + QLatin1Char('/') + relative;
}

// tests/data: the small fixtures every build has, broken ones included.
inline QString testData(const QString &relative)
{
    return QStringLiteral(INFRADECK_TEST_DATA_DIR) + QLatin1Char('/') + relative;
}

// resources/ in the source tree (demo workspace, catalogs, rule files).
inline QString resourcesDir()
{
    return QStringLiteral(INFRADECK_RESOURCES_DIR);
}

// True under ./scripts/test (services were started): then a missing service is a failure, not a skip.
inline bool servicesRequired()
{
    return qEnvironmentVariableIsSet("INFRADECK_TEST_SERVICES");
}

// Starts an asynchronous call and runs the event loop until its callback delivered a value (empty after timeoutMs).
template<typename T>
std::optional<T> runUntil(const std::function<void(std::function<void(T)>)> &start, int timeoutMs = 15000)
{
    std::optional<T> result;
    start([&result](T v) { result.emplace(std::move(v)); });
    QElapsedTimer t;
    t.start();
    while (!result && t.elapsed() < timeoutMs)
        QTest::qWait(5);
    return result;
}

} // namespace TestSupport

#define REQUIRE_FIXTURES()                                                                                   \
    do {                                                                                                      \
        if (!TestSupport::haveFixtures())                                                                     \
            QSKIP(qPrintable(QStringLiteral("public fixtures not found at %1 (clone next to ../shared)")      \
                                 .arg(TestSupport::fixturesDir())));                                          \
    } while (false)

// Reads a service address from the environment written by tests/services/start; fails under ./scripts/test.
#define REQUIRE_SERVICE_ENV(var, out)                                                                         \
    do {                                                                                                      \
        out = qEnvironmentVariable(var);                                                                      \
        if (out.isEmpty()) {                                                                                  \
            if (TestSupport::servicesRequired())                                                              \
                QFAIL(qPrintable(QStringLiteral("%1 is not set although test services were started").arg(var))); \
            QSKIP(qPrintable(QStringLiteral("%1 not set: run ./scripts/test to start the test services").arg(var))); \
        }                                                                                                     \
    } while (false)
