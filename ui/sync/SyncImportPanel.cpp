#include "SyncImportPanel.h"

#include "Format.h"
#include "SyncMessage.h"
#include "storage/Database.h"
#include "sync/BundleFile.h"
#include "sync/Passphrase.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace bs {

SyncImportPanel::SyncImportPanel(sync::SyncService& service, Database& db, QWidget* parent)
    : QWidget(parent), m_service(service), m_db(db), m_choose(new QPushButton(tr("C&hoose file…"))),
      m_file(new QLabel(tr("No file chosen."))), m_sender(newSyncMessageLabel("importSender")),
      m_passphrase(new QLineEdit), m_preview(new QPushButton(tr("Show &what changes"))),
      m_progress(new QProgressBar), m_message(newSyncMessageLabel("importMessage")),
      m_previewBox(new QGroupBox(tr("What the import will do"))), m_summary(new QLabel),
      m_warnings(newSyncMessageLabel("importWarnings")), m_samples(new QListWidget),
      m_apply(new QPushButton(tr("&Import the changes"))) {
    m_choose->setObjectName(QStringLiteral("importChoose"));
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_file->setWordWrap(true);
    m_passphrase->setObjectName(QStringLiteral("importPassphrase"));
    m_passphrase->setPlaceholderText(tr("The six words, e.g. hest bord sol kage tog mark"));
    m_passphrase->setToolTip(tr("Spaces, dashes and capital letters do not matter."));
    m_passphrase->setClearButtonEnabled(true);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setToolTip(tr("Opens the file and shows what would change. Nothing is imported "
                             "yet."));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->hide();
    m_previewBox->setObjectName(QStringLiteral("importPreviewBox"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_samples->setObjectName(QStringLiteral("importSamples"));
    m_samples->setMaximumHeight(180);
    m_apply->setObjectName(QStringLiteral("importApply"));
    m_apply->setToolTip(tr("A backup of the data is taken first; then every change is imported "
                           "at once, or none."));

    auto* intro = new QLabel(tr("Bring in the changes from a file another computer saved. You "
                                "see what would change before anything is imported."));
    intro->setWordWrap(true);

    auto* fileLabel = new QLabel(tr("File:"));
    auto* passLabel = new QLabel(tr("&Passphrase:"));
    passLabel->setBuddy(m_passphrase);
    const int labelWidth = qMax(fileLabel->sizeHint().width(), passLabel->sizeHint().width());
    fileLabel->setMinimumWidth(labelWidth);
    passLabel->setMinimumWidth(labelWidth);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_choose);
    fileRow->addWidget(m_file, 1);
    auto* passRow = new QHBoxLayout;
    passRow->addWidget(passLabel);
    passRow->addWidget(m_passphrase, 1);
    passRow->addWidget(m_preview);

    auto* previewLayout = new QVBoxLayout(m_previewBox);
    previewLayout->addWidget(m_summary);
    // One row per kind of change, the number right-aligned next to its meaning.
    const std::pair<QString, const char*> kinds[] = {
        {tr("New records"), "countNew"},
        {tr("Changed records"), "countChanged"},
        {tr("Deleted records"), "countDeleted"},
        {tr("Deleted here but edited there, so they come back"), "countRestored"},
        {tr("New conflicts to look at afterwards"), "countConflicts"},
        {tr("Notes that will show two versions"), "countNoteVersions"},
        {tr("Records erased by law"), "countPurges"},
        {tr("Changes already here (skipped)"), "countAlreadyHere"},
    };
    auto* grid = new QGridLayout;
    grid->setColumnStretch(2, 1);
    grid->setHorizontalSpacing(24);
    for (const auto& [label, name] : kinds) {
        auto* text = new QLabel(label);
        auto* value = new QLabel;
        value->setObjectName(QLatin1String(name));
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const int r = grid->rowCount();
        grid->addWidget(text, r, 0);
        grid->addWidget(value, r, 1);
        m_countLabels << text;
        m_countValues << value;
    }
    previewLayout->addLayout(grid);
    previewLayout->addWidget(m_warnings);
    auto* samplesLabel = new QLabel(tr("For example:"));
    samplesLabel->setObjectName(QStringLiteral("importSamplesLabel"));
    previewLayout->addWidget(samplesLabel);
    previewLayout->addWidget(m_samples);
    previewLayout->addWidget(m_apply, 0, Qt::AlignLeft);
    m_previewBox->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_sender);
    layout->addLayout(passRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(m_previewBox);
    layout->addStretch(1);

    connect(m_choose, &QPushButton::clicked, this, &SyncImportPanel::chooseFile);
    connect(m_preview, &QPushButton::clicked, this, &SyncImportPanel::showPreview);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &SyncImportPanel::showPreview);
    connect(m_passphrase, &QLineEdit::textEdited, this, [this] {
        // A preview belongs to the passphrase it was made with.
        if (sync::normalisePassphrase(m_passphrase->text()) != m_previewedPassphrase)
            clearPreview();
        updateButtons();
    });
    connect(m_apply, &QPushButton::clicked, this, &SyncImportPanel::importChanges);
    for (auto* watcher : {static_cast<QFutureWatcherBase*>(&m_previewWatcher),
                          static_cast<QFutureWatcherBase*>(&m_importWatcher)}) {
        connect(watcher, &QFutureWatcherBase::progressRangeChanged, m_progress,
                &QProgressBar::setRange);
        connect(watcher, &QFutureWatcherBase::progressValueChanged, m_progress,
                &QProgressBar::setValue);
    }
    connect(&m_previewWatcher, &QFutureWatcherBase::finished, this,
            &SyncImportPanel::previewFinished);
    connect(&m_importWatcher, &QFutureWatcherBase::finished, this,
            &SyncImportPanel::importFinished);
    setTabOrder(m_choose, m_passphrase);
    setTabOrder(m_passphrase, m_preview);
    setTabOrder(m_preview, m_samples);
    setTabOrder(m_samples, m_apply);
    updateButtons();
}

