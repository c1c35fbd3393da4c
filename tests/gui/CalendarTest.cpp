#include "GuiFixture.h"

#include "CurrentStaff.h"
#include "calendar/CalendarPage.h"
#include "calendar/CalendarView.h"
#include "calendar/DayListDialog.h"
#include "calendar/DayListDocument.h"
#include "calendar/OutcomeReasonDialog.h"
#include "dialogs/AppointmentDialog.h"
#include "services/Scheduler.h"

#include "support/Expect.h"
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QUndoStack>

using bs::test::s;

using namespace gui;
using bs::Appointment;
using bs::localToUtc;

namespace {

// kToday is Wednesday 3 December 2025; the clock says 11:00 local.
const QDate kMonday(2025, 12, 1);

struct Calendar {
    Fixture f;
    bs::Staff mette;
    bs::Staff jonas;
    bs::Citizen jens;
    std::unique_ptr<bs::UndoContext> context;
    std::unique_ptr<bs::CurrentStaff> me;
    std::unique_ptr<bs::CalendarPage> page;

    explicit Calendar(bool chooseMe = true) {
        mette.initials = s("MH");
        mette.name = s("Mette Holm");
        REQUIRE(f.registry->saveStaff(mette).ok());
        jonas.initials = s("JK");
        jonas.name = s("Jonas Krogh");
        REQUIRE(f.registry->saveStaff(jonas).ok());
        jens = f.addCitizen(s("Jens Ågård"));
        jens.address = s("Søndergade 12");
        jens.postalCode = s("8500");
        jens.city = s("Grenaa");
        jens.phone = s("86 32 11 00");
        REQUIRE(f.registry->saveCitizen(jens).ok());
        context = std::make_unique<bs::UndoContext>(*f.registry);
        me = std::make_unique<bs::CurrentStaff>(*f.registry);
        if (chooseMe)
            REQUIRE(me->set(mette.meta.id).ok());
        else
            (void)me->set(QUuid()); // whatever an earlier test chose is forgotten
    }

    bs::CalendarPage& show() {
        page = std::make_unique<bs::CalendarPage>(*context, *me);
        page->resize(1200, 900);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
        bs::CalendarFilter filter;
        filter.staffId = mette.meta.id;
        page->showCalendarOf(filter, kToday);
        return *page;
    }
    bs::CalendarView* view() const { return page->view(); }

    Appointment book(const bs::Staff& staff, QDate day, QTime start, int minutes = 60) {
        Appointment a;
        a.staffId = staff.meta.id;
        a.citizenId = jens.meta.id;
        a.place = s("hjemme");
        a.startUtc = localToUtc(day, start);
        a.durationMinutes = minutes;
        auto w = bs::Scheduler(*f.registry).book(a);
        INFO(w.message());
        REQUIRE(w.ok());
        return a;
    }
    Appointment stored(const QUuid& id) const {
        auto a = f.registry->record<Appointment>(id);
        REQUIRE(a.ok());
        return *a;
    }
    QList<Appointment> all() const {
        auto list = bs::Scheduler(*f.registry)
                        .appointments(localToUtc(kMonday.addDays(-7), QTime(0, 0)),
                                      localToUtc(kMonday.addDays(60), QTime(0, 0)));
        REQUIRE(list.ok());
        return *list;
    }
    QPoint at(QDate day, QTime time) const { return view()->pointFor(day, time); }
};

QMenu* openMenu(Calendar& c, const QUuid& id) {
    const QPoint pos = c.view()->blockRect(id).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, c.view()->mapToGlobal(pos));
    QApplication::sendEvent(c.view(), &event);
    for (QMenu* m : c.page->findChildren<QMenu*>(s("appointmentMenu")))
        if (m->isVisible())
            return m;
    FAIL("no context menu");
    return nullptr;
}

QAction* menuAction(QMenu* menu, const char* name) {
    auto* a = menu->findChild<QAction*>(QLatin1String(name));
    REQUIRE(a);
    return a;
}

} // namespace

