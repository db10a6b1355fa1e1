#include "SopsFile.h"

#include "SopsCipher.h"
#include "SopsDotenvStore.h"
#include "SopsIniStore.h"
#include "SopsJsonStore.h"
#include "SopsYamlStore.h"

#include "common/Logging.h"
#include "secrets/Crypto.h"
#include "secrets/age/Age.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSaveFile>

#include <algorithm>

namespace Infradeck {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Infradeck::SopsFile)
};

constexpr auto kVersion = "3.9.4"; // the sops format version Infradeck writes

// Visits leaves and comments in document order. keyPath holds map keys only (the AAD), fullPath list indices too.
template<typename Node, typename F>
void walk(Node &node, QStringList &keyPath, QStringList &fullPath, F &&f)
{
    int index = 0;
    for (auto &c : node.children) {
        const bool isMap = node.kind == SopsNode::Kind::Map;
        if (c.kind == SopsNode::Kind::Comment) {
            f(c, keyPath, fullPath);
            continue;
        }
        if (isMap) {
            keyPath.append(c.key);
            fullPath.append(c.key);
        } else {
            fullPath.append(QString::number(index));
        }
        ++index;
        if (c.isContainer())
            walk(c, keyPath, fullPath, f);
        else
            f(c, keyPath, fullPath);
        fullPath.removeLast();
        if (isMap)
            keyPath.removeLast();
    }
}

QByteArray aadFor(const QStringList &keyPath)
{
    QByteArray aad;
    for (const QString &k : keyPath)
        aad += k.toUtf8() + ':';
    return aad;
}

QString joinPath(const QStringList &p)
{
    return p.isEmpty() ? QStringLiteral("(top level)") : p.join(QLatin1Char('.'));
}

Result<SopsDocument> parseFormat(QByteArrayView bytes, SopsDocument::Format format, const QString &source)
{
    switch (format) {
    case SopsDocument::Format::Yaml: return SopsYamlStore::parse(bytes, source);
    case SopsDocument::Format::Json:
    case SopsDocument::Format::Binary: return SopsJsonStore::parse(bytes, source);
    case SopsDocument::Format::Dotenv: return SopsDotenvStore::parse(bytes, source);
    case SopsDocument::Format::Ini: return SopsIniStore::parse(bytes, source);
    }
    return Error(Tr::tr("unknown format"), source);
}

QByteArray emitFormat(const SopsDocument &doc, SopsDocument::Format format, bool plaintext, bool withMetadata)
{
    switch (format) {
    case SopsDocument::Format::Yaml: return SopsYamlStore::emit(doc, plaintext, withMetadata);
    case SopsDocument::Format::Json:
    case SopsDocument::Format::Binary: return SopsJsonStore::emit(doc, plaintext, withMetadata);
    case SopsDocument::Format::Dotenv: return SopsDotenvStore::emit(doc, plaintext, withMetadata);
    case SopsDocument::Format::Ini: return SopsIniStore::emit(doc, plaintext, withMetadata);
    }
    return {};
}
} // namespace

Result<SopsFile> SopsFile::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Tr::tr("cannot open SOPS file: %1").arg(f.errorString()), path);
    const QByteArray bytes = f.readAll();
    return fromBytes(bytes, SopsDocument::formatForPath(path), path);
}

Result<SopsFile> SopsFile::fromBytes(QByteArrayView bytes, Format format, const QString &source)
{
    if (bytes.trimmed().isEmpty())
        return Error(Tr::tr("empty file: not a SOPS document"), source).expecting(Tr::tr("a SOPS-encrypted %1 file").arg(SopsDocument::formatName(format)));
    auto doc = parseFormat(bytes, format, source);
    if (!doc)
        return doc.error();
    if (!doc->hasMetadata)
        return Error(Tr::tr("not a SOPS-encrypted file: no 'sops' metadata"), source).expecting(Tr::tr("a 'sops' section"));
    auto meta = SopsMetadata::fromNode(doc->metadata, source);
    if (!meta)
        return meta.error();
    SopsFile file;
    file.m_format = format;
    file.m_source = source;
    file.m_document = std::move(doc.value());
    file.m_metadata = std::move(meta.value());
    if (format == Format::Binary && !file.m_document.root.child(QStringLiteral("data")))
        return Error(Tr::tr("binary SOPS file without a 'data' key"), source).expecting(QStringLiteral("data"));
    return file;
}

