// The Ledelse page and its chart drawing, on hand-made tables: every chart kind draws offscreen
// without Qt warnings, the page computes off the UI thread and shows a failure, an empty state or
// the chart with its numbers, and the exports write what Danish Excel reads.
#include "GuiFixture.h"

#include "calendar/CalendarStyle.h"
#include "ledelse/ChartRenderer.h"
#include "ledelse/HeatmapPainter.h"
#include "ledelse/HeatmapWidget.h"
#include "ledelse/LedelseChartPanel.h"
#include "ledelse/LedelseFilterBar.h"
#include "ledelse/LedelsePage.h"
#include "ledelse/MultiChoiceButton.h"
#include "support/ZipReader.h"
#include "undo/UndoContext.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QMutex>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QThread>
#include <QTreeWidget>
#include <QValueAxis>
#include <atomic>
#include <memory>

using namespace gui;
using bs::ChartKind;
using bs::ColumnType;
using bs::ReportColumn;
using bs::ReportTable;

namespace {

// Records Qt warnings (from any thread) while alive; tests REQUIRE there were none.
class WarningRecorder {
public:
    WarningRecorder() { s_previous = qInstallMessageHandler(&WarningRecorder::handle); }
    ~WarningRecorder() { qInstallMessageHandler(s_previous); }
    QStringList warnings() const {
        QMutexLocker lock(&s_mutex);
        return s_warnings;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& text) {
        // The offscreen platform says this of every window it shows; it is not the page's doing.
        const bool platform = text.contains(QLatin1String("propagateSizeHints"));
        if (type != QtDebugMsg && type != QtInfoMsg && !platform) {
            QMutexLocker lock(&s_mutex);
            s_warnings << text;
        }
        if (s_previous)
            s_previous(type, context, text);
    }
    static inline QtMessageHandler s_previous = nullptr;
    static inline QMutex s_mutex;
    static inline QStringList s_warnings;

public:
    void clear() {
        QMutexLocker lock(&s_mutex);
        s_warnings.clear();
    }
};

ReportColumn column(const char* key, const QString& label, ColumnType type = ColumnType::Integer,
                    int decimals = 0, bool plotted = true, bool target = false) {
    return ReportColumn{QString::fromLatin1(key), label, type, decimals, plotted, target};
}

ReportTable citizensPerMonth(int months) {
    ReportTable t;
    t.key = QStringLiteral("activity.citizens_per_form");
    t.title = QStringLiteral("Citizens per support form");
    t.chart = ChartKind::Line;
    t.valueAxis = QStringLiteral("Citizens");
    t.columns = {column("month", QStringLiteral("Month"), ColumnType::Month),
                 column("individual", QStringLiteral("Individual")),
                 column("counselling", QStringLiteral("Counselling")),
                 column("group", QStringLiteral("Group")),
                 column("virtual", QStringLiteral("Virtual")),
                 column("total", QStringLiteral("Total"), ColumnType::Integer, 0, false)};
    for (int m = 0; m < months; ++m)
        t.rows << QVariantList{
            QDate(2020, 1, 1).addMonths(m), 40 + m % 7, 9 + m % 3, 17, 6, 60 + m % 5};
    return t;
}

ReportTable sessionsTable() {
    ReportTable t;
    t.key = QStringLiteral("activity.sessions");
    t.title = QStringLiteral("Planned and delivered sessions");
    t.description = QStringLiteral("Appointments in the period; delivered means completed.");
    t.chart = ChartKind::Bar;
    t.valueAxis = QStringLiteral("Sessions");
    t.columns = {
        column("form", QStringLiteral("Support form"), ColumnType::Text),
        column("planned", QStringLiteral("Planned")),
        column("delivered", QStringLiteral("Delivered")),
        column("delivery_rate", QStringLiteral("Delivered (%)"), ColumnType::Percent, 1, false)};
    t.rows = {{QStringLiteral("Individual"), 1250, 1100, 91.5},
              {QStringLiteral("Counselling"), 310, 295, 95.2},
              {QStringLiteral("Group"), 96, 90, 93.75},
              {QStringLiteral("Virtual"), 140, 120, 12.5}};
    return t;
}

ReportTable reasonsTable() {
    ReportTable t;
    t.key = QStringLiteral("test.reasons");
    t.title = QStringLiteral("Reasons");
    t.chart = ChartKind::StackedBar;
    t.valueAxis = QStringLiteral("Appointments");
    t.columns = {column("reason", QStringLiteral("Reason"), ColumnType::Text),
                 column("no_shows", QStringLiteral("No-shows")),
                 column("cancelled_by_citizen", QStringLiteral("Cancelled by citizen")),
                 column("cancelled_by_staff", QStringLiteral("Cancelled by staff")),
                 column("total", QStringLiteral("Total"), ColumnType::Integer, 0, false)};
    t.rows = {{QStringLiteral("Sick"), 12, 30, 2, 44},
              {QStringLiteral("Forgot"), 20, 1, 0, 21},
              {QStringLiteral("No reason given"), 5, 4, 3, 12}};
    return t;
}

ReportTable caseloadTable() {
    ReportTable t;
    t.key = QStringLiteral("activity.caseload");
    t.title = QStringLiteral("Caseload per staff member");
    t.chart = ChartKind::HorizontalBar;
    t.valueAxis = QStringLiteral("Citizens");
    t.columns = {column("staff", QStringLiteral("Staff member"), ColumnType::Text),
                 column("contact_citizens", QStringLiteral("Contact person for")),
                 column("citizens_seen", QStringLiteral("Citizens seen")),
                 column("delivered_hours", QStringLiteral("Delivered hours"), ColumnType::Decimal,
                        1, false)};
    t.rows = {{QStringLiteral("Anders Lund (ALH)"), 14, 19, 120.5},
              {QStringLiteral("Mette Kjær (MKJ)"), 22, 25, 160.0},
              {QStringLiteral("Sofie Holm (SH)"), 8, 12, 60.25}};
    return t;
}

ReportTable savingsPerYear() {
    ReportTable t;
    t.key = QStringLiteral("savings.per_year");
    t.title = QStringLiteral("Realised savings per year against the target");
    t.chart = ChartKind::Bar;
    t.valueAxis = QStringLiteral("kr.");
    t.columns = {
        column("year", QStringLiteral("Year"), ColumnType::Text),
        column("cafe", QStringLiteral("Café"), ColumnType::Decimal),
        column("cafe_target", QStringLiteral("Café target"), ColumnType::Decimal, 0, true, true),
        column("group", QStringLiteral("Group"), ColumnType::Decimal),
        column("group_target", QStringLiteral("Group target"), ColumnType::Decimal, 0, true, true),
        column("virtual", QStringLiteral("Virtual"), ColumnType::Decimal)};
    t.rows = {{QStringLiteral("2025"), 84000.0, 100000.0, 120000.0, 100000.0, 15000.0},
              {QStringLiteral("2026"), 150000.0, 227000.0, 140000.0, 150000.0, 18000.0}};
    return t;
}

ReportTable subGoalHeatmap() {
    ReportTable t;
    t.key = QStringLiteral("goals.subgoal_progress");
    t.title = QStringLiteral("Delmål progress by FFB theme");
    t.chart = ChartKind::Heatmap;
    t.valueAxis = QStringLiteral("Assessments");
    t.columns = {
        column("theme", QStringLiteral("Theme"), ColumnType::Text),
        column("improved", QStringLiteral("Improved")),
        column("unchanged", QStringLiteral("Unchanged")),
        column("worsened", QStringLiteral("Worsened")),
        column("share_improved", QStringLiteral("Improved (%)"), ColumnType::Percent, 1, false)};
    t.rows = {{QStringLiteral("Self-care"), 12, 3, 1, 75.0},
              {QStringLiteral("Practical tasks"), 4, 6, 0, 40.0},
              {QStringLiteral("Communication"), 0, 0, 0, QVariant()}};
    return t;
}

// Pixels that are not white, sampled on a grid.
int inkedSamples(const QImage& image) {
    int inked = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            if (image.pixelColor(x, y) != QColor(Qt::white))
                ++inked;
    return inked;
}

bool hasColor(const QImage& image, const QColor& color) {
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            if (image.pixelColor(x, y) == color)
                return true;
    return false;
}

template <typename S> QList<S*> seriesOf(QChart* chart) {
    QList<S*> out;
    for (QAbstractSeries* s : chart->series())
        if (auto* typed = qobject_cast<S*>(s); typed && typed->metaObject() == &S::staticMetaObject)
            out << typed;
    return out;
}

struct LocaleScope {
    QLocale previous;
    explicit LocaleScope(const QLocale& locale) { QLocale::setDefault(locale); }
    ~LocaleScope() { QLocale::setDefault(previous); }
};

// A page over the fixture's database, shown, with its computation replaced.
struct PageFixture {
    Fixture f;
    bs::UndoContext context{*f.registry};
    std::unique_ptr<bs::LedelsePage> page;

