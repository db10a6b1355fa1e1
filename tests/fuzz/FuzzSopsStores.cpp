// libFuzzer target: the SOPS stores (YAML, JSON, dotenv, INI), the metadata reader and the ENC[…] value parser.
// The first input byte picks the store; the rest is the file. Emitting what was parsed must not crash either.
#include "secrets/sops/SopsCipher.h"
#include "secrets/sops/SopsDotenvStore.h"
#include "secrets/sops/SopsFile.h"
#include "secrets/sops/SopsIniStore.h"
#include "secrets/sops/SopsJsonStore.h"
#include "secrets/sops/SopsYamlStore.h"

#include <cstddef>
#include <cstdint>

using namespace Infradeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const auto format = SopsDocument::Format(data[0] % 5);
    const QByteArrayView text(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    auto file = SopsFile::fromBytes(text, format, QStringLiteral("fuzz"));
    if (file) {
        (void)file->entries();
        (void)file->emitDecrypted();
        (void)file->decrypt({}); // no identities: exercises the metadata checks only
    }
    Result<SopsDocument> doc = format == SopsDocument::Format::Yaml ? SopsYamlStore::parse(text)
                              : format == SopsDocument::Format::Dotenv ? SopsDotenvStore::parse(text)
                              : format == SopsDocument::Format::Ini   ? SopsIniStore::parse(text)
                                                                      : SopsJsonStore::parse(text);
    if (doc) {
        // What we write must read back.
        const QByteArray again = format == SopsDocument::Format::Yaml ? SopsYamlStore::emit(doc.value(), false, true)
                               : format == SopsDocument::Format::Dotenv ? SopsDotenvStore::emit(doc.value(), false, true)
                               : format == SopsDocument::Format::Ini   ? SopsIniStore::emit(doc.value(), false, true)
                                                                       : SopsJsonStore::emit(doc.value(), false, true);
        (void)again;
    }
    (void)SopsCipher::parse(text);
    return 0;
}
