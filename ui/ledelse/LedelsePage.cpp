#include "LedelsePage.h"

#include "LedelseChartPanel.h"
#include "LedelseFilterBar.h"
#include "ledelse/ChartRenderer.h"
#include "ledelse/StatusNoteDialog.h"
#include "ledelse/WorkbookExport.h"
#include "security/CitizenAccess.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureInterface>
#include <QHeaderView>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace bs {

namespace {

constexpr int kIdRole = Qt::UserRole;

QString familyTitle(ReportFamily family) {
    switch (family) {
    case ReportFamily::Activity:
        return LedelsePage::tr("Activity");
    case ReportFamily::Goals:
        return LedelsePage::tr("Goals");
    case ReportFamily::Savings:
        return LedelsePage::tr("Realised savings");
    }
    return {};
}

// Runs in the worker: a read connection of this thread's own, closed before returning.
ChartOutcome computeOutcome(ChartOutcome request, const QString& path, const Clock& clock,
                            const LedelsePage::ComputeFunction& compute, const Actor& actor) {
    Database::Options options;
    options.create = false;
    options.backupBeforeMigrate = false;
    auto db = Database::open(path, clock, options);
    if (!db) {
        request.error = db.message();
        return request;
    }
    (*db)->setActor(actor); // the worker's connection acts for the same user
    Result<ReportTable> table = compute(**db, request.id, request.filter);
    if (table)
        request.table = std::move(*table);
    else
        request.error = table.message();
    return request;
}

} // namespace

LedelsePage::LedelsePage(UndoContext& context, QWidget* parent)
    : QWidget(parent), m_context(context),
      m_filters(new LedelseFilterBar(context.registry().clock().today())), m_list(new QTreeWidget),
      m_panel(new LedelseChartPanel), m_debounce(new QTimer(this)), m_compute(&computeChart) {
    m_filters->setObjectName(QStringLiteral("ledelseFilters"));
    m_list->setObjectName(QStringLiteral("chartList"));
    m_panel->setObjectName(QStringLiteral("chartPanel"));
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setMinimumWidth(300);
    m_list->setUniformRowHeights(true);
    fillList();

    // The committee's status note is made from the same figures, for a date of its own.
    auto* note = new QPushButton(tr("&Status note for the committee…"));
    note->setObjectName(QStringLiteral("statusNoteButton"));
    note->setToolTip(
        tr("Makes the status note for a date as PDF and as an editable document "
           "(ODT): figures per support form, site and group, the change since the "
           "previous note, no-shows, goals reached and realised savings, with charts."));
    connect(note, &QPushButton::clicked, this, &LedelsePage::openStatusNote);
    m_note = note;
    auto* all = new QPushButton(tr("Save &all charts as XLSX…"));
    all->setObjectName(QStringLiteral("saveAllChartsButton"));
    all->setToolTip(tr("One Excel workbook with a sheet per chart, for the period and filters "
                       "chosen."));
    connect(all, &QPushButton::clicked, this, &LedelsePage::saveAllCharts);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(all);
    leftLayout->addWidget(note);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({320, 900});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(splitter, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &LedelsePage::recompute);
    connect(m_filters, &LedelseFilterBar::changed, m_debounce, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFutureWatcher<ChartOutcome>::finished, this, &LedelsePage::finished);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && item->data(0, kIdRole).isValid())
            showChart(static_cast<ChartId>(item->data(0, kIdRole).toInt()));
    });

    // Edits elsewhere change the figures: recompute now if shown, else when next shown.
    const auto dataChanged = [this] {
        if (isVisible())
            m_debounce->start();
        else
            m_computed = false;
    };
    connect(&context, &UndoContext::changed, this, dataChanged);
    connect(&context, &UndoContext::appointmentChanged, this, dataChanged);
    connect(&context, &UndoContext::organisationChanged, this, [this, dataChanged] {
        if (isVisible())
            reloadOrganisation();
        dataChanged();
    });

    m_panel->setHeading(chartTitle(m_current), {});
    m_noteTip = note->toolTip();
    connect(m_panel, &LedelseChartPanel::exported, this, [this](const QString& path) {
        if (Status s =
                CitizenAccess(m_context.registry())
                    .logExport({}, QStringLiteral("ledelse chart"), QFileInfo(path).fileName());
            !s)
            emit problem(s.message());
    });
}

