#include "SavingsReport.h"

// PLACEHOLDER: replaced by the real implementation (see the header).
namespace bs::reports {

Result<ReportTable> savingsPerMonth(const Database&, const ReportFilter&) {
    return Result<ReportTable>::failure(QStringLiteral("not implemented"));
}

Result<ReportTable> savingsPerYear(const Database&, const ReportFilter&) {
    return Result<ReportTable>::failure(QStringLiteral("not implemented"));
}

} // namespace bs::reports
