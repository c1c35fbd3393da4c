#pragma once
// Writes report tables to an Excel workbook (one sheet per table) with libxlsxwriter (Debian:
// libxlsxwriter-dev): numbers as numbers, dates as dates, a bold header row and column widths.
#include "ReportTable.h"
#include "domain/Result.h"

namespace bs {

struct XlsxExport {
    Q_DECLARE_TR_FUNCTIONS(XlsxExport)
public:
    // Writes to a temporary file next to `path` and renames it, so a failed write leaves any
    // earlier file as it was.
    static Status write(const QString& path, const QList<ReportTable>& tables);
    // A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in `taken`.
    static QString sheetName(const QString& title, const QStringList& taken);
};

} // namespace bs
