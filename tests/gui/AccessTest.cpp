// Need-to-know in the screens: a worker's citizen list holds their own and their team's cases,
// opening a record logs exactly one read (not its refreshes), a refused record shows the reason
// and no data, break the glass asks for the CPR number and a reason and logs one entry, searches
// are logged once after the pause, printing the handleplan logs one print, and the administrator's
// log panel shows the entries and filters the break-the-glass look-ups.
#include "GuiFixture.h"

#include "MainWindow.h"
#include "access/BreakGlassDialog.h"
#include "access/SearchLogger.h"
#include "admin/AccessLogPanel.h"
#include "admin/AdminPage.h"
#include "citizens/CitizenListPanel.h"
#include "citizens/CitizenView.h"
#include "citizens/CitizensPage.h"
#include "models/CitizenListModel.h"
#include <QTabWidget>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QTableView>
#include <QTableWidget>

using namespace gui;

namespace {

struct Office {
    Fixture f;
    bs::Team north;
    bs::Team south;
    bs::Staff mette;
    bs::Staff sara;
    bs::Citizen own;
    bs::Citizen other;

    Office() {
        north.name = QStringLiteral("Nord");
        south.name = QStringLiteral("Syd");
        REQUIRE(f.registry->saveTeam(north).ok());
        REQUIRE(f.registry->saveTeam(south).ok());
        mette = staffIn(QStringLiteral("MH"), QStringLiteral("Mette Holm"), north);
        sara = staffIn(QStringLiteral("SL"), QStringLiteral("Sara Lund"), south);
        own = citizenOf(QStringLiteral("Åse Ærø"), QStringLiteral("0101901234"), mette);
        other = citizenOf(QStringLiteral("Carl Dam"), QStringLiteral("0303903456"), sara);
    }
    bs::Staff staffIn(const QString& initials, const QString& name, const bs::Team& team) {
        bs::Staff s;
        s.initials = initials;
        s.name = name;
        s.teamId = team.meta.id;
        REQUIRE(f.registry->saveStaff(s).ok());
        return s;
    }
    bs::Citizen citizenOf(const QString& name, const QString& cpr, const bs::Staff& contact) {
        bs::Citizen c;
        c.name = name;
        c.cpr = cpr;
        c.contactStaffId = contact.meta.id;
        REQUIRE(f.registry->saveCitizen(c).ok());
        return c;
    }
    bs::Actor actorFor(const bs::Staff& s, bs::StaffRole role) const {
        bs::Actor a;
        a.accountId = QUuid::createUuid();
        a.userName = s.initials;
        a.displayName = s.name;
        a.staffId = s.meta.id;
        a.teamId = s.teamId;
        a.role = role;
        return a;
    }
    QList<bs::AccessEntry> entries(bs::AccessAction action) const {
        bs::AccessLogFilter filter;
        filter.action = action;
        auto r = f.db->accessLog().search(filter);
        REQUIRE(r.ok());
        return *r;
    }
};

QStringList listedNames(bs::CitizenListPanel* list) {
    QStringList names;
    auto* model = list->table()->model();
    for (int r = 0; r < model->rowCount(); ++r)
        names << model->index(r, bs::CitizenListModel::NameColumn).data().toString();
    return names;
}

} // namespace

TEST_CASE("A worker's list holds their cases; opening logs one read; others are refused",
          "[access][gui]") {
    Office o;
    o.f.db->setActor(o.actorFor(o.mette, bs::StaffRole::Worker));
    bs::UndoContext context(*o.f.registry);
    bs::CitizensPage page(context);
    page.resize(1000, 700);
    CHECK(listedNames(page.list()) == QStringList{QStringLiteral("Åse Ærø")});
    CHECK(page.list()->findChild<QPushButton*>(QStringLiteral("breakGlass")) != nullptr);

    page.openCitizen(o.own.meta.id);
    REQUIRE(page.isCitizenOpen());
    CHECK(page.view()->citizenId() == o.own.meta.id);
    CHECK(o.entries(bs::AccessAction::Read).size() == 1);
    // A refresh (after an edit elsewhere) is not a new look-up.
    REQUIRE(page.view()->showCitizen(o.own.meta.id).ok());
    CHECK(o.entries(bs::AccessAction::Read).size() == 1);
    page.openCitizen(o.own.meta.id);
    CHECK(o.entries(bs::AccessAction::Read).size() == 2);

    page.openCitizen(o.other.meta.id);
    CHECK(page.isCitizenOpen());
    CHECK(page.view()->isRefused());
    CHECK(page.view()->citizenId().isNull());
    CHECK(page.view()->refusalText().contains(QStringLiteral("Look up outside own cases")));
    CHECK(o.entries(bs::AccessAction::Read).size() == 2);
    page.grab().save(QStringLiteral("/tmp/access-refused.png"));
}

