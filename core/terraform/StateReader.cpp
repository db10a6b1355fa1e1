#include "StateReader.h"

#include "terraform/JsonErrorLocator.h"
#include "terraform/Plan.h"
#include "terraform/PlanReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>

namespace Infradeck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Infradeck::StateReader)
};

QString expectedState()
{
    return Tr::tr("a Terraform state: a JSON object with \"version\" (terraform.tfstate) or \"format_version\" "
              "(terraform show -json)");
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return Tr::tr("a boolean");
    case QJsonValue::Double:
        return Tr::tr("a number");
    case QJsonValue::String:
        return Tr::tr("a string");
    case QJsonValue::Array:
        return Tr::tr("an array");
    case QJsonValue::Object:
        return Tr::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString quotedKey(const QString &key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*$"));
    if (plain.match(key).hasMatch())
        return QLatin1Char('.') + key;
    QString escaped = key;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QStringLiteral("[\"") + escaped + QStringLiteral("\"]");
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> prev(b.size() + 1), cur(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

// Thrown inside this file only; readJson turns it into a Result.
struct ReadFailure
{
    Error error;
};

class Reader
{
public:
    Reader(QString source, Inventory &inventory) : m_source(std::move(source)), m_inv(inventory) {}

    [[noreturn]] void fail(const QString &message, const QString &path, const QString &expected)
    {
        throw ReadFailure{Error(message, m_source).atPath(path).expecting(expected)};
    }

    void warn(const QString &message, const QString &path = {})
    {
        Error e(message, m_source, Error::Severity::Warning);
        if (!path.isEmpty())
            e.atPath(path);
        m_inv.warnings << e;
    }

    QJsonObject object(const QJsonValue &v, const QString &path, const QString &what)
    {
        if (!v.isObject())
            fail(Tr::tr("%1 is %2").arg(what, typeName(v)), path, Tr::tr("an object"));
        return v.toObject();
    }

    QJsonArray array(const QJsonValue &v, const QString &path, const QString &what, bool nullIsEmpty = true)
    {
        if (v.isArray())
            return v.toArray();
        if ((v.isUndefined() || (nullIsEmpty && v.isNull())))
            return {};
        fail(Tr::tr("%1 is %2").arg(what, typeName(v)), path, Tr::tr("an array"));
    }

    QString string(const QJsonObject &o, const QString &key, const QString &path, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isString())
            return v.toString();
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(Tr::tr("\"%1\" is missing").arg(key), path + quotedKey(key), Tr::tr("a string"));
            return {};
        }
        fail(Tr::tr("\"%1\" is %2").arg(key, typeName(v)), path + quotedKey(key), Tr::tr("a string"));
    }

    void header(const QJsonObject &root, const QString &path, const QStringList &known)
    {
        const QJsonValue tv = root.value(QStringLiteral("terraform_version"));
        if (tv.isString())
            m_inv.terraformVersion = tv.toString();
        else if (!tv.isUndefined() && !tv.isNull())
            fail(Tr::tr("\"terraform_version\" is %1").arg(typeName(tv)), path + QStringLiteral(".terraform_version"),
                 Tr::tr("a version string"));
        const QJsonValue serial = root.value(QStringLiteral("serial"));
        if (serial.isDouble())
            m_inv.serial = qint64(serial.toDouble());
        else if (!serial.isUndefined() && !serial.isNull())
            fail(Tr::tr("\"serial\" is %1").arg(typeName(serial)), path + QStringLiteral(".serial"), Tr::tr("a number"));
        const QJsonValue lineage = root.value(QStringLiteral("lineage"));
        if (lineage.isString())
            m_inv.lineage = lineage.toString();
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (known.contains(it.key()))
                continue;
            QString hint;
            for (const QString &k : known)
                if (editDistance(it.key(), k) <= 2)
                    hint = k;
            warn(hint.isEmpty() ? Tr::tr("unknown key \"%1\" ignored").arg(it.key())
                                : Tr::tr("unknown key \"%1\" ignored (did you mean \"%2\"?)").arg(it.key(), hint),
                 path + quotedKey(it.key()));
        }
    }

    // ---- sensitivity masks --------------------------------------------------------------------------------

    struct Step
    {
        QString key;
        qint64 index = -1; // >= 0: a list index
        bool opaque = false; // a set element or an unknown step: mask the whole parent
    };

    static QJsonValue insertMask(const QJsonValue &node, const QList<Step> &steps, qsizetype i)
    {
        if (i == steps.size() || steps.at(i).opaque)
            return true;
        if (node.isBool() && node.toBool())
            return node;
        const Step &s = steps.at(i);
        if (s.index >= 0) {
            QJsonArray a = node.isArray() ? node.toArray() : QJsonArray();
            if (s.index > 100000) // a list this long is no list of attributes: mask it whole
                return true;
            while (a.size() <= s.index)
                a.append(false);
            a[s.index] = insertMask(a.at(s.index), steps, i + 1);
            return a;
        }
        QJsonObject o = node.isObject() ? node.toObject() : QJsonObject();
        o.insert(s.key, insertMask(o.value(s.key), steps, i + 1));
        return o;
    }

    static bool decodeStep(const QJsonValue &v, Step *step)
    {
        const QJsonObject o = v.toObject();
        const QString type = o.value(QStringLiteral("type")).toString();
        QJsonValue value = o.value(QStringLiteral("value"));
        if (type == QLatin1String("get_attr") && value.isString()) {
            step->key = value.toString();
            return true;
        }
        if (type == QLatin1String("index")) {
            // cty's dynamic encoding {"value": 0, "type": "number"}, or a bare key.
            if (value.isObject() && value.toObject().contains(QStringLiteral("value")))
                value = value.toObject().value(QStringLiteral("value"));
            if (value.isDouble()) {
                step->index = qint64(value.toDouble());
                return step->index >= 0;
            }
            if (value.isString()) {
                step->key = value.toString();
                return true;
            }
            step->opaque = true; // a set element is keyed by its value: no position to mark
            return true;
        }
        return false;
    }

    // A mask built from paths cannot tell a list from a set or a map: an index step keyed by a string into an
    // array is a set element (cty indexes sets by value), and a number index into an array of numbers may be one
    // too. Where the shapes disagree the whole subtree is masked: masking too much is safe, too little is not.
    static QJsonValue reconcile(const QJsonValue &mask, const QJsonValue &value)
    {
        if (mask.isBool() || mask.isUndefined())
            return mask;
        if (mask.isObject()) {
            if (!value.isObject())
                return value.isUndefined() || value.isNull() ? mask : QJsonValue(true);
            QJsonObject m = mask.toObject();
            const QJsonObject v = value.toObject();
            for (auto it = m.begin(); it != m.end(); ++it)
                it.value() = reconcile(it.value(), v.value(it.key()));
            return m;
        }
        if (mask.isArray()) {
            if (!value.isArray())
                return value.isUndefined() || value.isNull() ? mask : QJsonValue(true);
            const QJsonArray v = value.toArray();
            for (const QJsonValue &e : v)
                if (e.isDouble())
                    return true;
            QJsonArray m = mask.toArray();
            for (qsizetype i = 0; i < m.size(); ++i)
                m[i] = reconcile(m.at(i), i < v.size() ? v.at(i) : QJsonValue(QJsonValue::Undefined));
            return m;
        }
        return true;
    }

    // sensitive_attributes: a list of paths, each a list of steps ([[{"type":"get_attr","value":"x"}]]). Also
    // accepted: a single step instead of a one-step path. Anything unreadable masks the whole instance.
    QJsonValue maskFromPaths(const QJsonValue &raw, const QString &path)
    {
        if (raw.isUndefined() || raw.isNull())
            return QJsonValue(QJsonValue::Undefined);
        if (!raw.isArray()) {
            warn(Tr::tr("sensitive_attributes is %1; all attributes of this instance are treated as sensitive")
                     .arg(typeName(raw)),
                 path);
            return true;
        }
        QJsonValue mask(QJsonValue::Undefined);
        const QJsonArray paths = raw.toArray();
        for (qsizetype p = 0; p < paths.size(); ++p) {
            QJsonArray stepsRaw;
            if (paths.at(p).isArray())
                stepsRaw = paths.at(p).toArray();
            else if (paths.at(p).isObject())
                stepsRaw.append(paths.at(p));
            QList<Step> steps;
            bool ok = !stepsRaw.isEmpty();
            for (const QJsonValue &s : std::as_const(stepsRaw)) {
                Step step;
                if (!decodeStep(s, &step)) {
                    ok = false;
                    break;
                }
                steps << step;
            }
            if (!ok) {
                warn(Tr::tr("unreadable sensitive attribute path; all attributes of this instance are treated as "
                        "sensitive"),
                     path + QStringLiteral("[%1]").arg(p));
                return true;
            }
            mask = insertMask(mask, steps, 0);
        }
        return mask;
    }

    // ---- raw state v4 ------------------------------------------------------------------------------------

    void readV4(const QJsonObject &root, const QString &path)
    {
        m_inv.kind = Inventory::Kind::RawV4;
        m_inv.stateVersion = 4;
        header(root, path,
               {QStringLiteral("version"), QStringLiteral("terraform_version"), QStringLiteral("serial"),
                QStringLiteral("lineage"), QStringLiteral("outputs"), QStringLiteral("resources"),
                QStringLiteral("check_results")});
        if (m_inv.terraformVersion.isEmpty())
            warn(Tr::tr("no \"terraform_version\": the state does not say which Terraform wrote it"), path);

        const QJsonValue outputsValue = root.value(QStringLiteral("outputs"));
        if (!outputsValue.isUndefined() && !outputsValue.isNull()) {
            const QJsonObject outs = object(outputsValue, path + QStringLiteral(".outputs"), Tr::tr("\"outputs\""));
            for (auto it = outs.begin(); it != outs.end(); ++it) {
                const QString op = path + QStringLiteral(".outputs") + quotedKey(it.key());
                const QJsonObject o = object(it.value(), op, Tr::tr("output \"%1\"").arg(it.key()));
                InventoryOutput out;
                out.name = it.key();
                out.value = o.value(QStringLiteral("value"));
                out.type = o.value(QStringLiteral("type"));
                out.sensitive = o.value(QStringLiteral("sensitive")).toBool();
                m_inv.outputs << out;
            }
        }

        const QString rp = path + QStringLiteral(".resources");
        const QJsonArray resources = array(root.value(QStringLiteral("resources")), rp, Tr::tr("\"resources\""));
        m_inv.resources.reserve(resources.size());
        for (qsizetype i = 0; i < resources.size(); ++i) {
            const QString p = rp + QStringLiteral("[%1]").arg(i);
            const QJsonObject r = object(resources.at(i), p, Tr::tr("a resource"));
            Address base;
            const QString mode = string(r, QStringLiteral("mode"), p, true);
            if (mode == QLatin1String("data"))
                base.mode = Address::Mode::Data;
            else if (mode != QLatin1String("managed"))
                fail(Tr::tr("unknown resource mode \"%1\"").arg(mode), p + QStringLiteral(".mode"),
                     Tr::tr("\"managed\" or \"data\""));
            base.type = string(r, QStringLiteral("type"), p, true);
            base.name = string(r, QStringLiteral("name"), p, true);
            const QString module = string(r, QStringLiteral("module"), p, false);
            if (!module.isEmpty()) {
                auto modulePath = Address::parseModulePath(module);
                if (!modulePath)
                    fail(Tr::tr("invalid module address \"%1\": %2").arg(module, modulePath.error().message),
                         p + QStringLiteral(".module"), Tr::tr("module.NAME[KEY]..."));
                base.modulePath = modulePath.value();
            }
            const QString providerConfig = string(r, QStringLiteral("provider"), p, false);
            const QString provider = Inventory::normaliseProvider(providerConfig);
            if (provider.isEmpty())
                warn(Tr::tr("resource has no provider"), p + QStringLiteral(".provider"));

            const QJsonArray instances =
                array(r.value(QStringLiteral("instances")), p + QStringLiteral(".instances"), Tr::tr("\"instances\""));
            for (qsizetype j = 0; j < instances.size(); ++j) {
                const QString ip = p + QStringLiteral(".instances[%1]").arg(j);
                const QJsonObject inst = object(instances.at(j), ip, Tr::tr("an instance"));
                InventoryResource res;
                res.address = base;
                const QJsonValue key = inst.value(QStringLiteral("index_key"));
                if (key.isDouble())
                    res.address.instanceKey = qint64(key.toDouble());
                else if (key.isString())
                    res.address.instanceKey = key.toString();
                else if (!key.isUndefined() && !key.isNull())
                    fail(Tr::tr("index_key is %1").arg(typeName(key)), ip + QStringLiteral(".index_key"),
                         Tr::tr("a number (count) or a string (for_each)"));
                res.addressText = res.address.toString();
                res.provider = provider;
                res.providerConfig = providerConfig;
                res.schemaVersion = inst.value(QStringLiteral("schema_version")).toInt();
                res.deposed = inst.value(QStringLiteral("deposed")).toString();
                res.tainted = inst.value(QStringLiteral("status")).toString() == QLatin1String("tainted");

                const QJsonValue attrs = inst.value(QStringLiteral("attributes"));
                const QJsonValue flat = inst.value(QStringLiteral("attributes_flat"));
                if (attrs.isObject())
                    res.attributes = attrs.toObject();
                else if (flat.isObject())
                    res.attributes = flat.toObject();
                else if (!attrs.isUndefined() && !attrs.isNull())
                    fail(Tr::tr("attributes is %1").arg(typeName(attrs)), ip + QStringLiteral(".attributes"),
                         Tr::tr("an object"));
                res.sensitiveMask = reconcile(maskFromPaths(inst.value(QStringLiteral("sensitive_attributes")),
                                                            ip + QStringLiteral(".sensitive_attributes")),
                                              res.attributes);

                QJsonValue deps = inst.value(QStringLiteral("dependencies"));
                if (deps.isUndefined())
                    deps = inst.value(QStringLiteral("depends_on")); // early 0.12 states
                const QJsonArray depList = array(deps, ip + QStringLiteral(".dependencies"), Tr::tr("\"dependencies\""));
                for (const QJsonValue &d : depList)
                    res.dependencies << d.toString();

                if (!res.address.isData() && !res.attributes.contains(QStringLiteral("id")))
                    warn(Tr::tr("%1 has no \"id\" attribute").arg(res.addressText), ip + QStringLiteral(".attributes"));
                m_inv.resources << res;
            }
        }
    }

    // ---- legacy state v3 ---------------------------------------------------------------------------------

    void readV3(const QJsonObject &root, const QString &path)
    {
        m_inv.kind = Inventory::Kind::LegacyV3;
        m_inv.stateVersion = 3;
        header(root, path,
               {QStringLiteral("version"), QStringLiteral("terraform_version"), QStringLiteral("serial"),
                QStringLiteral("lineage"), QStringLiteral("modules"), QStringLiteral("remote"),
                QStringLiteral("backend"), QStringLiteral("resources")});
        warn(Tr::tr("legacy state version 3 (Terraform %1): read without schema, attributes are flat strings and carry "
                "no sensitivity marks; `terraform apply` with Terraform >= 0.12 upgrades it to version 4")
                 .arg(m_inv.terraformVersion.isEmpty() ? Tr::tr("before 0.12") : m_inv.terraformVersion),
             path + QStringLiteral(".version"));

        const QJsonValue v4Resources = root.value(QStringLiteral("resources"));
        if (!v4Resources.isUndefined()) {
            const QJsonArray list = array(v4Resources, path + QStringLiteral(".resources"), Tr::tr("\"resources\""));
            if (!list.isEmpty())
                fail(Tr::tr("a version 3 state with a version 4 \"resources\" list"), path + QStringLiteral(".version"),
                     Tr::tr("version 4 for a \"resources\" list, or \"modules\" for version 3"));
        }

        const QString mp = path + QStringLiteral(".modules");
        const QJsonArray modules = array(root.value(QStringLiteral("modules")), mp, Tr::tr("\"modules\""));
        for (qsizetype m = 0; m < modules.size(); ++m) {
            const QString p = mp + QStringLiteral("[%1]").arg(m);
            const QJsonObject module = object(modules.at(m), p, Tr::tr("a module"));
            const QJsonArray modPath = array(module.value(QStringLiteral("path")), p + QStringLiteral(".path"),
                                             Tr::tr("\"path\""));
            QList<Address::ModuleStep> steps;
            for (qsizetype s = 1; s < modPath.size(); ++s) // the first element is "root"
                steps << Address::ModuleStep{modPath.at(s).toString(), {}};
            const bool isRoot = steps.isEmpty();

            if (isRoot) {
                const QJsonObject outs = module.value(QStringLiteral("outputs")).toObject();
                for (auto it = outs.begin(); it != outs.end(); ++it) {
                    InventoryOutput out;
                    out.name = it.key();
                    const QJsonObject o = it.value().toObject();
                    out.value = o.value(QStringLiteral("value"));
                    out.sensitive = o.value(QStringLiteral("sensitive")).toBool();
                    m_inv.outputs << out;
                }
            }

            const QJsonValue resValue = module.value(QStringLiteral("resources"));
            if (resValue.isUndefined() || resValue.isNull())
                continue;
            const QJsonObject resources = object(resValue, p + QStringLiteral(".resources"), Tr::tr("\"resources\""));
            for (auto it = resources.begin(); it != resources.end(); ++it) {
                const QString rp = p + QStringLiteral(".resources") + quotedKey(it.key());
                const QJsonObject r = object(it.value(), rp, Tr::tr("a resource"));
                // "type.name", "type.name.N", "data.type.name[.N]"
                QStringList parts = it.key().split(QLatin1Char('.'));
                InventoryResource res;
                res.address.modulePath = steps;
                if (parts.size() >= 3 && parts.first() == QLatin1String("data")) {
                    res.address.mode = Address::Mode::Data;
                    parts.removeFirst();
                }
                bool isIndex = false;
                if (parts.size() == 3) {
                    const qint64 index = parts.at(2).toLongLong(&isIndex);
                    if (isIndex)
                        res.address.instanceKey = index;
                }
                if (parts.size() < 2 || parts.size() > 3 || (parts.size() == 3 && !isIndex))
                    fail(Tr::tr("invalid resource key \"%1\"").arg(it.key()), rp, Tr::tr("TYPE.NAME or TYPE.NAME.INDEX"));
                res.address.type = r.value(QStringLiteral("type")).toString(parts.at(0));
                res.address.name = parts.at(1);
                res.addressText = res.address.toString();
                res.providerConfig = r.value(QStringLiteral("provider")).toString();
                res.provider = Inventory::normaliseProvider(res.providerConfig);
                if (res.provider.isEmpty()) // v3 often leaves provider empty: the type's prefix names it
                    res.provider = Inventory::normaliseProvider(res.address.type.section(QLatin1Char('_'), 0, 0));
                for (const QJsonValue &d : r.value(QStringLiteral("depends_on")).toArray())
                    res.dependencies << d.toString();
                const QJsonObject primary = r.value(QStringLiteral("primary")).toObject();
                res.attributes = primary.value(QStringLiteral("attributes")).toObject();
                if (!res.attributes.contains(QStringLiteral("id")) && primary.contains(QStringLiteral("id")))
                    res.attributes.insert(QStringLiteral("id"), primary.value(QStringLiteral("id")));
                res.tainted = primary.value(QStringLiteral("tainted")).toBool();
                m_inv.resources << res;
            }
        }
    }

    // ---- terraform show -json ----------------------------------------------------------------------------

    void readShowJson(const QJsonObject &root, const QString &path)
    {
        m_inv.kind = Inventory::Kind::ShowJson;
        m_inv.formatVersion = root.value(QStringLiteral("format_version")).toString();
        const QJsonValue tv = root.value(QStringLiteral("terraform_version"));
        if (tv.isString())
            m_inv.terraformVersion = tv.toString();
        const QJsonValue valuesValue = root.value(QStringLiteral("values"));
        if (valuesValue.isUndefined() || valuesValue.isNull())
            return; // what Terraform writes for an empty state
        const QString vp = path + QStringLiteral(".values");
        const QJsonObject values = object(valuesValue, vp, Tr::tr("\"values\""));

        const QJsonValue outsValue = values.value(QStringLiteral("outputs"));
        if (!outsValue.isUndefined() && !outsValue.isNull()) {
            const QJsonObject outs = object(outsValue, vp + QStringLiteral(".outputs"), Tr::tr("\"outputs\""));
            for (auto it = outs.begin(); it != outs.end(); ++it) {
                const QJsonObject o = object(it.value(), vp + QStringLiteral(".outputs") + quotedKey(it.key()),
                                             Tr::tr("output \"%1\"").arg(it.key()));
                InventoryOutput out;
                out.name = it.key();
                out.value = o.value(QStringLiteral("value"));
                out.type = o.value(QStringLiteral("type"));
                out.sensitive = o.value(QStringLiteral("sensitive")).toBool();
                m_inv.outputs << out;
            }
        }
        const QJsonValue rootModule = values.value(QStringLiteral("root_module"));
        if (rootModule.isUndefined() || rootModule.isNull())
            return;
        readModule(object(rootModule, vp + QStringLiteral(".root_module"), Tr::tr("\"root_module\"")),
                   vp + QStringLiteral(".root_module"), {}, 0);
    }

    void readModule(const QJsonObject &module, const QString &path, const QList<Address::ModuleStep> &modulePath,
                    int depth)
    {
        if (depth > 100)
            fail(Tr::tr("modules nested more than 100 deep"), path, Tr::tr("a module tree"));
        const QJsonArray resources =
            array(module.value(QStringLiteral("resources")), path + QStringLiteral(".resources"), Tr::tr("\"resources\""));
        for (qsizetype i = 0; i < resources.size(); ++i) {
            const QString p = path + QStringLiteral(".resources[%1]").arg(i);
            const QJsonObject r = object(resources.at(i), p, Tr::tr("a resource"));
            InventoryResource res;
            // Built from the structured fields and the enclosing module: Terraform 0.12 wrote "address" without
            // the module path and the instance key. "address" only fills in what the fields lack.
            Address parsed;
            const QString address = string(r, QStringLiteral("address"), p, false);
            if (!address.isEmpty()) {
                auto fromText = Address::parse(address);
                if (!fromText)
                    fail(Tr::tr("invalid resource address \"%1\": %2").arg(address, fromText.error().message),
                         p + QStringLiteral(".address"), Tr::tr("a resource address"));
                parsed = fromText.value();
            }
            const bool hasFields = r.contains(QStringLiteral("type")) && r.contains(QStringLiteral("name"));
            if (!hasFields && address.isEmpty())
                fail(Tr::tr("a resource without \"address\" or \"type\" and \"name\""), p, Tr::tr("a resource object"));
            res.address.modulePath = modulePath.isEmpty() ? parsed.modulePath : modulePath;
            if (hasFields) {
                res.address.mode = string(r, QStringLiteral("mode"), p, false) == QLatin1String("data")
                                       ? Address::Mode::Data
                                       : Address::Mode::Managed;
                res.address.type = string(r, QStringLiteral("type"), p, true);
                res.address.name = string(r, QStringLiteral("name"), p, true);
            } else {
                res.address.mode = parsed.mode;
                res.address.type = parsed.type;
                res.address.name = parsed.name;
            }
            const QJsonValue index = r.value(QStringLiteral("index"));
            if (index.isDouble())
                res.address.instanceKey = qint64(index.toDouble());
            else if (index.isString())
                res.address.instanceKey = index.toString();
            else
                res.address.instanceKey = parsed.instanceKey;
            res.addressText = res.address.toString();
            res.providerConfig = string(r, QStringLiteral("provider_name"), p, false);
            res.provider = Inventory::normaliseProvider(res.providerConfig);
            res.schemaVersion = r.value(QStringLiteral("schema_version")).toInt();
            res.deposed = r.value(QStringLiteral("deposed_key")).toString();
            res.tainted = r.value(QStringLiteral("tainted")).toBool();
            const QJsonValue vals = r.value(QStringLiteral("values"));
            if (vals.isObject())
                res.attributes = vals.toObject();
            else if (!vals.isUndefined() && !vals.isNull())
                fail(Tr::tr("values is %1").arg(typeName(vals)), p + QStringLiteral(".values"), Tr::tr("an object"));
            const QJsonValue sens = r.value(QStringLiteral("sensitive_values"));
            if (sens.isObject() || sens.isBool())
                res.sensitiveMask = sens;
            for (const QJsonValue &d : r.value(QStringLiteral("depends_on")).toArray())
                res.dependencies << d.toString();
            m_inv.resources << res;
        }
        const QJsonArray children = array(module.value(QStringLiteral("child_modules")),
                                          path + QStringLiteral(".child_modules"), Tr::tr("\"child_modules\""));
        for (qsizetype c = 0; c < children.size(); ++c) {
            const QString cp = path + QStringLiteral(".child_modules[%1]").arg(c);
            const QJsonObject child = object(children.at(c), cp, Tr::tr("a child module"));
            QList<Address::ModuleStep> childPath = modulePath;
            const QString address = child.value(QStringLiteral("address")).toString();
            if (!address.isEmpty()) {
                auto parsed = Address::parseModulePath(address);
                if (!parsed)
                    fail(Tr::tr("invalid module address \"%1\": %2").arg(address, parsed.error().message),
                         cp + QStringLiteral(".address"), Tr::tr("module.NAME[KEY]..."));
                childPath = parsed.value();
            }
            readModule(child, cp, childPath, depth + 1);
        }
    }

private:
    QString m_source;
    Inventory &m_inv;
};

