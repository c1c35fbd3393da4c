#pragma once
// Reading an exported iCalendar file back in the tests: the raw lines (octets, CRLF, folding)
// and the parsed components through libical, with Europe/Copenhagen taken from the file's own
// VTIMEZONE so the tests check that the rules written there give the right UTC times.
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <catch2/catch.hpp>
#include <libical/ical.h>

#include <memory>

namespace bs::icstest {

struct ComponentDeleter {
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

// The physical lines without their CRLF.
inline QList<QByteArray> physicalLines(const QByteArray& ics) {
    QList<QByteArray> out = ics.split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    for (QByteArray& l : out)
        if (l.endsWith('\r'))
            l.chop(1);
    return out;
}

// Every line ends in CRLF (no bare LF or CR).
inline bool allCrlf(const QByteArray& ics) {
    if (!ics.endsWith("\r\n"))
        return false;
    for (qsizetype i = 0; i < ics.size(); ++i) {
        if (ics[i] == '\n' && (i == 0 || ics[i - 1] != '\r'))
            return false;
        if (ics[i] == '\r' && (i + 1 == ics.size() || ics[i + 1] != '\n'))
            return false;
    }
    return true;
}

// RFC 5545 3.1: a CRLF followed by one space or tab is removed.
inline QByteArray unfold(QByteArray ics) {
    ics.replace("\r\n ", "");
    ics.replace("\r\n\t", "");
    return ics;
}

// The unfolded content lines that start with `name` followed by ':' or ';'.
inline QStringList contentLines(const QByteArray& ics, const char* name) {
    QStringList out;
    const QByteArray prefix(name);
    for (const QByteArray& line : physicalLines(unfold(ics)))
        if (line.startsWith(prefix + ':') || line.startsWith(prefix + ';'))
            out << QString::fromUtf8(line);
    return out;
}

inline ComponentPtr parse(const QByteArray& ics) {
    ComponentPtr root(icalparser_parse_string(ics.constData()));
    REQUIRE(root);
    REQUIRE(icalcomponent_isa(root.get()) == ICAL_VCALENDAR_COMPONENT);
    return root;
}

inline QList<icalcomponent*> children(icalcomponent* parent, icalcomponent_kind kind) {
    QList<icalcomponent*> out;
    for (icalcomponent* c = icalcomponent_get_first_component(parent, kind); c;
         c = icalcomponent_get_next_component(parent, kind))
        out << c;
    return out;
}

inline QList<icalproperty*> properties(icalcomponent* c, icalproperty_kind kind) {
    QList<icalproperty*> out;
    for (icalproperty* p = icalcomponent_get_first_property(c, kind); p;
         p = icalcomponent_get_next_property(c, kind))
        out << p;
    return out;
}

inline QString tzidOf(icalproperty* p) {
    icalparameter* param = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
    return param ? QString::fromUtf8(icalparameter_get_tzid(param)) : QString();
}

inline QString text(const char* s) {
    return s ? QString::fromUtf8(s) : QString();
}

// "20250331T100000" as libical writes a local time.
inline QString wallClock(icaltimetype t) {
    return QStringLiteral("%1%2%3T%4%5%6")
        .arg(t.year, 4, 10, QLatin1Char('0'))
        .arg(t.month, 2, 10, QLatin1Char('0'))
        .arg(t.day, 2, 10, QLatin1Char('0'))
        .arg(t.hour, 2, 10, QLatin1Char('0'))
        .arg(t.minute, 2, 10, QLatin1Char('0'))
        .arg(t.second, 2, 10, QLatin1Char('0'));
}

struct ZoneDeleter {
    void operator()(icaltimezone* z) const { icaltimezone_free(z, 1); }
};
using ZonePtr = std::unique_ptr<icaltimezone, ZoneDeleter>;

// The calendar's VTIMEZONE with this TZID as a libical zone (from the file, not the system's).
inline ZonePtr zoneFromFile(icalcomponent* calendar, const char* tzid) {
    for (icalcomponent* tz : children(calendar, ICAL_VTIMEZONE_COMPONENT)) {
        icalproperty* id = icalcomponent_get_first_property(tz, ICAL_TZID_PROPERTY);
        if (id && text(icalproperty_get_tzid(id)) == QLatin1String(tzid)) {
            ZonePtr zone(icaltimezone_new());
            REQUIRE(icaltimezone_set_component(zone.get(), icalcomponent_new_clone(tz)) == 1);
            return zone;
        }
    }
    FAIL("no VTIMEZONE " << tzid);
    return nullptr;
}

// A wall-clock time in `zone` as UTC.
inline QDateTime toUtc(icaltimetype t, icaltimezone* zone) {
    const time_t secs = icaltime_as_timet_with_zone(t, zone);
    return QDateTime::fromSecsSinceEpoch(qint64(secs), QTimeZone::utc());
}

// The instances of a VEVENT's RRULE (its DTSTART first) as wall-clock times in `zone` (the
// zone lets an UNTIL in UTC be compared with local times).
inline QList<icaltimetype> ruleInstances(icalcomponent* event, icaltimezone* zone) {
    icalproperty* rrule = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY);
    REQUIRE(rrule);
    icalproperty* dtstart = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
    REQUIRE(dtstart);
    QList<icaltimetype> out;
    icaltimetype start = icalproperty_get_dtstart(dtstart);
    start.zone = zone;
    icalrecur_iterator* it = icalrecur_iterator_new(icalproperty_get_rrule(rrule), start);
    REQUIRE(it);
    for (icaltimetype t = icalrecur_iterator_next(it);
         !icaltime_is_null_time(t) && out.size() < 1000; t = icalrecur_iterator_next(it))
        out << t;
    icalrecur_iterator_free(it);
    return out;
}

} // namespace bs::icstest
