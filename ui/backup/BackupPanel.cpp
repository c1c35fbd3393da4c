#include "BackupPanel.h"

#include "BackupPassphraseDialog.h"
#include "Format.h"
#include "RestoreDialog.h"
#include "services/Registry.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace bs {

BackupPanel::BackupPanel(Registry& registry, QWidget* parent, sync::KdfParams kdf)
    : QWidget(parent), m_registry(registry), m_kdf(kdf) {
    setObjectName(QStringLiteral("backupPanel"));

    auto* title = new QLabel(tr("Backups"));
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    title->setFont(bold);
    auto* intro = new QLabel(
        tr("Backups are encrypted copies of the whole database. They can be kept on a server "
           "or an external disk; without the backup passphrase nobody can read them."));
    intro->setWordWrap(true);

    m_refused = new QLabel(tr("Only an administrator manages backups."));
    m_refused->setObjectName(QStringLiteral("backupRefused"));
    m_refused->setWordWrap(true);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("backupStatus"));
    m_status->setWordWrap(true);

    m_folder = new QLineEdit;
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_folder->setPlaceholderText(tr("a folder on a server share or an external disk"));
    auto* choose = new QPushButton(tr("C&hoose…"));
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Folder for backups"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);

    m_interval = new QComboBox;
    m_interval->setObjectName(QStringLiteral("backupInterval"));
    m_interval->addItem(tr("Only when started by hand"), int(BackupInterval::Off));
    m_interval->addItem(tr("Every day"), int(BackupInterval::Daily));
    m_interval->addItem(tr("Every week"), int(BackupInterval::Weekly));
    m_keep = new QSpinBox;
    m_keep->setObjectName(QStringLiteral("backupKeep"));
    m_keep->setRange(1, 1000);
    m_keep->setSuffix(tr(" backups"));

    auto* form = new QFormLayout;
    auto* folderLabel = new QLabel(tr("&Folder:"));
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("&Schedule:"), m_interval);
    form->addRow(tr("&Keep the newest:"), m_keep);

    m_setUp = new QPushButton;
    m_setUp->setObjectName(QStringLiteral("backupSetUp"));
    connect(m_setUp, &QPushButton::clicked, this, &BackupPanel::setUpBackups);
    m_save = new QPushButton(tr("&Save settings"));
    m_save->setObjectName(QStringLiteral("backupSave"));
    connect(m_save, &QPushButton::clicked, this, &BackupPanel::saveSchedule);
    m_backupNow = new QPushButton(tr("&Back up now"));
    m_backupNow->setObjectName(QStringLiteral("backupNow"));
    connect(m_backupNow, &QPushButton::clicked, this, &BackupPanel::backUpNow);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_setUp);
    actions->addWidget(m_save);
    actions->addStretch(1);
    actions->addWidget(m_backupNow);

    m_progress = new QProgressBar;
    m_progress->setRange(0, backupui::kProgressSteps);
    m_progress->hide();
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("backupMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto* listTitle = new QLabel(tr("Backups in the folder"));
    listTitle->setFont(bold);
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setHeaderLabels({tr("Made"), tr("Size"), tr("File")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->setColumnWidth(0, 160);
    m_list->setColumnWidth(1, 90);
    m_empty = new QLabel(tr("No backups in this folder yet."));
    m_empty->setObjectName(QStringLiteral("backupEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid); padding: 12px;"));
    m_restore = new QPushButton(tr("&Restore…"));
    m_restore->setObjectName(QStringLiteral("backupRestore"));
    m_restore->setToolTip(tr("Restores the chosen backup to a new file."));
    connect(m_restore, &QPushButton::clicked, this, &BackupPanel::restoreSelected);
    connect(m_list, &QTreeWidget::itemActivated, this, &BackupPanel::restoreSelected);
    auto* restoreRow = new QHBoxLayout;
    restoreRow->addStretch(1);
    restoreRow->addWidget(m_restore);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_refused);
    layout->addWidget(m_status);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(listTitle);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addLayout(restoreRow);

    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &BackupPanel::backupFinished);
    refresh();
}

bool BackupPanel::allowed() const {
    const Actor& actor = m_registry.database().actor();
    return !actor.isAccount() || actor.isAdministrator();
}

