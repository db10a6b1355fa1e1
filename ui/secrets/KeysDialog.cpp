#include "KeysDialog.h"

#include "secrets/CredentialStore.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace Infradeck {

KeysDialog::KeysDialog(CredentialStore *store, const QString &workspaceId, QWidget *parent)
    : QDialog(parent),
      m_store(store),
      m_workspaceId(workspaceId),
      m_list(new QListWidget(this)),
      m_nameEdit(new QLineEdit(this)),
      m_importButton(new QPushButton(tr("Import Key File…"), this)),
      m_generateButton(new QPushButton(tr("Generate Identity"), this)),
      m_deleteButton(new QPushButton(tr("Delete"), this)),
      m_recipientEdit(new QLineEdit(this)),
      m_messageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("keysDialog"));
    setWindowTitle(tr("age Keys in the Keychain"));
    m_list->setObjectName(QStringLiteral("keyListWidget"));
    m_list->setAccessibleName(tr("Stored identities"));
    m_nameEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_nameEdit->setAccessibleName(tr("Name for a new identity"));
    m_nameEdit->setText(QStringLiteral("age"));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_generateButton->setObjectName(QStringLiteral("generateButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_recipientEdit->setObjectName(QStringLiteral("recipientLineEdit"));
    m_recipientEdit->setAccessibleName(tr("Recipient to share"));
    m_recipientEdit->setReadOnly(true);
    m_recipientEdit->setPlaceholderText(tr("The recipient (public key) of a new identity appears here"));
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_nameEdit);
    form->addRow(tr("Recipient:"), m_recipientEdit);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_generateButton);
    buttons->addStretch();
    buttons->addWidget(m_deleteButton);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->setObjectName(QStringLiteral("closeButtonBox"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_messageLabel);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_importButton, &QPushButton::clicked, this, &KeysDialog::importKeyFile);
    connect(m_generateButton, &QPushButton::clicked, this, &KeysDialog::generateIdentity);
    connect(m_deleteButton, &QPushButton::clicked, this, &KeysDialog::deleteSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { setBusy(m_busy); });
    connect(m_store, &CredentialStore::keysChanged, this, &KeysDialog::refresh);
    connect(m_store, &CredentialStore::keychainUnavailable, this, [this](const QString &text) { m_messageLabel->setText(text); });
    m_picker = [this] {
        return QFileDialog::getOpenFileName(this, tr("Import an age Key File"), {}, tr("age key files (*.txt *.key);;All files (*)"));
    };
    refresh();
    setBusy(false);
}

QString KeysDialog::recipientShown() const
{
    return m_recipientEdit->text();
}

QString KeysDialog::message() const
{
    return m_messageLabel->text();
}

void KeysDialog::refresh()
{
    m_list->clear();
    for (const CredentialStore::Key &key : m_store->keys(m_workspaceId)) {
        auto *item = new QListWidgetItem(key.environment == QLatin1String(CredentialStore::AnyEnvironment)
                                             ? key.name
                                             : tr("%1 (%2 only)").arg(key.name, key.environment),
                                         m_list);
        item->setData(Qt::UserRole, key.toString());
    }
    setBusy(m_busy);
}

void KeysDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_importButton->setEnabled(!busy);
    m_generateButton->setEnabled(!busy);
    m_deleteButton->setEnabled(!busy && m_list->currentItem());
}

QString KeysDialog::nameForNewKey() const
{
    QString name = m_nameEdit->text().trimmed();
    if (name.isEmpty())
        name = QStringLiteral("age");
    QStringList taken;
    for (const CredentialStore::Key &k : m_store->keys(m_workspaceId))
        taken << k.name;
    QString candidate = name;
    for (int i = 2; taken.contains(candidate); ++i)
        candidate = QStringLiteral("%1-%2").arg(name).arg(i);
    return candidate;
}

void KeysDialog::importKeyFile()
{
    const QString path = m_picker ? m_picker() : QString();
    if (path.isEmpty())
        return;
    CredentialStore::Key key;
    key.workspace = m_workspaceId;
    key.name = nameForNewKey();
    setBusy(true);
    // The keychain answers later; the dialog (on the caller's stack) may be gone by then: check self first.
    m_store->importIdentityFile(key, path, [this, self = QPointer<KeysDialog>(this), path](Result<AgeRecipient> r) {
        if (!self)
            return;
        setBusy(false);
        if (r) {
            m_recipientEdit->setText(r->toString());
            m_messageLabel->setText(tr("Imported; %1 is no longer needed by Infradeck.").arg(path));
        } else {
            m_messageLabel->setText(r.error().toString());
        }
        Q_EMIT finishedJob();
    });
}

void KeysDialog::generateIdentity()
{
    CredentialStore::Key key;
    key.workspace = m_workspaceId;
    key.name = nameForNewKey();
    setBusy(true);
    m_store->generateIdentity(key, [this, self = QPointer<KeysDialog>(this)](Result<AgeRecipient> r) {
        if (!self)
            return;
        setBusy(false);
        if (r) {
            m_recipientEdit->setText(r->toString());
            m_recipientEdit->selectAll();
            m_messageLabel->setText(tr("New identity stored. Share the recipient above so files can be encrypted to it."));
        } else {
            m_messageLabel->setText(r.error().toString());
        }
        Q_EMIT finishedJob();
    });
}

void KeysDialog::deleteSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    CredentialStore::Key key;
    if (!item || !CredentialStore::Key::parse(item->data(Qt::UserRole).toString(), key))
        return;
    setBusy(true);
    m_store->remove(key, [this, self = QPointer<KeysDialog>(this)](Errors e) {
        if (!self)
            return;
        setBusy(false);
        m_messageLabel->setText(hasErrors(e) ? e.first().toString() : tr("Deleted from the keychain."));
        Q_EMIT finishedJob();
    });
}

} // namespace Infradeck
