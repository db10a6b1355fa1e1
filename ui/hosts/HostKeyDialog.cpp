#include "HostKeyDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Infradeck {

HostKeyDialog::HostKeyDialog(const HostKeyInfo &key, QWidget *parent) : QDialog(parent), m_key(key)
{
    setObjectName(QStringLiteral("hostKeyDialog"));
    setWindowTitle(tr("Unknown Host Key"));
    auto *intro = new QLabel(tr("The authenticity of host <b>%1</b> can't be established. Compare the fingerprint "
                                "with the one the server's console or provider shows before trusting it.")
                                 .arg(key.host.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    auto *type = new QLabel(key.keyType, this);
    type->setObjectName(QStringLiteral("keyTypeLabel"));
    auto *fingerprint = new QLabel(key.fingerprint, this);
    fingerprint->setObjectName(QStringLiteral("fingerprintLabel"));
    fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    fingerprint->setFont(mono);
    auto *file = new QLabel(key.knownHostsFile, this);
    file->setObjectName(QStringLiteral("knownHostsLabel"));
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("Key type:"), type);
    form->addRow(tr("Fingerprint:"), fingerprint);
    form->addRow(tr("Saved to:"), file);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *accept = buttons->addButton(tr("Trust and Connect"), QDialogButtonBox::AcceptRole);
    accept->setObjectName(QStringLiteral("acceptHostKeyButton"));
    QPushButton *refuse = buttons->addButton(tr("Refuse"), QDialogButtonBox::RejectRole);
    refuse->setObjectName(QStringLiteral("refuseHostKeyButton"));
    refuse->setDefault(true); // the safe answer is the default
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

} // namespace Infradeck
