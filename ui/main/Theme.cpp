#include "Theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <algorithm>
#include <cmath>

namespace Infradeck {

namespace {

struct Startup
{
    bool captured = false;
    QString styleName;
    QPalette palette;
    Theme::Mode mode = Theme::Mode::System;
};

Startup &startup()
{
    static Startup s;
    return s;
}

void captureStartup()
{
    Startup &s = startup();
    if (s.captured)
        return;
    s.captured = true;
    s.styleName = QApplication::style() ? QApplication::style()->name() : QString();
    s.palette = QApplication::palette();
}

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

Theme::Mode Theme::modeFromString(const QString &text)
{
    if (text == QLatin1String("light"))
        return Mode::Light;
    if (text == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

QString Theme::modeToString(Mode mode)
{
    switch (mode) {
    case Mode::Light: return QStringLiteral("light");
    case Mode::Dark: return QStringLiteral("dark");
    case Mode::System: break;
    }
    return QStringLiteral("system");
}

void Theme::apply(Mode mode)
{
    captureStartup();
    Startup &s = startup();
    if (mode == s.mode)
        return;
    s.mode = mode;
    if (mode == Mode::System) {
        if (!s.styleName.isEmpty())
            QApplication::setStyle(s.styleName);
        QApplication::setPalette(s.palette);
        return;
    }
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(mode == Mode::Dark ? darkPalette() : lightPalette());
}

Theme::Mode Theme::currentMode()
{
    return startup().mode;
}

QPalette Theme::lightPalette()
{
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    const QPalette palette = fusion ? fusion->standardPalette() : QPalette(QColor(0xef, 0xef, 0xef));
    delete fusion;
    return palette;
}

QPalette Theme::darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x7f, 0x7f, 0x7f);
    const QColor highlight(0x2f, 0x6f, 0xc0);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x44));
    p.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x28));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1a));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0c));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x6a, 0xa9, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return p;
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < palette.color(QPalette::WindowText).lightnessF();
}

QColor Theme::actionColor(ResourceChange::Action action, const QPalette &palette)
{
    const bool dark = isDark(palette);
    QColor color;
    switch (action) {
    case ResourceChange::Action::Create: color = dark ? QColor(0x5b, 0xd1, 0x7a) : QColor(0x23, 0x86, 0x3c); break;
    case ResourceChange::Action::Update: color = dark ? QColor(0xf0, 0xb4, 0x29) : QColor(0xa6, 0x6a, 0x00); break;
    case ResourceChange::Action::Delete: color = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28); break;
    case ResourceChange::Action::Replace: color = dark ? QColor(0xd6, 0x8a, 0xe6) : QColor(0x9c, 0x27, 0xb0); break;
    case ResourceChange::Action::Read: color = dark ? QColor(0x6a, 0xa9, 0xff) : QColor(0x1e, 0x63, 0xc0); break;
    case ResourceChange::Action::NoOp: color = dark ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x70, 0x70, 0x70); break;
    }
    // A system theme may have any background: adjust rather than trust the table.
    return readableOn(color, palette.color(QPalette::Base));
}

QColor Theme::actionColor(ResourceChange::Action action)
{
    return actionColor(action, QApplication::palette());
}

double Theme::relativeLuminance(const QColor &color)
{
    const QColor c = color.toRgb();
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double Theme::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Theme::readableOn(const QColor &color, const QColor &background, double minimum)
{
    if (contrastRatio(color, background) >= minimum)
        return color;
    // Move away from the background's luminance in HSL lightness steps; black or white always end it.
    const bool lighten = relativeLuminance(background) < 0.18;
    QColor c = color.toHsl();
    for (int step = 0; step < 100; ++step) {
        const float l = std::clamp(c.lightnessF() + (lighten ? 0.02f : -0.02f), 0.0f, 1.0f);
        c.setHslF(c.hslHueF(), c.hslSaturationF(), l);
        if (contrastRatio(c, background) >= minimum)
            return c.toRgb();
        if (l <= 0.0f || l >= 1.0f)
            break;
    }
    return lighten ? QColor(Qt::white) : QColor(Qt::black);
}

} // namespace Infradeck
