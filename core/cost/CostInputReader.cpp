#include "CostInputReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Infradeck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Infradeck::CostInputReader)
};

QString indexSuffix(const QJsonValue &index)
{
    if (index.isDouble())
        return QStringLiteral("[%1]").arg(qint64(index.toDouble()));
    if (index.isString())
        return QStringLiteral("[\"%1\"]").arg(index.toString());
    return {};
}

void walkModule(const QJsonObject &module, QList<CostResource> &out)
{
    for (const QJsonValue &v : module.value(QLatin1String("resources")).toArray()) {
        const QJsonObject r = v.toObject();
        if (r.value(QLatin1String("mode")).toString() == QLatin1String("data"))
            continue;
        CostResource c;
        c.address = r.value(QLatin1String("address")).toString();
        c.type = r.value(QLatin1String("type")).toString();
        c.module = module.value(QLatin1String("address")).toString();
        c.provider = CostResource::shortProviderName(r.value(QLatin1String("provider_name")).toString());
        c.attributes = r.value(QLatin1String("values")).toObject();
        out << c;
    }
    for (const QJsonValue &child : module.value(QLatin1String("child_modules")).toArray())
        walkModule(child.toObject(), out);
}

} // namespace

bool CostInputReader::looksLikePlan(const QByteArray &json)
{
    // Cheap: the top-level keys of a plan appear early; a state has "resources" or "values" instead.
    return json.contains("\"resource_changes\"") || json.contains("\"planned_values\"");
}

Result<QList<CostResource>> CostInputReader::readStateFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Tr::tr("cannot open the state: %1").arg(file.errorString()), path);
    return readState(file.readAll(), path);
}

Result<QList<CostResource>> CostInputReader::readState(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(Tr::tr("the state is not valid JSON: %1").arg(parseError.errorString()), source)
            .atOffset(parseError.offset)
            .expecting(Tr::tr("a terraform.tfstate or `terraform show -json` output"));
    if (!doc.isObject())
        return Error(Tr::tr("the state is not a JSON object"), source).atPath(QStringLiteral("$")).expecting(Tr::tr("an object"));
    const QJsonObject root = doc.object();
    QList<CostResource> out;
    if (root.contains(QLatin1String("values")) || (root.contains(QLatin1String("format_version")) && !root.contains(QLatin1String("version")))) {
        const QString fv = root.value(QLatin1String("format_version")).toString();
        if (!fv.isEmpty() && !fv.startsWith(QLatin1String("0.")) && !fv.startsWith(QLatin1String("1.")))
            return Error(Tr::tr("unsupported state format_version \"%1\"").arg(fv), source)
                .atPath(QStringLiteral("$.format_version"))
                .expecting(Tr::tr("0.x or 1.x"));
        walkModule(root.value(QLatin1String("values")).toObject().value(QLatin1String("root_module")).toObject(), out);
        return out;
    }
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble())
        return Error(Tr::tr("the state has no version"), source).atPath(QStringLiteral("$.version")).expecting(Tr::tr("version 4"));
    if (version.toInt() != 4)
        return Error(Tr::tr("unsupported state version %1").arg(version.toInt()), source)
            .atPath(QStringLiteral("$.version"))
            .expecting(Tr::tr("version 4 (Terraform 0.12 and later; run `terraform state pull` with a current Terraform)"));
    const QJsonValue resources = root.value(QLatin1String("resources"));
    if (!resources.isArray() && !resources.isUndefined() && !resources.isNull())
        return Error(Tr::tr("resources is not a list"), source).atPath(QStringLiteral("$.resources")).expecting(Tr::tr("an array"));
    const QJsonArray list = resources.toArray();
    out.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject r = list.at(i).toObject();
        if (r.value(QLatin1String("mode")).toString() == QLatin1String("data"))
            continue;
        const QString module = r.value(QLatin1String("module")).toString();
        const QString type = r.value(QLatin1String("type")).toString();
        if (type.isEmpty())
            return Error(Tr::tr("a resource has no type"), source).atPath(QStringLiteral("$.resources[%1].type").arg(i)).expecting(Tr::tr("a string"));
        const QString base = (module.isEmpty() ? QString() : module + QLatin1Char('.')) + type + QLatin1Char('.') +
                             r.value(QLatin1String("name")).toString();
        const QString provider = CostResource::shortProviderName(r.value(QLatin1String("provider")).toString());
        const QJsonArray instances = r.value(QLatin1String("instances")).toArray();
        for (const QJsonValue &iv : instances) {
            const QJsonObject inst = iv.toObject();
            if (inst.contains(QLatin1String("deposed")))
                continue; // a deposed object is on its way out; priced in the plan that deletes it
            out << CostResource{base + indexSuffix(inst.value(QLatin1String("index_key"))), type, module, provider,
                                inst.value(QLatin1String("attributes")).toObject()};
        }
    }
    return out;
}

} // namespace Infradeck