TEST_CASE("Break the glass: a short reason is refused, then the citizen opens, logged once",
          "[access][gui]") {
    Office o;
    o.f.db->setActor(o.actorFor(o.mette, bs::StaffRole::Worker));
    bs::UndoContext context(*o.f.registry);
    bs::CitizensPage page(context);
    page.list()->lookUpOutsideOwnCases();
    auto* dialog = openDialog<bs::BreakGlassDialog>(&page);
    dialog->cprEdit()->setText(QStringLiteral("030390-3456"));
    dialog->reasonEdit()->setPlainText(QStringLiteral("fordi"));
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(dialog->errorText().contains(QStringLiteral("10")));
    CHECK(o.entries(bs::AccessAction::BreakGlass).isEmpty());
    dialog->grab().save(QStringLiteral("/tmp/access-breakglass.png"));

    dialog->reasonEdit()->setPlainText(QStringLiteral("Borgeren ringede akut, Sara er syg"));
    dialog->accept();
    const auto glass = o.entries(bs::AccessAction::BreakGlass);
    REQUIRE(glass.size() == 1);
    CHECK(glass.first().citizenId == o.other.meta.id);
    CHECK(glass.first().reason == QStringLiteral("Borgeren ringede akut, Sara er syg"));
    CHECK(page.isCitizenOpen());
    CHECK(page.view()->citizenId() == o.other.meta.id);
    CHECK(o.entries(bs::AccessAction::Read).isEmpty()); // the look-up is the one entry
    CHECK(listedNames(page.list()).contains(QStringLiteral("Carl Dam")));
}

TEST_CASE("The citizen list's filter is logged once, after the pause", "[access][gui]") {
    Office o;
    o.f.db->setActor(o.actorFor(o.mette, bs::StaffRole::Worker));
    bs::UndoContext context(*o.f.registry);
    bs::CitizensPage page(context);
    page.show();
    page.list()->searchLogger()->setPauseMs(30);
    page.list()->focusFilter();
    QTest::keyClicks(page.list()->filterEdit(), QStringLiteral("Åse"));
    CHECK(o.entries(bs::AccessAction::Search).isEmpty()); // not per keystroke
    QTest::qWait(120);
    auto searches = o.entries(bs::AccessAction::Search);
    REQUIRE(searches.size() == 1);
    CHECK(searches.first().criterion == QStringLiteral("Åse"));
    CHECK(searches.first().detail == QStringLiteral("citizen list"));
    // Leaving the field with the same text logs nothing more.
    page.list()->searchLogger()->flush();
    CHECK(o.entries(bs::AccessAction::Search).size() == 1);
}

TEST_CASE("Printing the handleplan logs one print about the citizen", "[access][gui]") {
    Office o;
    bs::UndoContext context(*o.f.registry);
    bs::CitizensPage page(context);
    page.openCitizen(o.own.meta.id);
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(o.f.dir.filePath(QStringLiteral("plan.pdf")));
    REQUIRE(page.view()->printPlanTo(&printer).ok());
    const auto prints = o.entries(bs::AccessAction::Print);
    REQUIRE(prints.size() == 1);
    CHECK(prints.first().citizenId == o.own.meta.id);
    REQUIRE(page.view()->savePlanTo(o.f.dir.filePath(QStringLiteral("plan2.pdf"))).ok());
    CHECK(o.entries(bs::AccessAction::Export).size() == 1);
}

TEST_CASE("A worker's new citizen has them as contact person", "[access][gui]") {
    Office o;
    o.f.db->setActor(o.actorFor(o.mette, bs::StaffRole::Worker));
    bs::UndoContext context(*o.f.registry);
    bs::CitizensPage page(context);
    page.newCitizen();
    auto* dialog = openDialog<QDialog>(&page);
    auto* contact = dialog->findChild<QComboBox*>();
    REQUIRE(contact);
    bool found = false;
    for (QComboBox* c : dialog->findChildren<QComboBox*>())
        found = found || c->currentData().toUuid() == o.mette.meta.id;
    CHECK(found);
    dialog->reject();
}

