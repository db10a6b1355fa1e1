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

    void nonFiniteBreaksTheLine_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<int>("columns");
        QTest::addColumn<QList<int>>("segmentSizes");
        const double nan = std::numeric_limits<double>::quiet_NaN(), inf = std::numeric_limits<double>::infinity();
        QTest::newRow("NaN in the middle") << QList<double>{1, 2, 3, nan, 5, 6} << 100 << QList<int>{3, 2};
        QTest::newRow("+Inf and -Inf") << QList<double>{1, inf, 3, -inf, 5} << 100 << QList<int>{1, 1, 1};
        QTest::newRow("leading and trailing NaN") << QList<double>{nan, nan, 1, 2, nan} << 100 << QList<int>{2};
        QTest::newRow("all NaN") << QList<double>{nan, nan} << 100 << QList<int>{};
        QTest::newRow("empty") << QList<double>{} << 100 << QList<int>{};
        QTest::newRow("no gap") << QList<double>{1, 2, 3} << 100 << QList<int>{3};
        // 6 samples on 2 columns: the NaN at index 1 shares column 0 with both neighbours, the gap is sub-pixel.
        QTest::newRow("sub-pixel gap joined") << QList<double>{1, nan, 3, 4, 5, 6} << 2 << QList<int>{5};
    }

    void nonFiniteBreaksTheLine()
    {
        QFETCH(QList<double>, values);
        QFETCH(int, columns);
        QFETCH(QList<int>, segmentSizes);
        QList<double> times;
        for (qsizetype i = 0; i < values.size(); ++i)
            times << 1000 + double(i) * 10;
        const auto segments = MinMaxDecimator::decimateSegments(times, values, 1000, 1000 + 10 * double(std::max<qsizetype>(1, values.size())), columns);
        QList<int> sizes;
        for (const auto &s : segments) {
            sizes << int(s.size());
            for (const QPointF &p : s)
                QVERIFY(std::isfinite(p.y()));
        }
        QCOMPARE(sizes, segmentSizes);
    }

    void segmentsKeepEnvelopePerRun()
    {
        // 11,000 points with one NaN at 5,000 on 900 columns: two segments, each with its run's exact extremes.
        QList<double> times, values;
        for (int i = 0; i < 11000; ++i) {
            times << i;
            values << (i == 5000 ? std::numeric_limits<double>::quiet_NaN() : std::sin(i * 0.37) * (i % 97));
        }
        const auto segments = MinMaxDecimator::decimateSegments(times, values, 0, 11000, 900);
        // The NaN is within one column (about 12 samples each): joined, the line runs through it.
        QCOMPARE(segments.size(), 1);
        values[5001] = std::numeric_limits<double>::quiet_NaN();
        for (int i = 4990; i < 5030; ++i)
            values[i] = std::numeric_limits<double>::quiet_NaN(); // a gap of ~3 columns
        const auto broken = MinMaxDecimator::decimateSegments(times, values, 0, 11000, 900);
        QCOMPARE(broken.size(), 2);
        QVERIFY(broken[0].last().x() < 4990);
        QVERIFY(broken[1].first().x() >= 5030);
        double lo = 1e9, hi = -1e9;
        for (int i = 0; i < 4990; ++i) {
            lo = std::min(lo, values[i]);
            hi = std::max(hi, values[i]);
        }
        double dlo = 1e9, dhi = -1e9;
        for (const QPointF &p : broken[0]) {
            dlo = std::min(dlo, p.y());
            dhi = std::max(dhi, p.y());
        }
        QCOMPARE(dlo, lo);
        QCOMPARE(dhi, hi);
        QVERIFY(broken[0].size() + broken[1].size() <= 4 * 900 + 8);
    }
};

QTEST_GUILESS_MAIN(TestMinMaxDecimator)
#include "TestMinMaxDecimator.moc"
