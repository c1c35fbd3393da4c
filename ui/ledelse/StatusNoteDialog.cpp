#include "StatusNoteDialog.h"

#include "services/Registry.h"
#include "widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace bs {

StatusNoteDialog::StatusNoteDialog(Registry& registry, ChartImageRenderer renderer,
                                   const QString& municipality, QWidget* parent, ChartSource charts)
    : QDialog(parent), m_registry(registry), m_renderer(std::move(renderer)),
      m_charts(std::move(charts)) {
    if (!m_charts)
        m_charts = [](const Database& db, ChartId id, const ReportFilter& filter) {
            return computeChart(db, id, filter);
        };
    setWindowTitle(tr("Status note for the committee"));
    const QDate today = registry.clock().today();

    m_at = makeDateEdit(today, this);
    m_previous = makeDateEdit(StatusNote::defaultPrevious(registry.database(), today), this);
    m_path = new QLineEdit(this);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(documents.isEmpty() ? QDir::homePath() : documents)
                        .filePath(tr("Status note %1.pdf").arg(today.toString(Qt::ISODate))));
    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browseButton);
    m_format = new QComboBox(this);
    m_format->addItem(tr("PDF"), int(Output::Pdf));
    m_format->addItem(tr("Editable document (ODT, opens in Word and LibreOffice)"),
                      int(Output::Odt));
    m_format->addItem(tr("PDF and editable document"), int(Output::Both));

    // Who the note is from, remembered from the last note (a municipality or a department).
    m_heading = new QLineEdit(this);
    m_heading->setObjectName(QStringLiteral("noteHeading"));
    m_heading->setMaxLength(200);
    m_heading->setPlaceholderText(tr("e.g. Norddjurs Kommune, Socialpsykiatrien"));
    const QString savedHeading = StatusNote::savedHeading(registry.database());
    m_heading->setText(savedHeading.isEmpty() ? municipality : savedHeading);

    auto* form = new QFormLayout;
    form->addRow(tr("&Heading:"), m_heading);
    form->addRow(tr("Note &date:"), m_at);
    form->addRow(tr("&Compare with:"), m_previous);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("F&ormat:"), m_format);

    auto* intro = new QLabel(tr("The note shows the citizens per support form, legal basis, site "
                                "and group on the note's date and the change since the date "
                                "compared with, and for the period between them the no-shows, "
                                "the indsatsmål reached and the realised savings, with charts."),
                             this);
    intro->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // busy: the figures take a moment on a large database
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMinimumHeight(fontMetrics().lineSpacing() * 3); // room for the saved files

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_make = buttons->addButton(tr("&Make note"), QDialogButtonBox::AcceptRole);
    m_make->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_make, &QPushButton::clicked, this, &StatusNoteDialog::makeNote);
    connect(browseButton, &QPushButton::clicked, this, &StatusNoteDialog::browse);
    connect(m_at, &QDateEdit::dateChanged, this, &StatusNoteDialog::noteDateChanged);
    connect(m_previous, &QDateEdit::dateChanged, this, [this] { m_previousTouched = true; });
    connect(&m_watcher, &QFutureWatcher<Computed>::finished, this,
            &StatusNoteDialog::figuresArrived);
    resize(560, sizeHint().height());
}

StatusNoteDialog::~StatusNoteDialog() {
    // The worker uses the database file and the clock; let it finish before they may go.
    m_watcher.waitForFinished();
}

void StatusNoteDialog::setDates(QDate at, QDate previous) {
    m_at->setDate(at);
    m_previous->setDate(previous);
}

void StatusNoteDialog::setOutput(const QString& path, Output output) {
    m_path->setText(path);
    m_format->setCurrentIndex(m_format->findData(int(output)));
}

QDate StatusNoteDialog::noteDate() const {
    return m_at->date();
}

QDate StatusNoteDialog::previousDate() const {
    return m_previous->date();
}

bool StatusNoteDialog::isWorking() const {
    // From the click until the files are written or a problem is shown: the worker alone may
    // already have finished while its result waits in the event queue.
    return !m_make->isEnabled();
}

