#include "PlanReader.h"

#include "terraform/Address.h"
#include "terraform/JsonErrorLocator.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <simdjson.h>

#include <cstring>
#include <string_view>
#include <vector>

namespace Infradeck {

namespace {

namespace od = simdjson::ondemand;
// Unqualified return types keep lupdate from misreading the member functions below as qualified definitions.
using OdArray = od::array;
using OdObject = od::object;
// Note: never range-for over `x.get_object().value()`: value() on a temporary result returns a reference into
// it, which dies before the loop runs (ASan: stack-use-after-scope). Name the object first.
using JsonType = od::json_type;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Infradeck::PlanReader)
};

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// A reading failure with its location; thrown inside this file only and turned into a Result.
struct ReadFailure
{
    Error error;
};

class Reader
{
public:
    Reader(const char *base, QString source) : m_base(base), m_source(std::move(source)) {}

    void readDocument(od::document &doc, Plan &plan)
    {
        if (doc.type() != JsonType::object)
            fail(Tr::tr("the plan is not a JSON object"), Tr::tr("an object with format_version and resource_changes"), 0);
        od::object top = doc.get_object();
        bool sawValues = false;
        bool sawPlanKey = false;
        for (auto field : top) {
            const std::string_view key = field.unescaped_key();
            od::value v = field.value();
            Scope scope(this, key);
            if (key == "format_version") {
                plan.formatVersion = string(v);
            } else if (key == "plan_format_version") {
                if (plan.formatVersion.isEmpty())
                    plan.formatVersion = string(v);
                plan.redactedFormat = true;
            } else if (key == "terraform_version") {
                plan.terraformVersion = string(v);
            } else if (key == "timestamp") {
                plan.timestamp = string(v);
            } else if (key == "errored") {
                plan.errored = boolean(v);
            } else if (key == "complete") {
                plan.complete = boolean(v);
            } else if (key == "applyable") {
                plan.applyable = boolean(v);
            } else if (key == "resource_changes" || key == "resource_drift") {
                QList<ResourceChange> &list = key == "resource_changes" ? plan.changes : plan.drift;
                if (v.type() == JsonType::null)
                    continue;
                od::array array = expectArray(v);
                int i = 0;
                for (auto element : array) {
                    Scope item(this, i++);
                    od::value ev = element.value();
                    list.append(readChange(ev));
                }
            } else if (key == "output_changes") {
                if (v.type() == JsonType::null)
                    continue;
                od::object outputs = expectObject(v);
                for (auto output : outputs) {
                    const std::string_view name = output.unescaped_key();
                    Scope item(this, name);
                    od::value ov = output.value();
                    plan.outputChanges.append(readOutput(qs(name), ov));
                }
            } else if (key == "configuration") {
                if (v.type() == JsonType::null)
                    continue;
                readConfiguration(expectObject(v), plan.configuration);
            } else if (key == "values") {
                sawValues = true;
            }
            if (key == "resource_changes" || key == "planned_values" || key == "prior_state" || key == "configuration"
                || key == "output_changes" || key == "resource_drift" || key == "variables")
                sawPlanKey = true;
        }
        const char *rest = nullptr;
        if (!doc.current_location().get(rest) && rest)
            fail(Tr::tr("unexpected data after the JSON document"), Tr::tr("end of input"), offsetOf(rest));
        if (plan.formatVersion.isEmpty() || (sawValues && !sawPlanKey)) {
            throw ReadFailure{Error(sawValues ? Tr::tr("this is a Terraform state in JSON, not a plan (no format_version "
                                                  "with resource_changes)")
                                              : Tr::tr("not a Terraform JSON plan: format_version is missing"),
                                    m_source)
                                  .atPath(QStringLiteral("$.format_version"))
                                  .expecting(Tr::tr("the output of `terraform show -json PLANFILE`"))};
        }
    }

    // Version check first so that a plan of an unknown major fails with that message, not a type error.
    QString formatVersionSeen;

private:
    struct Step
    {
        std::string_view key;
        int index = -1;
    };
    struct Scope
    {
        Scope(Reader *r, std::string_view key) : reader(r) { r->m_path.push_back({key, -1}); }
        Scope(Reader *r, int index) : reader(r) { r->m_path.push_back({{}, index}); }
        ~Scope() { reader->m_path.pop_back(); }
        Reader *reader;
    };

