// The decimated series must draw the same envelope as the full one: per pixel column, the same min and max.
#include "telemetry/MinMaxDecimator.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Infradeck;

namespace {

struct Envelope
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    int count = 0;
};

QList<Envelope> envelope(const QList<QPointF> &points, double tMin, double tMax, int columns)
{
    QList<Envelope> e(columns);
    for (const QPointF &p : points) {
        Envelope &c = e[MinMaxDecimator::column(p.x(), tMin, tMax, columns)];
        c.lo = std::min(c.lo, p.y());
        c.hi = std::max(c.hi, p.y());
        ++c.count;
    }
    return e;
}

} // namespace

class TestMinMaxDecimator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void envelopeKeptExactly_data()
    {
        QTest::addColumn<int>("points");
        QTest::addColumn<int>("columns");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("11000 into 800") << 11000 << 800 << 1u;
        QTest::newRow("11000 into 37") << 11000 << 37 << 2u;
        QTest::newRow("5000 into 1") << 5000 << 1 << 3u;
        QTest::newRow("100000 into 1920") << 100000 << 1920 << 4u;
        QTest::newRow("fits already") << 300 << 800 << 5u;
    }
    void envelopeKeptExactly()
    {
        QFETCH(int, points);
        QFETCH(int, columns);
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        QList<double> t, v;
        double walk = 0;
        for (int i = 0; i < points; ++i) {
            t << 1700000000.0 + i * 15;
            walk += rng.generateDouble() - 0.5;
            // Spikes of a single sample are what naive every-Nth decimation loses.
            v << (rng.bounded(500) == 0 ? walk + 1000 * (rng.generateDouble() - 0.5) : walk);
        }
        const double tMin = t.first(), tMax = t.last();
        const QList<QPointF> out = MinMaxDecimator::decimate(t, v, tMin, tMax, columns);
        QVERIFY(out.size() <= 4 * columns || out.size() == points);
        QList<QPointF> all;
        for (int i = 0; i < points; ++i)
            all << QPointF(t[i], v[i]);
        const auto full = envelope(all, tMin, tMax, columns);
        const auto kept = envelope(out, tMin, tMax, columns);
        for (int c = 0; c < columns; ++c) {
            QCOMPARE(kept[c].count > 0, full[c].count > 0);
            if (full[c].count) {
                QCOMPARE(kept[c].lo, full[c].lo);
                QCOMPARE(kept[c].hi, full[c].hi);
            }
        }
        // Only original samples, in time order, first and last kept.
        for (int i = 1; i < out.size(); ++i)
            QVERIFY(out[i].x() > out[i - 1].x());
        QCOMPARE(out.first(), all.first());
        QCOMPARE(out.last(), all.last());
    }

    void nonFiniteLeftOut()
    {
        const double nan = std::nan("");
        const double inf = std::numeric_limits<double>::infinity();
        QList<double> t, v;
        for (int i = 0; i < 1000; ++i) {
            t << i;
            v << (i % 10 == 0 ? nan : i % 10 == 5 ? inf : double(i % 7));
        }
        const auto out = MinMaxDecimator::decimate(t, v, 0, 999, 10);
        QVERIFY(!out.isEmpty());
        for (const QPointF &p : out)
            QVERIFY(std::isfinite(p.y()));
        const auto small = MinMaxDecimator::decimate({0, 1, 2}, {nan, 1, -inf}, 0, 2, 100);
        QCOMPARE(small, (QList<QPointF>{QPointF(1, 1)}));
        QVERIFY(MinMaxDecimator::decimate({}, {}, 0, 1, 10).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMinMaxDecimator)
#include "TestMinMaxDecimator.moc"
