#include "IcsExport.h"

#include "domain/Clock.h"

#include <QSet>
#include <libical/ical.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <tuple>

namespace bs {

namespace {

struct ComponentDeleter {
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

// A wall-clock time as libical holds it: floating (with a TZID parameter added by the caller) or
// UTC.
icaltimetype icalTime(QDate date, QTime time, bool utc) {
    icaltimetype t = icaltime_null_time();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    t.hour = time.hour();
    t.minute = time.minute();
    t.second = time.second();
    t.is_date = 0;
    t.zone = utc ? icaltimezone_get_utc_timezone() : nullptr;
    return t;
}

icaltimetype localTime(const QDateTime& utc) {
    const QDateTime local = utc.toTimeZone(Clock::localZone());
    return icalTime(local.date(), local.time(), false);
}

icaltimetype utcTime(const QDateTime& utc) {
    const QDateTime u = utc.toUTC();
    return icalTime(u.date(), u.time(), true);
}

icalproperty* withTzid(icalproperty* p) {
    icalproperty_add_parameter(p, icalparameter_new_tzid(IcsExport::kTimeZoneId));
    return p;
}

void add(icalcomponent* c, icalproperty* p) {
    icalcomponent_add_property(c, p);
}

icalproperty* xProperty(const char* name, const QString& value) {
    icalproperty* p = icalproperty_new_x(value.toUtf8().constData());
    icalproperty_set_x_name(p, name);
    return p;
}

icalrecurrencetype yearlyRule(const char* rule) {
    return icalrecurrencetype_from_string(rule);
}

// Europe/Copenhagen by the EU rule in force since 1996.
icalcomponent* copenhagenTimeZone() {
    icalcomponent* tz = icalcomponent_new_vtimezone();
    add(tz, icalproperty_new_tzid(IcsExport::kTimeZoneId));
    add(tz, xProperty("X-LIC-LOCATION", QLatin1String(IcsExport::kTimeZoneId)));

    icalcomponent* daylight = icalcomponent_new_xdaylight();
    add(daylight, icalproperty_new_tzoffsetfrom(3600));
    add(daylight, icalproperty_new_tzoffsetto(7200));
    add(daylight, icalproperty_new_tzname("CEST"));
    add(daylight, icalproperty_new_dtstart(icalTime(QDate(1970, 3, 29), QTime(2, 0), false)));
    add(daylight, icalproperty_new_rrule(yearlyRule("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")));
    icalcomponent_add_component(tz, daylight);

    icalcomponent* standard = icalcomponent_new_xstandard();
    add(standard, icalproperty_new_tzoffsetfrom(7200));
    add(standard, icalproperty_new_tzoffsetto(3600));
    add(standard, icalproperty_new_tzname("CET"));
    add(standard, icalproperty_new_dtstart(icalTime(QDate(1970, 10, 25), QTime(3, 0), false)));
    add(standard, icalproperty_new_rrule(yearlyRule("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")));
    icalcomponent_add_component(tz, standard);
    return tz;
}

// libical's weekday numbering: Sunday 1 ... Saturday 7.
short icalWeekday(QDate date) {
    return static_cast<short>(date.dayOfWeek() % 7 + 1);
}

// One date of a series' rule within the exported days, and what became of it.
struct Slot {
    QDate date;
    QDateTime startUtc;   // where the rule puts it
    int appointment = -1; // index into the series' occurrences, -1: none there
};

class Writer {
public:
    Writer(const Registry& registry, const CalendarNames& names, const IcsOptions& options)
        : m_registry(registry), m_names(names), m_options(options),
          m_stamp(options.stampUtc.isValid() ? options.stampUtc : QDateTime::currentDateTimeUtc()),
          m_calendar(icalcomponent_new_vcalendar()) {
        icalcomponent* cal = m_calendar.get();
        add(cal, icalproperty_new_prodid("-//Bostotte//bostotte " BOSTOTTE_VERSION "//DA"));
        add(cal, icalproperty_new_version("2.0"));
        add(cal, icalproperty_new_calscale("GREGORIAN"));
        // No METHOD: the file is a calendar to import, not a scheduling message (RFC 5545
        // 3.7.2); Outlook imports it as PUBLISH, and PUBLISH would require an ORGANIZER.
        add(cal, xProperty("X-WR-CALNAME", IcsExport::tr("Bostøtte %1 to %2")
                                               .arg(options.from.toString(Qt::ISODate),
                                                    options.to.toString(Qt::ISODate))));
        add(cal, xProperty("X-WR-TIMEZONE", QLatin1String(IcsExport::kTimeZoneId)));
        icalcomponent_add_component(cal, copenhagenTimeZone());
    }