    PageFixture() {
        page = std::make_unique<bs::LedelsePage>(context);
        page->resize(1200, 760);
    }
    void showAndWait() {
        QSignalSpy shown(page.get(), &bs::LedelsePage::chartShown);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
        REQUIRE((shown.size() > 0 || shown.wait(10000)));
    }
    // Sets the computation and waits for the page to show its answer.
    void compute(bs::LedelsePage::ComputeFunction fn) {
        QSignalSpy shown(page.get(), &bs::LedelsePage::chartShown);
        page->setComputeFunction(std::move(fn));
        REQUIRE(shown.wait(10000));
    }
    static bs::LedelsePage::ComputeFunction answer(const ReportTable& table) {
        return [table](const bs::Database&, bs::ChartId, const bs::ReportFilter&) {
            return bs::Result<ReportTable>(table);
        };
    }
    bs::LedelseChartPanel* panel() const { return page->panel(); }
};

} // namespace

TEST_CASE("Every chart kind draws offscreen with its series and no Qt warnings", "[ledelse]") {
    WarningRecorder recorder;

    SECTION("line: one line per plotted column, a point per month") {
        const ReportTable t = citizensPerMonth(6);
        std::unique_ptr<QChart> chart(bs::createChart(t));
        const auto lines = seriesOf<QLineSeries>(chart.get());
        REQUIRE(lines.size() == 4); // the total is not plotted
        for (QLineSeries* line : lines)
            CHECK(line->count() == 6);
        CHECK(lines[2]->name() == QStringLiteral("Group"));
        CHECK(lines[2]->pen().color() == bs::supportFormColor(bs::SupportForm::Group));
        auto* values = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).value(0));
        REQUIRE(values);
        CHECK(values->titleText() == QStringLiteral("Citizens"));
        CHECK(inkedSamples(bs::renderChartImage(t, QSize(800, 500))) > 500);
    }
    SECTION("96 months keep a readable axis: a label every nth month") {
        const ReportTable t = citizensPerMonth(96);
        std::unique_ptr<QChart> chart(bs::createChart(t));
        auto* axis = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Horizontal).value(0));
        REQUIRE(axis);
        CHECK(axis->count() <= 12);
        CHECK(axis->count() >= 8);
        CHECK(seriesOf<QLineSeries>(chart.get()).value(0)->count() == 96);
        CHECK(inkedSamples(bs::renderChartImage(t, QSize(1000, 600))) > 500);
    }
    SECTION("bar: a set per plotted column with a bar per category") {
        const ReportTable t = sessionsTable();
        std::unique_ptr<QChart> chart(bs::createChart(t));
        const auto bars = seriesOf<QBarSeries>(chart.get());
        REQUIRE(bars.size() == 1);
        REQUIRE(bars[0]->count() == 2); // delivery_rate is not plotted
        CHECK(bars[0]->barSets()[0]->count() == 4);
        CHECK(bars[0]->barSets()[1]->at(3) == 120);
        CHECK(inkedSamples(bs::renderChartImage(t, QSize(800, 500))) > 500);
    }
    SECTION("stacked bar") {
        const ReportTable t = reasonsTable();
        std::unique_ptr<QChart> chart(bs::createChart(t));
        const auto bars = seriesOf<QStackedBarSeries>(chart.get());
        REQUIRE(bars.size() == 1);
        CHECK(bars[0]->count() == 3);
        CHECK(bars[0]->barSets()[0]->count() == 3);
        CHECK(inkedSamples(bs::renderChartImage(t, QSize(800, 500))) > 500);
    }
    SECTION("horizontal bar, and horizontal stacked for the reasons chart") {
        const ReportTable t = caseloadTable();
        std::unique_ptr<QChart> chart(bs::createChart(t));
        const auto bars = seriesOf<QHorizontalBarSeries>(chart.get());
        REQUIRE(bars.size() == 1);
        CHECK(bars[0]->count() == 2);
        CHECK(bars[0]->barSets()[1]->count() == 3);
        CHECK(bars[0]->barSets()[0]->at(2) == 14); // the first row on top
        CHECK(inkedSamples(bs::renderChartImage(t, QSize(800, 500))) > 500);

        ReportTable reasons = reasonsTable();
        reasons.key = QStringLiteral("activity.cancellation_reasons");
        std::unique_ptr<QChart> lying(bs::createChart(reasons));
        CHECK(seriesOf<QHorizontalStackedBarSeries>(lying.get()).size() == 1);
    }
    SECTION("target columns are dashed lines over the bars, in their form's colour") {
        const ReportTable t = savingsPerYear();
        std::unique_ptr<QChart> chart(bs::createChart(t));
        const auto bars = seriesOf<QBarSeries>(chart.get());
        REQUIRE(bars.size() == 1);
        CHECK(bars[0]->count() == 3); // café, group, virtual
        CHECK(bars[0]->barSets()[0]->color() == bs::supportFormColor(bs::SupportForm::Counselling));
        const auto lines = seriesOf<QLineSeries>(chart.get());
        REQUIRE(lines.size() == 2);
        REQUIRE(lines[0]->count() == 4); // a level across each year
        CHECK(lines[0]->pen().style() == Qt::DashLine);
        CHECK(lines[0]->at(1) == QPointF(0.5, 100000.0));
        CHECK(lines[0]->at(2) == QPointF(0.5, 227000.0));
        CHECK(lines[0]->at(3) == QPointF(1.5, 227000.0));
        CHECK(inkedSamples(bs::renderChartImage(t, QSize(800, 500))) > 500);
    }
    SECTION("heatmap: no Qt chart, a painted image with shaded cells and numbers") {
        const ReportTable t = subGoalHeatmap();
        CHECK(bs::createChart(t) == nullptr);
        const QImage image = bs::renderChartImage(t, QSize(800, 500));
        CHECK(inkedSamples(image) > 1000);
        CHECK(hasColor(image, bs::heatmapColor(1))); // the largest value's cell
        bs::HeatmapWidget widget;
        widget.setTable(t);
        widget.resize(600, 300);
        CHECK(inkedSamples(widget.grab().toImage()) > 500);
    }
    SECTION("no rows: the image says so instead of drawing empty axes") {
        ReportTable t = sessionsTable();
        t.rows.clear();
        CHECK_FALSE(bs::hasChartData(t));
        const QImage image = bs::renderChartImage(t, QSize(600, 400));
        CHECK(inkedSamples(image) > 20);
        CHECK(inkedSamples(image) < 2000);
    }
    INFO(recorder.warnings().join(QStringLiteral("\n")));
    REQUIRE(recorder.warnings().isEmpty());
}

