// Versions of the libraries Infradeck is built with, for About boxes and `--version`.
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace Infradeck {

QString applicationVersion();
// (name, version) pairs: Qt, yaml-cpp, libssh, OpenSSL (run-time versions where the library reports one).
QList<QPair<QString, QString>> libraryVersions();

} // namespace Infradeck
