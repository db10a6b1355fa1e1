// A parsed Prometheus HTTP API response (/api/v1/query, query_range, alerts, targets, labels, series), the shape
// every Prometheus-compatible store answers with. Parsing is fast enough for 20 × 11,000-point matrices.
#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <string_view>

namespace Infradeck {

using PromLabels = QMap<QString, QString>;

struct PromSeries
{
    PromLabels labels;
    QList<double> times;  // Unix seconds
    QList<double> values; // NaN, +Inf and -Inf kept as such
    int histogramSamples = 0; // native histogram samples: recognised, not charted

    bool isHistogram() const { return histogramSamples > 0; }
    QString name() const; // metric{a="b",...}
};

struct PromAlert
{
    PromLabels labels;
    PromLabels annotations;
    QString state; // firing | pending | inactive
    QDateTime activeAt;
    QString value;
    QString name() const { return labels.value(QStringLiteral("alertname")); }
    QString severity() const { return labels.value(QStringLiteral("severity")); }
};

struct PromTarget
{
    PromLabels labels;
    QString scrapePool;
    QString scrapeUrl;
    QString health; // up | down | unknown
    QString lastError;
    QDateTime lastScrape;
    double lastScrapeDuration = 0; // seconds
    QString scrapeInterval;
};

class PromResponse
{
public:
    enum class Kind { Query, Alerts, Targets, Labels, Series, Other }; // Other: envelope only (status, warnings)
    enum class ResultType { None, Matrix, Vector, Scalar, String };

    // Parses a body. httpStatus is the reply's status (200 for files): an error body or a non-2xx status becomes an
    // Error whose message carries the server's errorType and error text and explains the status.
    static Result<PromResponse> parse(Kind kind, const QByteArray &body, const QString &source, int httpStatus = 200);
    // "1.5", "NaN", "+Inf", "-Inf", "1e+00" → double; ok false for anything else.
    static double parseValue(std::string_view text, bool *ok);
    static QString formatValue(double value); // the API's own spelling: NaN, +Inf, -Inf, shortest round-trip
    static QString explainStatus(int httpStatus);
    static QString resultTypeName(ResultType type);

    ResultType resultType = ResultType::None;
    QList<PromSeries> series; // matrix and vector (a vector sample is a one-point series)
    double scalarTime = 0;
    double scalarValue = 0;
    QString stringValue;
    QList<PromAlert> alerts;
    QList<PromTarget> targets;
    QStringList labelNames;      // /labels, /label/NAME/values
    QList<PromLabels> seriesSet; // /series
    QStringList warnings;
    QStringList infos;

    int histogramSeriesCount() const;
    qsizetype sampleCount() const;
};

} // namespace Infradeck
