// Finds where JSON text is broken: byte offset, JSON path and what was expected (used on the error path only).
#pragma once

#include "common/Error.h"

#include <QByteArrayView>

namespace Infradeck {

class JsonErrorLocator
{
public:
    // Returns an Error (message empty when the text is valid JSON). Offsets are reported + baseOffset.
    static Error locate(QByteArrayView text, const QString &source, qint64 baseOffset = 0);
    // Like locate(), but for text that is not valid UTF-8: offset and path of the first bad byte.
    static Error locateInvalidUtf8(QByteArrayView text, const QString &source, qint64 baseOffset = 0);
};

} // namespace Infradeck