TEST_CASE("Ledelse filter presets count from today", "[ledelse]") {
    using P = bs::LedelseFilterBar::Preset;
    const QDate today(2025, 12, 3);
    const auto period = [&](P p) { return bs::LedelseFilterBar::presetPeriod(p, today); };
    CHECK(period(P::ThisMonth) == std::pair(QDate(2025, 12, 1), QDate(2025, 12, 31)));
    CHECK(period(P::LastMonth) == std::pair(QDate(2025, 11, 1), QDate(2025, 11, 30)));
    CHECK(period(P::ThisQuarter) == std::pair(QDate(2025, 10, 1), QDate(2025, 12, 31)));
    CHECK(period(P::ThisYear) == std::pair(QDate(2025, 1, 1), QDate(2025, 12, 31)));
    CHECK(period(P::LastYear) == std::pair(QDate(2024, 1, 1), QDate(2024, 12, 31)));
    CHECK(period(P::Last12Months) == std::pair(QDate(2025, 1, 1), today));

    bs::LedelseFilterBar bar(today);
    CHECK(bar.filter().from == QDate(2025, 1, 1));
    bar.presetCombo()->setCurrentIndex(bar.presetCombo()->findData(int(P::LastMonth)));
    CHECK(bar.filter().to == QDate(2025, 11, 30));
    bar.fromEdit()->setDate(QDate(2025, 11, 10)); // typing a date makes the period custom
    CHECK(bar.preset() == P::Custom);
    CHECK(bar.filter().from == QDate(2025, 11, 10));

    bar.forms()->actionFor(int(bs::SupportForm::Group))->trigger();
    bar.forms()->actionFor(int(bs::SupportForm::Virtual))->trigger();
    CHECK(bar.filter().forms == QList{bs::SupportForm::Group, bs::SupportForm::Virtual});
    CHECK_FALSE(bar.forms()->allAction()->isChecked());
    bar.forms()->allAction()->trigger();
    CHECK(bar.filter().forms.isEmpty());
}

