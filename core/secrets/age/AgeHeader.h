// The text header of an age v1 file: recipient stanzas and the header MAC. Parsing only; Age does the crypto.
#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QList>

namespace Infradeck {

class AgeHeader
{
public:
    struct Stanza
    {
        QByteArray type;        // "X25519", "scrypt", …
        QList<QByteArray> args; // as written (base64 text for X25519)
        QByteArray body;        // decoded body
    };

    // Parses the header at the start of a binary (de-armored) age file.
    static Result<AgeHeader> parse(QByteArrayView file, const QString &source = {});

    // Strict unpadded standard base64 as age writes it (canonical only); false on anything else.
    static bool decodeRawBase64(QByteArrayView text, QByteArray &out);
    static QByteArray encodeRawBase64(QByteArrayView bytes);
    // Undoes the ASCII armor; input without armor is returned unchanged with wasArmored = false.
    static Result<QByteArray> dearmor(QByteArrayView file, bool &wasArmored, const QString &source = {});
    static QByteArray armor(QByteArrayView binary);

    QList<Stanza> stanzas;
    QByteArray mac;        // 32 bytes
    QByteArray macInput;   // header bytes through "---", what the MAC covers
    qsizetype payloadOffset = 0;
};

} // namespace Infradeck
