#include "ChartRenderer.h"
#include "PlainText.h"

#include "HeatmapPainter.h"
#include "calendar/CalendarStyle.h"
#include "domain/Enums.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>

namespace bs {

namespace {

const char* const kContext = "ChartRenderer";

// The form a column is about: its key is a form code, "cafe" (rådgivning is counselling), or
// either with "_target".
std::optional<SupportForm> formOfColumn(QString key) {
    if (key.endsWith(QLatin1String("_target")))
        key.chop(7);
    if (key == QLatin1String("cafe"))
        return SupportForm::Counselling;
    return fromCode<SupportForm>(key);
}

// Okabe–Ito colours that are no form's first (sky blue, vermillion, near-black, yellow), then
// the forms' own.
QColor otherColor(int index) {
    static const QColor colors[] = {QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00),
                                    QColor(0x44, 0x44, 0x44), QColor(0xf0, 0xe4, 0x42),
                                    QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00),
                                    QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7)};
    return colors[index % 8];
}

bool isValueColumn(const ReportTable& table, int c) {
    const ColumnType type = table.columns[c].type;
    return type == ColumnType::Integer || type == ColumnType::Decimal ||
           type == ColumnType::Percent;
}

bool isNull(const ReportTable& table, int row, int column) {
    return table.rows[row].value(column).isNull();
}

// The category texts, made unique (the axis drops a repeated category) with invisible spaces.
QStringList categoryLabels(const ReportTable& table) {
    const QLocale locale;
    QStringList out;
    for (int r = 0; r < table.rows.size(); ++r) {
        QString text = table.displayText(r, 0, locale);
        if (text.isEmpty())
            text = QStringLiteral("–");
        while (out.contains(text))
            text += QChar(0x200b);
        out << text;
    }
    return out;
}

QAbstractAxis* makeCategoryAxis(const QStringList& labels, bool vertical) {
    const int n = int(labels.size());
    if (vertical || n <= kMaxCategoryLabels) {
        auto* axis = new QBarCategoryAxis;
        axis->append(labels);
        qsizetype longest = 0;
        for (const QString& label : labels)
            longest = std::max(longest, label.size());
        // Upright labels that do not fit stand on end: angled ones get cut off.
        if (!vertical && (n > 8 || (n > 4 && longest > 14)))
            axis->setLabelsAngle(-90);
        axis->setGridLineVisible(false);
        return axis;
    }
    // Many categories (96 months): a label every `step` categories, on the category itself.
    auto* axis = new QCategoryAxis;
    axis->setRange(-0.5, n - 0.5);
    axis->setStartValue(-0.5);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    int step = 120;
    for (const int s : {2, 3, 4, 6, 12, 24, 36, 48, 60}) { // whole quarters and years for months
        if (n <= 12 * s) {
            step = s;
            break;
        }
    }
    for (int i = 0; i < n; i += step)
        axis->append(labels[i], i);
    axis->setLabelsAngle(-45);
    axis->setGridLineVisible(false);
    return axis;
}

