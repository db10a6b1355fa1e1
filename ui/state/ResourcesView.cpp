#include "ResourcesView.h"

#include "InventoryModel.h"
#include "StateValueModel.h"

#include "common/Async.h"
#include "secrets/CredentialStore.h"
#include "terraform/S3StateFetcher.h"
#include "terraform/StateReader.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace Infradeck {

namespace {
struct Loaded
{
    std::shared_ptr<const Inventory> inventory;
    Error error;
};
} // namespace

ResourcesView::ResourcesView(QWidget *parent)
    : FeatureView(parent),
      m_headerLabel(new QLabel(this)),
      m_messageLabel(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_groupingCombo(new QComboBox(this)),
      m_typeFilter(new QComboBox(this)),
      m_searchEdit(new QLineEdit(this)),
      m_resourceView(new QTreeView(this)),
      m_model(new InventoryModel(this)),
      m_detailTitle(new QLabel(this)),
      m_detailInfo(new QLabel(this)),
      m_diagramButton(new QPushButton(tr("Show in Diagram"), this)),
      m_revealButton(new QPushButton(tr("Reveal"), this)),
      m_detailTabs(new QTabWidget(this)),
      m_attributeView(new QTableView(this)),
      m_attributeModel(new StateValueModel(this)),
      m_outputView(new QTableView(this)),
      m_outputModel(new StateValueModel(this))
{
    setObjectName(QStringLiteral("resourcesView"));
    m_headerLabel->setObjectName(QStringLiteral("headerLabel"));
    m_headerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("loadProgressBar"));
    m_progress->setAccessibleName(tr("Loading state"));
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_groupingCombo->setObjectName(QStringLiteral("groupingComboBox"));
    m_groupingCombo->setAccessibleName(tr("Group resources by"));
    m_groupingCombo->addItem(tr("Group by module"), int(InventoryModel::Grouping::Module));
    m_groupingCombo->addItem(tr("Group by type"), int(InventoryModel::Grouping::Type));
    m_groupingCombo->addItem(tr("Group by provider"), int(InventoryModel::Grouping::Provider));
    m_typeFilter->setObjectName(QStringLiteral("typeFilterComboBox"));
    m_typeFilter->setAccessibleName(tr("Filter by resource type"));
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setAccessibleName(tr("Search resources"));
    m_searchEdit->setPlaceholderText(tr("Filter by address, provider or id…"));
    m_searchEdit->setClearButtonEnabled(true);

    m_resourceView->setObjectName(QStringLiteral("resourceTreeView"));
    m_resourceView->setAccessibleName(tr("Resources"));
    m_resourceView->setModel(m_model);
    m_resourceView->setUniformRowHeights(true); // virtual rows: large states stay fast
    m_resourceView->setAlternatingRowColors(true);
    m_resourceView->header()->setSectionResizeMode(InventoryModel::AddressColumn, QHeaderView::Stretch);
    m_resourceView->header()->setStretchLastSection(false);

    m_detailTitle->setObjectName(QStringLiteral("detailTitleLabel"));
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    m_detailTitle->setFont(bold);
    m_detailInfo->setObjectName(QStringLiteral("detailInfoLabel"));
    m_detailInfo->setWordWrap(true);
    m_detailInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailInfo->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum); // all lines, never squeezed
    m_diagramButton->setObjectName(QStringLiteral("showInDiagramButton"));
    m_diagramButton->setEnabled(false);
    m_revealButton->setObjectName(QStringLiteral("revealButton"));
    m_revealButton->setToolTip(tr("Show a value masked because it looks secret. Values the schema marks sensitive "
                                  "are never shown."));
    m_revealButton->setEnabled(false);
    m_attributeView->setObjectName(QStringLiteral("attributeTableView"));
    m_attributeView->setAccessibleName(tr("Attributes"));
    m_attributeView->setModel(m_attributeModel);
    m_outputView->setObjectName(QStringLiteral("outputTableView"));
    m_outputView->setAccessibleName(tr("Outputs"));
    m_outputView->setModel(m_outputModel);
    // After setModel: the header only has sections once it has a model.
    for (QTableView *view : {m_attributeView, m_outputView}) {
        view->verticalHeader()->hide();
        view->horizontalHeader()->setSectionResizeMode(StateValueModel::ValueColumn, QHeaderView::Stretch);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setWordWrap(false);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    }
    m_detailTabs->setObjectName(QStringLiteral("detailTabWidget"));
    m_detailTabs->setAccessibleName(tr("Resource details"));
    m_detailTabs->addTab(m_attributeView, tr("Attributes"));
    m_detailTabs->addTab(m_outputView, tr("Outputs"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_groupingCombo);
    filters->addWidget(m_typeFilter);
    filters->addWidget(m_searchEdit, 1);

    auto *detailButtons = new QHBoxLayout;
    detailButtons->addWidget(m_diagramButton);
    detailButtons->addStretch(1);
    detailButtons->addWidget(m_revealButton);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detailInfo);
    detailLayout->addLayout(detailButtons);
    detailLayout->addWidget(m_detailTabs, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("resourcesSplitter"));
    splitter->addWidget(m_resourceView);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headerLabel);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_progress);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_groupingCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString selected = selectedAddress();
        m_model->setGrouping(InventoryModel::Grouping(m_groupingCombo->currentData().toInt()));
        m_resourceView->expandAll();
        selectAddress(selected);
    });
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, &ResourcesView::applyFilter);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &ResourcesView::applyFilter);
    connect(m_resourceView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ResourcesView::showSelection);
    connect(m_diagramButton, &QPushButton::clicked, this, [this] {
        const QString address = selectedAddress();
        if (!address.isEmpty())
            Q_EMIT showInDiagram(address);
    });
    connect(m_resourceView, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString address = index.data(InventoryModel::AddressRole).toString();
        if (!address.isEmpty())
            Q_EMIT showInDiagram(address);
    });
    connect(m_revealButton, &QPushButton::clicked, this, &ResourcesView::toggleReveal);
    connect(m_detailTabs, &QTabWidget::currentChanged, this, &ResourcesView::updateRevealButton);
    for (QTableView *view : {m_attributeView, m_outputView})
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &ResourcesView::updateRevealButton);
    showInventory();
}

