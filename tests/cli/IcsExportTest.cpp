// The iCalendar writer on its own: folding of long Danish text, series clipped or whole, every
// kind of exception, and initials instead of names.
#include "services/IcsExport.h"
#include "CliTestSupport.h"
#include "IcsTestSupport.h"
#include "services/Scheduler.h"

using namespace bs;
using namespace bs::clitest;
using namespace bs::icstest;

namespace {

template <typename T> T valueOf(Result<T> r) {
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    return std::move(r).value();
}

struct IcsFixture {
    TestDb t;
    Scheduler scheduler{t.reg()};
    Staff staff = t.staff(QStringLiteral("KB"), QStringLiteral("Karsten Bay"));
    Staff other = t.staff(QStringLiteral("PA"), QStringLiteral("Pernille Aaby"));
    Citizen citizen;
    AppointmentSeries series;
    QList<Appointment> occurrences;

    // Every other Tuesday 09:30 from 7 Jan 2025, eight times (to 15 Apr, across 30 March).
    explicit IcsFixture(const QString& name = QString::fromUtf8("Øjvind Aakjær")) {
        citizen = t.citizen(name);
        series.form = SupportForm::Individual;
        series.staffId = staff.meta.id;
        series.citizenId = citizen.meta.id;
        series.place = QStringLiteral("Hjemme hos borgeren");
        series.firstDate = QDate(2025, 1, 7);
        series.localStart = QTime(9, 30);
        series.durationMinutes = 90;
        series.intervalWeeks = 2;
        series.count = 8;
        Appointment visit;
        visit.form = SupportForm::Individual;
        occurrences = valueOf(scheduler.createSeries(series, visit));
        REQUIRE(occurrences.size() == 8);
    }

    QList<Appointment> stored(QDate from, QDate to, const CalendarFilter& filter = {}) {
        return valueOf(scheduler.appointments(localToUtc(from, QTime(0, 0)),
                                              localToUtc(to.addDays(1), QTime(0, 0)), filter));
    }

    QByteArray ics(QDate from, QDate to, bool withNames = false,
                   const CalendarFilter& filter = {}) {
        const CalendarNames names = valueOf(CalendarNames::load(t.reg()));
        IcsOptions options;
        options.from = from;
        options.to = to;
        options.withNames = withNames;
        options.stampUtc = t.clock.nowUtc();
        return valueOf(IcsExport::write(t.reg(), stored(from, to, filter), names, options));
    }
};

QString uidOf(const QUuid& id) {
    return id.toString(QUuid::WithoutBraces) + QStringLiteral("@bostotte");
}

QList<icalcomponent*> eventsOf(icalcomponent* root) {
    return children(root, ICAL_VEVENT_COMPONENT);
}

QStringList wallClocks(icalcomponent* event, icalproperty_kind kind) {
    QStringList out;
    for (icalproperty* p : properties(event, kind)) {
        CHECK(tzidOf(p) == QStringLiteral("Europe/Copenhagen"));
        out << wallClock(kind == ICAL_EXDATE_PROPERTY ? icalproperty_get_exdate(p)
                                                      : icalproperty_get_recurrenceid(p));
    }
    return out;
}

} // namespace

TEST_CASE("ICS: a whole series has COUNT, BYDAY and the file's DTSTAMP", "[ics]") {
    IcsFixture f;
    const QByteArray ics = f.ics(QDate(2025, 1, 1), QDate(2025, 12, 31));
    const auto root = parse(ics);
    CHECK(icalcomponent_count_errors(root.get()) == 0);
    const auto events = eventsOf(root.get());
    REQUIRE(events.size() == 1);
    icalcomponent* master = events.first();
    CHECK(text(icalcomponent_get_uid(master)) == uidOf(f.series.meta.id));
    CHECK(contentLines(ics, "RRULE")
              .contains(QStringLiteral("RRULE:FREQ=WEEKLY;COUNT=8;INTERVAL=2;BYDAY=TU")));
    CHECK(contentLines(ics, "DTSTART")
              .contains(QStringLiteral("DTSTART;TZID=Europe/Copenhagen:20250107T093000")));
    CHECK(contentLines(ics, "DTEND")
              .contains(QStringLiteral("DTEND;TZID=Europe/Copenhagen:20250107T110000")));
    CHECK(contentLines(ics, "DTSTAMP").size() == 1);
    CHECK(contentLines(ics, "DTSTAMP").first() == QStringLiteral("DTSTAMP:20251125T090000Z"));
    CHECK(properties(master, ICAL_EXDATE_PROPERTY).isEmpty());

    // Instances through the file's own time zone: 09:30 local on both sides of 30 March.
    const ZonePtr zone = zoneFromFile(root.get(), "Europe/Copenhagen");
    QList<QDateTime> shown;
    for (const icaltimetype& t : ruleInstances(master, zone.get()))
        shown << toUtc(t, zone.get());
    QList<QDateTime> expected;
    for (const Appointment& a : f.occurrences)
        expected << a.startUtc;
    CHECK(shown == expected);
    CHECK(shown.at(5).time() == QTime(8, 30)); // 18 March, winter time
    CHECK(shown.at(6).time() == QTime(7, 30)); // 1 April, summer time
}

