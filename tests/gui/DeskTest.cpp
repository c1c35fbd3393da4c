// The rådgivning desk page as the worker on duty uses it: check in, start, the timer against the
// time per visit, check out; a visitor without a grant counted anonymously; bookable times.
#include "GuiFixture.h"

#include "CurrentStaff.h"
#include "desk/BookSlotDialog.h"
#include "desk/DeskPage.h"
#include "desk/DeskSlotsPanel.h"
#include "desk/DeskTimerLabel.h"
#include "desk/DeskVisitPanel.h"
#include "dialogs/SiteDialog.h"
#include "services/DeskService.h"
#include "undo/UndoContext.h"

#include "support/Expect.h"
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTreeWidget>

using bs::test::s;

using namespace gui;

namespace {

// A desk open today 11–14 with 20 minutes per visit, a worker, and Jens (rådgivning) and Karen
// (no grant); the clock at 11:30 local.
struct DeskFixture : Fixture {
    bs::Site site;
    bs::Staff worker;
    bs::Citizen jens;
    bs::Citizen karen;
    std::unique_ptr<bs::UndoContext> context;
    std::unique_ptr<bs::CurrentStaff> me;
    std::unique_ptr<bs::DeskPage> page;

    explicit DeskFixture(int slotMinutes = 0, bool withMe = true) {
        site.name = QStringLiteral("AUC Grenaa");
        site.openingHours = {{kToday.dayOfWeek(), QTime(11, 0), QTime(14, 0)}};
        site.visitAllowanceMinutes = 20;
        site.slotMinutes = slotMinutes;
        REQUIRE(registry->saveSite(site).ok());
        worker.initials = QStringLiteral("MKJ");
        worker.name = QStringLiteral("Mette Kjær");
        REQUIRE(registry->saveStaff(worker).ok());
        jens = addCitizen(QStringLiteral("Jens Berg"), QStringLiteral("0101901234"));
        karen = addCitizen(s("Karen Ø"));
        bs::Grant g;
        g.citizenId = jens.meta.id;
        g.basis = bs::LegalBasis::P85;
        g.from = QDate(2025, 1, 1);
        g.purpose = QStringLiteral("Administration");
        g.hoursPerWeek = 1;
        REQUIRE(registry->saveGrant(g).ok());
        bs::Allocation a;
        a.citizenId = jens.meta.id;
        a.grantId = g.meta.id;
        a.form = bs::SupportForm::Counselling;
        a.cadence = bs::Cadence::OnDemand;
        a.from = g.from;
        REQUIRE(registry->saveAllocation(a).ok());
        at(11, 30);

        context = std::make_unique<bs::UndoContext>(*registry);
        me = std::make_unique<bs::CurrentStaff>(*registry);
        if (withMe)
            REQUIRE(me->set(worker.meta.id).ok());
        page = std::make_unique<bs::DeskPage>(*context, *me);
        page->resize(1000, 700);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
    }
    ~DeskFixture() {
        page.reset(); // before the undo stack and the registry it reads
    }

    void at(int h, int m) { clock.set(bs::localToUtc(kToday, QTime(h, m))); }
    template <typename T> T* get(const char* name) const {
        auto* w = page->findChild<T*>(QLatin1String(name));
        REQUIRE(w);
        return w;
    }
    QList<bs::DeskVisit> visits() const {
        auto v = bs::DeskService(*registry).visits(site.meta.id, kToday);
        REQUIRE(v.ok());
        return *v;
    }
    void checkInByName(const QString& text) {
        auto* search = get<QLineEdit>("deskSearch");
        search->setText(text);
        QTest::keyClick(search, Qt::Key_Return);
    }
};

} // namespace

