// `infradeck-cli sops decrypt|encrypt|set|recipients|verify|check`: SOPS files with age keys, like `sops`.
#include "cli/Commands.h"

#include "secrets/CredentialStore.h"
#include "secrets/RequiredKeys.h"
#include "secrets/age/AgeIdentity.h"
#include "secrets/sops/SopsCreationRules.h"
#include "secrets/sops/SopsDotenvStore.h"
#include "secrets/sops/SopsFile.h"
#include "secrets/sops/SopsIniStore.h"
#include "secrets/sops/SopsJsonStore.h"
#include "secrets/sops/SopsYamlStore.h"
#include "workspace/Workspace.h"

#include "common/Error.h"
#include "common/SecureBytes.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace Cli {

namespace {

using namespace Infradeck;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli::Sops)
};

QString usage()
{
    return Tr::tr("usage: infradeck-cli sops decrypt FILE [--identity KEYFILE]\n"
              "       infradeck-cli sops encrypt FILE [--age RECIPIENT[,...]] [-o OUT]\n"
              "       infradeck-cli sops set FILE KEYPATH VALUE [--identity KEYFILE]\n"
              "       infradeck-cli sops recipients FILE [--add RECIPIENT | --remove RECIPIENT | --rotate] [--identity KEYFILE]\n"
              "       infradeck-cli sops verify FILE [--identity KEYFILE]\n"
              "       infradeck-cli sops check WORKSPACE\n"
              "The identity comes from --identity, else $SOPS_AGE_KEY_FILE, else $SOPS_AGE_KEY, else the keychain.");
}

int badInput(Streams io, const QString &message, const QString &source = {})
{
    io.err << Error(message, source).toString() << '\n';
    io.err.flush();
    return ExitBadInput;
}

int fail(Streams io, const Errors &errors, int code = ExitBadInput)
{
    for (const Error &e : errors)
        io.err << e.toString() << '\n';
    io.err.flush();
    return code;
}

struct Options
{
    QStringList positional;
    QString identity;
    QString age;
    QString output;
    QString add;
    QString remove;
    bool rotate = false;
    QString error;
};

Options parseOptions(const QStringList &args)
{
    Options o;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto next = [&](QString &into) {
            if (i + 1 >= args.size()) {
                o.error = Tr::tr("option %1 needs a value").arg(a);
                return;
            }
            into = args.at(++i);
        };
        if (a == QLatin1String("--identity") || a == QLatin1String("-i"))
            next(o.identity);
        else if (a == QLatin1String("--age"))
            next(o.age);
        else if (a == QLatin1String("-o") || a == QLatin1String("--output"))
            next(o.output);
        else if (a == QLatin1String("--add"))
            next(o.add);
        else if (a == QLatin1String("--remove"))
            next(o.remove);
        else if (a == QLatin1String("--rotate"))
            o.rotate = true;
        else if (a.startsWith(QLatin1String("--")) && a.size() > 2)
            o.error = Tr::tr("unknown option %1").arg(a);
        else
            o.positional.append(a);
        if (!o.error.isEmpty())
            break;
    }
    return o;
}

