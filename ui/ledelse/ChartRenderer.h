#pragma once
// Draws a Ledelse ReportTable: a Qt Charts QChart for lines and bars, the heatmap painter for
// heatmaps, and an offscreen image of either for the PNG export and the status note. A support
// form has the calendar's Okabe–Ito colour in every chart, so it reads the same everywhere.
#include "reports/ReportTable.h"
#include <QColor>
#include <QImage>
#include <QList>

class QChart;

namespace bs {

// How a table is drawn. The tables' kind is a hint; a few charts read better stacked or lying
// down (long reason texts, members and groups, savings per form).
struct ChartLayout {
    ChartKind kind = ChartKind::Bar; // Line, Bar or Heatmap
    bool stacked = false;
    bool horizontal = false;
};
ChartLayout chartLayout(const ReportTable& table);

// The value columns drawn as series (plotted, not target lines), and the target lines.
QList<int> seriesColumns(const ReportTable& table);
QList<int> targetColumns(const ReportTable& table);
// True when some row has a drawn value other than 0; otherwise the chart shows emptyChartText().
bool hasChartData(const ReportTable& table);
QString emptyChartText();

// A form's colour for columns keyed by a form (or café, which is counselling); else a colour
// that is not a form's, in column order.
QColor seriesColor(const ReportTable& table, int column);

// More categories than this get every nth label on the category axis.
constexpr int kMaxCategoryLabels = 24;

// A new chart for a Line or bar table (the caller owns it); nullptr for a heatmap. Numbers use
// the default QLocale (Danish in the application). Without data the chart has no series.
QChart* createChart(const ReportTable& table, bool withTitle = false);

// The chart (any kind, heatmap included) drawn offscreen on a white image of `size`, with the
// title on top when asked; the empty-state text when there is nothing to draw.
QImage renderChartImage(const ReportTable& table, QSize size, bool withTitle = true);

} // namespace bs
