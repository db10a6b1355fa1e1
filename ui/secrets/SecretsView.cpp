#include "SecretsView.h"

#include "KeysDialog.h"
#include "SecretsModel.h"

#include "common/Async.h"
#include "secrets/CredentialStore.h"
#include "secrets/sops/SopsFile.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Infradeck {

namespace {

enum FileColumn { FileNameColumn, RecipientsColumn, ModifiedColumn, DecryptableColumn, MacColumn, FileColumnCount };

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

} // namespace

struct SecretsView::Loaded
{
    QString path;
    std::shared_ptr<SopsFile> file;
    QByteArray digest;
    Errors errors;
};

SecretsView::SecretsView(QWidget *parent, CredentialStore *store)
    : FeatureView(parent),
      m_store(store ? store : new CredentialStore(this)),
      m_fileTable(new QTableWidget(0, FileColumnCount, this)),
      m_openButton(new QPushButton(tr("Open"), this)),
      m_openWithKeyButton(new QPushButton(tr("Open with Key File…"), this)),
      m_keysButton(new QPushButton(tr("Keys…"), this)),
      m_fileLabel(new QLabel(this)),
      m_messageLabel(new QLabel(this)),
      m_valueView(new QTableView(this)),
      m_model(new SecretsModel(this)),
      m_revealButton(new QPushButton(tr("Reveal"), this)),
      m_copyButton(new QPushButton(tr("Copy"), this)),
      m_addButton(new QPushButton(tr("Add Key…"), this)),
      m_deleteButton(new QPushButton(tr("Delete Key"), this)),
      m_saveButton(new QPushButton(tr("Save…"), this)),
      m_discardButton(new QPushButton(tr("Discard Changes"), this)),
      m_revealTimer(new QTimer(this)),
      m_clipboardTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("secretsView"));
    m_fileTable->setObjectName(QStringLiteral("fileTableWidget"));
    m_fileTable->setAccessibleName(tr("SOPS files"));
    m_fileTable->setHorizontalHeaderLabels({tr("File"), tr("Recipients"), tr("Last modified"), tr("Decryptable"), tr("MAC")});
    m_fileTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fileTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fileTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fileTable->verticalHeader()->hide();
    m_fileTable->horizontalHeader()->setStretchLastSection(true);
    m_openButton->setObjectName(QStringLiteral("openButton"));
    m_openWithKeyButton->setObjectName(QStringLiteral("openWithKeyButton"));
    m_keysButton->setObjectName(QStringLiteral("keysButton"));
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_valueView->setObjectName(QStringLiteral("valueTableView"));
    m_valueView->setAccessibleName(tr("Keys and values"));
    m_valueView->setModel(m_model);
    m_valueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_valueView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_valueView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_valueView->verticalHeader()->hide();
    m_valueView->horizontalHeader()->setStretchLastSection(true);
    m_revealButton->setObjectName(QStringLiteral("revealButton"));
    m_revealButton->setToolTip(tr("Show the selected value for %1 seconds").arg(m_revealTimeoutMs / 1000));
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    setClipboardTimeout(m_clipboardTimeoutMs);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_discardButton->setObjectName(QStringLiteral("discardButton"));
    m_revealTimer->setSingleShot(true);
    m_clipboardTimer->setSingleShot(true);

    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_openButton);
    fileButtons->addWidget(m_openWithKeyButton);
    fileButtons->addStretch();
    fileButtons->addWidget(m_keysButton);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_fileTable);
    topLayout->addLayout(fileButtons);

    auto *valueButtons = new QHBoxLayout;
    for (QPushButton *b : {m_revealButton, m_copyButton, m_addButton, m_deleteButton})
        valueButtons->addWidget(b);
    valueButtons->addStretch();
    valueButtons->addWidget(m_discardButton);
    valueButtons->addWidget(m_saveButton);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_fileLabel);
    bottomLayout->addWidget(m_valueView);
    bottomLayout->addLayout(valueButtons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("secretsSplitter"));
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageLabel);
    layout->addWidget(splitter);

    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (!selectedFile().isEmpty())
            openFile(selectedFile());
    });
    connect(m_openWithKeyButton, &QPushButton::clicked, this, [this] {
        if (!selectedFile().isEmpty())
            openFileWithKeyFile(selectedFile());
    });
    connect(m_fileTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_files.size())
            openFile(m_files.at(row));
    });
    connect(m_fileTable, &QTableWidget::itemSelectionChanged, this, &SecretsView::updateButtons);
    connect(m_keysButton, &QPushButton::clicked, this, &SecretsView::showKeysDialog);
    connect(m_revealButton, &QPushButton::clicked, this, [this] { revealRow(selectedRow()); });
    connect(m_copyButton, &QPushButton::clicked, this, [this] { copyRow(selectedRow()); });
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add Key"), tr("Key name:"), QLineEdit::Normal, {}, &ok);
        if (!ok || name.isEmpty())
            return;
        const QString value = QInputDialog::getText(this, tr("Add Key"), tr("Value of %1:").arg(name), QLineEdit::Password, {}, &ok);
        if (ok)
            addKey(name, value);
    });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteRow(selectedRow()); });
    connect(m_saveButton, &QPushButton::clicked, this, &SecretsView::save);
    connect(m_discardButton, &QPushButton::clicked, this, &SecretsView::discard);
    connect(m_valueView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SecretsView::updateButtons);
    connect(m_model, &SecretsModel::edited, this, &SecretsView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SecretsView::updateButtons);
    connect(m_revealTimer, &QTimer::timeout, m_model, &SecretsModel::hideAll);
    connect(m_clipboardTimer, &QTimer::timeout, this, &SecretsView::clearClipboardIfOurs);
    connect(m_store, &CredentialStore::keychainUnavailable, this, [this](const QString &message) { setMessage(message, true); });

    m_saveConfirmer = [this](const QStringList &changes) {
        QMessageBox box(QMessageBox::Question, tr("Save Changes"),
                        tr("Save these changes to %1?").arg(QFileInfo(m_currentPath).fileName()),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("saveChangesMessageBox"));
        box.setInformativeText(changes.join(QLatin1Char('\n')));
        const int r = box.exec();
        return r == QMessageBox::Save ? Choice::Save : r == QMessageBox::Discard ? Choice::Discard : Choice::Cancel;
    };
    m_unsavedQuestion = [this](const QString &file) {
        const int r = QMessageBox::question(this, tr("Unsaved Changes"),
                                            tr("%1 has unsaved changes. Save them?").arg(QFileInfo(file).fileName()),
                                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        return r == QMessageBox::Save ? Choice::Save : r == QMessageBox::Discard ? Choice::Discard : Choice::Cancel;
    };
    m_keyFilePicker = [this] {
        return QFileDialog::getOpenFileName(this, tr("Choose an age Key File"), QDir::homePath(),
                                            tr("age key files (*.txt *.key);;All files (*)"));
    };
    updateButtons();
}