    void write(const QList<Appointment>& occurrences) {
        // Series in the order of their first occurrence, singles where they come.
        QList<QUuid> seriesOrder;
        QHash<QUuid, QList<Appointment>> bySeries;
        for (const Appointment& a : occurrences) {
            if (a.seriesId.isNull())
                continue;
            if (!bySeries.contains(a.seriesId))
                seriesOrder.append(a.seriesId);
            bySeries[a.seriesId].append(a);
        }
        QSet<QUuid> written;
        for (const Appointment& a : occurrences) {
            if (a.seriesId.isNull()) {
                addSingle(a);
            } else if (!written.contains(a.seriesId)) {
                written.insert(a.seriesId);
                addSeries(a.seriesId, bySeries.value(a.seriesId));
            }
        }
    }

    QByteArray text() const {
        char* raw = icalcomponent_as_ical_string_r(m_calendar.get());
        QByteArray out(raw);
        std::free(raw);
        return out;
    }

private:
    QString summary(const Appointment& a) const {
        QString form = label(a.form);
        if (a.form == SupportForm::Virtual)
            form = IcsExport::tr("%1 (%2)").arg(form, label(a.channel));
        QString who;
        if (!a.citizenId.isNull()) {
            const QString name = m_names.citizenName(a.citizenId);
            who = m_options.withNames ? name : nameInitials(name);
        } else {
            who = m_names.groupName(a.groupId);
        }
        return who.isEmpty() ? form : IcsExport::tr("%1: %2").arg(form, who);
    }

    QString description(const Appointment& a) const {
        QStringList lines;
        if (const QString staff = m_names.staffInitials(a.staffId); !staff.isEmpty())
            lines << IcsExport::tr("Staff: %1").arg(staff);
        if (a.form == SupportForm::Group && !a.groupId.isNull())
            lines << IcsExport::tr("Group: %1").arg(m_names.groupName(a.groupId));
        return lines.join(QLatin1Char('\n'));
    }

    // UID, DTSTAMP, start and end in local time with TZID, and the texts.
    icalcomponent* event(const QString& uid, const Appointment& a, icaltimetype start) {
        icalcomponent* ev = icalcomponent_new_vevent();
        add(ev, icalproperty_new_uid(uid.toUtf8().constData()));
        add(ev, icalproperty_new_dtstamp(utcTime(m_stamp)));
        add(ev, withTzid(icalproperty_new_dtstart(start)));
        add(ev, withTzid(icalproperty_new_dtend(localTime(a.endUtc()))));
        add(ev, icalproperty_new_summary(summary(a).toUtf8().constData()));
        if (const QString where = m_names.location(a); !where.isEmpty())
            add(ev, icalproperty_new_location(where.toUtf8().constData()));
        if (const QString text = description(a); !text.isEmpty())
            add(ev, icalproperty_new_description(text.toUtf8().constData()));
        add(ev, icalproperty_new_categories(label(a.form).toUtf8().constData()));
        return ev;
    }

    static QString uidFor(const QUuid& id) {
        return id.toString(QUuid::WithoutBraces) + QLatin1String(IcsExport::kUidSuffix);
    }

    void addSingle(const Appointment& a) {
        icalcomponent* ev = event(uidFor(a.meta.id), a, localTime(a.startUtc));
        add(ev, icalproperty_new_status(a.isCancelled() ? ICAL_STATUS_CANCELLED
                                                        : ICAL_STATUS_CONFIRMED));
        icalcomponent_add_component(m_calendar.get(), ev);
    }

    // The occurrence as the rule has it: same staff, place, site and duration as the series.
    static bool followsRule(const Appointment& a, const AppointmentSeries& s) {
        return a.durationMinutes == s.durationMinutes && a.staffId == s.staffId &&
               a.place == s.place && a.siteId == s.siteId;
    }

