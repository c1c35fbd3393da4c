#pragma once
// Several chart tables in one file for scripts: the JSON of `bostotte-cli report
// activity|goals|savings` and a long CSV table "chart;category;column;value" with one row per
// value cell, so a script reads every figure of a family without knowing each table's shape.
#include "ReportTable.h"
#include <QDate>
#include <QJsonObject>

namespace bs {

// A cell as the CSV writes it: numbers with a decimal comma and no thousands separators
// ("1234,5"; percentages without " %"), dates ISO, months "yyyy-MM", empty for a null cell.
QString csvCellText(const ReportTable& table, int row, int column);
// Quotes a field holding ';', '"' or a line break; a text a spreadsheet would run as a
// formula gets an apostrophe in front (domain/SpreadsheetText.h).
QString csvQuoted(const QString& text);

// Header "chart;category;column;value", then for each table, row and value column (1..n) one
// line; CRLF line ends, no byte-order mark.
QString chartsToLongCsv(const QList<ReportTable>& tables);

// {"from", "to", "filters": filters, "charts": [table.toJson(), ...]}.
QJsonObject chartsToJson(QDate from, QDate to, const QJsonObject& filters,
                         const QList<ReportTable>& tables);

} // namespace bs
