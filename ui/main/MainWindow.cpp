#include "MainWindow.h"

#include "EnvironmentListModel.h"
#include "EnvironmentOverview.h"
#include "FeatureView.h"
#include "PreferencesDialog.h"
#include "Settings.h"
#include "Theme.h"
#include "plan/PlanView.h"
#include "secrets/SecretsView.h"
#include "cost/CostsView.h"
#include "state/CompareView.h"
#include "state/EnvironmentsOverview.h"
#include "secrets/CredentialStore.h"
#include "state/ResourcesView.h"
#include "telemetry/TelemetryView.h"
#include "hosts/HostsView.h"
#include "topology/DiagramView.h"

#include "common/Versions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

// Resources compiled into the static ui library must be registered explicitly (outside any namespace).
static void initUiResources()
{
    Q_INIT_RESOURCE(infradeck);
}

namespace Infradeck {

namespace {
constexpr int MaxRecent = 8;
const char *const RecentKey = "workspace/recent";
const char *const CurrentViewKey = "window/currentView";
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_environmentModel(new EnvironmentListModel(this)),
      m_environmentView(new QListView(this)),
      m_featureTabs(new QTabWidget(this)),
      m_problemsDock(new QDockWidget(tr("Problems"), this)),
      m_problemsList(new QListWidget(m_problemsDock)),
      m_statusLabel(new QLabel(this)),
      m_hostPollTimer(new QTimer(this))
{
    initUiResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Infradeck"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/infradeck.svg")));

    m_environmentView->setObjectName(QStringLiteral("environmentListView"));
    m_environmentView->setAccessibleName(tr("Environments"));
    m_environmentView->setModel(m_environmentModel);
    m_environmentView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_environmentView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_environmentView->setMinimumWidth(180);
    connect(m_environmentView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onEnvironmentSelected);

    m_featureTabs->setObjectName(QStringLiteral("featureTabWidget"));
    m_featureTabs->setAccessibleName(tr("Feature views"));
    m_featureTabs->setDocumentMode(true);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_environmentView);
    splitter->addWidget(m_featureTabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 1000});
    setCentralWidget(splitter);

    m_problemsDock->setObjectName(QStringLiteral("problemsDockWidget"));
    m_problemsList->setObjectName(QStringLiteral("problemsListWidget"));
    m_problemsList->setAccessibleName(tr("Workspace problems"));
    m_problemsDock->setWidget(m_problemsList);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();

    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addPermanentWidget(m_statusLabel, 1);

    addFeatureView(new EnvironmentOverview(this));
    auto *plan = new PlanView(this);
    auto *resources = new ResourcesView(this);
    auto *environments = new EnvironmentsOverview(this);
    // One keychain for every view: S3 and provider tokens, Prometheus credentials, SSH key passphrases, age keys.
    m_store = new CredentialStore(this);
    CredentialStore *store = m_store;
    resources->setCredentialStore(store);
    addFeatureView(plan);
    addFeatureView(resources);
    addFeatureView(new CompareView(this));
    m_secretsView = new SecretsView(this, store);
    m_telemetryView = new TelemetryView(this);
    m_telemetryView->setCredentialStore(store);
    m_hostsView = new HostsView(this);
    m_hostsView->setCredentialStore(store);
    auto *costs = new CostsView(this);
    costs->setCredentialStore(store);
    addFeatureView(m_secretsView);
    addFeatureView(costs);
    addFeatureView(m_telemetryView);
    addFeatureView(m_hostsView);
    addFeatureView(environments);
    // A state the Resources view fetched (a remote backend too) gives the Hosts view its servers' addresses.
    connect(resources, &ResourcesView::stateLoaded, this, [this, resources] { m_hostsView->setStateInventory(resources->inventory()); });
    connect(resources, &ResourcesView::showInDiagram, this, [this, plan](const QString &address) {
        m_featureTabs->setCurrentWidget(plan);
        plan->showDiagram();
        plan->selectAddress(address);
        plan->diagram()->selectNode(address);
    });
    connect(environments, &EnvironmentsOverview::environmentActivated, this, [this](const QString &name) {
        selectEnvironment(name);
    });
    createActions();
    connect(m_hostPollTimer, &QTimer::timeout, this, &MainWindow::pollHosts);
    applySettings();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1200, 760);
    m_featureTabs->setCurrentIndex(qBound(0, settings.value(QLatin1String(CurrentViewKey)).toInt(), m_featureTabs->count() - 1));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Workspace…"), this, &MainWindow::showOpenDialog);
    open->setObjectName(QStringLiteral("openWorkspaceAction"));
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    QAction *reload = file->addAction(tr("Re&load Workspace"), this, [this] {
        if (!m_workspace.filePath().isEmpty())
            openWorkspace(m_workspace.filePath());
    });
    reload->setObjectName(QStringLiteral("reloadAction"));
    reload->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *preferences = file->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setMenuRole(QAction::PreferencesRole);
    {
        // QKeySequence::Preferences is empty on some desktops: Ctrl+, everywhere.
        QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
        if (!keys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
            keys << QKeySequence(Qt::CTRL | Qt::Key_Comma);
        preferences->setShortcuts(keys);
    }
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *focusEnvs = view->addAction(tr("Focus &Environments"), this, [this] { m_environmentView->setFocus(); });
    focusEnvs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *nextTab = view->addAction(tr("&Next View"), this, [this] {
        showView((m_featureTabs->currentIndex() + 1) % m_featureTabs->count());
    });
    nextTab->setObjectName(QStringLiteral("nextViewAction"));
    nextTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QAction *prevTab = view->addAction(tr("&Previous View"), this, [this] {
        showView((m_featureTabs->currentIndex() + m_featureTabs->count() - 1) % m_featureTabs->count());
    });
    prevTab->setObjectName(QStringLiteral("previousViewAction"));
    prevTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    QMenu *goTo = view->addMenu(tr("&Go to View"));
    goTo->setObjectName(QStringLiteral("goToViewMenu"));
    static const Qt::Key digits[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5,
                                     Qt::Key_6, Qt::Key_7, Qt::Key_8, Qt::Key_9};
    for (int i = 0; i < m_featureTabs->count(); ++i) {
        QAction *show = goTo->addAction(m_views.at(i)->title(), this, [this, i] { showView(i); });
        show->setObjectName(QStringLiteral("showViewAction%1").arg(i + 1));
        if (i < int(std::size(digits)))
            show->setShortcut(QKeySequence(Qt::CTRL | digits[i]));
    }
    view->addAction(m_problemsDock->toggleViewAction());
    m_problemsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setShortcut(QKeySequence::HelpContents);
    QAction *about = help->addAction(tr("&About Infradeck"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    updateRecentMenu();
}

void MainWindow::addFeatureView(FeatureView *view)
{
    m_views.append(view);
    m_featureTabs->addTab(view, view->title());
    const int row = m_environmentView->currentIndex().row();
    view->setEnvironment(m_workspace, m_environmentModel->environmentAt(row));
}

bool MainWindow::openWorkspace(const QString &path)
{
    Errors problems;
    Workspace ws = Workspace::load(path, problems);
    m_problems = problems;
    m_problemsList->clear();
    for (const Error &e : std::as_const(problems)) {
        auto *item = new QListWidgetItem(e.toString(), m_problemsList);
        item->setIcon(style()->standardIcon(e.isWarning() ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxCritical));
    }
    m_problemsDock->setVisible(!problems.isEmpty());
    if (!ws.isValid()) {
        m_statusLabel->setText(tr("Could not open %1").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    const QString previous = currentEnvironmentName();
    m_workspace = ws;
    m_environmentModel->setWorkspace(m_workspace);
    setWindowTitle(tr("%1 — Infradeck").arg(m_workspace.name().isEmpty() ? QFileInfo(path).fileName() : m_workspace.name()));
    int errors = 0;
    for (const Error &e : std::as_const(problems))
        errors += e.isWarning() ? 0 : 1;
    m_statusLabel->setText(tr("%1 · %n environment(s)", nullptr, int(m_workspace.environments().size()))
                               .arg(QDir::toNativeSeparators(m_workspace.filePath()))
                           + (problems.isEmpty() ? QString() : tr(" · %n problem(s)", nullptr, int(problems.size()))));
    rememberRecent(m_workspace.filePath());
    const quint64 selections = m_environmentSelections;
    if (!selectEnvironment(previous)) {
        if (!selectEnvironment(Settings::defaultEnvironment(m_workspace.filePath())) && m_environmentModel->rowCount() > 0)
            m_environmentView->setCurrentIndex(m_environmentModel->index(0));
    }
    // The views load the new workspace once: here only when selecting did not already tell them.
    if (selections == m_environmentSelections)
        onEnvironmentSelected();
    Q_EMIT workspaceOpened(m_workspace.filePath());
    return true;
}

QString MainWindow::currentEnvironmentName() const
{
    const Environment *env = m_environmentModel->environmentAt(m_environmentView->currentIndex().row());
    return env ? env->name : QString();
}

bool MainWindow::selectEnvironment(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (int row = 0; row < m_environmentModel->rowCount(); ++row) {
        if (m_environmentModel->environmentAt(row)->name == name) {
            m_environmentView->setCurrentIndex(m_environmentModel->index(row));
            return true;
        }
    }
    return false;
}

void MainWindow::onEnvironmentSelected()
{
    ++m_environmentSelections;
    const Environment *env = m_environmentModel->environmentAt(m_environmentView->currentIndex().row());
    for (FeatureView *view : std::as_const(m_views))
        view->setEnvironment(m_workspace, env);
    Q_EMIT environmentChanged(env ? env->name : QString());
}

QStringList MainWindow::recentWorkspaces()
{
    return QSettings().value(QLatin1String(RecentKey)).toStringList();
}

void MainWindow::rememberRecent(const QString &path)
{
    QStringList recent = recentWorkspaces();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    QSettings().setValue(QLatin1String(RecentKey), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = recentWorkspaces();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openWorkspace(path); });
        a->setEnabled(QFileInfo::exists(path));
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [this] {
            QSettings().remove(QLatin1String(RecentKey));
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showOpenDialog()
{
    const QString dir = m_workspace.filePath().isEmpty() ? QDir::homePath() : m_workspace.directory();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), dir,
                                                      tr("Infradeck workspace (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::showAbout()
{
    QString text = tr("<h3>Infradeck %1</h3><p>A local-first control panel for infrastructure as code: plans, "
                      "state, encrypted credentials, costs and telemetry — offline, no account.</p>")
                       .arg(applicationVersion().toHtmlEscaped());
    text += QStringLiteral("<table>");
    for (const auto &[name, version] : libraryVersions())
        text += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(name.toHtmlEscaped(), version.toHtmlEscaped());
    text += QStringLiteral("</table>");
    QMessageBox box(QMessageBox::Information, tr("About Infradeck"), text, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("aboutMessageBox"));
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void MainWindow::showShortcuts()
{
    QStringList rows;
    const auto actions = findChildren<QAction *>();
    for (const QAction *a : actions)
        if (!a->shortcut().isEmpty())
            rows << QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                        .arg(a->text().remove(QLatin1Char('&')).toHtmlEscaped(),
                             a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped());
    rows.sort();
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard Shortcuts"), QStringLiteral("<table>") + rows.join(QString()) + QStringLiteral("</table>"),
                    QMessageBox::Ok, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void MainWindow::applySettings()
{
    Theme::apply(Theme::modeFromString(Settings::theme()));
    m_secretsView->setClipboardTimeout(Settings::clipboardTimeoutSeconds() * 1000);
    m_telemetryView->setAutoRefreshSeconds(Settings::telemetryRefreshSeconds());
    const int poll = Settings::hostPollSeconds();
    if (poll > 0)
        m_hostPollTimer->start(poll * 1000);
    else
        m_hostPollTimer->stop();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_workspace, this, m_store);
    if (dialog.exec() == QDialog::Accepted)
        applySettings();
}

void MainWindow::pollHosts()
{
    // Only while someone looks at the hosts: checks open SSH connections.
    if (m_hostsView->isVisible() && !m_hostsView->isChecking() && !m_hostsView->isCommandRunning())
        m_hostsView->runAllChecks();
}

void MainWindow::showView(int index)
{
    if (index < 0 || index >= m_featureTabs->count())
        return;
    m_featureTabs->setCurrentIndex(index);
    focusCurrentView();
}

void MainWindow::focusCurrentView()
{
    QWidget *view = m_featureTabs->currentWidget();
    if (!view)
        return;
    if (QWidget *last = view->focusWidget(); last && last->isVisible() && last->isEnabled()) {
        last->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    // The first widget of the view in tab order that takes keyboard focus.
    for (QWidget *w = view->nextInFocusChain(); w && w != view; w = w->nextInFocusChain()) {
        if (view->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled()) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
    view->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QLatin1String(CurrentViewKey), m_featureTabs->currentIndex());
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace Infradeck
