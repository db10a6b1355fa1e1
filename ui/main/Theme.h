// Light, dark or the system's colours for the whole application, and the one place that gives plan action colours
// readable on the current background (WCAG contrast >= 3:1, the level for large/bold text and graphics).
#pragma once

#include "terraform/ResourceChange.h"

#include <QColor>
#include <QPalette>
#include <QString>

namespace Infradeck {

class Theme
{
public:
    enum class Mode { System, Light, Dark };

    static Mode modeFromString(const QString &text); // "light", "dark", anything else: System
    static QString modeToString(Mode mode);

    // Applies to the running QApplication: System restores the style and palette the application started with;
    // Light and Dark use Fusion with a light or dark palette.
    static void apply(Mode mode);
    static Mode currentMode();

    static QPalette lightPalette();
    static QPalette darkPalette();
    // True when the palette's window is darker than its text (Qt 6.4 has no QStyleHints::colorScheme).
    static bool isDark(const QPalette &palette);

    // The colour of a plan action on the palette's view background (QPalette::Base).
    static QColor actionColor(ResourceChange::Action action, const QPalette &palette);
    // The same on the application's current palette.
    static QColor actionColor(ResourceChange::Action action);

    static constexpr double MinimumContrast = 3.0;
    static double relativeLuminance(const QColor &color);
    static double contrastRatio(const QColor &a, const QColor &b);
    // `color` made lighter or darker (hue kept) until its contrast against background reaches minimum.
    static QColor readableOn(const QColor &color, const QColor &background, double minimum = MinimumContrast);
};

} // namespace Infradeck
