#pragma once
// Where Infradeck finds the data it ships (rules, catalogs, the demo, translations): the one lookup rule.
#include <QString>
#include <QStringList>

namespace Infradeck {

// The folders that may hold shipped data, best first: (macOS) the bundle's Contents/Resources/infradeck, an installed
// <prefix>/share/infradeck next to the binary,
// a resources/ folder next to the binary, the source tree's resources/ (a build tree).
QStringList dataDirectories();

// The path of `relative` (e.g. "risk/default-rules.yaml"): the environment variable `envOverride` when set, else the
// first existing file in the Qt resources (":/relative") or dataDirectories(); when none exists, the installed path
// (so messages name where it was expected).
QString findDataFile(const QString &relative, const char *envOverride = nullptr);

} // namespace Infradeck
