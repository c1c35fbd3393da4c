#include "GuiFixture.h"
#include "ledelse/LedelsePage.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStatusBar>

using namespace gui;

TEST_CASE("Sections not built yet say plainly that they are not available") {
    Fixture f;
    bs::MainWindow& w = f.show();
    using S = bs::MainWindow::Section;
    // Ledelse is built: it is the leaders' page, not a placeholder.
    w.showSection(S::Management);
    CHECK(qobject_cast<bs::LedelsePage*>(w.sectionPage(S::Management)));
    for (const S section : {S::Synchronisation}) {
        w.showSection(section);
        QWidget* page = w.sectionPage(section);
        CHECK(page->isVisible());
        auto* title = page->findChild<QLabel*>(QStringLiteral("placeholderTitle"));
        REQUIRE(title);
        CHECK(title->text().contains(QStringLiteral("not available yet")));
        auto* text = page->findChild<QLabel*>(QStringLiteral("placeholderText"));
        REQUIRE(text);
        CHECK_FALSE(text->text().isEmpty());
    }
}

TEST_CASE("The main window shows its sections, the database and real settings") {
    Fixture f;
    bs::MainWindow& w = f.show();
    CHECK(w.windowTitle() == QString::fromUtf8("Bostøtte"));
    auto* sections = f.child<QListWidget>("sectionList");
    CHECK(sections->count() == 10);
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