TEST_CASE("The Ledelse page lists the charts by family and shows a failure in their place",
          "[ledelse]") {
    WarningRecorder recorder;
    PageFixture p;
    p.showAndWait(); // the real computation: a chart, its empty state or its failure

    QTreeWidget* list = p.page->chartList();
    REQUIRE(list->topLevelItemCount() == 3);
    int charts = 0;
    for (int i = 0; i < 3; ++i)
        charts += list->topLevelItem(i)->childCount();
    CHECK(charts == int(bs::chartCatalogue().size()));

    p.compute([](const bs::Database&, bs::ChartId, const bs::ReportFilter&) {
        return bs::Result<ReportTable>::failure(QStringLiteral("the database is locked"));
    });
    CHECK(p.panel()->messageText().contains(QStringLiteral("the database is locked")));
    CHECK_FALSE(p.panel()->numbersToggle()->isEnabled());
    CHECK_FALSE(p.panel()->csvButton()->isEnabled());
    CHECK_FALSE(p.panel()->isBusy());

    // A period ending before it starts is refused without computing.
    QSignalSpy shown(p.page.get(), &bs::LedelsePage::chartShown);
    p.page->filterBar()->setPeriod(QDate(2025, 6, 1), QDate(2025, 5, 1));
    REQUIRE(shown.wait(5000));
    CHECK_FALSE(p.panel()->messageText().isEmpty());
    CHECK_FALSE(p.page->isComputing());
    INFO(recorder.warnings().join(QStringLiteral("\n")));
    REQUIRE(recorder.warnings().isEmpty());
}

