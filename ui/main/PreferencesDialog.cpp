#include "PreferencesDialog.h"

#include "Settings.h"

#include "secrets/CredentialStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Infradeck {

namespace {

void selectData(QComboBox *combo, const QVariant &value)
{
    const int i = combo->findData(value);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace

PreferencesDialog::PreferencesDialog(const Workspace &workspace, QWidget *parent, CredentialStore *store)
    : QDialog(parent),
      m_workspaceFile(workspace.filePath()),
      m_store(store),
      m_languageCombo(new QComboBox(this)),
      m_themeCombo(new QComboBox(this)),
      m_environmentCombo(new QComboBox(this)),
      m_telemetryRefreshCombo(new QComboBox(this)),
      m_hostPollCombo(new QComboBox(this)),
      m_clipboardSpin(new QSpinBox(this)),
      m_keychainLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    m_languageCombo->setAccessibleName(tr("Language"));
    m_languageCombo->addItem(tr("System language"), QString());
    // Language names are shown in their own language, as everywhere else.
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageCombo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_languageCombo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    auto *languageNote = new QLabel(tr("A new language applies after a restart."), this);
    languageNote->setObjectName(QStringLiteral("languageNoteLabel"));

    m_themeCombo->setObjectName(QStringLiteral("themeComboBox"));
    m_themeCombo->setAccessibleName(tr("Theme"));
    m_themeCombo->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_themeCombo->addItem(tr("Light"), QStringLiteral("light"));
    m_themeCombo->addItem(tr("Dark"), QStringLiteral("dark"));

    m_environmentCombo->setObjectName(QStringLiteral("defaultEnvironmentComboBox"));
    m_environmentCombo->setAccessibleName(tr("Default environment"));
    m_environmentCombo->addItem(tr("The first environment"), QString());
    for (const Environment &env : workspace.environments())
        m_environmentCombo->addItem(env.name, env.name);
    m_environmentCombo->setEnabled(!m_workspaceFile.isEmpty());
    m_environmentCombo->setToolTip(m_workspaceFile.isEmpty() ? tr("Open a workspace to choose its default environment.")
                                                             : tr("Selected when %1 is opened.").arg(workspace.name()));

    m_telemetryRefreshCombo->setObjectName(QStringLiteral("telemetryRefreshComboBox"));
    m_telemetryRefreshCombo->setAccessibleName(tr("Telemetry auto-refresh"));
    m_telemetryRefreshCombo->addItem(tr("Off"), 0);
    m_telemetryRefreshCombo->addItem(tr("Every 5 seconds"), 5);
    m_telemetryRefreshCombo->addItem(tr("Every 10 seconds"), 10);
    m_telemetryRefreshCombo->addItem(tr("Every 30 seconds"), 30);
    m_telemetryRefreshCombo->addItem(tr("Every minute"), 60);
    m_telemetryRefreshCombo->addItem(tr("Every 5 minutes"), 300);

    m_hostPollCombo->setObjectName(QStringLiteral("hostPollComboBox"));
    m_hostPollCombo->setAccessibleName(tr("Host reachability checks"));
    m_hostPollCombo->setToolTip(tr("Runs the host checks again while the Hosts view is shown."));
    m_hostPollCombo->addItem(tr("Off"), 0);
    m_hostPollCombo->addItem(tr("Every minute"), 60);
    m_hostPollCombo->addItem(tr("Every 5 minutes"), 300);
    m_hostPollCombo->addItem(tr("Every 15 minutes"), 900);

    m_clipboardSpin->setObjectName(QStringLiteral("clipboardTimeoutSpinBox"));
    m_clipboardSpin->setAccessibleName(tr("Clipboard timeout in seconds"));
    m_clipboardSpin->setRange(Settings::MinClipboardTimeoutSeconds, Settings::MaxClipboardTimeoutSeconds);

    m_keychainLabel->setObjectName(QStringLiteral("keychainStatusLabel"));
    m_keychainLabel->setWordWrap(true);
    m_keychainLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keychainLabel->setText(tr("Checking the keychain…"));

    auto *appearance = new QGroupBox(tr("Appearance"), this);
    auto *appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(tr("&Language:"), m_languageCombo);
    appearanceForm->addRow(QString(), languageNote);
    appearanceForm->addRow(tr("&Theme:"), m_themeCombo);

    auto *behaviour = new QGroupBox(tr("Behaviour"), this);
    auto *behaviourForm = new QFormLayout(behaviour);
    behaviourForm->addRow(tr("Default &environment:"), m_environmentCombo);
    behaviourForm->addRow(tr("Telemetry &auto-refresh:"), m_telemetryRefreshCombo);
    behaviourForm->addRow(tr("&Host checks:"), m_hostPollCombo);
    behaviourForm->addRow(tr("Clear copied secrets after (&seconds):"), m_clipboardSpin);

    auto *security = new QGroupBox(tr("Keychain"), this);
    auto *securityForm = new QFormLayout(security);
    securityForm->addRow(tr("Secret Service:"), m_keychainLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("preferencesButtonBox"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save preferences"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(appearance);
    layout->addWidget(behaviour);
    layout->addWidget(security);
    layout->addStretch();
    layout->addWidget(buttons);

    load();
    probeKeychain();
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::load()
{
    selectData(m_languageCombo, Settings::language());
    selectData(m_themeCombo, Settings::theme());
    selectData(m_environmentCombo, m_workspaceFile.isEmpty() ? QString() : Settings::defaultEnvironment(m_workspaceFile));
    selectData(m_telemetryRefreshCombo, Settings::telemetryRefreshSeconds());
    selectData(m_hostPollCombo, Settings::hostPollSeconds());
    m_clipboardSpin->setValue(Settings::clipboardTimeoutSeconds());
}

void PreferencesDialog::save()
{
    QSettings settings;
    settings.setValue(Settings::LanguageKey, m_languageCombo->currentData().toString());
    settings.setValue(Settings::ThemeKey, m_themeCombo->currentData().toString());
    if (!m_workspaceFile.isEmpty())
        settings.setValue(Settings::defaultEnvironmentKey(m_workspaceFile), m_environmentCombo->currentData().toString());
    settings.setValue(Settings::TelemetryRefreshKey, m_telemetryRefreshCombo->currentData().toInt());
    settings.setValue(Settings::HostPollKey, m_hostPollCombo->currentData().toInt());
    settings.setValue(Settings::ClipboardTimeoutKey, m_clipboardSpin->value());
    settings.sync();
}

QString PreferencesDialog::keychainStatus() const
{
    return m_keychainLabel->text();
}

void PreferencesDialog::probeKeychain()
{
    // Reading an item that is not there asks the Secret Service without storing anything; the job runs
    // asynchronously (D-Bus), so the dialog stays responsive. Nothing ever falls back to plaintext.
    CredentialStore *store = m_store ? m_store : new CredentialStore(this);
    CredentialStore::Key probe;
    probe.workspace = QStringLiteral("infradeck-probe");
    probe.name = QStringLiteral("availability");
    QPointer<PreferencesDialog> self(this); // a shared store outlives the dialog
    store->read(probe, [self, store](Result<SecureBytes> result) {
        if (!self)
            return;
        const bool available = store->isAvailable();
        const QString status = available ? tr("Available")
                                         : tr("Not available: %1").arg(result ? CredentialStore::unavailableMessage()
                                                                               : result.error().message);
        self->m_probed = true;
        self->m_keychainLabel->setText(status);
        Q_EMIT self->keychainProbed(available, status);
    });
}

} // namespace Infradeck
