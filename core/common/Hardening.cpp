#include "Hardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace Infradeck {

bool hardenProcess()
{
#ifdef NDEBUG
    const rlimit none{0, 0};
    bool ok = ::setrlimit(RLIMIT_CORE, &none) == 0;
    ok = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
    return ok;
#else
    return true;
#endif
}

} // namespace Infradeck
