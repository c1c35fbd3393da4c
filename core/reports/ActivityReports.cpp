#include "ActivityReports.h"

// PLACEHOLDER: replaced by the real implementation (see the header).
namespace bs::reports {

Result<ReportTable> citizensPerForm(const Database&, const ReportFilter&) {
    return Result<ReportTable>::failure(QStringLiteral("not implemented"));
}

Result<ReportTable> formCombinations(const Database&, const ReportFilter&) {
    return Result<ReportTable>::failure(QStringLiteral("not implemented"));
}

Result<ReportTable> sessions(const Database&, const ReportFilter&) {
    return Result<ReportTable>::failure(QStringLiteral("not implemented"));
}

Result<ReportTable> hours(const Database&, const ReportFilter&) {
    return Result<ReportTable>::failure(QStringLiteral("not implemented"));
}

Result<ReportTable> noShowsByForm(const Database&, const ReportFilter&) {
    return Result<ReportTable>::failure(QStringLiteral("not implemented"));
}

Result<ReportTable> noShowsBySite(const Database&, const ReportFilter&) {
    return Result<ReportTable>::failure(QStringLiteral("not implemented"));
}

Result<ReportTable> cancellationReasons(const Database&, const ReportFilter&) {
    return Result<ReportTable>::failure(QStringLiteral("not implemented"));
}

Result<ReportTable> caseload(const Database&, const ReportFilter&) {
    return Result<ReportTable>::failure(QStringLiteral("not implemented"));
}

Result<ReportTable> travel(const Database&, const ReportFilter&) {
    return Result<ReportTable>::failure(QStringLiteral("not implemented"));
}

} // namespace bs::reports
