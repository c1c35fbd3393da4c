#include "CitizenQueries.h"

#include <QSqlQuery>

namespace bs {

Result<QList<CitizenSummary>> CitizenQueries::summaries(QDate onDate) const {
    const QString sql =
        QStringLiteral(
            "SELECT c.id, c.name, c.cpr, c.status, c.target_group, s.name, st.initials, st.name, "
            "  (SELECT %1 FROM allocation a "
            "    WHERE a.citizen_id = c.id AND a.deleted = 0 AND a.from_date <= ? "
            "      AND (a.to_date IS NULL OR a.to_date >= ?)) "
            "FROM citizen c "
            "LEFT JOIN site s ON s.id = c.site_id "
            "LEFT JOIN staff st ON st.id = c.contact_staff_id "
            "WHERE c.deleted = 0 "
            "ORDER BY c.name COLLATE danish, c.id")
            .arg(m_db.sql().distinctList(QStringLiteral("a.form")));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString day = toDbDate(onDate);
    if (auto r = m_db.exec(q, sql, {day, day}); !r)
        return Result<QList<CitizenSummary>>(r.error());
    QList<CitizenSummary> out;
    while (q.next()) {
        CitizenSummary c;
        c.id = QUuid::fromString(q.value(0).toString());
        c.name = q.value(1).toString();
        c.cpr = q.value(2).toString();
        if (auto parsed = Cpr::parse(c.cpr))
            c.maskedCpr = parsed->masked();
        c.status = fromCode<CitizenStatus>(q.value(3).toString()).value_or(CitizenStatus::Active);
        c.targetGroup = fromCode<TargetGroup>(q.value(4).toString()).value_or(TargetGroup::Other);
        c.siteName = q.value(5).toString();
        c.contactInitials = q.value(6).toString();
        c.contactName = q.value(7).toString();
        const QStringList forms = q.value(8).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const SupportForm f : allValues<SupportForm>())
            if (forms.contains(toCode(f)))
                c.activeForms << f;
        out.append(c);
    }
    return out;
}

Result<QSet<QUuid>> CitizenQueries::idsInCare(const QUuid& staffId, const QUuid& teamId,
                                              bool unassigned) const {
    const auto text = [](const QUuid& id) {
        return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
    };
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto r = m_db.exec(
            q,
            QStringLiteral("SELECT c.id FROM citizen c WHERE c.deleted = 0 AND ("
                           "c.contact_staff_id = ? OR c.contact_staff_id IN (SELECT s.id FROM "
                           "staff s WHERE s.team_id = ? AND s.deleted = 0) OR (? = 1 AND "
                           "c.contact_staff_id IS NULL))"),
            {text(staffId).isEmpty() ? QStringLiteral("-") : text(staffId),
             text(teamId).isEmpty() ? QStringLiteral("-") : text(teamId), unassigned ? 1 : 0});
        !r)
        return Result<QSet<QUuid>>(r.error());
    QSet<QUuid> out;
    while (q.next())
        out.insert(QUuid::fromString(q.value(0).toString()));
    return out;
}

Result<QUuid> CitizenQueries::idByCpr(const QString& cprDigits) const {
    QSqlQuery q(m_db.connection());
    if (auto r = m_db.exec(q,
                           QStringLiteral("SELECT id FROM citizen WHERE cpr = ? AND deleted = 0 "
                                          "AND cpr <> '' LIMIT 1"),
                           {cprDigits});
        !r)
        return Result<QUuid>(r.error());
    return q.next() ? QUuid::fromString(q.value(0).toString()) : QUuid();
}

} // namespace bs
