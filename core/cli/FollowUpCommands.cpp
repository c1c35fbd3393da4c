// followup: the open follow-up tasks (Opfølgning), optionally after running the rules, for one
// staff member or everyone, as JSON (an array) or text.
#include "cli/Commands.h"

#include "services/FollowUpService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bs::cli {

namespace {

QString idOrEmpty(const QUuid& id) {
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

QJsonArray toJson(const QList<FollowUpItem>& items) {
    QJsonArray rows;
    for (const FollowUpItem& i : items)
        rows.append(QJsonObject{{QStringLiteral("id"), idOrEmpty(i.task.meta.id)},
                                {QStringLiteral("rule"), toCode(i.task.rule)},
                                {QStringLiteral("rule_label"), label(i.task.rule)},
                                {QStringLiteral("rule_key"), i.task.ruleKey},
                                {QStringLiteral("reason"), i.task.reason},
                                {QStringLiteral("citizen_id"), idOrEmpty(i.task.citizenId)},
                                {QStringLiteral("citizen"), i.citizenName},
                                {QStringLiteral("subject_id"), idOrEmpty(i.task.subjectId)},
                                {QStringLiteral("due"), i.due.toString(Qt::ISODate)},
                                {QStringLiteral("overdue"), i.overdue},
                                {QStringLiteral("assignee"), i.assigneeInitials},
                                {QStringLiteral("assignee_id"), idOrEmpty(i.task.assigneeId)},
                                {QStringLiteral("status"), toCode(i.task.status)}});
    return rows;
}

void writeText(QTextStream& out, const QList<FollowUpItem>& items) {
    if (items.isEmpty()) {
        out << Context::tr("Nothing to follow up.") << '\n';
        return;
    }
    for (const FollowUpItem& i : items) {
        out << i.due.toString(Qt::ISODate)
            << (i.overdue ? QStringLiteral(" !") : QStringLiteral("  ")) << ' '
            << (i.assigneeInitials.isEmpty() ? QStringLiteral("-") : i.assigneeInitials) << '\t'
            << label(i.task.rule) << '\t' << i.citizenName << '\t' << i.task.reason << '\n';
    }
}

} // namespace

int runFollowUp(Context& ctx, const QStringList& args) {
    auto parsed = Args::parse(args, {{"staff", true}, {"run", false}, {"format", true}}, 0);
    if (!parsed)
        return ctx.usage(parsed.message());
    auto format = parseJsonOrText(parsed->value("format"));
    if (!format)
        return ctx.usage(format.message());

    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.message());
    Registry registry(**db);
    TaskFilter filter;
    if (parsed->has("staff")) {
        auto staff = registry.staffByInitials(parsed->value("staff"));
        if (!staff)
            return ctx.fail(staff.message());
        filter.assigneeId = staff->meta.id;
    }
    FollowUpService service(registry);
    if (parsed->has("run"))
        if (auto ran = service.run(); !ran)
            return ctx.fail(ran.message());
    auto items = service.tasks(filter);
    if (!items)
        return ctx.fail(items.message());
    if (*format == Format::Json)
        ctx.out << QString::fromUtf8(QJsonDocument(toJson(*items)).toJson(QJsonDocument::Indented));
    else
        writeText(ctx.out, *items);
    return ExitOk;
}

} // namespace bs::cli
