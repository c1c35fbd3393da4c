// The follow-up page as a worker uses it: showing it runs the rules, a no-show appears under Mine,
// Done (with a note) takes it off the open list and undo brings it back, Snooze hides it until its
// date, and without a chosen staff member the page says what to do instead of acting.
#include "GuiFixture.h"

#include "CurrentStaff.h"
#include "Format.h"
#include "followup/FollowUpDialogs.h"
#include "followup/FollowUpPage.h"
#include "services/GoalFollowUp.h"
#include "services/Scheduler.h"

#include "support/Expect.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>

using bs::test::s;

using namespace gui;

namespace {

// Two workers and their citizens, each with a no-show yesterday (Tuesday 2 December).
struct FollowUpFixture : Fixture {
    bs::Staff mette;
    bs::Staff anders;
    bs::Citizen jens;
    bs::Citizen karen;
    std::unique_ptr<bs::UndoContext> context;
    std::unique_ptr<bs::CurrentStaff> me;
    std::unique_ptr<bs::FollowUpPage> page;

    explicit FollowUpFixture(bool withMe = true) {
        mette = staff(QStringLiteral("MKJ"), s("Mette Kjær"));
        anders = staff(QStringLiteral("ALH"), QStringLiteral("Anders Lund"));
        jens = citizen(QStringLiteral("Jens Berg"), mette);
        karen = citizen(s("Karen Ø"), anders);
        noShow(jens, mette, QTime(9, 0));
        noShow(karen, anders, QTime(13, 0));
        context = std::make_unique<bs::UndoContext>(*registry);
        me = std::make_unique<bs::CurrentStaff>(*registry);
        if (withMe)
            REQUIRE(me->set(mette.meta.id).ok());
        page = std::make_unique<bs::FollowUpPage>(*context, *me);
        page->resize(1100, 500);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
    }
    bs::Staff staff(const QString& initials, const QString& name) {
        bs::Staff st;
        st.initials = initials;
        st.name = name;
        REQUIRE(registry->saveStaff(st).ok());
        return st;
    }
    bs::Citizen citizen(const QString& name, const bs::Staff& contact) {
        bs::Citizen c = addCitizen(name);
        c.contactStaffId = contact.meta.id;
        REQUIRE(registry->saveCitizen(c).ok());
        return c;
    }
    void noShow(const bs::Citizen& c, const bs::Staff& by, QTime at) {
        bs::Appointment a;
        a.form = bs::SupportForm::Individual;
        a.staffId = by.meta.id;
        a.citizenId = c.meta.id;
        a.startUtc = bs::localToUtc(kToday.addDays(-1), at);
        bs::Scheduler scheduler(*registry);
        REQUIRE(scheduler.book(a).ok());
        REQUIRE(
            scheduler
                .registerOutcome(a, bs::Outcome::NoShow, QStringLiteral("Ikke hjemme"), by.meta.id)
                .ok());
    }
    QTreeWidget* table() const { return page->table(); }
    QStringList citizens() const {
        QStringList out;
        for (int r = 0; r < table()->topLevelItemCount(); ++r)
            out << table()->topLevelItem(r)->text(bs::FollowUpPage::CitizenColumn);
        return out;
    }
};

} // namespace

TEST_CASE("a no-show raises a task that shows under Mine", "[followup-ui]") {
    FollowUpFixture f;
    CHECK(f.citizens() == QStringList{QStringLiteral("Jens Berg")});
    QTreeWidgetItem* row = f.table()->topLevelItem(0);
    CHECK(row->text(bs::FollowUpPage::TypeColumn) == bs::label(bs::TaskRule::NoShow));
    CHECK(row->text(bs::FollowUpPage::ReasonColumn).contains(QStringLiteral("Ikke hjemme")));
    CHECK(row->text(bs::FollowUpPage::AssigneeColumn) == QStringLiteral("MKJ"));
    CHECK(row->text(bs::FollowUpPage::DueColumn) == bs::dateText(kToday));
    CHECK(f.page->findChild<QLabel*>(QStringLiteral("followupChecked"))->text().contains(s("2")));

    f.page->setScope(bs::FollowUpPage::Scope::Everyone);
    CHECK(f.citizens() == (QStringList{QStringLiteral("Jens Berg"), s("Karen Ø")}));
    f.page->setDueWithin(bs::FollowUpPage::DueWithin::Overdue);
    CHECK(f.citizens().isEmpty());
    CHECK(f.page->emptyText() == bs::FollowUpPage::tr("No tasks match the filters."));

    // Double-click (or Enter) opens the citizen.
    f.page->setDueWithin(bs::FollowUpPage::DueWithin::All);
    QUuid opened;
    QObject::connect(f.page.get(), &bs::FollowUpPage::openCitizen,
                     [&opened](const QUuid& id) { opened = id; });
    f.page->selectTask(f.page->items().at(1).task.meta.id);
    emit f.table()->itemActivated(f.table()->currentItem(), 0);
    CHECK(opened == f.karen.meta.id);
}

