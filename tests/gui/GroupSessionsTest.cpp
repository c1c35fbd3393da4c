// Groups → Sessions: plan sessions, give one a topic, register attendance and write the group
// note, then find the note in the present member's journal (and none in the absent member's).
#include "GuiFixture.h"

#include "CurrentStaff.h"
#include "citizens/CitizenView.h"
#include "citizens/CitizensPage.h"
#include "citizens/JournalPanel.h"
#include "groups/AttendanceDialog.h"
#include "groups/GroupFactsPanel.h"
#include "groups/GroupsPage.h"
#include "groups/PlanSessionsDialog.h"
#include "groups/SessionPlanDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimeEdit>
#include <QTreeWidget>

using namespace gui;

namespace {

struct GroupWorld {
    bs::Staff mette;
    bs::SupportGroup group;
    bs::Citizen bo, eva, jens;
};

GroupWorld addGroupWorld(Fixture& f) {
    GroupWorld g;
    bs::Site site;
    site.name = QStringLiteral("Alunden Grenaa");
    REQUIRE(f.registry->saveSite(site).ok());
    g.mette.initials = QStringLiteral("MKJ");
    g.mette.name = QStringLiteral("Mette Kjær");
    REQUIRE(f.registry->saveStaff(g.mette).ok());
    g.group.siteId = site.meta.id;
    g.group.name = QStringLiteral("Yngre 20+");
    g.group.facilitator1 = g.mette.meta.id;
    g.group.start = QDate(2025, 9, 1);
    REQUIRE(f.registry->saveGroup(g.group).ok());
    g.bo = f.addCitizen(QStringLiteral("Bo Jensen"));
    g.eva = f.addCitizen(QStringLiteral("Eva Holm"));
    g.jens = f.addCitizen(QStringLiteral("Jens Krogh"));
    for (const bs::Citizen* c : {&g.bo, &g.eva, &g.jens}) {
        bs::GroupMember m;
        m.groupId = g.group.meta.id;
        m.citizenId = c->meta.id;
        m.from = QDate(2025, 9, 1);
        REQUIRE(f.registry->saveGroupMember(m).ok());
    }
    return g;
}

QTreeWidget* showGroup(Fixture& f, bs::MainWindow& w) {
    w.showSection(bs::MainWindow::Groups);
    auto* groups = f.child<QTreeWidget>("groupTree");
    REQUIRE(groups->topLevelItemCount() == 1);
    groups->setCurrentItem(groups->topLevelItem(0));
    auto* sessions = f.child<QTreeWidget>("sessionTree");
    return sessions;
}

QStringList columnTexts(const QTreeWidget* tree, int column) {
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out << tree->topLevelItem(i)->text(column);
    return out;
}

} // namespace

