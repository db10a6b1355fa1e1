#include "Dashboard.h"

#include "telemetry/QueryStep.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace Infradeck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Infradeck::Dashboard)
};

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// Regex-escaped for RE2 and then for a PromQL double-quoted string (where a backslash is doubled).
QString promRegexLiteral(const QString &text)
{
    QString escaped = QRegularExpression::escape(text);
    escaped.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return escaped;
}

struct Reader
{
    QString source;
    Errors &problems;

    void problem(const YAML::Node &n, const QString &path, const QString &message, const QString &expected = {})
    {
        Error e(message, source);
        e.atPath(path).expecting(expected);
        if (n.IsDefined())
            e.at(n.Mark().line + 1, n.Mark().column + 1);
        problems << e;
    }
    bool scalar(const YAML::Node &n, const QString &path, QString &out)
    {
        if (!n.IsScalar()) {
            problem(n, path, Tr::tr("expected a text value"), Tr::tr("a string"));
            return false;
        }
        out = q(n.Scalar());
        return true;
    }
    bool number(const YAML::Node &n, const QString &path, double &out)
    {
        bool ok = false;
        if (n.IsScalar())
            out = q(n.Scalar()).toDouble(&ok);
        if (!ok)
            problem(n, path, Tr::tr("expected a number"), Tr::tr("a number such as 80 or 0.95"));
        return ok;
    }
};

const QStringList KnownUnits{QString(), QStringLiteral("short"), QStringLiteral("percent"), QStringLiteral("percentunit"), QStringLiteral("bytes"),
                             QStringLiteral("Bps"), QStringLiteral("bps"), QStringLiteral("reqps"), QStringLiteral("ops"), QStringLiteral("seconds")};

} // namespace

Dashboard Dashboard::hostDashboard()
{
    Dashboard d;
    d.name = Tr::tr("Hosts");
    const QString inst = QStringLiteral("instance=~\"{{instance}}\"");
    DashboardPanel cpu;
    cpu.title = Tr::tr("CPU busy");
    cpu.queries << PanelQuery{QStringLiteral("100 * (1 - avg by (instance) (rate(node_cpu_seconds_total{mode=\"idle\",") + inst +
                                  QStringLiteral("}[$__rate_interval])))"),
                              QStringLiteral("{{instance}}")};
    cpu.unit = QStringLiteral("percent");
    cpu.thresholds = {{80, QStringLiteral("#e5a50a"), Tr::tr("high")}, {95, QStringLiteral("#c01c28"), Tr::tr("critical")}};
    cpu.min = 0;
    cpu.max = 100;
    DashboardPanel memory;
    memory.title = Tr::tr("Memory used");
    memory.queries << PanelQuery{QStringLiteral("100 * (1 - node_memory_MemAvailable_bytes{") + inst + QStringLiteral("} / node_memory_MemTotal_bytes{") +
                                     inst + QStringLiteral("})"),
                                 QStringLiteral("{{instance}}")};
    memory.unit = QStringLiteral("percent");
    memory.thresholds = cpu.thresholds;
    memory.min = 0;
    memory.max = 100;
    DashboardPanel disk;
    disk.title = Tr::tr("Disk used");
    const QString fs = QStringLiteral(",fstype!~\"tmpfs|ramfs|overlay|squashfs|nsfs|devtmpfs\"");
    disk.queries << PanelQuery{QStringLiteral("100 * (1 - node_filesystem_avail_bytes{") + inst + fs + QStringLiteral("} / node_filesystem_size_bytes{") +
                                   inst + fs + QStringLiteral("})"),
                               QStringLiteral("{{instance}} {{mountpoint}}")};
    disk.unit = QStringLiteral("percent");
    disk.thresholds = {{85, QStringLiteral("#e5a50a"), Tr::tr("high")}, {95, QStringLiteral("#c01c28"), Tr::tr("critical")}};
    disk.min = 0;
    disk.max = 100;
    DashboardPanel network;
    network.title = Tr::tr("Network");
    network.queries << PanelQuery{QStringLiteral("sum by (instance) (rate(node_network_receive_bytes_total{") + inst +
                                      QStringLiteral(",device!=\"lo\"}[$__rate_interval]))"),
                                  Tr::tr("{{instance}} received")}
                    << PanelQuery{QStringLiteral("sum by (instance) (rate(node_network_transmit_bytes_total{") + inst +
                                      QStringLiteral(",device!=\"lo\"}[$__rate_interval]))"),
                                  Tr::tr("{{instance}} sent")};
    network.unit = QStringLiteral("Bps");
    network.area = true;
    d.panels = {cpu, memory, disk, network};
    return d;
}

