#include "InventoryIgnoreRules.h"

#include "common/DataFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace Infradeck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Infradeck::InventoryIgnoreRules)
};

Error yamlError(const QString &message, const QString &path, const YAML::Mark &mark, const QString &yamlPath,
                const QString &expected)
{
    Error e(message, path);
    if (mark.line >= 0)
        e.at(mark.line + 1, mark.column + 1);
    return e.atPath(yamlPath).expecting(expected);
}

} // namespace

InventoryIgnoreRules InventoryIgnoreRules::fromLists(const QStringList &names, const QStringList &pathRegexes)
{
    InventoryIgnoreRules rules;
    for (const QString &n : names) {
        rules.m_names << n;
        if (n.contains(QLatin1Char('*')) || n.contains(QLatin1Char('?')))
            rules.m_nameGlobs << QRegularExpression(QRegularExpression::anchoredPattern(
                QRegularExpression::escape(n).replace(QStringLiteral("\\*"), QStringLiteral(".*")).replace(QStringLiteral("\\?"), QStringLiteral("."))));
    }
    for (const QString &p : pathRegexes) {
        rules.m_paths << QRegularExpression(QRegularExpression::anchoredPattern(p));
        rules.m_pathPatterns << p;
    }
    return rules;
}

Result<InventoryIgnoreRules> InventoryIgnoreRules::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Tr::tr("cannot open the diff ignore rules: %1").arg(file.errorString()), path);
    const QByteArray text = file.readAll();
    QStringList names, paths;
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        if (!root.IsDefined() || root.IsNull())
            return fromLists({});
        if (!root.IsMap())
            return yamlError(Tr::tr("the rules file is not a map"), path, root.Mark(), QString(),
                             Tr::tr("a map with \"names\" and \"paths\" lists"));
        for (auto it = root.begin(); it != root.end(); ++it) {
            const QString key = QString::fromStdString(it->first.as<std::string>());
            if (key != QLatin1String("names") && key != QLatin1String("paths"))
                return yamlError(Tr::tr("unknown key \"%1\"").arg(key), path, it->first.Mark(), key,
                                 Tr::tr("\"names\" or \"paths\""));
            const YAML::Node list = it->second;
            if (list.IsNull())
                continue;
            if (!list.IsSequence())
                return yamlError(Tr::tr("\"%1\" is not a list").arg(key), path, list.Mark(), key, Tr::tr("a list of strings"));
            for (std::size_t i = 0; i < list.size(); ++i) {
                const QString where = QStringLiteral("%1[%2]").arg(key).arg(i);
                if (!list[i].IsScalar())
                    return yamlError(Tr::tr("entry is not a string"), path, list[i].Mark(), where, Tr::tr("a string"));
                const QString value = QString::fromStdString(list[i].as<std::string>());
                if (key == QLatin1String("paths")) {
                    const QRegularExpression re(value);
                    if (!re.isValid())
                        return yamlError(Tr::tr("invalid regular expression: %1").arg(re.errorString()), path,
                                         list[i].Mark(), where, Tr::tr("a regular expression"));
                    paths << value;
                } else {
                    names << value;
                }
            }
        }
    } catch (const YAML::Exception &e) {
        return yamlError(Tr::tr("invalid YAML: %1").arg(QString::fromStdString(e.msg)), path, e.mark, QString(),
                         Tr::tr("YAML"));
    }
    return fromLists(names, paths);
}

QString InventoryIgnoreRules::defaultPath()
{
    return findDataFile(QStringLiteral("state/diff-ignore.yaml"), "INFRADECK_STATE_DIFF_IGNORE");
}

Result<InventoryIgnoreRules> InventoryIgnoreRules::loadDefault()
{
    return load(defaultPath());
}

bool InventoryIgnoreRules::ignoresName(const QString &name) const
{
    if (m_names.contains(name))
        return true;
    for (const QRegularExpression &re : m_nameGlobs)
        if (re.match(name).hasMatch())
            return true;
    return false;
}

bool InventoryIgnoreRules::ignores(const QVariantList &steps, const QString &path) const
{
    for (const QVariant &s : steps)
        if (s.typeId() == QMetaType::QString && ignoresName(s.toString()))
            return true;
    for (const QRegularExpression &re : m_paths)
        if (re.match(path).hasMatch())
            return true;
    return false;
}

} // namespace Infradeck