bool looksLikePlan(const QJsonObject &root)
{
    static const char *const planKeys[] = {"resource_changes", "planned_values", "prior_state", "resource_drift",
                                           "output_changes", "configuration", "proposed_unknown"};
    for (const char *k : planKeys)
        if (root.contains(QLatin1String(k)))
            return true;
    return false;
}

Error locateParseError(const QByteArray &bytes, const QString &source, const QJsonParseError &qtError)
{
    Error located = JsonErrorLocator::locate(bytes, source);
    if (located.message.isEmpty())
        located = Error(Tr::tr("invalid JSON: %1").arg(qtError.errorString()), source).atOffset(qtError.offset);
    if (located.expected.isEmpty())
        located.expecting(Tr::tr("valid JSON"));
    if (!located.message.startsWith(QLatin1String("invalid JSON"), Qt::CaseInsensitive))
        located.message = Tr::tr("invalid JSON: %1").arg(located.message);
    return located;
}

} // namespace

Result<Inventory> StateReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Tr::tr("cannot open the state: %1").arg(file.errorString()), path);
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error(Tr::tr("cannot read the state: %1").arg(file.errorString()), path);
    return readBytes(bytes, path);
}

Result<Inventory> StateReader::readBytes(const QByteArray &bytes, const QString &source)
{
    return readBytesImpl(bytes, source, false);
}

