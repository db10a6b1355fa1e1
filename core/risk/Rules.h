// Risk rules loaded from YAML (the bundled defaults plus the workspace's own) and evaluated on a plan.
#pragma once

#include "risk/Finding.h"
#include "risk/Rule.h"

#include "common/Error.h"

#include <QList>
#include <QString>

namespace Infradeck {

class Plan;

class Rules
{
public:
    static Result<Rules> load(const QString &yamlPath);
    static Result<Rules> loadString(const QByteArray &yaml, const QString &source);
    // The bundled default rules: $INFRADECK_RISK_RULES, :/risk/default-rules.yaml, the installed share dir, or
    // the source tree's resources/risk/.
    static Result<Rules> loadDefault();
    static QString defaultRulesPath();

    // Rules of `other` replace rules with the same id, the rest are appended (workspace rules over defaults).
    void merge(const Rules &other);

    // Findings sorted by severity (high first), then address. protectedEnvironment: the environment is marked
    // protected in the workspace (any delete is then a finding).
    QList<Finding> evaluate(const Plan &plan, bool protectedEnvironment = false) const;

    const QList<Rule> &rules() const { return m_rules; }
    QString source() const { return m_source; }

private:
    QList<Rule> m_rules;
    QString m_source;
};

} // namespace Infradeck