TEST_CASE("Desk: check in, start, the timer runs over the allowance, check out stores the visit",
          "[desk-ui]") {
    DeskFixture f;
    CHECK(f.get<QLabel>("deskStatus")->text().contains(QStringLiteral("11:00–14:00")));
    CHECK(f.get<QLabel>("queueEmpty")->isVisible());

    f.checkInByName(QStringLiteral("jens"));
    QTreeWidget* queue = f.page->queueList();
    REQUIRE(queue->topLevelItemCount() == 1);
    CHECK(queue->topLevelItem(0)->text(0) == QStringLiteral("Jens Berg"));
    CHECK(queue->topLevelItem(0)->text(1) == QStringLiteral("11:30"));
    CHECK(f.get<QLineEdit>("deskSearch")->text().isEmpty());

    f.clock.advanceSecs(4 * 60 + 5);
    f.page->refreshTimes();
    CHECK(queue->topLevelItem(0)->text(2) == QStringLiteral("04:05"));

    QTest::mouseClick(f.get<QPushButton>("startVisit"), Qt::LeftButton);
    bs::DeskTimerLabel* timer = f.page->visitPanel()->timer();
    CHECK(timer->text() == QStringLiteral("00:00 of 20:00"));
    CHECK(timer->level() == bs::DeskTimerLabel::Level::Ok);

    f.clock.advanceSecs(16 * 60 + 10);
    f.page->refreshTimes();
    CHECK(timer->text() == QStringLiteral("16:10 of 20:00"));
    CHECK(timer->level() == bs::DeskTimerLabel::Level::Warning);
    f.clock.advanceSecs(3 * 60 + 51);
    f.page->refreshTimes();
    CHECK(timer->text() == QStringLiteral("20:01 of 20:00"));
    CHECK(timer->level() == bs::DeskTimerLabel::Level::Over);
    CHECK(timer->styleSheet().contains(QStringLiteral("#c62828")));

    // Without a topic nothing is stored.
    QTest::mouseClick(f.get<QPushButton>("checkOut"), Qt::LeftButton);
    CHECK(f.get<QLabel>("deskMessage")->text().contains(QStringLiteral("Topic")));
    REQUIRE(f.visits().size() == 1);
    CHECK(f.visits()[0].state() == bs::DeskVisit::State::InProgress);

    f.page->visitPanel()->topicBox(bs::DeskTopic::MitId)->setChecked(true);
    f.get<QLineEdit>("visitNote")->setText(QStringLiteral("Ny MitID-app"));
    QTest::mouseClick(f.get<QPushButton>("checkOut"), Qt::LeftButton);
    const auto stored = f.visits();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].state() == bs::DeskVisit::State::Done);
    CHECK(stored[0].citizenId == f.jens.meta.id);
    CHECK(stored[0].staffId == f.worker.meta.id);
    CHECK(stored[0].topics == QList<bs::DeskTopic>{bs::DeskTopic::MitId});
    CHECK(stored[0].note == QStringLiteral("Ny MitID-app"));
    CHECK(queue->topLevelItemCount() == 0);
    CHECK(timer->level() == bs::DeskTimerLabel::Level::Idle);
    const QString summary = f.get<QLabel>("deskSummary")->text();
    CHECK(summary.contains(QStringLiteral("1 visit")));
    CHECK(summary.contains(QStringLiteral("1 over the time per visit")));
    CHECK(summary.contains(QStringLiteral("MitID 1")));

    // Undo takes the check-out back: Jens is with the worker again.
    f.context->stack()->undo();
    CHECK(f.visits()[0].state() == bs::DeskVisit::State::InProgress);
    CHECK(queue->topLevelItemCount() == 1);
}

