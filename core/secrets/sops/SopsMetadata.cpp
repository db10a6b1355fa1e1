#include "SopsMetadata.h"

#include <QCoreApplication>

namespace Infradeck {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Infradeck::SopsMetadata)
};
bool nonEmptyList(const SopsNode *n)
{
    if (!n)
        return false;
    if (n->kind == SopsNode::Kind::List || n->kind == SopsNode::Kind::Map) {
        for (const SopsNode &c : n->children)
            if (c.kind != SopsNode::Kind::Comment)
                return true;
        return false;
    }
    return n->value.hasPlain && !n->value.plain.isEmpty();
}
void readAge(const SopsNode *list, QList<SopsMetadata::AgeKey> &out)
{
    if (!list || list->kind != SopsNode::Kind::List)
        return;
    for (const SopsNode &e : list->children) {
        if (e.kind != SopsNode::Kind::Map)
            continue;
        out.append({e.text(QStringLiteral("recipient")), e.text(QStringLiteral("enc")).toLatin1()});
    }
}
} // namespace

Result<SopsMetadata> SopsMetadata::fromNode(const SopsNode &node, const QString &source)
{
    SopsMetadata m;
    readAge(node.child(QStringLiteral("age")), m.age);
    m.hasPgp = nonEmptyList(node.child(QStringLiteral("pgp")));
    m.hasKms = nonEmptyList(node.child(QStringLiteral("kms")));
    m.hasGcpKms = nonEmptyList(node.child(QStringLiteral("gcp_kms")));
    m.hasAzureKv = nonEmptyList(node.child(QStringLiteral("azure_kv")));
    m.hasHcVault = nonEmptyList(node.child(QStringLiteral("hc_vault")));
    if (const SopsNode *groups = node.child(QStringLiteral("key_groups")); groups && groups->kind == SopsNode::Kind::List) {
        for (const SopsNode &g : groups->children) {
            if (g.kind != SopsNode::Kind::Map)
                continue;
            ++m.keyGroups;
            if (m.keyGroups == 1 && m.age.isEmpty()) {
                readAge(g.child(QStringLiteral("age")), m.age);
                m.m_ageInKeyGroups = !m.age.isEmpty();
            }
            m.hasPgp |= nonEmptyList(g.child(QStringLiteral("pgp")));
            m.hasKms |= nonEmptyList(g.child(QStringLiteral("kms")));
            m.hasGcpKms |= nonEmptyList(g.child(QStringLiteral("gcp_kms")));
            m.hasAzureKv |= nonEmptyList(g.child(QStringLiteral("azure_kv")));
            m.hasHcVault |= nonEmptyList(g.child(QStringLiteral("hc_vault")));
        }
    }
    m.shamirThreshold = node.text(QStringLiteral("shamir_threshold")).toInt();
    m.lastModified = node.text(QStringLiteral("lastmodified"));
    m.mac = node.text(QStringLiteral("mac")).toLatin1();
    m.version = node.text(QStringLiteral("version"));
    const QString only = node.text(QStringLiteral("mac_only_encrypted")).toLower();
    m.macOnlyEncrypted = only == QLatin1String("true");

    const std::pair<const char *, RuleKind> rules[] = {{"unencrypted_suffix", RuleKind::UnencryptedSuffix},
                                                       {"encrypted_suffix", RuleKind::EncryptedSuffix},
                                                       {"unencrypted_regex", RuleKind::UnencryptedRegex},
                                                       {"encrypted_regex", RuleKind::EncryptedRegex}};
    int found = 0;
    for (const auto &[name, kind] : rules) {
        const QString v = node.text(QString::fromLatin1(name));
        if (v.isEmpty())
            continue;
        ++found;
        m.ruleKind = kind;
        m.rule = v;
    }
    if (found > 1)
        return Error(Tr::tr("more than one of unencrypted_suffix, encrypted_suffix, unencrypted_regex and encrypted_regex is set"),
                     source).atPath(QStringLiteral("sops")).expecting(Tr::tr("at most one"));
    if (m.ruleKind == RuleKind::UnencryptedRegex || m.ruleKind == RuleKind::EncryptedRegex) {
        m.m_regex = QRegularExpression(m.rule);
        if (!m.m_regex.isValid())
            return Error(Tr::tr("invalid regular expression '%1': %2").arg(m.rule, m.m_regex.errorString()), source)
                .atPath(QStringLiteral("sops"));
    }
    if (m.lastModified.isEmpty())
        return Error(Tr::tr("SOPS metadata has no lastmodified"), source).atPath(QStringLiteral("sops.lastmodified"))
            .expecting(Tr::tr("an RFC 3339 time"));
    return m;
}

void SopsMetadata::applyTo(SopsNode &node) const
{
    SopsNode list = SopsNode::list();
    list.key = QStringLiteral("age");
    for (const AgeKey &k : age) {
        SopsNode e = SopsNode::map();
        e.setText(QStringLiteral("recipient"), k.recipient);
        e.setText(QStringLiteral("enc"), QString::fromLatin1(k.enc));
        list.children.append(std::move(e));
    }
    SopsNode *target = &node;
    if (m_ageInKeyGroups) {
        SopsNode *groups = node.child(QStringLiteral("key_groups"));
        for (SopsNode &g : groups->children)
            if (g.kind == SopsNode::Kind::Map) {
                target = &g;
                break;
            }
    }
    if (SopsNode *existing = target->child(QStringLiteral("age")))
        *existing = std::move(list);
    else
        target->children.append(std::move(list));
    node.setText(QStringLiteral("lastmodified"), lastModified);
    node.setText(QStringLiteral("mac"), QString::fromLatin1(mac));
    if (!version.isEmpty())
        node.setText(QStringLiteral("version"), version);
}

bool SopsMetadata::shouldEncrypt(const QStringList &keyPath) const
{
    switch (ruleKind) {
    case RuleKind::UnencryptedSuffix:
        for (const QString &k : keyPath)
            if (k.endsWith(rule))
                return false;
        return true;
    case RuleKind::EncryptedSuffix:
        for (const QString &k : keyPath)
            if (k.endsWith(rule))
                return true;
        return false;
    case RuleKind::UnencryptedRegex:
        for (const QString &k : keyPath)
            if (m_regex.match(k).hasMatch())
                return false;
        return true;
    case RuleKind::EncryptedRegex:
        for (const QString &k : keyPath)
            if (m_regex.match(k).hasMatch())
                return true;
        return false;
    }
    return true;
}

} // namespace Infradeck
