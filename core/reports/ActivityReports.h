#pragma once
// Activity figures for the Ledelse section, aggregated in SQL (ActivityReports.cpp for the
// appointment figures, ActivityPeople.cpp for citizens and staff). Conventions for every function
// (docs/reports.md):
// - An appointment is in the period when its start (UTC) lies in [filter.fromUtcText(),
//   filter.toUtcText()); deleted rows never count; filter.appointment() applies.
// - "Delivered" means outcome completed. An appointment's hours are duration_minutes / 60.
// - A rate's denominator is the appointments in the period with a registered outcome (anything
//   but planned); a rate with denominator 0 is an empty (null) cell, not 0.
// - Categories follow the enum's order for forms, Danish name order for sites and staff.
// - Month rows run from the month of `from` to the month of `to`, each row present even if 0,
//   the category a QDate on the first of the month (ColumnType::Month). An appointment's month is
//   its local (Europe/Copenhagen) month.
// - Decimal and percent values are stored rounded to their column's decimals, so the chart, CSV
//   and JSON show the same numbers.
#include "ReportFilter.h"
#include "ReportTable.h"
#include "storage/Database.h"

namespace bs::reports {

// Line. Rows: months. Columns: month; individual, counselling, group, virtual (citizens not
// deleted that pass filter.citizen() with an allocation of that form active on some day of the
// month; keys are the form codes); total (distinct citizens with any counted form, not plotted).
// With filter.forms set only those form columns are plotted (all columns stay in the table).
// Decided: the first and last month count only the days inside the period; with filter.forms set
// the total counts only citizens with a chosen form that month.
Result<ReportTable> citizensPerForm(const Database& db, const ReportFilter& filter);

// HorizontalBar. Rows: each combination of forms that occurs among citizens passing
// filter.citizen() with allocations active at some time in the period, labelled with the forms'
// labels joined by " + " in enum order; sorted by count descending, then label. Columns:
// combination (text, key "combination"); citizens (key "citizens").
// Decided: a citizen's combination is all their forms active in the period; filter.forms only
// chooses which citizens count (those with a chosen form). Ties in count sort by Danish label
// order.
Result<ReportTable> formCombinations(const Database& db, const ReportFilter& filter);

// Bar. Rows: the four forms (all four, enum order, label as category). Columns: form; planned
// (appointments in the period, any outcome); delivered (completed); delivery_rate (Percent, 1
// decimal: delivered / appointments with a registered outcome, not plotted).
Result<ReportTable> sessions(const Database& db, const ReportFilter& filter);

// Bar. Same rows. Columns: form; planned_hours; delivered_hours (Decimal, 1 decimal).
Result<ReportTable> hours(const Database& db, const ReportFilter& filter);

// Bar. Rows: the four forms. Columns: form; appointments (with a registered outcome, not
// plotted); no_shows; cancelled_by_citizen; cancelled_by_staff (not plotted);
// no_show_rate, cancellation_rate (Percent, 1 decimal, plotted; cancellation = by citizen or by
// staff).
// Decided: only the two rates are plotted (one percent axis); the counts are in the table.
Result<ReportTable> noShowsByForm(const Database& db, const ReportFilter& filter);

// Bar. The same columns per site: the appointment's site or, without one, the citizen's site;
// sites not deleted in Danish order, then "No site" (key "") when such appointments exist.
// Decided: with filter.siteIds set only the chosen sites are rows; a deleted site is a row while
// it has appointments in the period (so the totals match noShowsByForm); a site without
// appointments is a row of 0 with empty rates. ReportTable has no row keys: the category of the
// row without a site is the translated "No site".
Result<ReportTable> noShowsBySite(const Database& db, const ReportFilter& filter);

// StackedBar (HorizontalBar layout is the UI's choice). Rows: outcome_reason trimmed, grouped
// case-insensitively (shown as first written), empty as "No reason given"; the 15 most frequent,
// then "Other reasons" for the rest. Columns: reason (text); no_shows; cancelled_by_citizen;
// cancelled_by_staff; total (not plotted). Sorted by total descending.
// Decided: runs of spaces inside count as one; "first written" is the variant of the earliest
// registration (outcome_at_utc, else start_utc); ties sort by Danish label order; "Other reasons"
// is always the last row.
Result<ReportTable> cancellationReasons(const Database& db, const ReportFilter& filter);

// HorizontalBar. Rows: staff not deleted who pass filter.staffColumn (Danish name order, label
// "Name (INI)"), only those with a value > 0 in any column. Columns: staff; contact_citizens
// (citizens not deleted, status active, passing filter.citizen(), whose contact person they
// are); citizens_seen (distinct citizens in their delivered appointments in the period, group
// members counted through attendance present); delivered_hours (Decimal 1, not plotted);
// planned_hours (Decimal 1, not plotted).
// Decided: an appointment belongs to its staff_id (a group's second facilitator is not credited);
// planned_hours counts every appointment in the period whatever its outcome; deleted citizens are
// not counted as seen.
Result<ReportTable> caseload(const Database& db, const ReportFilter& filter);

// Bar. Rows: months. Columns: month; visits (delivered individual appointments, not plotted);
// travel_hours (Decimal 1: sum travel_minutes / 60); km (Decimal 1: sum travel_km).
// Decided: travel is summed over the same delivered visits (not over no-shows or cancellations),
// so km per visit can be read off the table.
Result<ReportTable> travel(const Database& db, const ReportFilter& filter);

} // namespace bs::reports
