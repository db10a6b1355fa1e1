#include "AttributeDiff.h"

#include "terraform/Plan.h"

#include "common/Redaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Infradeck {

namespace {

bool absent(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull();
}

struct Walker
{
    const QList<QVariantList> &replacePaths;
    QList<AttributeDiff::Entry> out;

    bool forcesReplacement(const QVariantList &steps) const
    {
        for (const QVariantList &p : replacePaths) {
            if (p.size() > steps.size())
                continue;
            bool prefix = true;
            for (qsizetype i = 0; i < p.size() && prefix; ++i) {
                const QVariant &a = p.at(i);
                const QVariant &b = steps.at(i);
                prefix = (a.typeId() == QMetaType::QString) == (b.typeId() == QMetaType::QString)
                    && (a.typeId() == QMetaType::QString ? a.toString() == b.toString() : a.toLongLong() == b.toLongLong());
            }
            if (prefix)
                return true;
        }
        return false;
    }

    void leaf(const QVariantList &steps, const QString &name, const QJsonValue &b, const QJsonValue &a, const QJsonValue &u,
              const QJsonValue &bs, const QJsonValue &as)
    {
        AttributeDiff::Entry e;
        e.steps = steps;
        e.path = AttributeDiff::pathToString(steps);
        e.forcesReplacement = forcesReplacement(steps);
        e.unknown = Redaction::isMasked(u);
        e.sensitive = Redaction::isMasked(bs) || Redaction::isMasked(as);
        e.before = b.isUndefined() ? QString() : Redaction::maskedText(b, bs, true, name);
        if (e.unknown)
            e.after = AttributeDiff::unknownText();
        else
            e.after = a.isUndefined() ? QString() : Redaction::maskedText(a, as, true, name);
        if (!e.sensitive) {
            const QString rawBefore = b.isUndefined() ? QString() : Redaction::maskedText(b, QJsonValue(), false, name);
            const QString rawAfter = a.isUndefined() ? QString() : Redaction::maskedText(a, QJsonValue(), false, name);
            e.possiblySensitive = (!e.before.isEmpty() && e.before != rawBefore) || (!e.after.isEmpty() && !e.unknown && e.after != rawAfter);
        }
        if (e.unknown)
            e.kind = absent(b) ? AttributeDiff::Kind::Added : AttributeDiff::Kind::Changed;
        else if (absent(b) && !absent(a))
            e.kind = AttributeDiff::Kind::Added;
        else if (!absent(b) && absent(a))
            e.kind = AttributeDiff::Kind::Removed;
        else if (b == a)
            e.kind = AttributeDiff::Kind::Unchanged;
        else
            e.kind = AttributeDiff::Kind::Changed;
        out.append(std::move(e));
    }

