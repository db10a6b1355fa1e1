#include "SopsYamlStore.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Infradeck {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Infradeck::SopsYamlStore)
};

struct Line
{
    int no = 0;
    int indent = 0;
    QByteArray text; // without indentation and trailing whitespace
    bool blank = false;
    bool comment = false;
};

class Parser
{
public:
    Parser(QByteArrayView input, QString source) : m_source(std::move(source))
    {
        int no = 0;
        qsizetype pos = 0;
        while (pos < input.size()) {
            qsizetype nl = input.indexOf('\n', pos);
            if (nl < 0)
                nl = input.size();
            QByteArrayView raw = input.sliced(pos, nl - pos);
            pos = nl + 1;
            if (raw.endsWith('\r'))
                raw.chop(1);
            Line l;
            l.no = ++no;
            int ind = 0;
            while (ind < raw.size() && raw[ind] == ' ')
                ++ind;
            l.indent = ind;
            QByteArrayView t = raw.sliced(ind);
            while (!t.isEmpty() && (t.back() == ' ' || t.back() == '\t'))
                t.chop(1);
            l.text = t.toByteArray();
            l.blank = t.isEmpty();
            l.comment = t.startsWith('#');
            m_lines.append(std::move(l));
        }
    }

    Result<SopsNode> parseDocument()
    {
        // Skip a leading document marker; refuse several documents.
        skipBlank();
        if (m_i < m_lines.size() && m_lines[m_i].text == "---" && m_lines[m_i].indent == 0)
            ++m_i;
        SopsNode root = SopsNode::map();
        const qsizetype n = nextReal(m_i);
        if (n < 0) {
            // Only comments (or nothing): keep comments.
            parseMap(0, root);
        } else if (isDash(m_lines[n])) {
            return fail(m_lines[n], Tr::tr("a top-level list is not a SOPS document"), Tr::tr("a map at the top level"));
        } else {
            parseMap(m_lines[n].indent, root);
        }
        if (m_failed)
            return m_error;
        skipBlank();
        if (m_i < m_lines.size()) {
            const Line &l = m_lines[m_i];
            if (l.text == "---" || l.text == "...")
                return fail(l, Tr::tr("several YAML documents in one file are not supported"), Tr::tr("one document"));
            return fail(l, Tr::tr("unexpected indentation"), Tr::tr("a key at the indentation of its siblings"));
        }
        return root;
    }

private:
    QList<Line> m_lines;
    qsizetype m_i = 0;
    QString m_source;
    Error m_error;
    bool m_failed = false;

    Error fail(const Line &l, const QString &what, const QString &expected = {})
    {
        if (!m_failed) {
            m_failed = true;
            m_error = Error(what, m_source).at(l.no, l.indent + 1);
            if (!expected.isEmpty())
                m_error.expecting(expected);
        }
        return m_error;
    }

    void skipBlank()
    {
        while (m_i < m_lines.size() && m_lines[m_i].blank)
            ++m_i;
    }
    qsizetype nextReal(qsizetype from) const
    {
        for (qsizetype k = from; k < m_lines.size(); ++k)
            if (!m_lines[k].blank && !m_lines[k].comment)
                return k;
        return -1;
    }
    static bool isDash(const Line &l) { return l.text == "-" || l.text.startsWith("- "); }

    // Position of the ':' that ends a mapping key, or -1 when the text is not `key: …`.
    static qsizetype keyColon(QByteArrayView t)
    {
        qsizetype i = 0;
        if (!t.isEmpty() && (t[0] == '"' || t[0] == '\'')) {
            const char q = t[0];
            for (i = 1; i < t.size(); ++i) {
                if (q == '"' && t[i] == '\\') { ++i; continue; }
                if (t[i] == q) {
                    if (q == '\'' && i + 1 < t.size() && t[i + 1] == '\'') { ++i; continue; }
                    break;
                }
            }
            if (i >= t.size())
                return -1;
            ++i;
            return (i < t.size() && t[i] == ':' && (i + 1 == t.size() || t[i + 1] == ' ')) ? i : -1;
        }
        for (; i < t.size(); ++i) {
            if (t[i] == '#' && i > 0 && t[i - 1] == ' ')
                return -1;
            if (t[i] == ':' && (i + 1 == t.size() || t[i + 1] == ' '))
                return i;
        }
        return -1;
    }

