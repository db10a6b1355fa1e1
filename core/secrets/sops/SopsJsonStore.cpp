#include "SopsJsonStore.h"

#include <QCoreApplication>

namespace Infradeck {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Infradeck::SopsJsonStore)
};

class Parser
{
public:
    Parser(QByteArrayView t, const QString &source) : m_t(t), m_source(source) {}

    Result<SopsNode> parseDocument()
    {
        SopsNode root;
        ws();
        if (!value(root, 0, QStringLiteral("$")))
            return m_error;
        ws();
        if (m_p != m_t.size())
            return fail(Tr::tr("trailing data after the JSON document"), Tr::tr("end of file"));
        if (root.kind != SopsNode::Kind::Map)
            return fail(Tr::tr("the document is not a JSON object"), Tr::tr("an object at the top level"));
        return root;
    }

private:
    QByteArrayView m_t;
    qsizetype m_p = 0;
    QString m_source;
    Error m_error;
    QString m_path;

    Error fail(const QString &what, const QString &expected = {})
    {
        int line = 1, col = 1;
        for (qsizetype k = 0; k < m_p && k < m_t.size(); ++k) {
            if (m_t[k] == '\n') { ++line; col = 1; } else { ++col; }
        }
        m_error = Error(what, m_source).at(line, col).atOffset(m_p).atPath(m_path);
        if (!expected.isEmpty())
            m_error.expecting(expected);
        return m_error;
    }
    void ws()
    {
        while (m_p < m_t.size() && (m_t[m_p] == ' ' || m_t[m_p] == '\t' || m_t[m_p] == '\n' || m_t[m_p] == '\r'))
            ++m_p;
    }
    bool string(QByteArray &out)
    {
        out.clear();
        ++m_p; // opening quote
        while (m_p < m_t.size()) {
            const char c = m_t[m_p++];
            if (c == '"')
                return true;
            if (quint8(c) < 0x20) {
                fail(Tr::tr("control character in JSON string"));
                return false;
            }
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_p >= m_t.size())
                break;
            const char e = m_t[m_p++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                auto hex4 = [&](uint &v) {
                    if (m_p + 4 > m_t.size())
                        return false;
                    bool ok = false;
                    v = m_t.sliced(m_p, 4).toByteArray().toUInt(&ok, 16);
                    m_p += 4;
                    return ok;
                };
                uint cp = 0;
                if (!hex4(cp)) {
                    fail(Tr::tr("bad \\u escape in JSON string"));
                    return false;
                }
                if (cp >= 0xd800 && cp < 0xdc00 && m_p + 6 <= m_t.size() && m_t[m_p] == '\\' && m_t[m_p + 1] == 'u') {
                    m_p += 2;
                    uint lo = 0;
                    if (!hex4(lo) || lo < 0xdc00 || lo > 0xdfff) {
                        fail(Tr::tr("bad surrogate pair in JSON string"));
                        return false;
                    }
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                }
                { const char32_t tmpCp = char32_t(cp); out += QString::fromUcs4(&tmpCp, 1).toUtf8(); }
                break;
            }
            default:
                fail(Tr::tr("bad escape in JSON string"));
                return false;
            }
        }
        fail(Tr::tr("unterminated JSON string"), Tr::tr("a closing quote"));
        return false;
    }
    bool value(SopsNode &node, int depth, const QString &path)
    {
        m_path = path;
        if (depth > 200) {
            fail(Tr::tr("JSON nested too deeply"));
            return false;
        }
        if (m_p >= m_t.size()) {
            fail(Tr::tr("unexpected end of JSON"), Tr::tr("a value"));
            return false;
        }
        const char c = m_t[m_p];
        if (c == '{') {
            node.kind = SopsNode::Kind::Map;
            ++m_p;
            ws();
            if (m_p < m_t.size() && m_t[m_p] == '}') { ++m_p; return true; }
            while (true) {
                ws();
                if (m_p >= m_t.size() || m_t[m_p] != '"') {
                    fail(Tr::tr("expected an object key"), Tr::tr("a quoted key"));
                    return false;
                }
                QByteArray key;
                if (!string(key))
                    return false;
                ws();
                if (m_p >= m_t.size() || m_t[m_p] != ':') {
                    fail(Tr::tr("expected ':' after an object key"), QStringLiteral(":"));
                    return false;
                }
                ++m_p;
                ws();
                SopsNode child;
                child.key = QString::fromUtf8(key);
                if (node.child(child.key)) {
                    fail(Tr::tr("duplicate key '%1'").arg(child.key), Tr::tr("unique keys"));
                    return false;
                }
                if (!value(child, depth + 1, path + QLatin1Char('.') + child.key))
                    return false;
                node.children.append(std::move(child));
                ws();
                if (m_p < m_t.size() && m_t[m_p] == ',') { ++m_p; continue; }
                if (m_p < m_t.size() && m_t[m_p] == '}') { ++m_p; m_path = path; return true; }
                fail(Tr::tr("expected ',' or '}' in an object"), QStringLiteral(", or }"));
                return false;
            }
        }
        if (c == '[') {
            node.kind = SopsNode::Kind::List;
            ++m_p;
            ws();
            if (m_p < m_t.size() && m_t[m_p] == ']') { ++m_p; return true; }
            while (true) {
                ws();
                SopsNode child;
                if (!value(child, depth + 1, path + QStringLiteral("[%1]").arg(node.children.size())))
                    return false;
                node.children.append(std::move(child));
                ws();
                if (m_p < m_t.size() && m_t[m_p] == ',') { ++m_p; continue; }
                if (m_p < m_t.size() && m_t[m_p] == ']') { ++m_p; m_path = path; return true; }
                fail(Tr::tr("expected ',' or ']' in an array"), QStringLiteral(", or ]"));
                return false;
            }
        }
        node.kind = SopsNode::Kind::Value;
        if (c == '"') {
            QByteArray s;
            if (!string(s))
                return false;
            node.value = SopsValue(SopsValue::Type::Str, SecureBytes(s));
            if (s.startsWith("ENC[AES256_GCM,") && s.endsWith(']')) {
                node.value.ciphertext = s;
                node.value.hasPlain = false;
                node.value.plain.clear();
            }
            SecureBytes::wipe(s);
            return true;
        }
        auto word = [&](QByteArrayView w) {
            if (m_t.sliced(m_p).startsWith(w)) { m_p += w.size(); return true; }
            return false;
        };
        if (word("true")) { node.value = SopsValue(SopsValue::Type::Bool, SecureBytes(QByteArrayView("True"))); return true; }
        if (word("false")) { node.value = SopsValue(SopsValue::Type::Bool, SecureBytes(QByteArrayView("False"))); return true; }
        if (word("null")) { node.value = SopsValue(SopsValue::Type::Null, SecureBytes()); return true; }
        const qsizetype start = m_p;
        while (m_p < m_t.size() && QByteArrayView("+-0123456789.eE").contains(m_t[m_p]))
            ++m_p;
        const QByteArrayView num = m_t.sliced(start, m_p - start);
        bool ok = false;
        num.toByteArray().toDouble(&ok);
        if (num.isEmpty() || !ok) {
            m_p = start;
            fail(Tr::tr("invalid JSON value"), Tr::tr("a string, number, object, array, true, false or null"));
            return false;
        }
        // SOPS' JSON store treats every number as a float.
        node.value = SopsValue(SopsValue::Type::Float, SecureBytes(num));
        return true;
    }
};

