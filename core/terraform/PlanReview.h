// The review of one plan file: which changes were marked reviewed, and the approval (who, when, SHA-256 of the
// plan file). Kept in a file beside the plan (PLAN.review.json) so a team can commit it next to the plan.
#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QSet>
#include <QString>

namespace Infradeck {

class PlanReview
{
public:
    static QString reviewPathFor(const QString &planPath);
    static QString sha256(const QByteArray &bytes); // lowercase hex (OpenSSL, fast on large plans)

    // Reads PLAN.review.json when it exists (a missing file is an empty review). currentDigest is the plan
    // file's SHA-256 now; a stored approval for another digest is reported by approvalIsStale().
    static Result<PlanReview> load(const QString &planPath, const QString &currentDigest);

    Result<bool> save() const; // atomic (QSaveFile)

    QString planPath;
    QString currentDigest;
    QSet<QString> reviewed; // addresses
    QString approvedBy;
    QDateTime approvedAt;   // UTC
    QString approvedDigest;

    bool isApproved() const { return !approvedDigest.isEmpty(); }
    bool approvalIsStale() const { return isApproved() && approvedDigest != currentDigest; }
    void approve(const QString &who, const QDateTime &when);
    void revokeApproval();
    static QString currentUser();
};

} // namespace Infradeck