Result<SecureBytes> SopsFile::unwrapDataKey(const QList<AgeIdentity> &identities) const
{
    const SopsMetadata &m = m_metadata;
    if (m.keyGroups > 1 && m.shamirThreshold > 1)
        return Error(Tr::tr("the data key is split across %1 key groups with Shamir threshold %2: not supported")
                         .arg(m.keyGroups).arg(m.shamirThreshold), m_source).atPath(QStringLiteral("sops.key_groups"));
    if (m.age.isEmpty()) {
        QStringList others;
        if (m.hasPgp) others << QStringLiteral("PGP");
        if (m.hasKms) others << QStringLiteral("AWS KMS");
        if (m.hasGcpKms) others << QStringLiteral("GCP KMS");
        if (m.hasAzureKv) others << QStringLiteral("Azure Key Vault");
        if (m.hasHcVault) others << QStringLiteral("HashiCorp Vault");
        if (m.hasPgp)
            return Error(Tr::tr("this file needs a PGP key, not supported (it has no age recipients)"), m_source)
                .atPath(QStringLiteral("sops.pgp")).expecting(Tr::tr("an age recipient"));
        if (!others.isEmpty())
            return Error(Tr::tr("this file needs %1, not supported (it has no age recipients)").arg(others.join(QStringLiteral(", "))),
                         m_source).expecting(Tr::tr("an age recipient"));
        return Error(Tr::tr("the SOPS metadata has no key to decrypt the data key with"), m_source)
            .atPath(QStringLiteral("sops")).expecting(Tr::tr("an age recipient"));
    }
    QStringList recipients;
    for (const SopsMetadata::AgeKey &k : m.age) {
        recipients << k.recipient;
        auto key = Age::decrypt(k.enc, identities, m_source);
        if (!key)
            continue;
        if (key->size() != 32)
            return Error(Tr::tr("the data key for %1 has %2 bytes").arg(k.recipient).arg(key->size()), m_source)
                .expecting(Tr::tr("32 bytes"));
        return std::move(key.value());
    }
    return Error(Tr::tr("no identity matches any recipient stanza (the file is encrypted to %1)").arg(recipients.join(QStringLiteral(", "))),
                 m_source).atPath(QStringLiteral("sops.age"));
}

QByteArray SopsFile::computeMac() const
{
    SecureBytes all;
    QStringList keyPath, fullPath;
    walk(m_document.root, keyPath, fullPath, [&](const SopsNode &n, const QStringList &kp, const QStringList &) {
        if (n.kind == SopsNode::Kind::Comment)
            return;
        if (m_metadata.macOnlyEncrypted && !m_metadata.shouldEncrypt(kp))
            return;
        all.append(SopsCipher::canonicalBytes(n.value).view());
    });
    return Crypto::sha512(all.view()).toHex().toUpper();
}

Errors SopsFile::decrypt(const QList<AgeIdentity> &identities)
{
    auto key = unwrapDataKey(identities);
    if (!key)
        return {key.error()};
    SecureBytes dataKey = std::move(key.value());
    Errors errors;
    QStringList keyPath, fullPath;
    walk(m_document.root, keyPath, fullPath, [&](SopsNode &n, const QStringList &kp, const QStringList &fp) {
        if (!n.value.isEncrypted())
            return;
        auto v = SopsCipher::decrypt(n.value.ciphertext, dataKey, aadFor(kp));
        if (!v) {
            Error e = v.error();
            e.source = m_source;
            e.atPath(joinPath(fp));
            if (n.line > 0)
                e.at(n.line);
            errors.append(e);
            return;
        }
        n.value = std::move(v.value());
    });
    if (!errors.isEmpty())
        return errors;
    if (m_metadata.mac.isEmpty())
        return {Error(Tr::tr("the file has no MAC: its integrity cannot be checked"), m_source).atPath(QStringLiteral("sops.mac"))
                    .expecting(Tr::tr("an encrypted MAC"))};
    auto stored = SopsCipher::decrypt(m_metadata.mac, dataKey, m_metadata.lastModified.toUtf8());
    if (!stored)
        return {Error(Tr::tr("the MAC does not decrypt: the MAC or lastmodified was modified"), m_source)
                    .atPath(QStringLiteral("sops.mac"))};
    if (!Crypto::constantTimeEquals(stored->plain.view(), computeMac()))
        return {Error(Tr::tr("MAC mismatch: the file was modified after it was encrypted (values added, removed or reordered)"),
                      m_source).atPath(QStringLiteral("sops.mac"))};
    m_dataKey = std::move(dataKey);
    qCDebug(lcSecrets) << "decrypted" << m_source << "with" << entries().size() << "entries";
    return {};
}