    QString path() const
    {
        QString out = QStringLiteral("$");
        for (const Step &s : m_path)
            out += s.index >= 0 ? QString(QLatin1Char('[') + QString::number(s.index) + QLatin1Char(']'))
                                : QString(QLatin1Char('.') + qs(s.key));
        return out;
    }

    qint64 offsetOf(const char *p) const { return p ? qint64(p - m_base) : -1; }
    qint64 offsetOf(od::value &v) { return offsetOf(v.raw_json_token().data()); }

    [[noreturn]] void fail(const QString &message, const QString &expected, qint64 offset)
    {
        throw ReadFailure{Error(message, m_source).atPath(path()).atOffset(offset).expecting(expected)};
    }

    [[noreturn]] void wrongType(od::value &v, const QString &expected)
    {
        fail(Tr::tr("wrong type for %1").arg(m_path.empty() ? QStringLiteral("$") : (m_path.back().index >= 0 ? QStringLiteral("an element") : qs(m_path.back().key))),
             expected, offsetOf(v));
    }

    // Type, provider and module names repeat across thousands of changes: share one copy of each.
    QString interned(od::value &v)
    {
        QString s = string(v);
        auto it = m_interned.constFind(s);
        if (it != m_interned.constEnd())
            return it.value();
        m_interned.insert(s, s);
        return s;
    }

    QStringList internedList(const QStringList &list)
    {
        const QString key = list.join(QLatin1Char('\n'));
        auto it = m_internedLists.constFind(key);
        if (it != m_internedLists.constEnd())
            return it.value();
        m_internedLists.insert(key, list);
        return list;
    }

    QString string(od::value &v)
    {
        const JsonType t = v.type();
        if (t == JsonType::null)
            return {};
        if (t != JsonType::string)
            wrongType(v, Tr::tr("a string"));
        return qs(v.get_string().value());
    }

    bool boolean(od::value &v)
    {
        const JsonType t = v.type();
        if (t == JsonType::null)
            return false;
        if (t != JsonType::boolean)
            wrongType(v, Tr::tr("true or false"));
        return v.get_bool().value();
    }

    OdArray expectArray(od::value &v)
    {
        if (v.type() != JsonType::array)
            wrongType(v, Tr::tr("an array"));
        return v.get_array().value();
    }

    OdObject expectObject(od::value &v)
    {
        if (v.type() != JsonType::object)
            wrongType(v, Tr::tr("an object"));
        return v.get_object().value();
    }

    QStringList stringList(od::value &v)
    {
        QStringList out;
        if (v.type() == JsonType::null)
            return out;
        int i = 0;
        for (auto element : expectArray(v)) {
            Scope item(this, i++);
            od::value ev = element.value();
            out << string(ev);
        }
        return out;
    }

    JsonSpan span(od::value &v)
    {
        const JsonType t = v.type();
        std::string_view raw;
        if (t == JsonType::object)
            raw = v.get_object().value().raw_json().value();
        else if (t == JsonType::array)
            raw = v.get_array().value().raw_json().value();
        else {
            raw = v.raw_json_token();
            while (!raw.empty() && std::strchr(" \t\r\n", raw.back()))
                raw.remove_suffix(1);
        }
        return JsonSpan{qint64(raw.data() - m_base), qint64(raw.size())};
    }

    QVariant indexValue(od::value &v)
    {
        switch (v.type().value()) {
        case JsonType::number:
            return QVariant(qint64(v.get_int64().value()));
        case JsonType::string:
            return QVariant(qs(v.get_string().value()));
        case JsonType::null:
            return {};
        default:
            wrongType(v, Tr::tr("a number (count) or a string (for_each)"));
        }
    }

