#include "common/SecureBytes.h"

#include <QTest>

using namespace Infradeck;

class TestSecureBytes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void constructsAndCompares();
    void appendKeepsContent();
    void resizeWipesTail();
    void moveLeavesSourceEmpty();
    void wipeQByteArray();
    void wipeDoesNotTouchSharedCopies();
};

void TestSecureBytes::constructsAndCompares()
{
    SecureBytes a(QByteArrayView("secret"));
    SecureBytes b = SecureBytes::fromString(QStringLiteral("secret"));
    QCOMPARE(a.size(), std::size_t(6));
    QVERIFY(a == b);
    QVERIFY(a != SecureBytes(QByteArrayView("secreT")));
    QVERIFY(a != SecureBytes(QByteArrayView("secrets")));
    QVERIFY(SecureBytes() == SecureBytes());
    SecureBytes zeros(4);
    QCOMPARE(zeros.view(), QByteArrayView("\0\0\0\0", 4));
}

void TestSecureBytes::appendKeepsContent()
{
    SecureBytes s;
    for (int i = 0; i < 1000; ++i)
        s.append(QByteArrayView("ab"));
    QCOMPARE(s.size(), std::size_t(2000));
    QCOMPARE(s.view().first(4), QByteArrayView("abab"));
    QCOMPARE(s.view().last(2), QByteArrayView("ab"));
}

void TestSecureBytes::resizeWipesTail()
{
    SecureBytes s(QByteArrayView("abcdef"));
    s.resize(3);
    QCOMPARE(s.view(), QByteArrayView("abc"));
    // Growing again must not resurrect the dropped bytes.
    s.resize(6);
    QCOMPARE(s.view(), QByteArrayView("abc\0\0\0", 6));
}

void TestSecureBytes::moveLeavesSourceEmpty()
{
    SecureBytes a(QByteArrayView("key"));
    SecureBytes b(std::move(a));
    QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is what we test
    QCOMPARE(b.view(), QByteArrayView("key"));
    SecureBytes c;
    c = b;
    QVERIFY(c == b);
    QVERIFY(c.data() != b.data());
}

void TestSecureBytes::wipeQByteArray()
{
    QByteArray bytes("password");
    const char *raw = bytes.constData();
    Q_UNUSED(raw);
    SecureBytes::wipe(bytes);
    QVERIFY(bytes.isEmpty());
}

void TestSecureBytes::wipeDoesNotTouchSharedCopies()
{
    QByteArray original("shared-value");
    QByteArray copy = original; // implicitly shared
    SecureBytes::wipe(copy);
    QCOMPARE(original, QByteArray("shared-value"));
    QVERIFY(copy.isEmpty());
}

QTEST_GUILESS_MAIN(TestSecureBytes)
#include "TestSecureBytes.moc"