SyncImportPanel::~SyncImportPanel() {
    m_previewWatcher.disconnect(this);
    m_importWatcher.disconnect(this);
    m_previewWatcher.waitForFinished();
    m_importWatcher.waitForFinished();
}

void SyncImportPanel::chooseFile() {
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString start = m_path.isEmpty() ? (documents.isEmpty() ? QDir::homePath() : documents)
                                           : QFileInfo(m_path).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the file to import"), start,
                                     tr("Bostøtte sync file (*.bstt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool SyncImportPanel::openFile(const QString& path) {
    m_path = path;
    m_fileOk = false;
    clearPreview();
    showSyncMessage(m_message, {}, SyncTone::Plain);
    m_file->setText(QDir::toNativeSeparators(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showSyncMessage(m_sender, bundleProblemMessage(sync::BundleProblem::Io), SyncTone::Error);
        updateButtons();
        return false;
    }
    const auto peeked = sync::peekBundleHeader(file);
    if (const auto* error = std::get_if<sync::BundleError>(&peeked)) {
        showSyncMessage(m_sender, error->message, SyncTone::Error);
        updateButtons();
        return false;
    }
    const sync::BundleHeader& header = std::get<sync::BundleHeader>(peeked);
    if (const auto newer = sync::checkBundleSchema(header, quint16(m_db.schemaVersion()))) {
        showSyncMessage(m_sender, newer->message, SyncTone::Error);
        updateButtons();
        return false;
    }
    // The header is not authenticated yet: it only helps the user recognise the file.
    QString sender;
    if (header.sender == m_service.siteId()) {
        showSyncMessage(m_sender,
                        tr("This file was saved on this computer (%1). Importing it brings "
                           "nothing new; choose the file from the other computer.")
                            .arg(localDateTimeText(header.createdUtc)),
                        SyncTone::Warning);
    } else {
        if (auto peers = m_service.peers())
            for (const sync::PeerInfo& p : *peers)
                if (p.site == header.sender)
                    sender = p.name;
        showSyncMessage(
            m_sender,
            sender.isEmpty()
                ? tr("From a computer this one has not received files from before "
                     "(%1), saved %2.")
                      .arg(header.sender.toString(QUuid::WithoutBraces).left(8),
                           localDateTimeText(header.createdUtc))
                : tr("From %1, saved %2.").arg(sender, localDateTimeText(header.createdUtc)),
            SyncTone::Plain);
    }
    m_fileOk = true;
    updateButtons();
    m_passphrase->setFocus();
    return true;
}

void SyncImportPanel::clearPreview() {
    m_previewedPassphrase.clear();
    m_previewBox->hide();
    m_samples->clear();
}

void SyncImportPanel::updateButtons() {
    const bool working = isWorking();
    m_choose->setEnabled(!working);
    m_passphrase->setEnabled(m_fileOk && !working);
    m_preview->setEnabled(m_fileOk && !working && !m_passphrase->text().trimmed().isEmpty());
    m_apply->setEnabled(m_fileOk && !working && !m_previewedPassphrase.isEmpty() &&
                        m_previewedPassphrase == sync::normalisePassphrase(m_passphrase->text()));
}

void SyncImportPanel::setWorking(bool working) {
    m_progress->setVisible(working);
    m_progress->setRange(0, 0); // busy until the worker tells its progress
    updateButtons();
}

bool SyncImportPanel::showPreview() {
    if (!m_fileOk || isWorking())
        return false;
    const QString passphrase = sync::normalisePassphrase(m_passphrase->text());
    if (passphrase.isEmpty()) {
        showSyncMessage(m_message, tr("Type the passphrase you were given with the file."),
                        SyncTone::Error);
        return false;
    }
    clearPreview();
    showSyncMessage(m_message, tr("Opening the file…"), SyncTone::Plain);
    const QString path = m_path;
    m_previewWatcher.setFuture(
        syncui::runPreview(m_db, [path, passphrase](sync::SyncService& s, const sync::Progress& p) {
            return s.preview(path, passphrase, p);
        }));
    setWorking(true);
    return true;
}

void SyncImportPanel::previewFinished() {
    setWorking(false);
    if (m_previewWatcher.future().resultCount() == 0)
        return;
    const auto outcome = m_previewWatcher.result();
    if (!outcome.value) {
        showSyncMessage(m_message, outcome.error, SyncTone::Error);
        m_passphrase->setFocus();
        m_passphrase->selectAll();
        return;
    }
    showSyncMessage(m_message, {}, SyncTone::Plain);
    fillPreview(*outcome.value);
    m_previewedPassphrase = sync::normalisePassphrase(m_passphrase->text());
    if (outcome.value->alreadyImported)
        m_previewedPassphrase.clear(); // nothing to do: importing again changes nothing
    updateButtons();
    if (m_apply->isEnabled())
        m_apply->setFocus();
}

void SyncImportPanel::fillPreview(const sync::ImportPreview& p) {
    const QLocale locale;
    m_summary->setText(tr("From %1, saved %2: %n change(s) in the file.", nullptr,
                          int(qMin<qint64>(p.changes, INT_MAX)))
                           .arg(p.senderName.isEmpty() ? tr("an unnamed computer") : p.senderName,
                                localDateTimeText(p.createdUtc)));
    const QList<qint64> values = {p.newRows,   p.changedRows,     p.deletedRows, p.restoredRows,
                                  p.conflicts, p.newNoteVersions, p.purges,      p.alreadyHere};
    for (int i = 0; i < m_countValues.size() && i < values.size(); ++i) {
        m_countValues.at(i)->setText(locale.toString(values.at(i)));
        QFont font = m_countValues.at(i)->font();
        font.setBold(values.at(i) > 0);
        m_countValues.at(i)->setFont(font);
    }
    // Erasure by law is rare: its row shows only when the file carries one.
    const bool purges = p.purges > 0;
    m_countValues.at(6)->setVisible(purges);
    m_countLabels.at(6)->setVisible(purges);

    QStringList warnings = p.warnings;
    if (warnings.isEmpty() && p.clockAhead > 0)
        warnings << tr("%n change(s) carry a time more than 24 hours ahead of this computer's "
                       "clock. They are applied, but where they change an address, a date or a "
                       "status, the change is listed under Conflicts to check.",
                       nullptr, p.clockAhead);
    if (warnings.isEmpty() && p.clockBehind > 0)
        warnings << tr("The other computer's clock was more than 24 hours behind (%n change(s)). "
                       "Check the date and time on it.",
                       nullptr, p.clockBehind);
    if (p.alreadyImported)
        warnings.prepend(tr("This file was imported before. Importing it again changes "
                            "nothing."));
    showSyncMessage(m_warnings, warnings.join(QLatin1Char('\n')), SyncTone::Warning);

    m_samples->clear();
    m_samples->addItems(p.samples);
    m_samples->setVisible(!p.samples.isEmpty());
    if (auto* label = m_previewBox->findChild<QLabel*>(QStringLiteral("importSamplesLabel")))
        label->setVisible(!p.samples.isEmpty());
    m_previewBox->show();
}

bool SyncImportPanel::importChanges() {
    if (!m_apply->isEnabled() || isWorking())
        return false;
    const QString path = m_path;
    const QString passphrase = m_previewedPassphrase;
    showSyncMessage(m_message, tr("Taking a backup and importing…"), SyncTone::Plain);
    m_importWatcher.setFuture(
        syncui::runImport(m_db, [path, passphrase](sync::SyncService& s, const sync::Progress& p) {
            return s.importBundle(path, passphrase, p);
        }));
    setWorking(true);
    return true;
}

void SyncImportPanel::importFinished() {
    setWorking(false);
    if (m_importWatcher.future().resultCount() == 0)
        return;
    const auto outcome = m_importWatcher.result();
    // The worker wrote on its own connection: this one's clock must move past its changes.
    const Status clock = m_db.refreshClock();
    if (!outcome.value) {
        showSyncMessage(m_message, outcome.error, SyncTone::Error);
        return;
    }
    if (!clock) {
        showSyncMessage(m_message, clock.message(), SyncTone::Error);
        emit imported();
        return;
    }
    const sync::ImportPreview& p = outcome.value->preview;
    clearPreview();
    m_passphrase->clear();
    QString text = tr("Imported from %1: %2 new, %3 changed, %4 deleted.")
                       .arg(p.senderName.isEmpty() ? tr("the other computer") : p.senderName)
                       .arg(p.newRows)
                       .arg(p.changedRows)
                       .arg(p.deletedRows);
    if (p.conflicts > 0)
        text += QLatin1Char(' ') +
                tr("%n conflict(s) to look at under Conflicts.", nullptr, p.conflicts);
    if (!outcome.value->backupPath.isEmpty())
        text += QLatin1Char('\n') + tr("The data as it was before is kept in %1.")
                                        .arg(QDir::toNativeSeparators(outcome.value->backupPath));
    showSyncMessage(m_message, text, SyncTone::Success);
    // Done with this file: the next import starts with choosing one.
    m_fileOk = false;
    m_file->setText(tr("No file chosen."));
    showSyncMessage(m_sender, {}, SyncTone::Plain);
    updateButtons();
    emit imported();
}

} // namespace bs
