#include "RestoreDialog.h"

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
#include <QVBoxLayout>

namespace bs {

namespace {

QWidget* withChooser(QLineEdit* edit, QPushButton* choose) {
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(choose);
    return row;
}

} // namespace

RestoreDialog::RestoreDialog(const Database& db, const QString& backupPath, QWidget* parent)
    : QDialog(parent), m_db(db) {
    setWindowTitle(tr("Restore a backup"));
    setObjectName(QStringLiteral("restoreDialog"));

    auto* intro =
        new QLabel(tr("The backup is restored to a new file; the database open now is not changed. "
                      "Erasures made since the backup are applied to the restored copy as well."));
    intro->setWordWrap(true);

    m_backup = new QLineEdit(backupPath);
    m_backup->setObjectName(QStringLiteral("restoreBackup"));
    auto* chooseBackup = new QPushButton(tr("C&hoose…"));
    connect(chooseBackup, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Choose a backup"), QFileInfo(m_backup->text()).absolutePath(),
            tr("Bostøtte backups (*.bstbackup)"));
        if (!file.isEmpty())
            m_backup->setText(file);
    });

    m_passphrase = new QLineEdit;
    m_passphrase->setObjectName(QStringLiteral("restorePassphrase"));
    m_passphrase->setPlaceholderText(tr("the six words, e.g. hest-bord-sol-kage-tog-mark"));

    const QString suggested =
        QDir(QFileInfo(db.path()).absolutePath())
            .filePath(
                QStringLiteral("bostotte-restored-%1.sqlite")
                    .arg(QFileInfo(backupPath).completeBaseName().section(QLatin1Char('-'), 1)));
    m_target = new QLineEdit(backupPath.isEmpty() ? QString() : suggested);
    m_target->setObjectName(QStringLiteral("restoreTarget"));
    auto* chooseTarget = new QPushButton(tr("Ch&oose…"));
    connect(chooseTarget, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Restore to"), m_target->text(),
                                                          tr("Bostøtte databases (*.sqlite)"));
        if (!file.isEmpty())
            m_target->setText(file);
    });

    auto* form = new QFormLayout;
    form->addRow(tr("&Backup:"), withChooser(m_backup, chooseBackup));
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("Restore &to:"), withChooser(m_target, chooseTarget));

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("restoreError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_progress = new QProgressBar;
    m_progress->setRange(0, backupui::kProgressSteps);
    m_progress->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto* restore = m_buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    restore->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::startRestore);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (!m_watcher.isRunning())
            reject();
    });
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &RestoreDialog::finished);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    setMinimumWidth(620);
    (backupPath.isEmpty() ? m_backup : m_passphrase)->setFocus();
}

void RestoreDialog::showError(const QString& message, const QString& field) {
    m_error->setText(message);
    m_error->show();
    if (field == QLatin1String("passphrase"))
        m_passphrase->setFocus();
    else if (field == QLatin1String("target"))
        m_target->setFocus();
    else
        m_backup->setFocus();
}

void RestoreDialog::startRestore() {
    if (m_watcher.isRunning())
        return;
    const QString backup = m_backup->text().trimmed();
    const QString target = m_target->text().trimmed();
    if (backup.isEmpty() || !QFileInfo(backup).isFile())
        return showError(tr("Choose the backup file to restore."), QStringLiteral("backup"));
    if (m_passphrase->text().trimmed().isEmpty())
        return showError(tr("Type the backup passphrase."), QStringLiteral("passphrase"));
    if (target.isEmpty())
        return showError(tr("Choose where the restored database is written."),
                         QStringLiteral("target"));
    if (QFileInfo::exists(target))
        return showError(tr("%1 exists already. Choose a new file name.").arg(target),
                         QStringLiteral("target"));
    m_error->hide();
    m_progress->setValue(0);
    m_progress->show();
    m_buttons->setEnabled(false);
    m_watcher.setFuture(backupui::startRestore(m_db, backup, m_passphrase->text(), target));
}

void RestoreDialog::finished() {
    m_progress->hide();
    m_buttons->setEnabled(true);
    const backupui::RestoreOutcome outcome = m_watcher.future().result();
    if (!outcome.error.isEmpty())
        return showError(outcome.error, outcome.field);
    m_restored = QFileInfo(m_target->text().trimmed()).absoluteFilePath();
    accept();
}

RestoreDialog::~RestoreDialog() {
    m_watcher.waitForFinished();
}

} // namespace bs
