// The one error type of Infradeck: what went wrong, where, and what was expected.
#pragma once

#include <QString>
#include <QStringList>
#include <QList>

namespace Infradeck {

class Error
{
public:
    enum class Severity { Error, Warning };

    Error() = default;
    explicit Error(QString message, QString source = {}, Severity severity = Severity::Error);

    // Builder-style setters keep call sites short: Error(msg, file).at(line, col).expecting("a map")
    Error &at(int line, int column = -1);       // 1-based line/column, -1 when unknown
    Error &atPath(const QString &path);         // JSON path ($.a.b[2]) or YAML path (environments[1].plan)
    Error &atOffset(qint64 byteOffset);
    Error &expecting(const QString &expected);
    Error &asWarning();

    QString message;
    QString source;   // file path or URL
    QString path;     // JSON/YAML path, empty when unknown
    QString expected; // what the reader expected, empty when not applicable
    int line = -1;
    int column = -1;
    qint64 offset = -1;
    Severity severity = Severity::Error;

    bool isWarning() const { return severity == Severity::Warning; }
    // "file:line:column: error: message (at $.path; expected X)" — the form every tool prints.
    QString toString() const;
    QString location() const; // "line 3, column 5" / "byte 1234" / path, human-readable
};

using Errors = QList<Error>;

bool hasErrors(const Errors &errors); // true when any entry is not a warning

// Result<T>: a value or an Error. Parsers return these instead of throwing across the core boundary.
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)), m_ok(true) {}
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const T &value() const & { return m_value; }
    T &value() & { return m_value; }
    T &&value() && { return std::move(m_value); }
    const T *operator->() const { return &m_value; }
    T *operator->() { return &m_value; }
    const Error &error() const { return m_error; }

private:
    T m_value{};
    Error m_error;
    bool m_ok = false;
};

} // namespace Infradeck
