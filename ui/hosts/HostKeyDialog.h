// Asks whether to trust a host key that is not in known_hosts: shows the host, key type and SHA256 fingerprint.
// Accept writes the key to the named known_hosts file; Refuse does not connect. (Changed keys never come here:
// the session refuses them itself and the view shows the warning.)
#pragma once

#include "hosts/SshSession.h"

#include <QDialog>

namespace Infradeck {

class HostKeyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HostKeyDialog(const HostKeyInfo &key, QWidget *parent = nullptr);
    const HostKeyInfo &key() const { return m_key; }

private:
    HostKeyInfo m_key;
};

} // namespace Infradeck