// Waits for one CredentialStore callback; the CLI has no other event loop running.
template<typename T, typename Start>
std::optional<T> waitFor(Start start)
{
    std::optional<T> result;
    QEventLoop loop;
    start([&](T value) {
        result.emplace(std::move(value));
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!result)
        loop.exec();
    return result;
}

// --identity, $SOPS_AGE_KEY_FILE, $SOPS_AGE_KEY, then every identity stored in the keychain.
Result<QList<AgeIdentity>> loadIdentities(const QString &identityFile)
{
    if (!identityFile.isEmpty())
        return AgeIdentity::loadKeyFile(identityFile);
    const QString envFile = qEnvironmentVariable("SOPS_AGE_KEY_FILE");
    if (!envFile.isEmpty())
        return AgeIdentity::loadKeyFile(envFile);
    if (qEnvironmentVariableIsSet("SOPS_AGE_KEY")) {
        QByteArray key = qgetenv("SOPS_AGE_KEY");
        auto ids = AgeIdentity::parseKeyFile(key, QStringLiteral("$SOPS_AGE_KEY"));
        SecureBytes::wipe(key);
        return ids;
    }
    CredentialStore store;
    const QList<CredentialStore::Key> keys = store.keys();
    if (keys.isEmpty())
        return Error(Tr::tr("no age identity: none stored in the keychain"))
            .expecting(Tr::tr("--identity KEYFILE, $SOPS_AGE_KEY_FILE or an identity imported into the keychain"));
    QList<AgeIdentity> all;
    for (const CredentialStore::Key &key : keys) {
        auto ids = waitFor<Result<QList<AgeIdentity>>>([&](auto cb) { store.readIdentities(key, cb); });
        if (!ids) // timed out: asking for the next key would only wait another 30 s
            return Error(Tr::tr("the keychain did not answer within 30 s"))
                .expecting(Tr::tr("--identity KEYFILE or $SOPS_AGE_KEY_FILE"));
        if (!store.isAvailable())
            return Error(CredentialStore::unavailableMessage())
                .expecting(Tr::tr("--identity KEYFILE or $SOPS_AGE_KEY_FILE"));
        if (ids && ids->ok())
            all.append(ids->value());
    }
    if (all.isEmpty())
        return Error(Tr::tr("no age identity in the keychain")).expecting(Tr::tr("--identity KEYFILE or $SOPS_AGE_KEY_FILE"));
    return all;
}

Result<SopsFile> openDecrypted(const QString &path, const QString &identityFile, Errors &errors)
{
    auto file = SopsFile::load(path);
    if (!file)
        return file.error();
    auto ids = loadIdentities(identityFile);
    if (!ids)
        return ids.error();
    errors = file->decrypt(ids.value());
    if (hasErrors(errors))
        return errors.first();
    return file;
}

bool isMacError(const Errors &errors)
{
    // SopsFile::decrypt places every MAC error at sops.mac; the message text is translated.
    for (const Error &e : errors)
        if (e.path == QLatin1String("sops.mac"))
            return true;
    return false;
}

void writeRaw(Streams io, QByteArray &bytes, bool wipe)
{
    io.out.flush();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
    if (wipe)
        SecureBytes::wipe(bytes);
}

// `["a"]["b"][0]` (sops) or `a.b.0`.
bool parseKeyPath(const QString &text, QStringList &path)
{
    path.clear();
    if (text.startsWith(QLatin1Char('['))) {
        static const QRegularExpression part(QString::fromLatin1(R"re(\[(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|(\d+))\])re"));
        int pos = 0;
        while (pos < text.size()) {
            const auto m = part.match(text, pos, QRegularExpression::NormalMatch,
                                      QRegularExpression::AnchorAtOffsetMatchOption);
            if (!m.hasMatch())
                return false;
            QString p = m.captured(1);
            if (m.capturedStart(1) < 0)
                p = m.capturedStart(2) >= 0 ? m.captured(2) : m.captured(3);
            p.replace(QLatin1String("\\\""), QLatin1String("\""));
            path.append(p);
            pos = m.capturedEnd(0);
        }
        return !path.isEmpty();
    }
    path = text.split(QLatin1Char('.'));
    for (const QString &p : std::as_const(path))
        if (p.isEmpty())
            return false;
    return !path.isEmpty();
}

int decryptVerb(const Options &o, Streams io)
{
    if (o.positional.size() != 1)
        return badInput(io, usage());
    Errors errors;
    auto file = openDecrypted(o.positional.first(), o.identity, errors);
    if (!file)
        return fail(io, errors.isEmpty() ? Errors{file.error()} : errors);
    QByteArray plain = file->emitDecrypted();
    writeRaw(io, plain, true);
    return ExitOk;
}

int verifyVerb(const Options &o, Streams io)
{
    if (o.positional.size() != 1)
        return badInput(io, usage());
    Errors errors;
    auto file = openDecrypted(o.positional.first(), o.identity, errors);
    if (!file) {
        if (errors.isEmpty())
            errors.append(file.error());
        return fail(io, errors, isMacError(errors) ? ExitFinding : ExitBadInput);
    }
    io.out << o.positional.first() << ": MAC ok (lastmodified " << file->metadata().lastModified << ")\n";
    io.out.flush();
    return ExitOk;
}

Result<SopsDocument> parsePlaintext(const QByteArray &bytes, SopsDocument::Format format, const QString &source)
{
    switch (format) {
    case SopsDocument::Format::Yaml: return SopsYamlStore::parse(bytes, source);
    case SopsDocument::Format::Json: return SopsJsonStore::parse(bytes, source);
    case SopsDocument::Format::Dotenv: return SopsDotenvStore::parse(bytes, source);
    case SopsDocument::Format::Ini: return SopsIniStore::parse(bytes, source);
    case SopsDocument::Format::Binary: {
        SopsDocument doc;
        SopsNode leaf = SopsNode::leaf(SopsValue(SopsValue::Type::Str, SecureBytes(bytes)));
        leaf.key = QStringLiteral("data");
        doc.root.children.append(std::move(leaf));
        return doc;
    }
    }
    return Error(Tr::tr("unknown format"), source);
}

// The nearest .sops.yaml from the file's folder upwards, and the rule matching the file's path.
struct RuleMatch
{
    std::optional<SopsCreationRules> rules;
    const SopsCreationRules::Rule *rule = nullptr;
    QString config;
};

Result<RuleMatch> findCreationRule(const QString &path, RuleMatch &match)
{
    QDir dir = QFileInfo(path).absoluteDir();
    while (true) {
        const QString candidate = dir.filePath(QStringLiteral(".sops.yaml"));
        if (QFileInfo::exists(candidate)) {
            auto rules = SopsCreationRules::load(candidate);
            if (!rules)
                return rules.error();
            match.rules = std::move(rules.value());
            match.config = candidate;
            match.rule = match.rules->match(dir.relativeFilePath(QFileInfo(path).absoluteFilePath()));
            return match;
        }
        if (!dir.cdUp())
            return match;
    }
}

int encryptVerb(const Options &o, Streams io)
{
    if (o.positional.size() != 1)
        return badInput(io, usage());
    const QString path = o.positional.first();
    RuleMatch match;
    if (auto found = findCreationRule(path, match); !found)
        return fail(io, {found.error()});
    QList<AgeRecipient> recipients;
    if (!o.age.isEmpty()) {
        for (const QString &text : o.age.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto r = AgeRecipient::parse(text.trimmed());
            if (!r)
                return fail(io, {r.error()});
            recipients.append(r.value());
        }
    } else if (match.rule) {
        recipients = match.rule->age;
    }
    if (recipients.isEmpty())
        return badInput(io, Tr::tr("no age recipients: give --age RECIPIENT or a .sops.yaml creation rule with age keys"), path);

    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return badInput(io, Tr::tr("cannot open: %1").arg(in.errorString()), path);
    QByteArray plain = in.readAll();
    const auto format = SopsDocument::formatForPath(path);
    auto doc = parsePlaintext(plain, format, path);
    SecureBytes::wipe(plain);
    if (!doc)
        return fail(io, {doc.error()});
    if (doc->hasMetadata)
        return badInput(io, Tr::tr("the file is already SOPS-encrypted"), path);
    auto sops = SopsFile::encryptNew(doc->root, recipients, format, match.rule ? &match.rule->metadata : nullptr);
    if (!sops)
        return fail(io, {sops.error()});
    if (!o.output.isEmpty()) {
        if (Errors e = sops->save(o.output); hasErrors(e))
            return fail(io, e);
        return ExitOk;
    }
    auto bytes = sops->serialize();
    if (!bytes)
        return fail(io, {bytes.error()});
    writeRaw(io, bytes.value(), false);
    return ExitOk;
}

Result<SecureBytes> typedValue(const QString &text, SopsValue::Type type)
{
    const QByteArray utf8 = text.toUtf8();
    switch (type) {
    case SopsValue::Type::Int: {
        bool ok = false;
        text.toLongLong(&ok);
        if (!ok)
            return Error(Tr::tr("not an integer")).expecting(Tr::tr("an integer (the existing value is type:int)"));
        break;
    }
    case SopsValue::Type::Float: {
        bool ok = false;
        text.toDouble(&ok);
        if (!ok)
            return Error(Tr::tr("not a number")).expecting(Tr::tr("a number (the existing value is type:float)"));
        break;
    }
    case SopsValue::Type::Bool:
        if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) != 0
            && text.compare(QLatin1String("false"), Qt::CaseInsensitive) != 0)
            return Error(Tr::tr("not a boolean")).expecting(Tr::tr("true or false (the existing value is type:bool)"));
        break;
    default:
        break;
    }
    return SecureBytes(utf8);
}

