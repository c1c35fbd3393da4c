#include "GuiFixture.h"

#include "SettingsPage.h"
#include "dialogs/CitizenDialog.h"
#include "dialogs/SiteDialog.h"
#include "dialogs/StaffDialog.h"
#include "dialogs/TeamDialog.h"
#include "organisation/OpeningHoursEdit.h"
#include "organisation/SitesPanel.h"
#include "organisation/StaffPanel.h"
#include "organisation/TeamsPanel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTimeEdit>
#include <QTreeWidget>

using namespace gui;

namespace {

// Shows Settings with the tab that holds `panel`.
void showTab(bs::MainWindow& w, QWidget* panel) {
    w.showSection(bs::MainWindow::Settings);
    w.settingsPage()->tabs()->setCurrentWidget(panel);
    REQUIRE(panel->isVisible());
}

QStringList column(QTreeWidget* tree, int c) {
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out << tree->topLevelItem(i)->text(c);
    return out;
}

QList<bs::Site> storedSites(const bs::Registry& registry) {
    auto sites = registry.sites();
    REQUIRE(sites.ok());
    return *sites;
}

QList<bs::Staff> storedStaff(const bs::Registry& registry) {
    auto staff = registry.staff();
    REQUIRE(staff.ok());
    return *staff;
}

void selectText(QComboBox* combo, const QString& text) {
    const int index = combo->findText(text);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("A site created with opening hours is listed and offered in the citizen dialog") {
    Fixture f;
    bs::MainWindow& w = f.show();
    bs::SitesPanel* panel = w.settingsPage()->sites();
    showTab(w, panel);
    auto* tree = f.child<QTreeWidget>("siteTree");
    CHECK(tree->topLevelItemCount() == 0);
    auto* empty = panel->findChild<QLabel*>(QStringLiteral("emptyText"));
    REQUIRE(empty);
    CHECK(empty->isVisible());
    CHECK(empty->text().startsWith(QStringLiteral("No sites yet. Add the places")));

    QTest::mouseClick(f.child<QPushButton>("newSite"), Qt::LeftButton);
    auto* dialog = openDialog<bs::SiteDialog>(&w);
    QTest::keyClicks(field<QLineEdit>(dialog, "name"), QStringLiteral("AUC Grenaa"));
    QTest::keyClicks(field<QLineEdit>(dialog, "address"), QStringLiteral("Holbergsvej 10"));
    bs::OpeningHoursEdit* hours = dialog->openingHours();
    QTest::mouseClick(hours->addButton(), Qt::LeftButton);
    REQUIRE(hours->count() == 1);
    hours->weekdayEdit(0)->setCurrentIndex(hours->weekdayEdit(0)->findData(2)); // Tuesday
    CHECK(hours->weekdayEdit(0)->currentText() == QLocale().dayName(2));
    // Closing before opening is refused, on the period that is wrong.
    hours->fromEdit(0)->setTime(QTime(14, 0));
    hours->toEdit(0)->setTime(QTime(11, 0));
    clickSave(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->errorText().contains(QStringLiteral("closing time")));
    CHECK(hours->toEdit(0)->property("invalid").toBool());
    CHECK(storedSites(*f.registry).isEmpty());

    hours->fromEdit(0)->setTime(QTime(11, 0));
    hours->toEdit(0)->setTime(QTime(14, 0));
    clickSave(dialog);
    CHECK_FALSE(dialog->isVisible());

    const QList<bs::Site> sites = storedSites(*f.registry);
    REQUIRE(sites.size() == 1);
    CHECK(sites.first().name == QStringLiteral("AUC Grenaa"));
    CHECK(sites.first().address == QStringLiteral("Holbergsvej 10"));
    const QList<bs::OpeningPeriod> expected{{2, QTime(11, 0), QTime(14, 0)}};
    CHECK(sites.first().openingHours == expected);

    REQUIRE(tree->topLevelItemCount() == 1);
    CHECK(tree->topLevelItem(0)->text(0) == QStringLiteral("AUC Grenaa"));
    CHECK(tree->topLevelItem(0)->text(2).contains(QString::fromUtf8("11:00–14:00")));
    CHECK(tree->currentItem() == tree->topLevelItem(0));
    CHECK_FALSE(empty->isVisible());

    // The citizen dialog, opened now, offers the new site.
    f.action("actionNewCitizen")->trigger();
    auto* citizen = openDialog<bs::CitizenDialog>(&w);
    CHECK(field<QComboBox>(citizen, "site")->findText(QStringLiteral("AUC Grenaa")) > 0);
    citizen->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    SECTION("undo of creating the site removes it again") {
        w.undoContext()->stack()->undo();
        CHECK(storedSites(*f.registry).isEmpty());
        CHECK(w.currentSection() == bs::MainWindow::Settings);
        CHECK(tree->topLevelItemCount() == 0);
        CHECK(empty->isVisible());
    }
}

TEST_CASE("Sites are listed in Danish order") {
    Fixture f;
    for (const char* name : {"Ørsted", "Aarhus", "Auning", "Zealand", "Allingåbro"}) {
        bs::Site s;
        s.name = QString::fromUtf8(name);
        REQUIRE(f.registry->saveSite(s).ok());
    }
    bs::MainWindow& w = f.show();
    showTab(w, w.settingsPage()->sites());
    // "Aa" is Å, the last letter.
    CHECK(column(f.child<QTreeWidget>("siteTree"), 0) ==
          QStringList{QString::fromUtf8("Allingåbro"), QStringLiteral("Auning"),
                      QStringLiteral("Zealand"), QString::fromUtf8("Ørsted"),
                      QStringLiteral("Aarhus")});
}

TEST_CASE("Duplicate staff initials are refused inline and nothing is saved") {
    Fixture f;
    bs::Staff mette;
    mette.initials = QStringLiteral("MKJ");
    mette.name = QStringLiteral("Mette Kjær");
    REQUIRE(f.registry->saveStaff(mette).ok());
    bs::MainWindow& w = f.show();
    showTab(w, w.settingsPage()->staff());

    QTest::mouseClick(f.child<QPushButton>("newStaff"), Qt::LeftButton);
    auto* dialog = openDialog<bs::StaffDialog>(&w);
    auto* initials = field<QLineEdit>(dialog, "initials");
    QTest::keyClicks(initials, QStringLiteral("mkj"));
    CHECK(initials->text() == QStringLiteral("MKJ")); // upper-cased while typing
    QTest::keyClicks(field<QLineEdit>(dialog, "name"), QStringLiteral("Mads Kjeldsen"));
    clickSave(dialog);

    CHECK(dialog->isVisible());
    CHECK(dialog->errorText().contains(QStringLiteral("MKJ is already used by Mette Kjær")));
    CHECK(initials->property("invalid").toBool());
    CHECK(dialog->focusWidget() == initials);
    CHECK_FALSE(field<QLineEdit>(dialog, "name")->property("invalid").toBool());
    const QList<bs::Staff> staff = storedStaff(*f.registry);
    REQUIRE(staff.size() == 1);
    CHECK(staff.first().name == QStringLiteral("Mette Kjær"));
    CHECK(f.child<QTreeWidget>("staffTree")->topLevelItemCount() == 1);
    CHECK(w.undoContext()->stack()->count() == 0);
}

TEST_CASE("A team is created, then a staff member in that team") {
    Fixture f;
    bs::MainWindow& w = f.show();
    showTab(w, w.settingsPage()->teams());
    QTest::mouseClick(f.child<QPushButton>("newTeam"), Qt::LeftButton);
    auto* teamDialog = openDialog<bs::TeamDialog>(&w);
    QTest::keyClicks(field<QLineEdit>(teamDialog, "name"), QStringLiteral("Bostøtten Nord"));
    clickSave(teamDialog);
    auto teams = f.registry->teams();
    REQUIRE(teams.ok());
    REQUIRE(teams->size() == 1);
    const bs::Team team = teams->first();
    auto* teamTree = f.child<QTreeWidget>("teamTree");
    REQUIRE(teamTree->topLevelItemCount() == 1);
    CHECK(teamTree->topLevelItem(0)->text(0) == QStringLiteral("Bostøtten Nord"));
    CHECK(teamTree->topLevelItem(0)->text(1) == QStringLiteral("0"));

    showTab(w, w.settingsPage()->staff());
    QTest::mouseClick(f.child<QPushButton>("newStaff"), Qt::LeftButton);
    auto* staffDialog = openDialog<bs::StaffDialog>(&w);
    QTest::keyClicks(field<QLineEdit>(staffDialog, "initials"), QStringLiteral("ab"));
    QTest::keyClicks(field<QLineEdit>(staffDialog, "name"), QStringLiteral("Anne Bak"));
    selectText(field<QComboBox>(staffDialog, "team"), QStringLiteral("Bostøtten Nord"));
    selectText(field<QComboBox>(staffDialog, "role"), QStringLiteral("Leader"));
    clickSave(staffDialog);
    CHECK_FALSE(staffDialog->isVisible());

    const QList<bs::Staff> staff = storedStaff(*f.registry);
    REQUIRE(staff.size() == 1);
    CHECK(staff.first().initials == QStringLiteral("AB"));
    CHECK(staff.first().teamId == team.meta.id);
    CHECK(staff.first().role == bs::StaffRole::Leader);
    auto* staffTree = f.child<QTreeWidget>("staffTree");
    REQUIRE(staffTree->topLevelItemCount() == 1);
    CHECK(column(staffTree, 1) == QStringList{QStringLiteral("AB")});
    CHECK(column(staffTree, 2) == QStringList{QStringLiteral("Bostøtten Nord")});
    CHECK(column(staffTree, 3) == QStringList{QStringLiteral("Leader")});
    CHECK(teamTree->topLevelItem(0)->text(1) == QStringLiteral("1")); // the team counts them

    // The citizen dialog offers the new staff member as contact person.
    f.action("actionNewCitizen")->trigger();
    auto* citizen = openDialog<bs::CitizenDialog>(&w);
    CHECK(field<QComboBox>(citizen, "contact")->findData(staff.first().meta.id) > 0);
    citizen->reject();
}

TEST_CASE("Undo of a site edit restores the site; redo applies the edit again") {
    Fixture f;
    bs::Site site;
    site.name = QStringLiteral("AUC Grenaa");
    site.openingHours = {{2, QTime(11, 0), QTime(14, 0)}};
    REQUIRE(f.registry->saveSite(site).ok());
    bs::MainWindow& w = f.show();
    showTab(w, w.settingsPage()->sites());
    auto* tree = f.child<QTreeWidget>("siteTree");
    REQUIRE(tree->topLevelItemCount() == 1);
    tree->setCurrentItem(tree->topLevelItem(0));
    QTest::mouseClick(f.child<QPushButton>("editSite"), Qt::LeftButton);
    auto* dialog = openDialog<bs::SiteDialog>(&w);
    auto* name = field<QLineEdit>(dialog, "name");
    CHECK(name->text() == QStringLiteral("AUC Grenaa"));
    REQUIRE(dialog->openingHours()->count() == 1);
    name->clear();
    QTest::keyClicks(name, QStringLiteral("AUC Grenå"));
    dialog->openingHours()->removePeriod(0);
    clickSave(dialog);

    const auto stored = [&f] {
        const QList<bs::Site> sites = storedSites(*f.registry);
        REQUIRE(sites.size() == 1);
        return sites.first();
    };
    CHECK(stored().name == QStringLiteral("AUC Grenå"));
    CHECK(stored().openingHours.isEmpty());

    // Twice, so the second round works from revisions moved on by the first; the first undo is
    // made from another section, which undo leaves to show the site.
    w.showSection(bs::MainWindow::Citizens);
    for (int round = 0; round < 2; ++round) {
        w.undoContext()->stack()->undo();
        CHECK(stored().name == QStringLiteral("AUC Grenaa"));
        CHECK(stored().openingHours == site.openingHours);
        CHECK(w.currentSection() == bs::MainWindow::Settings);
        CHECK(w.settingsPage()->tabs()->currentWidget() == w.settingsPage()->sites());
        CHECK(column(tree, 0) == QStringList{QStringLiteral("AUC Grenaa")});
        CHECK(column(tree, 2) == QStringList{site.openingHoursText()});

        w.undoContext()->stack()->redo();
        CHECK(stored().name == QStringLiteral("AUC Grenå"));
        CHECK(stored().openingHours.isEmpty());
        CHECK(column(tree, 0) == QStringList{QStringLiteral("AUC Grenå")});
    }
}

TEST_CASE("Enter on a staff row opens it for editing") {
    Fixture f;
    bs::Staff s;
    s.initials = QStringLiteral("ALH");
    s.name = QStringLiteral("Anders Lund");
    REQUIRE(f.registry->saveStaff(s).ok());
    bs::MainWindow& w = f.show();
    showTab(w, w.settingsPage()->staff());
    auto* tree = f.child<QTreeWidget>("staffTree");
    REQUIRE(tree->topLevelItemCount() == 1);
    tree->setFocus();
    tree->setCurrentItem(tree->topLevelItem(0));
    QTest::keyClick(tree, Qt::Key_Return);
    auto* dialog = openDialog<bs::StaffDialog>(&w);
    CHECK(field<QLineEdit>(dialog, "initials")->text() == QStringLiteral("ALH"));
    dialog->reject();
}