    // Comments belong to the container whose items share their indentation, or to the one that goes on.
    bool takeComment(int indent, SopsNode &out)
    {
        const Line &l = m_lines[m_i];
        const qsizetype n = nextReal(m_i);
        if (l.indent >= indent || (n >= 0 && m_lines[n].indent >= indent)) {
            SopsNode c = SopsNode::comment(QByteArrayView(l.text).sliced(1));
            c.line = l.no;
            out.children.append(std::move(c));
            ++m_i;
            return true;
        }
        return false;
    }

    void parseMap(int indent, SopsNode &out)
    {
        out.kind = SopsNode::Kind::Map;
        while (!m_failed) {
            skipBlank();
            if (m_i >= m_lines.size())
                return;
            Line &l = m_lines[m_i];
            if (l.comment) {
                if (takeComment(indent, out))
                    continue;
                return;
            }
            if (l.indent < indent)
                return;
            if (l.indent > indent) {
                fail(l, Tr::tr("unexpected indentation"), Tr::tr("a key at column %1").arg(indent + 1));
                return;
            }
            if (isDash(l)) {
                fail(l, Tr::tr("a list item where a map key was expected"), Tr::tr("key: value"));
                return;
            }
            const qsizetype colon = keyColon(l.text);
            if (colon < 0) {
                fail(l, Tr::tr("expected a 'key: value' line"), Tr::tr("key: value"));
                return;
            }
            SopsNode entry;
            entry.line = l.no;
            QByteArray key = l.text.first(colon).trimmed();
            if (!key.isEmpty() && (key[0] == '"' || key[0] == '\'')) {
                QByteArray k;
                if (!unquote(key, k)) {
                    fail(l, Tr::tr("malformed quoted key"));
                    return;
                }
                key = k;
            } else if (!key.isEmpty() && (key[0] == '&' || key[0] == '*' || key[0] == '!' || key[0] == '?' || key[0] == '[' || key[0] == '{')) {
                fail(l, Tr::tr("complex keys, anchors, aliases and tags are not supported"), Tr::tr("a plain or quoted key"));
                return;
            }
            entry.key = QString::fromUtf8(key);
            if (out.child(entry.key)) {
                fail(l, Tr::tr("duplicate key '%1'").arg(entry.key), Tr::tr("unique keys in a map"));
                return;
            }
            const QByteArray rest = l.text.mid(colon + 1).trimmed();
            const Line keyLine = l;
            ++m_i;
            parseValue(rest, keyLine, indent, true, entry);
            out.children.append(std::move(entry));
        }
    }

    void parseList(int indent, SopsNode &out)
    {
        out.kind = SopsNode::Kind::List;
        while (!m_failed) {
            skipBlank();
            if (m_i >= m_lines.size())
                return;
            Line &l = m_lines[m_i];
            if (l.comment) {
                if (takeComment(indent, out))
                    continue;
                return;
            }
            if (l.indent < indent || !isDash(l))
                return;
            if (l.indent > indent) {
                fail(l, Tr::tr("unexpected indentation"));
                return;
            }
            SopsNode item;
            item.line = l.no;
            int offset = 1;
            while (offset < l.text.size() && l.text[offset] == ' ')
                ++offset;
            const QByteArray rest = l.text.mid(offset);
            if (!rest.isEmpty() && (keyColon(rest) >= 0 || rest == "-" || rest.startsWith("- "))) {
                // "- key: value" / "- - x": the rest is a block node at the column after the dash.
                l.indent += offset;
                l.text = rest;
                parseBlock(l.indent, item);
            } else {
                const Line dashLine = l;
                ++m_i;
                parseValue(rest, dashLine, indent, false, item);
            }
            out.children.append(std::move(item));
        }
    }

