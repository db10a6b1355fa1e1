// The workspace's required_keys against each environment's SOPS files: missing keys, empty values and near-miss
// names. Reads key names only — SOPS keeps them in plaintext, and leaves empty values unencrypted — so nothing
// is decrypted.
#pragma once

#include "common/Error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Infradeck {

struct Environment;
class Workspace;

class RequiredKeys
{
public:
    struct Problem
    {
        enum class Kind { Missing, Empty, NearMiss };
        Kind kind = Kind::Missing;
        QString key;           // the required key
        QString file;          // Empty: the file whose (winning) value is empty
        QString candidate;     // NearMiss: the present key that looks like the required one
        QString candidateFile; // NearMiss: where the candidate is
        QString message() const; // one line, names the key and file(s)
    };

    struct Report
    {
        QString environment;
        QStringList presentKeys; // top-level keys, union of the files, first-seen order
        QList<Problem> problems;
        Errors errors;           // files that could not be read (missing, not SOPS, broken)
        bool isClean() const { return problems.isEmpty() && !hasErrors(errors); }
    };

    // `sopsPaths` in order: later files override earlier keys.
    static Report check(const QStringList &required, const QString &environment, const QStringList &sopsPaths);
    static Report check(const QStringList &required, const Environment &environment);
    static QList<Report> check(const Workspace &workspace); // every environment with sops files

    // `AUTH_SECRET` vs `BETTER_AUTH_SECRET`, `REDIS_URL` vs `KV_REDIS_URL`, `DATABSE_URL` vs `DATABASE_URL`:
    // one is the other with a `_`-separated prefix or suffix, or they differ by a small edit distance
    // (case-insensitive). Identical names are not near misses.
    static bool isNearMiss(const QString &required, const QString &present);
    static int editDistance(const QString &a, const QString &b);
};

} // namespace Infradeck
