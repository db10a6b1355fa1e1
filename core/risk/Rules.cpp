#include "Rules.h"

#include "terraform/Plan.h"

#include "common/DataFiles.h"
#include "common/Redaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace Infradeck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Infradeck::Rules)
};

struct LoadFailure
{
    Error error;
};

QString str(const YAML::Node &n)
{
    return QString::fromStdString(n.as<std::string>());
}

class Loader
{
public:
    explicit Loader(QString source) : m_source(std::move(source)) {}

    [[noreturn]] void fail(const YAML::Node &node, const QString &message, const QString &expected, const QString &path)
    {
        const YAML::Mark mark = node.Mark();
        Error e(message, m_source);
        if (mark.line >= 0)
            e.at(mark.line + 1, mark.column + 1);
        throw LoadFailure{e.atPath(path).expecting(expected)};
    }

    QString scalar(const YAML::Node &node, const QString &path)
    {
        if (!node.IsScalar())
            fail(node, Tr::tr("%1 must be a single value").arg(path), Tr::tr("a string"), path);
        return str(node);
    }

    QStringList list(const YAML::Node &node, const QString &path)
    {
        QStringList out;
        if (!node)
            return out;
        if (node.IsScalar())
            return {str(node)};
        if (!node.IsSequence())
            fail(node, Tr::tr("%1 must be a list").arg(path), Tr::tr("a list of strings"), path);
        for (std::size_t i = 0; i < node.size(); ++i)
            out << scalar(node[i], path + QStringLiteral("[%1]").arg(i));
        return out;
    }

    Rule rule(const YAML::Node &node, const QString &path)
    {
        if (!node.IsMap())
            fail(node, Tr::tr("a rule must be a map"), Tr::tr("id, severity, reason, when"), path);
        Rule r;
        if (!node["id"])
            fail(node, Tr::tr("rule without an id"), Tr::tr("id: some-rule-id"), path);
        r.id = scalar(node["id"], path + QStringLiteral(".id"));
        const QString sev = node["severity"] ? scalar(node["severity"], path + QStringLiteral(".severity")) : QStringLiteral("medium");
        if (!Finding::severityFromName(sev, &r.severity))
            fail(node["severity"], Tr::tr("unknown severity \"%1\" in rule %2").arg(sev, r.id), Tr::tr("high, medium or low"),
                 path + QStringLiteral(".severity"));
        if (node["reason"])
            r.reason = scalar(node["reason"], path + QStringLiteral(".reason"));
        if (node["description"])
            r.description = scalar(node["description"], path + QStringLiteral(".description"));
        if (node["enabled"])
            r.enabled = node["enabled"].as<bool>();
        if (const YAML::Node when = node["when"]) {
            const QString wp = path + QStringLiteral(".when");
            if (!when.IsMap())
                fail(when, Tr::tr("\"when\" must be a map"), Tr::tr("actions, types, action_reasons, protected_env"), wp);
            static const QStringList knownActions = {QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("delete"),
                                                     QStringLiteral("replace"), QStringLiteral("read"), QStringLiteral("no-op")};
            r.actions = list(when["actions"], wp + QStringLiteral(".actions"));
            for (const QString &a : std::as_const(r.actions))
                if (!knownActions.contains(a))
                    fail(when["actions"], Tr::tr("unknown action \"%1\" in rule %2").arg(a, r.id), knownActions.join(QStringLiteral(", ")),
                         wp + QStringLiteral(".actions"));
            for (const QString &glob : list(when["types"], wp + QStringLiteral(".types")))
                r.types << QRegularExpression(QRegularExpression::wildcardToRegularExpression(glob));
            r.actionReasons = list(when["action_reasons"], wp + QStringLiteral(".action_reasons"));
            if (when["protected_env"])
                r.protectedEnvOnly = when["protected_env"].as<bool>();
        }
        if (node["check"]) {
            const QString check = scalar(node["check"], path + QStringLiteral(".check"));
            if (check == QLatin1String("open-ingress"))
                r.check = Rule::Check::OpenIngress;
            else if (check == QLatin1String("secret-values"))
                r.check = Rule::Check::SecretValues;
            else
                fail(node["check"], Tr::tr("unknown check \"%1\" in rule %2").arg(check, r.id), Tr::tr("open-ingress or secret-values"),
                     path + QStringLiteral(".check"));
        }
        if (r.check == Rule::Check::OpenIngress) {
            for (const QString &p : list(node["ports"], path + QStringLiteral(".ports"))) {
                bool ok = false;
                const int port = p.toInt(&ok);
                if (!ok || port < 0 || port > 65535)
                    fail(node["ports"], Tr::tr("invalid port \"%1\" in rule %2").arg(p, r.id), Tr::tr("a number 0-65535"), path + QStringLiteral(".ports"));
                r.ports << port;
            }
            r.openCidrs = list(node["cidrs"], path + QStringLiteral(".cidrs"));
            const YAML::Node targets = node["targets"];
            if (!targets || !targets.IsMap())
                fail(targets ? targets : node, Tr::tr("open-ingress rule %1 needs \"targets\"").arg(r.id),
                     Tr::tr("a map from resource type to its attribute names"), path + QStringLiteral(".targets"));
            for (auto it = targets.begin(); it != targets.end(); ++it) {
                const QString type = str(it->first);
                const QString tp = path + QStringLiteral(".targets.") + type;
                const YAML::Node t = it->second;
                if (!t.IsMap())
                    fail(t, Tr::tr("target %1 must be a map").arg(type), Tr::tr("cidrs, port or port_min/port_max, ..."), tp);
                Rule::IngressTarget target;
                auto field = [&](const char *key) { return t[key] ? scalar(t[key], tp + QLatin1Char('.') + QLatin1String(key)) : QString(); };
                target.blocks = field("blocks");
                target.cidrs = list(t["cidrs"], tp + QStringLiteral(".cidrs"));
                target.port = field("port");
                target.portMin = field("port_min");
                target.portMax = field("port_max");
                target.portsBlock = field("ports_block");
                target.ports = field("ports");
                target.protocol = field("protocol");
                target.direction = field("direction");
                target.inbound = field("inbound");
                if (target.cidrs.isEmpty())
                    fail(t, Tr::tr("target %1 has no cidrs").arg(type), Tr::tr("cidrs: [attribute, ...]"), tp);
                r.targets.insert(type, target);
            }
        }
        return r;
    }

private:
    QString m_source;
};

} // namespace

