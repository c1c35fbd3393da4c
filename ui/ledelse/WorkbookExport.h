#pragma once
// Every chart of the Ledelse section for one filter, written into one Excel workbook (a sheet per
// chart): the leader's whole overview in one file. The charts are computed off the UI thread on a
// read connection of the worker's own; progress is reported per chart.
#include "reports/LedelseCharts.h"

#include <QFutureWatcher>
#include <QObject>
#include <functional>

namespace bs {

class WorkbookExport : public QObject {
    Q_OBJECT
public:
    using ComputeFunction =
        std::function<Result<ReportTable>(const Database&, ChartId, const ReportFilter&)>;

    explicit WorkbookExport(const Database& db, QObject* parent = nullptr);
    ~WorkbookExport() override; // waits for a running export

    // Starts the export; false (and nothing started) while one is running.
    bool start(const ReportFilter& filter, const QString& path, const ComputeFunction& compute);
    bool isRunning() const { return m_watcher.isRunning(); }
    static int chartCount();

signals:
    void progress(int done, int total);
    // `error` is empty when the workbook was written; otherwise nothing was written.
    void finished(const QString& path, const QString& error);

private:
    const Database& m_db;
    QString m_path;
    QFutureWatcher<QString> m_watcher;
};

} // namespace bs