TEST_CASE("The week view shows the staff member's appointments of that week", "[calendar-ui]") {
    Calendar c;
    const Appointment monday = c.book(c.mette, kMonday, QTime(9, 0));
    const Appointment thursday = c.book(c.mette, kMonday.addDays(3), QTime(13, 0), 90);
    c.book(c.jonas, kMonday.addDays(1), QTime(9, 0)); // someone else's
    c.book(c.mette, kMonday.addDays(7), QTime(9, 0)); // next week
    bs::CalendarPage& page = c.show();
    CHECK(page.isWeekView());
    CHECK(c.view()->firstDay() == kMonday);
    CHECK(c.view()->dayCount() == 7);
    REQUIRE(c.view()->blocks().size() == 2);
    CHECK(c.view()->blocks().at(0).title == s("Jens Ågård"));
    CHECK(c.view()->blocks().at(0).place == s("hjemme"));
    const QRect mondayRect = c.view()->blockRect(monday.meta.id);
    const QRect thursdayRect = c.view()->blockRect(thursday.meta.id);
    CHECK(mondayRect.contains(c.at(kMonday, QTime(9, 15))));
    CHECK(thursdayRect.height() > mondayRect.height());
    CHECK(thursdayRect.left() > mondayRect.right());
    CHECK(page.findChild<QLabel*>(s("calendarEmpty"))->text().isEmpty());

    page.setWeekView(false);
    page.setDate(kMonday.addDays(3));
    REQUIRE(c.view()->blocks().size() == 1);
    CHECK(c.view()->blocks().at(0).appointment.meta.id == thursday.meta.id);
    page.setDate(kMonday.addDays(2));
    CHECK(c.view()->blocks().isEmpty());
    CHECK(page.findChild<QLabel*>(s("calendarEmpty"))->text().contains(s("Mette Holm")));

    // The citizen's calendar shows whose appointment it is.
    bs::CalendarFilter citizen;
    citizen.citizenId = c.jens.meta.id;
    page.setWeekView(true);
    page.showCalendarOf(citizen, kMonday);
    REQUIRE(c.view()->blocks().size() == 3);
    CHECK(c.view()->blocks().at(1).title == s("Jens Ågård · JK"));
}

TEST_CASE("Overlapping appointments stand side by side", "[calendar-ui]") {
    Calendar c;
    const Appointment a = c.book(c.mette, kMonday, QTime(9, 0));
    const Appointment b = c.book(c.mette, kMonday, QTime(9, 30));
    c.show();
    const QRect ra = c.view()->blockRect(a.meta.id);
    const QRect rb = c.view()->blockRect(b.meta.id);
    CHECK_FALSE(ra.intersects(rb));
    CHECK(rb.left() > ra.left());
}

TEST_CASE("A new appointment is booked through the dialog, warnings shown, undone",
          "[calendar-ui]") {
    Calendar c;
    c.book(c.mette, kMonday.addDays(3), QTime(10, 0)); // will clash
    bs::CalendarPage& page = c.show();

    // N on a selected slot opens the dialog prefilled with the slot and the calendar's staff.
    c.view()->selectSlot(kMonday.addDays(3), QTime(10, 30));
    QTest::keyClick(c.view(), Qt::Key_N);
    auto* dialog = openDialog<bs::AppointmentDialog>(&page);
    CHECK(field<QComboBox>(dialog, "staff")->currentData().toUuid() == c.mette.meta.id);
    CHECK(field<QTimeEdit>(dialog, "start")->time() == QTime(10, 30));
    CHECK(field<QDateEdit>(dialog, "date")->date() == kMonday.addDays(3));

    // No citizen: refused, nothing written.
    clickSave(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->errorText().contains(s("Citizen")));
    CHECK(c.all().size() == 1);

    auto* citizen = field<QComboBox>(dialog, "citizen");
    citizen->setCurrentIndex(citizen->findData(c.jens.meta.id));
    // The clash is shown before saving, with its reason.
    CHECK_FALSE(dialog->refreshWarnings().isEmpty());
    CHECK(field<QLabel>(dialog, "warningsLabel")->isVisible());
    clickSave(dialog);
    REQUIRE(c.all().size() == 2);
    const Appointment made = c.all().at(1);
    CHECK(made.startUtc == localToUtc(kMonday.addDays(3), QTime(10, 30)));
    CHECK(made.staffId == c.mette.meta.id);
    CHECK(c.view()->blocks().size() == 2);
    CHECK(c.view()->selectedAppointment() == made.meta.id);
    // ... and again after saving, in the banner.
    CHECK(page.bannerText().contains(s("check")));

    c.context->stack()->undo();
    CHECK(c.all().size() == 1);
    CHECK(c.view()->blocks().size() == 1);
    c.context->stack()->redo();
    CHECK(c.all().size() == 2);
}