TEST_CASE("ICS: changes of one occurrence become RECURRENCE-ID events or EXDATEs", "[ics]") {
    IcsFixture f;
    // 4 Feb: longer visit at the same time; 18 Feb: another staff member; 4 Mar: moved to the
    // Wednesday; 1 Apr: cancelled by staff.
    Appointment longer = f.occurrences[2];
    longer.durationMinutes = 120;
    REQUIRE(f.scheduler.changeOne(longer).ok());
    Appointment handedOver = f.occurrences[3];
    handedOver.staffId = f.other.meta.id;
    REQUIRE(f.scheduler.changeOne(handedOver).ok());
    Appointment moved = f.occurrences[4];
    moved.startUtc = localToUtc(QDate(2025, 3, 5), QTime(12, 0));
    REQUIRE(f.scheduler.changeOne(moved).ok());
    Appointment cancelled = f.occurrences[6];
    requireOk(f.scheduler.cancelOne(cancelled, Outcome::CancelledByStaff, QStringLiteral("Kursus"),
                                    f.staff.meta.id));

    SECTION("everyone's calendar") {
        const auto root = parse(f.ics(QDate(2025, 1, 1), QDate(2025, 6, 30)));
        const auto events = eventsOf(root.get());
        REQUIRE(events.size() == 4); // the master and three overrides
        for (icalcomponent* e : events)
            CHECK(text(icalcomponent_get_uid(e)) == uidOf(f.series.meta.id));
        CHECK(wallClocks(events[0], ICAL_EXDATE_PROPERTY) ==
              QStringList{QStringLiteral("20250401T093000")});
        QStringList ids, starts;
        for (icalcomponent* e : events.mid(1)) {
            ids << wallClocks(e, ICAL_RECURRENCEID_PROPERTY);
            starts << wallClock(icalproperty_get_dtstart(
                icalcomponent_get_first_property(e, ICAL_DTSTART_PROPERTY)));
        }
        CHECK(ids == QStringList{QStringLiteral("20250204T093000"),
                                 QStringLiteral("20250218T093000"),
                                 QStringLiteral("20250304T093000")});
        CHECK(starts == QStringList{QStringLiteral("20250204T093000"),
                                    QStringLiteral("20250218T093000"),
                                    QStringLiteral("20250305T120000")});
        CHECK(wallClock(icalproperty_get_dtend(icalcomponent_get_first_property(
                  events[1], ICAL_DTEND_PROPERTY))) == QStringLiteral("20250204T113000"));
        CHECK(text(icalcomponent_get_description(events[2])).contains(QStringLiteral("PA")));
    }

    SECTION("the first staff member's calendar leaves out the occurrence handed over") {
        CalendarFilter mine;
        mine.staffId = f.staff.meta.id;
        const auto root = parse(f.ics(QDate(2025, 1, 1), QDate(2025, 6, 30), false, mine));
        const auto events = eventsOf(root.get());
        REQUIRE(events.size() == 3);
        CHECK(wallClocks(events[0], ICAL_EXDATE_PROPERTY) ==
              QStringList{QStringLiteral("20250218T093000"), QStringLiteral("20250401T093000")});
    }

    SECTION("an occurrence moved further than one interval keeps its own slot") {
        // 18 March moved to Wednesday 2 April: 15 days, beyond the nearest-slot guess.
        Appointment far = f.occurrences[5];
        far.startUtc = localToUtc(QDate(2025, 4, 2), QTime(12, 0));
        REQUIRE(f.scheduler.changeOne(far).ok());
        const auto root = parse(f.ics(QDate(2025, 1, 1), QDate(2025, 6, 30)));
        const auto events = eventsOf(root.get());
        REQUIRE(events.size() == 5);
        CHECK(wallClocks(events[4], ICAL_RECURRENCEID_PROPERTY) ==
              QStringList{QStringLiteral("20250318T093000")});
        CHECK(wallClocks(events[0], ICAL_EXDATE_PROPERTY) ==
              QStringList{QStringLiteral("20250401T093000")});
    }

    SECTION("an occurrence moved in from outside the period is an event of its own") {
        // 4 March moved to 5 March; export 5-31 March: the 4 March slot is outside.
        const QByteArray ics = f.ics(QDate(2025, 3, 5), QDate(2025, 3, 31));
        const auto root = parse(ics);
        const auto events = eventsOf(root.get());
        REQUIRE(events.size() == 2);
        CHECK(text(icalcomponent_get_uid(events[0])) == uidOf(f.series.meta.id));
        CHECK(contentLines(ics, "RRULE")
                  .contains(QStringLiteral(
                      "RRULE:FREQ=WEEKLY;UNTIL=20250318T083000Z;INTERVAL=2;BYDAY=TU")));
        CHECK(text(icalcomponent_get_uid(events[1])) == uidOf(moved.meta.id));
        CHECK(icalcomponent_get_first_property(events[1], ICAL_RECURRENCEID_PROPERTY) == nullptr);
    }
}

