#include "Workspace.h"

#include "common/DataFiles.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace Infradeck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

// Collects problems with the file's name and the node's line/column (yaml-cpp marks are 0-based).
class Reader
{
public:
    Reader(QString file, Errors &problems) : m_file(std::move(file)), m_problems(problems) {}

    Error &problem(const YAML::Node &node, const QString &yamlPath, const QString &message, const QString &expected = {})
    {
        Error e(message, m_file);
        const YAML::Mark mark = node.Mark();
        if (mark.line >= 0)
            e.at(mark.line + 1, mark.column + 1);
        e.atPath(yamlPath);
        if (!expected.isEmpty())
            e.expecting(expected);
        m_problems.append(e);
        return m_problems.last();
    }

    void warn(const YAML::Node &node, const QString &yamlPath, const QString &message)
    {
        problem(node, yamlPath, message).asWarning();
    }

    bool string(const YAML::Node &node, const QString &yamlPath, QString &out)
    {
        if (!node.IsScalar()) {
            problem(node, yamlPath, Tr::tr("%1 must be a text value").arg(yamlPath), Tr::tr("a string"));
            return false;
        }
        out = QString::fromStdString(node.Scalar());
        return true;
    }

    bool boolean(const YAML::Node &node, const QString &yamlPath, bool &out)
    {
        bool value = false;
        if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value)) {
            problem(node, yamlPath, Tr::tr("%1 must be true or false").arg(yamlPath), Tr::tr("a boolean"));
            return false;
        }
        out = value;
        return true;
    }

    bool integer(const YAML::Node &node, const QString &yamlPath, int min, int max, int &out)
    {
        bool ok = false;
        const int value = node.IsScalar() ? QString::fromStdString(node.Scalar()).toInt(&ok) : 0;
        if (!ok || value < min || value > max) {
            problem(node, yamlPath, Tr::tr("%1 must be a whole number from %2 to %3").arg(yamlPath).arg(min).arg(max),
                    Tr::tr("an integer"));
            return false;
        }
        out = value;
        return true;
    }

    bool stringList(const YAML::Node &node, const QString &yamlPath, QStringList &out)
    {
        if (node.IsScalar()) { // a single path is accepted where a list is expected
            out << QString::fromStdString(node.Scalar());
            return true;
        }
        if (!node.IsSequence()) {
            problem(node, yamlPath, Tr::tr("%1 must be a list").arg(yamlPath), Tr::tr("a list of strings"));
            return false;
        }
        for (std::size_t i = 0; i < node.size(); ++i) {
            QString item;
            if (string(node[i], QStringLiteral("%1[%2]").arg(yamlPath).arg(i), item))
                out << item;
        }
        return true;
    }

    void unknownKeys(const YAML::Node &map, const QString &yamlPath, const QSet<QString> &known)
    {
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString key = QString::fromStdString(it->first.Scalar());
            if (!known.contains(key)) {
                const QString at = yamlPath.isEmpty() ? key : yamlPath + QLatin1Char('.') + key;
                warn(it->first, at, Tr::tr("unknown key \"%1\" is ignored").arg(key));
            }
        }
    }

private:
    QString m_file;
    Errors &m_problems;
};

QString resolve(const QDir &base, const QString &path)
{
    return QDir::cleanPath(base.absoluteFilePath(path));
}

bool isDecimal(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]+(\\.[0-9]{1,4})?$"));
    return re.match(text).hasMatch();
}

