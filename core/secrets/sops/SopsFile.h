// A SOPS-encrypted file (YAML, JSON, dotenv, INI or binary) with age keys: load, decrypt, edit, re-encrypt, save.
#pragma once

#include "SopsDocument.h"
#include "SopsMetadata.h"

#include "common/Error.h"
#include "common/SecureBytes.h"
#include "secrets/age/AgeIdentity.h"
#include "secrets/age/AgeRecipient.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Infradeck {

class SopsFile
{
public:
    using Format = SopsDocument::Format;

    struct Entry
    {
        QStringList path;     // map keys, list indices as decimal strings; for comments the enclosing container
        SopsValue::Type type = SopsValue::Type::Str;
        bool isComment = false;
        bool isEncrypted = false; // stored as ENC[…]
        bool hasPlaintext = false;
        int commentIndex = -1;    // position among the container's children, for comments
    };

    SopsFile() = default;
    static Result<SopsFile> load(const QString &path);
    static Result<SopsFile> fromBytes(QByteArrayView bytes, Format format, const QString &source = {});
    // A new document from a plaintext tree (values with hasPlain); encrypted per the rule in `metadataTemplate`
    // (only its rule/mac_only_encrypted fields are used; default: unencrypted_suffix _unencrypted).
    static Result<SopsFile> encryptNew(const SopsNode &tree, const QList<AgeRecipient> &recipients, Format format,
                                       const SopsMetadata *metadataTemplate = nullptr);

    Format format() const { return m_format; }
    QString source() const { return m_source; }
    const SopsMetadata &metadata() const { return m_metadata; }
    const SopsDocument &document() const { return m_document; }

    // Unwraps the data key with the identities, decrypts every value and verifies the MAC.
    Errors decrypt(const QList<AgeIdentity> &identities);
    bool isDecrypted() const { return !m_dataKey.isEmpty(); }

    QList<Entry> entries() const;
    const SopsValue *value(const QStringList &path) const; // nullptr when absent
    // Sets (or creates, with intermediate maps) the leaf at path; it is re-encrypted on save.
    Errors setValue(const QStringList &path, SopsValue value);
    Errors remove(const QStringList &path);

    Errors addRecipient(const AgeRecipient &recipient);
    Errors removeRecipient(const QString &recipient);
    Errors rotateDataKey(); // new data key: every value is re-encrypted and re-wrapped for all recipients

    // Re-encrypts changed values, sets lastmodified and a new MAC, returns the file's new bytes.
    Result<QByteArray> serialize();
    Errors save(const QString &path = {}); // QSaveFile; default: the loaded path

    // The decrypted document in its own format, without metadata (what `sops -d` prints; the raw data for the
    // binary store). THE ONE PLACE plaintext leaves SecureBytes: only for the CLI's stdout. Wipe it after use.
    QByteArray emitDecrypted() const;

private:
    Errors needsDecrypted() const;
    Result<SecureBytes> unwrapDataKey(const QList<AgeIdentity> &identities) const;
    SopsNode *findNode(const QStringList &path, SopsNode **parent = nullptr);
    const SopsNode *findNode(const QStringList &path) const;
    QByteArray computeMac() const;

    Format m_format = Format::Yaml;
    QString m_source;
    SopsDocument m_document;
    SopsMetadata m_metadata;
    SecureBytes m_dataKey;
};

} // namespace Infradeck
