#pragma once
// Goal figures for the Ledelse section; see ActivityReports.h for the shared conventions. Goals
// belong to citizens passing filter.citizen(); a goal with a grant counts under the forms and
// basis filters through its citizen.
#include "ReportFilter.h"
#include "ReportTable.h"
#include "storage/Database.h"

namespace bs::reports {

// Bar. Rows, in this order: achieved, partly_achieved, not_achieved, discontinued (indsatsmål
// whose end_date lies in the period with that status), active (indsatsmål active on `to`: start
// on or before, and status active or ended after `to`, so a past period shows what was active
// then). Category: the status label. Columns: status; goals.
Result<ReportTable> goalOutcomes(const Database& db, const ReportFilter& filter);

// Heatmap. Rows: the 11 FFB themes in enum order (label). Columns: theme; improved; unchanged;
// worsened (goal assessments of delmål in the period by assessed_utc, counted under their
// indsatsmål's theme; assessments, delmål and indsatsmål marked deleted do not count);
// share_improved (Percent 1, not plotted, null when no assessments).
Result<ReportTable> subGoalProgress(const Database& db, const ReportFilter& filter);

// Bar. § 82 b courses of citizens passing filter.citizen() that overlap the period. A § 82 b grant
// lasts at most 6 months (Grant::validate), so a citizen's grants that follow on without a gap
// (each starting by the day after the latest end of the earlier ones) make one course, and the
// buckets measure courses; a lone grant is a course of its own. Rows: duration buckets "0–3
// months", "3–6 months", "6–9 months", "9–12 months", "over 12 months" (duration from the first
// from_date to the last to_date, or to `to` while still running; days between the dates, a month
// is 30.44 days, a bucket includes its upper bound). Columns: duration; ended (the course's last
// day within the period); running (it ends after `to`).
Result<ReportTable> p82bDurations(const Database& db, const ReportFilter& filter);

} // namespace bs::reports