SecretsView::~SecretsView()
{
    m_task.cancel();
    clearClipboardIfOurs();
}

QString SecretsView::title() const
{
    return tr("Secrets");
}

void SecretsView::setEnvironment(const Workspace &workspace, const Environment *env)
{
    if (!maybeLeave())
        return;
    m_workspaceId = CredentialStore::workspaceId(workspace.name());
    const QString demoKey = QDir(workspace.directory()).filePath(QStringLiteral("keys/demo-age-key.txt"));
    m_demoKeyPath = QFileInfo::exists(demoKey) ? demoKey : QString();
    loadStoredIdentities();
    setFiles(env ? env->sopsPaths : QStringList());
}

void SecretsView::setFiles(const QStringList &paths)
{
    // A file of the previous list still opening: its result must not land in the new one.
    m_task.cancel();
    m_loading = false;
    m_files = paths;
    m_macStatus.clear();
    m_currentPath.clear();
    m_original.reset();
    m_model->setFile(nullptr);
    m_fileLabel->clear();
    refreshStatus();
}

void SecretsView::loadStoredIdentities()
{
    m_storedIdentities.clear();
    // Answers to an earlier call (another workspace, or before the Keys dialog changed the keys) are dropped.
    const quint64 generation = ++m_identityGeneration;
    const QList<CredentialStore::Key> keys = m_store->keys(m_workspaceId);
    for (const CredentialStore::Key &key : keys) {
        // The store may be shared and outlive this view.
        m_store->readIdentities(key, [this, self = QPointer<SecretsView>(this), generation](Result<QList<AgeIdentity>> ids) {
            if (!self || generation != m_identityGeneration)
                return;
            if (ids) {
                m_storedIdentities.append(ids.value());
                refreshStatus();
            }
        });
    }
}

