#include "Translations.h"

#include "DataFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace Infradeck {

namespace {
std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}
} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de")};
}

QStringList translationDirectories()
{
    QStringList dirs;
    const QStringList dataDirs = dataDirectories();
    for (const QString &d : dataDirs)
        dirs << d + QStringLiteral("/translations");
#ifdef INFRADECK_BUILD_TRANSLATIONS_DIR
    dirs << QStringLiteral(INFRADECK_BUILD_TRANSLATIONS_DIR);
#endif
    return dirs;
}

QString installTranslations(const QString &language)
{
    for (auto &t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Dates and numbers follow a language chosen in Preferences, not only the words.
    QLocale::setDefault(locale);
    const QString code = QLocale::languageToCode(locale.language());
    if (locale.language() == QLocale::English || locale.language() == QLocale::C || !availableLanguages().contains(code))
        return QStringLiteral("en");

    const QStringList dirs = translationDirectories();
    int loaded = 0;
    for (const QString &module : {QStringLiteral("core"), QStringLiteral("ui")}) {
        for (const QString &dir : dirs) {
            auto translator = std::make_unique<QTranslator>();
            if (translator->load(locale, module, QStringLiteral("_"), dir)) {
                QCoreApplication::installTranslator(translator.get());
                installed().push_back(std::move(translator));
                ++loaded;
                break;
            }
        }
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed().push_back(std::move(qt));
    }
    return loaded > 0 ? code : QStringLiteral("en");
}

} // namespace Infradeck
