#include "LedelseChartPanel.h"

#include "ChartRenderer.h"
#include "HeatmapWidget.h"
#include "ReportTableModel.h"
#include "reports/XlsxExport.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace bs {

namespace {

enum Page { ChartPage, HeatmapPage, MessagePage };

constexpr QSize kImageSize(1400, 900);

} // namespace

LedelseChartPanel::LedelseChartPanel(QWidget* parent)
    : QWidget(parent), m_title(new QLabel), m_description(new QLabel),
      m_busyLabel(new QLabel(tr("Calculating…"))), m_busy(new QProgressBar),
      m_stack(new QStackedWidget), m_chartScroll(new QScrollArea), m_chartView(new QChartView),
      m_heatmap(new HeatmapWidget), m_message(new QLabel), m_tableView(new QTableView),
      m_model(new ReportTableModel(this)), m_numbers(new QPushButton(tr("Show &numbers"))),
      m_png(new QPushButton(tr("Save as PN&G…"))), m_csv(new QPushButton(tr("Save as &CSV…"))),
      m_xlsx(new QPushButton(tr("Save as &XLSX…"))), m_status(new QLabel) {
    m_title->setObjectName(QStringLiteral("chartTitle"));
    m_description->setObjectName(QStringLiteral("chartDescription"));
    m_message->setObjectName(QStringLiteral("chartMessage"));
    m_busy->setObjectName(QStringLiteral("chartBusy"));
    m_numbers->setObjectName(QStringLiteral("showNumbers"));
    m_png->setObjectName(QStringLiteral("exportPng"));
    m_csv->setObjectName(QStringLiteral("exportCsv"));
    m_xlsx->setObjectName(QStringLiteral("exportXlsx"));
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_tableView->setObjectName(QStringLiteral("chartNumbers"));

    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_busyLabel->hide();

    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(280);
    m_chartScroll->setWidget(m_chartView);
    m_chartScroll->setWidgetResizable(true);
    m_chartScroll->setFrameShape(QFrame::NoFrame);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    QFont messageFont = m_message->font();
    messageFont.setPointSizeF(messageFont.pointSizeF() * 1.15);
    m_message->setFont(messageFont);
    m_stack->insertWidget(ChartPage, m_chartScroll);
    m_stack->insertWidget(HeatmapPage, m_heatmap);
    m_stack->insertWidget(MessagePage, m_message);
    m_stack->setCurrentIndex(MessagePage);

    m_tableView->setModel(m_model);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setStretchLastSection(false);
    m_tableView->hide();
    m_numbers->setCheckable(true);
    m_numbers->setToolTip(tr("Show the numbers behind the chart"));

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_tableView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* heading = new QHBoxLayout;
    heading->addWidget(m_title, 1);
    heading->addWidget(m_busyLabel);
    heading->addWidget(m_busy);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_numbers);
    buttons->addSpacing(12);
    buttons->addWidget(m_png);
    buttons->addWidget(m_csv);
    buttons->addWidget(m_xlsx);
    buttons->addWidget(m_status, 1);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(heading);
    layout->addWidget(m_description);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    for (QPushButton* b : {m_numbers, m_png, m_csv, m_xlsx})
        b->setEnabled(false);

    connect(m_numbers, &QPushButton::toggled, this, [this](bool on) {
        m_tableView->setVisible(on);
        m_numbers->setText(on ? tr("Hide &numbers") : tr("Show &numbers"));
        if (on)
            m_tableView->resizeColumnsToContents();
    });
    connect(m_png, &QPushButton::clicked, this, [this] {
        exportWith(tr("Save the chart as an image"), QStringLiteral("png"),
                   tr("PNG images (*.png)"), &LedelseChartPanel::exportPng);
    });
    connect(m_csv, &QPushButton::clicked, this, [this] {
        exportWith(tr("Save the numbers as CSV"), QStringLiteral("csv"),
                   tr("CSV files for Excel (*.csv)"), &LedelseChartPanel::exportCsv);
    });
    connect(m_xlsx, &QPushButton::clicked, this, [this] {
        exportWith(tr("Save the numbers as a spreadsheet"), QStringLiteral("xlsx"),
                   tr("Excel workbooks (*.xlsx)"), &LedelseChartPanel::exportXlsx);
    });
    m_askSavePath = [this](const QString& caption, const QString& suggested,
                           const QString& nameFilter) {
        return QFileDialog::getSaveFileName(this, caption, suggested, nameFilter);
    };
}