TEST_CASE("The Ledelse page computes in a worker with its own connection and drops stale "
          "answers",
          "[ledelse]") {
    PageFixture p;
    p.showAndWait();
    const bs::Database* uiDatabase = &p.f.registry->database();
    QThread* uiThread = QThread::currentThread();
    std::atomic<bool> ownConnection{false};
    std::atomic<bool> offThread{false};
    p.compute([&](const bs::Database& db, bs::ChartId id, const bs::ReportFilter& filter) {
        ownConnection = &db != uiDatabase && db.path() == uiDatabase->path();
        offThread = QThread::currentThread() != uiThread;
        QThread::msleep(150);
        ReportTable t = sessionsTable();
        t.key = QString::fromLatin1(bs::chartInfo(id).code);
        t.title = filter.fromText(); // tells which request this answers
        return bs::Result<ReportTable>(t);
    });
    CHECK(ownConnection.load());
    CHECK(offThread.load());

    // Two filter changes in a row: only the last one's answer is shown, once.
    QSignalSpy shown(p.page.get(), &bs::LedelsePage::chartShown);
    p.page->filterBar()->setPeriod(QDate(2025, 2, 1), QDate(2025, 3, 31));
    p.page->recompute();
    CHECK(p.page->isComputing());
    CHECK(p.panel()->isBusy());
    p.page->filterBar()->setPeriod(QDate(2025, 4, 1), QDate(2025, 6, 30));
    p.page->recompute();
    REQUIRE(shown.wait(10000));
    QTest::qWait(400);
    CHECK(shown.size() == 1);
    REQUIRE(p.panel()->table());
    CHECK(p.panel()->table()->title == QStringLiteral("2025-04-01"));
    CHECK_FALSE(p.panel()->isBusy());

    // Choosing another chart computes it.
    shown.clear();
    p.page->showChart(bs::ChartId::GoalOutcomes);
    REQUIRE(shown.wait(10000));
    CHECK(shown.last().value(0).toString() == QStringLiteral("goals.outcomes"));
    CHECK(p.page->chartList()->currentItem()->text(0) == bs::chartTitle(bs::ChartId::GoalOutcomes));

    // Ticking a support form recomputes with it.
    std::atomic<int> forms{-1};
    p.compute([&](const bs::Database&, bs::ChartId, const bs::ReportFilter& filter) {
        forms = int(filter.forms.size());
        return bs::Result<ReportTable>(sessionsTable());
    });
    shown.clear();
    p.page->filterBar()->forms()->actionFor(int(bs::SupportForm::Group))->trigger();
    REQUIRE(shown.wait(10000));
    CHECK(forms.load() == 1);
}

