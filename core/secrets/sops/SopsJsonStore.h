// JSON store (and the binary store, which is JSON with one `data` key): an order-keeping JSON reader/writer.
#pragma once

#include "SopsDocument.h"

#include "common/Error.h"

namespace Infradeck {

class SopsJsonStore
{
public:
    static Result<SopsDocument> parse(QByteArrayView text, const QString &source = {});
    static QByteArray emit(const SopsDocument &document, bool plaintext, bool withMetadata);
};

} // namespace Infradeck
