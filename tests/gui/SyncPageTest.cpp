// The Synkronisering page: failures of the sync service are shown in place (never a crash, never
// a write), and with the merge engine a file exported at one site is previewed and imported at
// another, conflicts appear side by side and go away when resolved.
#include "sync/SyncPage.h"
#include "sync/ConflictTableModel.h"
#include "sync/ConflictsPanel.h"
#include "sync/PassphraseDialog.h"
#include "sync/SyncExportPanel.h"
#include "sync/SyncHistoryModel.h"
#include "sync/SyncImportPanel.h"
#include "sync/SyncMessage.h"

#include "Format.h"
#include "GuiFixture.h"
#include "services/JournalService.h"
#include "support/SyncSites.h"
#include "sync/BundleFile.h"
#include "sync/SyncService.h"

#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>

using namespace gui;

namespace {

const QString kScreens = QStringLiteral("/tmp/syncui-");

// One site: a database of its own in a temporary folder and the page over it.
struct Site {
    QTemporaryDir dir;
    bs::FixedClock clock{QDateTime(kToday, QTime(10, 0), QTimeZone::utc())};
    std::unique_ptr<bs::Database> db;
    std::unique_ptr<bs::Registry> registry;
    std::unique_ptr<bs::UndoContext> undo;
    std::unique_ptr<bs::SyncPage> page;

    Site() {
        REQUIRE(dir.isValid());
        auto opened = bs::Database::open(dir.filePath(QStringLiteral("site.sqlite")), clock);
        REQUIRE(opened.ok());
        db = std::move(*opened);
        registry = std::make_unique<bs::Registry>(*db);
        undo = std::make_unique<bs::UndoContext>(*registry);
    }
    bs::SyncPage& show() {
        page = std::make_unique<bs::SyncPage>(*undo);
        page->resize(1000, 700);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
        return *page;
    }
    template <typename T> T* child(const char* name) const {
        auto* w = page->findChild<T*>(QLatin1String(name));
        REQUIRE(w);
        return w;
    }
    QString text(const char* label) const { return child<QLabel>(label)->text(); }
    QStringList citizenNames() const {
        auto all = registry->citizens();
        REQUIRE(all.ok());
        QStringList names;
        for (const bs::Citizen& c : *all)
            names << c.name;
        return names;
    }
};

// Lets the worker thread finish, pumping events so its watcher reports on this thread.
void waitUntilIdle(const bs::SyncPage& page) {
    QElapsedTimer timer;
    timer.start();
    while (page.isWorking() && timer.elapsed() < 30000)
        QTest::qWait(20);
    REQUIRE_FALSE(page.isWorking());
    QTest::qWait(20);
}

void saveScreen(QWidget* widget, const QString& name) {
    widget->grab().save(kScreens + name + QStringLiteral(".png"));
}

} // namespace

