#pragma once
// The Ledelse section: filters on top (period, sites, teams, support forms, legal bases), the
// chart catalogue by family on the left and the chosen chart on the right with its numbers and
// exports. Figures are computed off the UI thread on a read connection of their own; a result
// that a newer filter has overtaken is dropped. Need-to-know: a leader's figures and team chooser
// are restricted to their own team (CitizenAccess::ledelseTeams); every export is logged.
#include "reports/LedelseCharts.h"
#include "undo/UndoContext.h"
#include <QFutureWatcher>
#include <QWidget>
#include <functional>
#include <optional>

class QPushButton;
class QTimer;
class QTreeWidget;

namespace bs {

class LedelseChartPanel;
class WorkbookExport;
class LedelseFilterBar;

// One computation's answer, carried back from the worker thread.
struct ChartOutcome {
    quint64 generation = 0;
    ChartId id = ChartId::CitizensPerForm;
    ReportFilter filter;
    std::optional<ReportTable> table;
    QString error;
};

class LedelsePage : public QWidget {
    Q_OBJECT
public:
    // Runs in a worker thread with that thread's own connection. Default: computeChart.
    using ComputeFunction =
        std::function<Result<ReportTable>(const Database&, ChartId, const ReportFilter&)>;

    explicit LedelsePage(UndoContext& context, QWidget* parent = nullptr);
    ~LedelsePage() override; // waits for a running computation

    // Selects a chart and computes it for the current filters.
    void showChart(ChartId id);
    ChartId currentChart() const { return m_current; }
    // Computes the shown chart again (the filters or the data changed).
    void recompute();
    bool isComputing() const;
    // Replaces the computation (tests, previews) and recomputes.
    void setComputeFunction(ComputeFunction compute);

    LedelseFilterBar* filterBar() const { return m_filters; }
    QTreeWidget* chartList() const { return m_list; }
    LedelseChartPanel* panel() const { return m_panel; }

    // Writes every chart for the current filters into one workbook at `path` (asynchronously;
    // workbookWritten or problem tells the outcome). False if an export is already running.
    bool exportAllCharts(const QString& path);

signals:
    // The chosen chart, its empty state or its failure is on screen (after each computation).
    void chartShown(const QString& code);
    // A problem worth a line in the status bar (the sites or teams could not be read).
    void problem(const QString& message);
    // Every chart was written into the workbook at `path`.
    void workbookWritten(const QString& path);

public slots:
    // The dialog that writes the committee's status note (PDF and ODT).
    void openStatusNote();
    // Asks where, then exportAllCharts() with a progress dialog.
    void saveAllCharts();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillList();
    void reloadOrganisation();
    // The filter bar's choice within what the actor may see (a leader: their own team).
    Result<ReportFilter> currentFilter() const;
    void start();
    void finished();
    // "activity_sessions_2025-01-01_2025-12-31": the chart's code and the period.
    static QString fileStem(const ReportTable& table, ChartId id, const ReportFilter& filter);

    UndoContext& m_context;
    LedelseFilterBar* m_filters;
    QTreeWidget* m_list;
    LedelseChartPanel* m_panel;
    QTimer* m_debounce;
    QFutureWatcher<ChartOutcome> m_watcher;
    ComputeFunction m_compute;
    WorkbookExport* m_workbook = nullptr; // made on the first export
    QPushButton* m_note = nullptr;
    QString m_noteTip;
    ChartId m_current = ChartId::CitizensPerForm;
    quint64 m_generation = 0;
    bool m_pending = false;  // a newer request waits for the running one to end
    bool m_computed = false; // something was asked for since the page was made
};

} // namespace bs
