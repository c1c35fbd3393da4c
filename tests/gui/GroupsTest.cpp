#include "GuiFixture.h"

#include "Format.h"
#include "dialogs/GroupDialog.h"
#include "groups/GroupListPanel.h"
#include "groups/GroupMembersPanel.h"
#include "groups/GroupsPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>

using namespace gui;

namespace {

struct Organisation {
    bs::Site site;
    bs::Staff mette;
    bs::Staff anders;
};

Organisation addOrganisation(Fixture& f) {
    Organisation o;
    o.site.name = QStringLiteral("Alunden Grenaa");
    REQUIRE(f.registry->saveSite(o.site).ok());
    o.mette.initials = QStringLiteral("MKJ");
    o.mette.name = QStringLiteral("Mette Kjær");
    REQUIRE(f.registry->saveStaff(o.mette).ok());
    o.anders.initials = QStringLiteral("ALH");
    o.anders.name = QStringLiteral("Anders Lund");
    REQUIRE(f.registry->saveStaff(o.anders).ok());
    return o;
}

bs::SupportGroup addGroup(Fixture& f, const Organisation& o) {
    bs::SupportGroup g;
    g.siteId = o.site.meta.id;
    g.name = QStringLiteral("Yngre 20+");
    g.theme = QStringLiteral("Social færdighedstræning");
    g.facilitator1 = o.mette.meta.id;
    g.capacity = 10;
    g.start = QDate(2025, 9, 1);
    REQUIRE(f.registry->saveGroup(g).ok());
    return g;
}

QList<bs::SupportGroup> storedGroups(const bs::Registry& registry) {
    auto groups = registry.groups();
    REQUIRE(groups.ok());
    return *groups;
}

void selectData(QComboBox* combo, const QUuid& id) {
    const int index = combo->findData(id);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

QTreeWidget* showGroups(Fixture& f, bs::MainWindow& w) {
    w.showSection(bs::MainWindow::Groups);
    auto* tree = f.child<QTreeWidget>("groupTree");
    REQUIRE(tree->isVisible());
    return tree;
}

} // namespace

TEST_CASE("A group created through the group dialog is listed in Groups") {
    Fixture f;
    const Organisation o = addOrganisation(f);
    bs::MainWindow& w = f.show();
    QTreeWidget* tree = showGroups(f, w);
    CHECK(tree->topLevelItemCount() == 0);
    auto* newGroup = f.child<QPushButton>("newGroup");
    REQUIRE(newGroup->isEnabled());

    QTest::mouseClick(newGroup, Qt::LeftButton);
    auto* dialog = openDialog<bs::GroupDialog>(&w);
    // The only site is chosen already.
    CHECK(field<QComboBox>(dialog, "site")->currentData().toUuid() == o.site.meta.id);
    QTest::keyClicks(field<QLineEdit>(dialog, "name"), QStringLiteral("Yngre 20+"));
    auto* theme = field<QComboBox>(dialog, "theme");
    theme->setCurrentText(QStringLiteral("Social skills training"));
    selectData(field<QComboBox>(dialog, "facilitator"), o.mette.meta.id);
    selectData(field<QComboBox>(dialog, "facilitator2"), o.anders.meta.id);
    field<QSpinBox>(dialog, "capacity")->setValue(8);
    clickSave(dialog);
    CHECK_FALSE(dialog->isVisible());

    const QList<bs::SupportGroup> groups = storedGroups(*f.registry);
    REQUIRE(groups.size() == 1);
    const bs::SupportGroup& g = groups.first();
    CHECK(g.name == QStringLiteral("Yngre 20+"));
    CHECK(g.siteId == o.site.meta.id);
    CHECK(g.theme == QStringLiteral("Social skills training"));
    CHECK(g.facilitator1 == o.mette.meta.id);
    CHECK(g.facilitator2 == o.anders.meta.id);
    CHECK(g.capacity == 8);
    CHECK(g.start == kToday);
    CHECK_FALSE(g.end.isValid());

    REQUIRE(tree->topLevelItemCount() == 1);
    const QTreeWidgetItem* row = tree->topLevelItem(0);
    CHECK(row->text(0) == QStringLiteral("Yngre 20+"));
    CHECK(row->text(1) == QStringLiteral("Alunden Grenaa"));
    CHECK(row->text(2) == QStringLiteral("Social skills training"));
    CHECK(row->text(3) == QStringLiteral("MKJ, ALH"));
    CHECK(row->text(4) == QStringLiteral("0 / 8"));
    CHECK(tree->currentItem() == row);
    CHECK(f.child<QLabel>("membersTitle")->text() == QStringLiteral("Members of Yngre 20+"));

    SECTION("undo removes it from the list; redo brings it back") {
        w.showSection(bs::MainWindow::Citizens);
        w.undoContext()->stack()->undo();
        CHECK(storedGroups(*f.registry).isEmpty());
        CHECK(w.currentSection() == bs::MainWindow::Groups);
        CHECK(tree->topLevelItemCount() == 0);
        w.undoContext()->stack()->redo();
        CHECK(tree->topLevelItemCount() == 1);
    }
}

TEST_CASE("A group without a facilitator is refused inline") {
    Fixture f;
    addOrganisation(f);
    bs::MainWindow& w = f.show();
    showGroups(f, w);
    QTest::mouseClick(f.child<QPushButton>("newGroup"), Qt::LeftButton);
    // Guarded: if the dialog wrongly saved and closed, it is deleted.
    QPointer<bs::GroupDialog> dialog = openDialog<bs::GroupDialog>(&w);
    QTest::keyClicks(field<QLineEdit>(dialog, "name"), QStringLiteral("Ældre 35+"));
    auto* facilitator = field<QComboBox>(dialog, "facilitator");
    CHECK(facilitator->currentData().toUuid().isNull()); // nobody is chosen for you
    clickSave(dialog);

    REQUIRE(dialog); // not saved, closed and deleted
    CHECK(dialog->isVisible());
    CHECK(dialog->errorText().contains(QStringLiteral("one or two facilitators")));
    CHECK(facilitator->property("invalid").toBool());
    CHECK(dialog->focusWidget() == facilitator);
    CHECK(storedGroups(*f.registry).isEmpty());
    CHECK(w.undoContext()->stack()->count() == 0);
    dialog->reject();
}

TEST_CASE("New group waits for a site and a staff member, and says so") {
    Fixture f;
    bs::MainWindow& w = f.show();
    showGroups(f, w);
    CHECK_FALSE(f.child<QPushButton>("newGroup")->isEnabled());
    bool hinted = false;
    for (QLabel* label : w.groupsPage()->list()->findChildren<QLabel*>())
        hinted =
            hinted || (label->isVisible() &&
                       label->text().contains(QStringLiteral("needs a site and a facilitator")));
    CHECK(hinted);
    // The sessions tab says what to do first.
    auto* sessionsEmpty = f.child<QLabel>("sessionsEmpty");
    CHECK(sessionsEmpty->isVisible());
    CHECK(sessionsEmpty->text().contains(QStringLiteral("Select a group")));
    CHECK_FALSE(f.child<QPushButton>("planSessions")->isEnabled());

    addOrganisation(f);
    w.showSection(bs::MainWindow::Citizens);
    w.showSection(bs::MainWindow::Groups); // read afresh when shown
    CHECK(f.child<QPushButton>("newGroup")->isEnabled());
}

TEST_CASE("The selected group shows its current and past members, read-only") {
    Fixture f;
    const Organisation o = addOrganisation(f);
    const bs::SupportGroup group = addGroup(f, o);
    // A current member through a group support form, as the register keeps it ...
    const bs::Citizen bo = f.addCitizen(QStringLiteral("Bo Jensen"));
    bs::Grant grant;
    grant.citizenId = bo.meta.id;
    grant.basis = bs::LegalBasis::P85;
    grant.from = QDate(2025, 1, 1);
    grant.purpose = QStringLiteral("Indgå i fællesskaber");
    grant.hoursPerWeek = 2;
    REQUIRE(f.registry->saveGrant(grant).ok());
    bs::Allocation allocation;
    allocation.citizenId = bo.meta.id;
    allocation.grantId = grant.meta.id;
    allocation.form = bs::SupportForm::Group;
    allocation.groupId = group.meta.id;
    allocation.from = QDate(2025, 9, 1);
    const bs::Status saved = f.registry->saveAllocation(allocation);
    INFO(saved.message().toStdString());
    REQUIRE(saved.ok());
    // ... and a past one.
    const bs::Citizen eva = f.addCitizen(QStringLiteral("Eva Holm"));
    bs::GroupMember past;
    past.groupId = group.meta.id;
    past.citizenId = eva.meta.id;
    past.from = QDate(2025, 9, 1);
    past.to = QDate(2025, 10, 31);
    REQUIRE(f.registry->saveGroupMember(past).ok());

    bs::MainWindow& w = f.show();
    QTreeWidget* tree = showGroups(f, w);
    REQUIRE(tree->topLevelItemCount() == 1);
    CHECK(tree->topLevelItem(0)->text(4) == QStringLiteral("1 / 10"));
    auto* members = f.child<QTreeWidget>("memberTree");
    CHECK(members->topLevelItemCount() == 0);
    CHECK(f.child<QLabel>("membersTitle")->text().contains(QStringLiteral("select a group")));

    tree->setCurrentItem(tree->topLevelItem(0));
    REQUIRE(members->topLevelItemCount() == 2);
    QStringList names;
    for (int i = 0; i < members->topLevelItemCount(); ++i)
        names << members->topLevelItem(i)->text(0);
    CHECK(names.contains(QStringLiteral("Bo Jensen")));
    CHECK(names.contains(QStringLiteral("Eva Holm")));
    for (int i = 0; i < members->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = members->topLevelItem(i);
        if (item->text(0) == QStringLiteral("Eva Holm"))
            CHECK(item->text(2) == bs::dateText(QDate(2025, 10, 31)));
        else
            CHECK(item->text(2).isEmpty());
    }
    // Nothing to edit here: no buttons, and the hint says where membership is kept.
    w.groupsPage()->tabs()->setCurrentIndex(1);
    REQUIRE(w.groupsPage()->members()->isVisible());
    CHECK(w.groupsPage()->members()->findChildren<QPushButton*>().isEmpty());
    bool hinted = false;
    for (QLabel* label : w.groupsPage()->members()->findChildren<QLabel*>())
        hinted = hinted ||
                 (label->isVisible() &&
                  label->text().contains(QStringLiteral("through the citizen's support form")));
    CHECK(hinted);
}