QList<Dashboard> Dashboard::loadFromWorkspace(const QString &workspaceFile, Errors &problems)
{
    QFile file(workspaceFile);
    if (!file.open(QIODevice::ReadOnly)) {
        problems << Error(Tr::tr("cannot read the workspace file: %1").arg(file.errorString()), workspaceFile);
        return {};
    }
    return loadFromData(file.readAll(), workspaceFile, problems);
}

QList<Dashboard> Dashboard::loadFromData(const QByteArray &yaml, const QString &source, Errors &problems)
{
    QList<Dashboard> out;
    Reader r{source, problems};
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root.IsMap() || !root["dashboards"])
            return out;
        const YAML::Node list = root["dashboards"];
        if (!list.IsSequence()) {
            r.problem(list, QStringLiteral("dashboards"), Tr::tr("\"dashboards\" must be a list"), Tr::tr("a list of dashboards"));
            return out;
        }
        for (std::size_t i = 0; i < list.size(); ++i) {
            const YAML::Node d = list[i];
            const QString dp = QStringLiteral("dashboards[%1]").arg(i);
            if (!d.IsMap()) {
                r.problem(d, dp, Tr::tr("a dashboard must be a map"), Tr::tr("name and panels"));
                continue;
            }
            Dashboard dash;
            if (!d["name"] || !r.scalar(d["name"], dp + QStringLiteral(".name"), dash.name) || dash.name.isEmpty()) {
                if (!d["name"])
                    r.problem(d, dp + QStringLiteral(".name"), Tr::tr("a dashboard needs a name"), Tr::tr("name: TEXT"));
                continue;
            }
            if (const YAML::Node envs = d["environments"]) {
                if (envs.IsSequence()) {
                    for (std::size_t k = 0; k < envs.size(); ++k)
                        if (QString e; r.scalar(envs[k], dp + QStringLiteral(".environments[%1]").arg(k), e))
                            dash.environments << e;
                } else if (QString e; r.scalar(envs, dp + QStringLiteral(".environments"), e)) {
                    dash.environments << e;
                }
            }
            const YAML::Node panels = d["panels"];
            if (!panels || !panels.IsSequence()) {
                r.problem(panels ? panels : d, dp + QStringLiteral(".panels"), Tr::tr("a dashboard needs a list of panels"), Tr::tr("panels: [...]"));
                continue;
            }
            for (std::size_t k = 0; k < panels.size(); ++k) {
                const YAML::Node p = panels[k];
                const QString pp = dp + QStringLiteral(".panels[%1]").arg(k);
                if (!p.IsMap()) {
                    r.problem(p, pp, Tr::tr("a panel must be a map"), Tr::tr("title, query, unit, thresholds"));
                    continue;
                }
                DashboardPanel panel;
                if (p["title"])
                    r.scalar(p["title"], pp + QStringLiteral(".title"), panel.title);
                QString legend;
                if (p["legend"])
                    r.scalar(p["legend"], pp + QStringLiteral(".legend"), legend);
                if (const YAML::Node one = p["query"]) {
                    if (QString expr; r.scalar(one, pp + QStringLiteral(".query"), expr) && !expr.trimmed().isEmpty())
                        panel.queries << PanelQuery{expr.trimmed(), legend};
                }
                if (const YAML::Node many = p["queries"]) {
                    for (std::size_t m = 0; many.IsSequence() && m < many.size(); ++m) {
                        const QString qp = pp + QStringLiteral(".queries[%1]").arg(m);
                        PanelQuery pq{QString(), legend};
                        if (many[m].IsMap()) {
                            if (many[m]["expr"])
                                r.scalar(many[m]["expr"], qp + QStringLiteral(".expr"), pq.expr);
                            if (many[m]["legend"])
                                r.scalar(many[m]["legend"], qp + QStringLiteral(".legend"), pq.legend);
                        } else {
                            r.scalar(many[m], qp, pq.expr);
                        }
                        if (!pq.expr.trimmed().isEmpty())
                            panel.queries << pq;
                    }
                }
                if (panel.queries.isEmpty()) {
                    r.problem(p, pp + QStringLiteral(".query"), Tr::tr("the panel \"%1\" has no query").arg(panel.title), Tr::tr("query: PROMQL"));
                    continue;
                }
                if (p["unit"] && r.scalar(p["unit"], pp + QStringLiteral(".unit"), panel.unit) && !KnownUnits.contains(panel.unit)) {
                    r.problem(p["unit"], pp + QStringLiteral(".unit"), Tr::tr("unknown unit \"%1\" is shown as a plain number").arg(panel.unit),
                              KnownUnits.mid(1).join(QStringLiteral(", ")));
                    problems.last().asWarning();
                    panel.unit.clear();
                }
                if (const YAML::Node kind = p["kind"]) {
                    QString k;
                    if (r.scalar(kind, pp + QStringLiteral(".kind"), k)) {
                        if (k == QLatin1String("area"))
                            panel.area = true;
                        else if (k != QLatin1String("line"))
                            r.problem(kind, pp + QStringLiteral(".kind"), Tr::tr("unknown panel kind \"%1\"").arg(k), Tr::tr("line or area"));
                    }
                }
                for (const char *bound : {"min", "max"}) {
                    double v = 0;
                    if (p[bound] && r.number(p[bound], pp + QLatin1Char('.') + QLatin1String(bound), v))
                        (QLatin1String(bound) == QLatin1String("min") ? panel.min : panel.max) = v;
                }
                if (const YAML::Node th = p["thresholds"]) {
                    for (std::size_t m = 0; th.IsSequence() && m < th.size(); ++m) {
                        const QString tp = pp + QStringLiteral(".thresholds[%1]").arg(m);
                        PanelThreshold t;
                        if (th[m].IsMap()) {
                            if (!th[m]["value"] || !r.number(th[m]["value"], tp + QStringLiteral(".value"), t.value)) {
                                if (!th[m]["value"])
                                    r.problem(th[m], tp + QStringLiteral(".value"), Tr::tr("a threshold needs a value"), Tr::tr("value: NUMBER"));
                                continue;
                            }
                            if (th[m]["color"])
                                r.scalar(th[m]["color"], tp + QStringLiteral(".color"), t.color);
                            if (th[m]["label"])
                                r.scalar(th[m]["label"], tp + QStringLiteral(".label"), t.label);
                            if (!t.color.isEmpty() && !QRegularExpression(QStringLiteral("^(#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|[a-zA-Z]+)$")).match(t.color).hasMatch()) {
                                r.problem(th[m]["color"], tp + QStringLiteral(".color"), Tr::tr("\"%1\" is not a colour").arg(t.color),
                                          Tr::tr("a name or #rrggbb"));
                                t.color.clear();
                            }
                        } else if (!r.number(th[m], tp, t.value)) {
                            continue;
                        }
                        panel.thresholds << t;
                    }
                    if (!th.IsSequence())
                        r.problem(th, pp + QStringLiteral(".thresholds"), Tr::tr("thresholds must be a list"), Tr::tr("[80, 95] or [{value, color, label}]"));
                }
                dash.panels << panel;
            }
            out << dash;
        }
    } catch (const YAML::Exception &e) {
        Error err(Tr::tr("the workspace file is not valid YAML: %1").arg(q(e.msg)), source);
        if (e.mark.line >= 0)
            err.at(e.mark.line + 1, e.mark.column + 1);
        problems << err;
    }
    return out;
}

