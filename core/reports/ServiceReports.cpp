#include "ServiceReports.h"

// PLACEHOLDER: replaced by the real implementation (see the header).
namespace bs::reports {

Result<ReportTable> deskVisitsPerDay(const Database&, const ReportFilter&) {
    return Result<ReportTable>::failure(QStringLiteral("not implemented"));
}

Result<ReportTable> deskDurations(const Database&, const ReportFilter&) {
    return Result<ReportTable>::failure(QStringLiteral("not implemented"));
}

Result<ReportTable> groupSessions(const Database&, const ReportFilter&) {
    return Result<ReportTable>::failure(QStringLiteral("not implemented"));
}

Result<ReportTable> groupMembers(const Database&, const ReportFilter&) {
    return Result<ReportTable>::failure(QStringLiteral("not implemented"));
}

} // namespace bs::reports