TEST_CASE("The Ledelse page shows the chart, its numbers and the empty state", "[ledelse]") {
    WarningRecorder recorder;
    LocaleScope danish(QLocale(QLocale::Danish, QLocale::Denmark));
    PageFixture p;
    p.showAndWait();

    p.compute(PageFixture::answer(sessionsTable()));
    bs::LedelseChartPanel* panel = p.panel();
    CHECK(panel->messageText().isEmpty());
    REQUIRE(panel->chartView()->chart());
    CHECK(seriesOf<QBarSeries>(panel->chartView()->chart()).size() == 1);
    CHECK(panel->findChild<QLabel*>(QStringLiteral("chartDescription"))->text() ==
          sessionsTable().description);

    CHECK(panel->tableView()->isHidden());
    QTest::mouseClick(panel->numbersToggle(), Qt::LeftButton);
    CHECK(panel->tableView()->isVisible());
    QAbstractItemModel* model = panel->tableView()->model();
    REQUIRE(model->rowCount() == 4);
    REQUIRE(model->columnCount() == 4);
    CHECK(model->data(model->index(0, 1)).toString() == QStringLiteral("1.250"));
    CHECK(model->data(model->index(3, 3)).toString() == QStringLiteral("12,5 %"));
    CHECK(model->data(model->index(0, 1), Qt::TextAlignmentRole).toInt() & Qt::AlignRight);
    CHECK(model->headerData(2, Qt::Horizontal).toString() == QStringLiteral("Delivered"));

    ReportTable heat = subGoalHeatmap();
    p.compute(PageFixture::answer(heat));
    CHECK(panel->heatmap()->isVisible());

    ReportTable empty = sessionsTable();
    empty.rows.clear();
    p.compute(PageFixture::answer(empty));
    CHECK(panel->messageText() == bs::emptyChartText());
    CHECK(panel->numbersToggle()->isEnabled()); // the (empty) table and its headers still show
    INFO(recorder.warnings().join(QStringLiteral("\n")));
    REQUIRE(recorder.warnings().isEmpty());
}

