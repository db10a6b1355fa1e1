#include "SopsDocument.h"

#include <QFileInfo>

namespace Infradeck {

SopsDocument::Format SopsDocument::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml"))
        return Format::Yaml;
    if (suffix == QLatin1String("json"))
        return Format::Json;
    if (suffix == QLatin1String("env"))
        return Format::Dotenv;
    if (suffix == QLatin1String("ini"))
        return Format::Ini;
    return Format::Binary;
}

QString SopsDocument::formatName(Format format)
{
    switch (format) {
    case Format::Yaml: return QStringLiteral("yaml");
    case Format::Json: return QStringLiteral("json");
    case Format::Dotenv: return QStringLiteral("dotenv");
    case Format::Ini: return QStringLiteral("ini");
    case Format::Binary: return QStringLiteral("binary");
    }
    return {};
}

QByteArrayView SopsDocument::leafText(const SopsValue &value, bool plaintext)
{
    if (!plaintext && !value.ciphertext.isEmpty())
        return value.ciphertext;
    return value.plain.view();
}

namespace {
void flattenInto(const SopsNode &node, const QString &prefix, QList<QPair<QString, QByteArray>> &out)
{
    if (node.kind == SopsNode::Kind::Map) {
        for (const SopsNode &c : node.children) {
            if (c.kind == SopsNode::Kind::Comment)
                continue;
            flattenInto(c, prefix.isEmpty() ? c.key : prefix + QStringLiteral("__map_") + c.key, out);
        }
    } else if (node.kind == SopsNode::Kind::List) {
        int i = 0;
        for (const SopsNode &c : node.children)
            if (c.kind != SopsNode::Kind::Comment)
                flattenInto(c, prefix + QStringLiteral("__list_") + QString::number(i++), out);
    } else if (node.kind == SopsNode::Kind::Value) {
        QByteArray text = SopsDocument::leafText(node.value, false).toByteArray();
        if (node.value.type == SopsValue::Type::Bool)
            text = text.toLower();
        out.append({prefix, text.replace('\n', "\\n")});
    }
}
} // namespace

QList<QPair<QString, QByteArray>> SopsDocument::flattenMetadata(const SopsNode &metadata)
{
    QList<QPair<QString, QByteArray>> out;
    for (const SopsNode &c : metadata.children) {
        if (c.kind == SopsNode::Kind::Comment)
            continue;
        // Empty lists (kms: [], pgp: []) have no flat form; sops omits them too.
        flattenInto(c, c.key, out);
    }
    return out;
}

SopsNode SopsDocument::unflattenMetadata(const QList<QPair<QString, QByteArray>> &flat)
{
    SopsNode root = SopsNode::map();
    for (const auto &[key, raw] : flat) {
        const QStringList parts = key.split(QStringLiteral("__"));
        SopsNode *cur = &root;
        for (int i = 0; i < parts.size(); ++i) {
            const bool lastPart = i == parts.size() - 1;
            QString part = parts[i];
            if (i > 0) {
                if (part.startsWith(QLatin1String("list_"))) {
                    bool ok = false;
                    const int index = part.mid(5).toInt(&ok);
                    if (!ok || cur->kind != SopsNode::Kind::List)
                        break;
                    while (cur->children.size() <= index)
                        cur->children.append(SopsNode::map());
                    if (lastPart) {
                        cur->children[index] = SopsNode::cleartext(SopsValue::Type::Str, QByteArray(raw).replace("\\n", "\n"));
                        break;
                    }
                    cur = &cur->children[index];
                    const QString next = parts[i + 1];
                    if (next.startsWith(QLatin1String("list_")) && cur->kind != SopsNode::Kind::List && cur->children.isEmpty())
                        cur->kind = SopsNode::Kind::List;
                    continue;
                }
                if (part.startsWith(QLatin1String("map_")))
                    part = part.mid(4);
            }
            if (lastPart) {
                SopsNode leaf = SopsNode::cleartext(SopsValue::Type::Str, QByteArray(raw).replace("\\n", "\n"));
                leaf.key = part;
                if (SopsNode *existing = cur->child(part))
                    *existing = std::move(leaf);
                else
                    cur->children.append(std::move(leaf));
                break;
            }
            SopsNode *next = cur->child(part);
            if (!next) {
                SopsNode n = parts[i + 1].startsWith(QLatin1String("list_")) ? SopsNode::list() : SopsNode::map();
                n.key = part;
                cur->children.append(std::move(n));
                next = &cur->children.last();
            }
            cur = next;
        }
    }
    return root;
}

} // namespace Infradeck
