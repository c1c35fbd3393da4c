// The Ledelse appointment figures read whole months from appointment_month, which triggers keep in
// step with the appointments. These tests recount it from the appointments after every kind of
// write (booking, outcomes, moves across a month boundary, deletion, a citizen's or group's site
// changing, a sync import) and after the migration filled it for existing rows.
#include "reports/LedelseCharts.h"
#include "services/Scheduler.h"
#include "storage/ReportQueries.h"
#include "support/Expect.h"
#include "support/SyncSites.h"
#include "support/TestDatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace bs;
using namespace bs::test;

namespace {

// The rows of a query as text; km to three decimals (sums of doubles in another order).
QStringList rowsOf(const Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    const auto ran = db.exec(q, sql);
    INFO(ran.message().toStdString());
    REQUIRE(ran.ok());
    QStringList out;
    while (q.next()) {
        QStringList cells;
        const int n = q.record().count();
        for (int i = 0; i < n - 1; ++i)
            cells << q.value(i).toString();
        cells << QString::number(q.value(n - 1).toDouble(), 'f', 3);
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

// Both summaries equal a recount from the appointments; returns appointment_month's month rows
// (its year rows are checked by the recount too).
QStringList requireInStep(const Database& db) {
    const QStringList table = rowsOf(db, AppointmentMonths::tableSql());
    CHECK(table == rowsOf(db, AppointmentMonths::recountSql(db.sql())));
    CHECK(rowsOf(db, AppointmentMonths::citizenTableSql()) ==
          rowsOf(db, AppointmentMonths::citizenRecountSql(db.sql())));
    QStringList months;
    for (const QString& row : table)
        if (row.indexOf(QLatin1Char('|')) == 7)
            months << row;
    return months;
}

Appointment visit(const Staff& staff, const Citizen& citizen, QDate day, QTime start) {
    Appointment a;
    a.form = SupportForm::Individual;
    a.staffId = staff.meta.id;
    a.citizenId = citizen.meta.id;
    a.place = s("hjemme");
    a.startUtc = localToUtc(day, start);
    a.durationMinutes = 45;
    a.travelMinutes = 20;
    a.travelKm = 7.5;
    return a;
}

struct World {
    Registry& reg;
    Builders b{reg};
    Scheduler scheduler{reg};
    Site north = b.site(s("Nord"));
    Site south = b.site(s("Syd"));
    Staff mh = b.staff(s("MH"), s("Mette Holm"));
    Citizen jens = citizenAt(s("Jens Ågård"), north.meta.id);
    Citizen karen = b.citizen(s("Karen Ø"));
    SupportGroup group = b.group();

    explicit World(Registry& r) : reg(r) {}

    Citizen citizenAt(const QString& name, const QUuid& site) { return b.citizen(name, site); }
    Appointment booked(Appointment a) {
        auto w = scheduler.book(a);
        INFO(w.message().toStdString());
        REQUIRE(w.ok());
        return a;
    }
    // A group session without a site of its own: it counts under the group's site.
    Appointment session(QDate day) {
        Appointment a;
        a.form = SupportForm::Group;
        a.staffId = group.facilitator1;
        a.groupId = group.meta.id;
        a.startUtc = localToUtc(day, QTime(13, 0));
        a.durationMinutes = 120;
        return booked(a);
    }
};

} // namespace

TEST_CASE("The monthly appointment summary follows every write", "[reports][summary]") {
    TestDatabase t;
    World w(t.reg());
    CHECK(requireInStep(*t.db).isEmpty());

    // 23:30 on 31 October is October locally and in UTC; 00:30 on 1 November is November
    // locally but still 31 October in UTC.
    Appointment late = w.booked(visit(w.mh, w.jens, QDate(2025, 10, 31), QTime(23, 30)));
    Appointment early = w.booked(visit(w.mh, w.jens, QDate(2025, 11, 1), QTime(0, 30)));
    Appointment homeless = w.booked(visit(w.mh, w.karen, QDate(2025, 11, 3), QTime(10, 0)));
    Appointment session = w.session(QDate(2025, 11, 4));
    QStringList rows = requireInStep(*t.db);
    REQUIRE(rows.size() == 4);
    CHECK(rows.filter(QStringLiteral("2025-10|individual")).size() == 1);
    CHECK(rows.filter(QStringLiteral("2025-11|individual")).size() == 2);

    requireOk(w.scheduler.registerOutcome(late, Outcome::Completed, {}, w.mh.meta.id));
    requireOk(w.scheduler.registerOutcome(early, Outcome::NoShow, s("Syg"), w.mh.meta.id));
    requireOk(
        w.scheduler.cancelOne(homeless, Outcome::CancelledByCitizen, s("Ferie"), w.mh.meta.id));
    requireInStep(*t.db);

    // Moved across the month boundary, and longer.
    early.startUtc = localToUtc(QDate(2025, 10, 30), QTime(9, 0));
    early.durationMinutes = 90;
    REQUIRE(w.scheduler.changeOne(early).ok());
    rows = requireInStep(*t.db);
    CHECK(rows.filter(QStringLiteral("2025-11|individual")).size() == 1);

    // The citizen and the group move to another site: their appointments without a site follow.
    w.jens.siteId = w.south.meta.id;
    requireOk(t.reg().saveCitizen(w.jens));
    w.group.siteId = w.north.meta.id;
    requireOk(t.reg().saveGroup(w.group));
    rows = requireInStep(*t.db);
    const QString south = w.south.meta.id.toString(QUuid::WithoutBraces);
    CHECK(rows.filter(QStringLiteral("|%1|%1|").arg(south)).size() == 2);

    // Deleted (a flag) and erased (the row removed).
    requireOk(t.reg().setDeleted(session, true));
    requireInStep(*t.db);
    requireOk(t.db->execSql(QStringLiteral("DELETE FROM appointment WHERE id = ?"),
                            {homeless.meta.id.toString(QUuid::WithoutBraces)}));
    rows = requireInStep(*t.db);
    CHECK(rows.size() == 2); // Jens's two visits in October: completed, and a no-show
}

TEST_CASE("A sync import keeps the receiving site's summary in step", "[reports][summary]") {
    SyncSite a(s("Alunden"));
    SyncSite b(s("Bakken"));
    World w(a.reg());
    Appointment visit1 = w.booked(visit(w.mh, w.jens, QDate(2025, 10, 7), QTime(9, 0)));
    w.booked(visit(w.mh, w.karen, QDate(2025, 11, 4), QTime(9, 0)));
    w.session(QDate(2025, 11, 5));
    requireOk(w.scheduler.registerOutcome(visit1, Outcome::Completed, {}, w.mh.meta.id));
    a.sendTo(b);
    const QStringList atB = requireInStep(*b.db);
    CHECK(atB.size() == 3);
    CHECK(atB == requireInStep(*a.db));

    // A change made at B (the citizen moves site, an outcome changes) goes back to A.
    Citizen jens = value(b.reg().citizen(w.jens.meta.id));
    jens.siteId = w.south.meta.id;
    requireOk(b.reg().saveCitizen(jens));
    Scheduler atBakken(b.reg());
    Appointment moved = visit1;
    requireOk(atBakken.registerOutcome(moved, Outcome::NoShow, s("Glemt"), w.mh.meta.id));
    b.sendTo(a);
    CHECK(requireInStep(*a.db) == requireInStep(*b.db));
}

// As in a sync import: references are checked at commit (deferred), so the child comes first.
TEST_CASE("An appointment that arrives before its citizen is counted at the citizen's site",
          "[reports][summary]") {
    TestDatabase t;
    World w(t.reg());
    const QString citizen = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString stamp = QStringLiteral("2025-10-01T08:00:00.000Z");
    requireOk(t.db->transaction([&]() -> Status {
        if (auto s =
                t.db->execSql(t.db->isServer() ? QStringLiteral("SET CONSTRAINTS ALL DEFERRED")
                                               : QStringLiteral("PRAGMA defer_foreign_keys = ON"));
            !s)
            return s;
        if (auto s = t.db->execSql(
                QStringLiteral("INSERT INTO appointment (id, form, staff_id, citizen_id, "
                               "start_utc, duration_minutes, channel, outcome, created_utc, "
                               "modified_utc, modified_by) VALUES (?, 'individual', ?, ?, ?, 60, "
                               "'in_person', 'completed', ?, ?, 'test')"),
                {QUuid::createUuid().toString(QUuid::WithoutBraces),
                 w.mh.meta.id.toString(QUuid::WithoutBraces), citizen, stamp, stamp, stamp});
            !s)
            return s;
        return t.db->execSql(
            QStringLiteral("INSERT INTO citizen (id, name, site_id, target_group, status, "
                           "virtual_contact, created_utc, modified_utc, modified_by) VALUES (?, "
                           "'Ny', ?, 'social_psychiatry', 'active', 'video', ?, ?, 'test')"),
            {citizen, w.south.meta.id.toString(QUuid::WithoutBraces), stamp, stamp});
    }));
    const QStringList rows = requireInStep(*t.db);
    REQUIRE(rows.size() == 1);
    const QString south = w.south.meta.id.toString(QUuid::WithoutBraces);
    CHECK(rows[0].contains(QStringLiteral("|%1|%1|").arg(south)));
}

TEST_CASE("The schema update fills the summary for the appointments already there",
          "[reports][summary]") {
    Database::Options before;
    before.migrateTo = 10;
    TestDatabase t(before);
    World w(t.reg());
    w.booked(visit(w.mh, w.jens, QDate(2025, 10, 7), QTime(22, 30)));
    w.booked(visit(w.mh, w.karen, QDate(2025, 11, 4), QTime(9, 0)));
    w.session(QDate(2025, 11, 5));
    t.registry.reset();
    t.db.reset();

    auto reopened = Database::open(t.location, t.clock);
    INFO(reopened.message().toStdString());
    REQUIRE(reopened.ok());
    REQUIRE(reopened.value()->schemaVersion() == Database::latestSchemaVersion());
    CHECK(requireInStep(*reopened.value()).size() == 3);
}

TEST_CASE("Charts over whole months and over part months agree with the appointments",
          "[reports][summary]") {
    TestDatabase t;
    World w(t.reg());
    for (const QDate day : {QDate(2024, 1, 1), QDate(2024, 6, 30), QDate(2024, 12, 31)}) {
        Appointment a = w.booked(visit(w.mh, w.jens, day, QTime(23, 30)));
        requireOk(w.scheduler.registerOutcome(a, Outcome::Completed, {}, w.mh.meta.id));
    }
    for (int day = 1; day <= 28; day += 3) {
        Appointment a = w.booked(visit(w.mh, w.jens, QDate(2025, 9, day), QTime(10, 0)));
        requireOk(w.scheduler.registerOutcome(a, day % 2 ? Outcome::Completed : Outcome::NoShow,
                                              s("Syg"), w.mh.meta.id));
        w.booked(visit(w.mh, w.karen, QDate(2025, 10, day), QTime(23, 30)));
    }
    // Whole September and October from the summary, against the middle of each month (all
    // from the appointments) added up.
    ReportFilter whole;
    whole.from = QDate(2025, 9, 1);
    whole.to = QDate(2025, 10, 31);
    ReportFilter first = whole;
    first.to = QDate(2025, 9, 15);
    ReportFilter second = whole;
    second.from = QDate(2025, 9, 16);
    // Appointments per row label: from the summary for the whole period, and added up from
    // the appointments over its two halves.
    const auto counts = [&](ChartId id, const ReportFilter& filter) {
        QHash<QString, qint64> out;
        for (const QVariantList& row : value(computeChart(*t.db, id, filter)).rows)
            out[row[0].toString()] += row[1].toLongLong();
        return out;
    };
    // And over 2024 (a whole year: its year rows) to October 2025, against two parts.
    ReportFilter years = whole;
    years.from = QDate(2023, 12, 31);
    ReportFilter upTo2025 = years;
    upTo2025.to = QDate(2025, 1, 2);
    ReportFilter rest = years;
    rest.from = QDate(2025, 1, 3);
    for (const ChartId id : {ChartId::Sessions, ChartId::NoShowsBySite}) {
        for (const auto& [all, a, b] :
             {std::tuple{whole, first, second}, std::tuple{years, upTo2025, rest}}) {
            INFO(chartInfo(id).code << " from " << all.from.toString().toStdString());
            QHash<QString, qint64> halves = counts(id, a);
            for (auto [label, n] : counts(id, b).asKeyValueRange())
                halves[label] += n;
            const QHash<QString, qint64> together = counts(id, all);
            for (auto [label, n] : together.asKeyValueRange())
                CHECK(halves.value(label) == n);
            CHECK(together.size() >= 1);
        }
    }
    // 2024's three completed visits, from the year rows.
    CHECK(value(computeChart(*t.db, ChartId::Sessions, years)).rows[0][2].toLongLong() == 3 + 5);
    // Citizens seen: Jens in September (completed visits), from the summary and from the
    // appointments alike.
    const ReportTable caseload = value(computeChart(*t.db, ChartId::Caseload, whole));
    REQUIRE(caseload.rows.size() == 1);
    CHECK(caseload.rows[0][2].toLongLong() == 1);
    CHECK(value(computeChart(*t.db, ChartId::Caseload, first)).rows[0][2].toLongLong() == 1);
    const ReportTable sessions = value(computeChart(*t.db, ChartId::Sessions, whole));
    CHECK(sessions.rows[0][1].toLongLong() == 20); // individual: 10 visits a month
    const ReportTable travel = value(computeChart(*t.db, ChartId::Travel, whole));
    REQUIRE(travel.rows.size() == 2);
    CHECK(travel.rows[0][1].toLongLong() == 5); // the completed September visits
    CHECK(travel.rows[0][3].toDouble() == Approx(37.5));
    CHECK(travel.rows[1][1].toLongLong() == 0); // October's are still planned
}
