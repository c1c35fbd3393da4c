#include "SyncExportPanel.h"

#include "Format.h"
#include "PassphraseDialog.h"
#include "SyncMessage.h"
#include "storage/Database.h"
#include "sync/Passphrase.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace bs {

namespace {

// A name as part of a file name: lower case, letters and digits, words joined by "-".
QString fileNamePart(const QString& name) {
    QString out;
    for (const QChar c : name.trimmed().toLower()) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

} // namespace

SyncExportPanel::SyncExportPanel(sync::SyncService& service, Database& db, QWidget* parent)
    : QWidget(parent), m_service(service), m_db(db), m_recipient(new QComboBox),
      m_recipientNote(new QLabel), m_save(new QPushButton(tr("&Save file…"))),
      m_progress(new QProgressBar), m_message(newSyncMessageLabel("exportMessage")) {
    m_recipient->setObjectName(QStringLiteral("exportRecipient"));
    m_recipientNote->setObjectName(QStringLiteral("exportRecipientNote"));
    m_recipientNote->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("exportSave"));
    m_save->setToolTip(tr("Writes the changes to an encrypted file you can carry on a USB stick "
                          "or mail to yourself."));
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, syncui::kProgressSteps);
    m_progress->hide();

    auto* intro = new QLabel(
        tr("Send the changes made on this computer to another one. The file is encrypted: "
           "without the passphrase, which you get when the file is saved, it is useless to "
           "anyone who finds the USB stick."));
    intro->setWordWrap(true);

    auto* form = new QFormLayout;
    auto* recipientLabel = new QLabel(tr("Send &to:"));
    recipientLabel->setBuddy(m_recipient);
    form->addRow(recipientLabel, m_recipient);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_recipientNote);
    layout->addWidget(m_save, 0, Qt::AlignLeft);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_recipient, &QComboBox::currentIndexChanged, this,
            &SyncExportPanel::updateRecipientNote);
    connect(m_save, &QPushButton::clicked, this, &SyncExportPanel::chooseFile);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &SyncExportPanel::finished);
    connect(&m_watcher, &QFutureWatcherBase::progressRangeChanged, m_progress,
            &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    reloadPeers();
}

