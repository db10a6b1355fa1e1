#include "Inventory.h"

#include "common/Redaction.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace Infradeck {

namespace {

const QString DefaultRegistry = QStringLiteral("registry.terraform.io");

QString sourceAddress(QString type)
{
    type = type.trimmed();
    if (type.isEmpty())
        return {};
    QStringList parts = type.split(QLatin1Char('/'));
    if (parts.size() == 1)
        parts = {DefaultRegistry, QStringLiteral("hashicorp"), parts.first()};
    else if (parts.size() == 2)
        parts.prepend(DefaultRegistry);
    // Legacy (pre-0.13) provider addresses use the "-" namespace; Terraform resolves them to hashicorp/.
    if (parts.size() == 3 && parts.at(1) == QLatin1String("-"))
        parts[1] = QStringLiteral("hashicorp");
    return parts.join(QLatin1Char('/')).toLower();
}

} // namespace

QJsonValue InventoryResource::attributeMask(const QString &name) const
{
    return Redaction::childMask(sensitiveMask, name);
}

bool InventoryResource::isSensitive(const QString &name) const
{
    return Redaction::isMasked(attributeMask(name));
}

QString InventoryResource::displayText(const QString &name) const
{
    return Redaction::maskedText(attributes.value(name), attributeMask(name), true, name);
}

QJsonObject InventoryResource::redactedAttributes() const
{
    // Key by key, so that a wholly sensitive instance still lists its attribute names.
    QJsonObject out;
    for (auto it = attributes.begin(); it != attributes.end(); ++it)
        out.insert(it.key(), Redaction::redact(it.value(), attributeMask(it.key()), true, it.key()));
    return out;
}

QString InventoryOutput::displayText() const
{
    return Redaction::maskedText(value, QJsonValue(sensitive), true, name);
}

QString Inventory::kindName(Kind kind)
{
    switch (kind) {
    case Kind::RawV4:
        return QStringLiteral("tfstate v4");
    case Kind::LegacyV3:
        return QStringLiteral("tfstate v3 (legacy)");
    case Kind::ShowJson:
        return QStringLiteral("show -json");
    case Kind::PlanPriorState:
        return QStringLiteral("plan prior_state");
    }
    return {};
}

int Inventory::indexOf(const QString &address) const
{
    return m_index.value(address, -1);
}

const InventoryResource *Inventory::find(const QString &address) const
{
    const int i = indexOf(address);
    return i < 0 ? nullptr : &resources.at(i);
}

QMap<QString, QList<int>> Inventory::indexesByModule() const
{
    QMap<QString, QList<int>> groups;
    for (int i = 0; i < resources.size(); ++i)
        groups[resources.at(i).address.moduleGroupKey()] << i;
    return groups;
}

QJsonObject Inventory::listJson() const
{
    QJsonArray list;
    for (const InventoryResource &r : resources) {
        QJsonObject o{
            {QStringLiteral("address"), r.addressText},
            {QStringLiteral("type"), r.type()},
            {QStringLiteral("provider"), r.provider},
            {QStringLiteral("module"), r.module()},
            {QStringLiteral("mode"), r.mode()},
        };
        list.append(o);
    }
    QJsonArray outs;
    for (const InventoryOutput &o : outputs)
        outs.append(QJsonObject{{QStringLiteral("name"), o.name}, {QStringLiteral("sensitive"), o.sensitive}});
    return QJsonObject{
        {QStringLiteral("version"), stateVersion > 0 ? QJsonValue(stateVersion) : QJsonValue(formatVersion)},
        {QStringLiteral("terraform_version"), terraformVersion.isEmpty() ? QJsonValue() : QJsonValue(terraformVersion)},
        {QStringLiteral("serial"), serial < 0 ? QJsonValue() : QJsonValue(serial)},
        {QStringLiteral("lineage"), lineage.isEmpty() ? QJsonValue() : QJsonValue(lineage)},
        {QStringLiteral("resources"), list},
        {QStringLiteral("outputs"), outs},
    };
}

QJsonObject Inventory::resourceJson(const InventoryResource &r)
{
    QJsonObject o{
        {QStringLiteral("address"), r.addressText},
        {QStringLiteral("mode"), r.mode()},
        {QStringLiteral("type"), r.type()},
        {QStringLiteral("name"), r.name()},
        {QStringLiteral("module"), r.module()},
        {QStringLiteral("provider"), r.provider},
        {QStringLiteral("dependencies"), QJsonArray::fromStringList(r.dependencies)},
        {QStringLiteral("attributes"), r.redactedAttributes()},
    };
    if (r.index().isValid())
        o.insert(QStringLiteral("index"), QJsonValue::fromVariant(r.index()));
    if (!r.deposed.isEmpty())
        o.insert(QStringLiteral("deposed"), r.deposed);
    if (r.tainted)
        o.insert(QStringLiteral("tainted"), true);
    return o;
}

QString Inventory::normaliseProvider(const QString &reference)
{
    QString ref = reference.trimmed();
    if (ref.isEmpty())
        return {};
    // provider["registry.terraform.io/hashicorp/aws"].alias, possibly behind module.x[...]. steps
    const qsizetype bracket = ref.indexOf(QLatin1String("provider[\""));
    if (bracket >= 0) {
        const qsizetype start = bracket + 10;
        const qsizetype end = ref.indexOf(QLatin1Char('"'), start);
        if (end > start)
            return sourceAddress(ref.mid(start, end - start));
    }
    // Legacy 0.12 style: provider.aws, provider.aws.alias, module.m.provider.aws
    QStringList parts = ref.split(QLatin1Char('.'));
    const qsizetype p = parts.lastIndexOf(QStringLiteral("provider"));
    if (p >= 0 && p + 1 < parts.size() && (p == 0 || ref.startsWith(QLatin1String("module."))))
        return sourceAddress(parts.at(p + 1));
    if (!ref.contains(QLatin1Char('.')) || ref.count(QLatin1Char('/')) == 2)
        return sourceAddress(ref);
    return ref;
}

void Inventory::finish()
{
    std::sort(outputs.begin(), outputs.end(),
              [](const InventoryOutput &a, const InventoryOutput &b) { return a.name < b.name; });
    m_index.clear();
    m_index.reserve(resources.size());
    for (int i = 0; i < resources.size(); ++i) {
        const InventoryResource &r = resources.at(i);
        if (r.deposed.isEmpty() || !m_index.contains(r.addressText))
            m_index.insert(r.addressText, i);
    }
}

} // namespace Infradeck