void SecretsView::refreshStatus()
{
    QStringList known;
    QList<AgeIdentity> all = m_storedIdentities;
    for (const AgeIdentity &id : std::as_const(m_storedIdentities))
        known << id.recipient().toString();
    QStringList demo;
    if (!m_demoKeyPath.isEmpty())
        if (auto ids = AgeIdentity::loadKeyFile(m_demoKeyPath))
            for (const AgeIdentity &id : ids.value())
                demo << id.recipient().toString();
    QStringList picked;
    for (const AgeIdentity &id : std::as_const(m_pickedIdentities))
        picked << id.recipient().toString();

    m_fileTable->setRowCount(int(m_files.size()));
    for (int row = 0; row < m_files.size(); ++row) {
        const QString path = m_files.at(row);
        // Reading metadata needs no key and is cheap for credentials files; values stay encrypted.
        auto file = SopsFile::load(path);
        QStringList recipients, others;
        QString modified, decryptable, mac = m_macStatus.value(path, tr("not checked"));
        if (file) {
            for (const auto &k : file->metadata().age)
                recipients << k.recipient;
            const SopsMetadata &m = file->metadata();
            if (m.hasPgp) others << QStringLiteral("PGP");
            if (m.hasKms) others << QStringLiteral("AWS KMS");
            if (m.hasGcpKms) others << QStringLiteral("GCP KMS");
            if (m.hasAzureKv) others << QStringLiteral("Azure Key Vault");
            if (m.hasHcVault) others << QStringLiteral("Vault");
            modified = m.lastModified;
            auto matches = [&recipients](const QStringList &ours) {
                for (const QString &r : ours)
                    if (recipients.contains(r))
                        return true;
                return false;
            };
            decryptable = matches(known) ? tr("stored identity")
                        : matches(picked) ? tr("key file")
                        : matches(demo) ? tr("demo key")
                                        : tr("no key here");
        } else {
            decryptable = tr("unreadable");
            mac = file.error().message;
        }
        QStringList shownRecipients;
        for (const QString &r : std::as_const(recipients))
            shownRecipients << (r.size() > 16 ? r.left(10) + QStringLiteral("…") + r.right(6) : r);
        shownRecipients << others;
        const QStringList cells{QFileInfo(path).fileName(), shownRecipients.join(QStringLiteral(", ")), modified,
                                decryptable, mac};
        for (int c = 0; c < FileColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == FileNameColumn)
                item->setToolTip(path);
            if (c == RecipientsColumn)
                item->setToolTip((recipients + others).join(QLatin1Char('\n')));
            m_fileTable->setItem(row, c, item);
        }
    }
    m_fileTable->resizeColumnsToContents();
    updateButtons();
}

bool SecretsView::openFile(const QString &path)
{
    if (m_loading)
        return false;
    if (path != m_currentPath && !maybeLeave())
        return false;
    startOpen(path);
    return true;
}

bool SecretsView::openFileWithKeyFile(const QString &path)
{
    const QString keyFile = m_keyFilePicker ? m_keyFilePicker() : QString();
    if (keyFile.isEmpty())
        return false;
    auto ids = AgeIdentity::loadKeyFile(keyFile);
    if (!ids) {
        setMessage(ids.error().toString(), true);
        return false;
    }
    // Kept in memory for this session only; the Keys dialog stores an identity in the keychain.
    m_pickedIdentities.append(ids.value());
    return openFile(path);
}

