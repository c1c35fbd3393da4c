#pragma once
// The numbers behind one Ledelse chart: a table whose first column is the category (a month, a
// site, a staff member, an FFB theme) and whose other columns are the values, with a hint of how
// to draw it. The UI draws charts from it and shows it on demand; CSV, JSON and XLSX are written
// from it, so the chart, its table and every export always show the same numbers.
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

namespace bs {

enum class ColumnType {
    Text,    // QString
    Integer, // qint64
    Decimal, // double, shown with `decimals`
    Percent, // double 0..100, shown with `decimals` and " %"
    Date,    // QDate
    Month,   // QDate (the first of the month), shown "jan. 2025"
};

enum class ChartKind {
    Line,          // one line per plotted column over the categories
    Bar,           // grouped bars
    StackedBar,    // stacked bars
    HorizontalBar, // grouped bars lying down, for long category names (staff, reasons)
    Heatmap,       // rows x plotted columns, cells shaded by value
};

struct ReportColumn {
    QString key;   // stable English key (JSON, CLI), e.g. "no_show_rate"
    QString label; // translated header and series name
    ColumnType type = ColumnType::Integer;
    int decimals = 0;
    bool plotted = true;     // a value column drawn as a series (ignored for column 0)
    bool targetLine = false; // drawn as a line over bars (e.g. the savings target)
};

struct ReportTable {
    Q_DECLARE_TR_FUNCTIONS(ReportTable)
public:
    QString key;         // stable chart code, e.g. "activity.no_shows"
    QString title;       // translated
    QString description; // translated: what is counted and how, shown with the chart
    ChartKind chart = ChartKind::Bar;
    QString valueAxis;           // translated axis title for the values ("Borgere", "Timer", "kr.")
    QList<ReportColumn> columns; // columns[0] is the category
    QList<QVariantList> rows;    // one value per column

    int columnIndex(const QString& columnKey) const; // -1 when absent
    // The numeric value of a cell (0 for empty or text cells).
    double number(int row, int column) const;
    // The row whose category cell (column 0) has this text or ISO date; -1 when absent.
    int rowIndex(const QString& category) const;
    // A cell as the user reads it, in the given locale ("12,5", "37 %", "jan. 2025").
    QString displayText(int row, int column, const QLocale& locale) const;
    QString headerText(int column) const;

    // For Danish Excel: semicolons, decimal comma, no thousands separators, ISO dates, CRLF,
    // headers in the user's language. toCsv() adds the UTF-8 byte-order mark.
    QString toCsvText() const;
    QByteArray toCsv() const;
    // Stable keys and plain numbers: {"key", "title", "columns": [{"key","label","type"}],
    // "rows": [{column key: value}]}.
    QJsonObject toJson() const;
};

QString columnTypeCode(ColumnType type);

} // namespace bs
