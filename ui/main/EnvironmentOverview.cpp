#include "EnvironmentOverview.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Infradeck {

EnvironmentOverview::EnvironmentOverview(QWidget *parent)
    : FeatureView(parent), m_title(new QLabel(this)), m_details(new QLabel(this)), m_artifacts(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("environmentOverview"));
    m_title->setObjectName(QStringLiteral("titleLabel"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_title->setFont(f);
    m_details->setObjectName(QStringLiteral("detailsLabel"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_artifacts->setObjectName(QStringLiteral("artifactsTreeWidget"));
    m_artifacts->setAccessibleName(tr("Artifacts"));
    m_artifacts->setRootIsDecorated(false);
    m_artifacts->setColumnCount(4);
    m_artifacts->setHeaderLabels({tr("Artifact"), tr("File"), tr("Status"), tr("Modified")});
    m_artifacts->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_artifacts, 1);
    showEnvironment(nullptr);
}

QString EnvironmentOverview::title() const
{
    return tr("Overview");
}

void EnvironmentOverview::setEnvironment(const Workspace &, const Environment *env)
{
    showEnvironment(env);
}

void EnvironmentOverview::showEnvironment(const Environment *env)
{
    m_artifacts->clear();
    if (!env) {
        m_title->setText(tr("No environment selected"));
        m_details->setText(tr("Open a workspace (Ctrl+O) and pick an environment on the left."));
        return;
    }
    m_title->setText(env->isProtected ? tr("%1 (protected)").arg(env->name) : env->name);
    QStringList lines;
    if (!env->description.isEmpty())
        lines << env->description;
    if (!env->kind.isEmpty())
        lines << tr("Kind: %1").arg(env->kind);
    if (env->created.isValid())
        lines << tr("Created: %1 (%n day(s) ago)", nullptr, int(env->created.daysTo(QDate::currentDate())))
                     .arg(QLocale().toString(env->created, QLocale::ShortFormat));
    if (env->budget.isSet())
        lines << tr("Budget: %1 %2 per month").arg(env->budget.monthly, env->budget.currency);
    if (!env->prometheus.isEmpty())
        lines << tr("Prometheus: %1").arg(env->prometheus.toDisplayString());
    for (const Host &h : env->hosts)
        lines << tr("Host %1: %2%3:%4").arg(h.name, h.user.isEmpty() ? QString() : h.user + QLatin1Char('@'), h.address).arg(h.port);
    if (!env->tokens.isEmpty())
        lines << tr("Provider tokens (keychain): %1").arg(QStringList(env->tokens.keys()).join(QStringLiteral(", ")));
    m_details->setText(lines.join(QLatin1Char('\n')));

    for (const Artifact &a : env->artifacts()) {
        const QString kind = a.kind == Artifact::Kind::Plan ? tr("Plan") : a.kind == Artifact::Kind::State ? tr("State") : tr("Credentials");
        const QFileInfo info(a.path);
        auto *item = new QTreeWidgetItem(m_artifacts, {kind, QDir::toNativeSeparators(a.path),
                                                       a.exists ? tr("present") : tr("missing"),
                                                       a.exists ? QLocale().toString(info.lastModified(), QLocale::ShortFormat) : QString()});
        item->setIcon(2, style()->standardIcon(a.exists ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning));
    }
}

} // namespace Infradeck