SyncExportPanel::~SyncExportPanel() {
    // The worker uses the database file and the clock: let it end first.
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void SyncExportPanel::reloadPeers() {
    const bool first = m_recipient->count() == 0;
    const QUuid chosen = recipient();
    const QSignalBlocker block(m_recipient);
    m_recipient->clear();
    auto peers = m_service.peers();
    m_peers = peers ? *peers : QList<sync::PeerInfo>();
    std::sort(m_peers.begin(), m_peers.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const sync::PeerInfo& peer : m_peers)
        m_recipient->addItem(
            peer.name.isEmpty()
                ? tr("Unnamed computer (%1)").arg(peer.site.toString(QUuid::WithoutBraces).left(8))
                : peer.name,
            peer.site);
    m_recipient->addItem(tr("A new computer (sends everything)"), QUuid());
    const int index = m_recipient->findData(chosen);
    // The first time, the first known computer; later, the one chosen before.
    m_recipient->setCurrentIndex(first || index < 0 ? 0 : index);
    if (!peers)
        showSyncMessage(m_message,
                        tr("The computers this one has exchanged files with could not be read: "
                           "%1")
                            .arg(peers.message()),
                        SyncTone::Error);
    updateRecipientNote();
}

QUuid SyncExportPanel::recipient() const {
    return m_recipient->currentData().toUuid();
}

QString SyncExportPanel::recipientName() const {
    return recipient().isNull() ? tr("a new computer") : m_recipient->currentText();
}

void SyncExportPanel::updateRecipientNote() {
    const QUuid peer = recipient();
    QString note;
    if (peer.isNull()) {
        note = tr("Everything on this computer goes in the file. Use this for a computer that "
                  "has never received a file from here.");
    } else {
        for (const sync::PeerInfo& p : m_peers) {
            if (p.site != peer)
                continue;
            note = tr("Every change %1 has not confirmed receiving goes in the file, so a file "
                      "that was lost is made good by the next one.")
                       .arg(m_recipient->currentText());
            if (p.lastSeenUtc.isValid())
                note += QLatin1Char(' ') +
                        tr("Last file from %1: %2.")
                            .arg(m_recipient->currentText(), localDateTimeText(p.lastSeenUtc));
        }
    }
    note += QLatin1Char(' ') + tr("The number of changes is counted while the file is written.");
    m_recipientNote->setText(note);
}

QString SyncExportPanel::suggestedFileName() const {
    QString site = fileNamePart(m_service.siteName());
    if (site.isEmpty())
        site = QStringLiteral("denne-computer");
    QString peer = recipient().isNull() ? QStringLiteral("ny-computer")
                                        : fileNamePart(m_recipient->currentText());
    if (peer.isEmpty())
        peer = QStringLiteral("computer");
    const QString date = m_db.clock().today().toString(Qt::ISODate);
    return QStringLiteral("bostotte-%1-til-%2-%3.bstt").arg(site, peer, date);
}

void SyncExportPanel::chooseFile() {
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(documents.isEmpty() ? QDir::homePath() : documents).filePath(suggestedFileName());
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save changes for %1").arg(recipientName()),
                                     suggested, tr("Bostøtte sync file (*.bstt)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".bstt"), Qt::CaseInsensitive))
        path += QStringLiteral(".bstt");
    exportTo(path);
}

bool SyncExportPanel::exportTo(const QString& path) {
    if (m_watcher.isRunning())
        return false;
    m_path = path;
    m_passphrase = sync::generatePassphrase();
    showSyncMessage(m_message, tr("Writing the file…"), SyncTone::Plain);
    setWorking(true);
    const QUuid peer = recipient();
    const QString passphrase = m_passphrase;
    const bool fast = m_fastKdf;
    m_watcher.setFuture(syncui::runExport(
        m_db, [path, peer, passphrase, fast](sync::SyncService& s, const sync::Progress& p) {
            return s.exportBundle(path, peer, passphrase, p, fast);
        }));
    return true;
}

void SyncExportPanel::setWorking(bool working) {
    m_progress->setVisible(working);
    m_progress->setRange(0, 0); // busy until the worker tells its progress
    m_save->setEnabled(!working);
    m_recipient->setEnabled(!working);
}

void SyncExportPanel::finished() {
    setWorking(false);
    const QString passphrase = std::exchange(m_passphrase, QString());
    const QString name = recipientName();
    if (m_watcher.future().resultCount() == 0) {
        showSyncMessage(m_message, tr("The file was not saved."), SyncTone::Error);
        return;
    }
    const auto outcome = m_watcher.result();
    // The export recorded its history on another connection.
    const Status clock = m_db.refreshClock();
    if (outcome.value && !clock) {
        showSyncMessage(m_message, clock.message(), SyncTone::Error);
        return;
    }
    if (!outcome.value) {
        showSyncMessage(m_message, tr("The file was not saved: %1").arg(outcome.error),
                        SyncTone::Error);
        return;
    }
    const QLocale locale;
    const QString file = QDir::toNativeSeparators(m_path);
    if (outcome.value->changes == 0)
        showSyncMessage(m_message,
                        tr("Saved %1. There were no changes %2 lacks; the file still tells it "
                           "what this computer holds.")
                            .arg(file, name),
                        SyncTone::Success);
    else
        showSyncMessage(m_message,
                        tr("Saved %n change(s) for %1 in %2 (%3).", nullptr,
                           int(qMin<qint64>(outcome.value->changes, INT_MAX)))
                            .arg(name, file, locale.formattedDataSize(outcome.value->bytes)),
                        SyncTone::Success);
    emit exported(m_path);
    auto* dialog = new PassphraseDialog(passphrase, m_path, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace bs
