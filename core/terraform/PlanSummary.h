// What `infradeck-cli plan summary` prints: counts, drift, every change and the risks, as JSON or text.
#pragma once

#include "risk/Finding.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Infradeck {

class Plan;

class PlanSummary
{
public:
    PlanSummary(const Plan &plan, QList<Finding> findings);

    QJsonObject toJson() const;
    QString toText() const;

    static QString actionSymbol(int action); // "+", "~", "-", "-/+", "+/-", "<=", " "

private:
    const Plan &m_plan;
    QList<Finding> m_findings;
};

} // namespace Infradeck
