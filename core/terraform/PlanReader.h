// Reads `terraform show -json` / `tofu show -json` plan output (format 0.x and 1.x) into a Plan.
#pragma once

#include "terraform/Plan.h"

#include "common/Error.h"

#include <QByteArray>
#include <QString>

namespace Infradeck {

class PlanReader
{
public:
    static Result<Plan> readFile(const QString &path);
    // source names the data in errors.
    static Result<Plan> readBytes(QByteArray bytes, const QString &source = QStringLiteral("<plan>"));
};

} // namespace Infradeck
