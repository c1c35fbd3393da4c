#include "GoalReports.h"

// PLACEHOLDER: replaced by the real implementation (see the header).
namespace bs::reports {

Result<ReportTable> goalOutcomes(const Database&, const ReportFilter&) {
    return Result<ReportTable>::failure(QStringLiteral("not implemented"));
}

Result<ReportTable> subGoalProgress(const Database&, const ReportFilter&) {
    return Result<ReportTable>::failure(QStringLiteral("not implemented"));
}

Result<ReportTable> p82bDurations(const Database&, const ReportFilter&) {
    return Result<ReportTable>::failure(QStringLiteral("not implemented"));
}

} // namespace bs::reports
