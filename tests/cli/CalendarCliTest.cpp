// bostotte-cli calendar: JSON with local times across summer-time changes, the filters, the
// errors and exit codes, and the iCalendar output parsed back with libical.
#include "CalendarFixture.h"
#include "CliTestSupport.h"
#include "IcsTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace bs;
using namespace bs::clitest;
using namespace bs::icstest;

namespace {

QStringList calendarArgs(const QString& db, QStringList extra) {
    return QStringList{QStringLiteral("--db"), db, QStringLiteral("calendar")} + extra;
}

QJsonObject runJson(TestDb& t, const QStringList& extra) {
    const RunResult r = runInProcess(calendarArgs(t.path(), extra), t.clock);
    INFO(r.err.toStdString());
    REQUIRE(r.code == ExitOk);
    CHECK(r.err.isEmpty());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

QStringList field(const QJsonObject& calendar, const char* key) {
    QStringList out;
    for (const auto& v : calendar.value(QStringLiteral("appointments")).toArray())
        out << v.toObject().value(QLatin1String(key)).toString();
    return out;
}

QSet<QString> asSet(const QStringList& list) {
    return QSet<QString>(list.begin(), list.end());
}

QByteArray runIcs(TestDb& t, const QStringList& extra) {
    const RunResult r = runInProcess(
        calendarArgs(t.path(),
                     QStringList{QStringLiteral("--format"), QStringLiteral("ics")} + extra),
        t.clock);
    INFO(r.err.toStdString());
    REQUIRE(r.code == ExitOk);
    CHECK(r.err.isEmpty());
    return r.out.toUtf8();
}

icalcomponent* eventWith(const QList<icalcomponent*>& events, const QString& uid,
                         bool recurrenceId) {
    for (icalcomponent* e : events)
        if (text(icalcomponent_get_uid(e)) == uid &&
            (icalcomponent_get_first_property(e, ICAL_RECURRENCEID_PROPERTY) != nullptr) ==
                recurrenceId)
            return e;
    return nullptr;
}

QString uidOf(const QUuid& id) {
    return id.toString(QUuid::WithoutBraces) + QStringLiteral("@bostotte");
}

} // namespace

TEST_CASE("calendar --format json lists occurrences with local times across summer time",
          "[cli][calendar]") {
    TestDb t;
    const CalendarFixture f = buildCalendarFixture(t);

    const QJsonObject cal =
        runJson(t, {QStringLiteral("--from"), QStringLiteral("2025-03-17"), QStringLiteral("--to"),
                    QStringLiteral("2025-04-21"), QStringLiteral("--staff"), QStringLiteral("mh")});
    CHECK(cal.value(QStringLiteral("from")).toString() == QStringLiteral("2025-03-17"));
    CHECK(cal.value(QStringLiteral("to")).toString() == QStringLiteral("2025-04-21"));
    CHECK(cal.value(QStringLiteral("filter")).toObject() ==
          QJsonObject{{QStringLiteral("staff"), QStringLiteral("MH")}});
    CHECK(cal.value(QStringLiteral("count")).toInt() == 6);
    // 10:00 stays 10:00 when summer time starts on 30 March; the offset changes.
    CHECK(field(cal, "start_local") == QStringList{QStringLiteral("2025-03-17T10:00:00+01:00"),
                                                   QStringLiteral("2025-03-24T10:00:00+01:00"),
                                                   QStringLiteral("2025-03-31T10:00:00+02:00"),
                                                   QStringLiteral("2025-04-07T10:00:00+02:00"),
                                                   QStringLiteral("2025-04-15T13:00:00+02:00"),
                                                   QStringLiteral("2025-04-21T10:00:00+02:00")});
    CHECK(field(cal, "end_local").at(2) == QStringLiteral("2025-03-31T11:00:00+02:00"));
    CHECK(field(cal, "outcome") ==
          QStringList{QStringLiteral("completed"), QStringLiteral("no_show"),
                      QStringLiteral("planned"), QStringLiteral("cancelled_by_citizen"),
                      QStringLiteral("planned"), QStringLiteral("planned")});
    CHECK(field(cal, "outcome_reason").at(1) == QStringLiteral("Ikke hjemme"));

    const QJsonObject first =
        cal.value(QStringLiteral("appointments")).toArray().first().toObject();
    CHECK(first.value(QStringLiteral("id")).toString() ==
          f.visitOccurrences[0].meta.id.toString(QUuid::WithoutBraces));
    CHECK(first.value(QStringLiteral("series_id")).toString() ==
          f.visits.meta.id.toString(QUuid::WithoutBraces));
    CHECK(first.value(QStringLiteral("form")).toString() == QStringLiteral("individual"));
    CHECK(first.value(QStringLiteral("form_label")).toString() == label(SupportForm::Individual));
    CHECK(first.value(QStringLiteral("duration_minutes")).toInt() == 60);
    CHECK(first.value(QStringLiteral("staff")).toString() == QStringLiteral("MH"));
    CHECK(first.value(QStringLiteral("citizen_id")).toString() ==
          f.aase.meta.id.toString(QUuid::WithoutBraces));
    CHECK(first.value(QStringLiteral("citizen_name")).toString() ==
          QString::fromUtf8("Åse Ærø Madsen"));
    CHECK(first.value(QStringLiteral("group")).isNull());
    CHECK(first.value(QStringLiteral("place")).toString() == longPlace());
    CHECK(first.value(QStringLiteral("outcome_label")).toString() == label(Outcome::Completed));
    CHECK(first.value(QStringLiteral("travel_minutes")).toInt() == 30);

    // And back to 14:00 winter time after 26 October.
    const QJsonObject autumn = runJson(t, {QStringLiteral("--from"), QStringLiteral("2025-10-01"),
                                           QStringLiteral("--to"), QStringLiteral("2025-11-30")});
    CHECK(field(autumn, "start_local") == QStringList{QStringLiteral("2025-10-16T14:00:00+02:00"),
                                                      QStringLiteral("2025-10-30T14:00:00+01:00"),
                                                      QStringLiteral("2025-11-13T14:00:00+01:00"),
                                                      QStringLiteral("2025-11-27T14:00:00+01:00")});
    const QJsonObject call =
        autumn.value(QStringLiteral("appointments")).toArray().first().toObject();
    CHECK(call.value(QStringLiteral("form")).toString() == QStringLiteral("virtual"));
    CHECK(call.value(QStringLiteral("channel")).toString() == QStringLiteral("phone"));
    CHECK(autumn.value(QStringLiteral("filter")).toObject().isEmpty());
}

TEST_CASE("calendar: the days are local and inclusive", "[cli][calendar]") {
    TestDb t;
    buildCalendarFixture(t);
    const auto count = [&](const char* from, const char* to) {
        return runJson(t, {QStringLiteral("--from"), QLatin1String(from), QStringLiteral("--to"),
                           QLatin1String(to), QStringLiteral("--staff"), QStringLiteral("MH")})
            .value(QStringLiteral("count"))
            .toInt();
    };
    CHECK(count("2025-03-17", "2025-03-17") == 1);
    CHECK(count("2025-03-18", "2025-03-23") == 0);
    CHECK(count("2025-03-31", "2025-03-31") == 1); // the day after the change
    CHECK(count("2025-04-14", "2025-04-14") == 0); // moved away
    CHECK(count("2025-04-15", "2025-04-15") == 1);
}

TEST_CASE("calendar filters by staff, site or citizen", "[cli][calendar]") {
    TestDb t;
    const CalendarFixture f = buildCalendarFixture(t);
    const QStringList spring{QStringLiteral("--from"), QStringLiteral("2025-03-01"),
                             QStringLiteral("--to"), QStringLiteral("2025-04-30")};

    const QJsonObject all = runJson(t, spring);
    CHECK(all.value(QStringLiteral("count")).toInt() == 6 + 4 + 2);
    const QStringList starts = field(all, "start_local");
    QStringList sorted = starts;
    std::sort(sorted.begin(), sorted.end());
    CHECK(starts == sorted);

    const QJsonObject so =
        runJson(t, spring + QStringList{QStringLiteral("--staff"), QString::fromUtf8("sø")});
    CHECK(so.value(QStringLiteral("count")).toInt() == 4 + 2);
    CHECK(asSet(field(so, "staff")) == QSet<QString>{QString::fromUtf8("SØ")});

    const QJsonObject alunden =
        runJson(t, spring + QStringList{QStringLiteral("--site"), QStringLiteral("Alunden")});
    CHECK(asSet(field(alunden, "form")) == QSet<QString>{QStringLiteral("group")});
    CHECK(asSet(field(alunden, "group")) == QSet<QString>{QStringLiteral("Yngre 20+")});
    CHECK(alunden.value(QStringLiteral("count")).toInt() == 4);
    const auto session = alunden.value(QStringLiteral("appointments")).toArray().first().toObject();
    CHECK(session.value(QStringLiteral("topic")).toString() ==
          QString::fromUtf8("Økonomi og budget"));
    CHECK(session.value(QStringLiteral("citizen_id")).isNull());

    const QJsonObject auc =
        runJson(t, spring + QStringList{QStringLiteral("--site"), QStringLiteral("auc grenaa")});
    CHECK(auc.value(QStringLiteral("filter")).toObject().value(QStringLiteral("site")).toString() ==
          QStringLiteral("AUC Grenaa"));
    CHECK(field(auc, "form") ==
          QStringList{QStringLiteral("counselling"), QStringLiteral("counselling")});
    CHECK(field(auc, "outcome") ==
          QStringList{QStringLiteral("completed"), QStringLiteral("cancelled_by_staff")});

    const QJsonObject aase =
        runJson(t, spring + QStringList{QStringLiteral("--citizen"),
                                        f.aase.meta.id.toString(QUuid::WithoutBraces)});
    CHECK(aase.value(QStringLiteral("count")).toInt() == 6);
    CHECK(asSet(field(aase, "citizen_name")) == QSet<QString>{QString::fromUtf8("Åse Ærø Madsen")});

    // A member's calendar includes the sessions of the group.
    const QJsonObject bent =
        runJson(t, spring + QStringList{QStringLiteral("--citizen"), f.bent.meta.id.toString()});
    CHECK(field(bent, "form").count(QStringLiteral("counselling")) == 2);
    CHECK(field(bent, "form").count(QStringLiteral("group")) == 4);
    CHECK(field(aase, "form").count(QStringLiteral("group")) == 0);
}

TEST_CASE("calendar errors: unknown selections exit 1, wrong usage exits 2", "[cli][calendar]") {
    TestDb t;
    buildCalendarFixture(t);
    const QStringList period{QStringLiteral("--from"), QStringLiteral("2025-03-01"),
                             QStringLiteral("--to"), QStringLiteral("2025-04-30")};
    const auto run = [&](const QStringList& extra, int expected) {
        const RunResult r = runInProcess(calendarArgs(t.path(), extra), t.clock);
        INFO(extra.join(QLatin1Char(' ')).toStdString() << " -> " << r.err.toStdString());
        CHECK(r.code == expected);
        CHECK(r.out.isEmpty());
        CHECK(r.err.count(QLatin1Char('\n')) == 1);
        CHECK(r.err.startsWith(QStringLiteral("bostotte-cli: ")));
        return r.err;
    };
    CHECK(run(period + QStringList{QStringLiteral("--staff"), QStringLiteral("XYZ")}, ExitFailure)
              .contains(QStringLiteral("XYZ")));
    CHECK(
        run(period + QStringList{QStringLiteral("--site"), QStringLiteral("Ebeltoft")}, ExitFailure)
            .contains(QStringLiteral("Ebeltoft")));
    run(period + QStringList{QStringLiteral("--citizen"), QUuid::createUuid().toString()},
        ExitFailure);
    run(period + QStringList{QStringLiteral("--citizen"), QStringLiteral("not-an-id")},
        ExitFailure);

    run({QStringLiteral("--from"), QStringLiteral("2025-03-01")}, ExitUsage);
    run({QStringLiteral("--to"), QStringLiteral("2025-03-01")}, ExitUsage);
    CHECK(run({QStringLiteral("--from"), QStringLiteral("2025-02-30"), QStringLiteral("--to"),
               QStringLiteral("2025-03-01")},
              ExitUsage)
              .contains(QStringLiteral("2025-02-30")));
    run({QStringLiteral("--from"), QStringLiteral("1-3-2025"), QStringLiteral("--to"),
         QStringLiteral("2025-03-01")},
        ExitUsage);
    run({QStringLiteral("--from"), QStringLiteral("2025-04-01"), QStringLiteral("--to"),
         QStringLiteral("2025-03-01")},
        ExitUsage);
    run(period + QStringList{QStringLiteral("--staff"), QStringLiteral("MH"),
                             QStringLiteral("--site"), QStringLiteral("Alunden")},
        ExitUsage);
    run(period + QStringList{QStringLiteral("--staff"), QStringLiteral("MH"),
                             QStringLiteral("--citizen"), QUuid::createUuid().toString()},
        ExitUsage);
    run(period + QStringList{QStringLiteral("--format"), QStringLiteral("xml")}, ExitUsage);
    run(period + QStringList{QStringLiteral("--staff")}, ExitUsage);
    run(period + QStringList{QStringLiteral("extra")}, ExitUsage);
    run(period + QStringList{QStringLiteral("--with-names=yes")}, ExitUsage);

    QTemporaryDir dir;
    const RunResult missing = runInProcess(QStringList{QStringLiteral("--db"),
                                                       dir.filePath(QStringLiteral("none.sqlite")),
                                                       QStringLiteral("calendar")} +
                                               period,
                                           t.clock);
    CHECK(missing.code == ExitFailure);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.sqlite"))));
}

TEST_CASE("calendar --format ics: one VEVENT per series with RRULE, EXDATE and RECURRENCE-ID",
          "[cli][calendar][ics]") {
    TestDb t;
    const CalendarFixture f = buildCalendarFixture(t);
    const QByteArray ics =
        runIcs(t, {QStringLiteral("--from"), QStringLiteral("2025-03-01"), QStringLiteral("--to"),
                   QStringLiteral("2025-04-30"), QStringLiteral("--staff"), QStringLiteral("MH"),
                   QStringLiteral("--with-names")});

    SECTION("the text: CRLF, lines of at most 75 octets, whole UTF-8 characters") {
        CHECK(allCrlf(ics));
        bool folded = false;
        for (const QByteArray& line : physicalLines(ics)) {
            INFO(line.toStdString());
            CHECK(line.size() <= 75);
            // Each physical line is valid UTF-8 by itself: no character split by a fold.
            CHECK(QString::fromUtf8(line).toUtf8() == line);
            folded = folded || line.startsWith(' ');
        }
        CHECK(folded); // the long place and name were folded
        CHECK(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        CHECK(ics.endsWith("END:VCALENDAR\r\n"));
        CHECK(contentLines(ics, "VERSION") == QStringList{QStringLiteral("VERSION:2.0")});
        CHECK(contentLines(ics, "CALSCALE") == QStringList{QStringLiteral("CALSCALE:GREGORIAN")});
        CHECK(contentLines(ics, "PRODID").size() == 1);
        // No floating times: every DTSTART, DTEND, EXDATE and RECURRENCE-ID of an event names
        // the zone (the VTIMEZONE's own DTSTARTs are local by definition).
        for (const char* name : {"DTEND", "EXDATE", "RECURRENCE-ID"})
            for (const QString& line : contentLines(ics, name))
                CHECK(line.contains(QStringLiteral(";TZID=Europe/Copenhagen:")));
    }

    SECTION("Danish letters are intact after unfolding") {
        const QString unfolded = QString::fromUtf8(unfold(ics));
        CHECK(unfolded.contains(QString::fromUtf8("Åse Ærø Madsen")));
        QString escapedPlace = longPlace();
        escapedPlace.replace(QLatin1Char(','), QStringLiteral("\\,"));
        CHECK(unfolded.contains(escapedPlace));
        const auto root = parse(ics);
        const auto events = children(root.get(), ICAL_VEVENT_COMPONENT);
        REQUIRE(!events.isEmpty());
        CHECK(text(icalcomponent_get_location(events.first())) == longPlace());
        CHECK(text(icalcomponent_get_summary(events.first()))
                  .contains(QString::fromUtf8("Åse Ærø Madsen")));
    }

    SECTION("parsed back: VTIMEZONE, the series, its exception and its moved occurrence") {
        const auto root = parse(ics);
        CHECK(icalcomponent_count_errors(root.get()) == 0);
        // libical's check of the properties each component must and may have.
        CHECK(icalrestriction_check(root.get()) == 1);
        CHECK(icalcomponent_count_errors(root.get()) == 0);
        CHECK(contentLines(ics, "METHOD").isEmpty()); // a calendar, not a scheduling message

        const auto zones = children(root.get(), ICAL_VTIMEZONE_COMPONENT);
        REQUIRE(zones.size() == 1);
        CHECK(children(zones.first(), ICAL_XDAYLIGHT_COMPONENT).size() == 1);
        CHECK(children(zones.first(), ICAL_XSTANDARD_COMPONENT).size() == 1);
        CHECK(contentLines(ics, "RRULE")
                  .contains(QStringLiteral("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3")));
        CHECK(contentLines(ics, "RRULE")
                  .contains(QStringLiteral("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10")));

        // MH's spring: the visits series only (a master and one override).
        const auto events = children(root.get(), ICAL_VEVENT_COMPONENT);
        CHECK(events.size() == 2);
        const QString uid = uidOf(f.visits.meta.id);
        icalcomponent* master = eventWith(events, uid, false);
        REQUIRE(master);
        icalproperty* dtstart = icalcomponent_get_first_property(master, ICAL_DTSTART_PROPERTY);
        CHECK(tzidOf(dtstart) == QStringLiteral("Europe/Copenhagen"));
        CHECK(wallClock(icalproperty_get_dtstart(dtstart)) == QStringLiteral("20250317T100000"));
        const icalrecurrencetype rule =
            icalproperty_get_rrule(icalcomponent_get_first_property(master, ICAL_RRULE_PROPERTY));
        CHECK(rule.freq == ICAL_WEEKLY_RECURRENCE);
        CHECK(rule.interval == 1);
        CHECK(rule.count == 6); // the whole series lies in the period
        CHECK(icalcomponent_get_status(master) == ICAL_STATUS_CONFIRMED);

        const auto exdates = properties(master, ICAL_EXDATE_PROPERTY);
        REQUIRE(exdates.size() == 1); // 7 April, cancelled by the citizen
        CHECK(tzidOf(exdates.first()) == QStringLiteral("Europe/Copenhagen"));
        CHECK(wallClock(icalproperty_get_exdate(exdates.first())) ==
              QStringLiteral("20250407T100000"));

        icalcomponent* moved = eventWith(events, uid, true);
        REQUIRE(moved);
        icalproperty* rid = icalcomponent_get_first_property(moved, ICAL_RECURRENCEID_PROPERTY);
        CHECK(tzidOf(rid) == QStringLiteral("Europe/Copenhagen"));
        CHECK(wallClock(icalproperty_get_recurrenceid(rid)) == QStringLiteral("20250414T100000"));
        CHECK(wallClock(icalproperty_get_dtstart(icalcomponent_get_first_property(
                  moved, ICAL_DTSTART_PROPERTY))) == QStringLiteral("20250415T130000"));

        // What a calendar program makes of it, with the file's own VTIMEZONE: exactly the
        // stored occurrences that were not cancelled, at their UTC times.
        const ZonePtr zone = zoneFromFile(root.get(), "Europe/Copenhagen");
        QList<QDateTime> shown;
        const QString excluded = wallClock(icalproperty_get_exdate(exdates.first()));
        const QString replaced = wallClock(icalproperty_get_recurrenceid(rid));
        for (const icaltimetype& t2 : ruleInstances(master, zone.get()))
            if (wallClock(t2) != excluded && wallClock(t2) != replaced)
                shown << toUtc(t2, zone.get());
        shown << toUtc(icalproperty_get_dtstart(
                           icalcomponent_get_first_property(moved, ICAL_DTSTART_PROPERTY)),
                       zone.get());
        std::sort(shown.begin(), shown.end());
        QList<QDateTime> expected;
        for (const QDate d :
             {QDate(2025, 3, 17), QDate(2025, 3, 24), QDate(2025, 3, 31), QDate(2025, 4, 21)})
            expected << localToUtc(d, QTime(10, 0));
        expected << localToUtc(QDate(2025, 4, 15), QTime(13, 0));
        std::sort(expected.begin(), expected.end());
        CHECK(shown == expected);
        // Summer time started between the second and third visit: 09:00Z then 08:00Z.
        CHECK(shown.at(1).time() == QTime(9, 0));
        CHECK(shown.at(2).time() == QTime(8, 0));
    }
}

TEST_CASE("calendar --format ics: names only with --with-names, clipped series, cancellations",
          "[cli][calendar][ics]") {
    TestDb t;
    const CalendarFixture f = buildCalendarFixture(t);

    SECTION("without --with-names the citizen appears by initials") {
        const QByteArray ics = runIcs(t, {QStringLiteral("--from"), QStringLiteral("2025-03-01"),
                                          QStringLiteral("--to"), QStringLiteral("2025-04-30")});
        const QString unfolded = QString::fromUtf8(unfold(ics));
        CHECK_FALSE(unfolded.contains(QString::fromUtf8("Åse")));
        CHECK_FALSE(unfolded.contains(QString::fromUtf8("Bent Østergård")));
        const auto root = parse(ics);
        QStringList summaries;
        for (icalcomponent* e : children(root.get(), ICAL_VEVENT_COMPONENT))
            summaries << text(icalcomponent_get_summary(e));
        CHECK(summaries.filter(QString::fromUtf8("ÅÆM")).size() == 2); // master and override
        CHECK(summaries.filter(QString::fromUtf8("BØ")).size() == 2);  // two walk-ins
        CHECK(summaries.filter(QStringLiteral("Yngre 20+")).size() == 1);
    }

    SECTION("a series is clipped to the period with UNTIL in UTC; the autumn change is kept") {
        const QByteArray ics = runIcs(t, {QStringLiteral("--from"), QStringLiteral("2025-10-20"),
                                          QStringLiteral("--to"), QStringLiteral("2025-11-30")});
        const auto root = parse(ics);
        const auto events = children(root.get(), ICAL_VEVENT_COMPONENT);
        REQUIRE(events.size() == 1);
        icalcomponent* master = events.first();
        CHECK(text(icalcomponent_get_uid(master)) == uidOf(f.calls.meta.id));
        const icalrecurrencetype rule =
            icalproperty_get_rrule(icalcomponent_get_first_property(master, ICAL_RRULE_PROPERTY));
        CHECK(rule.interval == 2);
        CHECK(rule.count == 0);
        CHECK(icaltime_is_utc(rule.until));
        CHECK(wallClock(rule.until) == QStringLiteral("20251127T130000")); // 14:00 winter time
        CHECK(contentLines(ics, "RRULE")
                  .filter(QStringLiteral("FREQ=WEEKLY"))
                  .first()
                  .contains(QStringLiteral("UNTIL=20251127T130000Z")));
        const ZonePtr zone = zoneFromFile(root.get(), "Europe/Copenhagen");
        QList<QDateTime> shown;
        for (const icaltimetype& i : ruleInstances(master, zone.get()))
            shown << toUtc(i, zone.get());
        CHECK(shown == QList<QDateTime>{localToUtc(QDate(2025, 10, 30), QTime(14, 0)),
                                        localToUtc(QDate(2025, 11, 13), QTime(14, 0)),
                                        localToUtc(QDate(2025, 11, 27), QTime(14, 0))});
        CHECK(text(icalcomponent_get_summary(master)).contains(label(ContactPreference::Phone)));
    }

    SECTION("a cancelled single appointment has STATUS:CANCELLED") {
        const QByteArray ics = runIcs(t, {QStringLiteral("--from"), QStringLiteral("2025-04-01"),
                                          QStringLiteral("--to"), QStringLiteral("2025-04-01"),
                                          QStringLiteral("--site"), QStringLiteral("AUC Grenaa")});
        const auto root = parse(ics);
        const auto events = children(root.get(), ICAL_VEVENT_COMPONENT);
        REQUIRE(events.size() == 1);
        CHECK(text(icalcomponent_get_uid(events.first())) == uidOf(f.cancelledWalkIn.meta.id));
        CHECK(icalcomponent_get_status(events.first()) == ICAL_STATUS_CANCELLED);
        CHECK(icalcomponent_get_first_property(events.first(), ICAL_RRULE_PROPERTY) == nullptr);
        CHECK(text(icalcomponent_get_location(events.first())) == QStringLiteral("AUC Grenaa"));
    }

    SECTION("an empty period is a valid calendar with the time zone and no events") {
        const QByteArray ics = runIcs(t, {QStringLiteral("--from"), QStringLiteral("2024-01-01"),
                                          QStringLiteral("--to"), QStringLiteral("2024-01-31")});
        const auto root = parse(ics);
        CHECK(children(root.get(), ICAL_VEVENT_COMPONENT).isEmpty());
        CHECK(children(root.get(), ICAL_VTIMEZONE_COMPONENT).size() == 1);
    }
}

TEST_CASE("bostotte-cli binary: calendar json and ics", "[binary][calendar]") {
    TestDb t;
    buildCalendarFixture(t);
    const QString path = t.path();
    t.close();
    const QStringList period{QStringLiteral("--db"),       path,
                             QStringLiteral("calendar"),   QStringLiteral("--from"),
                             QStringLiteral("2025-03-24"), QStringLiteral("--to"),
                             QStringLiteral("2025-03-31")};
    const BinaryResult json = runBinary(period);
    INFO(json.err.toStdString());
    REQUIRE(json.code == ExitOk);
    const QJsonDocument doc = QJsonDocument::fromJson(json.out);
    REQUIRE(doc.isObject());
    QStringList starts;
    for (const auto& v : doc[QStringLiteral("appointments")].toArray())
        starts << v[QStringLiteral("start_local")].toString();
    CHECK(starts.contains(QStringLiteral("2025-03-31T10:00:00+02:00")));
    CHECK(starts.contains(QStringLiteral("2025-03-24T10:00:00+01:00")));

    const BinaryResult ics =
        runBinary(period + QStringList{QStringLiteral("--format"), QStringLiteral("ics")});
    REQUIRE(ics.code == ExitOk);
    CHECK(allCrlf(ics.out));
    const auto root = parse(ics.out);
    CHECK(icalcomponent_count_errors(root.get()) == 0);
    CHECK(unfold(ics.out).contains("DTSTART;TZID=Europe/Copenhagen:20250324T100000\r\n"));

    const BinaryResult unknown =
        runBinary(period + QStringList{QStringLiteral("--staff"), QStringLiteral("QQ")});
    CHECK(unknown.code == ExitFailure);
    CHECK(lines(unknown.err).size() == 1);
    CHECK(unknown.out.isEmpty());
}

TEST_CASE("calendar is in the help", "[cli][calendar]") {
    FixedClock clock(QDateTime(testToday(), QTime(9, 0), QTimeZone::utc()));
    const RunResult help = runInProcess({QStringLiteral("--help")}, clock);
    CHECK(help.code == ExitOk);
    CHECK(help.out.contains(QStringLiteral("calendar --from YYYY-MM-DD --to YYYY-MM-DD")));
    const RunResult own =
        runInProcess({QStringLiteral("calendar"), QStringLiteral("--help")}, clock);
    CHECK(own.code == ExitOk);
    CHECK(own.out.contains(QStringLiteral("--with-names")));
}
