// A node of a SOPS document tree in file order: a map, a list, a leaf value or a comment.
#pragma once

#include "SopsValue.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Infradeck {

class SopsNode
{
public:
    enum class Kind { Map, List, Value, Comment };

    SopsNode() = default;
    explicit SopsNode(Kind kind) : kind(kind) {}
    static SopsNode map() { return SopsNode(Kind::Map); }
    static SopsNode list() { return SopsNode(Kind::List); }
    static SopsNode leaf(SopsValue v) { SopsNode n(Kind::Value); n.value = std::move(v); return n; }
    static SopsNode comment(QByteArrayView text);
    static SopsNode cleartext(SopsValue::Type type, QByteArrayView text); // metadata and unencrypted values

    bool isContainer() const { return kind == Kind::Map || kind == Kind::List; }
    bool isLeaf() const { return kind == Kind::Value || kind == Kind::Comment; }

    // Map lookup by key (first match), nullptr when absent or not a map.
    const SopsNode *child(const QString &key) const;
    SopsNode *child(const QString &key);
    // Cleartext scalar of a metadata leaf ("" when absent).
    QString text(const QString &key) const;
    void setText(const QString &key, const QString &text, SopsValue::Type type = SopsValue::Type::Str);
    void removeChild(const QString &key);

    Kind kind = Kind::Value;
    QString key;            // key in the parent map; empty for list items and comments
    QList<SopsNode> children;
    SopsValue value;        // for Value and Comment
    int line = -1;          // 1-based source line when known
};

} // namespace Infradeck
