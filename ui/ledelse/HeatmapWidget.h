#pragma once
// A widget showing a heatmap table (paintHeatmap), for the Ledelse page.
#include "reports/ReportTable.h"
#include <QWidget>

namespace bs {

class HeatmapWidget : public QWidget {
    Q_OBJECT
public:
    explicit HeatmapWidget(QWidget* parent = nullptr);

    void setTable(const ReportTable& table);
    const ReportTable& table() const { return m_table; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    ReportTable m_table;
};

} // namespace bs
