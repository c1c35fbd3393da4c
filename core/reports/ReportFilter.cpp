#include "ReportFilter.h"

#include "storage/Database.h"

#include <QStringList>
#include <QTimeZone>

namespace bs {

namespace {

QString placeholders(qsizetype n) {
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

QVariantList idBinds(const QList<QUuid>& ids) {
    QVariantList out;
    for (const QUuid& id : ids)
        out << id.toString(QUuid::WithoutBraces);
    return out;
}

template <typename E> QVariantList codeBinds(const QList<E>& values) {
    QVariantList out;
    for (const E v : values)
        out << toCode(v);
    return out;
}

QString localMidnightUtc(QDate date) {
    return toDbTimestamp(QDateTime(date, QTime(0, 0), Clock::localZone()).toUTC());
}

} // namespace

SqlCondition& SqlCondition::operator&=(const SqlCondition& other) {
    sql = QStringLiteral("(%1) AND (%2)").arg(sql, other.sql);
    binds += other.binds;
    return *this;
}

Status ReportFilter::validate() const {
    if (!from.isValid() || !to.isValid())
        return Status::failure(tr("Choose a period with a start and an end date."),
                               QStringLiteral("period"));
    if (from > to)
        return Status::failure(tr("The period must not end before it starts."),
                               QStringLiteral("period"));
    if (from.addYears(20) < to)
        return Status::failure(tr("The period can be at most 20 years."), QStringLiteral("period"));
    return Status::success();
}

QString ReportFilter::fromUtcText() const {
    return localMidnightUtc(from);
}
QString ReportFilter::toUtcText() const {
    return localMidnightUtc(to.addDays(1));
}
QString ReportFilter::fromText() const {
    return toDbDate(from);
}
QString ReportFilter::toText() const {
    return toDbDate(to);
}

SqlCondition ReportFilter::appointment(const char* alias) const {
    const QString a = QLatin1String(alias);
    SqlCondition out;
    if (!siteIds.isEmpty()) {
        out &= {QStringLiteral("COALESCE(%1.site_id, (SELECT sg.site_id FROM support_group sg "
                               "WHERE sg.id = %1.group_id), (SELECT sc.site_id FROM citizen sc "
                               "WHERE sc.id = %1.citizen_id)) IN (%2)")
                    .arg(a, placeholders(siteIds.size())),
                idBinds(siteIds)};
    }
    if (!teamIds.isEmpty()) {
        out &=
            {QStringLiteral("(SELECT st.team_id FROM staff st WHERE st.id = %1.staff_id) IN (%2)")
                 .arg(a, placeholders(teamIds.size())),
             idBinds(teamIds)};
    }
    if (!forms.isEmpty())
        out &= {QStringLiteral("%1.form IN (%2)").arg(a, placeholders(forms.size())),
                codeBinds(forms)};
    if (!bases.isEmpty()) {
        // The appointment's local day is close enough to its UTC date for grant dates: grants
        // start and end on whole days and appointments run in the daytime.
        const QString grantActive =
            QStringLiteral("fg.deleted = 0 AND fg.legal_basis IN (%1) AND fg.from_date <= "
                           "substr(%2.start_utc, 1, 10) AND (fg.to_date IS NULL OR fg.to_date >= "
                           "substr(%2.start_utc, 1, 10))")
                .arg(placeholders(bases.size()), a);
        out &= {QStringLiteral("(EXISTS (SELECT 1 FROM support_grant fg WHERE fg.citizen_id = "
                               "%1.citizen_id AND %2) OR (%1.citizen_id IS NULL AND EXISTS ("
                               "SELECT 1 FROM group_member fm JOIN support_grant fg ON "
                               "fg.citizen_id = fm.citizen_id WHERE fm.deleted = 0 AND "
                               "fm.group_id = %1.group_id AND %2)))")
                    .arg(a, grantActive),
                codeBinds(bases) + codeBinds(bases)};
    }
    return out;
}

SqlCondition ReportFilter::citizen(const char* alias) const {
    const QString c = QLatin1String(alias);
    SqlCondition out;
    if (!siteIds.isEmpty())
        out &= {QStringLiteral("%1.site_id IN (%2)").arg(c, placeholders(siteIds.size())),
                idBinds(siteIds)};
    if (!teamIds.isEmpty()) {
        out &= {QStringLiteral("(SELECT st.team_id FROM staff st WHERE st.id = "
                               "%1.contact_staff_id) IN (%2)")
                    .arg(c, placeholders(teamIds.size())),
                idBinds(teamIds)};
    }
    if (!forms.isEmpty()) {
        out &= {QStringLiteral("EXISTS (SELECT 1 FROM allocation fa WHERE fa.citizen_id = %1.id "
                               "AND fa.deleted = 0 AND fa.form IN (%2) AND fa.from_date <= ? AND "
                               "(fa.to_date IS NULL OR fa.to_date >= ?))")
                    .arg(c, placeholders(forms.size())),
                codeBinds(forms) + QVariantList{toText(), fromText()}};
    }
    if (!bases.isEmpty()) {
        out &= {QStringLiteral("EXISTS (SELECT 1 FROM support_grant fg WHERE fg.citizen_id = "
                               "%1.id AND fg.deleted = 0 AND fg.legal_basis IN (%2) AND "
                               "fg.from_date <= ? AND (fg.to_date IS NULL OR fg.to_date >= ?))")
                    .arg(c, placeholders(bases.size())),
                codeBinds(bases) + QVariantList{toText(), fromText()}};
    }
    return out;
}

SqlCondition ReportFilter::basisOn(const QString& citizenColumn, const QString& utcColumn) const {
    if (bases.isEmpty())
        return {};
    return {QStringLiteral("EXISTS (SELECT 1 FROM support_grant fg WHERE fg.citizen_id = %1 AND "
                           "fg.deleted = 0 AND fg.legal_basis IN (%2) AND fg.from_date <= "
                           "substr(%3, 1, 10) AND (fg.to_date IS NULL OR fg.to_date >= "
                           "substr(%3, 1, 10)))")
                .arg(citizenColumn, placeholders(bases.size()), utcColumn),
            codeBinds(bases)};
}

SqlCondition ReportFilter::siteColumn(const QString& column) const {
    if (siteIds.isEmpty())
        return {};
    return {QStringLiteral("%1 IN (%2)").arg(column, placeholders(siteIds.size())),
            idBinds(siteIds)};
}

SqlCondition ReportFilter::staffColumn(const QString& column) const {
    if (teamIds.isEmpty())
        return {};
    return {QStringLiteral("(SELECT st.team_id FROM staff st WHERE st.id = %1) IN (%2)")
                .arg(column, placeholders(teamIds.size())),
            idBinds(teamIds)};
}

bool ReportFilter::isFiltered() const {
    return !siteIds.isEmpty() || !teamIds.isEmpty() || !forms.isEmpty() || !bases.isEmpty();
}

} // namespace bs