Result<Inventory> StateReader::readStateOrPlanBytes(const QByteArray &bytes, const QString &source)
{
    return readBytesImpl(bytes, source, true);
}

Result<Inventory> StateReader::readStateOrPlanFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Tr::tr("cannot open the file: %1").arg(file.errorString()), path);
    return readStateOrPlanBytes(file.readAll(), path);
}

Result<Inventory> StateReader::readBytesImpl(const QByteArray &bytes, const QString &source, bool planToo)
{
    if (planToo && bytes.startsWith("[command]"))
        return readPriorStateBytes(bytes, source);
    if (bytes.isEmpty())
        return Error(Tr::tr("the state file is empty (0 bytes)"), source).atOffset(0).expecting(expectedState());
    if (bytes.trimmed().isEmpty())
        return Error(Tr::tr("the state file holds only whitespace (%1 bytes)").arg(bytes.size()), source)
            .atOffset(bytes.size())
            .expecting(expectedState());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return locateParseError(bytes, source, parseError);
    if (!doc.isObject()) {
        const qsizetype first = bytes.size() - bytes.trimmed().size() > 0 ? bytes.indexOf(bytes.trimmed().at(0)) : 0;
        return Error(Tr::tr("the state is a JSON %1, not an object").arg(doc.isArray() ? Tr::tr("array") : Tr::tr("scalar")), source)
            .atPath(QStringLiteral("$"))
            .atOffset(first)
            .expecting(expectedState());
    }
    if (planToo && looksLikePlan(doc.object()))
        return priorStateOf(doc.object(), source);
    return readJson(doc.object(), source);
}

