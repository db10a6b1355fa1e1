// Prometheus credentials from the keychain: an environment's `tokens: {prometheus: keychain:NAME}` names an entry
// holding "Bearer TOKEN", a bare token, or "basic USER:PASSWORD". The value is read asynchronously (CredentialStore),
// applied to PrometheusOptions and never echoed: errors name the keychain entry and what was expected, not the value.
#pragma once

#include "common/Error.h"
#include "secrets/CredentialStore.h"
#include "telemetry/PrometheusOptions.h"

#include <QByteArrayView>

#include <functional>
#include <optional>

namespace Infradeck {

struct Environment;
class Workspace;

class PrometheusCredentials
{
public:
    static constexpr const char *Provider = "prometheus"; // the key under an environment's `tokens:`

    // Sets options' bearer token or basic user/password from a keychain (or environment variable) value; clears
    // the other kind. source names where the value came from ("keychain:NAME") for the error. Surrounding white
    // space is ignored; a value with line breaks or other control characters inside is refused.
    static std::optional<Error> apply(QByteArrayView value, const QString &source, PrometheusOptions &options);

    // The keychain entry the environment names for Prometheus: the entry scoped to the environment when the store
    // knows it, else the workspace-wide one. nullopt when the environment names none.
    static std::optional<CredentialStore::Key> keychainKey(const Workspace &workspace, const Environment &env, const CredentialStore &store);

    // Reads key from the store (asynchronously: done runs later, on the store's thread) and applies it to a copy of
    // options.
    static void load(CredentialStore *store, const CredentialStore::Key &key, PrometheusOptions options,
                     std::function<void(Result<PrometheusOptions>)> done);
};

} // namespace Infradeck