TEST_CASE("The Ledelse exports write PNG, CSV for Danish Excel and a real workbook", "[ledelse]") {
    WarningRecorder recorder;
    PageFixture p;
    p.showAndWait();
    p.page->filterBar()->setPeriod(QDate(2025, 1, 1), QDate(2025, 12, 31));
    p.compute(PageFixture::answer(sessionsTable()));
    bs::LedelseChartPanel* panel = p.panel();

    QStringList suggestions;
    QString target;
    panel->setSavePathFunction([&](const QString&, const QString& suggested, const QString&) {
        suggestions << QFileInfo(suggested).fileName();
        return target;
    });

    SECTION("cancelling the file dialog writes nothing") {
        target.clear();
        QTest::mouseClick(panel->csvButton(), Qt::LeftButton);
        CHECK(suggestions ==
              QStringList{QStringLiteral("activity_sessions_2025-01-01_2025-12-31.csv")});
        CHECK(panel->exportStatus()->text().isEmpty());
    }
    SECTION("CSV: byte-order mark, semicolons and decimal commas") {
        target = p.f.dir.filePath(QStringLiteral("sessions")); // the extension is added
        QSignalSpy exported(panel, &bs::LedelseChartPanel::exported);
        QTest::mouseClick(panel->csvButton(), Qt::LeftButton);
        REQUIRE(exported.size() == 1);
        QFile file(target + QStringLiteral(".csv"));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        CHECK(bytes.startsWith("\xEF\xBB\xBF"));
        CHECK(bytes.contains("Virtual;140;120;12,5\r\n"));
        CHECK(bytes.contains("Group;96;90;93,8\r\n"));
        CHECK(panel->exportStatus()->text().contains(QStringLiteral("sessions.csv")));
    }
    SECTION("XLSX: read back, the numbers are numbers in the sheet") {
        target = p.f.dir.filePath(QStringLiteral("sessions.xlsx"));
        QTest::mouseClick(panel->xlsxButton(), Qt::LeftButton);
        const QByteArray sheet = bs::test::zipMember(target, "xl/worksheets/sheet1.xml");
        REQUIRE_FALSE(sheet.isEmpty());
        CHECK(sheet.contains("<v>1250</v>"));
        CHECK(sheet.contains("<v>12.5</v>"));
        CHECK(sheet.contains("<v>93.75</v>"));
        CHECK(bs::test::zipMember(target, "xl/sharedStrings.xml").contains("Counselling"));
    }
    SECTION("PNG: the chart image with its title") {
        target = p.f.dir.filePath(QStringLiteral("sessions.png"));
        QTest::mouseClick(panel->pngButton(), Qt::LeftButton);
        QImage image(target);
        REQUIRE_FALSE(image.isNull());
        CHECK(image.size() == QSize(1400, 900));
        CHECK(inkedSamples(image) > 1000);
    }
    SECTION("a folder that does not exist gives a message") {
        target = p.f.dir.filePath(QStringLiteral("missing/sessions.xlsx"));
        QTest::mouseClick(panel->xlsxButton(), Qt::LeftButton);
        CHECK(panel->exportStatus()->text().contains(QStringLiteral("does not exist")));
    }
    INFO(recorder.warnings().join(QStringLiteral("\n")));
    REQUIRE(recorder.warnings().isEmpty());
}

