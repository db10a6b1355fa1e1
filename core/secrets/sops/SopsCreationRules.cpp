#include "SopsCreationRules.h"

#include <QCoreApplication>
#include <QFile>

#include <yaml-cpp/yaml.h>

namespace Infradeck {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Infradeck::SopsCreationRules)
};

// age recipients come as a comma-separated string (often folded with >-) or a list.
bool readRecipients(const YAML::Node &node, QList<AgeRecipient> &out, QString &bad)
{
    QStringList texts;
    if (node.IsScalar()) {
        texts = QString::fromStdString(node.as<std::string>()).split(QLatin1Char(','), Qt::SkipEmptyParts);
    } else if (node.IsSequence()) {
        for (const YAML::Node &n : node)
            if (n.IsScalar())
                texts << QString::fromStdString(n.as<std::string>());
    }
    for (const QString &t : texts) {
        auto r = AgeRecipient::parse(t.trimmed());
        if (!r) {
            bad = t.trimmed();
            return false;
        }
        out.append(r.value());
    }
    return true;
}

bool nonEmpty(const YAML::Node &n)
{
    return n && ((n.IsScalar() && !n.as<std::string>().empty()) || (n.IsSequence() && n.size() > 0));
}
} // namespace

Result<SopsCreationRules> SopsCreationRules::parse(QByteArrayView yaml, const QString &source)
{
    SopsCreationRules result;
    try {
        const YAML::Node root = YAML::Load(std::string(yaml.data(), std::size_t(yaml.size())));
        if (!root.IsMap())
            return Error(Tr::tr("not a .sops.yaml file: the top level is not a map"), source).expecting(QStringLiteral("creation_rules:"));
        const YAML::Node rules = root["creation_rules"];
        if (!rules)
            return result;
        if (!rules.IsSequence())
            return Error(Tr::tr("creation_rules is not a list"), source).atPath(QStringLiteral("creation_rules")).expecting(Tr::tr("a list"));
        int index = 0;
        for (const YAML::Node &r : rules) {
            const QString path = QStringLiteral("creation_rules[%1]").arg(index++);
            if (!r.IsMap())
                return Error(Tr::tr("a creation rule is not a map"), source).atPath(path).at(r.Mark().line + 1);
            Rule rule;
            if (r["path_regex"])
                rule.pathRegex = QString::fromStdString(r["path_regex"].as<std::string>());
            QString bad;
            if (r["age"] && !readRecipients(r["age"], rule.age, bad))
                return Error(Tr::tr("invalid age recipient '%1'").arg(bad), source).atPath(path + QStringLiteral(".age")).at(r["age"].Mark().line + 1);
            rule.hasPgp = nonEmpty(r["pgp"]);
            rule.hasKms = nonEmpty(r["kms"]) || nonEmpty(r["gcp_kms"]) || nonEmpty(r["azure_keyvault"]) || nonEmpty(r["hc_vault_transit_uri"]);
            if (const YAML::Node groups = r["key_groups"]; groups && groups.IsSequence()) {
                for (const YAML::Node &g : groups) {
                    ++rule.keyGroups;
                    if (g["age"] && !readRecipients(g["age"], rule.age, bad))
                        return Error(Tr::tr("invalid age recipient '%1'").arg(bad), source).atPath(path + QStringLiteral(".key_groups")).at(g["age"].Mark().line + 1);
                    rule.hasPgp |= nonEmpty(g["pgp"]);
                }
            }
            if (r["shamir_threshold"])
                rule.shamirThreshold = r["shamir_threshold"].as<int>();
            int kinds = 0;
            const std::pair<const char *, SopsMetadata::RuleKind> names[] = {
                {"unencrypted_suffix", SopsMetadata::RuleKind::UnencryptedSuffix},
                {"encrypted_suffix", SopsMetadata::RuleKind::EncryptedSuffix},
                {"unencrypted_regex", SopsMetadata::RuleKind::UnencryptedRegex},
                {"encrypted_regex", SopsMetadata::RuleKind::EncryptedRegex}};
            for (const auto &[name, kind] : names) {
                if (!r[name])
                    continue;
                ++kinds;
                rule.metadata.ruleKind = kind;
                rule.metadata.rule = QString::fromStdString(r[name].as<std::string>());
            }
            if (kinds > 1)
                return Error(Tr::tr("more than one of unencrypted_suffix, encrypted_suffix, unencrypted_regex and encrypted_regex"),
                             source).atPath(path).expecting(Tr::tr("at most one"));
            if (r["mac_only_encrypted"])
                rule.metadata.macOnlyEncrypted = r["mac_only_encrypted"].as<bool>();
            if (!QRegularExpression(rule.pathRegex).isValid())
                return Error(Tr::tr("invalid path_regex"), source).atPath(path + QStringLiteral(".path_regex"));
            // Re-read the rule fields through SopsMetadata so that regexes are compiled once.
            SopsNode meta = SopsNode::map();
            meta.setText(QStringLiteral("lastmodified"), QStringLiteral("-"));
            static const char *const keys[] = {"unencrypted_suffix", "encrypted_suffix", "unencrypted_regex", "encrypted_regex"};
            meta.setText(QString::fromLatin1(keys[int(rule.metadata.ruleKind)]), rule.metadata.rule);
            auto parsed = SopsMetadata::fromNode(meta, source);
            if (!parsed)
                return Error(parsed.error().message, source).atPath(path);
            const bool macOnly = rule.metadata.macOnlyEncrypted;
            rule.metadata = parsed.value();
            rule.metadata.macOnlyEncrypted = macOnly;
            result.rules.append(std::move(rule));
        }
    } catch (const YAML::Exception &e) {
        return Error(Tr::tr("invalid .sops.yaml: %1").arg(QString::fromStdString(e.msg)), source).at(e.mark.line + 1, e.mark.column + 1);
    }
    return result;
}

Result<SopsCreationRules> SopsCreationRules::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Tr::tr("cannot open .sops.yaml: %1").arg(f.errorString()), path);
    return parse(f.readAll(), path);
}

const SopsCreationRules::Rule *SopsCreationRules::match(const QString &relativePath) const
{
    for (const Rule &r : rules)
        if (r.pathRegex.isEmpty() || QRegularExpression(r.pathRegex).match(relativePath).hasMatch())
            return &r;
    return nullptr;
}

} // namespace Infradeck
