// One row per workspace environment (resource count, providers, last serial, state file time, protected),
// long-lived environments first, preview (PR) environments in a group of their own with their age.
#pragma once

#include <QAbstractItemModel>
#include <QDate>
#include <QDateTime>
#include <QStringList>

namespace Infradeck {

class EnvironmentSummaryModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ResourcesColumn,
        ProvidersColumn,
        SerialColumn,
        ModifiedColumn,
        AgeColumn,
        MonthlyCostColumn,
        ProtectedColumn,
        ColumnCount
    };
    enum Role { NameRole = Qt::UserRole + 1, IsGroupRole, IsOldRole, AgeDaysRole };
    static constexpr int OldAfterDays = 14;

    struct Summary
    {
        QString name;
        QString kind;
        bool isProtected = false;
        bool preview = false;
        QString statePath;
        QDate created;
        bool loaded = false; // false while reading or when there is no state
        int resourceCount = -1;
        QStringList providers; // short names, sorted
        qint64 serial = -1;
        QDateTime modified; // of the state file
        QString error;      // read error, or why there is no state
        QString monthlyCost; // "14.10 EUR/month" from the price catalog; empty when not estimated
    };

    explicit EnvironmentSummaryModel(QObject *parent = nullptr);

    void setSummaries(const QList<Summary> &summaries);
    // The day ages are measured to (tests pin it; default today).
    void setReferenceDate(const QDate &date);
    const Summary *summaryAt(const QModelIndex &index) const;
    QModelIndex indexOfName(const QString &name) const;
    // Age in days from `created`, else from the state file time; -1 when neither is known.
    int ageDays(const Summary &summary) const;
    bool isOld(const Summary &summary) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString title;
        QList<int> rows; // indexes into m_summaries
    };
    void regroup();

    QList<Summary> m_summaries;
    QList<Group> m_groups;
    QDate m_reference;
};

} // namespace Infradeck
