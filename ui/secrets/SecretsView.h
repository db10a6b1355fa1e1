// The Secrets view: an environment's SOPS files with their status; open one (decrypted on the pool, in memory
// only), show keys with values masked, reveal one at a time, copy with clipboard auto-clear, edit, add, delete,
// review the changes and save (re-encrypts only what changed; refuses to overwrite a file changed on disk).
#pragma once

#include "main/FeatureView.h"

#include "common/Error.h"
#include "secrets/age/AgeIdentity.h"

#include <QByteArray>
#include <QFuture>
#include <QStringList>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;

namespace Infradeck {

class CredentialStore;
class SecretsModel;
class SopsFile;

class SecretsView : public FeatureView
{
    Q_OBJECT
public:
    enum class Choice { Save, Discard, Cancel };
    // Seams for modal questions so tests can answer them.
    using KeyFilePicker = std::function<QString()>;                             // empty: cancelled
    using SaveConfirmer = std::function<Choice(const QStringList &changes)>;    // before saving: the diff
    using UnsavedQuestion = std::function<Choice(const QString &file)>;         // leaving with unsaved changes

    explicit SecretsView(QWidget *parent = nullptr, CredentialStore *store = nullptr);
    ~SecretsView() override;

    QString title() const override;
    void setEnvironment(const Workspace &workspace, const Environment *env) override;

    void setKeyFilePicker(KeyFilePicker picker) { m_keyFilePicker = std::move(picker); }
    void setSaveConfirmer(SaveConfirmer confirmer) { m_saveConfirmer = std::move(confirmer); }
    void setUnsavedQuestion(UnsavedQuestion question) { m_unsavedQuestion = std::move(question); }
    void setRevealTimeout(int ms) { m_revealTimeoutMs = ms; }
    void setClipboardTimeout(int ms);

    // Shows files without a workspace (tests, "open file").
    void setFiles(const QStringList &paths);
    // Opens with the known identities (keychain, demo key, a key file picked before); asks for unsaved changes.
    bool openFile(const QString &path);
    // Asks for a key file through the picker, then opens.
    bool openFileWithKeyFile(const QString &path);
    bool isLoading() const { return m_loading; }
    QString currentPath() const { return m_currentPath; }
    SecretsModel *model() const { return m_model; }
    QString message() const;
    bool isModified() const;

    void revealRow(int row);
    void copyRow(int row);
    Errors editRow(int row, const QString &value);
    Errors addKey(const QString &name, const QString &value);
    Errors deleteRow(int row);
    QStringList changes() const; // "added KEY", "removed KEY", "changed KEY" — never values
    bool save();
    void discard();
    // Before closing or switching: true when it is fine to leave (saved, discarded or nothing changed).
    bool maybeLeave();
    void showKeysDialog();

Q_SIGNALS:
    void fileOpened(const QString &path);
    void openFailed(const QString &path, const QString &message);
    void saved(const QString &path);

private:
    struct Loaded;
    void refreshStatus();
    void loadStoredIdentities();
    void startOpen(const QString &path);
    void setMessage(const QString &text, bool error = false);
    void updateButtons();
    int selectedRow() const;
    QString selectedFile() const;
    void clearClipboardIfOurs();

    CredentialStore *m_store;
    QString m_workspaceId;
    QStringList m_files;
    QString m_demoKeyPath;
    QList<AgeIdentity> m_storedIdentities;
    quint64 m_identityGeneration = 0; // bumped by loadStoredIdentities; older readIdentities answers are ignored
    QList<AgeIdentity> m_pickedIdentities;
    QHash<QString, QString> m_macStatus; // path -> text

    QString m_currentPath;
    std::shared_ptr<SopsFile> m_original; // as decrypted from disk
    QByteArray m_diskDigest;              // SHA-256 of the bytes we opened
    bool m_loading = false;
    QFuture<void> m_task;

    KeyFilePicker m_keyFilePicker;
    SaveConfirmer m_saveConfirmer;
    UnsavedQuestion m_unsavedQuestion;
    int m_revealTimeoutMs = 20000;
    int m_clipboardTimeoutMs = 30000;
    QByteArray m_copiedDigest; // of the value we put on the clipboard

    QTableWidget *m_fileTable;
    QPushButton *m_openButton;
    QPushButton *m_openWithKeyButton;
    QPushButton *m_keysButton;
    QLabel *m_fileLabel;
    QLabel *m_messageLabel;
    QTableView *m_valueView;
    SecretsModel *m_model;
    QPushButton *m_revealButton;
    QPushButton *m_copyButton;
    QPushButton *m_addButton;
    QPushButton *m_deleteButton;
    QPushButton *m_saveButton;
    QPushButton *m_discardButton;
    QTimer *m_revealTimer;
    QTimer *m_clipboardTimer;
};

} // namespace Infradeck
