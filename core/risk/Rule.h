// One risk rule as written in a rules YAML file (see resources/risk/default-rules.yaml for the format).
#pragma once

#include "risk/Finding.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Infradeck {

struct Rule
{
    enum class Check { None, OpenIngress, SecretValues };

    // Where an open-ingress check finds CIDRs and ports in one resource type's values.
    struct IngressTarget
    {
        QString blocks;         // attribute holding a list of rule blocks; empty: the resource itself
        QStringList cidrs;      // attributes holding a CIDR or a list of CIDRs (block first, then resource)
        QString port;           // "22", "80-85", "any" (hcloud)
        QString portMin;        // from_port / port_range_min
        QString portMax;        // to_port / port_range_max
        QString portsBlock;     // google: allow[*] with protocol + ports[]
        QString ports;          // attribute in portsBlock elements: list of "22" / "1000-2000"
        QString protocol;       // protocol attribute ("-1", "all", "any" mean every port)
        QString direction;      // direction attribute; absent/null counts as inbound
        QString inbound;        // the direction value meaning inbound
    };

    QString id;
    Finding::Severity severity = Finding::Severity::Medium;
    QString reason; // {address} {type} {action} {action_reason} {ports} {cidr} are filled in
    QString description;
    bool enabled = true;

    // when:
    QStringList actions;            // action names incl. "replace"; empty: any except no-op and read
    QList<QRegularExpression> types; // globs; empty: any
    QStringList actionReasons;      // empty: any
    bool protectedEnvOnly = false;

    Check check = Check::None;
    QList<int> ports;    // open-ingress
    QStringList openCidrs;
    QHash<QString, IngressTarget> targets;
};

} // namespace Infradeck
