// The plan's `configuration` block, reduced to what the topology graph and the risk rules use.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Infradeck {

struct ProviderConfig
{
    QString key; // "aws", "aws.east", "module.m:aws"
    QString name;
    QString fullName;
    QString alias;
    QString moduleAddress;
};

struct ConfigResource
{
    QString address;       // with the module path (no instance keys): module.a.aws_instance.web
    QString moduleAddress; // module.a (empty for root)
    bool isData = false;
    QString type;
    QString name;
    QString providerConfigKey;
    QStringList dependsOn;  // normalised like references
    QStringList references; // normalised resource/module addresses, module-path prefixed, unique, sorted
    bool hasCount = false;
    bool hasForEach = false;
};

struct ModuleCall
{
    QString address;       // module.a.module.b
    QString parentAddress; // module.a
    QString name;
    QString source;
    QStringList references; // from the call's expressions (inputs), normalised in the parent module
};

struct Configuration
{
    QList<ProviderConfig> providers;
    QList<ConfigResource> resources;
    QList<ModuleCall> moduleCalls;
};

} // namespace Infradeck
