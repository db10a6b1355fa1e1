#include "UsageAssumptions.h"

#include <QCoreApplication>
#include <QFile>

#include <yaml-cpp/yaml.h>

namespace Infradeck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Infradeck::UsageAssumptions)
};

Error at(const YAML::Node &node, Error e)
{
    if (node.Mark().line >= 0)
        e.at(node.Mark().line + 1, node.Mark().column + 1);
    return e;
}

} // namespace

Result<UsageAssumptions> UsageAssumptions::load(const QString &yamlPath)
{
    QFile file(yamlPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Tr::tr("cannot open the usage file: %1").arg(file.errorString()), yamlPath);
    return loadString(file.readAll(), yamlPath);
}

Result<UsageAssumptions> UsageAssumptions::loadString(const QByteArray &yaml, const QString &source)
{
    UsageAssumptions usage;
    usage.m_source = source;
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root || root.IsNull())
            return usage; // an empty usage file assumes nothing
        if (!root.IsMap())
            return at(root, Error(Tr::tr("the usage file must be a map"), source).expecting(Tr::tr("defaults: {...} and/or resources: {...}")));
        for (const char *section : {"defaults", "resources"}) {
            const YAML::Node s = root[section];
            if (!s)
                continue;
            const QString sp = QLatin1String(section);
            if (!s.IsMap())
                return at(s, Error(Tr::tr("%1 must be a map").arg(sp), source).atPath(sp).expecting(Tr::tr("NAME: {KEY: VALUE}")));
            auto &target = sp == QLatin1String("defaults") ? usage.m_byType : usage.m_byAddress;
            for (auto it = s.begin(); it != s.end(); ++it) {
                const QString name = QString::fromStdString(it->first.as<std::string>());
                const QString np = sp + QLatin1Char('.') + name;
                if (!it->second.IsMap())
                    return at(it->second, Error(Tr::tr("%1 must be a map of usage figures").arg(name), source).atPath(np)
                                              .expecting(Tr::tr("{KEY: VALUE}")));
                for (auto kv = it->second.begin(); kv != it->second.end(); ++kv) {
                    const QString key = QString::fromStdString(kv->first.as<std::string>());
                    if (!kv->second.IsScalar())
                        return at(kv->second, Error(Tr::tr("usage %1 of %2 must be a single value").arg(key, name), source)
                                                  .atPath(np + QLatin1Char('.') + key).expecting(Tr::tr("a number or a word")));
                    target[name].insert(key, QString::fromStdString(kv->second.as<std::string>()));
                }
            }
        }
    } catch (const YAML::Exception &e) {
        Error error(Tr::tr("invalid usage YAML: %1").arg(QString::fromStdString(e.msg)), source);
        if (e.mark.line >= 0)
            error.at(e.mark.line + 1, e.mark.column + 1);
        return error;
    }
    return usage;
}

std::optional<QString> UsageAssumptions::value(const QString &address, const QString &type, const QString &key) const
{
    if (!m_byAddress.isEmpty()) {
        const auto it = m_byAddress.constFind(address);
        if (it != m_byAddress.cend()) {
            const auto v = it->constFind(key);
            if (v != it->cend())
                return *v;
        }
    }
    const auto it = m_byType.constFind(type);
    if (it != m_byType.cend()) {
        const auto v = it->constFind(key);
        if (v != it->cend())
            return *v;
    }
    return std::nullopt;
}

} // namespace Infradeck
