// Indkøring from the Grupper section: one dialog books alternating weeks of group sessions and
// individual visits for a member, with the group's slot and the contact person filled in.
#include "GuiFixture.h"
#include "groups/IndkoeringDialog.h"
#include "support/TestDatabase.h"

#include <QComboBox>
#include <QLabel>

using namespace bs;

TEST_CASE("Indkøring books group weeks and visit weeks for a member", "[groups-ui]") {
    gui::Fixture f;
    test::Builders b{*f.registry};
    const SupportGroup group = b.group();
    const Staff mette = b.staff(QStringLiteral("MH"), QStringLiteral("Mette Holm"));
    Citizen jens = f.addCitizen(QString::fromUtf8("Jens Ågård"));
    jens.contactStaffId = mette.meta.id;
    REQUIRE(f.registry->saveCitizen(jens).ok());
    b.grant(jens.meta.id, LegalBasis::P85, QDate(2025, 1, 1));
    GroupMember m;
    m.groupId = group.meta.id;
    m.citizenId = jens.meta.id;
    m.from = QDate(2025, 11, 1);
    REQUIRE(f.registry->saveGroupMember(m).ok());

    IndkoeringDialog dialog(*f.registry, group);
    REQUIRE(dialog.citizenCombo()->count() == 1);
    const Indkoering plan = dialog.plan();
    CHECK(plan.citizenId == jens.meta.id);
    CHECK(plan.individualStaffId == mette.meta.id); // the contact person
    CHECK(plan.groupStaffId == group.facilitator1);
    CHECK(plan.firstDate > gui::kToday);
    CHECK(plan.firstIndividualDate == plan.firstDate.addDays(7));
    auto made = dialog.apply();
    INFO(made.message().toStdString());
    REQUIRE(made.ok());
    REQUIRE(made->size() == 8);
    int sessions = 0;
    for (const Appointment& a : *made)
        sessions += a.form == SupportForm::Group ? 1 : 0;
    CHECK(sessions == 4);

    SECTION("a group without members says how a citizen joins, and books nothing") {
        const SupportGroup empty = b.group(QStringLiteral("Ældre 35+"));
        IndkoeringDialog none(*f.registry, empty);
        CHECK(none.citizenCombo()->count() == 0);
        CHECK_FALSE(none.apply().ok());
    }
}