QString Dashboard::instanceRegex(const QList<Host> &hosts)
{
    QStringList raw;
    for (const Host &h : hosts) {
        for (const QString &n : {h.address, h.name})
            if (!n.isEmpty() && !raw.contains(n))
                raw << n;
    }
    QStringList names;
    for (const QString &n : raw)
        names << promRegexLiteral(n);
    if (names.isEmpty())
        return QStringLiteral(".+");
    return QStringLiteral("(") + names.join(QLatin1Char('|')) + QStringLiteral(")(:[0-9]+)?");
}

QMap<QString, QString> Dashboard::variables(const Environment *env)
{
    QMap<QString, QString> vars;
    vars.insert(QStringLiteral("environment"), env ? env->name : QString());
    vars.insert(QStringLiteral("instance"), instanceRegex(env ? env->hosts : QList<Host>()));
    QStringList names;
    if (env)
        for (const Host &h : env->hosts)
            names << promRegexLiteral(h.name.isEmpty() ? h.address : h.name);
    vars.insert(QStringLiteral("host"), names.isEmpty() ? QStringLiteral(".+") : names.join(QLatin1Char('|')));
    return vars;
}

QString Dashboard::expand(const QString &expr, const QMap<QString, QString> &variables, qint64 stepSeconds, qint64 scrapeIntervalSeconds)
{
    QString out = expr;
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        out.replace(QStringLiteral("{{") + it.key() + QStringLiteral("}}"), it.value());
    out.replace(QLatin1String("$__rate_interval"), QueryStep::format(QueryStep::rateInterval(stepSeconds, scrapeIntervalSeconds)));
    out.replace(QLatin1String("$__interval"), QueryStep::format(std::max<qint64>(1, stepSeconds)));
    return out;
}

QString Dashboard::legend(const QString &format, const PromSeries &series)
{
    if (format.isEmpty())
        return series.name();
    static const QRegularExpression var(QStringLiteral("\\{\\{\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*\\}\\}"));
    QString out;
    qsizetype last = 0;
    for (auto it = var.globalMatch(format); it.hasNext();) {
        const auto m = it.next();
        out += format.mid(last, m.capturedStart() - last) + series.labels.value(m.captured(1));
        last = m.capturedEnd();
    }
    out += format.mid(last);
    return out.trimmed().isEmpty() ? series.name() : out.trimmed();
}

} // namespace Infradeck
