#pragma once
// A small calendar made through the Scheduler, across both summer-time changes of 2025
// (30 March and 26 October), for the calendar command's and the iCalendar writer's tests.
//
//   visits   Åse Ærø Madsen, individual, MH, Mondays 10:00 (60 min), 17 Mar - 21 Apr 2025,
//            COUNT 6; 17 Mar completed, 24 Mar no-show, 7 Apr cancelled by the citizen,
//            14 Apr moved to Tuesday 15 Apr 13:00. A long Danish place, so lines fold.
//   calls    Åse, virtual by phone, MH, every other Thursday 14:00 (30 min),
//            16 Oct - 27 Nov 2025 (until)
//   sessions "Yngre 20+" at Alunden, group, SØ, Wednesdays 10:00 (120 min), 19 Mar 2025, COUNT 4
//   walk-in  Bent Østergård, rådgivning at AUC Grenaa, SØ, Tue 25 Mar 2025 11:00 (45 min)
//   cancelled walk-in  Bent, Tue 1 Apr 2025 11:00, cancelled by staff
#include "CliTestSupport.h"
#include "services/Scheduler.h"

namespace bs::clitest {

struct CalendarFixture {
    Site alunden, auc;
    Staff mh, so;
    Citizen aase, bent;
    SupportGroup young;
    AppointmentSeries visits, calls, sessions;
    QList<Appointment> visitOccurrences; // as created
    Appointment moved, cancelled, walkIn, cancelledWalkIn;
};

inline QString longPlace() {
    return QString::fromUtf8("Hjemme hos borgeren: indgang fra gården ved cykelskuret på "
                             "Æblehavens østlige side, 2. sal, ring på hos Ærø/Østergård");
}

template <typename T> T valueOf(Result<T> r) {
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    return std::move(r).value();
}

inline CalendarFixture buildCalendarFixture(TestDb& t) {
    CalendarFixture f;
    f.alunden = t.site(QStringLiteral("Alunden"));
    f.auc = t.site(QStringLiteral("AUC Grenaa"));
    f.mh = t.staff(QStringLiteral("MH"), QStringLiteral("Mette Holm"));
    f.so = t.staff(QString::fromUtf8("SØ"), QString::fromUtf8("Søren Ørum"));
    f.aase = t.citizen(QString::fromUtf8("Åse Ærø Madsen"), f.auc.meta.id);
    f.bent = t.citizen(QString::fromUtf8("Bent Østergård"), f.alunden.meta.id);
    const Grant aaseGrant = t.grant(f.aase, LegalBasis::P85, QDate(2025, 1, 1));
    t.allocation(aaseGrant, SupportForm::Individual, QDate(2025, 1, 1));
    t.allocation(aaseGrant, SupportForm::Virtual, QDate(2025, 10, 1));
    const Grant bentGrant = t.grant(f.bent, LegalBasis::P85, QDate(2025, 1, 1));
    f.young = t.group(QStringLiteral("Yngre 20+"), f.alunden, f.so, QDate(2025, 1, 1));
    t.allocation(bentGrant, SupportForm::Group, QDate(2025, 1, 1), {}, f.young.meta.id);
    t.allocation(bentGrant, SupportForm::Counselling, QDate(2025, 1, 1));

    Scheduler scheduler(t.reg());

    f.visits.form = SupportForm::Individual;
    f.visits.staffId = f.mh.meta.id;
    f.visits.citizenId = f.aase.meta.id;
    f.visits.place = longPlace();
    f.visits.firstDate = QDate(2025, 3, 17);
    f.visits.localStart = QTime(10, 0);
    f.visits.durationMinutes = 60;
    f.visits.count = 6;
    Appointment visit;
    visit.form = SupportForm::Individual;
    visit.travelMinutes = 30;
    visit.travelKm = 14.5;
    f.visitOccurrences = valueOf(scheduler.createSeries(f.visits, visit));
    REQUIRE(f.visitOccurrences.size() == 6);
    requireOk(
        scheduler.registerOutcome(f.visitOccurrences[0], Outcome::Completed, {}, f.mh.meta.id));
    requireOk(scheduler.registerOutcome(f.visitOccurrences[1], Outcome::NoShow,
                                        QStringLiteral("Ikke hjemme"), f.mh.meta.id));
    f.cancelled = f.visitOccurrences[3];
    requireOk(scheduler.cancelOne(f.cancelled, Outcome::CancelledByCitizen, QStringLiteral("Syg"),
                                  f.mh.meta.id));
    f.moved = f.visitOccurrences[4];
    f.moved.startUtc = localToUtc(QDate(2025, 4, 15), QTime(13, 0));
    REQUIRE(scheduler.changeOne(f.moved).ok());

    f.calls.form = SupportForm::Virtual;
    f.calls.staffId = f.mh.meta.id;
    f.calls.citizenId = f.aase.meta.id;
    f.calls.place = QStringLiteral("Telefon");
    f.calls.firstDate = QDate(2025, 10, 16);
    f.calls.localStart = QTime(14, 0);
    f.calls.durationMinutes = 30;
    f.calls.intervalWeeks = 2;
    f.calls.until = QDate(2025, 11, 27);
    Appointment call;
    call.form = SupportForm::Virtual;
    call.channel = ContactPreference::Phone;
    REQUIRE(valueOf(scheduler.createSeries(f.calls, call)).size() == 4);

    f.sessions.form = SupportForm::Group;
    f.sessions.staffId = f.so.meta.id;
    f.sessions.groupId = f.young.meta.id;
    f.sessions.siteId = f.alunden.meta.id;
    f.sessions.place = QString::fromUtf8("Mødelokalet");
    f.sessions.firstDate = QDate(2025, 3, 19);
    f.sessions.localStart = QTime(10, 0);
    f.sessions.durationMinutes = 120;
    f.sessions.count = 4;
    Appointment session;
    session.form = SupportForm::Group;
    session.topic = QString::fromUtf8("Økonomi og budget");
    session.learningGoal = QString::fromUtf8("At kunne lægge et månedsbudget");
    REQUIRE(valueOf(scheduler.createSeries(f.sessions, session)).size() == 4);

    f.walkIn.form = SupportForm::Counselling;
    f.walkIn.staffId = f.so.meta.id;
    f.walkIn.citizenId = f.bent.meta.id;
    f.walkIn.siteId = f.auc.meta.id;
    f.walkIn.startUtc = localToUtc(QDate(2025, 3, 25), QTime(11, 0));
    f.walkIn.durationMinutes = 45;
    f.walkIn.topic = QStringLiteral("MitID");
    REQUIRE(scheduler.book(f.walkIn).ok());
    requireOk(scheduler.registerOutcome(f.walkIn, Outcome::Completed, {}, f.so.meta.id));

    f.cancelledWalkIn = f.walkIn;
    f.cancelledWalkIn.meta = SyncMeta{};
    f.cancelledWalkIn.outcome = Outcome::Planned;
    f.cancelledWalkIn.outcomeBy = {};
    f.cancelledWalkIn.outcomeAtUtc = {};
    f.cancelledWalkIn.startUtc = localToUtc(QDate(2025, 4, 1), QTime(11, 0));
    REQUIRE(scheduler.book(f.cancelledWalkIn).ok());
    requireOk(scheduler.cancelOne(f.cancelledWalkIn, Outcome::CancelledByStaff,
                                  QStringLiteral("Sygdom"), f.so.meta.id));
    return f;
}

} // namespace bs::clitest
