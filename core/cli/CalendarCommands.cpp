// calendar: the appointments of a period as JSON (one entry per occurrence) or iCalendar.
#include "cli/Commands.h"

#include "services/CalendarJson.h"
#include "services/IcsExport.h"
#include "services/Scheduler.h"

#include <QJsonDocument>

namespace bs::cli {

namespace {

enum class CalendarFormat { Json, Ics };

Result<CalendarFormat> parseCalendarFormat(const QString& text) {
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("json"))
        return CalendarFormat::Json;
    if (t == QLatin1String("ics"))
        return CalendarFormat::Ics;
    return Result<CalendarFormat>::failure(
        Context::tr("unknown format \"%1\"; use json or ics").arg(text));
}

// The --staff, --site or --citizen selection as a filter and as it is echoed in the JSON.
struct Selection {
    CalendarFilter filter;
    QJsonObject json;
};

Result<Selection> select(const Registry& registry, const Args& args) {
    Selection out;
    if (args.has("staff")) {
        auto staff = registry.staffByInitials(args.value("staff"));
        if (!staff)
            return Result<Selection>(staff.error());
        out.filter.staffId = staff->meta.id;
        out.json.insert(QStringLiteral("staff"), staff->initials);
    } else if (args.has("site")) {
        const QString name = args.value("site").trimmed();
        auto sites = registry.sites();
        if (!sites)
            return Result<Selection>(sites.error());
        for (const Site& s : *sites)
            if (s.name.compare(name, Qt::CaseInsensitive) == 0) {
                out.filter.siteId = s.meta.id;
                out.json.insert(QStringLiteral("site"), s.name);
            }
        if (out.filter.siteId.isNull())
            return Result<Selection>::failure(Context::tr("No site is called \"%1\".").arg(name));
    } else if (args.has("citizen")) {
        const QUuid id = QUuid::fromString(args.value("citizen").trimmed());
        auto citizen = registry.citizen(id);
        if (id.isNull() || !citizen || citizen->meta.deleted)
            return Result<Selection>::failure(
                Context::tr("No citizen has the id %1.").arg(args.value("citizen").trimmed()));
        out.filter.citizenId = id;
        out.json.insert(QStringLiteral("citizen_id"), id.toString(QUuid::WithoutBraces));
    }
    return out;
}

} // namespace

int runCalendar(Context& ctx, const QStringList& args) {
    auto parsed = Args::parse(args,
                              {{"from", true},
                               {"to", true},
                               {"staff", true},
                               {"site", true},
                               {"citizen", true},
                               {"format", true},
                               {"with-names", false}},
                              0);
    if (!parsed)
        return ctx.usage(parsed.message());
    if (!parsed->has("from") || !parsed->has("to"))
        return ctx.usage(Context::tr("calendar needs --from YYYY-MM-DD and --to YYYY-MM-DD"));
    auto from = parseIsoDate(parsed->value("from"));
    if (!from)
        return ctx.usage(from.message());
    auto to = parseIsoDate(parsed->value("to"));
    if (!to)
        return ctx.usage(to.message());
    if (*from > *to)
        return ctx.usage(Context::tr("--from %1 is after --to %2")
                             .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate)));
    const int selections = (parsed->has("staff") ? 1 : 0) + (parsed->has("site") ? 1 : 0) +
                           (parsed->has("citizen") ? 1 : 0);
    if (selections > 1)
        return ctx.usage(Context::tr("give at most one of --staff, --site and --citizen"));
    auto format = parseCalendarFormat(parsed->value("format"));
    if (!format)
        return ctx.usage(format.message());

    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.message());
    Registry registry(**db);
    auto selection = select(registry, *parsed);
    if (!selection)
        return ctx.fail(selection.message());

    // Local days, inclusive: from the first day's midnight to the midnight after the last.
    const QDateTime fromUtc = localToUtc(*from, QTime(0, 0));
    const QDateTime toUtc = localToUtc(to->addDays(1), QTime(0, 0));
    auto found = Scheduler(registry).appointments(fromUtc, toUtc, selection->filter);
    if (!found)
        return ctx.fail(found.message());
    // The scheduler gives what overlaps the period; the calendar lists what starts in it.
    QList<Appointment> list;
    for (const Appointment& a : *found)
        if (a.startUtc >= fromUtc && a.startUtc < toUtc)
            list.append(a);

    auto names = CalendarNames::load(registry);
    if (!names)
        return ctx.fail(names.message());
    switch (*format) {
    case CalendarFormat::Json:
        ctx.out << QString::fromUtf8(
            QJsonDocument(calendarToJson(list, *names, *from, *to, selection->json))
                .toJson(QJsonDocument::Indented));
        break;
    case CalendarFormat::Ics: {
        IcsOptions options;
        options.from = *from;
        options.to = *to;
        options.withNames = parsed->has("with-names");
        options.stampUtc = ctx.clock.nowUtc();
        auto ics = IcsExport::write(registry, list, *names, options);
        if (!ics)
            return ctx.fail(ics.message());
        // The calendar file leaves the application (for Outlook): one `export` entry.
        if (Status s = registry.database().accessLog().record(
                AccessAction::Export, selection->filter.citizenId,
                QStringLiteral("%1..%2").arg(from->toString(Qt::ISODate),
                                             to->toString(Qt::ISODate)),
                QStringLiteral("ics"));
            !s)
            return ctx.fail(s.message());
        ctx.out << QString::fromUtf8(*ics);
        break;
    }
    }
    return ExitOk;
}

} // namespace bs::cli