void BackupPanel::refresh() {
    const bool admin = allowed();
    m_refused->setVisible(!admin);
    BackupService service(m_registry.database(), m_kdf);
    const auto settings = service.settings();
    const BackupSettings s = settings ? *settings : BackupSettings{};
    m_folder->setText(QDir::toNativeSeparators(s.folder));
    m_interval->setCurrentIndex(std::max(0, m_interval->findData(int(s.interval))));
    m_keep->setValue(s.keep);
    const bool ready = s.keySet && !s.folder.isEmpty();
    m_setUp->setText(ready ? tr("New &passphrase…") : tr("Set &up backups…"));
    m_setUp->setToolTip(ready ? tr("Makes a new backup passphrase for the backups made from now "
                                   "on. Older backups keep the passphrase they were made with.")
                              : QString());

    QString status;
    if (!settings)
        status = settings.message();
    else if (!ready)
        status = tr("Backups are not set up yet. Choose a folder and set them up; the backup "
                    "passphrase is shown once.");
    else if (!s.lastUtc.isValid())
        status = tr("No backup has been made yet.");
    else
        status = tr("Last backup: %1.").arg(localDateTimeText(s.lastUtc));
    if (ready && service.isDue())
        status += QLatin1Char(' ') + tr("A backup is due.");
    m_status->setText(status);

    m_list->clear();
    const auto backups = service.list();
    if (backups) {
        for (const BackupInfo& b : *backups) {
            auto* item = new QTreeWidgetItem(
                m_list, {localDateTimeText(b.createdUtc),
                         QLocale().formattedDataSize(b.size, 1, QLocale::DataSizeSIFormat),
                         QFileInfo(b.path).fileName()});
            item->setData(0, Qt::UserRole, b.path);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_empty->setVisible(m_list->topLevelItemCount() == 0);
    m_empty->setText(s.folder.isEmpty() ? tr("Choose a folder for the backups.")
                                        : tr("No backups in this folder yet."));

    const bool busy = m_watcher.isRunning();
    for (QWidget* w : std::initializer_list<QWidget*>{m_folder, m_interval, m_keep, m_setUp})
        w->setEnabled(admin && !busy);
    m_save->setEnabled(admin && !busy && ready);
    m_backupNow->setEnabled(admin && !busy && ready);
    m_restore->setEnabled(admin && !busy);
}

void BackupPanel::showMessage(const QString& text, bool error) {
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void BackupPanel::showPassphrase(const QString& passphrase) {
    BackupPassphraseDialog dialog(passphrase, this);
    dialog.exec();
}

void BackupPanel::setUpBackups() {
    if (!allowed())
        return;
    BackupService service(m_registry.database(), m_kdf);
    if (service.isSetUp()) {
        const auto answer = QMessageBox::question(
            this, tr("New backup passphrase"),
            tr("Backups made from now on will need the new passphrase. The backups already made "
               "still need the old one, so keep it too. Make a new passphrase?"));
        if (answer != QMessageBox::Yes)
            return;
    }
    const auto interval = BackupInterval(m_interval->currentData().toInt());
    auto made = service.setUp(QDir::fromNativeSeparators(m_folder->text().trimmed()), interval,
                              m_keep->value());
    if (!made) {
        showMessage(made.message(), true);
        if (made.error().field == QLatin1String("folder"))
            m_folder->setFocus();
        return;
    }
    showMessage(QString(), false);
    showPassphrase(*made);
    refresh();
}

void BackupPanel::saveSchedule() {
    if (!allowed())
        return;
    BackupService service(m_registry.database(), m_kdf);
    const Status s =
        service.saveSchedule(QDir::fromNativeSeparators(m_folder->text().trimmed()),
                             BackupInterval(m_interval->currentData().toInt()), m_keep->value());
    if (!s) {
        showMessage(s.message(), true);
        if (s.error().field == QLatin1String("folder"))
            m_folder->setFocus();
        return;
    }
    showMessage(tr("The backup settings are saved."), false);
    refresh();
}

void BackupPanel::backUpNow() {
    if (!allowed() || m_watcher.isRunning())
        return;
    if (!BackupService(m_registry.database(), m_kdf).isSetUp()) {
        showMessage(tr("Set backups up first."), true);
        return;
    }
    showMessage(tr("Backing up…"), false);
    m_progress->setValue(0);
    m_progress->show();
    m_watcher.setFuture(backupui::startBackup(m_registry.database()));
    refresh();
}

void BackupPanel::backupFinished() {
    m_progress->hide();
    const backupui::BackupOutcome outcome = m_watcher.future().result();
    refresh();
    if (!outcome.info) {
        showMessage(tr("The backup failed: %1").arg(outcome.error), true);
        return;
    }
    showMessage(
        tr("Backup written: %1 (%2).")
            .arg(QDir::toNativeSeparators(outcome.info->path),
                 QLocale().formattedDataSize(outcome.info->size, 1, QLocale::DataSizeSIFormat)),
        false);
    emit backupMade(outcome.info->path);
}

void BackupPanel::restoreSelected() {
    if (!allowed())
        return;
    const QTreeWidgetItem* item = m_list->currentItem();
    RestoreDialog dialog(m_registry.database(),
                         item ? item->data(0, Qt::UserRole).toString() : QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = QDir::toNativeSeparators(dialog.restoredPath());
    showMessage(tr("The backup is restored to %1. To work in it, close Bostøtte and start it with "
                   "that file (bostotte --db \"%1\"), or close Bostøtte and put it in place of the "
                   "current database file.")
                    .arg(path),
                false);
}

BackupPanel::~BackupPanel() {
    m_watcher.waitForFinished();
}

} // namespace bs