LedelsePage::~LedelsePage() {
    // The worker reads the database file and the clock: let it end before they may go.
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void LedelsePage::fillList() {
    QTreeWidgetItem* first = nullptr;
    for (const ReportFamily family :
         {ReportFamily::Activity, ReportFamily::Goals, ReportFamily::Savings}) {
        auto* top = new QTreeWidgetItem(m_list, {familyTitle(family)});
        top->setFlags(Qt::ItemIsEnabled);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (const ChartId id : chartsOf(family)) {
            auto* item = new QTreeWidgetItem(top, {chartTitle(id)});
            item->setData(0, kIdRole, int(id));
            item->setToolTip(0, chartTitle(id));
            if (!first)
                first = item;
        }
        top->setExpanded(true);
    }
    const QSignalBlocker block(m_list);
    m_list->setCurrentItem(first);
}

void LedelsePage::reloadOrganisation() {
    const Registry& registry = m_context.registry();
    auto sites = registry.sites();
    auto teams = registry.teams();
    if (!sites || !teams) {
        emit problem(!sites ? sites.message() : teams.message());
        return;
    }
    // A leader chooses among (and sees the figures of) their own team only.
    auto allowed = CitizenAccess(m_context.registry()).ledelseTeams();
    QList<Team> shown = *teams;
    if (allowed && !allowed->isEmpty())
        shown.removeIf([&](const Team& t) { return !allowed->contains(t.meta.id); });
    m_filters->setOrganisation(*sites, shown);
    // The committee's status note covers every team: not for a leader restricted to one.
    const bool whole = allowed && allowed->isEmpty();
    m_note->setEnabled(whole);
    m_note->setToolTip(whole ? m_noteTip
                             : tr("The committee's status note covers every team, so it is "
                                  "made by an administrator."));
}

Result<ReportFilter> LedelsePage::currentFilter() const {
    ReportFilter f = m_filters->filter();
    auto allowed = CitizenAccess(m_context.registry()).ledelseTeams();
    if (!allowed)
        return Result<ReportFilter>(allowed.error());
    if (allowed->isEmpty())
        return f; // every team
    f.teamIds.removeIf([&](const QUuid& id) { return !allowed->contains(id); });
    if (f.teamIds.isEmpty())
        f.teamIds = *allowed;
    return f;
}

void LedelsePage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    reloadOrganisation();
    m_filters->setToday(m_context.registry().clock().today());
    if (!m_computed)
        recompute();
}

void LedelsePage::showChart(ChartId id) {
    m_current = id;
    for (QTreeWidgetItemIterator it(m_list); *it; ++it) {
        if ((*it)->data(0, kIdRole).isValid() && (*it)->data(0, kIdRole).toInt() == int(id)) {
            const QSignalBlocker block(m_list);
            m_list->setCurrentItem(*it);
        }
    }
    m_panel->setHeading(chartTitle(id), {});
    recompute();
}

void LedelsePage::setComputeFunction(ComputeFunction compute) {
    m_compute = std::move(compute);
    recompute();
}

bool LedelsePage::isComputing() const {
    return m_watcher.isRunning() || m_pending;
}

void LedelsePage::recompute() {
    m_debounce->stop();
    m_computed = true;
    ++m_generation;
    const Result<ReportFilter> allowed = currentFilter();
    const ReportFilter filter = allowed ? *allowed : ReportFilter{};
    if (const Status valid = allowed ? filter.validate() : Status(allowed.error()); !valid) {
        // Nothing to compute; a running computation's answer is dropped when it comes.
        m_pending = false;
        m_panel->setBusy(false);
        m_panel->setHeading(chartTitle(m_current), {});
        m_panel->showFailure(valid.message());
        emit chartShown(QString::fromLatin1(chartInfo(m_current).code));
        return;
    }
    m_panel->setBusy(true);
    if (m_watcher.isRunning())
        m_pending = true; // one computation at a time: the newest starts when it ends
    else
        start();
}

