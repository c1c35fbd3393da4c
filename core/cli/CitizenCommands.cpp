// citizens and import-citizens.
#include "cli/Commands.h"

#include "security/CitizenAccess.h"
#include "services/CsvImport.h"
#include "services/CsvReader.h"
#include "services/Registry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bs::cli {

namespace {

QString cprText(const CitizenSummary& c, bool full) {
    if (!full)
        return c.maskedCpr.isEmpty() ? c.cpr : c.maskedCpr;
    const auto parsed = Cpr::parse(c.cpr);
    return parsed ? parsed->formatted() : c.cpr;
}

QStringList formCodes(const CitizenSummary& c) {
    QStringList out;
    for (const SupportForm f : c.activeForms)
        out << toCode(f);
    return out;
}

QStringList formLabels(const CitizenSummary& c) {
    QStringList out;
    for (const SupportForm f : c.activeForms)
        out << label(f);
    return out;
}

void writeJson(QTextStream& out, const QList<CitizenSummary>& list, QDate date, bool fullCpr) {
    QJsonArray rows;
    for (const auto& c : list)
        rows.append(QJsonObject{
            {QStringLiteral("id"), c.id.toString(QUuid::WithoutBraces)},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("cpr"), cprText(c, fullCpr)},
            {QStringLiteral("site"), c.siteName},
            {QStringLiteral("contact"), c.contactInitials},
            {QStringLiteral("status"), toCode(c.status)},
            {QStringLiteral("status_label"), label(c.status)},
            {QStringLiteral("target_group"), toCode(c.targetGroup)},
            {QStringLiteral("target_group_label"), label(c.targetGroup)},
            {QStringLiteral("support_forms"), QJsonArray::fromStringList(formCodes(c))}});
    const QJsonObject doc{{QStringLiteral("date"), date.toString(Qt::ISODate)},
                          {QStringLiteral("count"), int(list.size())},
                          {QStringLiteral("citizens"), rows}};
    out << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
}

// Danish column names, as the import reads them (id and støtteformer are extra).
void writeCsv(QTextStream& out, const QList<CitizenSummary>& list, bool fullCpr) {
    const QChar sep = QLatin1Char(';');
    out << kBom << QStringLiteral("id;navn;cpr;sted;kontaktperson;status;målgruppe;støtteformer")
        << "\r\n";
    for (const auto& c : list) {
        const QStringList fields{c.id.toString(QUuid::WithoutBraces),
                                 c.name,
                                 cprText(c, fullCpr),
                                 c.siteName,
                                 c.contactInitials,
                                 label(c.status),
                                 label(c.targetGroup),
                                 formLabels(c).join(QStringLiteral(", "))};
        QStringList quoted;
        for (const QString& f : fields)
            quoted << CsvReader::quote(f, sep);
        out << quoted.join(sep) << "\r\n";
    }
}

void writeText(QTextStream& out, const QList<CitizenSummary>& list, bool fullCpr) {
    QList<QStringList> rows{{Context::tr("Name"), Context::tr("CPR"), Context::tr("Site"),
                             Context::tr("Contact"), Context::tr("Status"),
                             Context::tr("Target group"), Context::tr("Support forms today"),
                             Context::tr("Id")}};
    for (const auto& c : list)
        rows.append({c.name, cprText(c, fullCpr), c.siteName, c.contactInitials, label(c.status),
                     label(c.targetGroup), formLabels(c).join(QStringLiteral(", ")),
                     c.id.toString(QUuid::WithoutBraces)});
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const auto& r : rows)
        for (qsizetype i = 0; i < r.size(); ++i)
            widths[i] = std::max(widths[i], r.at(i).size());
    for (const auto& r : rows) {
        QStringList cells;
        for (qsizetype i = 0; i < r.size(); ++i)
            cells << (i + 1 < r.size() ? r.at(i).leftJustified(widths[i]) : r.at(i));
        out << cells.join(QStringLiteral("  ")) << '\n';
    }
    out << Context::tr("%n citizen(s)", nullptr, int(list.size())) << '\n';
}