QList<SopsFile::Entry> SopsFile::entries() const
{
    QList<Entry> out;
    QStringList keyPath, fullPath;
    walk(m_document.root, keyPath, fullPath, [&](const SopsNode &n, const QStringList &, const QStringList &fp) {
        Entry e;
        e.path = fp;
        e.type = n.kind == SopsNode::Kind::Comment ? SopsValue::Type::Comment : n.value.type;
        e.isComment = n.kind == SopsNode::Kind::Comment;
        e.isEncrypted = n.value.isEncrypted();
        e.hasPlaintext = n.value.hasPlain;
        out.append(e);
    });
    return out;
}

const SopsNode *SopsFile::findNode(const QStringList &path) const
{
    // Read-only walk: never detaches (a const_cast to the writable walk would copy shared trees on reads).
    const SopsNode *cur = &m_document.root;
    for (const QString &p : path) {
        if (cur->kind == SopsNode::Kind::Map) {
            cur = cur->child(p);
        } else if (cur->kind == SopsNode::Kind::List) {
            bool ok = false;
            const int idx = p.toInt(&ok);
            const SopsNode *found = nullptr;
            int k = 0;
            for (const SopsNode &c : cur->children)
                if (c.kind != SopsNode::Kind::Comment && k++ == idx)
                    found = &c;
            cur = ok ? found : nullptr;
        } else {
            cur = nullptr;
        }
        if (!cur)
            return nullptr;
    }
    return cur;
}

SopsNode *SopsFile::findNode(const QStringList &path, SopsNode **parent)
{
    SopsNode *cur = &m_document.root;
    SopsNode *par = nullptr;
    for (const QString &p : path) {
        par = cur;
        if (cur->kind == SopsNode::Kind::Map) {
            cur = cur->child(p);
        } else if (cur->kind == SopsNode::Kind::List) {
            bool ok = false;
            const int idx = p.toInt(&ok);
            SopsNode *found = nullptr;
            int k = 0;
            for (SopsNode &c : cur->children)
                if (c.kind != SopsNode::Kind::Comment && k++ == idx)
                    found = &c;
            cur = ok ? found : nullptr;
        } else {
            cur = nullptr;
        }
        if (!cur)
            return nullptr;
    }
    if (parent)
        *parent = par;
    return cur;
}

const SopsValue *SopsFile::value(const QStringList &path) const
{
    const SopsNode *n = findNode(path);
    return n && n->kind == SopsNode::Kind::Value ? &n->value : nullptr;
}

Errors SopsFile::needsDecrypted() const
{
    if (!isDecrypted())
        return {Error(Tr::tr("decrypt the file before editing it"), m_source)};
    return {};
}

Errors SopsFile::setValue(const QStringList &path, SopsValue v)
{
    if (Errors e = needsDecrypted(); !e.isEmpty())
        return e;
    if (path.isEmpty())
        return {Error(Tr::tr("empty path"), m_source)};
    const int maxDepth = m_format == Format::Dotenv ? 1 : m_format == Format::Ini ? 2 : -1;
    if (maxDepth > 0 && path.size() != maxDepth)
        return {Error(Tr::tr("a %1 file holds values at depth %2 only").arg(SopsDocument::formatName(m_format)).arg(maxDepth),
                      m_source).atPath(joinPath(path))};
    if (m_format == Format::Dotenv || m_format == Format::Ini) {
        if (v.type != SopsValue::Type::Str) // these stores keep strings only
            v = SopsValue(SopsValue::Type::Str, SopsCipher::canonicalBytes(v));
    } else if (m_format == Format::Json && v.type == SopsValue::Type::Int) {
        v.type = SopsValue::Type::Float;
    }
    v.hasPlain = true;
    v.dirty = true;
    v.ciphertext.clear();
    SopsNode *cur = &m_document.root;
    for (int i = 0; i < path.size(); ++i) {
        const bool last = i == path.size() - 1;
        SopsNode *next = nullptr;
        if (cur->kind == SopsNode::Kind::List) {
            bool ok = false;
            const int idx = path[i].toInt(&ok);
            int k = 0;
            for (SopsNode &c : cur->children)
                if (c.kind != SopsNode::Kind::Comment && k++ == idx)
                    next = &c;
            if (!next) {
                if (!ok || idx != k)
                    return {Error(Tr::tr("list index %1 out of range").arg(path[i]), m_source).atPath(joinPath(path.mid(0, i + 1)))};
                cur->children.append(last ? SopsNode::leaf({}) : SopsNode::map());
                next = &cur->children.last();
            }
        } else if (cur->kind == SopsNode::Kind::Map) {
            next = cur->child(path[i]);
            if (!next) {
                SopsNode n = last ? SopsNode::leaf({}) : SopsNode::map();
                n.key = path[i];
                cur->children.append(std::move(n));
                next = &cur->children.last();
            }
        } else {
            return {Error(Tr::tr("'%1' is a value, not a map or list").arg(joinPath(path.mid(0, i))), m_source)};
        }
        cur = next;
    }
    if (cur->isContainer())
        return {Error(Tr::tr("'%1' is a map or list; remove it before replacing it with a value").arg(joinPath(path)), m_source)};
    cur->kind = SopsNode::Kind::Value;
    cur->value = std::move(v);
    return {};
}

