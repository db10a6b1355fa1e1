// INI store: [section] / key = value / ; comments. Top-level keys live in section DEFAULT; metadata in [sops].
#pragma once

#include "SopsDocument.h"

#include "common/Error.h"

namespace Infradeck {

class SopsIniStore
{
public:
    static Result<SopsDocument> parse(QByteArrayView text, const QString &source = {});
    static QByteArray emit(const SopsDocument &document, bool plaintext, bool withMetadata);
};

} // namespace Infradeck
