#include "SecretsModel.h"

#include <QFont>

namespace Infradeck {

namespace {

// Checks text against a SOPS type; bools are stored as sops writes them (True/False).
Result<SecureBytes> typedBytes(const QString &text, SopsValue::Type type)
{
    bool ok = true;
    switch (type) {
    case SopsValue::Type::Int:
        text.toLongLong(&ok);
        if (!ok)
            return Error(SecretsModel::tr("not an integer")).expecting(SecretsModel::tr("an integer (type int is kept)"));
        break;
    case SopsValue::Type::Float:
        text.toDouble(&ok);
        if (!ok)
            return Error(SecretsModel::tr("not a number")).expecting(SecretsModel::tr("a number (type float is kept)"));
        break;
    case SopsValue::Type::Bool:
        if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return SecureBytes("True", 4);
        if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return SecureBytes("False", 5);
        return Error(SecretsModel::tr("not a boolean")).expecting(SecretsModel::tr("true or false (type bool is kept)"));
    default:
        break;
    }
    return SecureBytes::fromString(text);
}

} // namespace

QString SecretsModel::mask()
{
    return QStringLiteral("••••••••");
}

SecretsModel::SecretsModel(QObject *parent) : QAbstractTableModel(parent) {}

void SecretsModel::setFile(std::shared_ptr<SopsFile> file)
{
    beginResetModel();
    m_file = std::move(file);
    m_revealed = -1;
    m_paths.clear();
    if (m_file)
        for (const SopsFile::Entry &e : m_file->entries())
            if (!e.isComment)
                m_paths.append(e.path);
    endResetModel();
}

void SecretsModel::rebuild()
{
    setFile(m_file);
}

int SecretsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_paths.size());
}

int SecretsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SecretsModel::data(const QModelIndex &index, int role) const
{
    if (!m_file || !index.isValid() || index.row() >= m_paths.size())
        return {};
    const QStringList &p = m_paths.at(index.row());
    const SopsValue *v = m_file->value(p);
    if (!v)
        return {};
    switch (index.column()) {
    case KeyColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return p.join(QLatin1Char('.'));
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole)
            return SopsValue::typeName(v->type);
        break;
    case ValueColumn:
        if (role == Qt::DisplayRole) {
            if (index.row() != m_revealed)
                return mask();
            return QString::fromUtf8(v->plain.data(), qsizetype(v->plain.size()));
        }
        if (role == Qt::EditRole)
            return QString(); // editing starts empty: the old value is never put into an editor
        if (role == Qt::ToolTipRole)
            return v->dirty ? tr("changed, not saved yet")
                 : v->isEncrypted() ? tr("encrypted in the file")
                                    : tr("stored in clear text in the file");
        if (role == Qt::AccessibleTextRole)
            return index.row() == m_revealed ? tr("value shown") : tr("hidden value");
        break;
    default:
        break;
    }
    if (role == Qt::FontRole && v->dirty) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    return {};
}

QVariant SecretsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn: return tr("Key");
    case TypeColumn: return tr("Type");
    case ValueColumn: return tr("Value");
    default: return {};
    }
}

Qt::ItemFlags SecretsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ValueColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool SecretsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != ValueColumn)
        return false;
    return !hasErrors(setValue(index.row(), value.toString()));
}

QStringList SecretsModel::path(int row) const
{
    return row >= 0 && row < m_paths.size() ? m_paths.at(row) : QStringList();
}

int SecretsModel::rowOf(const QStringList &p) const
{
    return int(m_paths.indexOf(p));
}

SecureBytes SecretsModel::plaintext(int row) const
{
    const SopsValue *v = m_file ? m_file->value(path(row)) : nullptr;
    return v ? v->plain : SecureBytes();
}

Errors SecretsModel::setValue(int row, const QString &text)
{
    const SopsValue *v = m_file ? m_file->value(path(row)) : nullptr;
    if (!v)
        return {Error(tr("no such key"))};
    const SopsValue::Type type = v->type;
    auto bytes = typedBytes(text, type);
    if (!bytes)
        return {Error(bytes.error()).atPath(path(row).join(QLatin1Char('.')))};
    Errors e = m_file->setValue(path(row), SopsValue(type, std::move(bytes.value())));
    if (hasErrors(e))
        return e;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT edited();
    return {};
}

Errors SecretsModel::addKey(const QStringList &p, const QString &text)
{
    if (!m_file || p.isEmpty() || p.contains(QString()))
        return {Error(tr("empty key name"))};
    if (rowOf(p) >= 0)
        return {Error(tr("the key %1 already exists").arg(p.join(QLatin1Char('.'))))};
    Errors e = m_file->setValue(p, SopsValue(SopsValue::Type::Str, SecureBytes::fromString(text)));
    if (hasErrors(e))
        return e;
    rebuild();
    Q_EMIT edited();
    return {};
}

Errors SecretsModel::removeKey(int row)
{
    if (!m_file || row < 0 || row >= m_paths.size())
        return {Error(tr("no such key"))};
    Errors e = m_file->remove(m_paths.at(row));
    if (hasErrors(e))
        return e;
    rebuild();
    Q_EMIT edited();
    return {};
}

void SecretsModel::reveal(int row)
{
    const int old = m_revealed;
    m_revealed = (row >= 0 && row < m_paths.size()) ? row : -1;
    if (old >= 0)
        Q_EMIT dataChanged(index(old, ValueColumn), index(old, ValueColumn));
    if (m_revealed >= 0)
        Q_EMIT dataChanged(index(m_revealed, ValueColumn), index(m_revealed, ValueColumn));
}

void SecretsModel::hideAll()
{
    reveal(-1);
}

} // namespace Infradeck
