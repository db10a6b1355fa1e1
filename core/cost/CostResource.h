// One resource instance to price: its address, type, module, provider and attribute values (from a state, an
// inventory or one side of a plan change).
#pragma once

#include <QJsonObject>
#include <QString>

namespace Infradeck {

struct CostResource
{
    QString address;
    QString type;
    QString module;   // "module.dns", empty for the root module
    QString provider; // short name ("hcloud"), empty when unknown
    QJsonObject attributes;

    // provider["registry.terraform.io/hetznercloud/hcloud"] / provider.hcloud / hetznercloud/hcloud → "hcloud".
    static QString shortProviderName(const QString &providerAddress);
};

} // namespace Infradeck