void LedelseChartPanel::setHeading(const QString& title, const QString& description) {
    m_title->setText(title);
    m_description->setText(description);
    m_description->setVisible(!description.isEmpty());
}

void LedelseChartPanel::setBusy(bool busy) {
    m_busy->setVisible(busy);
    m_busyLabel->setVisible(busy);
}

bool LedelseChartPanel::isBusy() const {
    return !m_busy->isHidden();
}

QString LedelseChartPanel::messageText() const {
    return m_stack->currentIndex() == MessagePage ? m_message->text() : QString();
}

void LedelseChartPanel::showMessage(const QString& message) {
    m_message->setText(message);
    m_stack->setCurrentIndex(MessagePage);
}

void LedelseChartPanel::showTable(const ReportTable& table, const QString& fileStem) {
    m_table = table;
    m_fileStem = fileStem;
    m_model->setTable(table);
    if (m_tableView->isVisible())
        m_tableView->resizeColumnsToContents();
    setHeading(table.title, table.description);
    m_status->clear();
    for (QPushButton* b : {m_numbers, m_png, m_csv, m_xlsx})
        b->setEnabled(true);

    QChart* old = m_chartView->chart();
    if (!hasChartData(table)) {
        showMessage(emptyChartText());
    } else if (chartLayout(table).kind == ChartKind::Heatmap) {
        m_heatmap->setTable(table);
        m_stack->setCurrentIndex(HeatmapPage);
    } else {
        const ChartLayout layout = chartLayout(table);
        // Bars lying down get room for every name; the area scrolls when they need more.
        const int rows = int(table.rows.size());
        m_chartView->setMinimumHeight(layout.horizontal ? std::max(280, rows * 22 + 120) : 280);
        m_chartView->setChart(createChart(table));
        delete old; // setChart releases the previous chart
        m_stack->setCurrentIndex(ChartPage);
    }
}

void LedelseChartPanel::showFailure(const QString& message) {
    m_table.reset();
    m_model->setTable({});
    m_status->clear();
    m_numbers->setChecked(false);
    for (QPushButton* b : {m_numbers, m_png, m_csv, m_xlsx})
        b->setEnabled(false);
    showMessage(tr("The chart could not be made: %1").arg(message));
}

Status LedelseChartPanel::exportPng(const QString& path) const {
    if (!m_table)
        return Status::failure(tr("There is no chart to save."));
    const QImage image = renderChartImage(*m_table, kImageSize, true);
    if (!image.save(path, "PNG"))
        return Status::failure(tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
    return Status::success();
}

Status LedelseChartPanel::exportCsv(const QString& path) const {
    if (!m_table)
        return Status::failure(tr("There are no numbers to save."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_table->toCsv()) < 0 || !file.commit())
        return Status::failure(
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Status::success();
}

Status LedelseChartPanel::exportXlsx(const QString& path) const {
    if (!m_table)
        return Status::failure(tr("There are no numbers to save."));
    return XlsxExport::write(path, {*m_table});
}

void LedelseChartPanel::exportWith(const QString& caption, const QString& extension,
                                   const QString& nameFilter,
                                   Status (LedelseChartPanel::*write)(const QString&) const) {
    if (!m_table)
        return;
    if (m_lastFolder.isEmpty())
        m_lastFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(m_lastFolder).filePath(m_fileStem + QLatin1Char('.') + extension);
    QString path = m_askSavePath(caption, suggested, nameFilter);
    if (path.isEmpty())
        return; // cancelled
    if (!path.endsWith(QLatin1Char('.') + extension, Qt::CaseInsensitive))
        path += QLatin1Char('.') + extension;
    m_lastFolder = QFileInfo(path).absolutePath();
    const Status status = (this->*write)(path);
    if (status) {
        m_status->setText(tr("Saved as %1").arg(QDir::toNativeSeparators(path)));
        emit exported(path);
    } else {
        m_status->setText(status.message());
    }
}

} // namespace bs