TEST_CASE("Plan sessions, register attendance and write the group note into the members' journals",
          "[groups-ui]") {
    Fixture f; // today: Wednesday 3 December 2025
    const GroupWorld g = addGroupWorld(f);
    bs::MainWindow& w = f.show();
    QTreeWidget* sessions = showGroup(f, w);
    CHECK(f.child<QLabel>("sessionsEmpty")->isVisible());
    CHECK(f.child<QLabel>("sessionsHint")->text().contains(QStringLiteral("Settings")));
    REQUIRE(w.currentStaff()->set(g.mette.meta.id).ok());

    // Plan six Tuesdays at 13:00 from 4 November.
    QTest::mouseClick(f.child<QPushButton>("planSessions"), Qt::LeftButton);
    auto* plan = openDialog<bs::PlanSessionsDialog>(&w);
    field<QDateEdit>(plan, "firstDate")->setDate(QDate(2025, 11, 4));
    CHECK(field<QLabel>(plan, "weekday")->text().contains(QLocale().dayName(2)));
    field<QTimeEdit>(plan, "localStart")->setTime(QTime(13, 0));
    field<QSpinBox>(plan, "count")->setValue(6);
    clickSave(plan);
    CHECK_FALSE(plan->isVisible());
    REQUIRE(sessions->topLevelItemCount() == 6);
    CHECK(columnTexts(sessions, 1) == QStringList(6, QStringLiteral("13:00")));
    CHECK(sessions->topLevelItem(5)->text(4) == QStringLiteral("coming"));
    CHECK(sessions->topLevelItem(0)->text(4) == QStringLiteral("not registered"));
    CHECK(w.groupsPage()->facts()->fact(QStringLiteral("slot")).contains(QStringLiteral("13:00")));

    SECTION("planning the same times again is refused in the dialog") {
        QTest::mouseClick(f.child<QPushButton>("planSessions"), Qt::LeftButton);
        auto* again = openDialog<bs::PlanSessionsDialog>(&w);
        field<QDateEdit>(again, "firstDate")->setDate(QDate(2025, 11, 18));
        field<QTimeEdit>(again, "localStart")->setTime(QTime(13, 0));
        clickSave(again);
        CHECK(again->isVisible());
        CHECK(again->errorText().contains(QStringLiteral("already meets")));
        again->reject();
        CHECK(sessions->topLevelItemCount() == 6);
    }

    // Topic and learning goal of the session on 25 November.
    sessions->setCurrentItem(sessions->topLevelItem(3));
    QTest::mouseClick(f.child<QPushButton>("editSessionPlan"), Qt::LeftButton);
    auto* topic = openDialog<bs::SessionPlanDialog>(&w);
    QTest::keyClicks(field<QLineEdit>(topic, "topic"), QStringLiteral("Budget for måneden"));
    QTest::keyClicks(field<QPlainTextEdit>(topic, "learningGoal"),
                     QStringLiteral("At kunne lægge et budget"));
    clickSave(topic);
    CHECK(sessions->currentItem()->text(2) == QStringLiteral("Budget for måneden"));
    CHECK(sessions->currentItem()->text(3) == QStringLiteral("At kunne lægge et budget"));

    // The register: Eva absent (key 2), the note with an addition for Bo.
    QTest::mouseClick(f.child<QPushButton>("registerAttendance"), Qt::LeftButton);
    auto* reg = openDialog<bs::AttendanceDialog>(&w);
    REQUIRE(reg->rows().size() == 3);
    CHECK(reg->findChild<QLabel*>(QStringLiteral("sessionTitle"))->text() ==
          QStringLiteral("Yngre 20+"));
    const auto& rows = reg->rows();
    CHECK(rows[0].citizenId == g.bo.meta.id);
    CHECK(rows[1].citizenId == g.eva.meta.id);
    QTest::keyClick(rows[1].status, Qt::Key_2);
    CHECK(rows[1].status->currentData().toInt() == int(bs::AttendanceStatus::Absent));
    CHECK(rows[1].reason->isEnabled());
    CHECK_FALSE(rows[1].personal->isEnabled());
    QTest::keyClicks(rows[1].reason, QStringLiteral("Syg"));
    QTest::keyClicks(reg->noteEdit(), QStringLiteral("Vi lavede et fælles budget."));
    QTest::keyClicks(rows[0].personal, QStringLiteral("Bo tog selv ordet."));
    clickSave(reg);
    CHECK_FALSE(reg->isVisible());
    CHECK(sessions->currentItem()->text(4) == QStringLiteral("2 of 3 present"));
    CHECK(sessions->currentItem()->text(5) == QStringLiteral("yes"));

    // Bo's record shows the note with his addition; Eva's has none.
    w.showSection(bs::MainWindow::Citizens);
    w.citizensPage()->openCitizen(g.bo.meta.id);
    bs::JournalPanel* journal = w.citizensPage()->view()->journal();
    REQUIRE(journal->noteCount() == 1);
    const QString text = journal->view()->toPlainText();
    CHECK(text.contains(QStringLiteral("Vi lavede et fælles budget.")));
    CHECK(text.contains(QStringLiteral("Bo tog selv ordet.")));
    CHECK(text.contains(QStringLiteral("MKJ")));
    CHECK(text.contains(QStringLiteral("Budget for måneden")));
    CHECK(text.indexOf(QStringLiteral("Vi lavede")) < text.indexOf(QStringLiteral("Bo tog")));

    w.citizensPage()->openCitizen(g.eva.meta.id);
    CHECK(journal->noteCount() == 0);
    auto* tabs = f.child<QTabWidget>("citizenTabs");
    tabs->setCurrentWidget(journal);
    CHECK(journal->findChild<QLabel*>(QStringLiteral("journalEmpty"))->isVisible());

    w.citizensPage()->openCitizen(g.jens.meta.id);
    REQUIRE(journal->noteCount() == 1);
    CHECK_FALSE(journal->view()->toPlainText().contains(QStringLiteral("Bo tog")));
}

TEST_CASE("Attendance cannot be registered before choosing who you are", "[groups-ui]") {
    Fixture f;
    const GroupWorld g = addGroupWorld(f);
    REQUIRE(
        bs::GroupSessions(*f.registry)
            .planSessions(
                {g.group.meta.id, QDate(2025, 11, 4), QTime(13, 0), 120, {}, 2, g.mette.meta.id})
            .ok());
    bs::MainWindow& w = f.show();
    QTreeWidget* sessions = showGroup(f, w);
    REQUIRE(sessions->topLevelItemCount() == 2);
    CHECK(sessions->currentItem());
    CHECK_FALSE(f.child<QPushButton>("registerAttendance")->isEnabled());
    CHECK(f.child<QLabel>("sessionsHint")->isVisible());
    // The dialog on its own refuses too, and writes nothing.
    bs::AttendanceDialog dialog(*f.registry,
                                sessions->topLevelItem(0)->data(0, Qt::UserRole + 1).toUuid(), {});
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(bs::GroupSessions(*f.registry)
              .attendanceRegister(sessions->topLevelItem(0)->data(0, Qt::UserRole + 1).toUuid())
              ->lines.size() == 3);
    CHECK_FALSE(
        bs::GroupSessions(*f.registry)
            .attendanceRegister(sessions->topLevelItem(0)->data(0, Qt::UserRole + 1).toUuid())
            ->anyRegistered());
}