void StatusNoteDialog::noteDateChanged() {
    // The comparison date follows the note's date until the user picks one.
    if (m_previousTouched)
        return;
    const QSignalBlocker block(m_previous);
    m_previous->setDate(StatusNote::defaultPrevious(m_registry.database(), m_at->date()));
}

void StatusNoteDialog::browse() {
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Save status note"), m_path->text(), tr("PDF (*.pdf);;OpenDocument text (*.odt)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

QStringList StatusNoteDialog::outputFiles() const {
    const QFileInfo info(m_path->text().trimmed());
    const QString base = info.dir().filePath(info.completeBaseName());
    switch (Output(m_format->currentData().toInt())) {
    case Output::Pdf:
        return {base + QStringLiteral(".pdf")};
    case Output::Odt:
        return {base + QStringLiteral(".odt")};
    case Output::Both:
        return {base + QStringLiteral(".pdf"), base + QStringLiteral(".odt")};
    }
    return {};
}

void StatusNoteDialog::makeNote() {
    if (isWorking())
        return;
    const QDate at = m_at->date();
    const QDate previous = m_previous->date();
    if (previous >= at) {
        finish(tr("The date to compare with must lie before the note's date."), false);
        m_previous->setFocus();
        return;
    }
    if (m_path->text().trimmed().isEmpty() ||
        QFileInfo(m_path->text().trimmed()).completeBaseName().isEmpty()) {
        finish(tr("Choose a file for the note."), false);
        m_path->setFocus();
        return;
    }
    m_make->setEnabled(false);
    m_progress->show();
    m_message->setText(tr("Computing the figures…"));
    const QString path = m_registry.database().path();
    const Clock* clock = &m_registry.clock();
    const ChartSource charts = m_charts;
    const Actor actor = m_registry.database().actor();
    m_watcher.setFuture(QtConcurrent::run([path, clock, charts, at, previous, actor]() -> Computed {
        Database::Options options;
        options.create = false;
        auto db = Database::open(path, *clock, options);
        if (!db)
            return {std::nullopt, db.message()};
        (*db)->setActor(actor); // the worker's connection acts for the same user
        auto note = StatusNote::compute(**db, at, previous, charts);
        if (!note)
            return {std::nullopt, note.message()};
        return {*note, QString()};
    }));
}

void StatusNoteDialog::figuresArrived() {
    const Computed computed = m_watcher.result();
    if (!computed.note) {
        finish(computed.error, false);
        return;
    }
    m_message->setText(tr("Drawing the charts and writing the note…"));
    StatusNoteDocument::Options options;
    options.municipality = m_heading->text().simplified();
    options.renderer = m_renderer;
    const auto document = StatusNoteDocument::build(*computed.note, options);
    const QStringList files = outputFiles();
    for (const QString& file : files) {
        const Status written = file.endsWith(QLatin1String(".pdf"))
                                   ? StatusNoteDocument::writePdf(*document, file)
                                   : StatusNoteDocument::writeOdt(*document, file);
        if (!written) {
            finish(written.message(), false);
            return;
        }
    }
    // The note leaves the application: one `export` entry for the files written together.
    Status recorded = m_registry.database().accessLog().record(
        AccessAction::Export, {}, computed.note->at.toString(Qt::ISODate),
        QStringLiteral("status note"));
    if (recorded)
        recorded = StatusNote::recordMade(m_registry.database(), computed.note->at);
    if (recorded)
        recorded = StatusNote::saveHeading(m_registry.database(), m_heading->text());
    if (!recorded) {
        finish(tr("The note is written, but its date could not be remembered: %1")
                   .arg(recorded.message()),
               false);
        return;
    }
    QStringList names;
    for (const QString& file : files)
        names << QFileInfo(file).fileName();
    m_message->setText(tr("The note is saved in %1:\n%2")
                           .arg(QDir::toNativeSeparators(QFileInfo(files.first()).absolutePath()),
                                names.join(QStringLiteral(", "))));
    m_progress->hide();
    m_make->setEnabled(true);
    m_previousTouched = false;
    emit noteWritten(files);
}

void StatusNoteDialog::finish(const QString& message, bool ok) {
    m_progress->hide();
    m_make->setEnabled(true);
    m_message->setText(message);
    if (!ok)
        emit failed(message);
}

} // namespace bs
