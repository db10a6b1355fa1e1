// A byte buffer for secrets: wiped on destruction and on every reallocation, locked in memory when allowed.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstddef>

namespace Infradeck {

class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size); // zero-filled
    explicit SecureBytes(QByteArrayView bytes);
    SecureBytes(const char *data, std::size_t size);
    static SecureBytes fromString(const QString &text); // UTF-8

    SecureBytes(const SecureBytes &other);
    SecureBytes &operator=(const SecureBytes &other);
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    ~SecureBytes();

    char *data() { return m_data; }
    const char *data() const { return m_data; }
    unsigned char *udata() { return reinterpret_cast<unsigned char *>(m_data); }
    const unsigned char *udata() const { return reinterpret_cast<const unsigned char *>(m_data); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return QByteArrayView(m_data, qsizetype(m_size)); }

    void append(QByteArrayView bytes);
    void resize(std::size_t size); // keeps the prefix, wipes what it drops
    void clear();                  // wipes and frees

    // Constant-time comparison (same size required for equality).
    bool operator==(const SecureBytes &other) const;
    bool operator!=(const SecureBytes &other) const { return !(*this == other); }

    // Copies out of the wiped world: the caller owns wiping the copy (use only at API boundaries).
    QByteArray toByteArrayUnsafe() const { return QByteArray(m_data, qsizetype(m_size)); }

    static void wipe(void *data, std::size_t size);
    static void wipe(QByteArray &bytes); // wipes a QByteArray's buffer in place, then clears it

private:
    void reallocate(std::size_t capacity);

    char *m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

} // namespace Infradeck