TEST_CASE("A new weekly series is created from the dialog", "[calendar-ui]") {
    Calendar c;
    bs::CalendarPage& page = c.show();
    auto* dialog = page.newAppointment(kMonday, QTime(9, 0), 60);
    auto* citizen = field<QComboBox>(dialog, "citizen");
    citizen->setCurrentIndex(citizen->findData(c.jens.meta.id));
    auto* repeat = field<QComboBox>(dialog, "repeat");
    repeat->setCurrentIndex(repeat->findData(int(bs::AppointmentDialog::Repeat::EveryOtherWeek)));
    field<QComboBox>(dialog, "endKind")->setCurrentIndex(1);
    field<QSpinBox>(dialog, "count")->setValue(3);
    clickSave(dialog);
    const QList<Appointment> made = c.all();
    REQUIRE(made.size() == 3);
    CHECK(made.at(2).startUtc == localToUtc(kMonday.addDays(28), QTime(9, 0)));
    CHECK_FALSE(made.at(0).seriesId.isNull());
    CHECK(page.bannerText().contains(s("3 appointment")));
}

TEST_CASE("Alt+arrows move and resize the selected appointment; undo restores", "[calendar-ui]") {
    Calendar c;
    const Appointment a = c.book(c.mette, kMonday, QTime(9, 0));
    c.show();
    c.view()->setFocus();
    c.view()->selectAppointment(a.meta.id);
    QTest::keyClick(c.view(), Qt::Key_Down, Qt::AltModifier);
    CHECK(c.stored(a.meta.id).startUtc == localToUtc(kMonday, QTime(9, 15)));
    QTest::keyClick(c.view(), Qt::Key_Right, Qt::AltModifier);
    CHECK(c.stored(a.meta.id).startUtc == localToUtc(kMonday.addDays(1), QTime(9, 15)));
    QTest::keyClick(c.view(), Qt::Key_Down, Qt::AltModifier | Qt::ShiftModifier);
    CHECK(c.stored(a.meta.id).durationMinutes == 75);
    CHECK(c.view()->selectedAppointment() == a.meta.id);

    c.context->stack()->undo();
    CHECK(c.stored(a.meta.id).durationMinutes == 60);
    c.context->stack()->undo();
    c.context->stack()->undo();
    CHECK(c.stored(a.meta.id).startUtc == localToUtc(kMonday, QTime(9, 0)));
    // The view follows the stored data.
    CHECK(c.view()->blockRect(a.meta.id).contains(c.at(kMonday, QTime(9, 5))));
}