Errors SopsFile::remove(const QStringList &path)
{
    if (Errors e = needsDecrypted(); !e.isEmpty())
        return e;
    SopsNode *parent = nullptr;
    SopsNode *n = findNode(path, &parent);
    if (!n || !parent)
        return {Error(Tr::tr("no value at %1").arg(joinPath(path)), m_source)};
    for (qsizetype k = 0; k < parent->children.size(); ++k)
        if (&parent->children[k] == n) {
            parent->children.removeAt(k);
            break;
        }
    return {};
}

Errors SopsFile::addRecipient(const AgeRecipient &recipient)
{
    if (Errors e = needsDecrypted(); !e.isEmpty())
        return e;
    for (const SopsMetadata::AgeKey &k : m_metadata.age)
        if (k.recipient == recipient.toString())
            return {};
    auto enc = Age::encrypt(m_dataKey.view(), {recipient}, true);
    if (!enc)
        return {enc.error()};
    m_metadata.age.append({recipient.toString(), enc.value()});
    return {};
}

Errors SopsFile::removeRecipient(const QString &recipient)
{
    const qsizetype matching = std::count_if(m_metadata.age.cbegin(), m_metadata.age.cend(),
                                             [&](const SopsMetadata::AgeKey &k) { return k.recipient == recipient; });
    if (matching == 0)
        return {Error(Tr::tr("%1 is not a recipient of this file").arg(recipient), m_source)};
    if (matching == m_metadata.age.size())
        return {Error(Tr::tr("cannot remove the last recipient: nobody could open the file"), m_source)};
    // The data key stays the same: rotate it too if the removed key may have seen it.
    m_metadata.age.removeIf([&](const SopsMetadata::AgeKey &k) { return k.recipient == recipient; });
    return {};
}

Errors SopsFile::rotateDataKey()
{
    if (Errors e = needsDecrypted(); !e.isEmpty())
        return e;
    QList<AgeRecipient> recipients;
    for (const SopsMetadata::AgeKey &k : m_metadata.age) {
        auto r = AgeRecipient::parse(k.recipient);
        if (!r)
            return {Error(r.error().message, m_source).atPath(QStringLiteral("sops.age"))};
        recipients.append(r.value());
    }
    m_dataKey = Crypto::randomBytes(32);
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        auto enc = Age::encrypt(m_dataKey.view(), {recipients[i]}, true);
        if (!enc)
            return {enc.error()};
        m_metadata.age[i].enc = enc.value();
    }
    QStringList keyPath, fullPath;
    walk(m_document.root, keyPath, fullPath, [&](SopsNode &n, const QStringList &, const QStringList &) {
        if (n.value.isEncrypted()) {
            n.value.dirty = true;
            n.value.ciphertext.clear();
        }
    });
    return {};
}

