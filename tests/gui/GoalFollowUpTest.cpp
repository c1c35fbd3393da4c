// The follow-up of an indsatsmål from the citizen view: the timeline, the review that ends the
// goal and the proposal to end the grant, stale delmål in the goal tree, and the handleplan PDF.
#include "GuiFixture.h"

#include "CurrentStaff.h"
#include "Format.h"
#include "citizens/CitizenView.h"
#include "citizens/GoalsPanel.h"
#include "goals/ClosingProposalDialog.h"
#include "goals/GoalFollowUpDialog.h"
#include "goals/ReviewDialog.h"
#include "storage/Repository.h"

#include "support/Expect.h"
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTabWidget>
#include <QTreeWidget>

using bs::test::s;

using namespace gui;

namespace {

void requireOk(const bs::Status& st) {
    INFO(st.message().toStdString());
    REQUIRE(st.ok());
}

template <typename D> D* visibleDialog(QWidget* root) {
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    for (D* d : root->findChildren<D*>())
        if (d->isVisible())
            return d;
    return nullptr;
}

// Kirsten has a § 85 grant from 1 September with individual support, and one indsatsmål with a
// delmål that a note touched in early October (stale by 3 December).
struct FollowUp {
    Fixture f;
    bs::UndoContext context{*f.registry};
    bs::CurrentStaff me{*f.registry};
    bs::Staff mette;
    bs::Citizen kirsten;
    bs::Grant grant;
    bs::Allocation individual;
    bs::Goal goal;
    bs::SubGoal subGoal;
    std::unique_ptr<bs::CitizenView> view;

    explicit FollowUp(bool chooseStaff = true) {
        mette.initials = s("MH");
        mette.name = s("Mette Holm");
        requireOk(f.registry->saveStaff(mette));
        if (chooseStaff)
            requireOk(me.set(mette.meta.id));
        kirsten.name = s("Kirsten Ødegård");
        kirsten.address = s("Østergade 4");
        kirsten.contactStaffId = mette.meta.id;
        requireOk(f.registry->saveCitizen(kirsten));
        grant.citizenId = kirsten.meta.id;
        grant.basis = bs::LegalBasis::P85;
        grant.from = QDate(2025, 9, 1);
        grant.purpose = s("Støtte til økonomi");
        grant.hoursPerWeek = 2;
        requireOk(f.registry->saveGrant(grant));
        individual.citizenId = kirsten.meta.id;
        individual.grantId = grant.meta.id;
        individual.from = grant.from;
        requireOk(f.registry->saveAllocation(individual));
        goal.citizenId = kirsten.meta.id;
        goal.grantId = grant.meta.id;
        goal.theme = bs::FfbTheme::CommunityLife;
        goal.condition = s("community.finances");
        goal.description = s("Jeg vil betale min husleje til tiden");
        goal.start = QDate(2025, 9, 1);
        requireOk(f.registry->saveGoal(goal));
        subGoal.goalId = goal.meta.id;
        subGoal.criterion = s("Overfører huslejen den 1. i måneden");
        subGoal.deadline = QDate(2026, 1, 31);
        requireOk(f.registry->saveSubGoal(subGoal));

        bs::Repository repo(*f.db);
        bs::JournalNote note;
        note.citizenId = kirsten.meta.id;
        note.authorId = mette.meta.id;
        note.writtenUtc = QDateTime(QDate(2025, 10, 2), QTime(9, 0), QTimeZone::utc());
        note.text = s("Huslejen er betalt via netbank");
        note.subGoalIds = {subGoal.meta.id};
        requireOk(repo.save(note));
        bs::GoalAssessment a;
        a.noteId = note.meta.id;
        a.subGoalId = subGoal.meta.id;
        a.goalId = goal.meta.id;
        a.authorId = mette.meta.id;
        a.assessedUtc = note.writtenUtc;
        a.progress = bs::Progress::Improved;
        a.level = bs::FunctionLevel::Moderate;
        requireOk(repo.save(a));

        view = std::make_unique<bs::CitizenView>(context);
        view->setCurrentStaff(&me);
        requireOk(view->showCitizen(kirsten.meta.id));
        view->resize(1000, 700);
        view->show();
        REQUIRE(QTest::qWaitForWindowExposed(view.get()));
        view->tabs()->setCurrentWidget(view->goals());
    }

    QTreeWidget* goalTree() const { return view->goals()->tree(); }
    bs::GoalFollowUpDialog* openFollowUp() {
        goalTree()->setCurrentItem(goalTree()->topLevelItem(0));
        auto* button = field<QPushButton>(view.get(), "followUpGoal");
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        auto* dialog = visibleDialog<bs::GoalFollowUpDialog>(view.get());
        REQUIRE(dialog);
        return dialog;
    }
};

} // namespace

TEST_CASE("The follow-up shows the goal's timeline and marks the stale delmål", "[goals-ui]") {
    FollowUp t;
    // The goal tree flags the delmål nobody wrote about for 8 weeks.
    QTreeWidgetItem* subItem = t.goalTree()->topLevelItem(0)->child(0);
    REQUIRE(subItem);
    CHECK(t.view->goals()->staleSubGoals().contains(t.subGoal.meta.id));
    CHECK(subItem->toolTip(0).contains(s("8 week")));
    CHECK_FALSE(subItem->icon(0).isNull());

    bs::GoalFollowUpDialog* dialog = t.openFollowUp();
    QTreeWidget* timeline = dialog->timeline();
    REQUIRE(timeline->topLevelItemCount() == 3);
    CHECK(timeline->topLevelItem(0)->text(1) == s("Goal started"));
    CHECK(timeline->topLevelItem(1)->text(1) == s("Journal note"));
    CHECK(timeline->topLevelItem(1)->text(3) == s("Huslejen er betalt via netbank"));
    CHECK(timeline->topLevelItem(2)->text(1) == s("Assessment"));
    CHECK(timeline->topLevelItem(2)->text(3).contains(s("Improved")));
    CHECK(timeline->topLevelItem(2)->text(4) == s("MH"));
    CHECK(field<QLabel>(dialog, "staleSubGoals")->text().contains(s("Overfører huslejen")));
    CHECK(field<QPushButton>(dialog, "reviewGoal")->isEnabled());
    dialog->close();
}

