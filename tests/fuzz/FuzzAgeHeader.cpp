// libFuzzer target: age armor, header parser and the decrypt path up to the header MAC and payload.
#include "secrets/age/Age.h"
#include "secrets/age/AgeHeader.h"
#include "secrets/age/AgeIdentity.h"

#include <cstddef>
#include <cstdint>

using namespace Infradeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    bool armored = false;
    auto binary = AgeHeader::dearmor(input, armored);
    if (binary)
        (void)AgeHeader::parse(binary.value());
    // A fixed identity so that the decrypt path runs X25519 on fuzzer-chosen shares.
    static const QList<AgeIdentity> ids = [] {
        auto id = AgeIdentity::parse("AGE-SECRET-KEY-1NJT5YCS2LWU4V4QAJQ6R4JNU7LXPDX602DZ9NUFANVU5GDTGUWCQ5T59M6");
        return QList<AgeIdentity>{id.value()};
    }();
    (void)Age::decrypt(input, ids);
    (void)AgeIdentity::parseKeyFile(input);
    return 0;
}
