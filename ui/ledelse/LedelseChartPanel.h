#pragma once
// The right side of the Ledelse page: one chart's title and description, the chart (Qt Charts
// or the heatmap) or a message in its place (computing, no data, a failure), the numbers behind
// it on demand, and its exports: PNG (the chart image), CSV and XLSX (the table).
#include "domain/Result.h"
#include "reports/ReportTable.h"
#include <QWidget>
#include <functional>
#include <optional>

class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace bs {

class HeatmapWidget;
class ReportTableModel;

class LedelseChartPanel : public QWidget {
    Q_OBJECT
public:
    // Asks where to save: (dialog caption, suggested path, name filter) -> chosen path, or empty
    // when the user cancels. The default opens a QFileDialog; tests set their own.
    using SavePathFunction = std::function<QString(const QString& caption, const QString& suggested,
                                                   const QString& nameFilter)>;

    explicit LedelseChartPanel(QWidget* parent = nullptr);

    // A chart was chosen: its title now, its figures when they arrive.
    void setHeading(const QString& title, const QString& description);
    void setBusy(bool busy);
    // Shows the table's chart (or the empty state); `fileStem` names the exported files.
    void showTable(const ReportTable& table, const QString& fileStem);
    // Shows why there is no chart; the exports are disabled.
    void showFailure(const QString& message);

    const std::optional<ReportTable>& table() const { return m_table; }
    // The text shown in place of a chart; empty while a chart is shown.
    QString messageText() const;
    bool isBusy() const;

    void setSavePathFunction(SavePathFunction ask) { m_askSavePath = std::move(ask); }
    Status exportPng(const QString& path) const;
    Status exportCsv(const QString& path) const;
    Status exportXlsx(const QString& path) const;

    QPushButton* numbersToggle() const { return m_numbers; }
    QPushButton* pngButton() const { return m_png; }
    QPushButton* csvButton() const { return m_csv; }
    QPushButton* xlsxButton() const { return m_xlsx; }
    QTableView* tableView() const { return m_tableView; }
    QChartView* chartView() const { return m_chartView; }
    HeatmapWidget* heatmap() const { return m_heatmap; }
    QLabel* exportStatus() const { return m_status; }

signals:
    void exported(const QString& path);

private:
    void showMessage(const QString& message);
    void exportWith(const QString& caption, const QString& extension, const QString& nameFilter,
                    Status (LedelseChartPanel::*write)(const QString&) const);

    QLabel* m_title;
    QLabel* m_description;
    QLabel* m_busyLabel;
    QProgressBar* m_busy;
    QStackedWidget* m_stack;
    QScrollArea* m_chartScroll;
    QChartView* m_chartView;
    HeatmapWidget* m_heatmap;
    QLabel* m_message;
    QTableView* m_tableView;
    ReportTableModel* m_model;
    QPushButton* m_numbers;
    QPushButton* m_png;
    QPushButton* m_csv;
    QPushButton* m_xlsx;
    QLabel* m_status;
    std::optional<ReportTable> m_table;
    QString m_fileStem;
    QString m_lastFolder;
    SavePathFunction m_askSavePath;
};

} // namespace bs