TEST_CASE("The access log panel shows entries and filters the break-the-glass look-ups",
          "[access][gui]") {
    Office o;
    o.f.db->setActor(o.actorFor(o.mette, bs::StaffRole::Worker));
    REQUIRE(bs::CitizenAccess(*o.f.registry).open(o.own.meta.id).ok());
    REQUIRE(bs::CitizenAccess(*o.f.registry)
                .breakGlass(QStringLiteral("0303903456"), QStringLiteral("Akut henvendelse i dag"))
                .ok());
    bs::Actor admin;
    admin.accountId = QUuid::createUuid();
    admin.userName = QStringLiteral("admin");
    admin.role = bs::StaffRole::Administrator;
    o.f.db->setActor(admin);

    bs::AccessLogPanel panel(*o.f.registry);
    panel.resize(1100, 600);
    CHECK(panel.summary()->text().contains(QStringLiteral("1 look-up")));
    QTableWidget* table = panel.table();
    REQUIRE(table->rowCount() >= 3); // two creations by the system, the read, the look-up
    CHECK(table->item(0, bs::AccessLogPanel::ActionColumn)->text() ==
          bs::label(bs::AccessAction::BreakGlass));
    CHECK(table->item(0, bs::AccessLogPanel::UserColumn)->text() == QStringLiteral("MH"));
    CHECK(table->item(0, bs::AccessLogPanel::CitizenColumn)->text() == QStringLiteral("Carl Dam"));
    CHECK(table->item(0, bs::AccessLogPanel::TimeColumn)->text() ==
          QStringLiteral("03-12-2025 11:00:00")); // 10:00 UTC in Copenhagen
    panel.grab().save(QStringLiteral("/tmp/access-logpanel.png"));

    panel.breakGlassOnly()->setChecked(true);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, bs::AccessLogPanel::ReasonColumn)->text() ==
          QStringLiteral("Akut henvendelse i dag"));

    // Choosing a citizen to see their entries is itself a logged search about them.
    panel.breakGlassOnly()->setChecked(false);
    panel.citizenChooser()->setCurrentIndex(panel.citizenChooser()->findData(o.own.meta.id));
    const auto searches = o.entries(bs::AccessAction::Search);
    REQUIRE(searches.size() == 1);
    CHECK(searches.first().citizenId == o.own.meta.id);
    CHECK(searches.first().userName == QStringLiteral("admin"));
    for (int r = 0; r < table->rowCount(); ++r)
        CHECK(table->item(r, bs::AccessLogPanel::CitizenColumn)->text() ==
              QStringLiteral("Åse Ærø"));

    const QString csv = o.f.dir.filePath(QStringLiteral("log.csv"));
    REQUIRE(panel.exportCsvTo(csv).ok());
    CHECK(o.entries(bs::AccessAction::Export).size() == 1);
    CHECK(bs::AccessLogPanel::readableDetail(QStringLiteral("citizen,support_grant")) ==
          QStringLiteral("Citizen details, Grants"));
}

TEST_CASE("Workers do not get the Management section", "[access][gui]") {
    Office o;
    o.f.db->setActor(o.actorFor(o.mette, bs::StaffRole::Worker));
    bs::MainWindow& w = o.f.show();
    auto* nav = o.f.child<QListWidget>("sectionList");
    CHECK(nav->item(bs::MainWindow::Management)->isHidden());
    w.showSection(bs::MainWindow::Management);
    CHECK(w.currentSection() != bs::MainWindow::Management);
}

TEST_CASE("Administration is for administrators; leaders get Management", "[access][gui]") {
    Office o;
    SECTION("a worker has neither") {
        o.f.db->setActor(o.actorFor(o.mette, bs::StaffRole::Worker));
        bs::MainWindow& w = o.f.show();
        auto* nav = o.f.child<QListWidget>("sectionList");
        CHECK(nav->item(bs::MainWindow::Administration)->isHidden());
        w.showSection(bs::MainWindow::Administration);
        CHECK(w.currentSection() != bs::MainWindow::Administration);
        CHECK_FALSE(w.sectionAvailable(bs::MainWindow::Administration));
    }
    SECTION("a leader has Management, not Administration") {
        o.f.db->setActor(o.actorFor(o.mette, bs::StaffRole::Leader));
        o.f.show();
        auto* nav = o.f.child<QListWidget>("sectionList");
        CHECK_FALSE(nav->item(bs::MainWindow::Management)->isHidden());
        CHECK(nav->item(bs::MainWindow::Administration)->isHidden());
    }
    SECTION("an administrator has Administration with its panels") {
        o.f.db->setActor(o.actorFor(o.mette, bs::StaffRole::Administrator));
        bs::MainWindow& w = o.f.show();
        auto* nav = o.f.child<QListWidget>("sectionList");
        CHECK_FALSE(nav->item(bs::MainWindow::Administration)->isHidden());
        w.showSection(bs::MainWindow::Administration);
        REQUIRE(w.currentSection() == bs::MainWindow::Administration);
        REQUIRE(w.adminPage());
        CHECK(w.adminPage()->tabs()->count() == 4);
        CHECK(o.f.child<QWidget>("accountsPanel"));
        CHECK(o.f.child<QWidget>("accessLogPanel"));
        CHECK(o.f.child<QWidget>("backupPanel"));
    }
}