// Name or CPR number (digits, with or without the dash), case-insensitive.
bool matches(const CitizenSummary& c, const QString& search) {
    if (c.name.contains(search, Qt::CaseInsensitive))
        return true;
    QString digits = search;
    digits.remove(QLatin1Char('-'));
    digits.remove(QLatin1Char(' '));
    return !digits.isEmpty() && c.cpr.contains(digits);
}

QString describe(const ImportRow& row) {
    const Citizen& c = row.citizen;
    QStringList parts{c.name};
    if (!c.cpr.isEmpty())
        parts << c.maskedCpr();
    if (!row.siteName.isEmpty())
        parts << row.siteName;
    if (!row.contactInitials.isEmpty())
        parts << row.contactInitials;
    return Context::tr("Line %1: %2").arg(row.line).arg(parts.join(QStringLiteral(", ")));
}

} // namespace

int runCitizens(Context& ctx, const QStringList& args) {
    auto parsed = Args::parse(args, {{"format", true}, {"full-cpr", false}, {"search", true}}, 0);
    if (!parsed)
        return ctx.usage(parsed.message());
    auto format = parseFormat(parsed->value("format"));
    if (!format)
        return ctx.usage(format.message());
    const QString search = parsed->value("search").simplified();
    if (parsed->has("search") && search.isEmpty())
        return ctx.usage(Context::tr("--search needs a name or CPR number to look for"));
    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.message());
    const QDate today = ctx.clock.today();
    Registry registry(**db);
    auto list = registry.citizenSummaries(today);
    if (!list)
        return ctx.fail(list.message());
    if (!search.isEmpty()) {
        list->removeIf([&](const CitizenSummary& c) { return !matches(c, search); });
        // A search for a citizen is logged once, with what was looked for (docs/access.md).
        if (Status s = CitizenAccess(registry).logSearch(search, QStringLiteral("citizens")); !s)
            return ctx.fail(s.message());
    }
    const bool fullCpr = parsed->has("full-cpr");
    switch (*format) {
    case Format::Json:
        writeJson(ctx.out, *list, today, fullCpr);
        break;
    case Format::Csv:
        writeCsv(ctx.out, *list, fullCpr);
        break;
    case Format::Text:
        writeText(ctx.out, *list, fullCpr);
        break;
    }
    return ExitOk;
}

int runImportCitizens(Context& ctx, const QStringList& args) {
    auto parsed = Args::parse(args, {{"dry-run", false}}, 1);
    if (!parsed)
        return ctx.usage(parsed.message());
    if (parsed->positionals().isEmpty())
        return ctx.usage(Context::tr("import-citizens needs a CSV file"));
    const QString file = parsed->positionals().first();
    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.message());
    Registry registry(**db);
    auto result = CsvImport(registry).importFile(file, parsed->has("dry-run"));
    if (!result)
        return ctx.fail(result.message());

    if (!result->ok()) {
        for (const ImportProblem& p : result->problems)
            ctx.out << p.text() << Qt::endl;
        return ctx.fail(Context::tr("Nothing was imported: %n problem(s) in %1.", nullptr,
                                    int(result->problems.size()))
                            .arg(file));
    }
    const QString how = Context::tr("%1, separator \"%2\"")
                            .arg(encodingName(result->encoding), QString(result->separator));
    if (result->dryRun) {
        for (const ImportRow& row : result->rows)
            ctx.out << describe(row) << Qt::endl;
        ctx.out << Context::tr("Dry run: %n citizen(s) would be imported from %1 (%2). Nothing "
                               "was written.",
                               nullptr, int(result->rows.size()))
                       .arg(file, how)
                << Qt::endl;
    } else {
        ctx.out << Context::tr("Imported %n citizen(s) from %1 (%2).", nullptr, result->written)
                       .arg(file, how)
                << Qt::endl;
    }
    return ExitOk;
}

} // namespace bs::cli
