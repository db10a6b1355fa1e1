// The keychain's age identities for a workspace: import an age key file, generate a new identity (shows the
// recipient to share), delete. Only names are listed; values never leave the keychain except to open files.
#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Infradeck {

class CredentialStore;

class KeysDialog : public QDialog
{
    Q_OBJECT
public:
    using KeyFilePicker = std::function<QString()>;

    KeysDialog(CredentialStore *store, const QString &workspaceId, QWidget *parent = nullptr);

    void setKeyFilePicker(KeyFilePicker picker) { m_picker = std::move(picker); }
    void importKeyFile();
    void generateIdentity();
    void deleteSelected();
    QString recipientShown() const;
    QString message() const;
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void finishedJob();

private:
    void refresh();
    void setBusy(bool busy);
    QString nameForNewKey() const;

    CredentialStore *m_store;
    QString m_workspaceId;
    KeyFilePicker m_picker;
    bool m_busy = false;
    QListWidget *m_list;
    QLineEdit *m_nameEdit;
    QPushButton *m_importButton;
    QPushButton *m_generateButton;
    QPushButton *m_deleteButton;
    QLineEdit *m_recipientEdit;
    QLabel *m_messageLabel;
};

} // namespace Infradeck