    void parseBlock(int indent, SopsNode &out)
    {
        const qsizetype n = nextReal(m_i);
        if (n >= 0 && isDash(m_lines[n]))
            parseList(indent, out);
        else
            parseMap(indent, out);
    }

    void parseValue(QByteArray rest, const Line &line, int parentIndent, bool sameIndentList, SopsNode &node)
    {
        if (rest.startsWith('#'))
            rest.clear();
        if (rest.isEmpty()) {
            const qsizetype n = nextReal(m_i);
            if (n >= 0 && (m_lines[n].indent > parentIndent
                           || (sameIndentList && m_lines[n].indent == parentIndent && isDash(m_lines[n])))) {
                if (isDash(m_lines[n]))
                    parseList(m_lines[n].indent, node);
                else
                    parseMap(m_lines[n].indent, node);
                return;
            }
            node.kind = SopsNode::Kind::Value;
            node.value = SopsValue(SopsValue::Type::Null, SecureBytes());
            return;
        }
        const char c = rest[0];
        if (c == '|' || c == '>') {
            parseBlockScalar(rest, line, parentIndent, node);
            return;
        }
        if (rest == "[]" || rest == "{}") {
            node.kind = rest == "[]" ? SopsNode::Kind::List : SopsNode::Kind::Map;
            return;
        }
        if (c == '[' || c == '{') {
            fail(line, Tr::tr("flow collections are not supported"), Tr::tr("block style (one item per line)"));
            return;
        }
        if (c == '&' || c == '*' || c == '!') {
            fail(line, Tr::tr("anchors, aliases and tags are not supported"));
            return;
        }
        node.kind = SopsNode::Kind::Value;
        if (c == '"' || c == '\'') {
            QByteArray text = rest;
            // A quoted scalar may continue on more-indented lines until its closing quote.
            while (!closesQuote(text) && m_i < m_lines.size() && (m_lines[m_i].blank || m_lines[m_i].indent > parentIndent)) {
                text += m_lines[m_i].blank ? QByteArray("\n") : QByteArray(" ") + m_lines[m_i].text;
                ++m_i;
            }
            QByteArray out;
            if (!unquote(stripComment(text, true), out)) {
                fail(line, Tr::tr("malformed quoted string"), Tr::tr("a closing quote"));
                return;
            }
            node.value = SopsValue(SopsValue::Type::Str, SecureBytes(out));
            SecureBytes::wipe(out);
            SecureBytes::wipe(text);
            return;
        }
        QByteArray text = stripComment(rest, false);
        // Plain multi-line scalars: continuation lines are more indented and are not keys or items.
        while (m_i < m_lines.size() && !m_lines[m_i].blank && !m_lines[m_i].comment && m_lines[m_i].indent > parentIndent
               && keyColon(m_lines[m_i].text) < 0 && !isDash(m_lines[m_i])) {
            text += ' ' + stripComment(m_lines[m_i].text, false);
            ++m_i;
        }
        node.value = SopsValue(resolvePlainType(text), SecureBytes(text));
        if (node.value.type == SopsValue::Type::Str && SopsCipherLike(text)) {
            node.value.ciphertext = text;
            node.value.hasPlain = false;
            node.value.plain.clear();
        }
        SecureBytes::wipe(text);
    }

    static bool SopsCipherLike(QByteArrayView t) { return t.startsWith("ENC[AES256_GCM,") && t.endsWith(']'); }

    static bool closesQuote(QByteArrayView t)
    {
        const char q = t[0];
        for (qsizetype i = 1; i < t.size(); ++i) {
            if (q == '"' && t[i] == '\\') { ++i; continue; }
            if (t[i] == q) {
                if (q == '\'' && i + 1 < t.size() && t[i + 1] == '\'') { ++i; continue; }
                return true;
            }
        }
        return false;
    }