TEST_CASE("Dragging moves an appointment across days and its bottom edge resizes it",
          "[calendar-ui]") {
    Calendar c;
    const Appointment a = c.book(c.mette, kMonday, QTime(9, 0));
    c.show();
    bs::CalendarView* view = c.view();
    QTest::mousePress(view, Qt::LeftButton, {}, c.at(kMonday, QTime(9, 10)));
    QTest::mouseMove(view, c.at(kMonday.addDays(1), QTime(9, 40)));
    QTest::mouseMove(view, c.at(kMonday.addDays(1), QTime(10, 10)));
    QTest::mouseRelease(view, Qt::LeftButton, {}, c.at(kMonday.addDays(1), QTime(10, 10)));
    CHECK(c.stored(a.meta.id).startUtc == localToUtc(kMonday.addDays(1), QTime(10, 0)));
    CHECK(c.stored(a.meta.id).durationMinutes == 60);

    const QRect r = view->blockRect(a.meta.id);
    const QPoint edge(r.center().x(), r.bottom() - 2);
    QTest::mousePress(view, Qt::LeftButton, {}, edge);
    QTest::mouseMove(view, edge + QPoint(0, 10));
    const QPoint to(edge.x(), view->yFor(QTime(11, 30)));
    QTest::mouseMove(view, to);
    QTest::mouseRelease(view, Qt::LeftButton, {}, to);
    CHECK(c.stored(a.meta.id).startUtc == localToUtc(kMonday.addDays(1), QTime(10, 0)));
    CHECK(c.stored(a.meta.id).durationMinutes == 90);
}

TEST_CASE("Dragging on empty time opens a new appointment for that time", "[calendar-ui]") {
    Calendar c;
    bs::CalendarPage& page = c.show();
    bs::CalendarView* view = c.view();
    const QDate friday = kMonday.addDays(4);
    QTest::mousePress(view, Qt::LeftButton, {}, c.at(friday, QTime(13, 5)));
    QTest::mouseMove(view, c.at(friday, QTime(13, 40)));
    QTest::mouseMove(view, c.at(friday, QTime(14, 20)));
    QTest::mouseRelease(view, Qt::LeftButton, {}, c.at(friday, QTime(14, 20)));
    auto* dialog = openDialog<bs::AppointmentDialog>(&page);
    CHECK(field<QDateEdit>(dialog, "date")->date() == friday);
    CHECK(field<QTimeEdit>(dialog, "start")->time() == QTime(13, 0));
    CHECK(field<QSpinBox>(dialog, "duration")->value() == 90);
    dialog->reject();
}

TEST_CASE("Moving an occurrence of a series asks; all following splits the series",
          "[calendar-ui]") {
    Calendar c;
    bs::AppointmentSeries series;
    series.staffId = c.mette.meta.id;
    series.citizenId = c.jens.meta.id;
    series.firstDate = kMonday;
    series.localStart = QTime(9, 0);
    series.count = 4;
    auto made = bs::Scheduler(*c.f.registry).createSeries(series, Appointment{});
    REQUIRE(made.ok());
    const Appointment second = made->at(1);
    bs::CalendarPage& page = c.show();
    page.setDate(kMonday.addDays(7));
    c.view()->setFocus();
    c.view()->selectAppointment(second.meta.id);

    SECTION("This and all following") {
        QTest::keyClick(c.view(), Qt::Key_Down, Qt::AltModifier);
        auto* box = openDialog<QMessageBox>(&page);
        CHECK(c.stored(second.meta.id).startUtc == second.startUtc); // nothing yet
        QTest::mouseClick(field<QPushButton>(box, "thisAndFollowing"), Qt::LeftButton);
        const QList<Appointment> all = c.all();
        REQUIRE(all.size() == 4);
        CHECK(all.at(0).startUtc == localToUtc(kMonday, QTime(9, 0)));
        for (int i = 1; i < 4; ++i)
            CHECK(all.at(i).startUtc == localToUtc(kMonday.addDays(7 * i), QTime(9, 15)));
        CHECK(all.at(1).seriesId != all.at(0).seriesId);
        CHECK(all.at(3).seriesId == all.at(1).seriesId);
        CHECK(page.bannerText().contains(s("following")));
    }
    SECTION("Only this one") {
        QTest::keyClick(c.view(), Qt::Key_Down, Qt::AltModifier);
        QTest::mouseClick(field<QPushButton>(openDialog<QMessageBox>(&page), "onlyThis"),
                          Qt::LeftButton);
        const Appointment moved = c.stored(second.meta.id);
        CHECK(moved.startUtc == localToUtc(kMonday.addDays(7), QTime(9, 15)));
        CHECK(moved.originalStartUtc == second.startUtc);
        CHECK(c.stored(made->at(2).meta.id).startUtc == made->at(2).startUtc);
        c.context->stack()->undo();
        CHECK(c.stored(second.meta.id).startUtc == second.startUtc);
    }
    SECTION("Cancel") {
        QTest::keyClick(c.view(), Qt::Key_Down, Qt::AltModifier);
        QTest::mouseClick(field<QPushButton>(openDialog<QMessageBox>(&page), "cancel"),
                          Qt::LeftButton);
        CHECK(c.stored(second.meta.id).startUtc == second.startUtc);
        CHECK(c.context->stack()->count() == 0);
    }
}