    void readChangeBody(od::value &v, ResourceChange &c)
    {
        for (auto field : expectObject(v)) {
            const std::string_view key = field.unescaped_key();
            od::value fv = field.value();
            Scope scope(this, key);
            if (key == "actions") {
                const qint64 at = offsetOf(fv);
                c.actions = internedList(stringList(fv));
                if (!ResourceChange::actionFromList(c.actions, &c.action, &c.replaceOrder))
                    fail(Tr::tr("unknown actions [%1]").arg(c.actions.join(QStringLiteral(", "))),
                         Tr::tr("no-op, create, read, update, delete, [delete, create] or [create, delete]"), at);
            } else if (key == "before") {
                c.before = span(fv);
            } else if (key == "after") {
                c.after = span(fv);
            } else if (key == "after_unknown") {
                c.afterUnknown = span(fv);
            } else if (key == "before_sensitive") {
                c.beforeSensitive = span(fv);
            } else if (key == "after_sensitive") {
                c.afterSensitive = span(fv);
            } else if (key == "importing") {
                readImporting(fv, c);
            } else if (key == "replace_paths") {
                if (fv.type() == JsonType::null)
                    continue;
                int i = 0;
                for (auto p : expectArray(fv)) {
                    Scope item(this, i++);
                    od::value pv = p.value();
                    QVariantList steps;
                    for (auto step : expectArray(pv)) {
                        od::value sv = step.value();
                        if (sv.type() == JsonType::number)
                            steps << QVariant(qint64(sv.get_int64().value()));
                        else
                            steps << QVariant(string(sv));
                    }
                    c.replacePaths << steps;
                }
            }
        }
    }

    void readImporting(od::value &v, ResourceChange &c)
    {
        if (v.type() == JsonType::null)
            return;
        c.importing = true;
        if (v.type() != JsonType::object)
            return;
        od::object vObject = v.get_object().value();
        for (auto field : vObject) {
            const std::string_view key = field.unescaped_key();
            od::value fv = field.value();
            if (key == "id" && fv.type() == JsonType::string)
                c.importId = qs(fv.get_string().value());
        }
    }

    ResourceChange readChange(od::value &v)
    {
        ResourceChange c;
        bool sawChange = false;
        const qint64 at = offsetOf(v);
        for (auto field : expectObject(v)) {
            const std::string_view key = field.unescaped_key();
            od::value fv = field.value();
            Scope scope(this, key);
            if (key == "address")
                c.address = string(fv);
            else if (key == "previous_address")
                c.previousAddress = string(fv);
            else if (key == "module_address")
                c.moduleAddress = interned(fv);
            else if (key == "mode")
                c.isData = string(fv) == QLatin1String("data");
            else if (key == "type")
                c.type = interned(fv);
            else if (key == "name")
                c.name = string(fv);
            else if (key == "index")
                c.index = indexValue(fv);
            else if (key == "deposed")
                c.deposed = string(fv);
            else if (key == "provider_name")
                c.providerName = interned(fv);
            else if (key == "action_reason")
                c.actionReason = interned(fv);
            else if (key == "importing")
                readImporting(fv, c);
            else if (key == "change") {
                sawChange = true;
                readChangeBody(fv, c);
            }
        }
        if (c.address.isEmpty())
            fail(Tr::tr("resource change without an address"), Tr::tr("\"address\""), at);
        if (!sawChange)
            fail(Tr::tr("resource change %1 has no \"change\"").arg(c.address), Tr::tr("\"change\": {\"actions\": [...]}"), at);
        return c;
    }

    OutputChange readOutput(const QString &name, od::value &v)
    {
        OutputChange o;
        o.name = name;
        for (auto field : expectObject(v)) {
            const std::string_view key = field.unescaped_key();
            od::value fv = field.value();
            Scope scope(this, key);
            if (key == "actions") {
                ResourceChange::ReplaceOrder order;
                const QStringList actions = stringList(fv);
                ResourceChange::actionFromList(actions, &o.action, &order);
            } else if (key == "before") {
                o.before = span(fv);
            } else if (key == "after") {
                o.after = span(fv);
            } else if (key == "after_unknown") {
                o.afterUnknown = span(fv);
            } else if (key == "before_sensitive" || key == "after_sensitive") {
                JsonSpan s = span(fv);
                (key == "before_sensitive" ? o.beforeSensitive : o.afterSensitive) = s;
                const std::string_view raw(m_base + s.offset, size_t(s.length));
                if (raw.find("true") != std::string_view::npos)
                    o.sensitive = true;
            }
        }
        return o;
    }

    // Every "references" array under v (expressions, nested blocks), constant values skipped.
    void collectReferences(od::value &v, QStringList &out, int depth = 0)
    {
        if (depth > 200)
            return;
        const JsonType t = v.type();
        if (t == JsonType::object) {
            od::object vObject = v.get_object().value();
            for (auto field : vObject) {
                const std::string_view key = field.unescaped_key();
                if (key == "constant_value")
                    continue;
                od::value fv = field.value();
                if (key == "references" && fv.type() == JsonType::array) {
                    od::array fvArray = fv.get_array().value();
                    for (auto r : fvArray) {
                        od::value rv = r.value();
                        if (rv.type() == JsonType::string)
                            out << qs(rv.get_string().value());
                    }
                } else {
                    collectReferences(fv, out, depth + 1);
                }
            }
        } else if (t == JsonType::array) {
            od::array vArray = v.get_array().value();
            for (auto element : vArray) {
                od::value ev = element.value();
                collectReferences(ev, out, depth + 1);
            }
        }
    }

