#include "DataFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Infradeck {

QStringList dataDirectories()
{
    QStringList dirs;
    if (QCoreApplication::instance()) {
        const QString appDir = QCoreApplication::applicationDirPath();
#ifdef Q_OS_MACOS
        dirs << QDir::cleanPath(appDir + QStringLiteral("/../Resources/infradeck")); // Infradeck.app/Contents/MacOS/..
#endif
        dirs << QDir::cleanPath(appDir + QStringLiteral("/../share/infradeck"))
             << QDir::cleanPath(appDir + QStringLiteral("/resources"));
    }
#ifdef INFRADECK_SOURCE_RESOURCES_DIR
    dirs << QStringLiteral(INFRADECK_SOURCE_RESOURCES_DIR);
#endif
    return dirs;
}

QString findDataFile(const QString &relative, const char *envOverride)
{
    if (envOverride) {
        const QString fromEnv = qEnvironmentVariable(envOverride);
        if (!fromEnv.isEmpty())
            return fromEnv;
    }
    const QString inResources = QStringLiteral(":/") + relative;
    if (QFileInfo::exists(inResources))
        return inResources;
    const QStringList dirs = dataDirectories();
    for (const QString &dir : dirs) {
        const QString candidate = dir + QLatin1Char('/') + relative;
        if (QFileInfo::exists(candidate))
            return QDir::cleanPath(QFileInfo(candidate).absoluteFilePath());
    }
    return dirs.isEmpty() ? relative : dirs.first() + QLatin1Char('/') + relative;
}

} // namespace Infradeck
