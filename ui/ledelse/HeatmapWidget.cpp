#include "HeatmapWidget.h"

#include "HeatmapPainter.h"

#include <QPainter>

namespace bs {

HeatmapWidget::HeatmapWidget(QWidget* parent) : QWidget(parent) {
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, Qt::white);
    setPalette(pal);
}

void HeatmapWidget::setTable(const ReportTable& table) {
    m_table = table;
    updateGeometry();
    update();
}

QSize HeatmapWidget::sizeHint() const {
    return {640, int(m_table.rows.size()) * fontMetrics().height() * 2 + 140};
}

QSize HeatmapWidget::minimumSizeHint() const {
    return {320, 200};
}

void HeatmapWidget::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintHeatmap(painter, rect(), m_table, false);
}

} // namespace bs