Result<Inventory> StateReader::readJson(const QJsonObject &root, const QString &source, const QString &jsonPath)
{
    Inventory inv;
    inv.source = source;
    Reader reader(source, inv);
    try {
        const QJsonValue version = root.value(QStringLiteral("version"));
        const QJsonValue formatVersion = root.value(QStringLiteral("format_version"));
        if (looksLikePlan(root))
            return Error(Tr::tr("this is a Terraform plan, not a state"), source)
                .atPath(jsonPath)
                .expecting(Tr::tr("a state; to compare with a plan, use its prior_state"));
        if (!version.isUndefined()) {
            if (!version.isDouble() || version.toDouble() != double(qint64(version.toDouble())))
                return Error(Tr::tr("state \"version\" is %1").arg(typeName(version)), source)
                    .atPath(jsonPath + QStringLiteral(".version"))
                    .expecting(Tr::tr("the number 4 (or 3 for legacy states)"));
            const qint64 v = qint64(version.toDouble());
            const QString writer = root.value(QStringLiteral("terraform_version")).toString();
            const QString by = writer.isEmpty() ? QString() : Tr::tr(" (written by Terraform %1)").arg(writer);
            if (v == 4)
                reader.readV4(root, jsonPath);
            else if (v == 3)
                reader.readV3(root, jsonPath);
            else if (v > 4)
                return Error(Tr::tr("state version %1%2 is newer than this reader supports").arg(v).arg(by), source)
                    .atPath(jsonPath + QStringLiteral(".version"))
                    .expecting(Tr::tr("version 4 (or 3 for legacy states)"));
            else
                return Error(Tr::tr("unsupported state version %1%2: states before Terraform 0.7 are not read").arg(v).arg(by),
                             source)
                    .atPath(jsonPath + QStringLiteral(".version"))
                    .expecting(Tr::tr("version 4 (or 3 for legacy states); upgrade the state with a newer Terraform"));
        } else if (!formatVersion.isUndefined()) {
            const QString fv = formatVersion.toString();
            const QString major = fv.section(QLatin1Char('.'), 0, 0);
            if (!formatVersion.isString() || (major != QLatin1String("0") && major != QLatin1String("1")))
                return Error(formatVersion.isString() ? Tr::tr("unsupported show -json format_version \"%1\"").arg(fv)
                                                      : Tr::tr("format_version is %1").arg(typeName(formatVersion)),
                             source)
                    .atPath(jsonPath + QStringLiteral(".format_version"))
                    .expecting(Tr::tr("format_version 0.x or 1.x"));
            reader.readShowJson(root, jsonPath);
        } else {
            return Error(Tr::tr("not a Terraform state: neither \"version\" nor \"format_version\" is present"), source)
                .atPath(jsonPath)
                .expecting(expectedState());
        }
    } catch (const ReadFailure &failure) {
        return failure.error;
    }
    inv.finish();
    return inv;
}