void SecretsView::startOpen(const QString &path)
{
    QList<AgeIdentity> identities = m_pickedIdentities + m_storedIdentities;
    if (!m_demoKeyPath.isEmpty())
        if (auto ids = AgeIdentity::loadKeyFile(m_demoKeyPath))
            identities += ids.value();
    m_loading = true;
    m_revealTimer->stop();
    setMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    updateButtons();
    m_task = QFuture<void>(runAsync(
        this,
        [path, identities](const TaskControl &) {
            auto loaded = std::make_shared<Loaded>();
            loaded->path = path;
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                loaded->errors.append(Error(tr("cannot open: %1").arg(f.errorString()), path));
                return loaded;
            }
            const QByteArray bytes = f.readAll();
            loaded->digest = sha256(bytes);
            auto file = SopsFile::fromBytes(bytes, SopsDocument::formatForPath(path), path);
            if (!file) {
                loaded->errors.append(file.error());
                return loaded;
            }
            if (identities.isEmpty()) {
                loaded->errors.append(Error(tr("no age identity to open this file: import one with Keys… or use "
                                               "Open with Key File…"), path));
                return loaded;
            }
            loaded->errors = file->decrypt(identities);
            if (!hasErrors(loaded->errors))
                loaded->file = std::make_shared<SopsFile>(std::move(file.value()));
            return loaded;
        },
        [this](std::shared_ptr<Loaded> loaded) {
            m_loading = false;
            if (!loaded->file) {
                const QString text = loaded->errors.isEmpty() ? tr("cannot open") : loaded->errors.first().toString();
                // SopsFile::decrypt places every MAC error at sops.mac; the message text is translated.
                const bool macProblem = std::any_of(loaded->errors.cbegin(), loaded->errors.cend(), [](const Error &e) {
                    return e.path == QLatin1String("sops.mac");
                });
                if (macProblem)
                    m_macStatus.insert(loaded->path, tr("MAC mismatch"));
                setMessage(text, true);
                refreshStatus();
                Q_EMIT openFailed(loaded->path, text);
                return;
            }
            m_currentPath = loaded->path;
            m_diskDigest = loaded->digest;
            m_original = std::make_shared<SopsFile>(*loaded->file);
            m_model->setFile(loaded->file);
            m_valueView->resizeColumnsToContents();
            m_macStatus.insert(loaded->path, tr("MAC ok"));
            m_fileLabel->setText(tr("%1 — %n value(s)", nullptr, m_model->rowCount())
                                     .arg(QFileInfo(loaded->path).fileName()));
            setMessage(tr("Opened %1; values are hidden until you reveal one.").arg(QFileInfo(loaded->path).fileName()));
            refreshStatus();
            Q_EMIT fileOpened(loaded->path);
        }));
}

QString SecretsView::message() const
{
    return m_messageLabel->text();
}

void SecretsView::setMessage(const QString &text, bool error)
{
    m_messageLabel->setText(text);
    m_messageLabel->setProperty("error", error);
    m_messageLabel->setStyleSheet(error ? QStringLiteral("color: palette(link-visited);") : QString());
}

bool SecretsView::isModified() const
{
    return !changes().isEmpty();
}

QStringList SecretsView::changes() const
{
    QStringList out;
    const std::shared_ptr<SopsFile> current = m_model->file();
    if (!current || !m_original)
        return out;
    QList<QStringList> before, after;
    for (const SopsFile::Entry &e : m_original->entries())
        if (!e.isComment)
            before.append(e.path);
    for (const SopsFile::Entry &e : current->entries())
        if (!e.isComment)
            after.append(e.path);
    for (const QStringList &p : std::as_const(after)) {
        const QString name = p.join(QLatin1Char('.'));
        if (!before.contains(p)) {
            out << tr("added %1 = %2").arg(name, SecretsModel::mask());
            continue;
        }
        const SopsValue *a = m_original->value(p);
        const SopsValue *b = current->value(p);
        if (a && b && (a->type != b->type || !(a->plain == b->plain)))
            out << tr("changed %1: %2 → %2").arg(name, SecretsModel::mask());
    }
    for (const QStringList &p : std::as_const(before))
        if (!after.contains(p))
            out << tr("removed %1").arg(p.join(QLatin1Char('.')));
    return out;
}

int SecretsView::selectedRow() const
{
    const QModelIndexList rows = m_valueView->selectionModel()->selectedRows();
    return rows.isEmpty() ? m_valueView->currentIndex().row() : rows.first().row();
}

QString SecretsView::selectedFile() const
{
    const int row = m_fileTable->currentRow();
    return row >= 0 && row < m_files.size() ? m_files.at(row) : QString();
}

void SecretsView::updateButtons()
{
    const bool open = m_model->file() != nullptr && !m_loading;
    const bool hasRow = open && selectedRow() >= 0;
    const bool modified = open && isModified();
    m_openButton->setEnabled(!m_loading && !selectedFile().isEmpty());
    m_openWithKeyButton->setEnabled(!m_loading && !selectedFile().isEmpty());
    m_revealButton->setEnabled(hasRow);
    m_copyButton->setEnabled(hasRow);
    m_deleteButton->setEnabled(hasRow);
    m_addButton->setEnabled(open);
    m_saveButton->setEnabled(modified);
    m_discardButton->setEnabled(modified);
}

void SecretsView::revealRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_model->reveal(row); // hides any other
    m_revealTimer->start(m_revealTimeoutMs);
}

