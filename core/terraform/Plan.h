// A read plan: scalar fields of every change decoded, attribute values kept as spans into the file buffer.
#pragma once

#include "terraform/Configuration.h"
#include "terraform/ResourceChange.h"

#include "common/Error.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>

namespace Infradeck {

struct OutputChange
{
    QString name;
    ResourceChange::Action action = ResourceChange::Action::NoOp;
    bool sensitive = false; // before_sensitive/after_sensitive true anywhere
    JsonSpan before;
    JsonSpan after;
    JsonSpan afterUnknown;
    JsonSpan beforeSensitive;
    JsonSpan afterSensitive;
};

class Plan
{
public:
    struct Counts
    {
        int create = 0;
        int update = 0;
        int remove = 0; // "delete"
        int replace = 0;
        int read = 0;
        int noOp = 0;
        int total() const { return create + update + remove + replace + read + noOp; }
    };

    QString source;
    QString formatVersion;
    QString terraformVersion; // empty when absent
    bool redactedFormat = false; // HCP Terraform's redacted JSON (plan_format_version)
    bool errored = false;
    bool complete = true;
    bool applyable = true;
    QString timestamp;

    QList<ResourceChange> changes;
    QList<ResourceChange> drift;
    QList<OutputChange> outputChanges;
    Configuration configuration;
    Errors warnings;

    Counts counts() const;
    int changeIndex(const QString &address) const; // -1 when absent

    // Decodes one span (lazily, for the change being shown). Undefined when absent.
    QJsonValue json(const JsonSpan &span) const;
    QByteArrayView raw(const JsonSpan &span) const;

    // The file's bytes (plus simdjson padding); spans point into it.
    std::shared_ptr<const QByteArray> buffer;
    qint64 dataOffset = 0; // where the JSON starts in buffer (after a skipped [command] line)
    qint64 dataLength = 0; // the JSON's length (without a wrapper's trailer): buffer->mid(dataOffset, dataLength)

private:
    mutable QHash<QString, int> m_indexByAddress;
};

} // namespace Infradeck
