// Benchmark: SOPS decrypt and re-encrypt of a 10,000-value file, and open-to-decrypted time of a 50-value file.
// Prints figures; not run by ctest. Usage: BenchSops [yaml|json]
#include "secrets/age/AgeIdentity.h"
#include "secrets/sops/SopsFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace Infradeck;

namespace {
SopsNode makeTree(int sections, int perSection)
{
    SopsNode root = SopsNode::map();
    for (int s = 0; s < sections; ++s) {
        SopsNode sec = SopsNode::map();
        sec.key = QStringLiteral("service_%1").arg(s);
        for (int k = 0; k < perSection; ++k) {
            SopsNode leaf;
            if (k % 10 == 3)
                leaf = SopsNode::leaf(SopsValue(SopsValue::Type::Int, SecureBytes(QByteArray::number(k * 7919))));
            else if (k % 10 == 7)
                leaf = SopsNode::leaf(SopsValue(SopsValue::Type::Bool, SecureBytes(QByteArrayView("True"))));
            else
                leaf = SopsNode::leaf(SopsValue::string(QByteArray(QByteArray("secret-value-") + QByteArray::number(s * 1000 + k)
                                                        + QByteArray(24, 'x'))));
            leaf.key = QStringLiteral("key_%1").arg(k);
            sec.children.append(std::move(leaf));
        }
        root.children.append(std::move(sec));
    }
    return root;
}

double ms(QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const auto format = (argc > 1 && QByteArray(argv[1]) == "json") ? SopsFile::Format::Json : SopsFile::Format::Yaml;
    const char *name = format == SopsFile::Format::Json ? "json" : "yaml";
    const AgeIdentity id = AgeIdentity::generate();
    QTemporaryDir dir;

    // 10,000 values
    {
        auto created = SopsFile::encryptNew(makeTree(100, 100), {id.recipient()}, format);
        QElapsedTimer t;
        t.start();
        auto bytes = created->serialize();
        const double encryptAll = ms(t);
        const QString path = dir.filePath(QStringLiteral("big.") + QLatin1String(name));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes.value());
        f.close();

        t.restart();
        auto file = SopsFile::load(path);
        const double parse = ms(t);
        t.restart();
        Errors e = file->decrypt({id});
        const double decrypt = ms(t);
        if (!e.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(e.first().toString()));
            return 1;
        }
        t.restart();
        file->setValue({QStringLiteral("service_5"), QStringLiteral("key_5")}, SopsValue::string("changed"));
        auto oneChange = file->serialize();
        const double saveOne = ms(t);
        t.restart();
        file->rotateDataKey();
        auto all = file->serialize();
        const double reencryptAll = ms(t);
        std::printf("%s, 10,000 values (%lld bytes): encrypt-new %.1f ms | parse %.1f ms | decrypt+MAC %.1f ms | "
                    "save with 1 change %.1f ms | rotate key + re-encrypt all %.1f ms\n",
                    name, qlonglong(bytes->size()), encryptAll, parse, decrypt, saveOne, reencryptAll);
    }

    // 50 values: open to decrypted
    {
        auto created = SopsFile::encryptNew(makeTree(5, 10), {id.recipient()}, format);
        const QString path = dir.filePath(QStringLiteral("small.") + QLatin1String(name));
        created->save(path);
        const int runs = 200;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < runs; ++i) {
            auto file = SopsFile::load(path);
            if (!file->decrypt({id}).isEmpty())
                return 1;
        }
        std::printf("%s, 50 values: open-to-decrypted %.3f ms (mean of %d)\n", name, ms(t) / runs, runs);
    }
    return 0;
}