void SecretsView::copyRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const SecureBytes value = m_model->plaintext(row);
    auto *mime = new QMimeData;
    mime->setText(QString::fromUtf8(value.data(), qsizetype(value.size())));
    // KDE Klipper and other clipboard managers skip entries with this hint.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QApplication::clipboard()->setMimeData(mime);
    m_copiedDigest = QCryptographicHash::hash(value.view(), QCryptographicHash::Sha256);
    m_clipboardTimer->start(m_clipboardTimeoutMs);
    setMessage(tr("Copied %1; the clipboard is cleared in %2 seconds.")
                   .arg(m_model->path(row).join(QLatin1Char('.')))
                   .arg(qMax(1, (m_clipboardTimeoutMs + 999) / 1000)));
}

void SecretsView::clearClipboardIfOurs()
{
    if (m_copiedDigest.isEmpty() || !QApplication::instance())
        return;
    QClipboard *clipboard = QApplication::clipboard();
    QByteArray current = clipboard->text().toUtf8();
    // Only clear what we put there: the user may have copied something else meanwhile.
    if (QCryptographicHash::hash(current, QCryptographicHash::Sha256) == m_copiedDigest)
        clipboard->clear();
    SecureBytes::wipe(current);
    m_copiedDigest.clear();
    m_clipboardTimer->stop();
}

Errors SecretsView::editRow(int row, const QString &value)
{
    Errors e = m_model->setValue(row, value);
    if (hasErrors(e))
        setMessage(e.first().toString(), true);
    return e;
}

Errors SecretsView::addKey(const QString &name, const QString &value)
{
    Errors e = m_model->addKey({name}, value);
    if (hasErrors(e))
        setMessage(e.first().toString(), true);
    return e;
}

Errors SecretsView::deleteRow(int row)
{
    Errors e = m_model->removeKey(row);
    if (hasErrors(e))
        setMessage(e.first().toString(), true);
    return e;
}

bool SecretsView::save()
{
    const std::shared_ptr<SopsFile> current = m_model->file();
    if (!current || m_currentPath.isEmpty())
        return false;
    const QStringList diff = changes();
    if (diff.isEmpty())
        return true;
    const Choice choice = m_saveConfirmer ? m_saveConfirmer(diff) : Choice::Save;
    if (choice == Choice::Cancel)
        return false;
    if (choice == Choice::Discard) {
        discard();
        return true;
    }
    // Someone (git pull, another editor) changed the file since we opened it: never overwrite that.
    QFile f(m_currentPath);
    if (!f.open(QIODevice::ReadOnly) || sha256(f.readAll()) != m_diskDigest) {
        setMessage(tr("%1 changed on disk since it was opened; your changes were not saved. Copy them, "
                      "then open the file again.").arg(QFileInfo(m_currentPath).fileName()), true);
        return false;
    }
    f.close();
    if (Errors e = current->save(m_currentPath); hasErrors(e)) {
        setMessage(e.first().toString(), true);
        return false;
    }
    if (f.open(QIODevice::ReadOnly))
        m_diskDigest = sha256(f.readAll());
    m_original = std::make_shared<SopsFile>(*current);
    m_model->setFile(current);
    setMessage(tr("Saved %1 (%n change(s)).", nullptr, int(diff.size())).arg(QFileInfo(m_currentPath).fileName()));
    refreshStatus();
    Q_EMIT saved(m_currentPath);
    return true;
}

void SecretsView::discard()
{
    if (!m_original)
        return;
    m_model->setFile(std::make_shared<SopsFile>(*m_original));
    setMessage(tr("Changes discarded."));
}

bool SecretsView::maybeLeave()
{
    if (!isModified())
        return true;
    const Choice choice = m_unsavedQuestion ? m_unsavedQuestion(m_currentPath) : Choice::Cancel;
    if (choice == Choice::Cancel)
        return false;
    if (choice == Choice::Discard) {
        discard();
        return true;
    }
    const SaveConfirmer confirm = m_saveConfirmer;
    m_saveConfirmer = nullptr; // the user already said "save"
    const bool ok = save();
    m_saveConfirmer = confirm;
    return ok;
}

void SecretsView::showKeysDialog()
{
    KeysDialog dialog(m_store, m_workspaceId, this);
    dialog.setKeyFilePicker(m_keyFilePicker);
    dialog.exec();
    loadStoredIdentities();
    refreshStatus();
}

void SecretsView::setClipboardTimeout(int ms)
{
    m_clipboardTimeoutMs = ms;
    m_copyButton->setToolTip(tr("Copy the selected value; the clipboard is cleared after %1 s").arg(qMax(1, (ms + 999) / 1000)));
}

} // namespace Infradeck