int setVerb(const Options &o, Streams io)
{
    if (o.positional.size() != 3)
        return badInput(io, usage());
    const QString path = o.positional.at(0);
    QStringList keyPath;
    if (!parseKeyPath(o.positional.at(1), keyPath))
        return badInput(io, Tr::tr("invalid key path \"%1\" (expected [\"a\"][\"b\"] or a.b)").arg(o.positional.at(1)), path);
    Errors errors;
    auto file = openDecrypted(path, o.identity, errors);
    if (!file)
        return fail(io, errors.isEmpty() ? Errors{file.error()} : errors);
    SopsValue::Type type = SopsValue::Type::Str;
    if (const SopsValue *existing = file->value(keyPath))
        type = existing->type;
    auto plain = typedValue(o.positional.at(2), type);
    if (!plain)
        return fail(io, {Error(plain.error()).atPath(keyPath.join(QLatin1Char('.')))});
    if (type == SopsValue::Type::Bool)
        plain = SecureBytes::fromString(o.positional.at(2).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
                                            ? QStringLiteral("True") : QStringLiteral("False"));
    if (Errors e = file->setValue(keyPath, SopsValue(type, std::move(plain.value()))); hasErrors(e))
        return fail(io, e);
    if (Errors e = file->save(); hasErrors(e))
        return fail(io, e);
    return ExitOk;
}

