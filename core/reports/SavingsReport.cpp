// Gevinstrealisering: one SQL query sums, per local month and support form, the citizens served
// and the minutes the method needs; the money model is applied here over the month rows.
#include "SavingsReport.h"

#include "ReportSql.h"

#include "domain/Appointment.h"
#include "domain/Attendance.h"
#include "storage/ReportQueries.h"

#include <QSqlQuery>
#include <QStringList>
#include <cmath>

namespace bs {

namespace {

struct SavingsText {
    Q_DECLARE_TR_FUNCTIONS(SavingsReport)
};

// What the SQL gives per month: citizens served and minutes, per form.
struct MonthSums {
    double cafeVisits = 0;
    double virtualVisits = 0;
    double groupPresent = 0;        // members present, summed over sessions
    double groupPresentMinutes = 0; // members present x duration
    double groupStaffMinutes = 0;   // facilitators x duration
};

// A month's savings after the model.
struct MonthFigures {
    QDate month;
    double cafe = 0;
    double group = 0;
    double virtualForm = 0;
    double cafeTarget = 0;
    double groupTarget = 0;
    double virtualTarget = 0;
    double hours = 0;
    double km = 0;
};

QString monthKey(QDate firstOfMonth) {
    return firstOfMonth.toString(QStringLiteral("yyyy-MM"));
}

bool formChosen(const ReportFilter& filter, SupportForm form) {
    return filter.forms.isEmpty() || filter.forms.contains(form);
}

// Finished desk visits arriving in the period, as (month, 'counselling', 1, 0, 0) rows.
SqlCondition deskVisitsSql(const Database& db, const ReportFilter& filter) {
    SqlCondition where{QStringLiteral("d.deleted = 0 AND d.ended_utc IS NOT NULL AND "
                                      "d.arrived_utc >= ? AND d.arrived_utc < ?"),
                       {filter.fromUtcText(), filter.toUtcText()}};
    where &= filter.siteColumn(QStringLiteral("d.site_id"));
    where &= filter.staffColumn(QStringLiteral("d.staff_id"));
    where &= filter.basisOn(QStringLiteral("d.citizen_id"), QStringLiteral("d.arrived_utc"));
    return {QStringLiteral("SELECT %1 AS month, 'counselling' AS form, 1 AS n, 0 AS n_minutes, 0 "
                           "AS staff_minutes FROM desk_visit d WHERE %2")
                .arg(reports::localMonthSql(db.sql(), QStringLiteral("d.arrived_utc")), where.sql),
            where.binds};
}

// The booked times checked out at the desk, as one uncorrelated list (desk_visit has no index on
// appointment_id, so a correlated NOT EXISTS would scan it once per appointment).
QString checkedOutSql() {
    return QStringLiteral("SELECT dv.appointment_id FROM desk_visit dv WHERE dv.appointment_id IS "
                          "NOT NULL AND dv.deleted = 0 AND dv.ended_utc IS NOT NULL");
}

// Delivered counselling and virtual appointments, one citizen served each, as (month, form, 1, 0,
// 0) rows; a counselling appointment checked out at the desk counts as its desk visit instead.
// The whole months of the period come from appointment_month, less the checked-out counselling
// appointments in them; the days around them from the appointments (`split`).
SqlCondition oneToOneSql(const Database& db, const ReportFilter& filter,
                         const reports::PeriodSplit& split) {
    const QString completed = toCode(Outcome::Completed);
    const QString counselling = toCode(SupportForm::Counselling);
    const QString month = reports::localMonthSql(db.sql(), QStringLiteral("a.start_utc"));
    // One part per stretch of days read from the appointments: a single range each, so SQLite
    // seeks the savings index to it instead of reading every completed appointment.
    QList<std::pair<QString, QString>> ranges;
    if (split.useSummary)
        ranges = {{filter.fromUtcText(), split.wholeFromUtc},
                  {split.wholeToUtc, filter.toUtcText()}};
    else
        ranges = {{filter.fromUtcText(), filter.toUtcText()}};
    SqlCondition out;
    QStringList parts;
    for (const auto& [from, to] : ranges) {
        SqlCondition raw{
            QStringLiteral("a.deleted = 0 AND a.outcome = ? AND %1 AND a.start_utc >= "
                           "? AND a.start_utc < ? AND a.form <> ? AND (a.form <> ? "
                           "OR a.id NOT IN (%2))")
                .arg(AppointmentMonths::savingsFormsSql(QStringLiteral("a.")), checkedOutSql()),
            {completed, from, to, toCode(SupportForm::Group), counselling}};
        raw &= filter.appointment("a");
        parts << QStringLiteral("SELECT %1 AS month, a.form AS form, 1 AS n, 0 AS n_minutes, 0 "
                                "AS staff_minutes FROM appointment a WHERE %2")
                     .arg(month, raw.sql);
        out.binds += raw.binds;
    }
    out.sql = parts.join(QStringLiteral(" UNION ALL "));
    if (!split.useSummary)
        return out;
    SqlCondition summary{QStringLiteral("s.outcome = ? AND s.form IN (?, ?)"),
                         {completed, counselling, toCode(SupportForm::Virtual)}};
    summary &= split.summary;
    out.sql += QStringLiteral(" UNION ALL SELECT s.month, s.form, s.appointments, 0, 0 FROM "
                              "appointment_month s WHERE %1")
                   .arg(summary.sql);
    out.binds += summary.binds;
    SqlCondition checkedOut{QStringLiteral("a.deleted = 0 AND a.outcome = ? AND a.form = ? AND "
                                           "a.start_utc >= ? AND a.start_utc < ? AND a.id IN (%1)")
                                .arg(checkedOutSql()),
                            {completed, counselling, split.wholeFromUtc, split.wholeToUtc}};
    checkedOut &= filter.appointment("a");
    out.sql += QStringLiteral(" UNION ALL SELECT %1, a.form, -1, 0, 0 FROM appointment a WHERE %2")
                   .arg(month, checkedOut.sql);
    out.binds += checkedOut.binds;
    return out;
}

// Delivered group sessions starting in the period: per session the members present n, n x
// duration and facilitators x duration. A group appointment always has its group
// (Appointment::validate), so the sessions are found through the group's index on appointment
// (CROSS JOIN keeps SQLite from scanning every appointment of the period instead).
SqlCondition groupSessionsSql(const Database& db, const ReportFilter& filter) {
    const QString group = toCode(SupportForm::Group);
    SqlCondition where{
        QStringLiteral("a.group_id = g.id AND a.deleted = 0 AND a.outcome = ? AND "
                       "a.form = ? AND a.start_utc >= ? AND a.start_utc < ?"),
        {toCode(Outcome::Completed), group, filter.fromUtcText(), filter.toUtcText()}};
    where &= filter.appointment("a");
    SqlCondition out{
        QStringLiteral(
            "SELECT month, form, n, n * duration AS n_minutes, f * duration AS staff_minutes "
            "FROM (SELECT %1 AS month, a.form AS form, a.duration_minutes AS duration, (SELECT "
            "count(*) FROM attendance p WHERE p.appointment_id = a.id AND p.deleted = 0 AND "
            "p.status = ?) AS n, %3 AS f FROM support_group g CROSS JOIN appointment a WHERE %2) "
            "AS sessions")
            .arg(reports::localMonthSql(db.sql(), QStringLiteral("a.start_utc")), where.sql,
                 db.sql().greatest(
                     QStringLiteral("1"),
                     QStringLiteral("%1 + %2").arg(
                         reports::oneIf(QStringLiteral("g.facilitator1_id IS NOT NULL")),
                         reports::oneIf(QStringLiteral("g.facilitator2_id IS NOT NULL"))))),
        {toCode(AttendanceStatus::Present)}};
    out.binds += where.binds;
    return out;
}

Result<QMap<QString, MonthSums>> monthSums(const Database& db, const ReportFilter& filter) {
    SqlCondition sql;
    sql.sql.clear();
    QStringList parts;
    if (formChosen(filter, SupportForm::Counselling)) {
        const SqlCondition desk = deskVisitsSql(db, filter);
        parts << desk.sql;
        sql.binds += desk.binds;
    }
    const SqlCondition oneToOne = oneToOneSql(db, filter, reports::splitPeriod(filter, true));
    const SqlCondition groups = groupSessionsSql(db, filter);
    parts << oneToOne.sql << groups.sql;
    sql.binds += oneToOne.binds + groups.binds;
    sql.sql += QStringLiteral("SELECT month, form, sum(n), sum(n_minutes), sum(staff_minutes) "
                              "FROM (%1) AS parts GROUP BY month, form")
                   .arg(parts.join(QStringLiteral(" UNION ALL ")));

    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (auto r = db.exec(q, sql.sql, sql.binds); !r)
        return Result<QMap<QString, MonthSums>>(r.error());
    QMap<QString, MonthSums> out;
    while (q.next()) {
        MonthSums& m = out[q.value(0).toString()];
        const QString form = q.value(1).toString();
        if (form == toCode(SupportForm::Counselling)) {
            m.cafeVisits += q.value(2).toDouble();
        } else if (form == toCode(SupportForm::Virtual)) {
            m.virtualVisits += q.value(2).toDouble();
        } else if (form == toCode(SupportForm::Group)) {
            m.groupPresent += q.value(2).toDouble();
            m.groupPresentMinutes += q.value(3).toDouble();
            m.groupStaffMinutes += q.value(4).toDouble();
        }
    }
    return out;
}

Result<QList<MonthFigures>> monthFigures(const Database& db, const ReportFilter& filter,
                                         const EconomicModel& model) {
    if (Status valid = filter.validate(); !valid)
        return Result<QList<MonthFigures>>(valid.error());
    if (Status valid = model.validate(); !valid)
        return Result<QList<MonthFigures>>(valid.error());
    auto sums = monthSums(db, filter);
    if (!sums)
        return Result<QList<MonthFigures>>(sums.error());

    const double travelHours = model.travelMinutesPerVisit / 60.0;
    const double perVisit = model.travelSavingPerVisit();
    QList<MonthFigures> out;
    const QDate last(filter.to.year(), filter.to.month(), 1);
    for (QDate m(filter.from.year(), filter.from.month(), 1); m <= last; m = m.addMonths(1)) {
        const MonthSums s = sums->value(monthKey(m));
        MonthFigures f;
        f.month = m;
        f.cafe = s.cafeVisits * perVisit;
        f.virtualForm = s.virtualVisits * perVisit;
        // n x (duration + travel) - f x duration staff minutes, summed over the sessions.
        const double groupHours =
            (s.groupPresentMinutes + s.groupPresent * model.travelMinutesPerVisit -
             s.groupStaffMinutes) /
            60.0;
        f.group =
            groupHours * model.staffCostPerHour + s.groupPresent * model.kmPerVisit * model.kmRate;
        f.hours = (s.cafeVisits + s.virtualVisits) * travelHours + groupHours;
        f.km = (s.cafeVisits + s.virtualVisits + s.groupPresent) * model.kmPerVisit;
        const auto twelfth = [&](SupportForm form) {
            return formChosen(filter, form) ? model.target(form, m.year()) / 12.0 : 0.0;
        };
        f.cafeTarget = twelfth(SupportForm::Counselling);
        f.groupTarget = twelfth(SupportForm::Group);
        f.virtualTarget = twelfth(SupportForm::Virtual);
        out << f;
    }
    return out;
}

ReportColumn money(const char* key, const QString& label, bool targetLine = false,
                   bool plotted = true) {
    return {QLatin1String(key), label, ColumnType::Decimal, 0, plotted, targetLine};
}

QString modelSummary(const EconomicModel& model) {
    const QLocale l;
    return SavingsText::tr("Model: %1 kr. per staff hour, %2 min and %3 km per home visit, %4 kr. "
                           "per km (Settings ▸ Economy).")
        .arg(l.toString(model.staffCostPerHour, 'f', 2), l.toString(model.travelMinutesPerVisit),
             l.toString(model.kmPerVisit, 'f', 1), l.toString(model.kmRate, 'f', 2));
}

} // namespace

namespace reports {

Result<ReportTable> savingsPerMonth(const Database& db, const ReportFilter& filter) {
    auto model = EconomicModel::load(db);
    if (!model)
        return Result<ReportTable>(model.error());
    return savingsPerMonth(db, filter, *model);
}

Result<ReportTable> savingsPerMonth(const Database& db, const ReportFilter& filter,
                                    const EconomicModel& model) {
    auto months = monthFigures(db, filter, model);
    if (!months)
        return Result<ReportTable>(months.error());
    ReportTable t;
    t.key = QStringLiteral("savings.per_month");
    t.title = SavingsText::tr("Realised savings per month");
    t.description =
        SavingsText::tr("Staff time and travel saved by rådgivning (café), group and virtual "
                        "support compared with the same support given 1:1 at home, in kr. per "
                        "month, against a twelfth of the year's target for the forms chosen. ") +
        modelSummary(model);
    t.chart = ChartKind::StackedBar;
    t.valueAxis = SavingsText::tr("kr.");
    t.columns = {
        {QStringLiteral("month"), SavingsText::tr("Month"), ColumnType::Month, 0, true, false},
        money("cafe", SavingsText::tr("Café")),
        money("group", SavingsText::tr("Group")),
        money("virtual", SavingsText::tr("Virtual")),
        money("target", SavingsText::tr("Target"), true),
        {QStringLiteral("hours_saved"), SavingsText::tr("Hours saved"), ColumnType::Decimal, 1,
         false, false},
        money("km_saved", SavingsText::tr("Km saved"), false, false),
    };
    for (const MonthFigures& m : *months)
        t.rows << QVariantList{m.month,
                               reports::rounded(m.cafe, 2),
                               reports::rounded(m.group, 2),
                               reports::rounded(m.virtualForm, 2),
                               reports::rounded(m.cafeTarget + m.groupTarget + m.virtualTarget, 2),
                               reports::rounded(m.hours, 2),
                               reports::rounded(m.km, 2)};
    return t;
}

Result<ReportTable> savingsPerYear(const Database& db, const ReportFilter& filter) {
    auto model = EconomicModel::load(db);
    if (!model)
        return Result<ReportTable>(model.error());
    return savingsPerYear(db, filter, *model);
}

Result<ReportTable> savingsPerYear(const Database& db, const ReportFilter& filter,
                                   const EconomicModel& model) {
    auto months = monthFigures(db, filter, model);
    if (!months)
        return Result<ReportTable>(months.error());
    QMap<int, MonthFigures> years;
    for (const MonthFigures& m : *months) {
        MonthFigures& y = years[m.month.year()];
        y.cafe += m.cafe;
        y.group += m.group;
        y.virtualForm += m.virtualForm;
        y.cafeTarget += m.cafeTarget;
        y.groupTarget += m.groupTarget;
        y.virtualTarget += m.virtualTarget;
        y.hours += m.hours;
        y.km += m.km;
    }
    ReportTable t;
    t.key = QStringLiteral("savings.per_year");
    t.title = SavingsText::tr("Realised savings per year against the target");
    t.description =
        SavingsText::tr("Staff time and travel saved by rådgivning (café), group and virtual "
                        "support compared with the same support given 1:1 at home, in kr. per "
                        "year against the yearly targets. A year partly inside the period counts "
                        "only that part, and its target only the months inside it. ") +
        modelSummary(model);
    t.chart = ChartKind::Bar;
    t.valueAxis = SavingsText::tr("kr.");
    t.columns = {
        {QStringLiteral("year"), SavingsText::tr("Year"), ColumnType::Text, 0, true, false},
        money("cafe", SavingsText::tr("Café")),
        money("cafe_target", SavingsText::tr("Café target"), true),
        money("group", SavingsText::tr("Group")),
        money("group_target", SavingsText::tr("Group target"), true),
        money("virtual", SavingsText::tr("Virtual")),
        money("total", SavingsText::tr("Total"), false, false),
        money("total_target", SavingsText::tr("Total target"), false, false),
        {QStringLiteral("hours_saved"), SavingsText::tr("Hours saved"), ColumnType::Decimal, 1,
         false, false},
        money("km_saved", SavingsText::tr("Km saved"), false, false),
    };
    for (auto it = years.begin(); it != years.end(); ++it) {
        const MonthFigures& y = it.value();
        t.rows << QVariantList{QString::number(it.key()),
                               reports::rounded(y.cafe, 2),
                               reports::rounded(y.cafeTarget, 2),
                               reports::rounded(y.group, 2),
                               reports::rounded(y.groupTarget, 2),
                               reports::rounded(y.virtualForm, 2),
                               reports::rounded(y.cafe + y.group + y.virtualForm, 2),
                               reports::rounded(y.cafeTarget + y.groupTarget + y.virtualTarget, 2),
                               reports::rounded(y.hours, 2),
                               reports::rounded(y.km, 2)};
    }
    return t;
}

} // namespace reports

} // namespace bs