TEST_CASE("The sync page tells every failure in place and writes nothing") {
    Site site;
    bs::SyncPage& page = site.show();
    saveScreen(&page, QStringLiteral("empty-send"));
    page.showSection(bs::SyncPage::Conflicts);
    CHECK(site.child<QWidget>("noConflicts")->isVisible());
    CHECK(page.openConflicts() == 0);
    CHECK(page.conflictBadgeText().isEmpty());
    saveScreen(&page, QStringLiteral("empty-conflicts"));
    page.showSection(bs::SyncPage::History);
    CHECK(site.child<QWidget>("noHistory")->isVisible());

    SECTION("A name is saved; an empty one is refused") {
        auto* name = site.child<QLineEdit>("siteName");
        name->clear();
        QTest::mouseClick(site.child<QPushButton>("saveSiteName"), Qt::LeftButton);
        CHECK(site.text("siteMessage").contains(QStringLiteral("Give this computer a name")));
        name->setText(QStringLiteral("  Alunden "));
        QTest::keyClick(name, Qt::Key_Return);
        CHECK(site.text("siteMessage").contains(QStringLiteral("Saved")));
        CHECK(bs::sync::SyncService(*site.db).siteName() == QStringLiteral("Alunden"));
    }
    SECTION("An export that cannot be written leaves no file and shows no passphrase") {
        const QString path = site.dir.filePath(QStringLiteral("no/such/folder/out.bstt"));
        page.exportPanel()->setFastKdfForTests(true);
        REQUIRE(page.exportPanel()->exportTo(path));
        waitUntilIdle(page);
        CHECK(site.text("exportMessage").contains(QStringLiteral("not saved")));
        CHECK_FALSE(QFile::exists(path));
        CHECK(page.findChildren<bs::PassphraseDialog*>().isEmpty());
        CHECK(page.historyModel()->rowCount() == 0);
    }
    SECTION("A file that is not a sync file is refused before the passphrase") {
        const QString path = site.dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Dear diary, this is not a bundle at all, just text.");
        file.close();
        page.showSection(bs::SyncPage::Receive);
        CHECK_FALSE(page.importPanel()->openFile(path));
        CHECK(site.text("importSender") ==
              QStringLiteral("✖ ") +
                  bs::sync::bundleProblemMessage(bs::sync::BundleProblem::NotABundle));
        CHECK_FALSE(site.child<QLineEdit>("importPassphrase")->isEnabled());
        CHECK_FALSE(site.child<QPushButton>("importPreview")->isEnabled());
    }
    SECTION("A cut-off file shows its sender, then says it is incomplete and imports nothing") {
        Site other;
        bs::Citizen anna;
        anna.name = QStringLiteral("Anna Hansen");
        REQUIRE(other.registry->saveCitizen(anna).ok());
        const QString path = site.dir.filePath(QStringLiteral("cut.bstt"));
        REQUIRE(bs::sync::SyncService(*other.db)
                    .exportBundle(path, {}, QStringLiteral("hest-bord-sol"), {}, true)
                    .ok());
        QFile file(path);
        REQUIRE(file.resize(file.size() - 7));
        page.showSection(bs::SyncPage::Receive);
        REQUIRE(page.importPanel()->openFile(path));
        CHECK(site.text("importSender").contains(QStringLiteral("has not received files")));
        CHECK(site.text("importSender").contains(bs::localDateTimeText(other.clock.nowUtc())));
        auto* passphrase = site.child<QLineEdit>("importPassphrase");
        REQUIRE(passphrase->isEnabled());
        QTest::keyClicks(passphrase, QStringLiteral("Hest Bord Sol"));
        QTest::keyClick(passphrase, Qt::Key_Return);
        waitUntilIdle(page);
        CHECK(site.text("importMessage")
                  .contains(bs::sync::bundleProblemMessage(bs::sync::BundleProblem::Truncated)));
        CHECK_FALSE(site.child<QWidget>("importPreviewBox")->isVisible());
        CHECK_FALSE(site.child<QPushButton>("importApply")->isEnabled());
        CHECK(site.citizenNames().isEmpty());
        saveScreen(&page, QStringLiteral("receive-truncated"));
    }
}

