// Terraform resource addresses: module.a["x"].module.b.hcloud_server.web[0], data.x.y, module paths.
#pragma once

#include "common/Error.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>

namespace Infradeck {

class Address
{
public:
    enum class Mode { Managed, Data };

    // One `module.NAME[KEY]` step; key is invalid (no key), an int (count) or a QString (for_each).
    struct ModuleStep
    {
        QString name;
        QVariant key;
        bool operator==(const ModuleStep &other) const { return name == other.name && key == other.key; }
    };

    static Result<Address> parse(const QString &text);
    // "module.a[\"x\"].module.b" or "" (root).
    static Result<QList<ModuleStep>> parseModulePath(const QString &text);
    static QString keyToString(const QVariant &key); // [0] / ["x"] / ""
    static QString modulePathToString(const QList<ModuleStep> &path, bool withKeys = true);

    // A reference from a configuration expression (aws_instance.a.id, data.x.y[1].attr, module.m.out,
    // var.x, ...) normalised to the resource or module address it points at, prefixed with modulePath
    // ("module.a.module.b", without instance keys). Empty when it is no resource (var, local, each, count,
    // path, self, terraform).
    static QString normaliseReference(const QString &reference, const QString &modulePath = {});

    QString toString() const;            // the full address
    QString resourceString() const;      // without the resource's instance key (module keys kept)
    QString moduleString() const;        // the module path with keys ("" for root)
    QString moduleGroupKey() const;      // the module path without keys: what "group by module" groups on
    Address resource() const;            // a copy without the instance key
    bool isRoot() const { return modulePath.isEmpty(); }
    bool isData() const { return mode == Mode::Data; }

    // Groups addresses by moduleGroupKey(), root first ("" key).
    static QMap<QString, QList<Address>> groupByModule(const QList<Address> &addresses);

    bool operator==(const Address &other) const;

    QList<ModuleStep> modulePath;
    Mode mode = Mode::Managed;
    QString type;
    QString name;
    QVariant instanceKey;
};

} // namespace Infradeck
