#include "Address.h"

#include <QCoreApplication>

namespace Infradeck {

namespace {

struct Segment
{
    QString ident;
    QList<QVariant> keys; // usually zero or one; invalid QVariant = non-literal key (e.g. [count.index])
};

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Infradeck::Address)
};

bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-');
}

// Splits "a.b[0].c[\"x\"]" into segments. strict: keys must be literals and the text must be well formed.
Result<QList<Segment>> lex(const QString &text, bool strict)
{
    QList<Segment> out;
    const qsizetype n = text.size();
    qsizetype i = 0;
    auto fail = [&](const QString &expected) {
        return Error(Tr::tr("invalid address \"%1\" at character %2").arg(text).arg(i + 1)).expecting(expected);
    };
    while (i < n) {
        Segment seg;
        const qsizetype start = i;
        while (i < n && isIdentChar(text.at(i)))
            ++i;
        if (i == start)
            return fail(Tr::tr("a name"));
        seg.ident = text.mid(start, i - start);
        while (i < n && text.at(i) == QLatin1Char('[')) {
            ++i;
            if (i < n && text.at(i) == QLatin1Char('"')) {
                QString key;
                ++i;
                bool closed = false;
                while (i < n) {
                    const QChar c = text.at(i);
                    if (c == QLatin1Char('\\') && i + 1 < n) {
                        const QChar e = text.at(i + 1);
                        key += e == QLatin1Char('n') ? QChar(QLatin1Char('\n')) : e == QLatin1Char('t') ? QChar(QLatin1Char('\t')) : e;
                        i += 2;
                        continue;
                    }
                    if (c == QLatin1Char('"')) {
                        closed = true;
                        ++i;
                        break;
                    }
                    key += c;
                    ++i;
                }
                if (!closed)
                    return fail(Tr::tr("a closing quote"));
                seg.keys << QVariant(key);
            } else {
                const qsizetype keyStart = i;
                while (i < n && (text.at(i).isDigit() || (i == keyStart && text.at(i) == QLatin1Char('-'))))
                    ++i;
                bool ok = false;
                const int number = text.mid(keyStart, i - keyStart).toInt(&ok);
                if (ok && i < n && text.at(i) == QLatin1Char(']')) {
                    seg.keys << QVariant(number);
                } else {
                    if (strict)
                        return fail(Tr::tr("a number or a quoted string as index"));
                    int depth = 1; // skip a non-literal index such as [count.index]
                    while (i < n && depth > 0) {
                        if (text.at(i) == QLatin1Char('['))
                            ++depth;
                        else if (text.at(i) == QLatin1Char(']'))
                            --depth;
                        if (depth > 0)
                            ++i;
                    }
                    seg.keys << QVariant();
                }
            }
            if (i >= n || text.at(i) != QLatin1Char(']'))
                return fail(Tr::tr("\"]\""));
            ++i;
        }
        out << seg;
        if (i < n) {
            if (text.at(i) != QLatin1Char('.'))
                return fail(Tr::tr("\".\" or \"[\""));
            ++i;
            if (i >= n)
                return fail(Tr::tr("a name after \".\""));
        }
    }
    return out;
}

} // namespace

QString Address::keyToString(const QVariant &key)
{
    if (!key.isValid() || key.isNull())
        return {};
    if (key.typeId() == QMetaType::QString) {
        QString escaped = key.toString();
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        return QStringLiteral("[\"") + escaped + QStringLiteral("\"]");
    }
    return QLatin1Char('[') + QString::number(key.toLongLong()) + QLatin1Char(']');
}

QString Address::modulePathToString(const QList<ModuleStep> &path, bool withKeys)
{
    QString out;
    for (const ModuleStep &step : path) {
        if (!out.isEmpty())
            out += QLatin1Char('.');
        out += QStringLiteral("module.") + step.name;
        if (withKeys)
            out += keyToString(step.key);
    }
    return out;
}