    static QStringList normalised(const QStringList &references, const QString &modulePath)
    {
        QSet<QString> seen;
        QStringList out;
        for (const QString &r : references) {
            const QString n = Address::normaliseReference(r, modulePath);
            if (!n.isEmpty() && !seen.contains(n)) {
                seen.insert(n);
                out << n;
            }
        }
        out.sort();
        return out;
    }

    void readModule(od::object module, const QString &modulePath, Configuration &config)
    {
        for (auto field : module) {
            const std::string_view key = field.unescaped_key();
            od::value fv = field.value();
            Scope scope(this, key);
            if (key == "resources") {
                if (fv.type() == JsonType::null)
                    continue;
                int i = 0;
                for (auto element : expectArray(fv)) {
                    Scope item(this, i++);
                    od::value ev = element.value();
                    config.resources.append(readConfigResource(ev, modulePath));
                }
            } else if (key == "module_calls") {
                if (fv.type() == JsonType::null)
                    continue;
                for (auto call : expectObject(fv)) {
                    const std::string_view name = call.unescaped_key();
                    Scope item(this, name);
                    od::value cv = call.value();
                    ModuleCall mc;
                    mc.name = qs(name);
                    mc.parentAddress = modulePath;
                    mc.address = (modulePath.isEmpty() ? QString() : modulePath + QLatin1Char('.')) + QStringLiteral("module.") + mc.name;
                    QStringList refs;
                    const qsizetype callIndex = config.moduleCalls.size();
                    config.moduleCalls.append(mc);
                    for (auto cf : expectObject(cv)) {
                        const std::string_view ck = cf.unescaped_key();
                        od::value cfv = cf.value();
                        Scope inner(this, ck);
                        if (ck == "source")
                            config.moduleCalls[callIndex].source = string(cfv);
                        else if (ck == "expressions" || ck == "count_expression" || ck == "for_each_expression" || ck == "depends_on") {
                            if (ck == "depends_on")
                                refs << stringList(cfv);
                            else
                                collectReferences(cfv, refs);
                        } else if (ck == "module" && cfv.type() == JsonType::object) {
                            // A copy: readModule appends to moduleCalls, which may move the element.
                            const QString childPath = mc.address;
                            readModule(cfv.get_object().value(), childPath, config);
                        }
                    }
                    config.moduleCalls[callIndex].references = normalised(refs, modulePath);
                }
            }
        }
    }

    ConfigResource readConfigResource(od::value &v, const QString &modulePath)
    {
        ConfigResource r;
        r.moduleAddress = modulePath;
        QStringList refs;
        QStringList dependsOn;
        QString localAddress;
        for (auto field : expectObject(v)) {
            const std::string_view key = field.unescaped_key();
            od::value fv = field.value();
            Scope scope(this, key);
            if (key == "address")
                localAddress = string(fv);
            else if (key == "mode")
                r.isData = string(fv) == QLatin1String("data");
            else if (key == "type")
                r.type = string(fv);
            else if (key == "name")
                r.name = string(fv);
            else if (key == "provider_config_key")
                r.providerConfigKey = string(fv);
            else if (key == "depends_on")
                dependsOn = stringList(fv);
            else if (key == "expressions")
                collectReferences(fv, refs);
            else if (key == "count_expression") {
                r.hasCount = true;
                collectReferences(fv, refs);
            } else if (key == "for_each_expression") {
                r.hasForEach = true;
                collectReferences(fv, refs);
            }
        }
        if (localAddress.isEmpty())
            localAddress = (r.isData ? QStringLiteral("data.") : QString()) + r.type + QLatin1Char('.') + r.name;
        r.address = modulePath.isEmpty() ? localAddress : modulePath + QLatin1Char('.') + localAddress;
        r.references = normalised(refs, modulePath);
        r.references.removeAll(r.address);
        r.dependsOn = normalised(dependsOn, modulePath);
        return r;
    }