TEST_CASE("The context menu registers outcomes with who registered them", "[calendar-ui]") {
    Calendar c;
    const Appointment a = c.book(c.mette, kMonday, QTime(9, 0)); // Monday: already over
    bs::CalendarPage& page = c.show();

    QMenu* menu = openMenu(c, a.meta.id);
    menuAction(menu, "outcomeNoShow")->trigger();
    menu->close();
    auto* reason = openDialog<bs::OutcomeReasonDialog>(&page);
    reason->reasonBox()->setCurrentText(s("Ikke hjemme"));
    reason->accept();
    Appointment stored = c.stored(a.meta.id);
    CHECK(stored.outcome == bs::Outcome::NoShow);
    CHECK(stored.outcomeReason == s("Ikke hjemme"));
    CHECK(stored.outcomeBy == c.mette.meta.id);
    CHECK(c.view()->blocks().at(0).appointment.outcome == bs::Outcome::NoShow);

    menu = openMenu(c, a.meta.id);
    menuAction(menu, "outcomeCompleted")->trigger();
    menu->close();
    CHECK(c.stored(a.meta.id).outcome == bs::Outcome::Completed);

    c.context->stack()->undo();
    stored = c.stored(a.meta.id);
    CHECK(stored.outcome == bs::Outcome::NoShow);
    CHECK(stored.outcomeReason == s("Ikke hjemme"));
    c.context->stack()->undo();
    CHECK(c.stored(a.meta.id).outcome == bs::Outcome::Planned);
}

TEST_CASE("Without a chosen user the outcomes are disabled and say why", "[calendar-ui]") {
    Calendar c(false);
    const Appointment a = c.book(c.mette, kMonday, QTime(9, 0));
    c.show();
    QMenu* menu = openMenu(c, a.meta.id);
    CHECK_FALSE(menuAction(menu, "outcomeCompleted")->isEnabled());
    CHECK(menu->actions().first()->text().contains(s("Settings")));
    menu->close();
    CHECK(c.stored(a.meta.id).outcome == bs::Outcome::Planned);
}