Host readHost(Reader &r, const YAML::Node &node, const QString &at, const QDir &base, bool &ok)
{
    Host host;
    ok = false;
    if (!node.IsMap()) {
        r.problem(node, at, Tr::tr("a host must be a map with name and address"), Tr::tr("a map"));
        return host;
    }
    r.unknownKeys(node, at, {QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("port"), QStringLiteral("user"),
                             QStringLiteral("identity"), QStringLiteral("passphrase"), QStringLiteral("jump")});
    if (!node["address"]) {
        r.problem(node, at, Tr::tr("a host needs an address"), Tr::tr("address: HOSTNAME or IP"));
        return host;
    }
    bool good = r.string(node["address"], at + QStringLiteral(".address"), host.address);
    if (node["name"])
        good = r.string(node["name"], at + QStringLiteral(".name"), host.name) && good;
    if (host.name.isEmpty())
        host.name = host.address;
    if (node["port"])
        good = r.integer(node["port"], at + QStringLiteral(".port"), 1, 65535, host.port) && good;
    if (node["user"])
        good = r.string(node["user"], at + QStringLiteral(".user"), host.user) && good;
    QString text;
    if (node["identity"] && r.string(node["identity"], at + QStringLiteral(".identity"), text))
        host.identity = resolve(base, text);
    if (node["passphrase"] && r.string(node["passphrase"], at + QStringLiteral(".passphrase"), text)) {
        if (!text.startsWith(QLatin1String("keychain:")) || text.size() <= 9) {
            r.problem(node["passphrase"], at + QStringLiteral(".passphrase"),
                      Tr::tr("a key passphrase must be a keychain reference, never the passphrase itself"), Tr::tr("keychain:NAME"));
            good = false;
        } else {
            host.passphrase = text.mid(9);
        }
    }
    if (node["jump"])
        good = r.string(node["jump"], at + QStringLiteral(".jump"), host.jump) && good;
    ok = good;
    return host;
}

// state_backend: { type: s3, endpoint, bucket, key, region, credentials: keychain:NAME }
bool readStateBackend(Reader &r, const YAML::Node &node, const QString &at, StateBackend &out)
{
    const QString shape = Tr::tr("{ type: s3, endpoint: URL, bucket: NAME, key: PATH, credentials: keychain:NAME }");
    if (!node.IsMap()) {
        r.problem(node, at, Tr::tr("state_backend must be a map"), shape);
        return false;
    }
    r.unknownKeys(node, at,
                  {QStringLiteral("type"), QStringLiteral("endpoint"), QStringLiteral("bucket"), QStringLiteral("key"),
                   QStringLiteral("region"), QStringLiteral("credentials")});
    StateBackend b;
    b.line = node.Mark().line + 1;
    bool good = true;
    for (const char *required : {"type", "endpoint", "bucket", "key", "credentials"}) {
        if (!node[required]) {
            r.problem(node, at, Tr::tr("state_backend needs %1").arg(QLatin1String(required)), shape);
            good = false;
        }
    }
    if (!good)
        return false;
    if (r.string(node["type"], at + QStringLiteral(".type"), b.type) && b.type != QLatin1String("s3")) {
        r.problem(node["type"], at + QStringLiteral(".type"), Tr::tr("unknown state backend type \"%1\"").arg(b.type), QStringLiteral("s3"));
        good = false;
    }
    QString text;
    if (r.string(node["endpoint"], at + QStringLiteral(".endpoint"), text)) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty()
            || !url.userInfo().isEmpty() || url.hasQuery()) {
            r.problem(node["endpoint"], at + QStringLiteral(".endpoint"), Tr::tr("\"%1\" is not a valid S3 endpoint").arg(text),
                      Tr::tr("an http:// or https:// URL without credentials or query, e.g. https://s3.gra.io.cloud.ovh.net"));
            good = false;
        } else {
            b.endpoint = url;
        }
    } else {
        good = false;
    }
    if (r.string(node["bucket"], at + QStringLiteral(".bucket"), b.bucket)) {
        static const QRegularExpression bucketRe(QStringLiteral("^[a-z0-9][a-z0-9.\\-_]{1,253}[a-z0-9]$"));
        if (!bucketRe.match(b.bucket).hasMatch()) {
            r.problem(node["bucket"], at + QStringLiteral(".bucket"), Tr::tr("\"%1\" is not a valid bucket name").arg(b.bucket),
                      Tr::tr("3-255 lower-case letters, digits, '.', '-' or '_'"));
            good = false;
        }
    } else {
        good = false;
    }
    if (r.string(node["key"], at + QStringLiteral(".key"), b.key)) {
        if (b.key.isEmpty() || b.key.startsWith(QLatin1Char('/'))) {
            r.problem(node["key"], at + QStringLiteral(".key"), Tr::tr("the state key must be a path inside the bucket"),
                      Tr::tr("e.g. prod/terraform.tfstate (no leading '/')"));
            good = false;
        }
    } else {
        good = false;
    }
    if (const YAML::Node n = node["region"]) {
        static const QRegularExpression regionRe(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
        if (r.string(n, at + QStringLiteral(".region"), b.region) && !regionRe.match(b.region).hasMatch()) {
            r.problem(n, at + QStringLiteral(".region"), Tr::tr("\"%1\" is not a region name").arg(b.region), Tr::tr("e.g. eu-west-1, gra"));
            good = false;
        }
    }
    if (r.string(node["credentials"], at + QStringLiteral(".credentials"), text)) {
        if (!text.startsWith(QLatin1String("keychain:")) || text.size() <= 9) {
            // Access keys written into a workspace file would be plaintext secrets in Git: refuse them.
            r.problem(node["credentials"], at + QStringLiteral(".credentials"),
                      Tr::tr("S3 credentials must be a keychain reference, never the keys themselves"), Tr::tr("keychain:NAME"));
            good = false;
        } else {
            b.credentials = text.mid(9);
        }
    } else {
        good = false;
    }
    if (good)
        out = b;
    return good;
}

