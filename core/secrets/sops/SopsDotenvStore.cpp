#include "SopsDotenvStore.h"

#include <QCoreApplication>

namespace Infradeck {

Result<SopsDocument> SopsDotenvStore::parse(QByteArrayView text, const QString &source)
{
    SopsDocument doc;
    QList<QPair<QString, QByteArray>> flat;
    int lineNo = 0;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype nl = text.indexOf('\n', pos);
        if (nl < 0)
            nl = text.size();
        QByteArrayView line = text.sliced(pos, nl - pos);
        pos = nl + 1;
        ++lineNo;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (line.startsWith('#')) {
            SopsNode c = SopsNode::comment(line.sliced(1));
            c.line = lineNo;
            if (SopsValue v = c.value; v.plain.view().startsWith("ENC[AES256_GCM,") && v.plain.view().endsWith(']')) {
                c.value.ciphertext = v.plain.toByteArrayUnsafe();
                c.value.hasPlain = false;
                c.value.plain.clear();
            }
            doc.root.children.append(std::move(c));
            continue;
        }
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            return Error(QCoreApplication::translate("Infradeck::SopsDotenvStore", "invalid dotenv line"), source)
                .at(lineNo).expecting(QStringLiteral("KEY=VALUE"));
        const QString key = QString::fromUtf8(line.first(eq));
        QByteArray value = line.sliced(eq + 1).toByteArray();
        if (key.startsWith(QLatin1String("sops_"))) {
            flat.append({key.mid(5), value});
            continue;
        }
        SopsNode n;
        n.key = key;
        n.line = lineNo;
        if (value.startsWith("ENC[AES256_GCM,") && value.endsWith(']')) {
            n.value.ciphertext = value;
        } else {
            value.replace("\\n", "\n");
            n.value = SopsValue(SopsValue::Type::Str, SecureBytes(value));
        }
        SecureBytes::wipe(value);
        doc.root.children.append(std::move(n));
    }
    if (!flat.isEmpty()) {
        doc.metadata = SopsDocument::unflattenMetadata(flat);
        doc.hasMetadata = true;
    }
    return doc;
}

QByteArray SopsDotenvStore::emit(const SopsDocument &document, bool plaintext, bool withMetadata)
{
    QByteArray out;
    for (const SopsNode &n : document.root.children) {
        if (n.kind == SopsNode::Kind::Comment) {
            out += '#' + SopsDocument::leafText(n.value, plaintext) + '\n';
            continue;
        }
        if (n.kind != SopsNode::Kind::Value)
            continue; // dotenv is flat; SopsFile refuses nested trees before writing
        out += n.key.toUtf8() + '=' + SopsDocument::leafText(n.value, plaintext).toByteArray().replace('\n', "\\n") + '\n';
    }
    if (withMetadata && document.hasMetadata)
        for (const auto &[k, v] : SopsDocument::flattenMetadata(document.metadata))
            out += "sops_" + k.toUtf8() + '=' + v + '\n';
    return out;
}

} // namespace Infradeck
