#pragma once
// Rådgivning (the desk) and group figures for the Ledelse section, aggregated in SQL where the
// database can; see ActivityReports.h for the shared conventions. Desk visits are in the period by
// arrived_utc; filter.siteColumn("d.site_id") applies; forms apply as "counselling or nothing"
// (a filter on forms without counselling gives empty tables); the team filter applies to the
// staff member who served the visit (so visits still waiting drop out under a team filter); legal
// bases do not apply. Visits at a site marked deleted do not count. Group figures use group
// sessions (appointments with a group_id and no citizen, as GroupSessions makes them) in the
// period that pass filter.appointment(), and their attendance rows; a session without a site
// counts under its group's site, cancelled sessions, sessions not yet held and sessions of
// deleted groups are left out,
// and attendance of citizens marked deleted does not count. "Day" means the local day.
#include "ReportFilter.h"
#include "ReportTable.h"
#include "storage/Database.h"

namespace bs::reports {

// Bar. Rows: months. Columns: month; opening_days (days in the month inside the period on which a
// chosen site (all sites not deleted when none chosen) is open by its opening hours, not plotted;
// a day counts once however many sites are open); visits
// (desk visits, not plotted); visits_per_day (Decimal 1: visits / opening_days, null when 0).
Result<ReportTable> deskVisitsPerDay(const Database& db, const ReportFilter& filter);

// Bar. Rows: sites with desk visits in the period (Danish order). Columns: site; visits (not
// plotted); median_wait (minutes from arrived to started, Decimal 1); median_visit (minutes from
// started to ended, Decimal 1); allowance (the site's visit_allowance_minutes, plotted as
// targetLine); over_allowance (Percent 1: finished visits longer than the allowance, not
// plotted, null without finished visits). Visits not started are left out of both medians, visits
// not ended out of median_visit (as DeskSummary does); a median is null when no visit has the
// time. Minutes are counted from whole seconds.
Result<ReportTable> deskDurations(const Database& db, const ReportFilter& filter);

// StackedBar. Rows: group sessions in the period in time order, category "d. MMM yyyy  Group"
// (text). Columns: session; present; absent; excused; not_registered (members active on the
// session's day without an attendance row, not plotted); attendance_rate (Percent 1: present /
// registered, not plotted).
Result<ReportTable> groupSessions(const Database& db, const ReportFilter& filter);

// HorizontalBar (stacked in the UI). Rows: citizen and group ("Name – Group") with attendance in
// the period, Danish order. Columns: member; present; absent; excused; attendance_rate (Percent 1,
// not plotted).
Result<ReportTable> groupMembers(const Database& db, const ReportFilter& filter);

} // namespace bs::reports
