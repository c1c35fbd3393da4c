#include "HeatmapPainter.h"

#include "ChartRenderer.h"
#include "calendar/CalendarStyle.h"

#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace bs {

namespace {

constexpr int kMargin = 12;

QRect paintTitle(QPainter& painter, QRect area, const QString& title) {
    if (title.isEmpty())
        return area;
    QFont font = painter.font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    painter.save();
    painter.setFont(font);
    painter.setPen(Qt::black);
    const QRect bounds = painter.boundingRect(area, Qt::AlignHCenter | Qt::TextWordWrap, title);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, title);
    painter.restore();
    area.setTop(bounds.bottom() + kMargin);
    return area;
}

int mix(int from, int to, double share) {
    return int(from + (to - from) * share + 0.5);
}

} // namespace

QColor heatmapColor(double share) {
    share = std::clamp(share, 0.0, 1.0);
    const QColor light(0xf3, 0xf7, 0xfa);
    const QColor dark(0x00, 0x5a, 0x8c); // a little deeper than the Okabe–Ito blue
    return QColor(mix(light.red(), dark.red(), share), mix(light.green(), dark.green(), share),
                  mix(light.blue(), dark.blue(), share));
}

void paintChartMessage(QPainter& painter, const QRect& rect, const QString& title,
                       const QString& message) {
    const QRect area =
        paintTitle(painter, rect.adjusted(kMargin, kMargin, -kMargin, -kMargin), title);
    painter.save();
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, message);
    painter.restore();
}

void paintHeatmap(QPainter& painter, const QRect& rect, const ReportTable& table, bool withTitle) {
    const QList<int> columns = seriesColumns(table);
    if (!hasChartData(table) || columns.isEmpty()) {
        paintChartMessage(painter, rect, withTitle ? table.title : QString(), emptyChartText());
        return;
    }
    QRect area = paintTitle(painter, rect.adjusted(kMargin, kMargin, -kMargin, -kMargin),
                            withTitle ? table.title : QString());
    const QLocale locale;
    const QFontMetrics fm(painter.font());
    const int rows = int(table.rows.size());

    double largest = 0;
    for (int r = 0; r < rows; ++r)
        for (const int c : columns)
            largest = std::max(largest, table.number(r, c));

    int headerWidth = 0;
    for (int r = 0; r < rows; ++r)
        headerWidth = std::max(headerWidth, fm.horizontalAdvance(table.displayText(r, 0, locale)));
    headerWidth = std::min(headerWidth + kMargin, area.width() * 2 / 5);
    const int columnHeaderHeight = fm.height() * 2 + 6;
    const int legendHeight = fm.height() * 2 + kMargin;
    // Cells wide enough for their header, not the whole page wide: the eye compares shades.
    int headerText = 0;
    for (const int c : columns)
        headerText = std::max(headerText, fm.horizontalAdvance(table.headerText(c)));
    const int cellWidth =
        std::clamp((area.width() - headerWidth) / int(columns.size()), 1,
                   std::max(headerText + 2 * kMargin, 12 * fm.averageCharWidth()));
    const int available = area.height() - columnHeaderHeight - legendHeight;
    const int cellHeight =
        std::clamp(available / std::max(rows, 1), 1, std::max(fm.height() * 2, 24));
    const QPoint origin(area.left() + headerWidth, area.top() + columnHeaderHeight);

    painter.save();
    painter.setPen(Qt::black);
    for (int i = 0; i < columns.size(); ++i) {
        const QRect header(origin.x() + i * cellWidth, area.top(), cellWidth, columnHeaderHeight);
        painter.drawText(header.adjusted(2, 0, -2, -4),
                         Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap,
                         table.headerText(columns[i]));
    }
    for (int r = 0; r < rows; ++r) {
        const QRect header(area.left(), origin.y() + r * cellHeight, headerWidth - 8, cellHeight);
        painter.setPen(Qt::black);
        painter.drawText(
            header, Qt::AlignRight | Qt::AlignVCenter,
            fm.elidedText(table.displayText(r, 0, locale), Qt::ElideRight, header.width()));
        for (int i = 0; i < columns.size(); ++i) {
            const QRect cell(origin.x() + i * cellWidth, origin.y() + r * cellHeight, cellWidth,
                             cellHeight);
            const bool empty = table.rows[r].value(columns[i]).isNull();
            const double value = table.number(r, columns[i]);
            const QColor fill =
                empty ? QColor(0xe4, 0xe4, 0xe4) : heatmapColor(largest > 0 ? value / largest : 0);
            painter.fillRect(cell.adjusted(1, 1, -1, -1), fill);
            painter.setPen(textColorOn(fill));
            painter.drawText(cell, Qt::AlignCenter,
                             empty ? QStringLiteral("–")
                                   : table.displayText(r, columns[i], locale));
        }
    }

    // The colour scale: from 0 to the largest value, titled with the value axis.
    const int scaleWidth = std::clamp(cellWidth * int(columns.size()), 120, 220);
    const QRect scale(origin.x(), origin.y() + rows * cellHeight + kMargin, scaleWidth,
                      fm.height() * 2 / 3);
    QLinearGradient gradient(scale.topLeft(), scale.topRight());
    gradient.setColorAt(0, heatmapColor(0));
    gradient.setColorAt(1, heatmapColor(1));
    painter.fillRect(scale, gradient);
    painter.setPen(QColor(0x88, 0x88, 0x88));
    painter.drawRect(scale);
    painter.setPen(Qt::black);
    const int textTop = scale.bottom() + 2;
    painter.drawText(QRect(scale.left(), textTop, scaleWidth, fm.height()), Qt::AlignLeft,
                     locale.toString(0));
    painter.drawText(QRect(scale.left(), textTop, scaleWidth, fm.height()), Qt::AlignRight,
                     locale.toString(largest, 'f', largest == std::floor(largest) ? 0 : 1));
    if (!table.valueAxis.isEmpty())
        painter.drawText(QRect(scale.right() + kMargin, scale.top() - fm.height() / 3,
                               area.right() - scale.right() - kMargin, fm.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, table.valueAxis);
    painter.restore();
}

} // namespace bs
