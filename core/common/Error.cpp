#include "Error.h"

#include <QCoreApplication>

namespace Infradeck {

Error::Error(QString message, QString source, Severity severity)
    : message(std::move(message)), source(std::move(source)), severity(severity)
{
}

Error &Error::at(int l, int c)
{
    line = l;
    column = c;
    return *this;
}

Error &Error::atPath(const QString &p)
{
    path = p;
    return *this;
}

Error &Error::atOffset(qint64 byteOffset)
{
    offset = byteOffset;
    return *this;
}

Error &Error::expecting(const QString &what)
{
    expected = what;
    return *this;
}

Error &Error::asWarning()
{
    severity = Severity::Warning;
    return *this;
}

QString Error::location() const
{
    QStringList parts;
    if (line > 0)
        parts << (column > 0 ? QCoreApplication::translate("Infradeck::Error", "line %1, column %2").arg(line).arg(column)
                             : QCoreApplication::translate("Infradeck::Error", "line %1").arg(line));
    if (offset >= 0)
        parts << QCoreApplication::translate("Infradeck::Error", "byte %1").arg(offset);
    if (!path.isEmpty())
        parts << path;
    return parts.join(QStringLiteral(", "));
}

QString Error::toString() const
{
    QString prefix = source;
    if (line > 0) {
        prefix += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            prefix += QLatin1Char(':') + QString::number(column);
    }
    QString text = prefix.isEmpty() ? QString() : prefix + QStringLiteral(": ");
    text += isWarning() ? QStringLiteral("warning: ") : QStringLiteral("error: ");
    text += message;
    QStringList details;
    if (offset >= 0)
        details << QCoreApplication::translate("Infradeck::Error", "at byte %1").arg(offset);
    if (!path.isEmpty())
        details << QCoreApplication::translate("Infradeck::Error", "at %1").arg(path);
    if (!expected.isEmpty())
        details << QCoreApplication::translate("Infradeck::Error", "expected %1").arg(expected);
    if (!details.isEmpty())
        text += QStringLiteral(" (") + details.join(QStringLiteral("; ")) + QLatin1Char(')');
    return text;
}

bool hasErrors(const Errors &errors)
{
    for (const Error &e : errors)
        if (!e.isWarning())
            return true;
    return false;
}

} // namespace Infradeck