ResourcesView::~ResourcesView()
{
    stopRemote();
    m_task.cancel();
}

QString ResourcesView::title() const
{
    return tr("Resources");
}

void ResourcesView::setEnvironment(const Workspace &workspace, const Environment *env)
{
    if (env && env->stateBackend.isSet()) {
        const StateBackend backend = env->stateBackend;
        stopRemote();
        m_task.cancel();
        m_path = backend.displayUrl();
        m_loading = true;
        m_hasError = false;
        m_inventory = m_remoteCopies.value(backend.endpoint.toString() + m_path).inventory;
        showInventory();
        if (!m_store)
            m_store = new CredentialStore(this);
        // The entry scoped to this environment wins over the workspace-wide one.
        CredentialStore::Key key;
        key.workspace = CredentialStore::workspaceId(workspace.name());
        key.environment = env->name;
        key.name = backend.credentials;
        if (!m_store->contains(key))
            key.environment = QString::fromLatin1(CredentialStore::AnyEnvironment);
        const QString path = m_path;
        const QString source = QStringLiteral("keychain:") + backend.credentials;
        QPointer<ResourcesView> self(this);
        m_store->read(key, [self, backend, path, source](Result<SecureBytes> value) {
            if (!self || path != self->m_path)
                return; // the view moved on
            if (!value) {
                self->showLoadFailure(path, value.error());
                return;
            }
            const auto credentials = AwsSigV4::Credentials::parse(value.value(), source);
            if (!credentials)
                self->showLoadFailure(path, credentials.error());
            else
                self->openRemoteState(backend, credentials.value());
        });
        return;
    }
    if (!env || env->statePath.isEmpty()) {
        stopRemote();
        m_task.cancel();
        m_loading = false;
        m_path.clear();
        m_inventory.reset();
        m_hasError = false;
        showInventory();
        m_messageLabel->setText(env ? tr("Environment \"%1\" names no state file.").arg(env->name) : QString());
        return;
    }
    openState(env->statePath);
}