QValueAxis* makeValueAxis(const ReportTable& table, const ChartLayout& layout) {
    double low = 0;
    double high = 0;
    bool integers = true;
    const QList<int> series = seriesColumns(table);
    for (int r = 0; r < table.rows.size(); ++r) {
        double positive = 0;
        double negative = 0;
        for (const int c : series) {
            const double v = table.number(r, c);
            if (layout.stacked) {
                (v >= 0 ? positive : negative) += v;
            } else {
                high = std::max(high, v);
                low = std::min(low, v);
            }
        }
        high = std::max(high, positive);
        low = std::min(low, negative);
        for (const int c : targetColumns(table)) {
            high = std::max(high, table.number(r, c));
            low = std::min(low, table.number(r, c));
        }
    }
    for (const int c : series + targetColumns(table))
        integers = integers && table.columns[c].type == ColumnType::Integer;
    if (integers)
        high = std::max(high, 4.0); // 0, 1, 2, 3, 4 rather than 0,5 steps
    if (high <= low)
        high = low + 1;
    auto* axis = new QValueAxis;
    axis->setRange(low, high * 1.04);
    axis->applyNiceNumbers();
    const double span = axis->max() - axis->min();
    axis->setLabelFormat(!integers && span <= 5 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    axis->setTitleText(table.valueAxis);
    return axis;
}

void addTooltips(QBarSet* set, const QStringList& categories, const QStringList& values) {
    QObject::connect(set, &QBarSet::hovered, set, [set, categories, values](bool on, int index) {
        if (on && index >= 0 && index < values.size())
            QToolTip::showText(QCursor::pos(), plainToolTip(QStringLiteral("%1\n%2: %3")
                                                                .arg(categories[index],
                                                                     set->label(), values[index])));
        else
            QToolTip::hideText();
    });
}

void addTooltips(QLineSeries* line, bool horizontal, const QStringList& categories,
                 const QStringList& values) {
    QObject::connect(
        line, &QLineSeries::hovered, line,
        [line, horizontal, categories, values](const QPointF& point, bool on) {
            const int index = int(std::lround(horizontal ? point.y() : point.x()));
            if (on && index >= 0 && index < values.size())
                QToolTip::showText(
                    QCursor::pos(),
                    plainToolTip(QStringLiteral("%1\n%2: %3")
                                     .arg(categories[index], line->name(), values[index])));
            else
                QToolTip::hideText();
        });
}

QStringList columnTexts(const ReportTable& table, int column) {
    const QLocale locale;
    QStringList out;
    for (int r = 0; r < table.rows.size(); ++r)
        out << table.displayText(r, column, locale);
    return out;
}

QLineSeries* makeLine(const ReportTable& table, int column, bool horizontal, bool target) {
    auto* line = new QLineSeries;
    line->setName(table.columns[column].label);
    const auto at = [horizontal](double position, double value) {
        return horizontal ? QPointF(value, position) : QPointF(position, value);
    };
    for (int r = 0; r < table.rows.size(); ++r) {
        if (isNull(table, r, column))
            continue;
        const double v = table.number(r, column);
        if (target) { // a level across the category, stepping to the next one's
            line->append(at(r - 0.5, v));
            line->append(at(r + 0.5, v));
        } else {
            line->append(at(r, v));
        }
    }
    QPen pen(seriesColor(table, column), target ? 2.0 : 2.5);
    if (target)
        pen.setStyle(Qt::DashLine);
    line->setPen(pen);
    line->setPointsVisible(!target && table.rows.size() <= kMaxCategoryLabels);
    return line;
}

QAbstractBarSeries* makeBars(const ReportTable& table, const ChartLayout& layout) {
    QAbstractBarSeries* bars = nullptr;
    if (layout.horizontal)
        bars = layout.stacked ? static_cast<QAbstractBarSeries*>(new QHorizontalStackedBarSeries)
                              : new QHorizontalBarSeries;
    else
        bars = layout.stacked ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries)
                              : new QBarSeries;
    const QStringList categories = categoryLabels(table);
    for (const int c : seriesColumns(table)) {
        auto* set = new QBarSet(table.columns[c].label);
        const QColor color = seriesColor(table, c);
        set->setColor(color);
        set->setBorderColor(color.darker(125));
        for (int r = 0; r < table.rows.size(); ++r)
            set->append(table.number(r, c));
        addTooltips(set, categories, columnTexts(table, c));
        bars->append(set);
    }
    bars->setBarWidth(layout.stacked || seriesColumns(table).size() == 1 ? 0.6 : 0.8);
    return bars;
}

} // namespace

ChartLayout chartLayout(const ReportTable& table) {
    ChartLayout layout;
    switch (table.chart) {
    case ChartKind::Line:
        layout.kind = ChartKind::Line;
        break;
    case ChartKind::Heatmap:
        layout.kind = ChartKind::Heatmap;
        break;
    case ChartKind::Bar:
        break;
    case ChartKind::StackedBar:
        layout.stacked = true;
        break;
    case ChartKind::HorizontalBar:
        layout.horizontal = true;
        break;
    }
    // The specs leave these to the UI: reasons are long texts, members add up to their sessions,
    // and a month's savings add up across the forms against one target.
    const QString& key = table.key;
    if (key == QLatin1String("activity.cancellation_reasons"))
        layout.horizontal = true;
    if (key == QLatin1String("activity.group_members") || key == QLatin1String("savings.per_month"))
        layout.stacked = true;
    return layout;
}