TEST_CASE("ICS: a series with every occurrence cancelled is one cancelled event", "[ics]") {
    IcsFixture f;
    requireOk(f.scheduler.cancelFollowing(f.occurrences.first(), Outcome::CancelledByCitizen,
                                          QStringLiteral("Flyttet"), f.staff.meta.id));
    const auto root = parse(f.ics(QDate(2025, 1, 1), QDate(2025, 12, 31)));
    const auto events = eventsOf(root.get());
    REQUIRE(events.size() == 1);
    CHECK(icalcomponent_get_status(events.first()) == ICAL_STATUS_CANCELLED);
    CHECK(properties(events.first(), ICAL_EXDATE_PROPERTY).isEmpty());
}

TEST_CASE("ICS: long Danish text is folded at 75 octets without splitting a character", "[ics]") {
    const QString name = QString::fromUtf8(
        "Æbelø Åbjørn Østergård-Ærenlund Søndergaard Ågårdsbjørnsdatter Øksnebjerg Ærø");
    IcsFixture f(name);
    const QByteArray ics = f.ics(QDate(2025, 1, 1), QDate(2025, 12, 31), true);
    CHECK(allCrlf(ics));
    int continuation = 0;
    for (const QByteArray& line : physicalLines(ics)) {
        INFO(line.toStdString());
        CHECK(line.size() <= 75);
        CHECK(QString::fromUtf8(line).toUtf8() == line);
        CHECK_FALSE(line.contains('\r'));
        continuation += line.startsWith(' ') ? 1 : 0;
    }
    CHECK(continuation >= 1);
    const QStringList summary = contentLines(ics, "SUMMARY");
    REQUIRE(summary.size() == 1);
    CHECK(summary.first() ==
          QStringLiteral("SUMMARY:%1: %2").arg(label(SupportForm::Individual), name));
    const auto root = parse(ics);
    CHECK(text(icalcomponent_get_summary(eventsOf(root.get()).first())).endsWith(name));

    const QByteArray anonymous = f.ics(QDate(2025, 1, 1), QDate(2025, 12, 31), false);
    CHECK(contentLines(anonymous, "SUMMARY") ==
          QStringList{QStringLiteral("SUMMARY:%1: %2")
                          .arg(label(SupportForm::Individual), QString::fromUtf8("ÆÅØÆSÅØÆ"))});
}

TEST_CASE("Initials of a name keep the Danish letters", "[ics]") {
    CHECK(nameInitials(QString::fromUtf8("Åse Ærø Madsen")) == QString::fromUtf8("ÅÆM"));
    CHECK(nameInitials(QStringLiteral("Anne-Marie  Holm")) == QStringLiteral("AMH"));
    CHECK(nameInitials(QString::fromUtf8("øjvind aakjær")) == QString::fromUtf8("ØA"));
    CHECK(nameInitials(QString()).isEmpty());
}