void escapeInto(QByteArray &out, QByteArrayView s)
{
    out += '"';
    for (char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (quint8(c) < 0x20)
                out += "\\u" + QByteArray::number(quint8(c), 16).rightJustified(4, '0');
            else
                out += c;
        }
    }
    out += '"';
}

void emitValue(QByteArray &out, const SopsNode &n, const QByteArray &unit, int depth, bool plaintext)
{
    if (n.kind == SopsNode::Kind::Map || n.kind == SopsNode::Kind::List) {
        const bool isMap = n.kind == SopsNode::Kind::Map;
        QList<const SopsNode *> items;
        for (const SopsNode &c : n.children)
            if (c.kind != SopsNode::Kind::Comment) // JSON has no comments
                items.append(&c);
        if (items.isEmpty()) {
            out += isMap ? "{}" : "[]";
            return;
        }
        out += isMap ? "{\n" : "[\n";
        for (qsizetype k = 0; k < items.size(); ++k) {
            out += unit.repeated(depth + 1);
            if (isMap) {
                escapeInto(out, items[k]->key.toUtf8());
                out += ": ";
            }
            emitValue(out, *items[k], unit, depth + 1, plaintext);
            out += k + 1 < items.size() ? ",\n" : "\n";
        }
        out += unit.repeated(depth) + (isMap ? '}' : ']');
        return;
    }
    const SopsValue &v = n.value;
    const QByteArrayView text = SopsDocument::leafText(v, plaintext);
    if (!plaintext && v.isEncrypted()) {
        escapeInto(out, text);
        return;
    }
    switch (v.type) {
    case SopsValue::Type::Bool: {
        const QByteArray lower = text.toByteArray().toLower();
        out += (lower == "true" || lower == "1" || lower == "t") ? "true" : "false";
        return;
    }
    case SopsValue::Type::Int:
    case SopsValue::Type::Float: {
        bool ok = false;
        text.toByteArray().toDouble(&ok);
        if (ok) {
            out += text;
            return;
        }
        break;
    }
    case SopsValue::Type::Null:
        out += "null";
        return;
    default:
        break;
    }
    escapeInto(out, text);
}
} // namespace

Result<SopsDocument> SopsJsonStore::parse(QByteArrayView text, const QString &source)
{
    Parser parser(text, source);
    auto root = parser.parseDocument();
    if (!root)
        return root.error();
    SopsDocument doc;
    doc.root = std::move(root.value());
    const qsizetype nl = text.indexOf('\n');
    if (nl >= 0 && nl + 1 < text.size()) {
        qsizetype e = nl + 1;
        while (e < text.size() && (text[e] == ' ' || text[e] == '\t'))
            ++e;
        if (e > nl + 1)
            doc.jsonIndent = text.sliced(nl + 1, e - nl - 1).toByteArray();
    }
    for (qsizetype k = 0; k < doc.root.children.size(); ++k) {
        if (doc.root.children[k].key == QLatin1String("sops")) {
            if (doc.root.children[k].kind != SopsNode::Kind::Map)
                return Error(Tr::tr("the 'sops' metadata is not an object"), source).atPath(QStringLiteral("$.sops"))
                    .expecting(Tr::tr("an object"));
            doc.metadata = std::move(doc.root.children[k]);
            doc.root.children.removeAt(k);
            doc.hasMetadata = true;
            break;
        }
    }
    return doc;
}

QByteArray SopsJsonStore::emit(const SopsDocument &document, bool plaintext, bool withMetadata)
{
    SopsNode root = document.root;
    if (withMetadata && document.hasMetadata) {
        SopsNode meta = document.metadata;
        meta.key = QStringLiteral("sops");
        root.children.append(std::move(meta));
    }
    QByteArray out;
    emitValue(out, root, document.jsonIndent, 0, plaintext);
    out += '\n';
    return out;
}

} // namespace Infradeck
