#include "Versions.h"

#include <QtGlobal>

#include <libssh/libssh.h>
#include <openssl/crypto.h>

namespace Infradeck {

QString applicationVersion()
{
    return QStringLiteral(INFRADECK_VERSION);
}

QList<QPair<QString, QString>> libraryVersions()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("yaml-cpp"), QStringLiteral(INFRADECK_YAMLCPP_VERSION)},
        {QStringLiteral("libssh"), QString::fromLatin1(ssh_version(0))},
        {QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))},
    };
}

} // namespace Infradeck