TEST_CASE("Done with a note takes the task off the open list; undo brings it back",
          "[followup-ui]") {
    FollowUpFixture f;
    REQUIRE(f.citizens().size() == 1);
    auto* done = f.page->findChild<QPushButton*>(QStringLiteral("followupDone"));
    REQUIRE(done->isEnabled());
    QTest::mouseClick(done, Qt::LeftButton);
    auto* dialog = openDialog<bs::TaskDoneDialog>(f.page.get());
    clickSave(dialog); // no note: refused, stays open
    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->errorText().isEmpty());
    dialog->note()->setPlainText(s("Ringet op, ny tid torsdag"));
    clickSave(dialog);

    CHECK(f.citizens().isEmpty());
    CHECK(f.page->emptyText().startsWith(bs::FollowUpPage::tr("Nothing to follow up")));
    f.page->findChild<QCheckBox*>(QStringLiteral("followupShowDone"))->setChecked(true);
    REQUIRE(f.citizens().size() == 1);
    CHECK(f.table()->topLevelItem(0)->text(bs::FollowUpPage::StatusColumn).contains(s("torsdag")));
    CHECK_FALSE(done->isEnabled());
    f.page->findChild<QCheckBox*>(QStringLiteral("followupShowDone"))->setChecked(false);

    // Checking again does not raise it anew; undo reopens it.
    REQUIRE(f.page->checkNow().ok());
    CHECK(f.citizens().isEmpty());
    f.context->stack()->undo();
    CHECK(f.citizens().size() == 1);
    f.context->stack()->redo();
    CHECK(f.citizens().isEmpty());
}

TEST_CASE("Snooze hides a task until its date", "[followup-ui]") {
    FollowUpFixture f;
    QTest::mouseClick(f.page->findChild<QPushButton*>(QStringLiteral("followupSnooze")),
                      Qt::LeftButton);
    auto* dialog = openDialog<bs::SnoozeDialog>(f.page.get());
    dialog->until()->setDate(QDate(2025, 12, 8));
    dialog->reason()->setText(s("Borgeren er på ferie"));
    clickSave(dialog);
    CHECK(f.citizens().isEmpty());

    f.page->findChild<QCheckBox*>(QStringLiteral("followupShowSnoozed"))->setChecked(true);
    REQUIRE(f.citizens().size() == 1);
    CHECK(f.table()->topLevelItem(0)->text(bs::FollowUpPage::StatusColumn).contains(s("ferie")));
    f.page->findChild<QCheckBox*>(QStringLiteral("followupShowSnoozed"))->setChecked(false);

    f.clock.set(QDateTime(QDate(2025, 12, 7), QTime(10, 0), QTimeZone::utc()));
    REQUIRE(f.page->checkNow().ok());
    CHECK(f.citizens().isEmpty());
    f.clock.set(QDateTime(QDate(2025, 12, 8), QTime(10, 0), QTimeZone::utc()));
    REQUIRE(f.page->checkNow().ok());
    CHECK(f.citizens() == QStringList{QStringLiteral("Jens Berg")});
    CHECK(f.table()->topLevelItem(0)->text(bs::FollowUpPage::DueColumn) ==
          bs::dateText(QDate(2025, 12, 8)));
}

TEST_CASE("Reassign gives the task to a colleague", "[followup-ui]") {
    FollowUpFixture f;
    QTest::mouseClick(f.page->findChild<QPushButton*>(QStringLiteral("followupReassign")),
                      Qt::LeftButton);
    auto* dialog = openDialog<bs::ReassignDialog>(f.page.get());
    dialog->staffBox()->setCurrentIndex(dialog->staffBox()->findData(f.anders.meta.id));
    clickSave(dialog);
    CHECK(f.citizens().isEmpty()); // no longer mine
    f.page->setScope(bs::FollowUpPage::Scope::Everyone);
    CHECK(f.table()->topLevelItem(0)->text(bs::FollowUpPage::AssigneeColumn) ==
          QStringLiteral("ALH"));
}

TEST_CASE("without a chosen staff member Mine says what to do and nothing can be done",
          "[followup-ui]") {
    FollowUpFixture f(false);
    CHECK(f.citizens().isEmpty());
    CHECK(f.page->emptyText().contains(bs::FollowUpPage::tr("Settings")));
    f.page->setScope(bs::FollowUpPage::Scope::Everyone);
    REQUIRE(f.citizens().size() == 2);
    CHECK_FALSE(f.page->findChild<QPushButton*>(QStringLiteral("followupDone"))->isEnabled());
    CHECK_FALSE(f.page->findChild<QPushButton*>(QStringLiteral("followupSnooze"))->isEnabled());
    CHECK(f.page->findChild<QPushButton*>(QStringLiteral("followupReassign"))->isEnabled());
    CHECK_FALSE(f.page->findChild<QLabel*>(QStringLiteral("followupHint"))->text().isEmpty());
}

TEST_CASE("Rules… stores the thresholds", "[followup-ui]") {
    FollowUpFixture f;
    QTest::mouseClick(f.page->findChild<QPushButton*>(QStringLiteral("followupRules")),
                      Qt::LeftButton);
    auto* dialog = openDialog<bs::FollowUpRulesDialog>(f.page.get());
    dialog->noShows()->setValue(5);
    dialog->staleWeeks()->setValue(6);
    clickSave(dialog);
    CHECK(bs::FollowUpService(*f.registry).settings().noShowsInARow == 5);
    CHECK(bs::GoalFollowUp(*f.registry).staleWeeks() == 6);
}

TEST_CASE("Showing the page again re-checks the rules only after ten minutes", "[followup-ui]") {
    FollowUpFixture f;
    REQUIRE(f.citizens().size() == 1);
    const bs::Citizen bo = f.citizen(QStringLiteral("Bo Holm"), f.mette);
    f.noShow(bo, f.mette, QTime(11, 0));
    f.page->hide();
    f.page->show();
    CHECK(f.citizens().size() == 1); // the list from the check made when the page opened
    f.clock.advanceSecs(11 * 60);
    f.page->hide();
    f.page->show();
    CHECK(f.citizens().size() == 2);
}
