#include "Money.h"

#include <QLocale>

#include <limits>

namespace Infradeck {

namespace {

__extension__ typedef __int128 i128; // 128-bit intermediates: micro-units × micro-units never overflow

qint64 roundHalfEven(i128 numerator, i128 denominator)
{
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    i128 q = numerator / denominator;
    i128 r = numerator % denominator;
    if (r != 0) {
        const bool negative = r < 0;
        const i128 twice = (negative ? -r : r) * 2;
        const bool up = twice > denominator || (twice == denominator && (q % 2) != 0);
        if (up)
            q += negative ? -1 : 1;
    }
    return static_cast<qint64>(q);
}

} // namespace

qint64 Money::mulDivHalfEven(qint64 a, qint64 b, qint64 c)
{
    return roundHalfEven(static_cast<i128>(a) * b, c);
}

std::optional<qint64> Money::parseMicros(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (text.front() == QLatin1Char('-') || text.front() == QLatin1Char('+')) {
        negative = text.front() == QLatin1Char('-');
        text = text.mid(1);
    }
    i128 whole = 0;
    i128 frac = 0;
    int fracDigits = 0;
    int intDigits = 0;
    bool seenPoint = false;
    bool restNonZero = false; // digits beyond the 7th decimal
    int roundDigit = -1;      // the 7th decimal
    for (const QChar ch : text) {
        if (ch == QLatin1Char('.')) {
            if (seenPoint)
                return std::nullopt;
            seenPoint = true;
            continue;
        }
        if (!ch.isDigit() || ch.unicode() > '9')
            return std::nullopt;
        const int d = ch.unicode() - '0';
        if (!seenPoint) {
            whole = whole * 10 + d;
            if (++intDigits > 13) // keeps whole * 10^6 well inside qint64
                return std::nullopt;
        } else if (fracDigits < Decimals) {
            frac = frac * 10 + d;
            ++fracDigits;
        } else if (roundDigit < 0) {
            roundDigit = d;
        } else if (d != 0) {
            restNonZero = true;
        }
    }
    if (intDigits == 0 && fracDigits == 0)
        return std::nullopt;
    for (int i = fracDigits; i < Decimals; ++i)
        frac *= 10;
    i128 micros = whole * Scale + frac;
    if (roundDigit > 5 || (roundDigit == 5 && (restNonZero || micros % 2 != 0)))
        ++micros;
    if (negative)
        micros = -micros;
    if (micros > std::numeric_limits<qint64>::max() || micros < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return static_cast<qint64>(micros);
}

std::optional<Money> Money::parse(QStringView text, const QString &currency)
{
    const auto micros = parseMicros(text);
    if (!micros)
        return std::nullopt;
    return Money(*micros, currency);
}

bool Money::sameCurrency(const Money &other) const
{
    return m_currency.isEmpty() || other.m_currency.isEmpty() || m_currency == other.m_currency;
}

Money Money::operator+(const Money &other) const
{
    return Money(m_micros + other.m_micros, m_currency.isEmpty() ? other.m_currency : m_currency);
}

Money Money::operator-(const Money &other) const
{
    return Money(m_micros - other.m_micros, m_currency.isEmpty() ? other.m_currency : m_currency);
}

Money &Money::operator+=(const Money &other)
{
    m_micros += other.m_micros;
    if (m_currency.isEmpty())
        m_currency = other.m_currency;
    return *this;
}

Money &Money::operator-=(const Money &other)
{
    m_micros -= other.m_micros;
    if (m_currency.isEmpty())
        m_currency = other.m_currency;
    return *this;
}

Money Money::times(qint64 factor) const
{
    return Money(m_micros * factor, m_currency);
}

Money Money::timesDecimal(qint64 factorMicros) const
{
    return Money(mulDivHalfEven(m_micros, factorMicros, Scale), m_currency);
}

Money Money::percent(qint64 percentMicros) const
{
    return Money(mulDivHalfEven(m_micros, percentMicros, 100 * Scale), m_currency);
}

Money Money::rounded(int decimals) const
{
    decimals = qBound(0, decimals, Decimals);
    qint64 unit = 1;
    for (int i = decimals; i < Decimals; ++i)
        unit *= 10;
    return Money(roundHalfEven(m_micros, unit) * unit, m_currency);
}

QString Money::formatMicros(qint64 micros, int decimals)
{
    decimals = qBound(0, decimals, Decimals);
    qint64 unit = 1;
    for (int i = decimals; i < Decimals; ++i)
        unit *= 10;
    const qint64 scaled = roundHalfEven(micros, unit); // in 10^-decimals
    const bool negative = scaled < 0;
    const quint64 magnitude = negative ? quint64(-(scaled + 1)) + 1 : quint64(scaled);
    quint64 divisor = 1;
    for (int i = 0; i < decimals; ++i)
        divisor *= 10;
    QString out = QString::number(magnitude / divisor);
    if (decimals > 0)
        out += QLatin1Char('.') + QString::number(magnitude % divisor).rightJustified(decimals, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + out : out;
}

QString Money::toString(int decimals) const
{
    return formatMicros(m_micros, decimals);
}

QString Money::toExactString() const
{
    QString s = formatMicros(m_micros, Decimals);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

QString Money::toDisplayString(int decimals, bool withCurrency) const
{
    QString number = toString(decimals);
    const QString point = QLocale().decimalPoint();
    if (point != QLatin1String("."))
        number.replace(QLatin1Char('.'), point);
    return !withCurrency || m_currency.isEmpty() ? number : number + QLatin1Char(' ') + m_currency;
}

} // namespace Infradeck
