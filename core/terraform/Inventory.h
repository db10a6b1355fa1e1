// What a Terraform state holds: every resource instance and root output, read by StateReader from a raw
// terraform.tfstate (v4, legacy v3), `terraform show -json` state output or a plan's prior_state.
#pragma once

#include "terraform/Address.h"

#include "common/Error.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Infradeck {

// One resource instance (one entry per count index / for_each key; deposed objects are entries of their own).
struct InventoryResource
{
    Address address;        // module path + mode + type.name + instance key
    QString addressText;    // address.toString(), cached (the key everything is looked up by)
    QString provider;       // normalised source address: registry.terraform.io/hetznercloud/hcloud
    QString providerConfig; // as written: provider["registry.terraform.io/hetznercloud/hcloud"], provider.aws
    QStringList dependencies;
    int schemaVersion = 0;
    QString deposed; // deposed key, empty for the current object
    bool tainted = false;

    // Attribute values as stored (v3: the flatmap of strings). Never show them directly: use displayText().
    QJsonObject attributes;
    // Sensitivity in sensitive_values shape: true = the whole subtree is sensitive; undefined when none.
    QJsonValue sensitiveMask;

    QString type() const { return address.type; }
    QString name() const { return address.name; }
    QString module() const { return address.moduleString(); } // "" for root
    QString mode() const { return address.isData() ? QStringLiteral("data") : QStringLiteral("managed"); }
    QVariant index() const { return address.instanceKey; }
    QString id() const { return attributes.value(QStringLiteral("id")).toString(); } // may be masked: see displayText
    // Mask of one top-level attribute.
    QJsonValue attributeMask(const QString &name) const;
    bool isSensitive(const QString &name) const;
    // Display text of one attribute through Redaction::maskedText (schema mask + heuristics).
    QString displayText(const QString &name) const;
    // All attributes as display text, redacted.
    QJsonObject redactedAttributes() const;
};

struct InventoryOutput
{
    QString name;
    bool sensitive = false;
    QJsonValue value; // raw; display through displayText()
    QJsonValue type;  // cty type as written (v4), undefined otherwise
    QString displayText() const;
};

class Inventory
{
public:
    enum class Kind { RawV4, LegacyV3, ShowJson, PlanPriorState };

    QString source;
    Kind kind = Kind::RawV4;
    int stateVersion = 0;     // 3 or 4 for raw state files, 0 for show -json
    QString formatVersion;    // show -json format_version, empty for raw files
    QString terraformVersion; // empty when absent
    qint64 serial = -1;       // -1 when absent (show -json has none)
    QString lineage;
    QList<InventoryResource> resources; // in file order (Terraform writes them sorted)
    QList<InventoryOutput> outputs;     // sorted by name
    Errors warnings;

    static QString kindName(Kind kind); // "tfstate v4", "tfstate v3 (legacy)", "show -json", "plan prior_state"

    int indexOf(const QString &address) const; // -1 when absent
    const InventoryResource *find(const QString &address) const;
    // The resource instances grouped by Address::moduleGroupKey(), root ("") first.
    QMap<QString, QList<int>> indexesByModule() const;

    // `state list --format json`: {version, terraform_version, serial, lineage, resources[{address, type, provider,
    // module, mode}], outputs[{name, sensitive}]}. Holds no attribute or output value.
    QJsonObject listJson() const;
    // One resource for `state show --format json`: metadata + redacted attributes.
    static QJsonObject resourceJson(const InventoryResource &resource);

    // Normalises a provider reference of any vintage to a source address (registry.terraform.io/ns/type):
    // provider["registry.terraform.io/hashicorp/aws"].alias, module.m.provider["..."], provider.aws(.alias), "aws",
    // "hashicorp/aws". Empty in, empty out.
    static QString normaliseProvider(const QString &reference);

    // Called by the reader when done: sorts outputs, indexes resources by address.
    void finish();

private:
    QHash<QString, int> m_index;
};

} // namespace Infradeck
