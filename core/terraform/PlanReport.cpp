#include "PlanReport.h"

#include "terraform/AttributeDiff.h"
#include "terraform/Plan.h"
#include "terraform/PlanSummary.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace Infradeck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Infradeck::PlanReport)
};

QString html(const QString &s)
{
    return s.toHtmlEscaped();
}

// Inline code in a Markdown table cell: no pipes or newlines may break the row, backticks need a longer fence.
QString mdCode(const QString &s)
{
    if (s.isEmpty())
        return {};
    QString t = s;
    t.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QStringLiteral("\\n")).replace(QLatin1Char('\r'), QString());
    const QString fence = t.contains(QLatin1Char('`')) ? QStringLiteral("`` ") : QStringLiteral("`");
    const QString close = t.contains(QLatin1Char('`')) ? QStringLiteral(" ``") : QStringLiteral("`");
    return fence + t + close;
}

QString mdText(const QString &s)
{
    QString t = s;
    for (const QChar c : {QLatin1Char('\\'), QLatin1Char('|'), QLatin1Char('*'), QLatin1Char('_'), QLatin1Char('<'), QLatin1Char('>'),
                          QLatin1Char('['), QLatin1Char(']'), QLatin1Char('`')})
        t.replace(c, QStringLiteral("\\") + c);
    return t.replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString changeLabel(const ResourceChange &c)
{
    QString label = ResourceChange::actionName(c.action);
    if (c.action == ResourceChange::Action::Replace)
        label += c.replaceOrder == ResourceChange::ReplaceOrder::CreateBeforeDestroy ? Tr::tr(", create before destroy")
                                                                                    : Tr::tr(", destroy before create");
    return label;
}

QString marks(const AttributeDiff::Entry &e)
{
    QStringList m;
    if (e.forcesReplacement)
        m << Tr::tr("forces replacement");
    if (e.sensitive)
        m << Tr::tr("sensitive");
    if (e.possiblySensitive)
        m << Tr::tr("possibly sensitive");
    return m.join(QStringLiteral(", "));
}

} // namespace

PlanReport::PlanReport(const Plan &plan, QList<Finding> findings) : m_plan(plan), m_findings(std::move(findings)) {}

bool PlanReport::formatForPath(const QString &path, Format *format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        *format = Format::Markdown;
    else if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        *format = Format::Html;
    else
        return false;
    return true;
}

QString PlanReport::toMarkdown() const
{
    return render(Format::Markdown);
}

QString PlanReport::toHtml() const
{
    return render(Format::Html);
}