Result<Inventory> StateReader::readPriorStateBytes(const QByteArray &planBytes, const QString &source)
{
    const PlanReader::JsonRange range = PlanReader::locateJson(planBytes);
    if (range.commandOnly)
        return Error(Tr::tr("the plan holds only a [command] line"), source).expecting(Tr::tr("JSON after the line"));
    if (range.begin == range.end)
        return Error(Tr::tr("the plan file is empty"), source).atOffset(0).expecting(Tr::tr("a JSON plan"));
    const QByteArray bytes = planBytes.mid(range.begin, range.end - range.begin);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        Error e = locateParseError(bytes, source, parseError);
        if (e.offset >= 0)
            e.offset += range.begin;
        return e;
    }
    if (!doc.isObject())
        return Error(Tr::tr("the plan is not a JSON object"), source).atPath(QStringLiteral("$")).expecting(Tr::tr("a JSON plan"));
    return priorStateOf(doc.object(), source);
}

Result<Inventory> StateReader::priorStateOf(const QJsonObject &root, const QString &source)
{
    const QJsonValue prior = root.value(QStringLiteral("prior_state"));
    Inventory inv;
    if (prior.isObject()) {
        QJsonObject priorObject = prior.toObject();
        if (!priorObject.contains(QStringLiteral("format_version"))) // inherits the plan's
            priorObject.insert(QStringLiteral("format_version"), root.value(QStringLiteral("format_version")).toString(QStringLiteral("1.0")));
        auto read = readJson(priorObject, source, QStringLiteral("$.prior_state"));
        if (!read)
            return read;
        inv = std::move(read).value();
    } else if (!prior.isUndefined() && !prior.isNull()) {
        return Error(Tr::tr("prior_state is %1").arg(typeName(prior)), source)
            .atPath(QStringLiteral("$.prior_state"))
            .expecting(Tr::tr("an object"));
    } else {
        inv.source = source;
        inv.warnings << Error(Tr::tr("the plan has no prior_state (a plan for a new, empty state)"), source,
                              Error::Severity::Warning)
                            .atPath(QStringLiteral("$"));
    }
    inv.kind = Inventory::Kind::PlanPriorState;
    if (inv.terraformVersion.isEmpty())
        inv.terraformVersion = root.value(QStringLiteral("terraform_version")).toString();
    inv.finish();
    return inv;
}

Result<Inventory> StateReader::readPriorState(const Plan &plan)
{
    if (!plan.buffer)
        return Error(Tr::tr("the plan holds no data"), plan.source).expecting(Tr::tr("a plan read by PlanReader"));
    return readPriorStateBytes(plan.buffer->mid(plan.dataOffset, plan.dataLength), plan.source);
}

} // namespace Infradeck
