// The citizen and staff figures of ActivityReports.h: citizens per support form by month, the
// combinations of forms, and each staff member's caseload.
#include "ActivityReports.h"

#include "ActivitySupport.h"
#include "domain/Appointment.h"
#include "domain/Attendance.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <algorithm>

namespace bs::reports {

namespace {

QString citizensAxis() {
    return ActivityText::tr("Citizens");
}

} // namespace

Result<ReportTable> citizensPerForm(const Database& db, const ReportFilter& filter) {
    ReportTable t = activityTable(
        ChartId::CitizensPerForm, ChartKind::Line,
        ActivityText::tr(
            "Citizens per month with an allocation of the support form active on at least one "
            "day of the month within the period. A citizen with several forms counts once per "
            "form and once in the total."),
        citizensAxis());
    t.columns = {{QStringLiteral("month"), ActivityText::tr("Month"), ColumnType::Month}};
    for (const SupportForm f : allValues<SupportForm>())
        t.columns << ReportColumn{toCode(f), label(f), ColumnType::Integer, 0,
                                  filter.forms.isEmpty() || filter.forms.contains(f)};
    t.columns << ReportColumn{QStringLiteral("total"), ActivityText::tr("Total"),
                              ColumnType::Integer, 0, false};
    t.rows = monthRows(filter, t.columns);
    if (t.rows.isEmpty())
        return t;

    // The allocations active at some time in the period, a citizen's together; the months they
    // are active in are counted here (one pass over a few thousand rows instead of a join of
    // every month with every allocation).
    const QList<QDate> months = periodMonths(filter);
    const QList<SupportForm> forms = allValues<SupportForm>();
    int chosenMask = 0;
    for (int i = 0; i < forms.size(); ++i)
        if (filter.forms.isEmpty() || filter.forms.contains(forms[i]))
            chosenMask |= 1 << i;
    QList<QDate> lo, hi; // each month's days within the period
    for (const QDate& month : months) {
        lo << std::max(month, filter.from);
        hi << std::min(month.addMonths(1).addDays(-1), filter.to);
    }
    QList<int> masks(months.size(), 0); // per month: the forms the current citizen has
    QString citizen;
    const auto countCitizen = [&] {
        for (int m = 0; m < months.size(); ++m) {
            for (int i = 0; i < forms.size(); ++i)
                if (masks[m] & (1 << i))
                    t.rows[m][1 + i] = t.rows[m][1 + i].toLongLong() + 1;
            if (masks[m] & chosenMask)
                t.rows[m].last() = t.rows[m].last().toLongLong() + 1;
            masks[m] = 0;
        }
    };
    const SqlCondition c = filter.citizen("c");
    const Status s = forEachRow(
        db,
        QStringLiteral("SELECT al.citizen_id, al.form, al.from_date, al.to_date FROM allocation al "
                       "JOIN citizen c ON c.id = al.citizen_id AND c.deleted = 0 WHERE "
                       "al.deleted = 0 AND al.from_date <= ? AND (al.to_date IS NULL OR "
                       "al.to_date >= ?) AND (%1) ORDER BY al.citizen_id")
            .arg(c.sql),
        QVariantList{filter.toText(), filter.fromText()} + c.binds, [&](const QSqlQuery& q) {
            if (q.value(0).toString() != citizen) {
                countCitizen();
                citizen = q.value(0).toString();
            }
            const int form = formIndex(q.value(1).toString());
            const QDate from = fromDbDate(q.value(2));
            const QDate to = q.value(3).isNull() ? QDate() : fromDbDate(q.value(3));
            if (form < 0 || !from.isValid())
                return;
            for (int m = 0; m < months.size(); ++m)
                if (from <= hi[m] && (!to.isValid() || to >= lo[m]))
                    masks[m] |= 1 << form;
        });
    if (!s)
        return Result<ReportTable>(s.error());
    countCitizen();
    return t;
}

Result<ReportTable> formCombinations(const Database& db, const ReportFilter& filter) {
    const QList<SupportForm> forms = allValues<SupportForm>();
    QStringList bits;
    QVariantList binds;
    for (qsizetype i = 0; i < forms.size(); ++i) {
        bits
            << QStringLiteral("max(%1) * %2").arg(oneIf(QStringLiteral("al.form = ?"))).arg(1 << i);
        binds << toCode(forms[i]);
    }
    const SqlCondition citizen = filter.citizen("c");
    binds << filter.toText() << filter.fromText();
    binds += citizen.binds;
    QHash<int, qint64> byMask;
    const Status s = forEachRow(
        db,
        QStringLiteral("SELECT mask, count(*) FROM (SELECT al.citizen_id, %1 AS mask "
                       "FROM allocation al JOIN citizen c ON c.id = al.citizen_id AND "
                       "c.deleted = 0 WHERE al.deleted = 0 AND al.from_date <= ? AND "
                       "(al.to_date IS NULL OR al.to_date >= ?) AND (%2) GROUP BY al.citizen_id) "
                       "AS masks GROUP BY mask")
            .arg(bits.join(QStringLiteral(" + ")), citizen.sql),
        binds, [&](const QSqlQuery& q) { byMask[q.value(0).toInt()] = q.value(1).toLongLong(); });
    if (!s)
        return Result<ReportTable>(s.error());

    struct Combination {
        QString label;
        qint64 citizens;
    };
    QList<Combination> combinations;
    for (auto it = byMask.cbegin(); it != byMask.cend(); ++it) {
        QStringList labels;
        for (qsizetype i = 0; i < forms.size(); ++i)
            if (it.key() & (1 << i))
                labels << label(forms[i]);
        if (!labels.isEmpty())
            combinations << Combination{labels.join(QStringLiteral(" + ")), it.value()};
    }
    QCollator collator{QLocale(QLocale::Danish, QLocale::Denmark)};
    std::sort(combinations.begin(), combinations.end(), [&](const auto& a, const auto& b) {
        if (a.citizens != b.citizens)
            return a.citizens > b.citizens;
        return collator.compare(a.label, b.label) < 0;
    });

    ReportTable t = activityTable(
        ChartId::FormCombinations, ChartKind::HorizontalBar,
        ActivityText::tr(
            "Citizens by the support forms they had allocated at some time in the period, each "
            "citizen counted once under their combination of forms."),
        citizensAxis());
    t.columns = {
        {QStringLiteral("combination"), ActivityText::tr("Support forms"), ColumnType::Text},
        {QStringLiteral("citizens"), ActivityText::tr("Citizens"), ColumnType::Integer}};
    for (const Combination& c : combinations)
        t.rows << QVariantList{c.label, c.citizens};
    return t;
}

Result<ReportTable> caseload(const Database& db, const ReportFilter& filter) {
    struct Load {
        qint64 contact = 0;
        qint64 seen = 0;
        qint64 deliveredMinutes = 0;
        qint64 minutes = 0;
    };
    QHash<QString, Load> loads; // by staff id

    const SqlCondition citizen = filter.citizen("c");
    Status s = forEachRow(db,
                          QStringLiteral("SELECT c.contact_staff_id, count(*) FROM citizen c "
                                         "WHERE c.deleted = 0 AND c.status = ? AND "
                                         "c.contact_staff_id IS NOT NULL AND (%1) GROUP BY 1")
                              .arg(citizen.sql),
                          QVariantList{toCode(CitizenStatus::Active)} + citizen.binds,
                          [&](const QSqlQuery& q) {
                              loads[q.value(0).toString()].contact = q.value(1).toLongLong();
                          });
    if (!s)
        return Result<ReportTable>(s.error());

    const SqlCondition period = appointmentsInPeriod(filter, "a");
    const QString completed = toCode(Outcome::Completed);
    const SqlCondition figures = appointmentFigures(db, filter);
    s = forEachRow(db,
                   QStringLiteral("SELECT staff_id, sum(CASE WHEN outcome = ? THEN minutes ELSE 0 "
                                  "END), sum(minutes) FROM (%1) AS figures GROUP BY staff_id")
                       .arg(figures.sql),
                   QVariantList{completed} + figures.binds, [&](const QSqlQuery& q) {
                       Load& l = loads[q.value(0).toString()];
                       l.deliveredMinutes = q.value(1).toLongLong();
                       l.minutes = q.value(2).toLongLong();
                   });
    if (!s)
        return Result<ReportTable>(s.error());

    // Citizens of delivered appointments: the appointment's citizen (whole months from the
    // summary of citizens seen), or a group session's members registered present. UNION makes
    // the (staff, citizen) pairs distinct before the citizens are looked up.
    const PeriodSplit split = splitPeriod(filter);
    SqlCondition pairs{QStringLiteral("SELECT a.staff_id, a.citizen_id FROM appointment a WHERE %1 "
                                      "AND a.outcome = ? AND a.citizen_id IS NOT NULL")
                           .arg(split.raw.sql),
                       split.raw.binds + QVariantList{completed}};
    if (split.useSummary) {
        pairs.sql += QStringLiteral(" UNION SELECT s.staff_id, s.citizen_id FROM "
                                    "appointment_citizen_month s WHERE %1 AND s.appointments > 0")
                         .arg(split.summary.sql);
        pairs.binds += split.summary.binds;
    }
    s = forEachRow(
        db,
        QStringLiteral("SELECT x.staff_id, count(*) FROM (%1 UNION "
                       "SELECT a.staff_id, att.citizen_id FROM appointment a JOIN attendance att "
                       "ON att.appointment_id = a.id AND att.deleted = 0 AND att.status = ? "
                       "WHERE %2 AND a.outcome = ? AND a.group_id IS NOT NULL) AS x "
                       "JOIN citizen c ON c.id = x.citizen_id AND c.deleted = 0 GROUP BY 1")
            .arg(pairs.sql, period.sql),
        pairs.binds + QVariantList{toCode(AttendanceStatus::Present)} + period.binds +
            QVariantList{completed},
        [&](const QSqlQuery& q) { loads[q.value(0).toString()].seen = q.value(1).toLongLong(); });
    if (!s)
        return Result<ReportTable>(s.error());

    ReportTable t = activityTable(
        ChartId::Caseload, ChartKind::HorizontalBar,
        ActivityText::tr(
            "Per staff member: active citizens they are contact person for, and the citizens "
            "they saw in delivered appointments in the period (group members registered "
            "present), with their planned and delivered hours."),
        citizensAxis());
    t.columns = {
        {QStringLiteral("staff"), ActivityText::tr("Staff member"), ColumnType::Text},
        {QStringLiteral("contact_citizens"), ActivityText::tr("Contact person for"),
         ColumnType::Integer},
        {QStringLiteral("citizens_seen"), ActivityText::tr("Citizens seen"), ColumnType::Integer},
        {QStringLiteral("delivered_hours"), ActivityText::tr("Delivered hours"),
         ColumnType::Decimal, 1, false},
        {QStringLiteral("planned_hours"), ActivityText::tr("Planned hours"), ColumnType::Decimal, 1,
         false}};
    const SqlCondition staff = filter.staffColumn(QStringLiteral("s.id"));
    s = forEachRow(db,
                   QStringLiteral("SELECT s.id, s.name, s.initials FROM staff s WHERE "
                                  "s.deleted = 0 AND (%1) ORDER BY s.name COLLATE danish, s.id")
                       .arg(staff.sql),
                   staff.binds, [&](const QSqlQuery& q) {
                       const Load l = loads.value(q.value(0).toString());
                       if (l.contact == 0 && l.seen == 0 && l.minutes == 0)
                           return;
                       t.rows << QVariantList{QStringLiteral("%1 (%2)").arg(q.value(1).toString(),
                                                                            q.value(2).toString()),
                                              l.contact, l.seen, hoursOf(l.deliveredMinutes),
                                              hoursOf(l.minutes)};
                   });
    if (!s)
        return Result<ReportTable>(s.error());
    return t;
}

} // namespace bs::reports
