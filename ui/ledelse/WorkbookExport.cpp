#include "WorkbookExport.h"

#include "reports/XlsxExport.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace bs {

namespace {

// Computes every chart with `db` and writes them; the message of the first failure, or "".
QString computeAndWrite(const Database& db, const WorkbookExport::ComputeFunction& compute,
                        const ReportFilter& filter, const QString& path,
                        const std::function<void(int)>& done) {
    QList<ReportTable> tables;
    for (const ChartInfo& info : chartCatalogue()) {
        Result<ReportTable> table = compute(db, info.id, filter);
        if (!table)
            return QStringLiteral("%1: %2").arg(chartTitle(info.id), table.message());
        tables << std::move(*table);
        done(int(tables.size()));
    }
    const Status written = XlsxExport::write(path, tables);
    return written ? QString() : written.message();
}

} // namespace

WorkbookExport::WorkbookExport(const Database& db, QObject* parent) : QObject(parent), m_db(db) {
    connect(&m_watcher, &QFutureWatcher<QString>::progressValueChanged, this,
            [this](int value) { emit progress(value, chartCount()); });
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_watcher.future().resultCount() > 0
                                  ? m_watcher.result()
                                  : tr("The export was interrupted.");
        emit finished(m_path, error);
    });
}

WorkbookExport::~WorkbookExport() {
    m_watcher.waitForFinished();
}

int WorkbookExport::chartCount() {
    return int(chartCatalogue().size());
}

bool WorkbookExport::start(const ReportFilter& filter, const QString& path,
                           const ComputeFunction& compute) {
    if (isRunning())
        return false;
    m_path = path;
    if (m_db.path() == QLatin1String(":memory:")) {
        // A second connection would see another, empty database: compute here.
        QPromise<QString> promise;
        promise.start();
        promise.setProgressRange(0, chartCount());
        promise.addResult(computeAndWrite(m_db, compute, filter, path,
                                          [&](int n) { promise.setProgressValue(n); }));
        promise.finish();
        m_watcher.setFuture(promise.future());
        return true;
    }
    const QString dbPath = m_db.path();
    const Clock* clock = &m_db.clock();
    const Actor actor = m_db.actor();
    m_watcher.setFuture(QtConcurrent::run(
        [dbPath, clock, compute, filter, path, actor](QPromise<QString>& promise) {
            promise.setProgressRange(0, chartCount());
            Database::Options options;
            options.create = false;
            options.backupBeforeMigrate = false;
            auto db = Database::open(dbPath, *clock, options);
            if (!db) {
                promise.addResult(db.message());
                return;
            }
            (*db)->setActor(actor); // the worker's connection acts for the same user
            promise.addResult(computeAndWrite(**db, compute, filter, path,
                                              [&](int n) { promise.setProgressValue(n); }));
        }));
    return true;
}

} // namespace bs