void ResourcesView::setCredentialStore(CredentialStore *store)
{
    m_store = store;
}

void ResourcesView::stopRemote()
{
    if (m_fetcher) {
        m_fetcher->disconnect(this);
        m_fetcher->abort();
        m_fetcher->deleteLater();
    }
}

void ResourcesView::showLoadFailure(const QString &path, const Error &error)
{
    if (path != m_path)
        return;
    m_loading = false;
    m_inventory.reset();
    m_error = error;
    m_hasError = true;
    showInventory();
    Q_EMIT stateLoaded(path);
}

void ResourcesView::openRemoteState(const StateBackend &backend, const AwsSigV4::Credentials &credentials)
{
    stopRemote();
    m_task.cancel();
    const QString path = backend.displayUrl();
    const QString cacheKey = backend.endpoint.toString() + path;
    const RemoteCopy cached = m_remoteCopies.value(cacheKey);
    m_path = path;
    m_loading = true;
    m_hasError = false;
    m_inventory = cached.inventory; // shown while it is revalidated
    showInventory();

    S3StateFetcher::Options options;
    options.location.endpoint = backend.endpoint;
    options.location.bucket = backend.bucket;
    options.location.key = backend.key;
    options.location.region = backend.region;
    options.credentials = credentials;
    options.ifNoneMatch = cached.inventory ? cached.etag : QByteArray();
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    auto *fetcher = new S3StateFetcher(m_network, std::move(options), this);
    m_fetcher = fetcher;
    connect(fetcher, &S3StateFetcher::progress, this, [this](qint64 received, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(received * 1000 / total));
        }
    });
    connect(fetcher, &S3StateFetcher::finished, this, [this, fetcher, path, cacheKey, cached] {
        fetcher->deleteLater();
        m_progress->setRange(0, 0);
        if (!fetcher->ok()) {
            showLoadFailure(path, fetcher->error());
            return;
        }
        RemoteCopy copy = fetcher->notModified() ? cached : RemoteCopy{fetcher->inventory(), fetcher->etag()};
        m_remoteCopies.insert(cacheKey, copy);
        m_loading = false;
        m_inventory = copy.inventory;
        m_hasError = false;
        showInventory();
        Q_EMIT stateLoaded(path);
    });
    fetcher->start();
}

void ResourcesView::openState(const QString &path)
{
    stopRemote();
    m_task.cancel();
    m_path = path;
    m_loading = true;
    m_inventory.reset();
    m_hasError = false;
    showInventory();
    m_task = QFuture<void>(runAsync(
        this,
        [path](const TaskControl &) {
            Loaded loaded;
            Result<Inventory> read = StateReader::readFile(path);
            if (read)
                loaded.inventory = std::make_shared<const Inventory>(std::move(read).value());
            else
                loaded.error = read.error();
            return loaded;
        },
        [this, path](Loaded loaded) {
            if (path != m_path)
                return; // a newer request replaced this one
            m_loading = false;
            m_inventory = loaded.inventory;
            m_error = loaded.error;
            m_hasError = !loaded.inventory;
            showInventory();
            Q_EMIT stateLoaded(path);
        }));
}

QString ResourcesView::errorText() const
{
    return m_hasError ? m_error.toString() : QString();
}