    void addSeries(const QUuid& seriesId, const QList<Appointment>& occurrences) {
        const auto series = m_registry.record<AppointmentSeries>(seriesId);
        QList<Slot> ruleSlots;
        if (series) {
            for (const QDate d : series->occurrenceDates())
                if (d >= m_options.from && d <= m_options.to)
                    ruleSlots.append({d, localToUtc(d, series->localStart), -1});
        }
        if (ruleSlots.isEmpty()) {
            // Nothing of the rule lies in the exported days (or the series is gone).
            for (const Appointment& a : occurrences)
                addSingle(a);
            return;
        }

        // Occurrences take the slot of the time the series gave them (their start, or the
        // start they were moved from); the others were moved without that being recorded.
        QList<int> moved;
        for (int i = 0; i < occurrences.size(); ++i) {
            const QDateTime ruleStart = occurrences[i].originalStartUtc.isValid()
                                            ? occurrences[i].originalStartUtc
                                            : occurrences[i].startUtc;
            const auto slot = std::find_if(ruleSlots.begin(), ruleSlots.end(), [&](const Slot& s) {
                return s.appointment < 0 && s.startUtc == ruleStart;
            });
            if (slot != ruleSlots.end())
                slot->appointment = i;
            else
                moved.append(i);
        }
        // An occurrence moved before the original start was recorded (schema 6) replaces the
        // nearest free slot within one repeat interval: moves are usually within the week.
        const qint64 reach = qint64(series->intervalWeeks) * 7 * 24 * 3600;
        QList<std::tuple<qint64, int, int>> candidates; // distance, occurrence, slot
        for (const int i : moved)
            for (int k = 0; k < ruleSlots.size(); ++k)
                if (ruleSlots[k].appointment < 0) {
                    const qint64 distance =
                        std::abs(ruleSlots[k].startUtc.secsTo(occurrences[i].startUtc));
                    if (distance <= reach)
                        candidates.append({distance, i, k});
                }
        std::sort(candidates.begin(), candidates.end());
        QSet<int> paired;
        for (const auto& [distance, i, k] : candidates) {
            if (paired.contains(i) || ruleSlots[k].appointment >= 0)
                continue;
            ruleSlots[k].appointment = i;
            paired.insert(i);
        }

        // The master: the rule over the exported days, with the series' own values.
        Appointment rule = occurrences.first();
        rule.staffId = series->staffId;
        rule.place = series->place;
        rule.siteId = series->siteId;
        rule.durationMinutes = series->durationMinutes;
        rule.startUtc = ruleSlots.first().startUtc;
        const QString uid = uidFor(seriesId);
        icalcomponent* master = event(uid, rule, slotTime(ruleSlots.first(), *series));

        icalrecurrencetype r;
        icalrecurrencetype_clear(&r);
        r.freq = ICAL_WEEKLY_RECURRENCE;
        r.interval = static_cast<short>(series->intervalWeeks);
        r.by_day[0] = icalWeekday(ruleSlots.first().date);
        const QList<QDate> all = series->occurrenceDates();
        if (series->count > 0 && all.first() >= m_options.from && all.last() <= m_options.to)
            r.count = series->count;
        else
            r.until = utcTime(ruleSlots.last().startUtc);
        add(master, icalproperty_new_rrule(r));

        int live = 0;
        QList<icalcomponent*> overrides;
        QList<icaltimetype> excluded;
        for (const Slot& slot : ruleSlots) {
            if (slot.appointment < 0) {
                excluded.append(slotTime(slot, *series)); // not there, or not in this selection
                continue;
            }
            const Appointment& a = occurrences[slot.appointment];
            if (a.isCancelled()) {
                excluded.append(slotTime(slot, *series));
                continue;
            }
            ++live;
            if (a.startUtc == slot.startUtc && followsRule(a, *series))
                continue;
            icalcomponent* ev = event(uid, a, localTime(a.startUtc));
            add(ev, withTzid(icalproperty_new_recurrenceid(slotTime(slot, *series))));
            add(ev, icalproperty_new_status(ICAL_STATUS_CONFIRMED));
            overrides.append(ev);
        }
        if (live == 0) {
            add(master, icalproperty_new_status(ICAL_STATUS_CANCELLED));
        } else {
            for (const icaltimetype& t : excluded)
                add(master, withTzid(icalproperty_new_exdate(t)));
            add(master, icalproperty_new_status(ICAL_STATUS_CONFIRMED));
        }
        icalcomponent_add_component(m_calendar.get(), master);
        for (icalcomponent* ev : overrides)
            icalcomponent_add_component(m_calendar.get(), ev);

        // Moved here from outside the exported days: an event of its own.
        for (const int i : moved)
            if (!paired.contains(i))
                addSingle(occurrences[i]);
    }

    // The rule's wall-clock time for a slot (what RRULE, EXDATE and RECURRENCE-ID name).
    static icaltimetype slotTime(const Slot& slot, const AppointmentSeries& series) {
        return icalTime(slot.date, series.localStart, false);
    }

    const Registry& m_registry;
    const CalendarNames& m_names;
    const IcsOptions& m_options;
    const QDateTime m_stamp;
    ComponentPtr m_calendar;
};

} // namespace

Result<QByteArray> IcsExport::write(const Registry& registry, const QList<Appointment>& occurrences,
                                    const CalendarNames& names, const IcsOptions& options) {
    if (!options.from.isValid() || !options.to.isValid() || options.from > options.to)
        return Result<QByteArray>::failure(tr("The calendar needs a valid period."));
    Writer writer(registry, names, options);
    writer.write(occurrences);
    return writer.text();
}

} // namespace bs
