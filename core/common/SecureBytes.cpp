#include "SecureBytes.h"

#include <openssl/crypto.h>

#include <sys/mman.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>

namespace Infradeck {

void SecureBytes::wipe(void *data, std::size_t size)
{
    if (data && size)
        OPENSSL_cleanse(data, size);
}

void SecureBytes::wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached())
        bytes.detach(); // never wipe a buffer another QByteArray shares without it knowing
    wipe(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

SecureBytes::SecureBytes(std::size_t size)
{
    resize(size);
}

SecureBytes::SecureBytes(QByteArrayView bytes)
    : SecureBytes(bytes.data(), std::size_t(bytes.size()))
{
}

SecureBytes::SecureBytes(const char *data, std::size_t size)
{
    reallocate(size);
    if (size)
        std::memcpy(m_data, data, size);
    m_size = size;
}

SecureBytes SecureBytes::fromString(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    SecureBytes result(utf8);
    wipe(utf8);
    return result;
}

SecureBytes::SecureBytes(const SecureBytes &other)
    : SecureBytes(other.m_data, other.m_size)
{
}

SecureBytes &SecureBytes::operator=(const SecureBytes &other)
{
    if (this != &other) {
        SecureBytes copy(other);
        *this = std::move(copy);
    }
    return *this;
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(other.m_data), m_size(other.m_size), m_capacity(other.m_capacity)
{
    other.m_data = nullptr;
    other.m_size = other.m_capacity = 0;
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = other.m_data;
        m_size = other.m_size;
        m_capacity = other.m_capacity;
        other.m_data = nullptr;
        other.m_size = other.m_capacity = 0;
    }
    return *this;
}

SecureBytes::~SecureBytes()
{
    clear();
}

void SecureBytes::reallocate(std::size_t capacity)
{
    if (capacity == 0)
        return;
    auto *fresh = static_cast<char *>(std::calloc(capacity, 1));
    if (!fresh)
        throw std::bad_alloc();
    // Best effort: keep secrets out of swap. Failure (RLIMIT_MEMLOCK) is not fatal.
    (void)::mlock(fresh, capacity);
    if (m_data) {
        std::memcpy(fresh, m_data, std::min(m_size, capacity));
        wipe(m_data, m_capacity);
        (void)::munlock(m_data, m_capacity);
        std::free(m_data);
    }
    m_data = fresh;
    m_capacity = capacity;
}

void SecureBytes::append(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    const std::size_t needed = m_size + std::size_t(bytes.size());
    if (needed > m_capacity)
        reallocate(std::max(needed, m_capacity * 2));
    std::memcpy(m_data + m_size, bytes.data(), std::size_t(bytes.size()));
    m_size = needed;
}

void SecureBytes::resize(std::size_t size)
{
    if (size > m_capacity)
        reallocate(size);
    if (size < m_size)
        wipe(m_data + size, m_size - size);
    else if (size > m_size)
        std::memset(m_data + m_size, 0, size - m_size);
    m_size = size;
}

void SecureBytes::clear()
{
    if (m_data) {
        wipe(m_data, m_capacity);
        (void)::munlock(m_data, m_capacity);
        std::free(m_data);
    }
    m_data = nullptr;
    m_size = m_capacity = 0;
}

bool SecureBytes::operator==(const SecureBytes &other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return CRYPTO_memcmp(m_data, other.m_data, m_size) == 0;
}

} // namespace Infradeck
