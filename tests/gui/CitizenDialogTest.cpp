#include "GuiFixture.h"

#include "citizens/CitizenListPanel.h"
#include "citizens/CitizenView.h"
#include "citizens/CitizensPage.h"
#include "dialogs/CitizenDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

using namespace gui;

TEST_CASE("A citizen created through the citizen dialog is saved and listed") {
    Fixture f;
    bs::MainWindow& w = f.show();
    f.action("actionNewCitizen")->trigger();
    auto* dialog = openDialog<bs::CitizenDialog>(&w);

    QTest::keyClicks(field<QLineEdit>(dialog, "name"), QStringLiteral("Søren Ærø Åkesson"));
    QTest::keyClicks(field<QLineEdit>(dialog, "cpr"), QStringLiteral("710390-1235"));
    QTest::keyClicks(field<QLineEdit>(dialog, "postalCode"), QStringLiteral("8500"));
    QTest::keyClicks(field<QLineEdit>(dialog, "city"), QStringLiteral("Grenaa"));
    auto* status = field<QComboBox>(dialog, "status");
    status->setCurrentIndex(status->findData(int(bs::CitizenStatus::WaitingList)));
    clickSave(dialog);

    auto citizens = f.registry->citizens();
    REQUIRE(citizens.ok());
    REQUIRE(citizens->size() == 1);
    const bs::Citizen& saved = citizens->first();
    CHECK(saved.name == QStringLiteral("Søren Ærø Åkesson"));
    CHECK(saved.cpr == QStringLiteral("7103901235")); // stored as digits
    CHECK(saved.status == bs::CitizenStatus::WaitingList);

    // Listed with the CPR masked after the birth date ...
    QTableView* table = w.citizensPage()->list()->table();
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 0).data().toString() == saved.name);
    CHECK(table->model()->index(0, 1).data().toString() == QStringLiteral("710390-xxxx"));
    CHECK(f.child<QLabel>("citizenCount")->text() == QStringLiteral("1 of 1 citizen"));
    // ... and opened, with the full CPR number in the details.
    CHECK(w.citizensPage()->isCitizenOpen());
    CHECK(w.citizensPage()->view()->citizenId() == saved.meta.id);
    CHECK(f.child<QLabel>("detailCpr")->text() == QStringLiteral("710390-1235"));
}

TEST_CASE("An impossible CPR number keeps the citizen dialog open with the message") {
    Fixture f;
    bs::MainWindow& w = f.show();
    f.action("actionNewCitizen")->trigger();
    auto* dialog = openDialog<bs::CitizenDialog>(&w);

    QTest::keyClicks(field<QLineEdit>(dialog, "name"), QStringLiteral("Test Testesen"));
    auto* cpr = field<QLineEdit>(dialog, "cpr");
    QTest::keyClicks(cpr, QStringLiteral("310290-1234")); // 31 February
    clickSave(dialog);

    CHECK(dialog->isVisible());
    auto* error = field<QLabel>(dialog, "errorLabel");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("310290")));
    CHECK(cpr->property("invalid").toBool());
    CHECK(dialog->focusWidget() == cpr);
    auto citizens = f.registry->citizens();
    REQUIRE(citizens.ok());
    CHECK(citizens->isEmpty());

    SECTION("correcting the number saves and clears the error") {
        cpr->clear();
        QTest::keyClicks(cpr, QStringLiteral("280290-1234"));
        clickSave(dialog);
        auto after = f.registry->citizens();
        REQUIRE(after.ok());
        CHECK(after->size() == 1);
    }
    SECTION("a missing name is named too") {
        field<QLineEdit>(dialog, "name")->clear();
        cpr->clear();
        clickSave(dialog);
        CHECK(dialog->isVisible());
        CHECK(field<QLineEdit>(dialog, "name")->property("invalid").toBool());
        CHECK_FALSE(cpr->property("invalid").toBool());
    }
}

TEST_CASE("The empty list says so and offers to create the first citizen") {
    Fixture f;
    bs::MainWindow& w = f.show();
    w.showSection(bs::MainWindow::Citizens);
    auto* button = f.child<QPushButton>("emptyNewCitizen");
    CHECK(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    auto* dialog = openDialog<bs::CitizenDialog>(&w);
    dialog->reject();
}
