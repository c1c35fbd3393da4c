#include "GuiFixture.h"

#include "citizens/CitizenListPanel.h"
#include "citizens/CitizenView.h"
#include "citizens/CitizensPage.h"
#include "dialogs/CitizenDialog.h"
#include "dialogs/EndDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>

using namespace gui;

TEST_CASE("Undo of a citizen edit restores the old values and redo applies the edit again") {
    Fixture f;
    const bs::Citizen anna = f.addCitizen(QStringLiteral("Anna Hansen"));
    bs::MainWindow& w = f.show();
    w.citizensPage()->openCitizen(anna.meta.id);
    QUndoStack* stack = w.undoContext()->stack();

    QTest::mouseClick(f.child<QPushButton>("editCitizen"), Qt::LeftButton);
    auto* dialog = openDialog<bs::CitizenDialog>(&w);
    auto* name = field<QLineEdit>(dialog, "name");
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Anne Hansen"));
    QTest::keyClicks(field<QLineEdit>(dialog, "phone"), QStringLiteral("86 12 34 56"));
    clickSave(dialog);
    CHECK(f.storedCitizen(anna.meta.id).name == QStringLiteral("Anne Hansen"));
    CHECK(f.child<QLabel>("detailName")->text() == QStringLiteral("Anne Hansen"));
    CHECK(f.action("actionUndo")->isEnabled());

    // Twice, so the second round works from revisions moved on by the first.
    for (int round = 0; round < 2; ++round) {
        stack->undo();
        bs::Citizen c = f.storedCitizen(anna.meta.id);
        CHECK(c.name == QStringLiteral("Anna Hansen"));
        CHECK(c.phone.isEmpty());
        CHECK(f.child<QLabel>("detailName")->text() == QStringLiteral("Anna Hansen"));

        stack->redo();
        c = f.storedCitizen(anna.meta.id);
        CHECK(c.name == QStringLiteral("Anne Hansen"));
        CHECK(c.phone == QStringLiteral("86 12 34 56"));
        CHECK(f.child<QLabel>("detailName")->text() == QStringLiteral("Anne Hansen"));
    }
}

TEST_CASE("Undo of creating a citizen removes it from the list; redo brings it back") {
    Fixture f;
    bs::MainWindow& w = f.show();
    f.action("actionNewCitizen")->trigger();
    auto* dialog = openDialog<bs::CitizenDialog>(&w);
    QTest::keyClicks(field<QLineEdit>(dialog, "name"), QStringLiteral("Ny Borger"));
    clickSave(dialog);
    QTableView* table = w.citizensPage()->list()->table();
    REQUIRE(table->model()->rowCount() == 1);

    w.undoContext()->stack()->undo();
    CHECK(table->model()->rowCount() == 0);
    CHECK_FALSE(w.citizensPage()->isCitizenOpen());
    auto citizens = f.registry->citizens();
    REQUIRE(citizens.ok());
    CHECK(citizens->isEmpty());

    w.undoContext()->stack()->redo();
    CHECK(table->model()->rowCount() == 1);
    CHECK(w.citizensPage()->isCitizenOpen());
}

TEST_CASE("Undo of ending a grant restores the grant and the support forms it ended") {
    Fixture f;
    const bs::Citizen citizen = f.addCitizen(QStringLiteral("Bo Jensen"));
    bs::Grant grant;
    grant.citizenId = citizen.meta.id;
    grant.basis = bs::LegalBasis::P85;
    grant.from = QDate(2025, 1, 1);
    grant.purpose = QStringLiteral("Mestre egen økonomi");
    grant.hoursPerWeek = 3;
    REQUIRE(f.registry->saveGrant(grant).ok());
    bs::Allocation allocation;
    allocation.citizenId = citizen.meta.id;
    allocation.grantId = grant.meta.id;
    allocation.from = QDate(2025, 2, 1);
    REQUIRE(f.registry->saveAllocation(allocation).ok());

    bs::MainWindow& w = f.show();
    w.citizensPage()->openCitizen(citizen.meta.id);
    w.citizensPage()->view()->tabs()->setCurrentIndex(1);
    auto* grants = f.child<QTreeWidget>("grantTree");
    REQUIRE(grants->topLevelItemCount() == 1);
    grants->setCurrentItem(grants->topLevelItem(0));
    QTest::mouseClick(f.child<QPushButton>("endGrant"), Qt::LeftButton);
    auto* end = openDialog<bs::EndDialog>(&w);
    clickSave(end); // ends today

    auto ended = f.registry->grant(grant.meta.id);
    REQUIRE(ended.ok());
    CHECK(ended->to == kToday);
    auto allocations = f.registry->allocations(citizen.meta.id);
    REQUIRE(allocations.ok());
    CHECK(allocations->first().to == kToday);

    w.undoContext()->stack()->undo();
    auto restored = f.registry->grant(grant.meta.id);
    REQUIRE(restored.ok());
    CHECK_FALSE(restored->to.isValid());
    allocations = f.registry->allocations(citizen.meta.id);
    REQUIRE(allocations.ok());
    CHECK_FALSE(allocations->first().to.isValid());

    w.undoContext()->stack()->redo();
    allocations = f.registry->allocations(citizen.meta.id);
    REQUIRE(allocations.ok());
    CHECK(allocations->first().to == kToday);
}

TEST_CASE("A failed undo is reported and the history is cleared") {
    Fixture f;
    const bs::Citizen anna = f.addCitizen(QStringLiteral("Anna Hansen"));
    bs::MainWindow& w = f.show();
    w.citizensPage()->openCitizen(anna.meta.id);
    QTest::mouseClick(f.child<QPushButton>("editCitizen"), Qt::LeftButton);
    auto* dialog = openDialog<bs::CitizenDialog>(&w);
    QTest::keyClicks(field<QLineEdit>(dialog, "city"), QStringLiteral("Grenaa"));
    clickSave(dialog);

    // Someone removes the citizen behind the window's back.
    bs::Citizen stored = f.storedCitizen(anna.meta.id);
    REQUIRE(f.registry->setDeleted(stored, true).ok());

    QString reported;
    QObject::connect(w.undoContext(), &bs::UndoContext::failed,
                     [&reported](const QString& message) { reported = message; });
    // The warning box is modal: close it whenever one shows.
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [] {
        if (QWidget* box = QApplication::activeModalWidget())
            box->close();
    });
    closer.start(10);
    w.undoContext()->stack()->undo();
    QTRY_VERIFY(!reported.isEmpty());
    CHECK(reported.contains(QStringLiteral("no longer exists")));
    CHECK(w.undoContext()->stack()->count() == 0);
}
