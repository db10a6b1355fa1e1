// Reads `terraform show -json` / `tofu show -json` plan output (format 0.x and 1.x) into a Plan.
#pragma once

#include "terraform/Plan.h"

#include "common/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Infradeck {

class PlanReader
{
public:
    static Result<Plan> readFile(const QString &path);
    // source names the data in errors.
    static Result<Plan> readBytes(QByteArray bytes, const QString &source = QStringLiteral("<plan>"));

    // Where the JSON sits in a plan file's bytes: past leading whitespace and the "[command]..." first line of
    // GitHub's setup-terraform wrapper, before its "%0A" / "::set-output ..." trailer and trailing whitespace.
    struct JsonRange
    {
        qsizetype begin = 0;
        qsizetype end = 0;        // begin == end: no JSON
        bool commandLine = false; // a "[command]" line was skipped
        bool commandOnly = false; // the bytes hold only a "[command]" line
    };
    static JsonRange locateJson(QByteArrayView bytes);
};

} // namespace Infradeck
