// report status.
#include "cli/Commands.h"

#include "services/StatusReport.h"

#include <QJsonDocument>

namespace bs::cli {

int runReport(Context& ctx, const QStringList& args) {
    auto parsed = Args::parse(args, {{"at", true}, {"format", true}}, 1);
    if (!parsed)
        return ctx.usage(parsed.message());
    if (parsed->positionals().isEmpty())
        return ctx.usage(Context::tr("report needs a kind: status"));
    const QString kind = parsed->positionals().first();
    if (kind != QLatin1String("status"))
        return ctx.usage(Context::tr("unknown report \"%1\"; the reports are: status").arg(kind));
    auto format = parseFormat(parsed->value("format"));
    if (!format)
        return ctx.usage(format.message());
    QDate at = ctx.clock.today();
    if (parsed->has("at")) {
        auto date = parseIsoDate(parsed->value("at"));
        if (!date)
            return ctx.usage(date.message());
        at = *date;
    }
    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.message());
    auto report = StatusReport::compute(**db, at);
    if (!report)
        return ctx.fail(report.message());
    switch (*format) {
    case Format::Json:
        ctx.out << QString::fromUtf8(
            QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented));
        break;
    case Format::Csv:
        ctx.out << kBom << report->toCsvText();
        break;
    case Format::Text:
        ctx.out << report->toText();
        break;
    }
    return ExitOk;
}

} // namespace bs::cli
