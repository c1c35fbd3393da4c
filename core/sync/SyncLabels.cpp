#include "SyncLabels.h"

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/SyncQueries.h"

namespace bs::sync {

QString SyncLabels::tableLabel(const QString& table) {
    static const QHash<QString, const char*> labels{
        {QStringLiteral("team"), QT_TR_NOOP("Team")},
        {QStringLiteral("staff"), QT_TR_NOOP("Staff member")},
        {QStringLiteral("site"), QT_TR_NOOP("Site")},
        {QStringLiteral("citizen"), QT_TR_NOOP("Citizen")},
        {QStringLiteral("support_grant"), QT_TR_NOOP("Grant")},
        {QStringLiteral("support_group"), QT_TR_NOOP("Group")},
        {QStringLiteral("allocation"), QT_TR_NOOP("Allocation")},
        {QStringLiteral("group_member"), QT_TR_NOOP("Group membership")},
        {QStringLiteral("goal"), QT_TR_NOOP("Goal")},
        {QStringLiteral("subgoal"), QT_TR_NOOP("Sub-goal")},
        {QStringLiteral("setting"), QT_TR_NOOP("Setting")},
        {QStringLiteral("appointment_series"), QT_TR_NOOP("Appointment series")},
        {QStringLiteral("appointment"), QT_TR_NOOP("Appointment")},
        {QStringLiteral("desk_visit"), QT_TR_NOOP("Desk visit")},
        {QStringLiteral("attendance"), QT_TR_NOOP("Attendance")},
        {QStringLiteral("group_note"), QT_TR_NOOP("Group note")},
        {QStringLiteral("journal_note"), QT_TR_NOOP("Note")},
        {QStringLiteral("journal_revision"), QT_TR_NOOP("Note version")},
        {QStringLiteral("goal_assessment"), QT_TR_NOOP("Goal assessment")},
        {QStringLiteral("goal_review"), QT_TR_NOOP("Goal review")},
        {QStringLiteral("rota_duty"), QT_TR_NOOP("Rota duty")},
        {QStringLiteral("followup_task"), QT_TR_NOOP("Follow-up task")},
    };
    const char* label = labels.value(table);
    return label ? tr(label) : table;
}

QString SyncLabels::fieldLabel(const QString& table, const QString& field) {
    static const QHash<QString, const char*> labels{
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("postal_code"), QT_TR_NOOP("Postal code")},
        {QStringLiteral("city"), QT_TR_NOOP("City")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("email"), QT_TR_NOOP("E-mail")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("virtual_contact"), QT_TR_NOOP("Consent to virtual contact")},
        {QStringLiteral("contact_staff_id"), QT_TR_NOOP("Contact person")},
        {QStringLiteral("from_date"), QT_TR_NOOP("From date")},
        {QStringLiteral("to_date"), QT_TR_NOOP("To date")},
        {QStringLiteral("review_date"), QT_TR_NOOP("Review date")},
        {QStringLiteral("legal_basis"), QT_TR_NOOP("Legal basis")},
        {QStringLiteral("end_date"), QT_TR_NOOP("End date")},
        {QStringLiteral("outcome"), QT_TR_NOOP("Outcome")},
        {QStringLiteral("start_utc"), QT_TR_NOOP("Start time")},
        {QStringLiteral("deleted"), QT_TR_NOOP("Deleted")},
        {QStringLiteral("text"), QT_TR_NOOP("Text")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("value"), QT_TR_NOOP("Value")},
    };
    Q_UNUSED(table)
    const char* label = labels.value(field);
    return label ? tr(label) : field;
}

QString SyncLabels::recordLabel(const SyncQueries& queries, const QString& table,
                                const QString& rowId) {
    auto row = queries.readRow(table, rowId);
    if (!row || !*row)
        return tableLabel(table);
    const QJsonObject& r = **row;
    auto citizenName = [&](const QString& id) -> QString {
        auto c = queries.readRow(QStringLiteral("citizen"), id);
        return c && *c ? (*c)->value(QLatin1String("name")).toString() : QString();
    };
    if (table == QLatin1String("citizen"))
        return tr("Citizen %1").arg(r.value(QLatin1String("name")).toString());
    if (table == QLatin1String("setting"))
        return tr("Setting %1").arg(rowId);
    const QString citizen = citizenName(r.value(QLatin1String("citizen_id")).toString());
    if (table == QLatin1String("journal_note")) {
        const QDate date = fromDbTimestamp(r.value(QLatin1String("written_utc")).toString())
                               .toTimeZone(Clock::localZone())
                               .date();
        return tr("Note of %1 about %2").arg(date.toString(QStringLiteral("dd.MM.yyyy")), citizen);
    }
    const QString name = r.value(QLatin1String("name")).toString();
    if (!citizen.isEmpty())
        return tr("%1 of %2").arg(tableLabel(table), citizen);
    if (!name.isEmpty())
        return tr("%1 %2").arg(tableLabel(table), name);
    return tableLabel(table);
}

} // namespace bs::sync