int recipientsVerb(const Options &o, Streams io)
{
    if (o.positional.size() != 1)
        return badInput(io, usage());
    const QString path = o.positional.first();
    const int actions = (o.add.isEmpty() ? 0 : 1) + (o.remove.isEmpty() ? 0 : 1) + (o.rotate ? 1 : 0);
    if (actions > 1)
        return badInput(io, Tr::tr("give only one of --add, --remove, --rotate"));
    if (actions == 0) {
        auto file = SopsFile::load(path);
        if (!file)
            return fail(io, {file.error()});
        const SopsMetadata &m = file->metadata();
        for (const SopsMetadata::AgeKey &k : m.age)
            io.out << "age " << k.recipient << '\n';
        const QList<QPair<bool, const char *>> others{{m.hasPgp, "pgp"}, {m.hasKms, "kms"}, {m.hasGcpKms, "gcp_kms"},
                                                      {m.hasAzureKv, "azure_kv"}, {m.hasHcVault, "hc_vault"}};
        for (const auto &[present, name] : others)
            if (present)
                io.out << name << " (present, not usable here)\n";
        if (m.keyGroups > 0)
            io.out << "key_groups " << m.keyGroups << " shamir_threshold " << m.shamirThreshold << '\n';
        io.out.flush();
        return ExitOk;
    }
    Errors errors;
    auto file = openDecrypted(path, o.identity, errors);
    if (!file)
        return fail(io, errors.isEmpty() ? Errors{file.error()} : errors);
    Errors changed;
    if (!o.add.isEmpty()) {
        auto r = AgeRecipient::parse(o.add);
        if (!r)
            return fail(io, {r.error()});
        changed = file->addRecipient(r.value());
    } else if (!o.remove.isEmpty()) {
        changed = file->removeRecipient(o.remove);
    } else {
        changed = file->rotateDataKey();
    }
    if (hasErrors(changed))
        return fail(io, changed);
    if (Errors e = file->save(); hasErrors(e))
        return fail(io, e);
    for (const SopsMetadata::AgeKey &k : file->metadata().age)
        io.out << "age " << k.recipient << '\n';
    io.out.flush();
    return ExitOk;
}

int checkVerb(const Options &o, Streams io)
{
    if (o.positional.size() != 1)
        return badInput(io, usage());
    Errors problems;
    const Workspace ws = Workspace::load(o.positional.first(), problems);
    if (!ws.isValid() || hasErrors(problems))
        return fail(io, problems.isEmpty() ? Errors{Error(Tr::tr("not a workspace"), o.positional.first())} : problems);
    if (ws.requiredKeys().isEmpty()) {
        io.out << Tr::tr("%1: no required_keys listed").arg(ws.name()) << '\n';
        io.out.flush();
        return ExitOk;
    }
    bool findings = false, unreadable = false;
    for (const RequiredKeys::Report &report : RequiredKeys::check(ws)) {
        io.out << report.environment << ": ";
        if (report.isClean()) {
            io.out << Tr::tr("all %1 required keys present").arg(ws.requiredKeys().size()) << '\n';
            continue;
        }
        io.out << QCoreApplication::translate("Cli::Sops", "%n problem(s)", nullptr,
                                             int(report.problems.size() + report.errors.size()))
               << '\n';
        for (const RequiredKeys::Problem &p : report.problems)
            io.out << "  " << p.message() << '\n';
        for (const Error &e : report.errors)
            io.out << "  " << e.toString() << '\n';
        findings = findings || !report.problems.isEmpty();
        unreadable = unreadable || hasErrors(report.errors);
    }
    io.out.flush();
    return unreadable ? ExitBadInput : findings ? ExitFinding : ExitOk;
}

} // namespace

int sopsCommand(const QStringList &args, Streams io)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        (args.isEmpty() ? io.err : io.out) << usage() << '\n';
        return args.isEmpty() ? ExitBadInput : ExitOk;
    }
    const QString verb = args.first();
    const Options o = parseOptions(args.mid(1));
    if (!o.error.isEmpty())
        return badInput(io, o.error + QLatin1Char('\n') + usage());
    if (verb == QLatin1String("decrypt"))
        return decryptVerb(o, io);
    if (verb == QLatin1String("encrypt"))
        return encryptVerb(o, io);
    if (verb == QLatin1String("set"))
        return setVerb(o, io);
    if (verb == QLatin1String("recipients"))
        return recipientsVerb(o, io);
    if (verb == QLatin1String("verify"))
        return verifyVerb(o, io);
    if (verb == QLatin1String("check"))
        return checkVerb(o, io);
    return badInput(io, Tr::tr("unknown sops command \"%1\"").arg(verb) + QLatin1Char('\n') + usage());
}

} // namespace Cli