Environment readEnvironment(Reader &r, const YAML::Node &node, const QString &at, const QDir &base, bool &ok)
{
    Environment env;
    ok = false;
    if (!node.IsMap()) {
        r.problem(node, at, Tr::tr("an environment must be a map"), Tr::tr("a map with at least a name"));
        return env;
    }
    env.line = node.Mark().line + 1;
    r.unknownKeys(node, at,
                  {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("protected"), QStringLiteral("description"),
                   QStringLiteral("plan"), QStringLiteral("state"), QStringLiteral("state_backend"), QStringLiteral("sops"), QStringLiteral("prometheus"),
                   QStringLiteral("hosts"), QStringLiteral("inventory"), QStringLiteral("tokens"), QStringLiteral("budget"), QStringLiteral("created")});
    if (!node["name"] || !r.string(node["name"], at + QStringLiteral(".name"), env.name) || env.name.trimmed().isEmpty()) {
        if (!node["name"])
            r.problem(node, at, Tr::tr("an environment needs a name"), Tr::tr("name: TEXT"));
        return env;
    }
    const QString here = at;
    if (const YAML::Node n = node["kind"]) {
        if (r.string(n, here + QStringLiteral(".kind"), env.kind)) {
            static const QStringList kinds{QStringLiteral("production"), QStringLiteral("staging"), QStringLiteral("preview")};
            if (!kinds.contains(env.kind)) {
                r.problem(n, here + QStringLiteral(".kind"), Tr::tr("unknown environment kind \"%1\"").arg(env.kind),
                          kinds.join(QStringLiteral(" | ")));
                env.kind.clear();
            }
        }
    }
    if (const YAML::Node n = node["protected"])
        r.boolean(n, here + QStringLiteral(".protected"), env.isProtected);
    if (const YAML::Node n = node["description"])
        r.string(n, here + QStringLiteral(".description"), env.description);
    QString text;
    if (const YAML::Node n = node["plan"]; n && r.string(n, here + QStringLiteral(".plan"), text))
        env.planPath = resolve(base, text);
    if (const YAML::Node n = node["state"]; n && r.string(n, here + QStringLiteral(".state"), text))
        env.statePath = resolve(base, text);
    if (const YAML::Node n = node["state_backend"]) {
        if (readStateBackend(r, n, here + QStringLiteral(".state_backend"), env.stateBackend) && !env.statePath.isEmpty())
            r.warn(node["state"], here + QStringLiteral(".state"),
                   Tr::tr("both state and state_backend are set: the state is read from %1").arg(env.stateBackend.displayUrl()));
    }
    if (const YAML::Node n = node["sops"]) {
        QStringList paths;
        r.stringList(n, here + QStringLiteral(".sops"), paths);
        for (const QString &p : std::as_const(paths))
            env.sopsPaths << resolve(base, p);
    }
    if (const YAML::Node n = node["prometheus"]; n && r.string(n, here + QStringLiteral(".prometheus"), text)) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty())
            r.problem(n, here + QStringLiteral(".prometheus"), Tr::tr("\"%1\" is not a valid Prometheus URL").arg(text),
                      Tr::tr("an http:// or https:// URL"));
        else
            env.prometheus = url;
    }
    if (const YAML::Node n = node["inventory"]; n && r.string(n, here + QStringLiteral(".inventory"), text))
        env.ansibleInventory = resolve(base, text);
    if (const YAML::Node n = node["hosts"]) {
        if (!n.IsSequence()) {
            r.problem(n, here + QStringLiteral(".hosts"), Tr::tr("hosts must be a list"), Tr::tr("a list of hosts"));
        } else {
            for (std::size_t i = 0; i < n.size(); ++i) {
                bool hostOk = false;
                Host h = readHost(r, n[i], QStringLiteral("%1.hosts[%2]").arg(here).arg(i), base, hostOk);
                if (hostOk)
                    env.hosts << h;
            }
        }
    }
    if (const YAML::Node n = node["tokens"]) {
        if (!n.IsMap()) {
            r.problem(n, here + QStringLiteral(".tokens"), Tr::tr("tokens must be a map of provider to keychain reference"),
                      Tr::tr("PROVIDER: keychain:NAME"));
        } else {
            for (auto it = n.begin(); it != n.end(); ++it) {
                const QString provider = QString::fromStdString(it->first.Scalar());
                const QString at2 = here + QStringLiteral(".tokens.") + provider;
                QString ref;
                if (!r.string(it->second, at2, ref))
                    continue;
                if (!ref.startsWith(QLatin1String("keychain:")) || ref.size() <= 9) {
                    // A literal token in a workspace file would be a plaintext secret in Git: refuse it.
                    r.problem(it->second, at2,
                              Tr::tr("token for \"%1\" must be a keychain reference, never the token itself").arg(provider),
                              Tr::tr("keychain:NAME"));
                    continue;
                }
                env.tokens.insert(provider, ref.mid(9));
            }
        }
    }
    if (const YAML::Node n = node["budget"]) {
        if (!n.IsMap() || !n["monthly"]) {
            r.problem(n, here + QStringLiteral(".budget"), Tr::tr("budget must be a map with a monthly amount"),
                      Tr::tr("{ monthly: \"60.00\", currency: EUR }"));
        } else {
            r.unknownKeys(n, here + QStringLiteral(".budget"), {QStringLiteral("monthly"), QStringLiteral("currency")});
            QString amount;
            if (r.string(n["monthly"], here + QStringLiteral(".budget.monthly"), amount)) {
                if (!isDecimal(amount))
                    r.problem(n["monthly"], here + QStringLiteral(".budget.monthly"),
                              Tr::tr("budget amount \"%1\" is not a decimal number").arg(amount), Tr::tr("e.g. \"60.00\""));
                else
                    env.budget.monthly = amount;
            }
            env.budget.currency = QStringLiteral("EUR");
            if (n["currency"])
                r.string(n["currency"], here + QStringLiteral(".budget.currency"), env.budget.currency);
            if (env.budget.currency.size() != 3)
                r.problem(n["currency"], here + QStringLiteral(".budget.currency"),
                          Tr::tr("currency \"%1\" is not an ISO 4217 code").arg(env.budget.currency), Tr::tr("e.g. EUR"));
        }
    }
    if (const YAML::Node n = node["created"]; n && r.string(n, here + QStringLiteral(".created"), text)) {
        env.created = QDate::fromString(text, Qt::ISODate);
        if (!env.created.isValid())
            r.problem(n, here + QStringLiteral(".created"), Tr::tr("\"%1\" is not a date").arg(text), Tr::tr("YYYY-MM-DD"));
    }
    ok = true;
    return env;
}

} // namespace

