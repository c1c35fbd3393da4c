#include "GuiFixture.h"
#include "ledelse/LedelsePage.h"
#include "sync/SyncPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStatusBar>

using namespace gui;

TEST_CASE("Ledelse and Synkronisering are real sections; the navigation counts open conflicts") {
    Fixture f;
    bs::MainWindow& w = f.show();
    using S = bs::MainWindow::Section;
    w.showSection(S::Management);
    CHECK(qobject_cast<bs::LedelsePage*>(w.sectionPage(S::Management)));
    w.showSection(S::Synchronisation);
    auto* sync = qobject_cast<bs::SyncPage*>(w.sectionPage(S::Synchronisation));
    REQUIRE(sync);
    CHECK(sync->isVisible());
    auto* sections = f.child<QListWidget>("sectionList");
    CHECK(sections->item(S::Synchronisation)->text() == QStringLiteral("Synchronisation"));
    emit sync->openConflictsChanged(2);
    CHECK(sections->item(S::Synchronisation)->text() == QStringLiteral("Synchronisation (2)"));
    emit sync->openConflictsChanged(0);
    CHECK(sections->item(S::Synchronisation)->text() == QStringLiteral("Synchronisation"));
}

TEST_CASE("The main window shows its sections, the database and real settings") {
    Fixture f;
    bs::MainWindow& w = f.show();
    CHECK(w.windowTitle() == QString::fromUtf8("Bostøtte"));
    auto* sections = f.child<QListWidget>("sectionList");
    CHECK(sections->count() == 11);
    CHECK(sections->item(0)->text() == QStringLiteral("My day"));
    CHECK(w.currentSection() == bs::MainWindow::MyDay); // the start screen
    CHECK(f.child<QLabel>("databaseLabel")->text().contains(f.db->path()));

    sections->setCurrentRow(bs::MainWindow::Settings);
    CHECK(w.currentSection() == bs::MainWindow::Settings);
    CHECK(f.child<QLabel>("databasePath")->text().contains(QStringLiteral("gui.sqlite")));
    CHECK(f.child<QLabel>("schemaVersion")
              ->text()
              .startsWith(QString::number(bs::Database::latestSchemaVersion())));
    CHECK(f.child<QLabel>("installationId")->text() ==
          f.db->installationId().toString(QUuid::WithoutBraces));
    CHECK(f.child<QLabel>("language")->text() == QStringLiteral("English"));

    QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
    CHECK(w.currentSection() == bs::MainWindow::Citizens);
    QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
    CHECK(w.currentSection() == bs::MainWindow::Journal);
    CHECK(QApplication::focusWidget() == f.child<QLineEdit>("journalQuery"));
    QTest::keyClick(&w, Qt::Key_0, Qt::ControlModifier);
    CHECK(w.currentSection() == bs::MainWindow::Settings);
}