QList<int> seriesColumns(const ReportTable& table) {
    QList<int> out;
    for (int c = 1; c < table.columns.size(); ++c)
        if (table.columns[c].plotted && !table.columns[c].targetLine && isValueColumn(table, c))
            out << c;
    return out;
}

QList<int> targetColumns(const ReportTable& table) {
    QList<int> out;
    for (int c = 1; c < table.columns.size(); ++c)
        if (table.columns[c].targetLine && isValueColumn(table, c))
            out << c;
    return out;
}

bool hasChartData(const ReportTable& table) {
    const QList<int> columns = seriesColumns(table);
    for (int r = 0; r < table.rows.size(); ++r)
        for (const int c : columns)
            if (table.number(r, c) != 0)
                return true;
    return false;
}

QString emptyChartText() {
    return QCoreApplication::translate(kContext, "No data for this period and these filters");
}

QColor seriesColor(const ReportTable& table, int column) {
    if (column <= 0 || column >= table.columns.size())
        return QColor(Qt::gray);
    const ReportColumn& c = table.columns[column];
    if (const auto form = formOfColumn(c.key))
        return c.targetLine ? supportFormColor(*form).darker(140) : supportFormColor(*form);
    if (c.targetLine)
        return QColor(0x22, 0x22, 0x22);
    int index = 0;
    for (int i = 1; i < column; ++i)
        if (isValueColumn(table, i) && !table.columns[i].targetLine &&
            !formOfColumn(table.columns[i].key))
            ++index;
    return otherColor(index);
}

QChart* createChart(const ReportTable& shown, bool withTitle) {
    const ChartLayout layout = chartLayout(shown);
    // Bars lying down are drawn from the bottom up: reversed, the first row is on top.
    ReportTable table = shown;
    if (layout.kind != ChartKind::Line && layout.horizontal)
        std::reverse(table.rows.begin(), table.rows.end());
    if (layout.kind == ChartKind::Heatmap)
        return nullptr;
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 6));
    if (withTitle) {
        QFont font = chart->titleFont();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.25);
        chart->setTitleFont(font);
        chart->setTitle(table.title);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (!hasChartData(table)) {
        chart->legend()->hide();
        return chart;
    }

    const QStringList categories = categoryLabels(table);
    const bool horizontal = layout.kind != ChartKind::Line && layout.horizontal;
    QAbstractAxis* categoryAxis = makeCategoryAxis(categories, horizontal);
    QValueAxis* valueAxis = makeValueAxis(table, layout);
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);

    QList<QAbstractSeries*> series;
    if (layout.kind == ChartKind::Line) {
        for (const int c : seriesColumns(table)) {
            QLineSeries* line = makeLine(table, c, false, false);
            addTooltips(line, false, categories, columnTexts(table, c));
            series << line;
        }
    } else {
        series << makeBars(table, layout);
    }
    for (const int c : targetColumns(table)) {
        QLineSeries* line = makeLine(table, c, horizontal, true);
        addTooltips(line, horizontal, categories, columnTexts(table, c));
        series << line;
    }
    for (QAbstractSeries* s : series) {
        chart->addSeries(s);
        s->attachAxis(categoryAxis);
        s->attachAxis(valueAxis);
        if (s->type() == QAbstractSeries::SeriesTypeLine) // a line (dashed for a target)
            for (QLegendMarker* marker : chart->legend()->markers(s))
                marker->setShape(QLegend::MarkerShapeFromSeries);
    }
    return chart;
}

QImage renderChartImage(const ReportTable& table, QSize size, bool withTitle) {
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRect area = image.rect();
    if (!hasChartData(table)) {
        paintChartMessage(painter, area, withTitle ? table.title : QString(), emptyChartText());
        return image;
    }
    if (chartLayout(table).kind == ChartKind::Heatmap) {
        paintHeatmap(painter, area, table, withTitle);
        return image;
    }
    QGraphicsScene scene; // owns the chart
    QChart* chart = createChart(table, withTitle);
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    scene.setSceneRect(chart->geometry());
    scene.render(&painter, QRectF(area), scene.sceneRect());
    return image;
}

} // namespace bs