void ResourcesView::showInventory()
{
    m_progress->setVisible(m_loading);
    const QString previousType = m_typeFilter->currentData().toString();
    {
        const QSignalBlocker blocker(m_typeFilter);
        m_typeFilter->clear();
        m_typeFilter->addItem(tr("All types"), QString());
        if (m_inventory) {
            QSet<QString> seen;
            QStringList types;
            for (const InventoryResource &r : m_inventory->resources)
                if (!seen.contains(r.type())) {
                    seen.insert(r.type());
                    types.append(r.type());
                }
            types.sort();
            for (const QString &t : std::as_const(types))
                m_typeFilter->addItem(t, t);
            const int keep = m_typeFilter->findData(previousType);
            m_typeFilter->setCurrentIndex(keep > 0 ? keep : 0);
        }
    }
    m_model->setInventory(m_inventory);
    m_model->setFilter(m_searchEdit->text(), m_typeFilter->currentData().toString());
    m_resourceView->expandAll();
    m_outputModel->setOutputs(m_inventory ? m_inventory->outputs : QList<InventoryOutput>{});

    if (m_loading) {
        m_headerLabel->setText(tr("Reading %1…").arg(m_path));
        m_messageLabel->clear();
    } else if (m_hasError) {
        m_headerLabel->setText(tr("State not loaded"));
        m_messageLabel->setText(tr("Could not read the state: %1").arg(m_error.toString()));
    } else if (m_inventory) {
        const Inventory &inv = *m_inventory;
        const QString version = inv.terraformVersion.isEmpty() ? tr("unknown") : inv.terraformVersion;
        const QString serial = inv.serial < 0 ? tr("none") : QString::number(inv.serial);
        const QString lineage = inv.lineage.isEmpty() ? tr("none") : inv.lineage;
        m_headerLabel->setText(tr("%n resource instance(s), %1 output(s) · Terraform %2 · serial %3 · lineage %4 · %5",
                                  nullptr, int(inv.resources.size()))
                                   .arg(inv.outputs.size())
                                   .arg(version, serial, lineage, Inventory::kindName(inv.kind)));
        QStringList warnings;
        for (const Error &w : inv.warnings)
            warnings.append(w.toString());
        m_messageLabel->setText(warnings.join(QLatin1Char('\n')));
    } else {
        m_headerLabel->setText(tr("No state"));
    }
    showSelection();
}

void ResourcesView::applyFilter()
{
    const QString selected = selectedAddress();
    m_model->setFilter(m_searchEdit->text(), m_typeFilter->currentData().toString());
    m_resourceView->expandAll();
    selectAddress(selected);
    showSelection();
}

QString ResourcesView::selectedAddress() const
{
    return m_resourceView->currentIndex().data(InventoryModel::AddressRole).toString();
}

void ResourcesView::selectAddress(const QString &address)
{
    const QModelIndex index = m_model->indexOfAddress(address);
    if (!index.isValid())
        return;
    m_resourceView->setCurrentIndex(index);
    m_resourceView->scrollTo(index);
}

void ResourcesView::showSelection()
{
    const InventoryResource *r = m_model->resourceAt(m_resourceView->currentIndex());
    m_attributeModel->setResource(r);
    m_diagramButton->setEnabled(r != nullptr);
    if (!r) {
        m_detailTitle->setText(m_inventory ? tr("Select a resource") : QString());
        m_detailInfo->clear();
    } else {
        m_detailTitle->setText(r->addressText);
        QStringList info;
        info << tr("Provider: %1").arg(r->provider.isEmpty() ? tr("unknown") : r->provider);
        info << tr("Schema version: %1").arg(r->schemaVersion);
        if (r->tainted)
            info << tr("Tainted");
        if (!r->deposed.isEmpty())
            info << tr("Deposed object %1").arg(r->deposed);
        if (!r->dependencies.isEmpty())
            info << tr("Depends on: %1").arg(r->dependencies.join(QStringLiteral(", ")));
        m_detailInfo->setText(info.join(QLatin1Char('\n')));
        m_attributeView->resizeColumnToContents(StateValueModel::NameColumn);
    }
    updateRevealButton();
}

void ResourcesView::updateRevealButton()
{
    QTableView *view = m_detailTabs->currentIndex() == 0 ? m_attributeView : m_outputView;
    auto *model = static_cast<StateValueModel *>(view->model());
    const int row = view->currentIndex().row();
    m_revealButton->setEnabled(model->isRevealable(row));
    m_revealButton->setText(model->isRevealed(row) ? tr("Hide") : tr("Reveal"));
}

void ResourcesView::toggleReveal()
{
    QTableView *view = m_detailTabs->currentIndex() == 0 ? m_attributeView : m_outputView;
    auto *model = static_cast<StateValueModel *>(view->model());
    const int row = view->currentIndex().row();
    if (!model->isRevealable(row))
        return;
    model->setRevealed(row, !model->isRevealed(row));
    updateRevealButton();
}

} // namespace Infradeck