    void readConfiguration(od::object config, Configuration &out)
    {
        for (auto field : config) {
            const std::string_view key = field.unescaped_key();
            od::value fv = field.value();
            Scope scope(this, key);
            if (key == "provider_config") {
                if (fv.type() == JsonType::null)
                    continue;
                for (auto p : expectObject(fv)) {
                    const std::string_view pk = p.unescaped_key();
                    Scope item(this, pk);
                    od::value pv = p.value();
                    ProviderConfig pc;
                    pc.key = qs(pk);
                    for (auto pf : expectObject(pv)) {
                        const std::string_view k = pf.unescaped_key();
                        od::value kv = pf.value();
                        Scope inner(this, k);
                        if (k == "name")
                            pc.name = string(kv);
                        else if (k == "full_name")
                            pc.fullName = string(kv);
                        else if (k == "alias")
                            pc.alias = string(kv);
                        else if (k == "module_address")
                            pc.moduleAddress = string(kv);
                    }
                    out.providers << pc;
                }
            } else if (key == "root_module") {
                if (fv.type() == JsonType::null)
                    continue;
                readModule(expectObject(fv), QString(), out);
            }
        }
    }

    const char *m_base;
    QString m_source;
    std::vector<Step> m_path;
    QHash<QString, QString> m_interned;
    QHash<QString, QStringList> m_internedLists;
};

bool supportedMajor(const QString &version)
{
    const QString major = version.section(QLatin1Char('.'), 0, 0);
    return major == QLatin1String("0") || major == QLatin1String("1");
}

// The plan format version without parsing: `"format_version":"X"` near the start (used to give the version
// message priority over type errors in a plan of an unknown major).
QString sniffFormatVersion(QByteArrayView json)
{
    for (const char *key : {"\"format_version\"", "\"plan_format_version\""}) {
        const qsizetype at = json.indexOf(QByteArrayView(key));
        if (at < 0)
            continue;
        qsizetype i = at + qsizetype(qstrlen(key));
        while (i < json.size() && (json[i] == ' ' || json[i] == ':' || json[i] == '\n' || json[i] == '\t' || json[i] == '\r'))
            ++i;
        if (i < json.size() && json[i] == '"') {
            const qsizetype end = json.indexOf('"', i + 1);
            if (end > i && end - i < 32)
                return QString::fromUtf8(json.sliced(i + 1, end - i - 1));
        }
    }
    return {};
}

} // namespace

Result<Plan> PlanReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Tr::tr("cannot open the plan: %1").arg(file.errorString()), path);
    const qint64 size = file.size();
    QByteArray bytes(qsizetype(size + simdjson::SIMDJSON_PADDING), Qt::Uninitialized);
    qint64 got = 0;
    while (got < size) {
        const qint64 n = file.read(bytes.data() + got, size - got);
        if (n <= 0)
            return Error(Tr::tr("cannot read the plan: %1").arg(file.errorString()), path).atOffset(got);
        got += n;
    }
    std::memset(bytes.data() + size, 0, simdjson::SIMDJSON_PADDING);
    bytes.truncate(qsizetype(size)); // keeps the capacity: the padding stays allocated and zeroed
    return readBytes(std::move(bytes), path);
}

PlanReader::JsonRange PlanReader::locateJson(QByteArrayView bytes)
{
    const auto blank = [&](qsizetype i) { return std::strchr(" \t\r\n", bytes.at(i)) != nullptr; }; // NUL too
    JsonRange range;
    qsizetype begin = 0;
    qsizetype end = bytes.size();
    while (begin < end && blank(begin))
        ++begin;
    if (bytes.sliced(begin).startsWith("[command]")) {
        // GitHub's setup-terraform wrapper: "[command]terraform show -json ..." line, JSON, then
        // "%0A" and "::set-output ..." lines.
        const qsizetype newline = bytes.indexOf('\n', begin);
        if (newline < 0) {
            range.commandOnly = true;
            range.begin = range.end = end;
            return range;
        }
        range.commandLine = true;
        begin = newline + 1;
        const qsizetype trailer = bytes.indexOf("\n::", begin);
        if (trailer >= 0)
            end = trailer;
        while (end > begin && blank(end - 1))
            --end;
        if (end - begin >= 3 && bytes.sliced(end - 3, 3) == "%0A")
            end -= 3;
    }
    while (end > begin && blank(end - 1))
        --end;
    range.begin = begin;
    range.end = end;
    return range;
}

