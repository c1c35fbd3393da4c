// extract, erase, due-for-erasure: a citizen's rights from the command line (docs/access.md).
// The command line acts as an administrator (cli:<operating-system user> in the access log).
#include "cli/Commands.h"

#include "domain/Cpr.h"
#include "security/CitizenExtract.h"
#include "security/ErasureService.h"
#include "services/Registry.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bs::cli {

namespace {

// A citizen by id, or by exact CPR number.
Result<QUuid> findCitizen(const Registry& registry, const QString& given) {
    if (given.trimmed().isEmpty())
        return Result<QUuid>::failure(Context::tr("--citizen ID is required"));
    const QUuid id = QUuid::fromString(given.trimmed());
    auto citizens = registry.citizens();
    if (!citizens)
        return Result<QUuid>(citizens.error());
    const auto cpr = Cpr::parse(given);
    for (const Citizen& c : std::as_const(*citizens))
        if ((!id.isNull() && c.meta.id == id) ||
            (id.isNull() && cpr.ok() && !cpr->isNull() && c.cpr == cpr->digits()))
            return c.meta.id;
    if (!id.isNull()) // a citizen marked deleted is still found by id
        if (auto c = registry.citizen(id); c.ok())
            return id;
    return Result<QUuid>::failure(
        Context::tr("no citizen with id or CPR number \"%1\"").arg(given));
}

struct Opened {
    std::unique_ptr<Database> db;
    std::unique_ptr<Registry> registry;
};

Result<Opened> openAsCommandLine(const Context& ctx) {
    auto db = ctx.openExisting();
    if (!db)
        return Result<Opened>(db.error());
    Opened o;
    o.db = std::move(db.value());
    o.db->setActor(Actor::commandLine());
    o.registry = std::make_unique<Registry>(*o.db);
    return o;
}

} // namespace

int runExtract(Context& ctx, const QStringList& args) {
    auto parsed = Args::parse(args, {{"citizen", true}, {"out", true}}, 0);
    if (!parsed)
        return ctx.usage(parsed.message());
    const QString folder = parsed->value("out");
    if (folder.isEmpty())
        return ctx.usage(Context::tr("--out FOLDER is required"));
    if (!QDir(folder).exists())
        return ctx.usage(Context::tr("the folder %1 does not exist").arg(folder));
    auto opened = openAsCommandLine(ctx);
    if (!opened)
        return ctx.fail(opened.message());
    auto id = findCitizen(*opened->registry, parsed->value("citizen"));
    if (!id)
        return ctx.usage(id.message());
    auto data = CitizenExtract(*opened->registry).build(*id);
    if (!data)
        return ctx.fail(data.message());
    auto files = CitizenExtract::writeJsonAndHtml(*data, folder);
    if (!files)
        return ctx.fail(files.message());
    for (const QString& f : std::as_const(*files))
        ctx.out << QDir::toNativeSeparators(f) << '\n';
    return ExitOk;
}

int runErase(Context& ctx, const QStringList& args) {
    auto parsed = Args::parse(args, {{"citizen", true}, {"reason", true}, {"yes", false}}, 0);
    if (!parsed)
        return ctx.usage(parsed.message());
    const QString reason = parsed->value("reason").trimmed();
    if (reason.isEmpty())
        return ctx.usage(Context::tr("--reason TEXT is required (it is kept in the access log)"));
    auto opened = openAsCommandLine(ctx);
    if (!opened)
        return ctx.fail(opened.message());
    auto id = findCitizen(*opened->registry, parsed->value("citizen"));
    if (!id)
        return ctx.usage(id.message());
    ErasureService service(*opened->registry);
    auto plan = service.plan(*id);
    if (!plan)
        return ctx.fail(plan.message());
    if (!parsed->has("yes")) {
        ctx.out << Context::tr("Would erase %1 (%2 records): %3")
                       .arg(plan->name)
                       .arg(plan->total())
                       .arg(plan->describe())
                << '\n';
        return ctx.usage(Context::tr("erasure cannot be undone and travels to the synchronised "
                                     "computers; add --yes to erase"));
    }
    auto done = service.eraseCitizen(*id, reason);
    if (!done)
        return ctx.fail(done.message());
    ctx.out << Context::tr("Erased %1 records; removed %2 safety copies.")
                   .arg(done->rowsPurged)
                   .arg(done->backupsRemoved.size())
            << '\n';
    if (!done->cleanupProblem.isEmpty())
        return ctx.fail(done->cleanupProblem);
    return ExitOk;
}

int runDueForErasure(Context& ctx, const QStringList& args) {
    auto parsed = Args::parse(args, {{"format", true}}, 0);
    if (!parsed)
        return ctx.usage(parsed.message());
    auto format = parseJsonOrText(parsed->value("format"));
    if (!format)
        return ctx.usage(format.message());
    auto opened = openAsCommandLine(ctx);
    if (!opened)
        return ctx.fail(opened.message());
    ErasureService service(*opened->registry);
    auto due = service.dueForErasure();
    if (!due)
        return ctx.fail(due.message());
    if (*format == Format::Json) {
        QJsonArray list;
        for (const DueCase& d : std::as_const(*due))
            list.append(QJsonObject{
                {QStringLiteral("citizen_id"), d.citizenId.toString(QUuid::WithoutBraces)},
                {QStringLiteral("name"), d.name},
                {QStringLiteral("cpr_masked"), d.maskedCpr},
                {QStringLiteral("closed_since"), d.closedSince.toString(Qt::ISODate)},
                {QStringLiteral("last_activity"), d.lastActivity.toString(Qt::ISODate)}});
        ctx.out << QJsonDocument(
                       QJsonObject{{QStringLiteral("retention_years"), service.retentionYears()},
                                   {QStringLiteral("due"), list}})
                       .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (due->isEmpty()) {
        ctx.out << Context::tr("No closed cases are due for erasure (retention: %n year(s)).",
                               nullptr, service.retentionYears())
                << '\n';
        return ExitOk;
    }
    for (const DueCase& d : std::as_const(*due))
        ctx.out << QStringLiteral("%1  %2  %3  %4  %5")
                       .arg(d.citizenId.toString(QUuid::WithoutBraces),
                            d.lastActivity.toString(Qt::ISODate),
                            d.closedSince.toString(Qt::ISODate), d.maskedCpr, d.name)
                << '\n';
    return ExitOk;
}

} // namespace bs::cli
