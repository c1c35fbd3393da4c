// audit: the access log about one citizen or by one user, for the administrator or a
// supervisory authority. The look-up is itself logged as a search (docs/access.md).
#include "cli/Commands.h"

#include "domain/Appointment.h"
#include "security/CitizenAccess.h"
#include "services/CsvReader.h"
#include "storage/Mappers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bs::cli {

namespace {

QString idOrEmpty(const QUuid& id) {
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

QString isoUtc(const QDateTime& utc) {
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

void writeJson(QTextStream& out, const QList<AccessEntry>& entries, const QString& filter) {
    QJsonArray rows;
    for (const AccessEntry& e : entries)
        rows.append(QJsonObject{{QStringLiteral("time"), isoUtc(e.atUtc)},
                                {QStringLiteral("user"), e.userName},
                                {QStringLiteral("action"), toCode(e.action)},
                                {QStringLiteral("citizen_id"), idOrEmpty(e.citizenId)},
                                {QStringLiteral("criterion"), e.criterion},
                                {QStringLiteral("reason"), e.reason},
                                {QStringLiteral("detail"), e.detail}});
    const QJsonObject doc{{QStringLiteral("filter"), filter},
                          {QStringLiteral("count"), int(entries.size())},
                          {QStringLiteral("entries"), rows}};
    out << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
}

void writeCsv(QTextStream& out, const QList<AccessEntry>& entries) {
    const QChar sep = QLatin1Char(';');
    out << kBom << QStringLiteral("time;user;action;citizen_id;criterion;reason;detail") << "\r\n";
    for (const AccessEntry& e : entries) {
        QStringList quoted;
        for (const QString& f : {isoUtc(e.atUtc), e.userName, toCode(e.action),
                                 idOrEmpty(e.citizenId), e.criterion, e.reason, e.detail})
            quoted << CsvReader::quote(f, sep);
        out << quoted.join(sep) << "\r\n";
    }
}

} // namespace

int runAudit(Context& ctx, const QStringList& args) {
    auto parsed = Args::parse(
        args, {{"citizen", true}, {"user", true}, {"from", true}, {"to", true}, {"format", true}},
        0);
    if (!parsed)
        return ctx.usage(parsed.message());
    if (parsed->has("citizen") == parsed->has("user"))
        return ctx.usage(Context::tr("audit needs either --citizen ID or --user INITIALS"));
    AccessLogFilter filter;
    QStringList described;
    if (parsed->has("citizen")) {
        filter.citizenId = QUuid::fromString(parsed->value("citizen").trimmed());
        if (filter.citizenId.isNull())
            return ctx.usage(Context::tr("--citizen needs a citizen id (see \"citizens --format "
                                         "json\"), not \"%1\"")
                                 .arg(parsed->value("citizen")));
        described << QStringLiteral("citizen=%1").arg(idOrEmpty(filter.citizenId));
    } else {
        filter.userName = parsed->value("user").trimmed();
        if (filter.userName.isEmpty())
            return ctx.usage(Context::tr("--user needs a user name"));
        described << QStringLiteral("user=%1").arg(filter.userName);
    }
    QDate from, to;
    if (parsed->has("from")) {
        auto d = parseIsoDate(parsed->value("from"));
        if (!d)
            return ctx.usage(d.message());
        from = *d;
        filter.fromUtc = localToUtc(from, QTime(0, 0));
        described << QStringLiteral("from=%1").arg(from.toString(Qt::ISODate));
    }
    if (parsed->has("to")) {
        auto d = parseIsoDate(parsed->value("to"));
        if (!d)
            return ctx.usage(d.message());
        to = *d;
        filter.toUtc = localToUtc(to.addDays(1), QTime(0, 0)); // --to is inclusive
        described << QStringLiteral("to=%1").arg(to.toString(Qt::ISODate));
    }
    if (from.isValid() && to.isValid() && from > to)
        return ctx.usage(Context::tr("--from %1 is after --to %2")
                             .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    Format format = Format::Json;
    if (parsed->has("format")) {
        auto f = parseFormat(parsed->value("format"));
        if (!f || *f == Format::Text)
            return ctx.usage(
                Context::tr("unknown format \"%1\"; use json or csv").arg(parsed->value("format")));
        format = *f;
    }

    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.message());
    auto entries = (*db)->accessLog().search(filter);
    if (!entries)
        return ctx.fail(entries.message());
    const QString criterion = described.join(QLatin1Char(' '));
    Registry registry(**db);
    if (Status s = CitizenAccess(registry).logSearch(criterion, QStringLiteral("audit")); !s)
        return ctx.fail(s.message());
    if (format == Format::Csv)
        writeCsv(ctx.out, *entries);
    else
        writeJson(ctx.out, *entries, criterion);
    return ExitOk;
}

} // namespace bs::cli