Result<Plan> PlanReader::readBytes(QByteArray bytes, const QString &source)
{
    Plan plan;
    plan.source = source;
    const qsizetype fileSize = bytes.size();
    bytes.detach(); // a buffer shared with the caller must be ours before we write its padding
    if (bytes.capacity() < fileSize + qsizetype(simdjson::SIMDJSON_PADDING)) {
        bytes.reserve(fileSize + qsizetype(simdjson::SIMDJSON_PADDING));
    }
    // Zero the padding without changing size (reads past size stay inside our allocation).
    char *const data = bytes.data();
    std::memset(data + fileSize, 0, size_t(bytes.capacity() - fileSize));

    const JsonRange range = locateJson(QByteArrayView(data, fileSize));
    if (range.commandOnly)
        return Error(Tr::tr("the plan holds only a [command] line of GitHub's setup-terraform wrapper"), source)
            .expecting(Tr::tr("JSON after the [command] line (use terraform_wrapper: false)"));
    if (range.commandLine)
        plan.warnings << Error(Tr::tr("skipped a leading \"[command]\" line written by GitHub's setup-terraform wrapper"), source)
                             .at(1)
                             .asWarning();
    else if (range.begin == range.end)
        return Error(Tr::tr("the plan file is empty"), source).expecting(Tr::tr("the JSON output of `terraform show -json PLANFILE`"));
    const qsizetype begin = range.begin;
    const qsizetype end = range.end;

    auto buffer = std::make_shared<QByteArray>(std::move(bytes));
    const char *base = buffer->constData();
    const QByteArrayView json(base + begin, end - begin);

    const QString sniffed = sniffFormatVersion(json.first(qMin<qsizetype>(json.size(), 1 << 20)));
    auto versionError = [&](const QString &version) {
        return Error(Tr::tr("unsupported plan format_version \"%1\"").arg(version), source)
            .atPath(QStringLiteral("$.format_version"))
            .expecting(Tr::tr("format 0.x or 1.x (Terraform 0.12 to 1.x, OpenTofu)"));
    };
    if (!sniffed.isEmpty() && !supportedMajor(sniffed))
        return versionError(sniffed);

    try {
        simdjson::ondemand::parser parser;
        const size_t capacity = size_t(buffer->capacity() - begin);
        simdjson::padded_string_view view(base + begin, size_t(end - begin), capacity);
        simdjson::ondemand::document doc;
        const auto error = parser.iterate(view).get(doc);
        if (error) {
            Error located = error == simdjson::UTF8_ERROR ? JsonErrorLocator::locateInvalidUtf8(json, source, begin)
                                                          : JsonErrorLocator::locate(json, source, begin);
            if (located.message.isEmpty())
                located = Error(Tr::tr("invalid JSON: %1").arg(QString::fromUtf8(simdjson::error_message(error))), source);
            return located;
        }
        Reader reader(base, source);
        reader.readDocument(doc, plan);
    } catch (const ReadFailure &failure) {
        // A syntax error inside a value the reader walked shows up as a type error: prefer the syntax error.
        Error located = JsonErrorLocator::locate(json, source, begin);
        return located.message.isEmpty() ? failure.error : located;
    } catch (const simdjson::simdjson_error &e) {
        Error located = JsonErrorLocator::locate(json, source, begin);
        if (located.message.isEmpty())
            located = Error(Tr::tr("cannot read the plan: %1").arg(QString::fromUtf8(e.what())), source);
        return located;
    }
    if (!supportedMajor(plan.formatVersion))
        return versionError(plan.formatVersion);
    // simdjson's on-demand reader does not look inside values it skips or keeps as raw spans (prior_state,
    // before/after): one plain pass makes sure the whole file is valid JSON.
    const Error syntax = JsonErrorLocator::locate(json, source, begin);
    if (!syntax.message.isEmpty())
        return syntax;
    if (plan.redactedFormat)
        plan.warnings << Error(Tr::tr("HCP Terraform redacted plan format (plan_format_version %1): sensitive values are "
                                  "already removed")
                                   .arg(plan.formatVersion),
                               source)
                             .asWarning();
    plan.buffer = buffer;
    plan.dataOffset = begin;
    plan.dataLength = end - begin;
    qCDebug(lcTerraform) << "read plan" << source << plan.changes.size() << "changes";
    return plan;
}

} // namespace Infradeck
