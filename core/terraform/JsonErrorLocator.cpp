#include "JsonErrorLocator.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace Infradeck {

namespace {

constexpr int MaxDepth = 1000;

class Scanner
{
public:
    explicit Scanner(QByteArrayView text) : m_p(text.data()), m_n(text.size()) {}

    bool document()
    {
        skipWs();
        if (m_i >= m_n)
            return fail(QStringLiteral("unexpected end of input"), QStringLiteral("a JSON value"));
        if (!value(0))
            return false;
        skipWs();
        if (m_i < m_n)
            return fail(QStringLiteral("unexpected data after the JSON document"), QStringLiteral("end of input"));
        return true;
    }

    qint64 offset = 0;
    QString message;
    QString expected;
    QString path() const
    {
        QString out = QStringLiteral("$");
        for (const Step &step : m_path)
            out += step.key ? QString(QLatin1Char('.') + QString::fromUtf8(step.key, step.length))
                            : QString(QLatin1Char('[') + QString::number(step.length) + QLatin1Char(']'));
        return out;
    }

private:
    bool fail(const QString &msg, const QString &exp)
    {
        offset = m_i;
        message = msg;
        expected = exp;
        return false;
    }
    bool eof(const QString &exp) { return fail(QStringLiteral("unexpected end of input (truncated file?)"), exp); }
    void skipWs()
    {
        while (m_i < m_n && (m_p[m_i] == ' ' || m_p[m_i] == '\n' || m_p[m_i] == '\r' || m_p[m_i] == '\t'))
            ++m_i;
    }
    // Keys are kept as pointers into the text: the path is only formatted when something is wrong.
    struct Step
    {
        const char *key; // nullptr: array index in length
        qint64 length;
    };

    bool string(Step *out)
    {
        ++m_i; // opening quote
        const qint64 start = m_i;
        while (m_i < m_n) {
            const char c = m_p[m_i];
            if (c == '"') {
                if (out)
                    *out = Step{m_p + start, m_i - start};
                ++m_i;
                return true;
            }
            if (c == '\\') {
                m_i += 2;
                continue;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return fail(QStringLiteral("control character in string"), QStringLiteral("an escaped character"));
            ++m_i;
        }
        return eof(QStringLiteral("a closing quote"));
    }
    bool literal(const char *word)
    {
        const qint64 len = qint64(qstrlen(word));
        if (m_n - m_i < len)
            return eof(QString::fromLatin1(word));
        if (qstrncmp(m_p + m_i, word, len) != 0)
            return fail(QStringLiteral("invalid literal"), QStringLiteral("a JSON value"));
        m_i += len;
        return true;
    }
    bool number()
    {
        const qint64 start = m_i;
        if (m_p[m_i] == '-')
            ++m_i;
        bool digits = false;
        while (m_i < m_n && ((m_p[m_i] >= '0' && m_p[m_i] <= '9') || m_p[m_i] == '.' || m_p[m_i] == 'e' || m_p[m_i] == 'E'
                             || m_p[m_i] == '+' || m_p[m_i] == '-')) {
            digits = true;
            ++m_i;
        }
        if (!digits) {
            m_i = start;
            return fail(QStringLiteral("invalid number"), QStringLiteral("a digit"));
        }
        return true;
    }
    bool value(int depth)
    {
        if (depth > MaxDepth)
            return fail(QStringLiteral("nesting too deep"), QStringLiteral("at most %1 levels").arg(MaxDepth));
        skipWs();
        if (m_i >= m_n)
            return eof(QStringLiteral("a JSON value"));
        const char c = m_p[m_i];
        switch (c) {
        case '{': {
            ++m_i;
            skipWs();
            if (m_i < m_n && m_p[m_i] == '}') {
                ++m_i;
                return true;
            }
            while (true) {
                skipWs();
                if (m_i >= m_n)
                    return eof(QStringLiteral("a quoted key"));
                if (m_p[m_i] != '"')
                    return fail(QStringLiteral("invalid object key"), QStringLiteral("a quoted key"));
                Step key{};
                if (!string(&key))
                    return false;
                skipWs();
                if (m_i >= m_n)
                    return eof(QStringLiteral("\":\""));
                if (m_p[m_i] != ':')
                    return fail(QStringLiteral("missing colon after key"), QStringLiteral("\":\""));
                ++m_i;
                m_path.push_back(key);
                if (!value(depth + 1))
                    return false;
                m_path.pop_back();
                skipWs();
                if (m_i >= m_n)
                    return eof(QStringLiteral("\",\" or \"}\""));
                if (m_p[m_i] == '}') {
                    ++m_i;
                    return true;
                }
                if (m_p[m_i] != ',')
                    return fail(QStringLiteral("invalid character in object"), QStringLiteral("\",\" or \"}\""));
                ++m_i;
            }
        }
        case '[': {
            ++m_i;
            skipWs();
            if (m_i < m_n && m_p[m_i] == ']') {
                ++m_i;
                return true;
            }
            for (int index = 0;; ++index) {
                m_path.push_back(Step{nullptr, index});
                if (!value(depth + 1))
                    return false;
                m_path.pop_back();
                skipWs();
                if (m_i >= m_n)
                    return eof(QStringLiteral("\",\" or \"]\""));
                if (m_p[m_i] == ']') {
                    ++m_i;
                    return true;
                }
                if (m_p[m_i] != ',')
                    return fail(QStringLiteral("invalid character in array"), QStringLiteral("\",\" or \"]\""));
                ++m_i;
            }
        }
        case '"':
            return string(nullptr);
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            if (c == '-' || (c >= '0' && c <= '9'))
                return number();
            return fail(QStringLiteral("unexpected character '%1'").arg(QChar::fromLatin1(c)), QStringLiteral("a JSON value"));
        }
    }

    const char *m_p;
    qint64 m_n;
    qint64 m_i = 0;
    std::vector<Step> m_path;
};

} // namespace

Error JsonErrorLocator::locate(QByteArrayView text, const QString &source, qint64 baseOffset)
{
    Scanner scanner(text);
    if (scanner.document())
        return Error();
    return Error(QCoreApplication::translate("Infradeck::PlanReader", "invalid JSON: %1").arg(scanner.message), source)
        .atOffset(baseOffset + scanner.offset)
        .atPath(scanner.path())
        .expecting(scanner.expected);
}

Error JsonErrorLocator::locateInvalidUtf8(QByteArrayView text, const QString &source, qint64 baseOffset)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const qint64 n = text.size();
    qint64 i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        if (c < 0x80)
            extra = 0;
        else if ((c & 0xE0) == 0xC0 && c >= 0xC2)
            extra = 1;
        else if ((c & 0xF0) == 0xE0)
            extra = 2;
        else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
            extra = 3;
        else
            break;
        bool ok = i + extra < n;
        for (int k = 1; ok && k <= extra; ++k)
            ok = (p[i + k] & 0xC0) == 0x80;
        if (!ok)
            break;
        i += extra + 1;
    }
    if (i >= n)
        return Error();
    // The path of the bad byte: where a scan of the text before it stops.
    Scanner scanner(text.first(i));
    scanner.document();
    return Error(QCoreApplication::translate("Infradeck::PlanReader", "invalid UTF-8 in the plan"), source)
        .atOffset(baseOffset + i)
        .atPath(scanner.path())
        .expecting(QCoreApplication::translate("Infradeck::PlanReader", "UTF-8 text"));
}

} // namespace Infradeck
