#include "GuiFixture.h"

#include "citizens/CitizenListPanel.h"
#include "citizens/CitizenView.h"
#include "citizens/CitizensPage.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

using namespace gui;

namespace {
QStringList listedNames(QTableView* table) {
    QStringList names;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        names << table->model()->index(r, 0).data().toString();
    return names;
}
} // namespace

TEST_CASE("Typing in the filter narrows the citizen list") {
    Fixture f;
    f.addCitizen(QStringLiteral("Anna Hansen"), QStringLiteral("0101901234"));
    f.addCitizen(QStringLiteral("Bo Jensen"), QStringLiteral("1205851237"));
    f.addCitizen(QStringLiteral("Carl Pedersen"), QStringLiteral("2303701239"),
                 bs::CitizenStatus::WaitingList);
    bs::MainWindow& w = f.show();
    w.showSection(bs::MainWindow::Citizens);
    QTableView* table = w.citizensPage()->list()->table();
    auto* filter = f.child<QLineEdit>("citizenFilter");
    auto* count = f.child<QLabel>("citizenCount");
    REQUIRE(table->model()->rowCount() == 3);
    CHECK(count->text() == QStringLiteral("3 of 3 citizens"));

    SECTION("by part of a name, any case") {
        QTest::keyClicks(filter, QStringLiteral("JENS"));
        CHECK(listedNames(table) == QStringList{QStringLiteral("Bo Jensen")});
        CHECK(count->text() == QStringLiteral("1 of 3 citizens"));
    }
    SECTION("by CPR number with or without the dash") {
        QTest::keyClicks(filter, QStringLiteral("230370-1239"));
        CHECK(listedNames(table) == QStringList{QStringLiteral("Carl Pedersen")});
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("0101901234"));
        CHECK(listedNames(table) == QStringList{QStringLiteral("Anna Hansen")});
    }
    SECTION("every word must match") {
        QTest::keyClicks(filter, QStringLiteral("sen an"));
        CHECK(listedNames(table) == QStringList{QStringLiteral("Anna Hansen")});
    }
    SECTION("by status, in the filter or with the status choice") {
        QTest::keyClicks(filter, QStringLiteral("waiting"));
        CHECK(listedNames(table) == QStringList{QStringLiteral("Carl Pedersen")});
        filter->clear();
        auto* status = f.child<QComboBox>("statusFilter");
        status->setCurrentIndex(status->findData(int(bs::CitizenStatus::Active)));
        CHECK(listedNames(table) ==
              (QStringList{QStringLiteral("Anna Hansen"), QStringLiteral("Bo Jensen")}));
    }
    SECTION("Enter in the filter opens the first match") {
        QTest::keyClicks(filter, QStringLiteral("carl"));
        QTest::keyClick(filter, Qt::Key_Return);
        CHECK(w.citizensPage()->isCitizenOpen());
    }
    SECTION("nothing matching leaves an empty list, not the empty state") {
        QTest::keyClicks(filter, QStringLiteral("zzz"));
        CHECK(table->model()->rowCount() == 0);
        CHECK(table->isVisible());
        CHECK(count->text() == QStringLiteral("0 of 3 citizens"));
    }
}

TEST_CASE("The citizen list sorts names in Danish order") {
    Fixture f;
    for (const char* name :
         {"Åse Holm", "Zenia Berg", "Ørsted Lund", "Aage Bech", "Æbelø Due", "Ole Friis"})
        f.addCitizen(QString::fromUtf8(name));
    bs::MainWindow& w = f.show();
    QTableView* table = w.citizensPage()->list()->table();

    // Æ, Ø, Å come after Z, and "Aa" counts as Å.
    const QStringList danish{QStringLiteral("Ole Friis"), QStringLiteral("Zenia Berg"),
                             QStringLiteral("Æbelø Due"), QStringLiteral("Ørsted Lund"),
                             QStringLiteral("Aage Bech"), QStringLiteral("Åse Holm")};
    CHECK(listedNames(table) == danish);

    // Clicking the header reverses it.
    QHeaderView* header = table->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(0) + 10, header->height() / 2));
    QStringList reversed = danish;
    std::reverse(reversed.begin(), reversed.end());
    CHECK(listedNames(table) == reversed);
}

TEST_CASE("Keyboard: Ctrl+F focuses the filter and Enter on a row opens the citizen") {
    Fixture f;
    const bs::Citizen anna = f.addCitizen(QStringLiteral("Anna Hansen"));
    bs::MainWindow& w = f.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
    auto* filter = f.child<QLineEdit>("citizenFilter");
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    CHECK(filter->hasFocus());
    QTest::keyClick(filter, Qt::Key_Down);
    QTableView* table = w.citizensPage()->list()->table();
    CHECK(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(w.citizensPage()->isCitizenOpen());
    CHECK(w.citizensPage()->view()->citizenId() == anna.meta.id);
}