TEST_CASE("Desk: a citizen without a grant is told so and can be counted anonymously",
          "[desk-ui]") {
    DeskFixture f;
    f.checkInByName(s("Karen Ø"));
    auto* box = openDialog<QMessageBox>(f.page.get());
    CHECK(box->text().contains(s("Karen Ø has no grant to rådgivning")));
    CHECK(f.visits().isEmpty());
    QTest::mouseClick(field<QPushButton>(box, "countAnonymously"), Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    const auto stored = f.visits();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].isAnonymous());
    REQUIRE(f.page->queueList()->topLevelItemCount() == 1);
    CHECK(f.page->queueList()->topLevelItem(0)->text(0) == QStringLiteral("Anonymous"));

    // Cancel counts nothing.
    f.checkInByName(s("Karen Ø"));
    auto* again = openDialog<QMessageBox>(f.page.get());
    again->button(QMessageBox::Cancel)->click();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(f.visits().size() == 1);

    // An unknown name writes nothing and says so.
    f.checkInByName(QStringLiteral("Nobody Here"));
    CHECK(f.get<QLabel>("deskMessage")->text().contains(QStringLiteral("No citizen matches")));
    CHECK(f.visits().size() == 1);
}

TEST_CASE("Desk: bookable times are booked for a citizen and checked in", "[desk-ui]") {
    DeskFixture f(30);
    bs::DeskSlotsPanel* panel = f.page->slotsPanel();
    REQUIRE(panel->isVisible());
    QTreeWidget* list = panel->list();
    REQUIRE(list->topLevelItemCount() == 6); // 11:00 ... 13:30
    CHECK(list->topLevelItem(0)->text(1) == QStringLiteral("Free (passed)"));
    CHECK(list->topLevelItem(2)->text(0) == QStringLiteral("12:00–12:30"));

    list->setCurrentItem(list->topLevelItem(2));
    QTest::mouseClick(f.get<QPushButton>("bookSlot"), Qt::LeftButton);
    auto* dialog = openDialog<bs::BookSlotDialog>(f.page.get());
    QComboBox* citizen = field<QComboBox>(dialog, "citizen");
    REQUIRE(citizen->count() == 1); // Karen has no rådgivning
    CHECK(citizen->currentText().startsWith(QStringLiteral("Jens Berg")));
    clickSave(dialog);

    REQUIRE(list->topLevelItemCount() == 6);
    CHECK(list->topLevelItem(2)->text(1) == QStringLiteral("Jens Berg"));
    const auto booked = panel->slotList()[2];
    REQUIRE(booked.isBooked());
    auto appointment = f.registry->record<bs::Appointment>(booked.appointmentId);
    REQUIRE(appointment.ok());
    CHECK(appointment->form == bs::SupportForm::Counselling);
    CHECK(appointment->staffId == f.worker.meta.id);

    list->setCurrentItem(list->topLevelItem(2));
    QTest::mouseClick(f.get<QPushButton>("checkInBooked"), Qt::LeftButton);
    const auto stored = f.visits();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].appointmentId == booked.appointmentId);

    // Undo of the booking frees the time again.
    f.context->stack()->undo(); // the check-in
    f.context->stack()->undo(); // the booking
    CHECK(list->topLevelItem(2)->text(1) == QStringLiteral("Free"));
}

TEST_CASE("Desk: duty, who am I, and the empty state", "[desk-ui]") {
    SECTION("I take and leave desk duty") {
        DeskFixture f;
        CHECK(f.get<QLabel>("deskDuty")->text().contains(QStringLiteral("Nobody")));
        QTest::mouseClick(f.get<QPushButton>("dutyButton"), Qt::LeftButton);
        CHECK(f.get<QLabel>("deskDuty")->text().contains(QStringLiteral("Mette Kjær")));
        auto sites = bs::DeskService(*f.registry).deskSitesOnDuty(f.worker.meta.id, kToday);
        REQUIRE(sites.ok());
        CHECK(sites->size() == 1);
        QTest::mouseClick(f.get<QPushButton>("dutyButton"), Qt::LeftButton);
        CHECK(f.get<QLabel>("deskDuty")->text().contains(QStringLiteral("Nobody")));
    }
    SECTION("Without who am I, visitors are checked in but not started") {
        DeskFixture f(0, false);
        QTest::mouseClick(f.get<QPushButton>("checkInAnonymous"), Qt::LeftButton);
        REQUIRE(f.page->queueList()->topLevelItemCount() == 1);
        CHECK_FALSE(f.get<QPushButton>("startVisit")->isEnabled());
        CHECK_FALSE(f.get<QPushButton>("dutyButton")->isEnabled());
    }
    SECTION("A closed site refuses check-in and says when it opens") {
        DeskFixture f;
        f.at(15, 0);
        f.page->refreshTimes();
        CHECK_FALSE(f.get<QPushButton>("checkIn")->isEnabled());
        CHECK(f.get<QLabel>("deskStatus")->text().contains(QStringLiteral("next open")));
    }
}

