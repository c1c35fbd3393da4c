// My day: asks who you are, then shows your appointments today with outcomes in two clicks, your
// duties and who holds the on-call phone.
#include "GuiFixture.h"
#include "myday/MyDayPage.h"
#include "services/DeskService.h"
#include "services/RotaService.h"
#include "services/Scheduler.h"
#include "widgets/WhoAmICombo.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>

using namespace bs;

namespace {

struct MyDayFixture : gui::Fixture {
    UndoContext undo{*registry};
    CurrentStaff me{*registry};
    Staff mette = staff("MH", "Mette Holm");
    Staff bo = staff("BB", "Bo Berg");
    Citizen jens = addCitizen(QString::fromUtf8("Jens Ågård"));

    Staff staff(const char* initials, const char* name) {
        Staff s;
        s.initials = QString::fromUtf8(initials);
        s.name = QString::fromUtf8(name);
        REQUIRE(registry->saveStaff(s).ok());
        return s;
    }
    Appointment visit(const Staff& who, QTime localStart) {
        Appointment a;
        a.staffId = who.meta.id;
        a.citizenId = jens.meta.id;
        a.place = QStringLiteral("hjemme");
        a.startUtc = localToUtc(gui::kToday, localStart);
        Scheduler scheduler(*registry);
        REQUIRE(scheduler.book(a).ok());
        return a;
    }
};

} // namespace

TEST_CASE("My day asks who you are, then lists your appointments today", "[myday]") {
    MyDayFixture f;
    // The fixture's clock: 3 December 2025, 11:00 local.
    f.visit(f.mette, QTime(9, 0));
    f.visit(f.mette, QTime(13, 30));
    f.visit(f.bo, QTime(10, 0)); // someone else's
    MyDayPage page(f.undo, f.me);
    page.show();
    REQUIRE(page.reload().ok());
    auto* empty = page.findChild<QLabel*>(QStringLiteral("myDayEmpty"));
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("Choose who you are")));
    CHECK_FALSE(page.table()->isVisible());

    auto* who = page.findChild<WhoAmICombo*>(QStringLiteral("whoAmI"));
    REQUIRE(who);
    who->setCurrentIndex(who->findData(f.mette.meta.id)); // choosing reloads the page
    CHECK(f.me.id() == f.mette.meta.id);
    REQUIRE(page.table()->rowCount() == 2);
    CHECK(page.table()->item(0, 0)->text() == QStringLiteral("09:00–10:00"));
    CHECK(page.table()->item(0, 2)->text() == QString::fromUtf8("Jens Ågård"));
    CHECK_FALSE(empty->isVisible());

    SECTION("two clicks: select the visit, then Completed") {
        QTest::mouseClick(page.table()->viewport(), Qt::LeftButton, {},
                          page.table()->visualItemRect(page.table()->item(0, 2)).center());
        auto* completed = page.findChild<QPushButton*>(QStringLiteral("markCompleted"));
        REQUIRE(completed->isEnabled());
        QTest::mouseClick(completed, Qt::LeftButton);
        const Appointment stored = *f.registry->record<Appointment>(page.appointments()[0].meta.id);
        CHECK(stored.outcome == Outcome::Completed);
        CHECK(stored.outcomeBy == f.mette.meta.id);
        CHECK(page.table()->item(0, 4)->text() == QStringLiteral("Completed"));
    }
    SECTION("a visit later today cannot be completed yet, and says why") {
        page.table()->selectRow(1);
        const Status s = page.registerSelected(Outcome::Completed);
        CHECK_FALSE(s.ok());
        CHECK(f.registry->record<Appointment>(page.appointments()[1].meta.id)->outcome ==
              Outcome::Planned);
    }
    SECTION("a no-show with its reason") {
        page.table()->selectRow(0);
        REQUIRE(page.registerSelected(Outcome::NoShow, QStringLiteral("Ikke hjemme")).ok());
        CHECK(page.table()->item(0, 4)->text() == QStringLiteral("No-show: Ikke hjemme"));
    }
}

TEST_CASE("My day shows the on-call phone and the user's duties", "[myday]") {
    MyDayFixture f;
    RotaService rota(*f.registry);
    REQUIRE(rota.assign(gui::kToday, RotaRole::OnCall, f.bo.meta.id).ok());
    REQUIRE(f.me.set(f.mette.meta.id).ok());
    MyDayPage page(f.undo, f.me);
    page.show();
    REQUIRE(page.reload().ok());
    CHECK(page.findChild<QLabel*>(QStringLiteral("onCallPhone"))->text() ==
          QStringLiteral("On-call phone today: Bo Berg (BB)"));
    CHECK(page.findChild<QLabel*>(QStringLiteral("myDuties"))->text() ==
          QStringLiteral("No duties on the rota today."));
    CHECK(page.findChild<QLabel*>(QStringLiteral("myDayEmpty"))->text() ==
          QStringLiteral("No appointments today."));
    REQUIRE(f.me.set(f.bo.meta.id).ok());
    CHECK(page.findChild<QLabel*>(QStringLiteral("myDuties"))->text() ==
          QStringLiteral("Your duties today: On-call phone"));
    CHECK_FALSE(page.findChild<QPushButton*>(QStringLiteral("openDesk"))->isVisible());

    SECTION("a desk shift shows the desk with its queue and a button to open it") {
        Site auc;
        auc.name = QStringLiteral("AUC Grenaa");
        auc.openingHours = {{gui::kToday.dayOfWeek(), QTime(9, 0), QTime(14, 0)}};
        REQUIRE(f.registry->saveSite(auc).ok());
        DeskService desk(*f.registry);
        REQUIRE(desk.addDuty(auc.meta.id, gui::kToday, f.bo.meta.id).ok());
        REQUIRE(desk.checkIn(auc.meta.id, {}).ok()); // an anonymous visitor waits
        REQUIRE(page.reload().ok());
        CHECK(page.findChild<QLabel*>(QStringLiteral("myDuties"))->text() ==
              QString::fromUtf8("Your duties today: Counselling desk at AUC Grenaa, "
                                "09:00–14:00 (1 waiting, 1 visit today); On-call phone"));
        auto* open = page.findChild<QPushButton*>(QStringLiteral("openDesk"));
        CHECK(open->isVisible());
        QSignalSpy opened(&page, &MyDayPage::openDesk);
        QTest::mouseClick(open, Qt::LeftButton);
        REQUIRE(opened.size() == 1);
        CHECK(opened.first().first().toUuid() == auc.meta.id);
    }
}

TEST_CASE("In the main window, an outcome from My day stays on My day and undo restores it",
          "[myday]") {
    MyDayFixture f;
    const Appointment morning = f.visit(f.mette, QTime(9, 0));
    REQUIRE(f.me.set(f.mette.meta.id).ok()); // remembered for this database file
    MainWindow& w = f.show();
    CHECK(w.currentSection() == MainWindow::MyDay);
    MyDayPage* page = w.myDayPage();
    REQUIRE(page->table()->rowCount() == 1);
    page->table()->selectRow(0);
    REQUIRE(page->registerSelected(Outcome::Completed).ok());
    CHECK(w.currentSection() == MainWindow::MyDay);
    CHECK(f.registry->record<Appointment>(morning.meta.id)->outcome == Outcome::Completed);

    w.showSection(MainWindow::Citizens);
    f.action("actionUndo")->trigger();
    CHECK(f.registry->record<Appointment>(morning.meta.id)->outcome == Outcome::Planned);
    CHECK(w.currentSection() == MainWindow::Calendar); // undo shows where the change was
}