Result<Rules> Rules::loadString(const QByteArray &yaml, const QString &source)
{
    Rules rules;
    rules.m_source = source;
    Loader loader(source);
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root || root.IsNull())
            return Error(Tr::tr("the rules file is empty"), source).expecting(Tr::tr("version: 1 and a list of rules"));
        if (!root.IsMap())
            loader.fail(root, Tr::tr("the rules file must be a map"), Tr::tr("version: 1 and rules: [...]"), QStringLiteral("$"));
        if (root["version"]) {
            const QString version = loader.scalar(root["version"], QStringLiteral("version"));
            if (version != QLatin1String("1"))
                loader.fail(root["version"], Tr::tr("unsupported rules version \"%1\"").arg(version), Tr::tr("version 1"), QStringLiteral("version"));
        }
        const YAML::Node list = root["rules"];
        if (!list || !list.IsSequence())
            loader.fail(list ? list : root, Tr::tr("no rules list"), Tr::tr("rules: [ {id: ..., severity: ..., when: ...}, ... ]"),
                        QStringLiteral("rules"));
        QSet<QString> ids;
        for (std::size_t i = 0; i < list.size(); ++i) {
            Rule r = loader.rule(list[i], QStringLiteral("rules[%1]").arg(i));
            if (ids.contains(r.id))
                loader.fail(list[i], Tr::tr("duplicate rule id \"%1\"").arg(r.id), Tr::tr("unique ids"), QStringLiteral("rules[%1].id").arg(i));
            ids.insert(r.id);
            rules.m_rules << r;
        }
    } catch (const LoadFailure &failure) {
        return failure.error;
    } catch (const YAML::Exception &e) {
        Error error(Tr::tr("invalid rules YAML: %1").arg(QString::fromStdString(e.msg)), source);
        if (e.mark.line >= 0)
            error.at(e.mark.line + 1, e.mark.column + 1);
        return error;
    }
    return rules;
}

Result<Rules> Rules::load(const QString &yamlPath)
{
    QFile file(yamlPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Tr::tr("cannot open the rules file: %1").arg(file.errorString()), yamlPath);
    return loadString(file.readAll(), yamlPath);
}

QString Rules::defaultRulesPath()
{
    return findDataFile(QStringLiteral("risk/default-rules.yaml"), "INFRADECK_RISK_RULES");
}