TEST_CASE("Desk: without sites with opening hours the page says what to set up", "[desk-ui]") {
    Fixture f;
    bs::UndoContext context(*f.registry);
    bs::CurrentStaff me(*f.registry);
    bs::DeskPage page(context, me);
    auto* stack = page.findChild<QStackedWidget*>();
    REQUIRE(stack);
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("deskEmpty"));
    CHECK(stack->currentWidget()->findChildren<QWidget*>().isEmpty());
}

TEST_CASE("The site dialog edits the time per visit and the bookable slots", "[desk-ui]") {
    Fixture f;
    bs::Site site;
    site.name = QStringLiteral("AUC Grenaa");
    bs::SiteDialog dialog(*f.registry, site);
    dialog.visitAllowance()->setValue(25);
    dialog.slotMinutes()->setValue(45);
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    auto stored = f.registry->record<bs::Site>(dialog.site().meta.id);
    REQUIRE(stored.ok());
    CHECK(stored->visitAllowanceMinutes == 25);
    CHECK(stored->slotMinutes == 45);

    bs::SiteDialog bad(*f.registry, *stored);
    bad.show();
    bad.slotMinutes()->setValue(5); // shorter than a slot may be
    bad.accept();
    CHECK(bad.result() != QDialog::Accepted);
    CHECK(bad.errorText().contains(QStringLiteral("Bookable slots")));
    auto unchanged = f.registry->record<bs::Site>(stored->meta.id);
    REQUIRE(unchanged.ok());
    CHECK(unchanged->slotMinutes == 45);
}

TEST_CASE("Desk: the page opens on the user's desk shift, else on a site that is open",
          "[desk-ui]") {
    gui::Fixture f;
    f.clock.set(bs::localToUtc(kToday, QTime(11, 30)));
    const auto addSite = [&](const char* name, QTime from, QTime to) {
        bs::Site site;
        site.name = QString::fromUtf8(name);
        site.openingHours = {{kToday.dayOfWeek(), from, to}};
        REQUIRE(f.registry->saveSite(site).ok());
        return site;
    };
    addSite("Allingåbro", QTime(8, 0), QTime(9, 0)); // first by name, closed by now
    const bs::Site auc = addSite("AUC Grenaa", QTime(11, 0), QTime(14, 0));
    const bs::Site orsted = addSite("Ørsted", QTime(13, 0), QTime(15, 0));
    bs::Staff worker;
    worker.initials = QStringLiteral("MKJ");
    worker.name = QStringLiteral("Mette Kjær");
    REQUIRE(f.registry->saveStaff(worker).ok());
    bs::UndoContext context(*f.registry);
    bs::CurrentStaff me(*f.registry);

    SECTION("a site open now") {
        bs::DeskPage page(context, me);
        REQUIRE(page.reload().ok());
        CHECK(page.currentSite() == auc.meta.id);
    }
    SECTION("the user's desk shift wins") {
        REQUIRE(me.set(worker.meta.id).ok());
        REQUIRE(bs::DeskService(*f.registry).addDuty(orsted.meta.id, kToday, worker.meta.id).ok());
        bs::DeskPage page(context, me);
        REQUIRE(page.reload().ok());
        CHECK(page.currentSite() == orsted.meta.id);
    }
}
