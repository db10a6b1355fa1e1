#include "CostBudget.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Infradeck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Infradeck::CostBudget)
};

} // namespace

Result<CostBudget> CostBudget::parse(const QString &text, const QString &defaultCurrency, const QString &name)
{
    QString t = text.trimmed();
    QString currency;
    static const QRegularExpression codeAfter(QStringLiteral("\\s*([A-Z]{3})$"));
    static const QRegularExpression codeBefore(QStringLiteral("^([A-Z]{3})\\s*"));
    if (const auto m = codeAfter.match(t); m.hasMatch()) {
        currency = m.captured(1);
        t.chop(m.capturedLength(0));
    } else if (const auto m2 = codeBefore.match(t); m2.hasMatch()) {
        currency = m2.captured(1);
        t.remove(0, m2.capturedLength(0));
    }
    if (t.contains(QChar(0x20AC))) { // €
        currency = QStringLiteral("EUR");
        t.remove(QChar(0x20AC));
    } else if (t.contains(QLatin1Char('$'))) {
        currency = QStringLiteral("USD");
        t.remove(QLatin1Char('$'));
    }
    if (currency.isEmpty())
        currency = defaultCurrency;
    qint64 factor = 1;
    static const QRegularExpression times(QStringLiteral("^\\s*(\\d+)\\s*[x*\\x{00D7}]\\s*(.+)$"));
    if (const auto m = times.match(t); m.hasMatch()) {
        factor = m.captured(1).toLongLong();
        t = m.captured(2);
    }
    const auto micros = Money::parseMicros(t.trimmed());
    if (!micros || *micros < 0)
        return Error(Tr::tr("\"%1\" is not a budget").arg(text), name.isEmpty() ? QStringLiteral("<budget>") : name)
            .expecting(Tr::tr("a monthly amount such as \"68.85 EUR\" or \"15 x 4.59 EUR\""));
    return CostBudget(name, Money(*micros, currency).times(factor));
}

std::optional<Finding> CostBudget::check(const CostReport &report) const
{
    Finding f;
    f.ruleId = QStringLiteral("cost-budget");
    f.address = m_name;
    if (!m_amount.currency().isEmpty() && m_amount.currency() != report.currency) {
        f.severity = Finding::Severity::Low;
        f.reason = Tr::tr("the budget is in %1 but the estimate is in %2; not compared").arg(m_amount.currency(), report.currency);
        return f;
    }
    if (report.totalAfter.micros() <= m_amount.micros())
        return std::nullopt;
    f.severity = Finding::Severity::Medium;
    const Money over = report.totalAfter - m_amount;
    f.reason = Tr::tr("the monthly cost after this plan, %1, exceeds the budget of %2 by %3")
                   .arg(report.totalAfter.toDisplayString(), Money(m_amount.micros(), report.currency).toDisplayString(),
                        Money(over.micros(), report.currency).toDisplayString());
    if (!report.unpriced.isEmpty())
        f.reason += Tr::tr(" (%1 resources not priced)").arg(report.unpriced.size());
    return f;
}

} // namespace Infradeck
