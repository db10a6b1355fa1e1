// YAML store for SOPS files: a block-style YAML reader/writer that keeps key order and own-line comments
// (yaml-cpp drops comments). Flow collections other than [] and {}, anchors, aliases and tags are refused.
#pragma once

#include "SopsDocument.h"

#include "common/Error.h"

namespace Infradeck {

class SopsYamlStore
{
public:
    static Result<SopsDocument> parse(QByteArrayView text, const QString &source = {});
    static QByteArray emit(const SopsDocument &document, bool plaintext, bool withMetadata);

    // Exposed for tests: plain-scalar type resolution (null, bool, int, float, str).
    static SopsValue::Type resolvePlain(QByteArrayView text);
};

} // namespace Infradeck