Result<Rules> Rules::loadDefault()
{
    return load(defaultRulesPath());
}

void Rules::merge(const Rules &other)
{
    for (const Rule &r : other.m_rules) {
        auto it = std::find_if(m_rules.begin(), m_rules.end(), [&](const Rule &mine) { return mine.id == r.id; });
        if (it != m_rules.end())
            *it = r;
        else
            m_rules << r;
    }
}

namespace {

bool matchesWhen(const Rule &rule, const ResourceChange &c, bool protectedEnvironment)
{
    if (!rule.enabled)
        return false;
    if (rule.protectedEnvOnly && !protectedEnvironment)
        return false;
    const QString action = ResourceChange::actionName(c.action);
    if (rule.actions.isEmpty()) {
        if (c.action == ResourceChange::Action::NoOp || c.action == ResourceChange::Action::Read)
            return false;
    } else if (!rule.actions.contains(action)) {
        return false;
    }
    if (!rule.types.isEmpty()
        && std::none_of(rule.types.begin(), rule.types.end(), [&](const QRegularExpression &re) { return re.match(c.type).hasMatch(); }))
        return false;
    if (!rule.actionReasons.isEmpty() && !rule.actionReasons.contains(c.actionReason))
        return false;
    return true;
}

QString fill(const Rule &rule, const ResourceChange &c, const QString &ports = {}, const QString &cidr = {})
{
    QString text = rule.reason.isEmpty() ? rule.id : rule.reason;
    text.replace(QStringLiteral("{address}"), c.address)
        .replace(QStringLiteral("{type}"), c.type)
        .replace(QStringLiteral("{action}"), ResourceChange::actionName(c.action))
        .replace(QStringLiteral("{action_reason}"), ResourceChange::actionReasonText(c.actionReason))
        .replace(QStringLiteral("{ports}"), ports)
        .replace(QStringLiteral("{cidr}"), cidr);
    return text;
}

QJsonValue attr(const QJsonObject &block, const QJsonObject &resource, const QString &name)
{
    if (name.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    if (block.contains(name))
        return block.value(name);
    return resource.value(name);
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    if (v.isString())
        out << v.toString();
    else if (v.isArray())
        for (const QJsonValue &e : v.toArray())
            if (e.isString())
                out << e.toString();
    return out;
}

bool allProtocols(const QJsonValue &protocol)
{
    const QString p = protocol.isDouble() ? QString::number(protocol.toInt()) : protocol.toString().toLower();
    return p == QLatin1String("-1") || p == QLatin1String("all") || p == QLatin1String("any");
}

bool icmp(const QJsonValue &protocol)
{
    const QString p = protocol.toString().toLower();
    return p.startsWith(QLatin1String("icmp")) || p == QLatin1String("1") || p == QLatin1String("58") || p == QLatin1String("esp")
        || p == QLatin1String("gre");
}

// "22", "80-85", "any", "" → covers port?
bool rangeCovers(const QString &spec, int port)
{
    const QString s = spec.trimmed().toLower();
    if (s.isEmpty() || s == QLatin1String("any") || s == QLatin1String("all") || s == QLatin1String("*"))
        return true;
    const QStringList parts = s.split(QLatin1Char('-'));
    bool ok1 = false;
    bool ok2 = true;
    const int lo = parts.value(0).toInt(&ok1);
    const int hi = parts.size() > 1 ? parts.value(1).toInt(&ok2) : lo;
    return ok1 && ok2 && port >= lo && port <= hi;
}

int number(const QJsonValue &v, int fallback)
{
    if (v.isDouble())
        return v.toInt();
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().toInt(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}

QList<int> openPorts(const Rule::IngressTarget &t, const QJsonObject &block, const QJsonObject &resource, const QList<int> &ports)
{
    QList<int> hit;
    for (const int port : ports) {
        bool covered = false;
        if (!t.portsBlock.isEmpty()) {
            for (const QJsonValue &allow : attr(block, resource, t.portsBlock).toArray()) {
                const QJsonObject a = allow.toObject();
                const QJsonValue protocol = a.value(t.protocol);
                if (icmp(protocol))
                    continue;
                const QStringList specs = strings(a.value(t.ports));
                if (allProtocols(protocol) || specs.isEmpty()
                    || std::any_of(specs.begin(), specs.end(), [&](const QString &s) { return rangeCovers(s, port); }))
                    covered = true;
            }
        } else {
            const QJsonValue protocol = attr(block, resource, t.protocol);
            if (icmp(protocol))
                continue;
            if (allProtocols(protocol)) {
                covered = true;
            } else if (!t.port.isEmpty()) {
                const QJsonValue p = attr(block, resource, t.port);
                covered = rangeCovers(p.isDouble() ? QString::number(p.toInt()) : p.toString(), port);
            } else if (!t.portMin.isEmpty()) {
                const int lo = number(attr(block, resource, t.portMin), 0);
                const int hi = number(attr(block, resource, t.portMax), 65535);
                covered = (lo == 0 && hi == 0) || (port >= lo && port <= hi);
            }
        }
        if (covered)
            hit << port;
    }
    return hit;
}

void checkOpenIngress(const Rule &rule, const Plan &plan, const ResourceChange &c, QList<Finding> &out)
{
    const auto target = rule.targets.constFind(c.type);
    if (target == rule.targets.constEnd())
        return;
    const Rule::IngressTarget &t = target.value();
    const QJsonObject resource = plan.json(c.after).toObject();
    QList<QPair<QString, QJsonObject>> blocks;
    if (t.blocks.isEmpty()) {
        blocks << qMakePair(QString(), resource);
    } else {
        const QJsonArray list = resource.value(t.blocks).toArray();
        for (qsizetype i = 0; i < list.size(); ++i)
            blocks << qMakePair(t.blocks + QStringLiteral("[%1]").arg(i), list.at(i).toObject());
    }
    for (const auto &[blockPath, block] : std::as_const(blocks)) {
        if (!t.direction.isEmpty()) {
            const QJsonValue dir = attr(block, resource, t.direction);
            if (dir.isString() && !t.inbound.isEmpty() && dir.toString().compare(t.inbound, Qt::CaseInsensitive) != 0)
                continue;
        }
        for (const QString &cidrAttr : t.cidrs) {
            const QStringList cidrs = strings(attr(block, resource, cidrAttr));
            QStringList open;
            for (const QString &cidr : cidrs)
                if (rule.openCidrs.contains(cidr.trimmed()))
                    open << cidr.trimmed();
            if (open.isEmpty())
                continue;
            const QList<int> ports = openPorts(t, block, resource, rule.ports);
            if (ports.isEmpty())
                continue;
            QStringList portNames;
            for (const int p : ports)
                portNames << QString::number(p);
            const QString path = block.contains(cidrAttr) && !blockPath.isEmpty() ? blockPath + QLatin1Char('.') + cidrAttr : cidrAttr;
            out << Finding{rule.severity, c.address, path, fill(rule, c, portNames.join(QStringLiteral(", ")), open.join(QStringLiteral(", "))),
                           rule.id};
        }
    }
}

void findSecrets(const QJsonValue &value, const QJsonValue &mask, const QString &name, const QString &path,
                 QStringList &paths, int depth)
{
    if (Redaction::isMasked(mask) || depth > 64)
        return;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            findSecrets(it.value(), Redaction::childMask(mask, it.key()), it.key(),
                        path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), paths, depth + 1);
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            findSecrets(a.at(i), Redaction::childMask(mask, i), name, path + QStringLiteral("[%1]").arg(i), paths, depth + 1);
    } else if (value.isString() && Redaction::looksSecret(name, value.toString())) {
        paths << path;
    }
}

} // namespace

QList<Finding> Rules::evaluate(const Plan &plan, bool protectedEnvironment) const
{
    QList<Finding> out;
    for (const ResourceChange &c : plan.changes) {
        for (const Rule &rule : m_rules) {
            if (!matchesWhen(rule, c, protectedEnvironment))
                continue;
            switch (rule.check) {
            case Rule::Check::None:
                out << Finding{rule.severity, c.address, QString(), fill(rule, c), rule.id};
                break;
            case Rule::Check::OpenIngress:
                checkOpenIngress(rule, plan, c, out);
                break;
            case Rule::Check::SecretValues: {
                QStringList paths;
                findSecrets(plan.json(c.after), plan.json(c.afterSensitive), QString(), QString(), paths, 0);
                for (const QString &p : std::as_const(paths))
                    out << Finding{rule.severity, c.address, p, fill(rule, c), rule.id};
                break;
            }
            }
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return a.address < b.address;
    });
    return out;
}

} // namespace Infradeck
