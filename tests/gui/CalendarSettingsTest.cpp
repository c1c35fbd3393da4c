// Settings ▸ Calendar: the service hours and the time between home visits, stored for the checks.
#include "GuiFixture.h"
#include "SettingsPage.h"
#include "services/Scheduler.h"

#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>

TEST_CASE("Settings: service hours are stored, and an end before the start is refused",
          "[calendar-ui]") {
    gui::Fixture f;
    bs::MainWindow& w = f.show();
    w.showSection(bs::MainWindow::Settings);
    auto* panel = f.child<QWidget>("calendarSettings");
    w.settingsPage()->tabs()->setCurrentWidget(panel);
    auto* from = f.child<QTimeEdit>("serviceFrom");
    auto* to = f.child<QTimeEdit>("serviceTo");
    auto* between = f.child<QSpinBox>("minutesBetweenHomeVisits");
    CHECK(from->time() == QTime(7, 0)); // the defaults
    CHECK(to->time() == QTime(22, 0));

    from->setTime(QTime(8, 0));
    to->setTime(QTime(20, 0));
    between->setValue(30);
    QTest::mouseClick(f.child<QPushButton>("saveCalendarSettings"), Qt::LeftButton);
    bs::SchedulingSettings stored = bs::Scheduler(*f.registry).settings();
    CHECK(stored.serviceFrom == QTime(8, 0));
    CHECK(stored.serviceTo == QTime(20, 0));
    CHECK(stored.minutesBetweenHomeVisits == 30);

    to->setTime(QTime(6, 0));
    QTest::mouseClick(f.child<QPushButton>("saveCalendarSettings"), Qt::LeftButton);
    CHECK(f.child<QLabel>("calendarSettingsResult")->text().contains(QStringLiteral("after")));
    CHECK(bs::Scheduler(*f.registry).settings().serviceTo == QTime(20, 0)); // unchanged
}
