#include "SopsNode.h"

#include <QCoreApplication>

namespace Infradeck {

QString SopsValue::typeName(Type type)
{
    switch (type) {
    case Type::Str: return QStringLiteral("str");
    case Type::Int: return QStringLiteral("int");
    case Type::Float: return QStringLiteral("float");
    case Type::Bool: return QStringLiteral("bool");
    case Type::Bytes: return QStringLiteral("bytes");
    case Type::Comment: return QStringLiteral("comment");
    case Type::Null: return QStringLiteral("null");
    }
    return {};
}

bool SopsValue::typeFromName(QByteArrayView name, Type &type)
{
    static const std::pair<const char *, Type> names[] = {{"str", Type::Str},     {"int", Type::Int},
                                                          {"float", Type::Float}, {"bool", Type::Bool},
                                                          {"bytes", Type::Bytes}, {"comment", Type::Comment}};
    for (const auto &[n, t] : names)
        if (name == n) {
            type = t;
            return true;
        }
    return false;
}

SopsNode SopsNode::comment(QByteArrayView text)
{
    SopsNode n(Kind::Comment);
    if (text.startsWith("ENC[AES256_GCM,") && text.endsWith(']')) {
        n.value.type = SopsValue::Type::Comment;
        n.value.ciphertext = text.toByteArray();
        return n;
    }
    n.value = SopsValue(SopsValue::Type::Comment, SecureBytes(text));
    return n;
}

SopsNode SopsNode::cleartext(SopsValue::Type type, QByteArrayView text)
{
    return leaf(SopsValue(type, SecureBytes(text)));
}

const SopsNode *SopsNode::child(const QString &k) const
{
    if (kind != Kind::Map)
        return nullptr;
    for (const SopsNode &c : children)
        if (c.kind != Kind::Comment && c.key == k)
            return &c;
    return nullptr;
}

SopsNode *SopsNode::child(const QString &k)
{
    if (kind != Kind::Map)
        return nullptr;
    // Non-const iteration detaches a list shared with a copy of this tree before handing out a writable
    // pointer (a const_cast of the const lookup would let edits leak into every copy).
    for (SopsNode &c : children)
        if (c.kind != Kind::Comment && c.key == k)
            return &c;
    return nullptr;
}

QString SopsNode::text(const QString &k) const
{
    const SopsNode *c = child(k);
    if (!c || c->kind != Kind::Value)
        return {};
    if (!c->value.hasPlain) // metadata such as `mac` is stored as ENC[…]
        return QString::fromLatin1(c->value.ciphertext);
    return QString::fromUtf8(c->value.plain.view());
}

void SopsNode::setText(const QString &k, const QString &t, SopsValue::Type type)
{
    SopsNode leafNode = cleartext(type, t.toUtf8());
    leafNode.key = k;
    if (SopsNode *c = child(k))
        *c = std::move(leafNode);
    else
        children.append(std::move(leafNode));
}

void SopsNode::removeChild(const QString &k)
{
    children.removeIf([&](const SopsNode &c) { return c.kind != Kind::Comment && c.key == k; });
}

} // namespace Infradeck