Result<QByteArray> SopsFile::serialize()
{
    if (Errors e = needsDecrypted(); !e.isEmpty())
        return e.first();
    QStringList keyPath, fullPath;
    walk(m_document.root, keyPath, fullPath, [&](SopsNode &n, const QStringList &kp, const QStringList &) {
        SopsValue &v = n.value;
        if (!v.dirty)
            return; // unchanged: keeps its exact ciphertext (or stays cleartext)
        const bool emptyString = v.plain.isEmpty() && (v.type == SopsValue::Type::Str || v.type == SopsValue::Type::Comment);
        if (m_metadata.shouldEncrypt(kp) && !emptyString && v.type != SopsValue::Type::Null)
            v.ciphertext = SopsCipher::encrypt(v, m_dataKey, aadFor(kp));
        else
            v.ciphertext.clear();
        v.dirty = false;
    });
    m_metadata.lastModified = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    m_metadata.mac = SopsCipher::encryptBytes(computeMac(), SopsValue::Type::Str, m_dataKey, m_metadata.lastModified.toUtf8());
    m_metadata.applyTo(m_document.metadata);
    m_document.hasMetadata = true;
    return emitFormat(m_document, m_format, false, true);
}

Errors SopsFile::save(const QString &path)
{
    const QString target = path.isEmpty() ? m_source : path;
    auto bytes = serialize();
    if (!bytes)
        return {bytes.error()};
    QSaveFile f(target);
    if (!f.open(QIODevice::WriteOnly))
        return {Error(Tr::tr("cannot write SOPS file: %1").arg(f.errorString()), target)};
    f.write(bytes.value());
    if (!f.commit())
        return {Error(Tr::tr("cannot write SOPS file: %1").arg(f.errorString()), target)};
    m_source = target;
    return {};
}

QByteArray SopsFile::emitDecrypted() const
{
    if (m_format == Format::Binary) {
        const SopsNode *data = m_document.root.child(QStringLiteral("data"));
        return data ? data->value.plain.toByteArrayUnsafe() : QByteArray();
    }
    return emitFormat(m_document, m_format, true, false);
}

Result<SopsFile> SopsFile::encryptNew(const SopsNode &tree, const QList<AgeRecipient> &recipients, Format format,
                                      const SopsMetadata *metadataTemplate)
{
    if (recipients.isEmpty())
        return Error(Tr::tr("no age recipients given"));
    if (tree.kind != SopsNode::Kind::Map)
        return Error(Tr::tr("a SOPS document must be a map at the top level"));
    SopsFile file;
    file.m_format = format;
    file.m_document.root = tree;
    if (format == Format::Json || format == Format::Binary)
        file.m_document.jsonIndent = "\t";
    if (metadataTemplate) {
        file.m_metadata = *metadataTemplate;
        file.m_metadata.age.clear();
    }
    file.m_metadata.version = QString::fromLatin1(kVersion);
    file.m_dataKey = Crypto::randomBytes(32);
    for (const AgeRecipient &r : recipients) {
        auto enc = Age::encrypt(file.m_dataKey.view(), {r}, true);
        if (!enc)
            return enc.error();
        file.m_metadata.age.append({r.toString(), enc.value()});
    }
    SopsNode &meta = file.m_document.metadata;
    meta = SopsNode::map();
    meta.children.append(SopsNode::list());
    meta.children.last().key = QStringLiteral("age");
    meta.setText(QStringLiteral("lastmodified"), {});
    meta.setText(QStringLiteral("mac"), {});
    static const char *const ruleNames[] = {"unencrypted_suffix", "encrypted_suffix", "unencrypted_regex", "encrypted_regex"};
    meta.setText(QString::fromLatin1(ruleNames[int(file.m_metadata.ruleKind)]), file.m_metadata.rule);
    if (file.m_metadata.macOnlyEncrypted)
        meta.setText(QStringLiteral("mac_only_encrypted"), QStringLiteral("true"), SopsValue::Type::Bool);
    meta.setText(QStringLiteral("version"), file.m_metadata.version);
    file.m_document.hasMetadata = true;
    QStringList keyPath, fullPath;
    walk(file.m_document.root, keyPath, fullPath, [&](SopsNode &n, const QStringList &, const QStringList &) {
        n.value.ciphertext.clear();
        n.value.hasPlain = true;
        n.value.dirty = true;
        if ((format == Format::Dotenv || format == Format::Ini) && n.kind == SopsNode::Kind::Value
            && n.value.type != SopsValue::Type::Str)
            n.value = SopsValue(SopsValue::Type::Str, SopsCipher::canonicalBytes(n.value)), n.value.dirty = true;
    });
    return file;
}

} // namespace Infradeck
