// Markdown and HTML review reports of a plan: summary, risks, changes with (redacted) attribute diffs.
#pragma once

#include "risk/Finding.h"

#include "common/Error.h"

#include <QList>
#include <QString>

namespace Infradeck {

class Plan;

class PlanReport
{
public:
    enum class Format { Markdown, Html };

    PlanReport(const Plan &plan, QList<Finding> findings);

    QString toMarkdown() const;
    QString toHtml() const;

    // Format from the suffix (.md/.markdown, .html/.htm); written atomically. Returns the format written.
    Result<Format> writeFile(const QString &path) const;
    static bool formatForPath(const QString &path, Format *format);

    // Diffs are collapsed (<details>) when a plan has more changes than this; diffs beyond maxDiffs are omitted.
    int openDiffLimit = 10;
    int maxDiffs = 1000;

private:
    QString render(Format format) const;

    const Plan &m_plan;
    QList<Finding> m_findings;
};

} // namespace Infradeck