TEST_CASE("A file exported at the office is previewed and imported at Alunden") {
    Site office;
    Site alunden;
    bs::sync::SyncService officeSync(*office.db);
    bs::sync::SyncService alundenSync(*alunden.db);
    REQUIRE(officeSync.setSiteName(QStringLiteral("Kontoret")).ok());
    REQUIRE(alundenSync.setSiteName(QStringLiteral("Alunden")).ok());
    bs::Citizen anna;
    anna.name = QStringLiteral("Anna Hansen");
    anna.address = QStringLiteral("Storegade 1");
    REQUIRE(office.registry->saveCitizen(anna).ok());

    // The office sends everything to a new computer.
    bs::SyncPage& sender = office.show();
    CHECK(office.child<QLineEdit>("siteName")->text() == QStringLiteral("Kontoret"));
    auto* recipient = office.child<QComboBox>("exportRecipient");
    recipient->setCurrentIndex(recipient->findData(QUuid()));
    CHECK(sender.exportPanel()->suggestedFileName() ==
          QStringLiteral("bostotte-kontoret-til-ny-computer-2025-12-03.bstt"));
    sender.exportPanel()->setFastKdfForTests(true);
    const QString path = office.dir.filePath(QStringLiteral("til-alunden.bstt"));
    REQUIRE(sender.exportPanel()->exportTo(path));
    waitUntilIdle(sender);
    INFO(office.text("exportMessage").toStdString());
    REQUIRE(QFile::exists(path));
    CHECK(office.text("exportMessage").contains(QStringLiteral("Saved")));
    auto* dialog = openDialog<bs::PassphraseDialog>(&sender);
    const QString passphrase = dialog->passphrase();
    REQUIRE(passphrase.count(QLatin1Char('-')) == 5);
    const QString shown = field<QLabel>(dialog, "passphraseWords")->text();
    for (const QString& word : passphrase.split(QLatin1Char('-')))
        CHECK(shown.contains(word));
    CHECK(field<QLabel>(dialog, "passphraseRule")->text().contains(QStringLiteral("not stored")));
    dialog->grab().save(kScreens + QStringLiteral("passphrase.png"));
    saveScreen(&sender, QStringLiteral("send"));
    dialog->close();
    sender.showSection(bs::SyncPage::History);
    REQUIRE(sender.historyModel()->rowCount() == 1);
    CHECK(sender.historyModel()->entries().first().sent);

    bs::SyncPage& receiver = alunden.show();
    QSignalSpy changed(&receiver, &bs::SyncPage::dataChanged);
    receiver.showSection(bs::SyncPage::Receive);
    REQUIRE(receiver.importPanel()->openFile(path));
    CHECK(alunden.text("importSender").contains(bs::localDateTimeText(office.clock.nowUtc())));
    auto* typed = alunden.child<QLineEdit>("importPassphrase");

    SECTION("A wrong passphrase says so and imports nothing") {
        QTest::keyClicks(typed, QStringLiteral("hest bord sol kage tog mark"));
        QTest::mouseClick(alunden.child<QPushButton>("importPreview"), Qt::LeftButton);
        waitUntilIdle(receiver);
        CHECK(alunden.text("importMessage")
                  .contains(
                      bs::sync::bundleProblemMessage(bs::sync::BundleProblem::WrongPassphrase)));
        CHECK_FALSE(alunden.child<QPushButton>("importApply")->isEnabled());
        CHECK_FALSE(alunden.citizenNames().contains(anna.name));
        CHECK(changed.isEmpty());
        saveScreen(&receiver, QStringLiteral("receive-wrong-passphrase"));
    }
    SECTION("The right passphrase, typed with spaces and capitals, previews and imports") {
        QString spoken = passphrase;
        spoken.replace(QLatin1Char('-'), QStringLiteral("  "));
        QTest::keyClicks(typed, spoken.toUpper());
        QTest::keyClick(typed, Qt::Key_Return);
        waitUntilIdle(receiver);
        INFO(alunden.text("importMessage").toStdString());
        REQUIRE(alunden.child<QWidget>("importPreviewBox")->isVisible());
        CHECK(alunden.text("countNew").toInt() >= 1);
        CHECK(alunden.text("importSummary").contains(QStringLiteral("Kontoret")));
        CHECK_FALSE(alunden.citizenNames().contains(anna.name)); // a preview writes nothing
        saveScreen(&receiver, QStringLiteral("receive-preview"));
        auto* apply = alunden.child<QPushButton>("importApply");
        REQUIRE(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        waitUntilIdle(receiver);
        CHECK(alunden.text("importMessage").contains(QStringLiteral("Imported from Kontoret")));
        CHECK(alunden.citizenNames().contains(anna.name));
        CHECK(changed.count() == 1);
        saveScreen(&receiver, QStringLiteral("receive-done"));
        receiver.showSection(bs::SyncPage::History);
        REQUIRE(receiver.historyModel()->rowCount() == 1);
        CHECK_FALSE(receiver.historyModel()->entries().first().sent);
        CHECK(receiver.historyModel()
                  ->data(receiver.historyModel()->index(0, bs::SyncHistoryModel::Computer))
                  .toString() == QStringLiteral("Kontoret"));
        saveScreen(&receiver, QStringLiteral("history"));

        // Both change Anna's address before the next exchange: a conflict at Alunden.
        auto atOffice = office.registry->citizen(anna.meta.id);
        REQUIRE(atOffice.ok());
        atOffice->address = QStringLiteral("Vestergade 2");
        office.clock.advanceSecs(60);
        REQUIRE(office.registry->saveCitizen(*atOffice).ok());
        auto atAlunden = alunden.registry->citizen(anna.meta.id);
        REQUIRE(atAlunden.ok());
        atAlunden->address = QStringLiteral("Østergade 3");
        alunden.clock.advanceSecs(120);
        REQUIRE(alunden.registry->saveCitizen(*atAlunden).ok());
        const QString second = office.dir.filePath(QStringLiteral("igen.bstt"));
        auto exported = officeSync.exportBundle(second, alundenSync.siteId(),
                                                QStringLiteral("sol-mark"), {}, true);
        REQUIRE(exported.ok());
        QSignalSpy open(&receiver, &bs::SyncPage::openConflictsChanged);
        receiver.showSection(bs::SyncPage::Receive);
        REQUIRE(receiver.importPanel()->openFile(second));
        CHECK(alunden.text("importSender").contains(QStringLiteral("From Kontoret")));
        QTest::keyClicks(typed, QStringLiteral("sol mark"));
        QTest::keyClick(typed, Qt::Key_Return);
        waitUntilIdle(receiver);
        REQUIRE(receiver.importPanel()->importChanges());
        waitUntilIdle(receiver);
        INFO(alunden.text("importMessage").toStdString());
        REQUIRE(receiver.openConflicts() == 1);
        CHECK(receiver.conflictBadgeText() == QStringLiteral("1"));
        REQUIRE_FALSE(open.isEmpty());
        CHECK(open.last().at(0).toInt() == 1);
        receiver.showSection(bs::SyncPage::Conflicts);
        auto* model = receiver.conflictsPanel()->model();
        const QString values =
            model->data(model->index(0, bs::ConflictTableModel::Current)).toString() +
            QLatin1Char('|') +
            model->data(model->index(0, bs::ConflictTableModel::Other)).toString();
        CHECK(values.contains(QStringLiteral("Vestergade 2")));
        CHECK(values.contains(QStringLiteral("Østergade 3")));
        saveScreen(&receiver, QStringLiteral("conflicts"));

        // Keep the value that lost; confirm in the question.
        const QString lost = model->conflicts().first().otherValue.toString();
        QTest::mouseClick(alunden.child<QPushButton>("keepOther"), Qt::LeftButton);
        auto* question = openDialog<QMessageBox>(&receiver);
        QTest::mouseClick(field<QPushButton>(question, "confirmKeep"), Qt::LeftButton);
        CHECK(receiver.openConflicts() == 0);
        CHECK(open.last().at(0).toInt() == 0);
        CHECK(alunden.child<QWidget>("noConflicts")->isVisible());
        auto kept = alunden.registry->citizen(anna.meta.id);
        REQUIRE(kept.ok());
        CHECK(kept->address == lost);
        saveScreen(&receiver, QStringLiteral("conflicts-empty"));
    }
}

TEST_CASE("The passphrase dialog shows the words apart, copies them and says how to pass them on") {
    const QString passphrase = QStringLiteral("hest-bord-sol-kage-tog-mark");
    bs::PassphraseDialog dialog(passphrase,
                                QStringLiteral("/tmp/bostotte-kontoret-til-alunden.bstt"),
                                QStringLiteral("Alunden"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const QString words = field<QLabel>(&dialog, "passphraseWords")->text();
    CHECK(words == QStringLiteral("hest  ·  bord  ·  sol  ·  kage  ·  tog  ·  mark"));
    const QString rule = field<QLabel>(&dialog, "passphraseRule")->text();
    CHECK(rule.contains(QStringLiteral("not stored anywhere")));
    CHECK(rule.contains(QStringLiteral("same mail")));
    QApplication::clipboard()->clear();
    QTest::mouseClick(field<QPushButton>(&dialog, "copyPassphrase"), Qt::LeftButton);
    CHECK(QApplication::clipboard()->text() == passphrase);
    dialog.grab().save(kScreens + QStringLiteral("passphrase-dialog.png"));
}

TEST_CASE("Two versions of a note are shown side by side and either can be kept") {
    using bs::test::SyncSite;
    SyncSite office(QStringLiteral("Kontoret"));
    SyncSite alunden(QStringLiteral("Alunden"));
    bs::test::Builders b{office.reg()};
    const bs::Staff mette = b.staff(QStringLiteral("MKJ"), QStringLiteral("Mette Kjær"));
    const bs::Citizen anna = b.citizen(QStringLiteral("Anna Hansen"));
    bs::JournalService officeJournal(office.reg());
    bs::JournalNote note;
    note.citizenId = anna.meta.id;
    note.text = QStringLiteral("Første udkast");
    REQUIRE(officeJournal.write(note, {}, mette.meta.id).ok());
    office.sendTo(alunden);
    note.text = QStringLiteral("Kontorets version: Anna kom til tiden.");
    office.clock.advanceSecs(60);
    REQUIRE(officeJournal.write(note, {}, mette.meta.id).ok());
    bs::JournalService alundenJournal(alunden.reg());
    auto there = alundenJournal.note(note.meta.id);
    REQUIRE(there.ok());
    there->text = QStringLiteral("Alundens version: Anna kom, men gik tidligt.");
    alunden.clock.advanceSecs(120);
    REQUIRE(alundenJournal.write(*there, {}, mette.meta.id).ok());
    office.sendTo(alunden);

    bs::UndoContext undo(alunden.reg());
    bs::SyncPage page(undo);
    page.resize(1000, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.showSection(bs::SyncPage::Conflicts);
    REQUIRE(page.openConflicts() == 1);
    const auto* panel = page.conflictsPanel();
    const QString current = field<QPlainTextEdit>(&page, "currentValueText")->toPlainText();
    const QString other = field<QPlainTextEdit>(&page, "otherValueText")->toPlainText();
    CHECK((current + other).contains(QStringLiteral("Kontorets version")));
    CHECK((current + other).contains(QStringLiteral("Alundens version")));
    CHECK(field<QPlainTextEdit>(&page, "currentValueText")->isReadOnly());
    CHECK(panel->model()->conflicts().first().kind == bs::sync::ConflictKind::NoteVersions);
    saveScreen(&page, QStringLiteral("conflicts-note-versions"));

    SECTION("Cancelling the question keeps the conflict") {
        QTest::mouseClick(field<QPushButton>(&page, "keepOther"), Qt::LeftButton);
        QTest::mouseClick(field<QPushButton>(openDialog<QMessageBox>(&page), "cancel"),
                          Qt::LeftButton);
        CHECK(page.openConflicts() == 1);
    }
    SECTION("Keeping the other version shows it and keeps both texts") {
        QTest::mouseClick(field<QPushButton>(&page, "keepOther"), Qt::LeftButton);
        QTest::mouseClick(field<QPushButton>(openDialog<QMessageBox>(&page), "confirmKeep"),
                          Qt::LeftButton);
        CHECK(page.openConflicts() == 0);
        auto kept = alundenJournal.note(note.meta.id);
        REQUIRE(kept.ok());
        CHECK(kept->fullText() == other);
        const QStringList texts = alunden.revisionTexts();
        CHECK(texts.contains(QStringLiteral("Kontorets version: Anna kom til tiden.")));
        CHECK(texts.contains(QStringLiteral("Alundens version: Anna kom, men gik tidligt.")));
    }
}

TEST_CASE("A sender's clock more than a day ahead is warned about in the preview") {
    using bs::test::SyncSite;
    SyncSite laptop(QStringLiteral("Alunden"));
    Site office;
    laptop.clock.set(office.clock.nowUtc().addDays(3));
    bs::test::Builders{laptop.reg()}.citizen(QStringLiteral("Bo Jensen"));
    const QString path = laptop.exportFor({});
    bs::SyncPage& page = office.show();
    page.showSection(bs::SyncPage::Receive);
    REQUIRE(page.importPanel()->openFile(path));
    auto* typed = office.child<QLineEdit>("importPassphrase");
    QTest::keyClicks(typed, bs::test::kTestPassphrase);
    QTest::keyClick(typed, Qt::Key_Return);
    waitUntilIdle(page);
    INFO(office.text("importMessage").toStdString());
    REQUIRE(office.child<QWidget>("importPreviewBox")->isVisible());
    auto* warnings = office.child<QLabel>("importWarnings");
    CHECK(warnings->isVisible());
    CHECK(warnings->property("tone").toInt() == int(bs::SyncTone::Warning));
    CHECK_FALSE(warnings->text().isEmpty());
    saveScreen(&page, QStringLiteral("receive-clock-warning"));
}
