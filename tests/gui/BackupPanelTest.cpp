// The backup panel and scheduler (ui/backup): setting up shows the passphrase once, a backup is
// made on a worker thread and listed, a restore refuses a wrong passphrase at its field and writes
// the copy with the right one, the scheduler backs up only when due, and a worker account sees
// the panel locked.
#include "GuiFixture.h"

#include "backup/BackupPanel.h"
#include "backup/BackupPassphraseDialog.h"
#include "backup/BackupScheduler.h"
#include "backup/RestoreDialog.h"
#include "security/BackupService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTimer>
#include <QTreeWidget>
#include <functional>

using namespace gui;

namespace {

// Runs `handle` on the modal dialog of type D as soon as it is open.
template <typename D> void whenOpen(std::function<void(D*)> handle) {
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, handle] {
        if (auto* d = qobject_cast<D*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            handle(d);
        }
    });
    timer->start();
}

// Sets backups up through the panel and returns the passphrase the dialog showed.
QString setUpThroughPanel(bs::BackupPanel& panel, const QString& folder) {
    panel.findChild<QLineEdit*>(QStringLiteral("backupFolder"))->setText(folder);
    QString shown;
    bool closedEarly = true;
    whenOpen<bs::BackupPassphraseDialog>([&](bs::BackupPassphraseDialog* d) {
        shown = d->findChild<QLabel*>(QStringLiteral("backupPassphraseWords"))->text();
        d->grab().save(QStringLiteral("/tmp/files-passphrase-dialog.png"));
        d->reject(); // Escape before confirming does not close it
        closedEarly = !d->isVisible();
        d->findChild<QCheckBox*>(QStringLiteral("backupPassphraseConfirm"))->setChecked(true);
        d->reject();
    });
    panel.setUpBackups();
    CHECK_FALSE(closedEarly);
    shown.replace(QStringLiteral("  ·  "), QStringLiteral("-"));
    return shown;
}

} // namespace

TEST_CASE("Backups are set up, made and restored from the panel", "[backup][gui]") {
    Fixture f;
    f.addCitizen(QStringLiteral("Else Kanariefugl"));
    bs::BackupPanel panel(*f.registry, nullptr, bs::sync::KdfParams::fastForTests());
    panel.resize(760, 560);
    panel.show();
    auto* status = panel.findChild<QLabel*>(QStringLiteral("backupStatus"));
    auto* now = panel.findChild<QPushButton*>(QStringLiteral("backupNow"));
    auto* list = panel.findChild<QTreeWidget*>(QStringLiteral("backupList"));
    auto* message = panel.findChild<QLabel*>(QStringLiteral("backupMessage"));
    CHECK(status->text().contains(QStringLiteral("not set up")));
    CHECK_FALSE(now->isEnabled());
    CHECK(panel.findChild<QLabel*>(QStringLiteral("backupEmpty"))->isVisible());

    // Without a folder nothing is set up.
    panel.setUpBackups();
    CHECK(message->text().contains(QStringLiteral("folder")));
    CHECK_FALSE(bs::BackupService(*f.db).isSetUp());

    const QString folder = f.dir.filePath(QStringLiteral("backups"));
    const QString passphrase = setUpThroughPanel(panel, folder);
    CHECK(passphrase.count(QLatin1Char('-')) == 5);
    CHECK(bs::BackupService(*f.db).isSetUp());
    CHECK(now->isEnabled());

    now->click();
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isBackingUp(), 20000);
    QTRY_COMPARE(list->topLevelItemCount(), 1);
    CHECK(message->text().contains(QStringLiteral("Backup written")));
    CHECK_FALSE(panel.findChild<QLabel*>(QStringLiteral("backupEmpty"))->isVisible());
    panel.grab().save(QStringLiteral("/tmp/files-backup-panel.png"));

    const QString target = f.dir.filePath(QStringLiteral("restored.sqlite"));
    bool sawWrong = false;
    whenOpen<bs::RestoreDialog>([&](bs::RestoreDialog* d) {
        d->findChild<QLineEdit*>(QStringLiteral("restoreTarget"))->setText(target);
        auto* pass = d->findChild<QLineEdit*>(QStringLiteral("restorePassphrase"));
        auto* error = d->findChild<QLabel*>(QStringLiteral("restoreError"));
        pass->setText(QStringLiteral("forkert-kode-helt-forkert"));
        d->startRestore();
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
        sawWrong = error->text().contains(QStringLiteral("passphrase does not fit"));
        d->grab().save(QStringLiteral("/tmp/files-restore-dialog.png"));
        pass->setText(passphrase);
        d->startRestore();
    });
    panel.restoreSelected();
    CHECK(sawWrong);
    CHECK(QFileInfo::exists(target));
    CHECK(message->text().contains(QStringLiteral("restored to")));
}

TEST_CASE("The scheduler backs up when a backup is due, once", "[backup][gui]") {
    Fixture f;
    bs::BackupService service(*f.db, bs::sync::KdfParams::fastForTests());
    bs::BackupScheduler scheduler(*f.registry);
    CHECK_FALSE(scheduler.checkNow()); // not set up
    REQUIRE(service.setUp(f.dir.filePath(QStringLiteral("b")), bs::BackupInterval::Daily).ok());
    QSignalSpy finished(&scheduler, &bs::BackupScheduler::backupFinished);
    scheduler.start();
    CHECK(scheduler.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    CHECK(finished.at(0).at(0).toString().endsWith(QStringLiteral(".bstbackup")));
    CHECK_FALSE(scheduler.checkNow()); // made today
    f.clock.advanceSecs(24 * 3600);
    CHECK(scheduler.checkNow());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
}

TEST_CASE("A worker account sees the backup panel locked", "[backup][gui]") {
    Fixture f;
    bs::Actor worker;
    worker.accountId = QUuid::createUuid();
    worker.userName = QStringLiteral("mette");
    worker.role = bs::StaffRole::Worker;
    f.db->setActor(worker);
    bs::BackupPanel panel(*f.registry, nullptr, bs::sync::KdfParams::fastForTests());
    panel.show();
    CHECK(panel.findChild<QLabel*>(QStringLiteral("backupRefused"))->isVisible());
    CHECK_FALSE(panel.findChild<QPushButton*>(QStringLiteral("backupSetUp"))->isEnabled());
    CHECK_FALSE(panel.findChild<QPushButton*>(QStringLiteral("backupRestore"))->isEnabled());
    panel.setUpBackups();
    CHECK_FALSE(bs::BackupService(*f.db).isSetUp());
}
