// Process-level protections applied at start by both executables.
#pragma once

namespace Infradeck {

// Release builds: no core dumps (they would hold decrypted secrets) and no ptrace by other same-user processes.
// Returns false when a protection could not be applied (the caller may warn; it is not fatal).
bool hardenProcess();

} // namespace Infradeck