TEST_CASE("The day list is written as a PDF with names, times and Danish letters",
          "[calendar-ui]") {
    Calendar c;
    c.book(c.mette, kToday, QTime(13, 0), 45);
    c.book(c.mette, kToday, QTime(9, 30));
    c.book(c.jonas, kToday, QTime(11, 0));
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
    bs::DayListDialog dialog(*c.f.registry, c.mette.meta.id, kToday);
    const QString path = c.f.dir.filePath(s("dagsliste.pdf"));
    const bs::Status saved = dialog.savePdf(path);
    QLocale::setDefault(before);
    INFO(saved.message());
    REQUIRE(saved.ok());

    QProcess pdftotext;
    pdftotext.start(s("pdftotext"), {s("-enc"), s("UTF-8"), path, s("-")});
    REQUIRE(pdftotext.waitForFinished(20000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    INFO(text);
    CHECK(text.contains(s("Mette Holm")));
    CHECK(text.contains(s("Jens Ågård")));
    CHECK(text.contains(s("Søndergade 12")));
    CHECK(text.contains(s("86 32 11 00")));
    CHECK(text.contains(s("09:30")));
    CHECK(text.contains(s("13:45")));
    CHECK(text.contains(s("onsdag den 3. december 2025")));
    CHECK_FALSE(text.contains(s("11:00–"))); // Jonas's
    CHECK(text.contains(s("2 appointment")));
    CHECK(text.indexOf(s("09:30")) < text.indexOf(s("13:00")));

    // An empty day says so.
    const bs::Status empty = bs::DayListDocument::writePdf(
        *bs::DayList::collect(*c.f.registry, c.jonas.meta.id, kToday.addDays(1)), path);
    REQUIRE(empty.ok());
    pdftotext.start(s("pdftotext"), {s("-enc"), s("UTF-8"), path, s("-")});
    REQUIRE(pdftotext.waitForFinished(20000));
    CHECK(QString::fromUtf8(pdftotext.readAllStandardOutput())
              .contains(s("No appointments on this day")));
}

TEST_CASE("Tab and the arrows move the selection; Enter opens the selected appointment",
          "[calendar-ui]") {
    Calendar c;
    const Appointment first = c.book(c.mette, kMonday, QTime(9, 0));
    const Appointment second = c.book(c.mette, kMonday.addDays(2), QTime(13, 0));
    bs::CalendarPage& page = c.show();
    bs::CalendarView* view = c.view();
    view->setFocus();
    view->selectSlot(kMonday, QTime(8, 0));
    QTest::keyClick(view, Qt::Key_Tab);
    CHECK(view->selectedAppointment() == first.meta.id);
    QTest::keyClick(view, Qt::Key_Tab);
    CHECK(view->selectedAppointment() == second.meta.id);
    QTest::keyClick(view, Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(view->selectedAppointment() == first.meta.id);
    // Down leaves the block for the empty slot after it; Up comes back onto it.
    QTest::keyClick(view, Qt::Key_Down);
    CHECK(view->selectedAppointment().isNull());
    CHECK(view->slotTime() == QTime(10, 0));
    QTest::keyClick(view, Qt::Key_Up);
    CHECK(view->selectedAppointment() == first.meta.id);

    QTest::keyClick(view, Qt::Key_Return);
    auto* dialog = openDialog<bs::AppointmentDialog>(&page);
    CHECK(dialog->windowTitle() == s("Edit appointment"));
    CHECK(field<QComboBox>(dialog, "citizen")->currentData().toUuid() == c.jens.meta.id);
    // An edit saved from the dialog is undoable too.
    field<QSpinBox>(dialog, "duration")->setValue(45);
    clickSave(dialog);
    CHECK(c.stored(first.meta.id).durationMinutes == 45);
    c.context->stack()->undo();
    CHECK(c.stored(first.meta.id).durationMinutes == 60);
}

TEST_CASE("A group's calendar books group sessions at the group's site", "[calendar-ui]") {
    Calendar c;
    bs::Site site;
    site.name = s("Alunden");
    REQUIRE(c.f.registry->saveSite(site).ok());
    bs::SupportGroup group;
    group.siteId = site.meta.id;
    group.name = s("Yngre 20+");
    group.facilitator1 = c.jonas.meta.id;
    group.capacity = 8;
    group.start = QDate(2025, 1, 1);
    REQUIRE(c.f.registry->saveGroup(group).ok());
    bs::CalendarPage& page = c.show();
    bs::CalendarFilter filter;
    filter.groupId = group.meta.id;
    page.showCalendarOf(filter, kToday);
    auto* dialog = page.newAppointment(kMonday.addDays(3), QTime(13, 0), 120);
    CHECK(field<QComboBox>(dialog, "form")->currentData().toInt() == int(bs::SupportForm::Group));
    CHECK_FALSE(field<QComboBox>(dialog, "citizen")->isVisibleTo(dialog));
    field<QLineEdit>(dialog, "topic")->setText(s("Søvn og døgnrytme"));
    clickSave(dialog);
    REQUIRE(c.all().size() == 1);
    const Appointment session = c.all().first();
    CHECK(session.groupId == group.meta.id);
    CHECK(session.siteId == site.meta.id);
    CHECK(session.staffId == c.jonas.meta.id);
    CHECK(session.topic == s("Søvn og døgnrytme"));
    REQUIRE(c.view()->blocks().size() == 1);
    CHECK(c.view()->blocks().first().title == s("Yngre 20+ · JK"));
}
