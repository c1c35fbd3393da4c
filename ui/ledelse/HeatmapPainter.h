#pragma once
// Qt Charts has no heatmap, so the FFB theme table (rows x plotted columns) is painted here: a
// grid of cells shaded from light to Okabe–Ito blue by value, the number in each cell, row and
// column headers and a colour-scale legend. One painter serves the widget and the image export.
#include "reports/ReportTable.h"
#include <QColor>
#include <QRect>

class QPainter;

namespace bs {

// The cell colour for a value's share (0..1) of the largest value.
QColor heatmapColor(double share);

// Paints the table's heatmap into `rect` (title on top when asked). Without data it paints the
// empty-state text instead.
void paintHeatmap(QPainter& painter, const QRect& rect, const ReportTable& table, bool withTitle);

// A title (may be empty) and a centred grey message, for empty charts and failures.
void paintChartMessage(QPainter& painter, const QRect& rect, const QString& title,
                       const QString& message);

} // namespace bs
