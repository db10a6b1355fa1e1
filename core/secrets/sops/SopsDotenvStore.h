// dotenv store: KEY=VALUE lines and # comments; metadata as flat sops_* keys.
#pragma once

#include "SopsDocument.h"

#include "common/Error.h"

namespace Infradeck {

class SopsDotenvStore
{
public:
    static Result<SopsDocument> parse(QByteArrayView text, const QString &source = {});
    static QByteArray emit(const SopsDocument &document, bool plaintext, bool withMetadata);
};

} // namespace Infradeck