    static QByteArray stripComment(const QByteArray &t, bool quoted)
    {
        if (quoted) {
            // Drop anything after the closing quote (a trailing comment).
            const char q = t[0];
            for (qsizetype i = 1; i < t.size(); ++i) {
                if (q == '"' && t[i] == '\\') { ++i; continue; }
                if (t[i] == q) {
                    if (q == '\'' && i + 1 < t.size() && t[i + 1] == '\'') { ++i; continue; }
                    return t.left(i + 1);
                }
            }
            return t;
        }
        const qsizetype hash = t.indexOf(" #");
        return hash < 0 ? t : t.left(hash).trimmed();
    }

    static bool unquote(QByteArrayView t, QByteArray &out)
    {
        out.clear();
        if (t.size() < 2 || t.back() != t[0])
            return false;
        const QByteArrayView body = t.sliced(1, t.size() - 2);
        if (t[0] == '\'') {
            for (qsizetype i = 0; i < body.size(); ++i) {
                if (body[i] == '\'') {
                    if (i + 1 >= body.size() || body[i + 1] != '\'')
                        return false;
                    ++i;
                }
                out += body[i];
            }
            return true;
        }
        for (qsizetype i = 0; i < body.size(); ++i) {
            char ch = body[i];
            if (ch == '"')
                return false;
            if (ch != '\\') {
                out += ch;
                continue;
            }
            if (++i >= body.size())
                return false;
            switch (body[i]) {
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case 'r': out += '\r'; break;
            case '0': out += '\0'; break;
            case '\\': out += '\\'; break;
            case '"': out += '"'; break;
            case '/': out += '/'; break;
            case ' ': out += ' '; break;
            case 'e': out += '\x1b'; break;
            case 'x': case 'u': case 'U': {
                const int len = body[i] == 'x' ? 2 : body[i] == 'u' ? 4 : 8;
                if (i + len >= body.size())
                    return false;
                bool ok = false;
                const uint cp = body.sliced(i + 1, len).toByteArray().toUInt(&ok, 16);
                if (!ok)
                    return false;
                i += len;
                if (len == 2)
                    out += char(cp);
                else
                    { const char32_t tmpCp = char32_t(cp); out += QString::fromUcs4(&tmpCp, 1).toUtf8(); }
                break;
            }
            default:
                return false;
            }
        }
        return true;
    }