void LedelsePage::start() {
    m_pending = false;
    ChartOutcome request;
    request.generation = m_generation;
    request.id = m_current;
    const Result<ReportFilter> allowed = currentFilter();
    if (!allowed)
        return; // recompute() showed why
    request.filter = *allowed;
    const Database& db = m_context.registry().database();
    if (db.path() == QLatin1String(":memory:")) {
        // A second connection would see another, empty database: compute here.
        QFutureInterface<ChartOutcome> done;
        done.reportStarted();
        Result<ReportTable> table = m_compute(db, request.id, request.filter);
        if (table)
            request.table = std::move(*table);
        else
            request.error = table.message();
        done.reportResult(request);
        done.reportFinished();
        m_watcher.setFuture(done.future());
        return;
    }
    m_watcher.setFuture(QtConcurrent::run(&computeOutcome, request, db.path(),
                                          std::cref(db.clock()), m_compute, db.actor()));
}

void LedelsePage::finished() {
    if (m_watcher.future().resultCount() == 0)
        return;
    const ChartOutcome outcome = m_watcher.result();
    if (m_pending) {
        start(); // the filters changed while this one ran
        return;
    }
    if (outcome.generation != m_generation)
        return; // overtaken by a newer request that is already shown
    m_panel->setBusy(false);
    if (outcome.table)
        m_panel->showTable(*outcome.table, fileStem(*outcome.table, outcome.id, outcome.filter));
    else {
        m_panel->setHeading(chartTitle(outcome.id), {});
        m_panel->showFailure(outcome.error);
    }
    emit chartShown(QString::fromLatin1(chartInfo(outcome.id).code));
}

QString LedelsePage::fileStem(const ReportTable& table, ChartId id, const ReportFilter& filter) {
    QString code = table.key.isEmpty() ? QString::fromLatin1(chartInfo(id).code) : table.key;
    code.replace(QLatin1Char('.'), QLatin1Char('_'));
    return QStringLiteral("%1_%2_%3").arg(code, filter.fromText(), filter.toText());
}

bool LedelsePage::exportAllCharts(const QString& path) {
    const Result<ReportFilter> allowed = currentFilter();
    if (!allowed) {
        emit problem(allowed.message());
        return false;
    }
    const ReportFilter filter = *allowed;
    if (const Status valid = filter.validate(); !valid) {
        emit problem(valid.message());
        return false;
    }
    if (!m_workbook) {
        m_workbook = new WorkbookExport(m_context.registry().database(), this);
        connect(m_workbook, &WorkbookExport::finished, this,
                [this](const QString& written, const QString& error) {
                    if (error.isEmpty()) {
                        // The workbook leaves the application: one `export` entry.
                        if (Status s = CitizenAccess(m_context.registry())
                                           .logExport({}, QStringLiteral("ledelse workbook"),
                                                      QFileInfo(written).fileName());
                            !s)
                            emit problem(s.message());
                        emit workbookWritten(written);
                    } else
                        emit problem(tr("The charts were not saved: %1").arg(error));
                });
    }
    return m_workbook->start(filter, path, m_compute);
}

void LedelsePage::saveAllCharts() {
    const ReportFilter filter = m_filters->filter();
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(documents.isEmpty() ? QDir::homePath() : documents)
            .filePath(tr("Ledelse %1 to %2.xlsx").arg(filter.fromText(), filter.toText()));
    QString path = QFileDialog::getSaveFileName(this, tr("Save all charts"), suggested,
                                                tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    if (!exportAllCharts(path))
        return;
    auto* progress = new QProgressDialog(tr("Computing every chart and writing the workbook…"),
                                         QString(), 0, WorkbookExport::chartCount(), this);
    progress->setWindowTitle(tr("Save all charts"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(0);
    connect(m_workbook, &WorkbookExport::progress, progress, &QProgressDialog::setValue);
    connect(m_workbook, &WorkbookExport::finished, progress, &QProgressDialog::close);
    connect(this, &LedelsePage::workbookWritten, progress, [this](const QString& written) {
        emit problem(tr("All charts are saved in %1.").arg(QDir::toNativeSeparators(written)));
    });
}

void LedelsePage::openStatusNote() {
    StatusNoteDialog dialog(
        m_context.registry(),
        [](const ReportTable& table, QSize size) { return renderChartImage(table, size); },
        QString(), this);
    connect(&dialog, &StatusNoteDialog::failed, this, &LedelsePage::problem);
    dialog.exec();
}

} // namespace bs