TEST_CASE("A review that ends the last goal proposes ending the grant; confirming ends it",
          "[goals-ui]") {
    FollowUp t;
    bs::GoalFollowUpDialog* dialog = t.openFollowUp();
    QTest::mouseClick(field<QPushButton>(dialog, "reviewGoal"), Qt::LeftButton);
    auto* review = visibleDialog<bs::ReviewDialog>(dialog);
    REQUIRE(review);
    auto* status = field<QComboBox>(review, "reviewStatus");
    status->setCurrentIndex(status->findData(int(bs::ReviewStatus::End)));
    auto* outcome = field<QComboBox>(review, "outcome");
    REQUIRE(outcome->isEnabled());
    outcome->setCurrentIndex(outcome->findData(int(bs::GoalStatus::Achieved)));

    // Without a summary nothing is written.
    clickSave(review);
    CHECK(review->isVisible());
    CHECK(review->errorText().contains(s("Summary")));
    CHECK(t.f.registry->goal(t.goal.meta.id)->isOpen());

    QTest::keyClicks(field<QPlainTextEdit>(review, "summary"), s("Huslejen betales stabilt"));
    clickSave(review);
    CHECK_FALSE(review->isVisible());
    CHECK(t.f.registry->goal(t.goal.meta.id)->status == bs::GoalStatus::Achieved);
    CHECK(dialog->timeline()->topLevelItem(dialog->timeline()->topLevelItemCount() - 1)->text(1) ==
          s("Goal ended"));

    auto* proposal = visibleDialog<bs::ClosingProposalDialog>(dialog);
    REQUIRE(proposal);
    CHECK(proposal->question().contains(s("§ 85")));
    CHECK(proposal->question().contains(bs::dateText(QDate(2025, 9, 1))));
    auto* form = field<QCheckBox>(proposal, "endForm0");
    CHECK(form->isChecked());
    CHECK_FALSE(form->isEnabled()); // ends with its grant

    SECTION("confirmed: the grant and the support form end; undo brings them back") {
        QTest::mouseClick(field<QPushButton>(proposal, "confirmEnd"), Qt::LeftButton);
        CHECK(t.f.registry->grant(t.grant.meta.id)->to == kToday);
        CHECK(t.f.registry->allocation(t.individual.meta.id)->to == kToday);
        t.context.stack()->undo();
        CHECK(t.f.registry->grant(t.grant.meta.id)->to.isNull());
        CHECK(t.f.registry->allocation(t.individual.meta.id)->to.isNull());
        t.context.stack()->undo(); // the review
        CHECK(t.f.registry->goal(t.goal.meta.id)->isOpen());
        CHECK(t.f.registry->subGoal(t.subGoal.meta.id)->status == bs::GoalStatus::Active);
    }
    SECTION("declined: nothing ends") {
        QTest::mouseClick(field<QPushButton>(proposal, "keepRunning"), Qt::LeftButton);
        CHECK(t.f.registry->grant(t.grant.meta.id)->to.isNull());
        CHECK(t.f.registry->allocation(t.individual.meta.id)->to.isNull());
    }
    dialog->close();
}

TEST_CASE("Without a chosen user the review is disabled and says why", "[goals-ui]") {
    FollowUp t(false);
    bs::GoalFollowUpDialog* dialog = t.openFollowUp();
    CHECK_FALSE(field<QPushButton>(dialog, "reviewGoal")->isEnabled());
    CHECK(field<QLabel>(dialog, "reviewHint")->text().contains(s("Settings")));
    dialog->close();
}

TEST_CASE("The handleplan button writes a PDF with the citizen, the goal and the grant",
          "[goals-ui]") {
    FollowUp t;
    const QString path = t.f.dir.filePath(s("handleplan.pdf"));
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
    auto* save = t.view->findChild<QAction*>(s("savePlanPdf"));
    REQUIRE(save);
    save->trigger();
    auto* files = visibleDialog<QFileDialog>(t.view.get());
    REQUIRE(files);
    CHECK(files->selectedFiles().value(0).endsWith(s("Kirsten Ødegård 2025-12-03.pdf")));
    files->selectFile(path);
    QMetaObject::invokeMethod(files, "accept");
    QLocale::setDefault(before);
    REQUIRE(QFile::exists(path));

    QProcess pdftotext;
    pdftotext.start(s("pdftotext"), {s("-enc"), s("UTF-8"), path, s("-")});
    REQUIRE(pdftotext.waitForFinished(20000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    INFO(text.toStdString());
    CHECK(text.contains(s("Kirsten Ødegård")));
    CHECK(text.contains(s("Østergade 4")));
    CHECK(text.contains(s("Jeg vil betale min husleje til tiden")));
    CHECK(text.contains(s("Overfører huslejen"))); // the cell wraps the delmål
    CHECK(text.contains(s("02.10.2025: Improved")));
    CHECK(text.contains(s("§ 85")));
    CHECK(text.contains(s("Mette Holm")));
    CHECK(text.contains(s("onsdag den 3. december 2025")));
}