    void parseBlockScalar(const QByteArray &header, const Line &line, int parentIndent, SopsNode &node)
    {
        const bool folded = header[0] == '>';
        char chomp = 0;
        int explicitIndent = 0;
        for (qsizetype k = 1; k < header.size(); ++k) {
            const char h = header[k];
            if (h == '-' || h == '+')
                chomp = h;
            else if (h >= '1' && h <= '9')
                explicitIndent = h - '0';
            else if (h == ' ' || h == '#')
                break;
            else {
                fail(line, Tr::tr("malformed block scalar header"), QStringLiteral("|, |-, |+, > …"));
                return;
            }
        }
        int contentIndent = explicitIndent ? parentIndent + explicitIndent : -1;
        QList<QByteArray> lines;
        while (m_i < m_lines.size()) {
            const Line &l = m_lines[m_i];
            if (!l.blank) {
                if (contentIndent < 0)
                    contentIndent = l.indent;
                if (l.indent < contentIndent || l.indent <= parentIndent)
                    break;
                lines.append(QByteArray(l.indent - contentIndent, ' ') + l.text);
            } else {
                lines.append(QByteArray());
            }
            ++m_i;
        }
        // Trailing blank lines belong to the scalar only for keep-chomping.
        int trailing = 0;
        while (!lines.isEmpty() && lines.last().isEmpty()) {
            lines.removeLast();
            ++trailing;
        }
        QByteArray text;
        for (qsizetype k = 0; k < lines.size(); ++k) {
            if (k > 0) {
                const bool fold = folded && !lines[k].isEmpty() && !lines[k - 1].isEmpty() && !lines[k].startsWith(' ');
                text += fold ? ' ' : '\n';
            }
            text += lines[k];
        }
        if (!lines.isEmpty() && chomp != '-')
            text += '\n';
        if (chomp == '+')
            text += QByteArray(trailing, '\n');
        node.kind = SopsNode::Kind::Value;
        node.value = SopsValue(SopsValue::Type::Str, SecureBytes(text));
        for (QByteArray &b : lines)
            SecureBytes::wipe(b);
        SecureBytes::wipe(text);
    }

public:
    static SopsValue::Type resolvePlainType(QByteArrayView t)
    {
        static const QRegularExpression intRe(QStringLiteral("^[-+]?(0|[1-9][0-9]*)$"));
        static const QRegularExpression floatRe(
            QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
        if (t.isEmpty() || t == "~" || t == "null" || t == "Null" || t == "NULL")
            return SopsValue::Type::Null;
        if (t == "true" || t == "True" || t == "TRUE" || t == "false" || t == "False" || t == "FALSE")
            return SopsValue::Type::Bool;
        if (t.size() > 40)
            return SopsValue::Type::Str;
        const QString s = QString::fromLatin1(t);
        if (intRe.match(s).hasMatch())
            return SopsValue::Type::Int;
        if (floatRe.match(s).hasMatch() || s == QLatin1String(".inf") || s == QLatin1String("-.inf") || s == QLatin1String(".nan"))
            return SopsValue::Type::Float;
        return SopsValue::Type::Str;
    }
};

// ---- writing ----

bool needsQuotes(QByteArrayView t)
{
    if (t.isEmpty() || t.front() == ' ' || t.back() == ' ')
        return true;
    if (QByteArrayView("-?:,[]{}#&*!|>'\"%@`").contains(t.front()))
        return true;
    if (t.contains(": ") || t.contains(" #") || t.endsWith(':'))
        return true;
    for (char c : t)
        if (quint8(c) < 0x20 || c == 0x7f)
            return true;
    if (Parser::resolvePlainType(t) != SopsValue::Type::Str)
        return true;
    if (t.front() >= '0' && t.front() <= '9') // dates and times would load as timestamps
        return true;
    static const char *const ambiguous[] = {"yes", "no", "on", "off", "y", "n"};
    const QByteArray lower = t.toByteArray().toLower();
    for (const char *a : ambiguous)
        if (lower == a)
            return true;
    return false;
}

QByteArray doubleQuoted(QByteArrayView t)
{
    QByteArray out = "\"";
    for (char c : t) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default:
            if (quint8(c) < 0x20 || c == 0x7f)
                out += "\\x" + QByteArray::number(quint8(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    return out + '"';
}

bool literalBlockOk(QByteArrayView t)
{
    if (!t.contains('\n') || t.startsWith(' ') || t.startsWith('\n'))
        return false;
    for (char c : t)
        if ((quint8(c) < 0x20 && c != '\n') || c == 0x7f)
            return false;
    return !t.contains(" \n");
}

void emitScalar(QByteArray &out, SopsValue::Type type, QByteArrayView text, int contentIndent)
{
    switch (type) {
    case SopsValue::Type::Bool: {
        const QByteArray lower = text.toByteArray().toLower();
        out += (lower == "true" || lower == "1" || lower == "t") ? "true" : "false";
        return;
    }
    case SopsValue::Type::Int:
    case SopsValue::Type::Float:
        if (const auto t = Parser::resolvePlainType(text); t == SopsValue::Type::Int || t == SopsValue::Type::Float) {
            out += text;
            return;
        }
        break;
    case SopsValue::Type::Null:
        out += "null";
        return;
    default:
        break;
    }
    if (!needsQuotes(text)) {
        out += text;
        return;
    }
    if (literalBlockOk(text)) {
        qsizetype trailing = 0;
        while (trailing < text.size() && text[text.size() - 1 - trailing] == '\n')
            ++trailing;
        out += trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+";
        const QByteArrayView body = text.first(text.size() - trailing);
        const QByteArray pad(contentIndent, ' ');
        qsizetype start = 0;
        while (start <= body.size()) {
            qsizetype nl = body.indexOf('\n', start);
            if (nl < 0)
                nl = body.size();
            const QByteArrayView l = body.sliced(start, nl - start);
            out += '\n';
            if (!l.isEmpty())
                out += pad + l;
            start = nl + 1;
        }
        for (qsizetype k = 1; k < trailing; ++k)
            out += '\n';
        return;
    }
    out += doubleQuoted(text);
}

QByteArray keyText(const QString &key)
{
    const QByteArray k = key.toUtf8();
    return needsQuotes(k) ? doubleQuoted(k) : k;
}

void emitNode(QByteArray &out, const SopsNode &node, int indent, bool plaintext);

void emitChildValue(QByteArray &out, const SopsNode &c, int indent, bool plaintext)
{
    if (c.kind == SopsNode::Kind::Map || c.kind == SopsNode::Kind::List) {
        if (c.children.isEmpty()) {
            out += c.kind == SopsNode::Kind::Map ? " {}\n" : " []\n";
            return;
        }
        out += '\n';
        emitNode(out, c, indent + 4, plaintext);
        return;
    }
    out += ' ';
    const SopsValue &v = c.value;
    const SopsValue::Type type = (!plaintext && v.isEncrypted()) ? SopsValue::Type::Str : v.type;
    emitScalar(out, type, SopsDocument::leafText(v, plaintext), indent + 4);
    out += '\n';
}

void emitNode(QByteArray &out, const SopsNode &node, int indent, bool plaintext)
{
    const QByteArray pad(indent, ' ');
    for (const SopsNode &c : node.children) {
        if (c.kind == SopsNode::Kind::Comment) {
            out += pad + '#' + SopsDocument::leafText(c.value, plaintext) + '\n';
            continue;
        }
        if (node.kind == SopsNode::Kind::Map) {
            out += pad + keyText(c.key) + ':';
            emitChildValue(out, c, indent, plaintext);
            continue;
        }
        // List item
        if (c.isContainer() && !c.children.isEmpty()) {
            QByteArray inner;
            emitNode(inner, c, indent + 2, plaintext);
            // The first line of the nested block starts right after "- ".
            out += pad + "- " + inner.mid(indent + 2);
            continue;
        }
        out += pad + '-';
        if (c.isContainer()) {
            out += c.kind == SopsNode::Kind::Map ? " {}\n" : " []\n";
            continue;
        }
        const SopsValue &v = c.value;
        const SopsValue::Type type = (!plaintext && v.isEncrypted()) ? SopsValue::Type::Str : v.type;
        out += ' ';
        emitScalar(out, type, SopsDocument::leafText(v, plaintext), indent + 2);
        out += '\n';
    }
}
} // namespace

SopsValue::Type SopsYamlStore::resolvePlain(QByteArrayView text)
{
    return Parser::resolvePlainType(text);
}

Result<SopsDocument> SopsYamlStore::parse(QByteArrayView text, const QString &source)
{
    Parser parser(text, source);
    auto root = parser.parseDocument();
    if (!root)
        return root.error();
    SopsDocument doc;
    doc.root = std::move(root.value());
    for (qsizetype k = 0; k < doc.root.children.size(); ++k) {
        SopsNode &c = doc.root.children[k];
        if (c.kind != SopsNode::Kind::Comment && c.key == QLatin1String("sops")) {
            if (c.kind != SopsNode::Kind::Map)
                return Error(Tr::tr("the 'sops' metadata is not a map"), source).at(c.line).atPath(QStringLiteral("sops"))
                    .expecting(Tr::tr("a map"));
            doc.metadata = std::move(c);
            doc.hasMetadata = true;
            doc.root.children.removeAt(k);
            break;
        }
    }
    return doc;
}

QByteArray SopsYamlStore::emit(const SopsDocument &document, bool plaintext, bool withMetadata)
{
    QByteArray out;
    emitNode(out, document.root, 0, plaintext);
    if (withMetadata && document.hasMetadata) {
        out += "sops:";
        SopsNode meta = document.metadata;
        meta.key = QStringLiteral("sops");
        emitChildValue(out, meta, 0, false);
    }
    return out;
}

} // namespace Infradeck