QList<Artifact> Environment::artifacts() const
{
    QList<Artifact> list;
    auto add = [&list](Artifact::Kind kind, const QString &path) {
        if (!path.isEmpty())
            list.append(Artifact{kind, path, path, QFileInfo::exists(path)});
    };
    add(Artifact::Kind::Plan, planPath);
    add(Artifact::Kind::State, statePath);
    for (const QString &p : sopsPaths)
        add(Artifact::Kind::Sops, p);
    return list;
}

int Environment::missingArtifactCount() const
{
    int missing = 0;
    for (const Artifact &a : artifacts())
        missing += a.exists ? 0 : 1;
    return missing;
}

Workspace Workspace::load(const QString &path, Errors &problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems.append(Error(Tr::tr("cannot open workspace file: %1").arg(file.errorString()), path));
        return {};
    }
    return loadFromData(file.readAll(), path, problems);
}

Workspace Workspace::loadFromData(const QByteArray &yaml, const QString &path, Errors &problems)
{
    Workspace ws;
    ws.m_filePath = QFileInfo(path).absoluteFilePath();
    Reader r(path, problems);

    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        Error err(Tr::tr("not valid YAML: %1").arg(QString::fromStdString(e.msg)), path);
        if (e.mark.line >= 0)
            err.at(e.mark.line + 1, e.mark.column + 1);
        problems.append(err);
        return {};
    }
    if (!root || root.IsNull()) {
        problems.append(Error(Tr::tr("the workspace file is empty"), path).expecting(Tr::tr("a map with name and environments")));
        return {};
    }
    if (!root.IsMap()) {
        r.problem(root, QString(), Tr::tr("the workspace file must be a map"), Tr::tr("name: and environments:"));
        return {};
    }
    const QDir base = QFileInfo(ws.m_filePath).absoluteDir();
    try {
        r.unknownKeys(root, QString(),
                      {QStringLiteral("name"), QStringLiteral("version"), QStringLiteral("known_hosts"), QStringLiteral("pricing"),
                       QStringLiteral("usage"), QStringLiteral("risk_rules"), QStringLiteral("required_keys"),
                       QStringLiteral("dashboards") /* read by core/telemetry/Dashboard */, QStringLiteral("environments")});
        if (const YAML::Node n = root["version"]) {
            int version = 0;
            if (r.integer(n, QStringLiteral("version"), 1, 1000, version) && version != SchemaVersion)
                r.problem(n, QStringLiteral("version"), Tr::tr("workspace schema version %1 is not supported").arg(version),
                          Tr::tr("version: %1").arg(SchemaVersion));
        }
        if (!root["name"])
            r.problem(root, QStringLiteral("name"), Tr::tr("the workspace needs a name"), Tr::tr("name: TEXT"));
        else
            r.string(root["name"], QStringLiteral("name"), ws.m_name);
        QString text;
        if (const YAML::Node n = root["known_hosts"]; n && r.string(n, QStringLiteral("known_hosts"), text))
            ws.m_knownHosts = resolve(base, text);
        if (const YAML::Node n = root["pricing"]; n && r.string(n, QStringLiteral("pricing"), text))
            ws.m_pricing = resolve(base, text);
        if (const YAML::Node n = root["usage"]; n && r.string(n, QStringLiteral("usage"), text))
            ws.m_usage = resolve(base, text);
        if (const YAML::Node n = root["risk_rules"]; n && r.string(n, QStringLiteral("risk_rules"), text))
            ws.m_riskRules = resolve(base, text);
        if (const YAML::Node n = root["required_keys"])
            r.stringList(n, QStringLiteral("required_keys"), ws.m_requiredKeys);

        const YAML::Node envs = root["environments"];
        if (!envs) {
            r.problem(root, QStringLiteral("environments"), Tr::tr("the workspace has no environments"),
                      Tr::tr("environments: a list"));
        } else if (!envs.IsSequence()) {
            r.problem(envs, QStringLiteral("environments"), Tr::tr("environments must be a list"), Tr::tr("a list of maps"));
        } else {
            QSet<QString> names;
            for (std::size_t i = 0; i < envs.size(); ++i) {
                const QString at = QStringLiteral("environments[%1]").arg(i);
                bool ok = false;
                Environment env = readEnvironment(r, envs[i], at, base, ok);
                if (!ok)
                    continue;
                if (names.contains(env.name)) {
                    r.problem(envs[i]["name"], at + QStringLiteral(".name"),
                              Tr::tr("environment \"%1\" is defined twice").arg(env.name), Tr::tr("unique names"));
                    continue;
                }
                names.insert(env.name);
                ws.m_environments.append(env);
            }
        }
    } catch (const YAML::Exception &e) {
        // Conversions inside yaml-cpp may still throw; never let that cross the core boundary.
        Error err(Tr::tr("unreadable workspace: %1").arg(QString::fromStdString(e.msg)), path);
        if (e.mark.line >= 0)
            err.at(e.mark.line + 1, e.mark.column + 1);
        problems.append(err);
    }
    ws.m_valid = true;
    qCDebug(lcWorkspace) << "loaded workspace" << ws.m_name << "with" << ws.m_environments.size() << "environments";
    return ws;
}

QString Workspace::directory() const
{
    return QFileInfo(m_filePath).absolutePath();
}

const Environment *Workspace::environment(const QString &name) const
{
    for (const Environment &e : m_environments)
        if (e.name == name)
            return &e;
    return nullptr;
}

} // namespace Infradeck

namespace Infradeck {

QString bundledDemoWorkspace()
{
    const QString path = findDataFile(QStringLiteral("demo/infradeck.yaml"), "INFRADECK_DEMO_WORKSPACE");
    return QFileInfo::exists(path) ? path : QString();
}

} // namespace Infradeck
