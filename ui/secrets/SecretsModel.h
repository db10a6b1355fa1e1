// The keys and values of one opened SOPS file: values masked unless one row is revealed; edits go to the file.
#pragma once

#include "common/Error.h"
#include "common/SecureBytes.h"
#include "secrets/sops/SopsFile.h"

#include <QAbstractTableModel>

#include <memory>

namespace Infradeck {

class SecretsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, TypeColumn, ValueColumn, ColumnCount };
    static QString mask(); // what a hidden value looks like

    explicit SecretsModel(QObject *parent = nullptr);

    // The decrypted working copy (edits change it); null clears the model.
    void setFile(std::shared_ptr<SopsFile> file);
    std::shared_ptr<SopsFile> file() const { return m_file; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // EditRole on the value column: the text is checked against the value's type (kept), then set.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    QStringList path(int row) const;
    int rowOf(const QStringList &path) const;
    SecureBytes plaintext(int row) const;
    Errors setValue(int row, const QString &text);
    Errors addKey(const QStringList &path, const QString &text);
    Errors removeKey(int row);

    // One value at a time is shown in clear.
    void reveal(int row);
    void hideAll();
    int revealedRow() const { return m_revealed; }

Q_SIGNALS:
    void edited();

private:
    void rebuild();

    std::shared_ptr<SopsFile> m_file;
    QList<QStringList> m_paths;
    int m_revealed = -1;
};

} // namespace Infradeck