    void walk(QVariantList &steps, const QString &name, const QJsonValue &b, const QJsonValue &a, const QJsonValue &u,
              const QJsonValue &bs, const QJsonValue &as, int depth)
    {
        const bool masked = Redaction::isMasked(bs) || Redaction::isMasked(as) || Redaction::isMasked(u);
        const bool objects = (b.isObject() || absent(b)) && (a.isObject() || absent(a)) && (b.isObject() || a.isObject());
        const bool arrays = (b.isArray() || absent(b)) && (a.isArray() || absent(a)) && (b.isArray() || a.isArray());
        if (masked || depth > 64 || (!objects && !arrays)) {
            leaf(steps, name, b, a, u, bs, as);
            return;
        }
        if (objects) {
            const QJsonObject bo = b.toObject();
            const QJsonObject ao = a.toObject();
            QStringList keys = bo.keys();
            for (const QString &k : ao.keys())
                if (!bo.contains(k))
                    keys << k;
            // Unknown attributes are absent from after but listed in after_unknown.
            if (u.isObject()) {
                const QJsonObject uo = u.toObject();
                for (auto it = uo.begin(); it != uo.end(); ++it)
                    if (!bo.contains(it.key()) && !ao.contains(it.key()) && it.value().isBool() && it.value().toBool())
                        keys << it.key();
            }
            std::sort(keys.begin(), keys.end());
            if (keys.isEmpty()) {
                leaf(steps, name, b, a, u, bs, as);
                return;
            }
            for (const QString &k : keys) {
                steps.append(k);
                walk(steps, k, bo.contains(k) ? bo.value(k) : QJsonValue(QJsonValue::Undefined),
                     ao.contains(k) ? ao.value(k) : QJsonValue(QJsonValue::Undefined),
                     u.isObject() ? u.toObject().value(k) : QJsonValue(QJsonValue::Undefined), Redaction::childMask(bs, k),
                     Redaction::childMask(as, k), depth + 1);
                steps.removeLast();
            }
            return;
        }
        const QJsonArray ba = b.toArray();
        const QJsonArray aa = a.toArray();
        const QJsonArray ua = u.toArray();
        const qsizetype n = std::max({ba.size(), aa.size(), ua.size()});
        if (n == 0) {
            leaf(steps, name, b, a, u, bs, as);
            return;
        }
        for (qsizetype i = 0; i < n; ++i) {
            steps.append(qint64(i));
            const QJsonValue ui = i < ua.size() ? ua.at(i) : QJsonValue(QJsonValue::Undefined);
            walk(steps, name, i < ba.size() ? ba.at(i) : QJsonValue(QJsonValue::Undefined),
                 i < aa.size() ? aa.at(i) : QJsonValue(QJsonValue::Undefined), ui, Redaction::childMask(bs, i),
                 Redaction::childMask(as, i), depth + 1);
            steps.removeLast();
        }
    }
};

} // namespace

QString AttributeDiff::unknownText()
{
    return QCoreApplication::translate("Infradeck::AttributeDiff", "(known after apply)");
}

QString AttributeDiff::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return QStringLiteral("added");
    case Kind::Removed:
        return QStringLiteral("removed");
    case Kind::Changed:
        return QStringLiteral("changed");
    case Kind::Unchanged:
        return QStringLiteral("unchanged");
    }
    return {};
}

QString AttributeDiff::pathToString(const QVariantList &steps)
{
    static const QRegularExpression plainKey(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*$"));
    QString out;
    for (const QVariant &s : steps) {
        if (s.typeId() == QMetaType::QString) {
            const QString key = s.toString();
            if (plainKey.match(key).hasMatch())
                out += (out.isEmpty() ? QString() : QStringLiteral(".")) + key;
            else
                out += QStringLiteral("[\"") + key + QStringLiteral("\"]");
        } else {
            out += QLatin1Char('[') + QString::number(s.toLongLong()) + QLatin1Char(']');
        }
    }
    return out;
}

QList<AttributeDiff::Entry> AttributeDiff::compute(const QJsonValue &before, const QJsonValue &after,
                                                   const QJsonValue &afterUnknown, const QJsonValue &beforeSensitive,
                                                   const QJsonValue &afterSensitive, const QList<QVariantList> &replacePaths)
{
    Walker walker{replacePaths, {}};
    QVariantList steps;
    walker.walk(steps, QString(), before.isNull() ? QJsonValue(QJsonValue::Undefined) : before,
                after.isNull() ? QJsonValue(QJsonValue::Undefined) : after, afterUnknown, beforeSensitive, afterSensitive, 0);
    // A change whose values are both absent has nothing to show.
    if (walker.out.size() == 1 && walker.out.first().steps.isEmpty() && walker.out.first().before.isEmpty()
        && walker.out.first().after.isEmpty())
        walker.out.clear();
    return walker.out;
}

QList<AttributeDiff::Entry> AttributeDiff::compute(const Plan &plan, const ResourceChange &change)
{
    return compute(plan.json(change.before), plan.json(change.after), plan.json(change.afterUnknown),
                   plan.json(change.beforeSensitive), plan.json(change.afterSensitive), change.replacePaths);
}

} // namespace Infradeck
