#include "SopsIniStore.h"

#include <QCoreApplication>

namespace Infradeck {

namespace {
bool looksEncrypted(QByteArrayView v)
{
    return v.startsWith("ENC[AES256_GCM,") && v.endsWith(']');
}
} // namespace

Result<SopsDocument> SopsIniStore::parse(QByteArrayView text, const QString &source)
{
    SopsDocument doc;
    SopsNode defaults = SopsNode::map();
    defaults.key = QStringLiteral("DEFAULT");
    doc.root.children.append(std::move(defaults));
    QList<QPair<QString, QByteArray>> flat;
    qsizetype current = 0;  // index into doc.root.children, -1 for [sops]
    QList<SopsNode> pendingComments; // comments before a section header belong to that section
    int lineNo = 0;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype nl = text.indexOf('\n', pos);
        if (nl < 0)
            nl = text.size();
        QByteArrayView line = text.sliced(pos, nl - pos).trimmed();
        pos = nl + 1;
        ++lineNo;
        if (line.isEmpty())
            continue;
        if (line.startsWith(';') || line.startsWith('#')) {
            QByteArrayView body = line.sliced(1);
            while (body.startsWith(' '))
                body = body.sliced(1);
            SopsNode c = SopsNode::comment(body);
            c.line = lineNo;
            if (looksEncrypted(body)) {
                c.value.ciphertext = body.toByteArray();
                c.value.hasPlain = false;
                c.value.plain.clear();
            }
            pendingComments.append(std::move(c));
            continue;
        }
        if (line.startsWith('[')) {
            if (!line.endsWith(']'))
                return Error(QCoreApplication::translate("Infradeck::SopsIniStore", "malformed section header"), source)
                    .at(lineNo).expecting(QStringLiteral("[section]"));
            const QString name = QString::fromUtf8(line.sliced(1, line.size() - 2).trimmed());
            if (name == QLatin1String("sops")) {
                current = -1;
                pendingComments.clear();
                continue;
            }
            current = -2;
            for (qsizetype k = 0; k < doc.root.children.size(); ++k)
                if (doc.root.children[k].key == name)
                    current = k;
            if (current == -2) {
                SopsNode s = SopsNode::map();
                s.key = name;
                s.line = lineNo;
                doc.root.children.append(std::move(s));
                current = doc.root.children.size() - 1;
            }
            doc.root.children[current].children.append(pendingComments);
            pendingComments.clear();
            continue;
        }
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            return Error(QCoreApplication::translate("Infradeck::SopsIniStore", "invalid INI line"), source)
                .at(lineNo).expecting(QStringLiteral("key = value"));
        const QString key = QString::fromUtf8(line.first(eq).trimmed());
        QByteArray value = line.sliced(eq + 1).trimmed().toByteArray();
        if (value.startsWith("\"\"\"")) {
            // go-ini's multi-line form: """first line … last line"""
            value = value.mid(3);
            while (!value.endsWith("\"\"\"") && pos < text.size()) {
                qsizetype end = text.indexOf('\n', pos);
                if (end < 0)
                    end = text.size();
                QByteArrayView more = text.sliced(pos, end - pos);
                if (more.endsWith('\r'))
                    more.chop(1);
                value += '\n' + more.toByteArray();
                pos = end + 1;
                ++lineNo;
            }
            if (!value.endsWith("\"\"\""))
                return Error(QCoreApplication::translate("Infradeck::SopsIniStore", "unterminated \"\"\" value"), source)
                    .at(lineNo).expecting(QStringLiteral("\"\"\""));
            value.chop(3);
        } else if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        if (current == -1) {
            flat.append({key, value});
            continue;
        }
        SopsNode &section = doc.root.children[current];
        section.children.append(pendingComments);
        pendingComments.clear();
        SopsNode n;
        n.key = key;
        n.line = lineNo;
        if (looksEncrypted(value)) {
            n.value.ciphertext = value;
        } else {
            value.replace("\\n", "\n");
            n.value = SopsValue(SopsValue::Type::Str, SecureBytes(value));
        }
        SecureBytes::wipe(value);
        section.children.append(std::move(n));
    }
    if (current >= 0)
        doc.root.children[current].children.append(pendingComments);
    if (!flat.isEmpty()) {
        doc.metadata = SopsDocument::unflattenMetadata(flat);
        doc.hasMetadata = true;
    }
    return doc;
}

QByteArray SopsIniStore::emit(const SopsDocument &document, bool plaintext, bool withMetadata)
{
    QByteArray out;
    auto emitItems = [&](const SopsNode &section) {
        for (const SopsNode &n : section.children) {
            if (n.kind == SopsNode::Kind::Comment)
                out += "; " + SopsDocument::leafText(n.value, plaintext) + '\n';
            else if (n.kind == SopsNode::Kind::Value)
                out += n.key.toUtf8() + " = "
                    + SopsDocument::leafText(n.value, plaintext).toByteArray().replace('\n', "\\n") + '\n';
        }
    };
    bool first = true;
    for (const SopsNode &section : document.root.children) {
        if (section.kind != SopsNode::Kind::Map)
            continue;
        if (section.key == QLatin1String("DEFAULT")) {
            if (section.children.isEmpty())
                continue;
            emitItems(section);
        } else {
            // Comments before the first key are written above the section header, where they were read.
            qsizetype k = 0;
            if (!first)
                out += '\n';
            for (; k < section.children.size() && section.children[k].kind == SopsNode::Kind::Comment; ++k)
                out += "; " + SopsDocument::leafText(section.children[k].value, plaintext) + '\n';
            out += '[' + section.key.toUtf8() + "]\n";
            SopsNode rest = SopsNode::map();
            rest.children = section.children.mid(k);
            emitItems(rest);
        }
        first = false;
    }
    if (withMetadata && document.hasMetadata) {
        out += "\n[sops]\n";
        for (const auto &[k, v] : SopsDocument::flattenMetadata(document.metadata))
            out += k.toUtf8() + " = " + v + '\n';
    }
    return out;
}

} // namespace Infradeck
