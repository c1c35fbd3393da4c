// The appointment figures of ActivityReports.h: sessions, hours, no-shows and cancellations with
// their reasons, and travel. Each is one grouped query over the period's appointments.
#include "ActivityReports.h"

#include "ActivitySupport.h"
#include "domain/Appointment.h"
#include "storage/ReportQueries.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <algorithm>
#include <array>

namespace bs::reports {

namespace {

QString is(Outcome outcome) {
    return QStringLiteral("outcome = '%1'").arg(toCode(outcome));
}

QString is(const char* alias, Outcome outcome) {
    return QStringLiteral("%1.%2").arg(QLatin1String(alias), is(outcome));
}

// The counts behind a no-show row: appointments with a registered outcome and each kind of
// non-delivery, read from four columns selected by outcomeCountsSql().
struct OutcomeCounts {
    qint64 registered = 0;
    qint64 noShows = 0;
    qint64 byCitizen = 0;
    qint64 byStaff = 0;
    void add(const QSqlQuery& q, int firstColumn);
};

void OutcomeCounts::add(const QSqlQuery& q, int firstColumn) {
    registered += q.value(firstColumn).toLongLong();
    noShows += q.value(firstColumn + 1).toLongLong();
    byCitizen += q.value(firstColumn + 2).toLongLong();
    byStaff += q.value(firstColumn + 3).toLongLong();
}

// Over the rows of appointmentFigures().
QString outcomeCountsSql() {
    return QStringList{nIf(QStringLiteral("outcome <> '%1'").arg(toCode(Outcome::Planned))),
                       nIf(is(Outcome::NoShow)), nIf(is(Outcome::CancelledByCitizen)),
                       nIf(is(Outcome::CancelledByStaff))}
        .join(QStringLiteral(", "));
}

QList<ReportColumn> outcomeColumns(const ReportColumn& category) {
    return {
        category,
        {QStringLiteral("appointments"), ActivityText::tr("Appointments with an outcome"),
         ColumnType::Integer, 0, false},
        {QStringLiteral("no_shows"), ActivityText::tr("No-shows"), ColumnType::Integer, 0, false},
        {QStringLiteral("cancelled_by_citizen"), ActivityText::tr("Cancelled by the citizen"),
         ColumnType::Integer, 0, false},
        {QStringLiteral("cancelled_by_staff"), ActivityText::tr("Cancelled by staff"),
         ColumnType::Integer, 0, false},
        {QStringLiteral("no_show_rate"), ActivityText::tr("No-show rate"), ColumnType::Percent, 1},
        {QStringLiteral("cancellation_rate"), ActivityText::tr("Cancellation rate"),
         ColumnType::Percent, 1}};
}

QVariantList outcomeRow(const QVariant& category, const OutcomeCounts& c) {
    return {category,
            c.registered,
            c.noShows,
            c.byCitizen,
            c.byStaff,
            percent(c.noShows, c.registered),
            percent(c.byCitizen + c.byStaff, c.registered)};
}

// What the per-form figures count, for one support form.
struct FormTotals {
    qint64 appointments = 0;
    qint64 delivered = 0;
    qint64 minutes = 0;
    qint64 deliveredMinutes = 0;
    OutcomeCounts outcomes;
};

Result<std::array<FormTotals, 4>> formTotals(const Database& db, const ReportFilter& filter) {
    const SqlCondition figures = appointmentFigures(db, filter);
    const QString sql =
        QStringLiteral("SELECT form, sum(n), %1, sum(minutes), sum(CASE WHEN %2 THEN minutes ELSE "
                       "0 END), %3 FROM (%4) AS figures GROUP BY form")
            .arg(nIf(is(Outcome::Completed)), is(Outcome::Completed), outcomeCountsSql(),
                 figures.sql);
    std::array<FormTotals, 4> out{};
    const Status s = forEachRow(db, sql, figures.binds, [&](const QSqlQuery& q) {
        const int i = formIndex(q.value(0).toString());
        if (i < 0)
            return;
        FormTotals& f = out[std::size_t(i)];
        f.appointments = q.value(1).toLongLong();
        f.delivered = q.value(2).toLongLong();
        f.minutes = q.value(3).toLongLong();
        f.deliveredMinutes = q.value(4).toLongLong();
        f.outcomes.add(q, 5);
    });
    if (!s)
        return Result<std::array<FormTotals, 4>>(s.error());
    return out;
}

QString hoursAxis() {
    return ActivityText::tr("Hours");
}

} // namespace

Result<ReportTable> sessions(const Database& db, const ReportFilter& filter) {
    auto totals = formTotals(db, filter);
    if (!totals)
        return Result<ReportTable>(totals.error());
    ReportTable t = activityTable(
        ChartId::Sessions, ChartKind::Bar,
        ActivityText::tr(
            "Appointments in the period per support form, whatever their outcome, and how many "
            "were delivered (completed). The delivery rate is delivered out of the appointments "
            "with a registered outcome."),
        ActivityText::tr("Sessions"));
    t.columns = {formColumn(),
                 {QStringLiteral("planned"), ActivityText::tr("Planned"), ColumnType::Integer},
                 {QStringLiteral("delivered"), ActivityText::tr("Delivered"), ColumnType::Integer},
                 {QStringLiteral("delivery_rate"), ActivityText::tr("Delivery rate"),
                  ColumnType::Percent, 1, false}};
    const QList<SupportForm> forms = allValues<SupportForm>();
    for (qsizetype i = 0; i < forms.size(); ++i) {
        const FormTotals& f = (*totals)[std::size_t(i)];
        t.rows << QVariantList{label(forms[i]), f.appointments, f.delivered,
                               percent(f.delivered, f.outcomes.registered)};
    }
    return t;
}

Result<ReportTable> hours(const Database& db, const ReportFilter& filter) {
    auto totals = formTotals(db, filter);
    if (!totals)
        return Result<ReportTable>(totals.error());
    ReportTable t = activityTable(
        ChartId::Hours, ChartKind::Bar,
        ActivityText::tr(
            "The booked duration of the appointments in the period per support form: planned "
            "counts every appointment whatever its outcome, delivered only the completed ones."),
        hoursAxis());
    t.columns = {formColumn(),
                 {QStringLiteral("planned_hours"), ActivityText::tr("Planned hours"),
                  ColumnType::Decimal, 1},
                 {QStringLiteral("delivered_hours"), ActivityText::tr("Delivered hours"),
                  ColumnType::Decimal, 1}};
    const QList<SupportForm> forms = allValues<SupportForm>();
    for (qsizetype i = 0; i < forms.size(); ++i) {
        const FormTotals& f = (*totals)[std::size_t(i)];
        t.rows << QVariantList{label(forms[i]), hoursOf(f.minutes), hoursOf(f.deliveredMinutes)};
    }
    return t;
}

Result<ReportTable> noShowsByForm(const Database& db, const ReportFilter& filter) {
    auto totals = formTotals(db, filter);
    if (!totals)
        return Result<ReportTable>(totals.error());
    ReportTable t = activityTable(
        ChartId::NoShowsByForm, ChartKind::Bar,
        ActivityText::tr(
            "No-shows and cancellations (by the citizen or by staff) out of the appointments in "
            "the period with a registered outcome, per support form."),
        ActivityText::tr("Percent of appointments"));
    t.columns = outcomeColumns(formColumn());
    const QList<SupportForm> forms = allValues<SupportForm>();
    for (qsizetype i = 0; i < forms.size(); ++i)
        t.rows << outcomeRow(label(forms[i]), (*totals)[std::size_t(i)].outcomes);
    return t;
}

Result<ReportTable> noShowsBySite(const Database& db, const ReportFilter& filter) {
    const SqlCondition figures = appointmentFigures(db, filter);
    QHash<QString, OutcomeCounts> bySite; // site id, "" without a site
    Status s = forEachRow(
        db,
        QStringLiteral("SELECT own_site_id, %1 FROM (%2) AS figures GROUP BY own_site_id "
                       "HAVING sum(n) > 0")
            .arg(outcomeCountsSql(), figures.sql),
        figures.binds, [&](const QSqlQuery& q) { bySite[q.value(0).toString()].add(q, 1); });
    if (!s)
        return Result<ReportTable>(s.error());

    ReportTable t = activityTable(
        ChartId::NoShowsBySite, ChartKind::Bar,
        ActivityText::tr(
            "No-shows and cancellations (by the citizen or by staff) out of the appointments in "
            "the period with a registered outcome, per site: the appointment's site or, without "
            "one, the citizen's."),
        ActivityText::tr("Percent of appointments"));
    t.columns =
        outcomeColumns({QStringLiteral("site"), ActivityText::tr("Site"), ColumnType::Text});
    const SqlCondition sites = filter.siteColumn(QStringLiteral("id"));
    s = forEachRow(db,
                   QStringLiteral("SELECT id, name, deleted FROM site WHERE %1 "
                                  "ORDER BY name COLLATE danish, id")
                       .arg(sites.sql),
                   sites.binds, [&](const QSqlQuery& q) {
                       const QString id = q.value(0).toString();
                       if (q.value(2).toBool() && !bySite.contains(id))
                           return; // a deleted site shows only while it has appointments
                       t.rows << outcomeRow(q.value(1).toString(), bySite.value(id));
                   });
    if (!s)
        return Result<ReportTable>(s.error());
    if (bySite.contains(QString()))
        t.rows << outcomeRow(ActivityText::tr("No site"), bySite.value(QString()));
    return t;
}

Result<ReportTable> cancellationReasons(const Database& db, const ReportFilter& filter) {
    SqlCondition where = appointmentsInPeriod(filter, "a");
    where &= {AppointmentMonths::notDeliveredSql(QStringLiteral("a.")), {}};
    struct Reason {
        QString label;
        QString firstWritten;
        OutcomeCounts counts;
        qint64 total() const { return counts.noShows + counts.byCitizen + counts.byStaff; }
    };
    // Grouped by the text as written; trimmed and case-folded here (no SQL spelling of trim
    // with a character set is common to both engines).
    QHash<QString, Reason> reasons; // by the case-folded text
    const Status s = forEachRow(
        db,
        QStringLiteral("SELECT a.outcome_reason, min(COALESCE(a.outcome_at_utc, a.start_utc)), 0, "
                       "%1 FROM appointment a WHERE %2 GROUP BY a.outcome_reason")
            .arg(QStringList{countIf(is("a", Outcome::NoShow)),
                             countIf(is("a", Outcome::CancelledByCitizen)),
                             countIf(is("a", Outcome::CancelledByStaff))}
                     .join(QStringLiteral(", ")),
                 where.sql),
        where.binds, [&](const QSqlQuery& q) {
            const QString text = q.value(0).toString().simplified();
            const QString written = q.value(1).toString();
            Reason& r = reasons[text.toCaseFolded()];
            if (r.firstWritten.isEmpty() || written < r.firstWritten) {
                r.label = text;
                r.firstWritten = written;
            }
            r.counts.add(q, 2);
        });
    if (!s)
        return Result<ReportTable>(s.error());

    QList<Reason> sorted = reasons.values();
    for (Reason& r : sorted)
        if (r.label.isEmpty())
            r.label = ActivityText::tr("No reason given");
    QCollator collator{QLocale(QLocale::Danish, QLocale::Denmark)};
    std::sort(sorted.begin(), sorted.end(), [&](const Reason& a, const Reason& b) {
        if (a.total() != b.total())
            return a.total() > b.total();
        return collator.compare(a.label, b.label) < 0;
    });
    constexpr qsizetype kShown = 15;
    if (sorted.size() > kShown) {
        Reason other{ActivityText::tr("Other reasons"), {}, {}};
        for (qsizetype i = kShown; i < sorted.size(); ++i) {
            other.counts.noShows += sorted[i].counts.noShows;
            other.counts.byCitizen += sorted[i].counts.byCitizen;
            other.counts.byStaff += sorted[i].counts.byStaff;
        }
        sorted.resize(kShown);
        sorted << other;
    }

    ReportTable t = activityTable(
        ChartId::CancellationReasons, ChartKind::StackedBar,
        ActivityText::tr(
            "The reasons registered for no-shows and cancellations in the period, the same text "
            "in upper or lower case counted together; the %1 most frequent, the rest as other "
            "reasons.")
            .arg(kShown),
        ActivityText::tr("Appointments"));
    t.columns = {
        {QStringLiteral("reason"), ActivityText::tr("Reason"), ColumnType::Text},
        {QStringLiteral("no_shows"), ActivityText::tr("No-shows"), ColumnType::Integer},
        {QStringLiteral("cancelled_by_citizen"), ActivityText::tr("Cancelled by the citizen"),
         ColumnType::Integer},
        {QStringLiteral("cancelled_by_staff"), ActivityText::tr("Cancelled by staff"),
         ColumnType::Integer},
        {QStringLiteral("total"), ActivityText::tr("Total"), ColumnType::Integer, 0, false}};
    for (const Reason& r : sorted)
        t.rows << QVariantList{r.label, r.counts.noShows, r.counts.byCitizen, r.counts.byStaff,
                               r.total()};
    return t;
}

Result<ReportTable> travel(const Database& db, const ReportFilter& filter) {
    ReportTable t = activityTable(
        ChartId::Travel, ChartKind::Bar,
        ActivityText::tr(
            "Delivered (completed) individual visits per month with the travel time (both ways) "
            "and kilometres registered on them."),
        ActivityText::tr("Hours and km"));
    t.columns = {
        {QStringLiteral("month"), ActivityText::tr("Month"), ColumnType::Month},
        {QStringLiteral("visits"), ActivityText::tr("Visits"), ColumnType::Integer, 0, false},
        {QStringLiteral("travel_hours"), ActivityText::tr("Travel hours"), ColumnType::Decimal, 1},
        {QStringLiteral("km"), ActivityText::tr("Kilometres"), ColumnType::Decimal, 1}};
    t.rows = monthRows(filter, t.columns);
    const SqlCondition figures = appointmentFigures(db, filter, true);
    const Status s = forEachRow(
        db,
        QStringLiteral("SELECT month, sum(n), sum(travel_minutes), sum(travel_km) FROM (%1) AS "
                       "figures WHERE form = ? AND outcome = ? GROUP BY month")
            .arg(figures.sql),
        figures.binds + QVariantList{toCode(SupportForm::Individual), toCode(Outcome::Completed)},
        [&](const QSqlQuery& q) {
            const int row = monthRow(filter, q.value(0).toString());
            if (row < 0)
                return;
            t.rows[row][1] = q.value(1).toLongLong();
            t.rows[row][2] = hoursOf(q.value(2).toLongLong());
            t.rows[row][3] = rounded(q.value(3).toDouble(), 1);
        });
    if (!s)
        return Result<ReportTable>(s.error());
    return t;
}

} // namespace bs::reports