// Not run by default: writes screenshots of the page to /tmp for a human look.
TEST_CASE("Ledelse screenshots", "[.ledelse-screens]") {
    LocaleScope danish(QLocale(QLocale::Danish, QLocale::Denmark));
    PageFixture p;
    p.showAndWait();
    const auto shoot = [&](const ReportTable& t, const char* name, bool numbers) {
        p.compute(PageFixture::answer(t));
        p.panel()->numbersToggle()->setChecked(numbers);
        QTest::qWait(50);
        p.page->grab().save(QStringLiteral("/tmp/ledelse-ui-%1.png").arg(QLatin1String(name)));
        bs::renderChartImage(t, QSize(1400, 900))
            .save(QStringLiteral("/tmp/ledelse-ui-%1-export.png").arg(QLatin1String(name)));
    };
    shoot(citizensPerMonth(96), "line96", false);
    shoot(sessionsTable(), "bars", true);
    shoot(caseloadTable(), "horizontal", false);
    shoot(savingsPerYear(), "target", false);
    ReportTable perMonth = citizensPerMonth(12);
    perMonth.key = QStringLiteral("savings.per_month");
    perMonth.chart = ChartKind::Bar;
    shoot(perMonth, "stacked", false);
    shoot(subGoalHeatmap(), "heatmap", false);
    ReportTable empty = sessionsTable();
    empty.rows.clear();
    shoot(empty, "empty", false);
    p.compute([](const bs::Database&, bs::ChartId, const bs::ReportFilter&) {
        return bs::Result<ReportTable>::failure(QStringLiteral("the database is locked"));
    });
    p.page->grab().save(QStringLiteral("/tmp/ledelse-ui-failure.png"));
}

TEST_CASE("The Ledelse page saves every chart in one workbook, or nothing", "[ledelse]") {
    PageFixture p;
    p.showAndWait();
    QTemporaryDir dir;
    // Each chart answers with a one-row table carrying its own code, so the sheets can be told
    // apart.
    const auto tables = [](const bs::Database&, bs::ChartId id, const bs::ReportFilter&) {
        ReportTable t;
        t.title = bs::chartTitle(id);
        t.columns = {{QStringLiteral("code"), QStringLiteral("Code"), bs::ColumnType::Text},
                     {QStringLiteral("n"), QStringLiteral("N"), bs::ColumnType::Integer}};
        t.rows = {{QString::fromLatin1(bs::chartInfo(id).code), 7}};
        return bs::Result<ReportTable>(t);
    };
    p.compute(tables);

    SECTION("every chart is a sheet") {
        const QString path = dir.filePath(QStringLiteral("alle.xlsx"));
        QSignalSpy written(p.page.get(), &bs::LedelsePage::workbookWritten);
        REQUIRE(p.page->exportAllCharts(path));
        REQUIRE(written.wait(20000));
        CHECK(written.first().first().toString() == path);
        const QStringList sheets =
            bs::test::zipNames(path).filter(QStringLiteral("xl/worksheets/sheet"));
        CHECK(sheets.size() == int(bs::chartCatalogue().size()));
        CHECK(bs::test::zipMember(path, "xl/sharedStrings.xml").contains("savings.per_year"));
    }
    SECTION("a chart that fails writes nothing and says which") {
        p.compute([&](const bs::Database& db, bs::ChartId id, const bs::ReportFilter& f) {
            if (id == bs::ChartId::GoalOutcomes)
                return bs::Result<ReportTable>::failure(QStringLiteral("the database is locked"));
            return tables(db, id, f);
        });
        const QString path = dir.filePath(QStringLiteral("alle.xlsx"));
        QSignalSpy problem(p.page.get(), &bs::LedelsePage::problem);
        REQUIRE(p.page->exportAllCharts(path));
        REQUIRE(problem.wait(20000));
        const QString message = problem.first().first().toString();
        CHECK(message.contains(bs::chartTitle(bs::ChartId::GoalOutcomes)));
        CHECK(message.contains(QStringLiteral("the database is locked")));
        CHECK_FALSE(QFile::exists(path));
    }
}
