#pragma once
// Loads Infradeck's and Qt's translations. The languages shipped are in availableLanguages().
#include <QString>
#include <QStringList>

namespace Infradeck {

// Language codes with a complete translation, "en" (the source language) first.
QStringList availableLanguages();

// Installs the translators for `language` ("fr", "de", "en"; empty = the system locale) into the running
// application: Infradeck's core_<lang>.qm and ui_<lang>.qm and Qt's own qtbase_<lang>.qm. Replaces translators
// installed by an earlier call. Returns the language now in use ("en" when nothing matched).
QString installTranslations(const QString &language);

// The folders searched for the .qm files: the installed share/infradeck/translations, then the build tree's.
QStringList translationDirectories();

} // namespace Infradeck
