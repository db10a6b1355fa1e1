#include "Plan.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Infradeck {

Plan::Counts Plan::counts() const
{
    Counts c;
    for (const ResourceChange &rc : changes) {
        switch (rc.action) {
        case ResourceChange::Action::NoOp:
            ++c.noOp;
            break;
        case ResourceChange::Action::Create:
            ++c.create;
            break;
        case ResourceChange::Action::Read:
            ++c.read;
            break;
        case ResourceChange::Action::Update:
            ++c.update;
            break;
        case ResourceChange::Action::Delete:
            ++c.remove;
            break;
        case ResourceChange::Action::Replace:
            ++c.replace;
            break;
        }
    }
    return c;
}

int Plan::changeIndex(const QString &address) const
{
    if (m_indexByAddress.isEmpty() && !changes.isEmpty()) {
        m_indexByAddress.reserve(changes.size());
        for (int i = 0; i < changes.size(); ++i) {
            // Deposed objects share the address; the current object wins.
            if (changes[i].deposed.isEmpty() || !m_indexByAddress.contains(changes[i].address))
                m_indexByAddress.insert(changes[i].address, i);
        }
    }
    return m_indexByAddress.value(address, -1);
}

QByteArrayView Plan::raw(const JsonSpan &span) const
{
    if (!span.isPresent() || !buffer || span.offset + span.length > buffer->size())
        return {};
    return QByteArrayView(buffer->constData() + span.offset, span.length);
}

QJsonValue Plan::json(const JsonSpan &span) const
{
    const QByteArrayView bytes = raw(span);
    if (bytes.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    // QJsonDocument needs an array or object at the top: wrap scalars and containers alike.
    QByteArray wrapped;
    wrapped.reserve(bytes.size() + 2);
    wrapped.append('[').append(bytes).append(']');
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped);
    return doc.isArray() && !doc.array().isEmpty() ? doc.array().at(0) : QJsonValue(QJsonValue::Undefined);
}

} // namespace Infradeck
