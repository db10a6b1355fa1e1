#include "RequiredKeys.h"

#include "secrets/sops/SopsFile.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <vector>

namespace Infradeck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Secrets)
};

struct Seen
{
    QString file;
    bool empty = false;
};

// Empty without decrypting: sops writes empty strings (and YAML nulls) as cleartext; an ENC[] with no data
// is an empty string too.
bool isEmptyValue(const SopsNode &node)
{
    if (node.kind != SopsNode::Kind::Value)
        return node.isContainer() && node.children.isEmpty();
    const SopsValue &v = node.value;
    if (v.isEncrypted())
        return v.ciphertext.contains(",data:,");
    if (v.type == SopsValue::Type::Null)
        return true;
    return v.hasPlain && v.plain.isEmpty();
}

bool affixOf(const QString &shorter, const QString &longer)
{
    if (shorter.size() >= longer.size() || shorter.isEmpty())
        return false;
    return longer.endsWith(QLatin1Char('_') + shorter) || longer.startsWith(shorter + QLatin1Char('_'));
}

} // namespace

QString RequiredKeys::Problem::message() const
{
    const QString fileName = QFileInfo(file).fileName();
    switch (kind) {
    case Kind::Missing:
        return Tr::tr("%1 is missing").arg(key);
    case Kind::Empty:
        return Tr::tr("%1 is empty in %2").arg(key, fileName);
    case Kind::NearMiss:
        return Tr::tr("%1 is missing; %2 in %3 looks like it (misspelt or wrong prefix?)")
            .arg(key, candidate, QFileInfo(candidateFile).fileName());
    }
    return {};
}

int RequiredKeys::editDistance(const QString &a, const QString &b)
{
    const QString x = a.toUpper(), y = b.toUpper();
    std::vector<int> prev(std::size_t(y.size()) + 1), cur(prev.size());
    for (int j = 0; j <= y.size(); ++j)
        prev[std::size_t(j)] = j;
    for (int i = 1; i <= x.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= y.size(); ++j) {
            const int subst = prev[std::size_t(j - 1)] + (x[i - 1] == y[j - 1] ? 0 : 1);
            cur[std::size_t(j)] = std::min({prev[std::size_t(j)] + 1, cur[std::size_t(j - 1)] + 1, subst});
        }
        std::swap(prev, cur);
    }
    return prev[std::size_t(y.size())];
}

bool RequiredKeys::isNearMiss(const QString &required, const QString &present)
{
    if (required == present || required.isEmpty() || present.isEmpty())
        return false;
    const QString r = required.toUpper(), p = present.toUpper();
    if (r == p)
        return true; // only the case differs
    if (affixOf(r, p) || affixOf(p, r))
        return true;
    // Typos: one edit for short names, two from 8 characters on.
    const int allowed = std::min(r.size(), p.size()) >= 8 ? 2 : 1;
    return editDistance(r, p) <= allowed;
}

RequiredKeys::Report RequiredKeys::check(const QStringList &required, const QString &environment,
                                         const QStringList &sopsPaths)
{
    Report report;
    report.environment = environment;
    QHash<QString, Seen> seen;
    for (const QString &path : sopsPaths) {
        Result<SopsFile> file = SopsFile::load(path);
        if (!file) {
            report.errors.append(file.error());
            continue;
        }
        for (const SopsNode &node : file->document().root.children) {
            if (node.kind == SopsNode::Kind::Comment || node.key.isEmpty())
                continue;
            if (!seen.contains(node.key))
                report.presentKeys.append(node.key);
            seen.insert(node.key, Seen{path, isEmptyValue(node)}); // later files override
        }
    }
    for (const QString &key : required) {
        const auto it = seen.constFind(key);
        if (it != seen.constEnd()) {
            if (it->empty) {
                Problem p;
                p.kind = Problem::Kind::Empty;
                p.key = key;
                p.file = it->file;
                report.problems.append(p);
            }
            continue;
        }
        Problem p;
        p.key = key;
        for (const QString &present : std::as_const(report.presentKeys)) {
            if (required.contains(present) || !isNearMiss(key, present))
                continue;
            p.kind = Problem::Kind::NearMiss;
            p.candidate = present;
            p.candidateFile = seen.value(present).file;
            break;
        }
        report.problems.append(p);
    }
    return report;
}

RequiredKeys::Report RequiredKeys::check(const QStringList &required, const Environment &environment)
{
    return check(required, environment.name, environment.sopsPaths);
}

QList<RequiredKeys::Report> RequiredKeys::check(const Workspace &workspace)
{
    QList<Report> reports;
    for (const Environment &env : workspace.environments()) {
        if (!env.sopsPaths.isEmpty())
            reports.append(check(workspace.requiredKeys(), env));
    }
    return reports;
}

} // namespace Infradeck