QString PlanReport::render(Format format) const
{
    const bool md = format == Format::Markdown;
    const Plan::Counts c = m_plan.counts();
    const QString title = Tr::tr("Plan review: %1").arg(QFileInfo(m_plan.source).fileName());
    QString out;
    if (md) {
        out += QStringLiteral("# ") + mdText(title) + QStringLiteral("\n\n");
    } else {
        out += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>") + html(title)
            + QStringLiteral("</title>\n<style>body{font-family:sans-serif;max-width:70em;margin:auto}"
                             "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}"
                             "code{background:#f4f4f4}.high{color:#b00}.medium{color:#a60}.low{color:#666}"
                             ".added{background:#e6ffe6}.removed{background:#ffe6e6}.changed{background:#fff6d6}</style>"
                             "</head><body>\n<h1>")
            + html(title) + QStringLiteral("</h1>\n");
    }

    // Summary
    const QStringList names = {Tr::tr("create"), Tr::tr("update"), Tr::tr("replace"), Tr::tr("delete"), Tr::tr("read"), Tr::tr("no-op"), Tr::tr("drift")};
    const QList<int> values = {c.create, c.update, c.replace, c.remove, c.read, c.noOp, int(m_plan.drift.size())};
    const QString meta = Tr::tr("Plan format %1, Terraform %2")
                             .arg(m_plan.formatVersion, m_plan.terraformVersion.isEmpty() ? Tr::tr("(unknown)") : m_plan.terraformVersion);
    if (md) {
        out += QStringLiteral("## ") + Tr::tr("Summary") + QStringLiteral("\n\n") + mdText(meta) + QStringLiteral("\n\n| ");
        out += names.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|");
        for (qsizetype i = 0; i < names.size(); ++i)
            out += QStringLiteral("---|");
        out += QStringLiteral("\n|");
        for (const int v : values)
            out += QLatin1Char(' ') + QString::number(v) + QStringLiteral(" |");
        out += QStringLiteral("\n\n");
    } else {
        out += QStringLiteral("<h2>") + html(Tr::tr("Summary")) + QStringLiteral("</h2>\n<p>") + html(meta)
            + QStringLiteral("</p>\n<table><tr>");
        for (const QString &n : names)
            out += QStringLiteral("<th>") + html(n) + QStringLiteral("</th>");
        out += QStringLiteral("</tr><tr>");
        for (const int v : values)
            out += QStringLiteral("<td>") + QString::number(v) + QStringLiteral("</td>");
        out += QStringLiteral("</tr></table>\n");
    }

    // Risks
    if (md) {
        out += QStringLiteral("## ") + Tr::tr("Risks") + QStringLiteral(" (%1)\n\n").arg(m_findings.size());
        if (m_findings.isEmpty())
            out += Tr::tr("No risks found.") + QStringLiteral("\n\n");
        else {
            out += QStringLiteral("| ") + Tr::tr("severity") + QStringLiteral(" | ") + Tr::tr("address") + QStringLiteral(" | ")
                + Tr::tr("attribute") + QStringLiteral(" | ") + Tr::tr("reason") + QStringLiteral(" | ") + Tr::tr("rule")
                + QStringLiteral(" |\n|---|---|---|---|---|\n");
            for (const Finding &f : m_findings)
                out += QStringLiteral("| **%1** | %2 | %3 | %4 | %5 |\n")
                           .arg(Finding::severityName(f.severity), mdCode(f.address), mdCode(f.path), mdText(f.reason), mdCode(f.ruleId));
            out += QLatin1Char('\n');
        }
    } else {
        out += QStringLiteral("<h2>") + html(Tr::tr("Risks")) + QStringLiteral(" (%1)</h2>\n").arg(m_findings.size());
        if (m_findings.isEmpty())
            out += QStringLiteral("<p>") + html(Tr::tr("No risks found.")) + QStringLiteral("</p>\n");
        else {
            out += QStringLiteral("<table><tr><th>") + html(Tr::tr("severity")) + QStringLiteral("</th><th>") + html(Tr::tr("address"))
                + QStringLiteral("</th><th>") + html(Tr::tr("attribute")) + QStringLiteral("</th><th>") + html(Tr::tr("reason"))
                + QStringLiteral("</th><th>") + html(Tr::tr("rule")) + QStringLiteral("</th></tr>\n");
            for (const Finding &f : m_findings) {
                const QString sev = Finding::severityName(f.severity);
                out += QStringLiteral("<tr><td class=\"%1\">%1</td><td><code>%2</code></td><td><code>%3</code></td><td>%4</td><td>%5</td></tr>\n")
                           .arg(sev, html(f.address), html(f.path), html(f.reason), html(f.ruleId));
            }
            out += QStringLiteral("</table>\n");
        }
    }

    // Changes
    int shown = 0;
    const bool collapse = m_plan.changes.size() > openDiffLimit;
    out += md ? QStringLiteral("## ") + Tr::tr("Changes") + QStringLiteral("\n\n")
              : QStringLiteral("<h2>") + html(Tr::tr("Changes")) + QStringLiteral("</h2>\n");
    for (const ResourceChange &rc : m_plan.changes) {
        if (rc.action == ResourceChange::Action::NoOp && rc.previousAddress.isEmpty() && !rc.importing)
            continue;
        QStringList notes;
        notes << changeLabel(rc);
        if (!rc.actionReason.isEmpty())
            notes << ResourceChange::actionReasonText(rc.actionReason);
        if (!rc.previousAddress.isEmpty())
            notes << Tr::tr("moved from %1").arg(rc.previousAddress);
        if (rc.importing)
            notes << Tr::tr("imported");
        const QString heading = PlanSummary::actionSymbol(int(rc.action)) + QLatin1Char(' ') + rc.address;
        const QString noteText = notes.join(QStringLiteral("; "));
        QList<AttributeDiff::Entry> entries;
        const bool withDiff = shown < maxDiffs;
        if (withDiff) {
            ++shown;
            entries = AttributeDiff::compute(m_plan, rc);
            entries.removeIf([](const AttributeDiff::Entry &e) { return e.kind == AttributeDiff::Kind::Unchanged; });
        }
        if (md) {
            out += QStringLiteral("<details") + (collapse ? QString() : QStringLiteral(" open")) + QStringLiteral("><summary><code>")
                + html(heading) + QStringLiteral("</code> — ") + html(noteText) + QStringLiteral("</summary>\n\n");
            if (!withDiff)
                out += Tr::tr("(diff omitted: more than %1 changes)").arg(maxDiffs) + QStringLiteral("\n\n");
            else if (entries.isEmpty())
                out += Tr::tr("(no attribute changes)") + QStringLiteral("\n\n");
            else {
                out += QStringLiteral("| ") + Tr::tr("attribute") + QStringLiteral(" | ") + Tr::tr("before") + QStringLiteral(" | ")
                    + Tr::tr("after") + QStringLiteral(" | ") + Tr::tr("note") + QStringLiteral(" |\n|---|---|---|---|\n");
                for (const AttributeDiff::Entry &e : std::as_const(entries))
                    out += QStringLiteral("| %1 | %2 | %3 | %4 |\n").arg(mdCode(e.path), mdCode(e.before), mdCode(e.after), mdText(marks(e)));
                out += QLatin1Char('\n');
            }
            out += QStringLiteral("</details>\n\n");
        } else {
            out += QStringLiteral("<details") + (collapse ? QString() : QStringLiteral(" open")) + QStringLiteral("><summary><code>")
                + html(heading) + QStringLiteral("</code> — ") + html(noteText) + QStringLiteral("</summary>\n");
            if (!withDiff)
                out += QStringLiteral("<p>") + html(Tr::tr("(diff omitted: more than %1 changes)").arg(maxDiffs)) + QStringLiteral("</p>\n");
            else if (entries.isEmpty())
                out += QStringLiteral("<p>") + html(Tr::tr("(no attribute changes)")) + QStringLiteral("</p>\n");
            else {
                out += QStringLiteral("<table><tr><th>") + html(Tr::tr("attribute")) + QStringLiteral("</th><th>") + html(Tr::tr("before"))
                    + QStringLiteral("</th><th>") + html(Tr::tr("after")) + QStringLiteral("</th><th>") + html(Tr::tr("note"))
                    + QStringLiteral("</th></tr>\n");
                for (const AttributeDiff::Entry &e : std::as_const(entries))
                    out += QStringLiteral("<tr class=\"%1\"><td><code>%2</code></td><td><code>%3</code></td><td><code>%4</code></td><td>%5</td></tr>\n")
                               .arg(AttributeDiff::kindName(e.kind), html(e.path), html(e.before), html(e.after), html(marks(e)));
                out += QStringLiteral("</table>\n");
            }
            out += QStringLiteral("</details>\n");
        }
    }
    if (!md)
        out += QStringLiteral("</body></html>\n");
    return out;
}

Result<PlanReport::Format> PlanReport::writeFile(const QString &path) const
{
    Format format;
    if (!formatForPath(path, &format))
        return Error(Tr::tr("cannot tell the report format from \"%1\"").arg(path), path).expecting(Tr::tr("a .md or .html file name"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Tr::tr("cannot write the report: %1").arg(file.errorString()), path);
    file.write(render(format).toUtf8());
    if (!file.commit())
        return Error(Tr::tr("cannot write the report: %1").arg(file.errorString()), path);
    return format;
}

} // namespace Infradeck
