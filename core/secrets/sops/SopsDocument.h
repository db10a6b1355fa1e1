// What a SOPS store reads from and writes to a file: the data tree and the `sops` metadata tree, kept apart.
#pragma once

#include "SopsNode.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace Infradeck {

class SopsDocument
{
public:
    enum class Format { Yaml, Json, Dotenv, Ini, Binary };

    SopsNode root = SopsNode::map();     // data, in file order, without the metadata
    SopsNode metadata = SopsNode::map(); // the `sops` tree (un-flattened for dotenv/INI)
    bool hasMetadata = false;
    QByteArray jsonIndent = "\t"; // JSON/binary indentation unit as found in the file

    static Format formatForPath(const QString &path);
    static QString formatName(Format format);

    // Text for a leaf when writing: the plaintext in plaintext mode, else the stored ciphertext or the cleartext.
    static QByteArrayView leafText(const SopsValue &value, bool plaintext);

    // dotenv/INI keep metadata as flat keys: age__list_0__map_enc = … with newlines written as a literal \n.
    static QList<QPair<QString, QByteArray>> flattenMetadata(const SopsNode &metadata);
    static SopsNode unflattenMetadata(const QList<QPair<QString, QByteArray>> &flat);
};

} // namespace Infradeck
