#include "PlanSummary.h"

#include "terraform/Plan.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Infradeck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Infradeck::PlanSummary)
};

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString symbol(const ResourceChange &c)
{
    if (c.action == ResourceChange::Action::Replace)
        return c.replaceOrder == ResourceChange::ReplaceOrder::CreateBeforeDestroy ? QStringLiteral("+/-") : QStringLiteral("-/+");
    return PlanSummary::actionSymbol(int(c.action));
}

} // namespace

PlanSummary::PlanSummary(const Plan &plan, QList<Finding> findings) : m_plan(plan), m_findings(std::move(findings)) {}

QString PlanSummary::actionSymbol(int action)
{
    switch (ResourceChange::Action(action)) {
    case ResourceChange::Action::Create:
        return QStringLiteral("+");
    case ResourceChange::Action::Update:
        return QStringLiteral("~");
    case ResourceChange::Action::Delete:
        return QStringLiteral("-");
    case ResourceChange::Action::Replace:
        return QStringLiteral("-/+");
    case ResourceChange::Action::Read:
        return QStringLiteral("<=");
    case ResourceChange::Action::NoOp:
        break;
    }
    return QStringLiteral(" ");
}

QJsonObject PlanSummary::toJson() const
{
    const Plan::Counts c = m_plan.counts();
    QJsonObject counts{{QStringLiteral("create"), c.create}, {QStringLiteral("update"), c.update},
                       {QStringLiteral("delete"), c.remove}, {QStringLiteral("replace"), c.replace},
                       {QStringLiteral("read"), c.read},     {QStringLiteral("no-op"), c.noOp}};
    QJsonArray changes;
    for (const ResourceChange &rc : m_plan.changes) {
        QJsonArray replacePaths;
        for (const QVariantList &p : rc.replacePaths)
            replacePaths.append(QJsonArray::fromVariantList(p));
        QJsonObject o{{QStringLiteral("address"), rc.address},
                      {QStringLiteral("action"), ResourceChange::actionName(rc.action)},
                      {QStringLiteral("action_reason"), nullable(rc.actionReason)},
                      {QStringLiteral("replace_paths"), replacePaths},
                      {QStringLiteral("previous_address"), nullable(rc.previousAddress)},
                      {QStringLiteral("importing"), rc.importing}};
        if (rc.action == ResourceChange::Action::Replace)
            o.insert(QStringLiteral("replace_order"), rc.replaceOrder == ResourceChange::ReplaceOrder::CreateBeforeDestroy
                                                          ? QStringLiteral("create-before-destroy")
                                                          : QStringLiteral("destroy-before-create"));
        if (!rc.deposed.isEmpty())
            o.insert(QStringLiteral("deposed"), rc.deposed);
        changes.append(o);
    }
    QJsonArray risks;
    for (const Finding &f : m_findings)
        risks.append(QJsonObject{{QStringLiteral("severity"), Finding::severityName(f.severity)},
                                 {QStringLiteral("address"), f.address},
                                 {QStringLiteral("path"), f.path},
                                 {QStringLiteral("reason"), f.reason},
                                 {QStringLiteral("rule"), f.ruleId}});
    return QJsonObject{{QStringLiteral("format_version"), m_plan.formatVersion},
                       {QStringLiteral("terraform_version"), nullable(m_plan.terraformVersion)},
                       {QStringLiteral("counts"), counts},
                       {QStringLiteral("drift"), int(m_plan.drift.size())},
                       {QStringLiteral("changes"), changes},
                       {QStringLiteral("risks"), risks}};
}

QString PlanSummary::toText() const
{
    const Plan::Counts c = m_plan.counts();
    QString out;
    out += Tr::tr("Plan: %1 to create, %2 to update, %3 to replace, %4 to delete, %5 to read, %6 unchanged")
               .arg(c.create)
               .arg(c.update)
               .arg(c.replace)
               .arg(c.remove)
               .arg(c.read)
               .arg(c.noOp)
        + QLatin1Char('\n');
    out += Tr::tr("Drift: %1 resource(s) changed outside Terraform").arg(m_plan.drift.size()) + QLatin1Char('\n');
    out += Tr::tr("Format %1, Terraform %2")
               .arg(m_plan.formatVersion, m_plan.terraformVersion.isEmpty() ? Tr::tr("(unknown)") : m_plan.terraformVersion)
        + QLatin1Char('\n');
    bool header = false;
    for (const ResourceChange &rc : m_plan.changes) {
        if (rc.action == ResourceChange::Action::NoOp && rc.previousAddress.isEmpty() && !rc.importing)
            continue;
        if (!header) {
            out += QLatin1Char('\n') + Tr::tr("Changes:") + QLatin1Char('\n');
            header = true;
        }
        QString line = QStringLiteral("  %1 %2").arg(symbol(rc), -3).arg(rc.address);
        QStringList notes;
        if (!rc.actionReason.isEmpty())
            notes << ResourceChange::actionReasonText(rc.actionReason);
        if (rc.action == ResourceChange::Action::Replace)
            notes << (rc.replaceOrder == ResourceChange::ReplaceOrder::CreateBeforeDestroy ? Tr::tr("create before destroy")
                                                                                          : Tr::tr("destroy before create"));
        if (!rc.previousAddress.isEmpty())
            notes << Tr::tr("moved from %1").arg(rc.previousAddress);
        if (rc.importing)
            notes << Tr::tr("imported");
        if (!notes.isEmpty())
            line += QStringLiteral(" (") + notes.join(QStringLiteral("; ")) + QLatin1Char(')');
        out += line + QLatin1Char('\n');
    }
    if (!m_findings.isEmpty()) {
        out += QLatin1Char('\n') + Tr::tr("Risks:") + QLatin1Char('\n');
        for (const Finding &f : m_findings)
            out += QStringLiteral("  [%1] %2%3: %4\n")
                       .arg(Finding::severityName(f.severity), f.address,
                            f.path.isEmpty() ? QString() : QStringLiteral(" ") + f.path, f.reason);
    } else {
        out += QLatin1Char('\n') + Tr::tr("Risks: none found") + QLatin1Char('\n');
    }
    return out;
}

} // namespace Infradeck
