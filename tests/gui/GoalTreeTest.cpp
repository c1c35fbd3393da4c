#include "GuiFixture.h"

#include "citizens/CitizenView.h"
#include "citizens/CitizensPage.h"
#include "dialogs/EndDialog.h"
#include "dialogs/GoalDialog.h"
#include "dialogs/SubGoalDialog.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTreeWidget>

using namespace gui;

namespace {
void selectEnum(QComboBox* combo, int value) {
    const int index = combo->findData(value);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}
} // namespace

TEST_CASE("An indsatsmål and a delmål added through their dialogs show in the goal tree") {
    Fixture f;
    const bs::Citizen citizen = f.addCitizen(QStringLiteral("Birgit Ørum"));
    bs::MainWindow& w = f.show();
    w.citizensPage()->openCitizen(citizen.meta.id);
    w.citizensPage()->view()->tabs()->setCurrentIndex(3);
    auto* tree = f.child<QTreeWidget>("goalTree");
    CHECK(tree->topLevelItemCount() == 0);
    CHECK_FALSE(f.child<QPushButton>("newSubGoal")->isEnabled()); // no goal selected

    QTest::mouseClick(f.child<QPushButton>("newGoal"), Qt::LeftButton);
    auto* goalDialog = openDialog<bs::GoalDialog>(&w);
    auto* theme = field<QComboBox>(goalDialog, "theme");
    auto* condition = field<QComboBox>(goalDialog, "condition");
    auto* level = field<QComboBox>(goalDialog, "level");

    // The theme decides the conditions offered and whether levels apply.
    selectEnum(theme, int(bs::FfbTheme::Health));
    CHECK(condition->findData(QStringLiteral("health.sleep")) >= 0);
    CHECK(condition->findData(QStringLiteral("community.finances")) < 0);
    CHECK_FALSE(level->isEnabled());
    selectEnum(theme, int(bs::FfbTheme::CommunityLife));
    CHECK(level->isEnabled());
    condition->setCurrentIndex(condition->findData(QStringLiteral("community.mail")));
    selectEnum(level, int(bs::FunctionLevel::Moderate));
    selectEnum(field<QComboBox>(goalDialog, "targetLevel"), int(bs::FunctionLevel::Mild));
    QTest::keyClicks(field<QPlainTextEdit>(goalDialog, "description"),
                     QStringLiteral("Jeg vil selv åbne min post hver uge"));
    clickSave(goalDialog);
    CHECK_FALSE(goalDialog->isVisible());

    REQUIRE(tree->topLevelItemCount() == 1);
    QTreeWidgetItem* goalItem = tree->topLevelItem(0);
    CHECK(goalItem->text(0) == QStringLiteral("Jeg vil selv åbne min post hver uge"));
    CHECK(goalItem->text(1).contains(QStringLiteral("Handling mail and e-Boks")));
    CHECK(goalItem->text(2) == QStringLiteral("Active"));

    tree->setCurrentItem(goalItem);
    REQUIRE(f.child<QPushButton>("newSubGoal")->isEnabled());
    QTest::mouseClick(f.child<QPushButton>("newSubGoal"), Qt::LeftButton);
    auto* subDialog = openDialog<bs::SubGoalDialog>(&w);
    QTest::keyClicks(field<QPlainTextEdit>(subDialog, "criterion"),
                     QStringLiteral("Åbner e-Boks med støtte hver mandag"));
    clickSave(subDialog);

    REQUIRE(tree->topLevelItemCount() == 1);
    goalItem = tree->topLevelItem(0);
    REQUIRE(goalItem->childCount() == 1);
    CHECK(goalItem->child(0)->text(0) == QStringLiteral("Åbner e-Boks med støtte hver mandag"));

    auto goals = f.registry->goals(citizen.meta.id);
    REQUIRE(goals.ok());
    REQUIRE(goals->size() == 1);
    CHECK(goals->first().condition == QStringLiteral("community.mail"));
    CHECK(goals->first().currentLevel == bs::FunctionLevel::Moderate);

    SECTION("ending the goal with an outcome ends its open delmål and greys both") {
        tree->setCurrentItem(goalItem);
        QTest::mouseClick(f.child<QPushButton>("endGoal"), Qt::LeftButton);
        auto* end = openDialog<bs::EndDialog>(&w);
        selectEnum(field<QComboBox>(end, "status"), int(bs::GoalStatus::PartlyAchieved));
        clickSave(end);
        goalItem = tree->topLevelItem(0);
        CHECK(goalItem->text(2) == QStringLiteral("Partly achieved"));
        CHECK(goalItem->child(0)->text(2) == QStringLiteral("Partly achieved"));
        CHECK_FALSE(f.child<QPushButton>("endGoal")->isEnabled());

        // Undo reopens the goal and its delmål.
        w.undoContext()->stack()->undo();
        goalItem = tree->topLevelItem(0);
        CHECK(goalItem->text(2) == QStringLiteral("Active"));
        CHECK(goalItem->child(0)->text(2) == QStringLiteral("Active"));
    }
    SECTION("a goal whose target is not better than now is refused in the dialog") {
        tree->setCurrentItem(goalItem);
        QTest::mouseClick(f.child<QPushButton>("editGoal"), Qt::LeftButton);
        auto* edit = openDialog<bs::GoalDialog>(&w);
        selectEnum(field<QComboBox>(edit, "targetLevel"), int(bs::FunctionLevel::Severe));
        clickSave(edit);
        CHECK(edit->isVisible());
        CHECK_FALSE(edit->errorText().isEmpty());
        CHECK(field<QComboBox>(edit, "targetLevel")->property("invalid").toBool());
        edit->reject();
    }
}
