// report status|activity|goals|savings: the committee's status figures (and, with a period, the
// status note), and every chart of a Ledelse family for a period and filters.
#include "cli/Commands.h"

#include "reports/ChartExport.h"
#include "reports/LedelseCharts.h"
#include "reports/StatusNote.h"
#include "services/Registry.h"
#include "services/StatusReport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace bs::cli {

namespace {

const char* const kKinds = "status, activity, goals, savings";

QString json(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

// Writes the output to stdout, or with --out to the file (CSV then gets the byte-order mark
// Danish Excel needs).
// What was asked for, for the access log: the kind, the dates and the filters.
QString criterionOf(const Args& args) {
    QStringList parts = args.positionals();
    for (const char* name : {"at", "from", "to"})
        if (args.has(name))
            parts << QStringLiteral("--%1 %2").arg(QLatin1String(name), args.value(name));
    for (const char* name : {"site", "team", "form", "basis"})
        for (const QString& v : args.values(name))
            parts << QStringLiteral("--%1 %2").arg(QLatin1String(name), v);
    return parts.join(QLatin1Char(' '));
}

int writeOutput(Context& ctx, const Database& db, const Args& args, const QString& text, bool csv) {
    // Figures about citizens leave the application: one `export` entry per report.
    if (Status s = db.accessLog().record(AccessAction::Export, {}, criterionOf(args),
                                         QStringLiteral("report"));
        !s)
        return ctx.fail(s.message());
    if (!args.has("out")) {
        ctx.out << text;
        return ExitOk;
    }
    QFile file(args.value("out"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return ctx.fail(
            Context::tr("Could not write %1: %2").arg(file.fileName(), file.errorString()));
    const QByteArray bytes =
        (csv ? QByteArrayLiteral("\xEF\xBB\xBF") : QByteArray()) + text.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.flush())
        return ctx.fail(
            Context::tr("Could not write %1: %2").arg(file.fileName(), file.errorString()));
    return ExitOk;
}

Result<QDate> dateOption(const Args& args, const char* name) {
    if (!args.has(name))
        return QDate();
    return parseIsoDate(args.value(name));
}

bool hasFilters(const Args& args) {
    return args.has("site") || args.has("team") || args.has("form") || args.has("basis");
}

// The named or identified row among `items` (name any case, or the id).
template <typename T> std::optional<T> findByNameOrId(const QList<T>& items, const QString& text) {
    const QString wanted = text.trimmed();
    const QUuid id = QUuid::fromString(wanted);
    for (const T& item : items)
        if ((!id.isNull() && item.meta.id == id) ||
            item.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return item;
    return std::nullopt;
}

// --site, --team, --form and --basis as a filter and as they are echoed in the JSON. Unknown
// values are usage errors.
struct Filters {
    ReportFilter filter;
    QJsonObject json;
    QString problem; // set: a usage error
    QString failure; // set: the database could not be read
};

Filters readFilters(const Registry& registry, const Args& args) {
    Filters out;
    if (args.has("site")) {
        auto sites = registry.sites();
        if (!sites) {
            out.failure = sites.message();
            return out;
        }
        QJsonArray list;
        for (const QString& text : args.values("site")) {
            auto site = findByNameOrId(*sites, text);
            if (!site) {
                out.problem =
                    Context::tr("unknown site \"%1\"; give a site's name or id").arg(text);
                return out;
            }
            out.filter.siteIds << site->meta.id;
            list.append(
                QJsonObject{{QStringLiteral("id"), site->meta.id.toString(QUuid::WithoutBraces)},
                            {QStringLiteral("name"), site->name}});
        }
        out.json.insert(QStringLiteral("sites"), list);
    }
    if (args.has("team")) {
        auto teams = registry.teams();
        if (!teams) {
            out.failure = teams.message();
            return out;
        }
        QJsonArray list;
        for (const QString& text : args.values("team")) {
            auto team = findByNameOrId(*teams, text);
            if (!team) {
                out.problem =
                    Context::tr("unknown team \"%1\"; give a team's name or id").arg(text);
                return out;
            }
            out.filter.teamIds << team->meta.id;
            list.append(
                QJsonObject{{QStringLiteral("id"), team->meta.id.toString(QUuid::WithoutBraces)},
                            {QStringLiteral("name"), team->name}});
        }
        out.json.insert(QStringLiteral("teams"), list);
    }
    QJsonArray forms;
    for (const QString& text : args.values("form")) {
        std::optional<SupportForm> form = fromCode<SupportForm>(text.trimmed().toLower());
        for (const SupportForm f : allValues<SupportForm>())
            if (!form && label(f).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
                form = f;
        if (!form) {
            QStringList codes;
            for (const SupportForm f : allValues<SupportForm>())
                codes << toCode(f);
            out.problem = Context::tr("unknown support form \"%1\"; use one of %2")
                              .arg(text, codes.join(QStringLiteral(", ")));
            return out;
        }
        out.filter.forms << *form;
        forms.append(toCode(*form));
    }
    if (!forms.isEmpty())
        out.json.insert(QStringLiteral("forms"), forms);
    QJsonArray bases;
    for (const QString& text : args.values("basis")) {
        QString code = text.trimmed().toLower();
        code.remove(QStringLiteral("§")).remove(QLatin1Char(' '));
        const std::optional<LegalBasis> basis = fromCode<LegalBasis>(code);
        if (!basis) {
            QStringList codes;
            for (const LegalBasis b : allValues<LegalBasis>())
                codes << toCode(b);
            out.problem = Context::tr("unknown legal basis \"%1\"; use one of %2")
                              .arg(text, codes.join(QStringLiteral(", ")));
            return out;
        }
        out.filter.bases << *basis;
        bases.append(toCode(*basis));
    }
    if (!bases.isEmpty())
        out.json.insert(QStringLiteral("bases"), bases);
    return out;
}

// report status: without --from/--to the figures on --at (default today), as always; with a
// period the status note for --to (or --at) compared with --from (default: the last note's date).
int runStatus(Context& ctx, const Args& args) {
    auto format = parseFormat(args.value("format"));
    if (!format)
        return ctx.usage(format.message());
    if (hasFilters(args))
        return ctx.usage(Context::tr("report status covers the whole municipality; --site, --team, "
                                     "--form and --basis apply to activity, goals and savings"));
    if (args.has("at") && args.has("to"))
        return ctx.usage(Context::tr("give the note's date as --to or --at, not both"));
    auto at = dateOption(args, args.has("to") ? "to" : "at");
    if (!at)
        return ctx.usage(at.message());
    auto from = dateOption(args, "from");
    if (!from)
        return ctx.usage(from.message());
    const QDate date = at->isValid() ? *at : ctx.clock.today();
    if (from->isValid() && *from >= date)
        return ctx.usage(Context::tr("--from %1 must be before the note's date %2")
                             .arg(from->toString(Qt::ISODate), date.toString(Qt::ISODate)));
    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.message());

    if (!from->isValid() && !args.has("to")) {
        auto report = StatusReport::compute(**db, date);
        if (!report)
            return ctx.fail(report.message());
        switch (*format) {
        case Format::Json:
            return writeOutput(ctx, **db, args, json(report->toJson()), false);
        case Format::Csv:
            return args.has("out")
                       ? writeOutput(ctx, **db, args, report->toCsvText(), true)
                       : writeOutput(ctx, **db, args, QString(kBom) + report->toCsvText(), true);
        case Format::Text:
            return writeOutput(ctx, **db, args, report->toText(), false);
        }
        return ExitOk;
    }
    const QDate previous = from->isValid() ? *from : StatusNote::defaultPrevious(**db, date);
    auto note = StatusNote::compute(**db, date, previous);
    if (!note)
        return ctx.fail(note.message());
    switch (*format) {
    case Format::Json:
        return writeOutput(ctx, **db, args, json(note->toJson()), false);
    case Format::Csv:
        return args.has("out")
                   ? writeOutput(ctx, **db, args, note->toCsvText(), true)
                   : writeOutput(ctx, **db, args, QString(kBom) + note->toCsvText(), true);
    case Format::Text:
        return writeOutput(ctx, **db, args, note->toText(), false);
    }
    return ExitOk;
}

// report activity|goals|savings: every chart of the family.
int runFamily(Context& ctx, const Args& args, ReportFamily family) {
    if (args.has("at"))
        return ctx.usage(Context::tr("report %1 takes a period: --from and --to, not --at")
                             .arg(familyCode(family)));
    if (!args.has("from") || !args.has("to"))
        return ctx.usage(Context::tr("report %1 needs --from YYYY-MM-DD and --to YYYY-MM-DD")
                             .arg(familyCode(family)));
    auto from = parseIsoDate(args.value("from"));
    if (!from)
        return ctx.usage(from.message());
    auto to = parseIsoDate(args.value("to"));
    if (!to)
        return ctx.usage(to.message());
    if (*from > *to)
        return ctx.usage(Context::tr("--from %1 is after --to %2")
                             .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate)));
    const QString formatText = args.value("format").trimmed().toLower();
    if (!formatText.isEmpty() && formatText != QLatin1String("json") &&
        formatText != QLatin1String("csv"))
        return ctx.usage(
            Context::tr("unknown format \"%1\"; use json or csv").arg(args.value("format")));
    const bool csv = formatText == QLatin1String("csv");

    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.message());
    Registry registry(**db);
    Filters filters = readFilters(registry, args);
    if (!filters.failure.isEmpty())
        return ctx.fail(filters.failure);
    if (!filters.problem.isEmpty())
        return ctx.usage(filters.problem);
    filters.filter.from = *from;
    filters.filter.to = *to;
    if (auto valid = filters.filter.validate(); !valid)
        return ctx.usage(valid.message());

    QList<ReportTable> tables;
    for (const ChartId id : chartsOf(family)) {
        auto table = computeChart(**db, id, filters.filter);
        if (!table)
            return ctx.fail(
                Context::tr("could not compute \"%1\" (%2): %3")
                    .arg(chartTitle(id), QLatin1String(chartInfo(id).code), table.message()));
        tables << *table;
    }
    if (csv)
        return writeOutput(ctx, **db, args, chartsToLongCsv(tables), true);
    return writeOutput(ctx, **db, args, json(chartsToJson(*from, *to, filters.json, tables)),
                       false);
}

} // namespace

int runReport(Context& ctx, const QStringList& args) {
    auto parsed = Args::parse(args,
                              {{"at", true},
                               {"from", true},
                               {"to", true},
                               {"site", true, true},
                               {"team", true, true},
                               {"form", true, true},
                               {"basis", true, true},
                               {"format", true},
                               {"out", true}},
                              1);
    if (!parsed)
        return ctx.usage(parsed.message());
    if (parsed->positionals().isEmpty())
        return ctx.usage(Context::tr("report needs a kind: %1").arg(QLatin1String(kKinds)));
    const QString kind = parsed->positionals().first();
    if (kind == QLatin1String("status"))
        return runStatus(ctx, *parsed);
    if (auto family = familyFromCode(kind))
        return runFamily(ctx, *parsed, *family);
    return ctx.usage(
        Context::tr("unknown report \"%1\"; the reports are: %2").arg(kind, QLatin1String(kKinds)));
}

} // namespace bs::cli