Result<QList<Address::ModuleStep>> Address::parseModulePath(const QString &text)
{
    QList<ModuleStep> path;
    if (text.isEmpty())
        return path;
    auto segments = lex(text, true);
    if (!segments)
        return segments.error();
    const QList<Segment> &s = segments.value();
    for (qsizetype i = 0; i < s.size(); i += 2) {
        if (s[i].ident != QLatin1String("module") || !s[i].keys.isEmpty() || i + 1 >= s.size() || s[i + 1].keys.size() > 1)
            return Error(Tr::tr("invalid module path \"%1\"").arg(text)).expecting(QStringLiteral("module.NAME[KEY]..."));
        path << ModuleStep{s[i + 1].ident, s[i + 1].keys.value(0)};
    }
    return path;
}

Result<Address> Address::parse(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Error(Tr::tr("empty resource address")).expecting(Tr::tr("TYPE.NAME"));
    auto segments = lex(text, true);
    if (!segments)
        return segments.error();
    const QList<Segment> &s = segments.value();
    Address a;
    qsizetype i = 0;
    while (i < s.size() && s[i].ident == QLatin1String("module") && s[i].keys.isEmpty()) {
        if (i + 1 >= s.size() || s[i + 1].keys.size() > 1)
            return Error(Tr::tr("invalid resource address \"%1\": module step without a name").arg(text))
                .expecting(QStringLiteral("module.NAME"));
        a.modulePath << ModuleStep{s[i + 1].ident, s[i + 1].keys.value(0)};
        i += 2;
    }
    if (i < s.size() && s[i].ident == QLatin1String("data") && s[i].keys.isEmpty()) {
        a.mode = Mode::Data;
        ++i;
    }
    if (s.size() - i != 2 || !s[i].keys.isEmpty() || s[i + 1].keys.size() > 1)
        return Error(Tr::tr("invalid resource address \"%1\"").arg(text))
            .expecting(Tr::tr("[module.NAME[KEY].]...[data.]TYPE.NAME[KEY]"));
    a.type = s[i].ident;
    a.name = s[i + 1].ident;
    a.instanceKey = s[i + 1].keys.value(0);
    return a;
}

QString Address::normaliseReference(const QString &reference, const QString &modulePath)
{
    auto segments = lex(reference, false);
    if (!segments || segments->isEmpty())
        return {};
    const QList<Segment> &s = segments.value();
    const QString &head = s[0].ident;
    static const QStringList nonResource = {QStringLiteral("var"),   QStringLiteral("local"), QStringLiteral("each"),
                                            QStringLiteral("count"), QStringLiteral("path"),  QStringLiteral("self"),
                                            QStringLiteral("terraform")};
    if (nonResource.contains(head))
        return {};
    QString target;
    if (head == QLatin1String("module")) {
        if (s.size() < 2)
            return {};
        target = QStringLiteral("module.") + s[1].ident;
    } else if (head == QLatin1String("data")) {
        if (s.size() < 3)
            return {};
        target = QStringLiteral("data.") + s[1].ident + QLatin1Char('.') + s[2].ident;
    } else {
        if (s.size() < 2)
            return {};
        target = head + QLatin1Char('.') + s[1].ident;
    }
    return modulePath.isEmpty() ? target : modulePath + QLatin1Char('.') + target;
}

QString Address::moduleString() const
{
    return modulePathToString(modulePath, true);
}

QString Address::moduleGroupKey() const
{
    return modulePathToString(modulePath, false);
}

QString Address::resourceString() const
{
    QString out = moduleString();
    if (!out.isEmpty())
        out += QLatin1Char('.');
    if (mode == Mode::Data)
        out += QStringLiteral("data.");
    return out + type + QLatin1Char('.') + name;
}

QString Address::toString() const
{
    return resourceString() + keyToString(instanceKey);
}

Address Address::resource() const
{
    Address copy = *this;
    copy.instanceKey = QVariant();
    return copy;
}

QMap<QString, QList<Address>> Address::groupByModule(const QList<Address> &addresses)
{
    QMap<QString, QList<Address>> groups;
    for (const Address &a : addresses)
        groups[a.moduleGroupKey()] << a;
    return groups;
}

bool Address::operator==(const Address &other) const
{
    return modulePath == other.modulePath && mode == other.mode && type == other.type && name == other.name
        && instanceKey == other.instanceKey;
}

} // namespace Infradeck
