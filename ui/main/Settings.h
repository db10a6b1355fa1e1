// The desktop preferences: one place for the QSettings keys and their defaults, read by the main window and the
// Preferences dialog (views get the values through their setters, so they stay testable without QSettings).
#pragma once

#include <QCryptographicHash>
#include <QSettings>
#include <QString>

namespace Infradeck::Settings {

// "" = the system locale, else "en", "fr", "de". Read by app/gui/main.cpp before the first window.
inline const QString LanguageKey = QStringLiteral("ui/language");
// "system" (default), "light" or "dark".
inline const QString ThemeKey = QStringLiteral("ui/theme");
// Seconds between automatic telemetry refreshes; 0 = off (default). Same presets as the Telemetry view.
inline const QString TelemetryRefreshKey = QStringLiteral("telemetry/autoRefreshSeconds");
// Seconds between host reachability checks while the Hosts view is shown; 0 = off (default).
inline const QString HostPollKey = QStringLiteral("hosts/pollSeconds");
// Seconds before a copied secret value is cleared from the clipboard (default 30).
inline const QString ClipboardTimeoutKey = QStringLiteral("secrets/clipboardTimeoutSeconds");
// Used before there was one default per workspace; still read as a fallback.
inline const QString LegacyDefaultEnvironmentKey = QStringLiteral("workspace/defaultEnvironment");

constexpr int DefaultClipboardTimeoutSeconds = 30;
constexpr int MinClipboardTimeoutSeconds = 5;
constexpr int MaxClipboardTimeoutSeconds = 600;

// The default environment is remembered per workspace file (two workspaces rarely share environment names).
inline QString defaultEnvironmentKey(const QString &workspaceFile)
{
    const QByteArray digest = QCryptographicHash::hash(workspaceFile.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("workspaces/%1/defaultEnvironment").arg(QString::fromLatin1(digest));
}

inline QString language() { return QSettings().value(LanguageKey).toString(); }
inline QString theme() { return QSettings().value(ThemeKey, QStringLiteral("system")).toString(); }
inline int telemetryRefreshSeconds() { return qMax(0, QSettings().value(TelemetryRefreshKey, 0).toInt()); }
inline int hostPollSeconds() { return qMax(0, QSettings().value(HostPollKey, 0).toInt()); }
inline int clipboardTimeoutSeconds()
{
    return qBound(MinClipboardTimeoutSeconds, QSettings().value(ClipboardTimeoutKey, DefaultClipboardTimeoutSeconds).toInt(),
                  MaxClipboardTimeoutSeconds);
}
inline QString defaultEnvironment(const QString &workspaceFile)
{
    QSettings settings;
    const QString own = settings.value(defaultEnvironmentKey(workspaceFile)).toString();
    return own.isEmpty() ? settings.value(LegacyDefaultEnvironmentKey).toString() : own;
}

} // namespace Infradeck::Settings
