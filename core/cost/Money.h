// Exact decimal money: an amount in micro-units (6 decimal places) and an ISO 4217 currency code. Never float.
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace Infradeck {

class Money
{
public:
    static constexpr qint64 Scale = 1000000; // micro-units per unit
    static constexpr int Decimals = 6;

    Money() = default;
    Money(qint64 micros, QString currency) : m_micros(micros), m_currency(std::move(currency)) {}

    // "4.59", "-0.0069", "4.5900000000", "+12", "1e3" is refused. Digits beyond the 6th decimal are rounded
    // half-even. Empty optional on anything that is not a plain decimal or that overflows.
    static std::optional<Money> parse(QStringView text, const QString &currency = {});
    static std::optional<qint64> parseMicros(QStringView text);
    static Money fromUnits(qint64 units, const QString &currency) { return Money(units * Scale, currency); }

    qint64 micros() const { return m_micros; }
    const QString &currency() const { return m_currency; }
    bool isZero() const { return m_micros == 0; }
    bool isNegative() const { return m_micros < 0; }

    // Sums keep the currency of whichever side has one; mixing two different currencies is a caller bug
    // (the estimator converts first) and is reported by sameCurrency().
    bool sameCurrency(const Money &other) const;
    Money operator+(const Money &other) const;
    Money operator-(const Money &other) const;
    Money operator-() const { return Money(-m_micros, m_currency); }
    Money &operator+=(const Money &other);
    Money &operator-=(const Money &other);
    Money times(qint64 factor) const;
    // Multiply by a decimal factor given in micro-units (e.g. 1.2 = 1200000); the product is rounded half-even
    // back to micro-units.
    Money timesDecimal(qint64 factorMicros) const;
    Money percent(qint64 percentMicros) const; // percent(20000000) = 20 %

    // Half-even rounding to a number of decimals (2 = cents); the result still carries 6 decimals.
    Money rounded(int decimals = 2) const;
    // "14.86" (half-even to `decimals`, always that many digits); toExactString() keeps every significant digit.
    QString toString(int decimals = 2) const;
    QString toExactString() const;
    // For people: "14.86 EUR" with the decimal point of the user's locale ("14,86 EUR" in French and German); the
    // digits stay exact. toString() is the machine form (JSON, CSV, files).
    QString toDisplayString(int decimals = 2, bool withCurrency = true) const;

    friend bool operator==(const Money &a, const Money &b) { return a.m_micros == b.m_micros && a.m_currency == b.m_currency; }
    friend bool operator!=(const Money &a, const Money &b) { return !(a == b); }
    friend bool operator<(const Money &a, const Money &b) { return a.m_micros < b.m_micros; }
    friend bool operator>(const Money &a, const Money &b) { return a.m_micros > b.m_micros; }

    // Integer division of a*b/c with half-even rounding, on 128 bits. Exposed for quantity arithmetic.
    static qint64 mulDivHalfEven(qint64 a, qint64 b, qint64 c);
    static QString formatMicros(qint64 micros, int decimals); // decimals in 0..6, rounds half-even

private:
    qint64 m_micros = 0;
    QString m_currency;
};

} // namespace Infradeck
