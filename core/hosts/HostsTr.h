// The translation context of the hosts module.
#pragma once

#include <QCoreApplication>

namespace Infradeck {
struct HostsTr
{
    Q_DECLARE_TR_FUNCTIONS(Hosts)
};
} // namespace Infradeck
