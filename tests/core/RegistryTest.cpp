#include "support/TestDatabase.h"

using namespace bs;
using bs::test::Builders;
using bs::test::TestDatabase;

namespace {
Allocation allocation(const Citizen& c, const Grant& g, SupportForm form) {
    Allocation a;
    a.citizenId = c.meta.id;
    a.grantId = g.meta.id;
    a.form = form;
    a.from = g.from;
    a.to = g.to;
    return a;
}
} // namespace

TEST_CASE("§ 82 b is never delivered as group support") {
    TestDatabase t;
    Builders b{t.reg()};
    const Citizen c = b.citizen(QStringLiteral("Jens Ågård"));
    const Grant g82b = b.grant(c.meta.id, LegalBasis::P82b, QDate(2025, 9, 1), QDate(2026, 2, 28));
    Allocation a = allocation(c, g82b, SupportForm::Group);
    Status s = t.reg().saveAllocation(a);
    CHECK_FALSE(s.ok());
    CHECK(s.error().field == QStringLiteral("form"));
    CHECK(t.reg().allocations(c.meta.id)->isEmpty());

    a.form = SupportForm::Individual;
    CHECK(t.reg().saveAllocation(a).ok());

    SECTION("§ 82 a may be group support") {
        const Grant g82a = b.grant(c.meta.id, LegalBasis::P82a, QDate(2025, 9, 1));
        Allocation grp = allocation(c, g82a, SupportForm::Group);
        CHECK(t.reg().saveAllocation(grp).error().field == QStringLiteral("group"));
        grp.groupId = b.group().meta.id;
        CHECK(t.reg().saveAllocation(grp).ok());

        SECTION("and changing that grant to § 82 b is refused") {
            Grant changed = g82a;
            changed.basis = LegalBasis::P82b;
            changed.to = QDate(2026, 2, 28);
            Status s2 = t.reg().saveGrant(changed);
            CHECK_FALSE(s2.ok());
            CHECK(t.reg().grant(g82a.meta.id)->basis == LegalBasis::P82a);
        }
    }
}

TEST_CASE("An allocation lies within its grant's period and belongs to the grant's citizen") {
    TestDatabase t;
    Builders b{t.reg()};
    const Citizen c = b.citizen(QStringLiteral("Karen Ø"));
    const Citizen other = b.citizen(QStringLiteral("Per Æbelø"));
    const Grant g = b.grant(c.meta.id, LegalBasis::P85, QDate(2025, 1, 1), QDate(2025, 12, 31));

    Allocation early = allocation(c, g, SupportForm::Virtual);
    early.from = QDate(2024, 12, 1);
    CHECK(t.reg().saveAllocation(early).error().field == QStringLiteral("from"));

    Allocation openEnded = allocation(c, g, SupportForm::Virtual);
    openEnded.to = {};
    CHECK(t.reg().saveAllocation(openEnded).error().field == QStringLiteral("to"));

    Allocation wrongCitizen = allocation(other, g, SupportForm::Virtual);
    CHECK(t.reg().saveAllocation(wrongCitizen).error().field == QStringLiteral("grant"));
}

TEST_CASE("Ending a grant ends the allocations that run longer, in one step") {
    TestDatabase t;
    Builders b{t.reg()};
    const Citizen c = b.citizen(QStringLiteral("Lise"));
    Grant g = b.grant(c.meta.id, LegalBasis::P85, QDate(2025, 1, 1));
    Allocation a1 = allocation(c, g, SupportForm::Individual);
    Allocation a2 = allocation(c, g, SupportForm::Virtual);
    a2.to = QDate(2025, 3, 31);
    REQUIRE(t.reg().saveAllocation(a1).ok());
    REQUIRE(t.reg().saveAllocation(a2).ok());

    CHECK_FALSE(t.reg().endGrant(g, QDate(2024, 12, 1)).ok()); // before the start
    REQUIRE(t.reg().endGrant(g, QDate(2025, 6, 30)).ok());
    CHECK(g.to == QDate(2025, 6, 30));
    for (const auto& a : *t.reg().allocations(c.meta.id)) {
        if (a.meta.id == a1.meta.id)
            CHECK(a.to == QDate(2025, 6, 30));
        else
            CHECK(a.to == QDate(2025, 3, 31)); // already ended earlier: untouched
    }
}

TEST_CASE("Staff initials are unique regardless of case") {
    TestDatabase t;
    Builders b{t.reg()};
    b.staff(QStringLiteral("MH"));
    Staff dup;
    dup.initials = QStringLiteral("mh");
    dup.name = QStringLiteral("Morten Hansen");
    Status s = t.reg().saveStaff(dup);
    CHECK_FALSE(s.ok());
    CHECK(s.error().field == QStringLiteral("initials"));
    CHECK(t.reg().staffByInitials(QStringLiteral("mh"))->name == QStringLiteral("Mette Holm"));
}

TEST_CASE("A group takes members up to its capacity, each once at a time") {
    TestDatabase t;
    Builders b{t.reg()};
    const Site site = b.site(QStringLiteral("Alunden"));
    const Staff f = b.staff(QStringLiteral("AB"));
    SupportGroup g;
    g.siteId = site.meta.id;
    g.name = QStringLiteral("Yngre 20+");
    g.facilitator1 = f.meta.id;
    g.capacity = 2;
    g.start = QDate(2025, 1, 1);
    REQUIRE(t.reg().saveGroup(g).ok());

    auto member = [&](const Citizen& c) {
        GroupMember m;
        m.groupId = g.meta.id;
        m.citizenId = c.meta.id;
        m.from = QDate(2025, 2, 1);
        return m;
    };
    const Citizen c1 = b.citizen(QStringLiteral("A"));
    const Citizen c2 = b.citizen(QStringLiteral("B"));
    const Citizen c3 = b.citizen(QStringLiteral("C"));
    GroupMember m1 = member(c1), m1again = member(c1), m2 = member(c2), m3 = member(c3);
    REQUIRE(t.reg().saveGroupMember(m1).ok());
    CHECK_FALSE(t.reg().saveGroupMember(m1again).ok());
    REQUIRE(t.reg().saveGroupMember(m2).ok());
    CHECK_FALSE(t.reg().saveGroupMember(m3).ok()); // full
    m3.from = QDate(2026, 1, 1);
    m1.to = QDate(2025, 12, 31);
    REQUIRE(t.reg().saveGroupMember(m1).ok());
    CHECK(t.reg().saveGroupMember(m3).ok()); // room after c1 leaves
}

TEST_CASE("Ending an indsatsmål closes its open delmål with the same outcome") {
    TestDatabase t;
    Builders b{t.reg()};
    const Citizen c = b.citizen(QStringLiteral("Mads"));
    Goal goal;
    goal.citizenId = c.meta.id;
    goal.theme = FfbTheme::PracticalTasks;
    goal.condition = QStringLiteral("practical.cooking");
    goal.description = QStringLiteral("Jeg vil lave aftensmad tre gange om ugen");
    goal.start = QDate(2025, 3, 1);
    REQUIRE(t.reg().saveGoal(goal).ok());
    SubGoal open, done;
    open.goalId = done.goalId = goal.meta.id;
    open.criterion = QStringLiteral("Laver en madplan hver søndag");
    open.deadline = QDate(2025, 6, 1);
    done.criterion = QStringLiteral("Handler ind med indkøbsliste");
    done.deadline = QDate(2025, 5, 1);
    REQUIRE(t.reg().saveSubGoal(open).ok());
    REQUIRE(t.reg().saveSubGoal(done).ok());
    REQUIRE(t.reg().endSubGoal(done, GoalStatus::Achieved, QDate(2025, 4, 20)).ok());

    SubGoal early = open;
    early.meta = {};
    early.deadline = QDate(2025, 1, 1);
    CHECK(t.reg().saveSubGoal(early).error().field == QStringLiteral("deadline"));

    CHECK_FALSE(t.reg().endGoal(goal, GoalStatus::Active, QDate(2025, 9, 1)).ok());
    REQUIRE(t.reg().endGoal(goal, GoalStatus::PartlyAchieved, QDate(2025, 9, 1)).ok());
    for (const auto& s : *t.reg().subGoals(goal.meta.id)) {
        if (s.meta.id == open.meta.id) {
            CHECK(s.status == GoalStatus::PartlyAchieved);
            CHECK(s.endDate == QDate(2025, 9, 1));
        } else {
            CHECK(s.status == GoalStatus::Achieved);
            CHECK(s.endDate == QDate(2025, 4, 20));
        }
    }
}

TEST_CASE("The citizen list shows today's forms, masked CPR and Danish order") {
    TestDatabase t;
    Builders b{t.reg()};
    const Site site = b.site();
    const Staff st = b.staff(QStringLiteral("KJ"), QStringLiteral("Karin Juhl"));
    Citizen aase = b.citizen(QStringLiteral("Aase Nielsen"), site.meta.id);
    aase.contactStaffId = st.meta.id;
    REQUIRE(t.reg().saveCitizen(aase).ok());
    b.citizen(QStringLiteral("Ærø Hansen"));
    b.citizen(QStringLiteral("Bo Berg"));
    const Grant g = b.grant(aase.meta.id, LegalBasis::P85, QDate(2025, 1, 1));
    Allocation current = allocation(aase, g, SupportForm::Counselling);
    Allocation past = allocation(aase, g, SupportForm::Individual);
    past.to = QDate(2025, 6, 30);
    REQUIRE(t.reg().saveAllocation(current).ok());
    REQUIRE(t.reg().saveAllocation(past).ok());

    auto rows = t.reg().citizenSummaries(QDate(2025, 11, 25));
    INFO(rows.message());
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 3);
    CHECK(rows->at(0).name == QStringLiteral("Bo Berg"));
    CHECK(rows->at(1).name == QStringLiteral("Ærø Hansen"));
    CHECK(rows->at(2).name == QStringLiteral("Aase Nielsen"));
    const auto& a = rows->at(2);
    CHECK(a.maskedCpr == QStringLiteral("750185-xxxx"));
    CHECK(a.siteName == QStringLiteral("AUC Grenaa"));
    CHECK(a.contactInitials == QStringLiteral("KJ"));
    CHECK(a.activeForms == QList<SupportForm>{SupportForm::Counselling});
}

TEST_CASE("Ending a citizen's course closes the citizen and their open allocations") {
    TestDatabase t;
    Builders b{t.reg()};
    Citizen c = b.citizen(QStringLiteral("Sofie"));
    const Grant g = b.grant(c.meta.id, LegalBasis::P85, QDate(2025, 1, 1));
    Allocation a = allocation(c, g, SupportForm::Individual);
    REQUIRE(t.reg().saveAllocation(a).ok());
    REQUIRE(t.reg().endCitizen(c, QDate(2025, 11, 30)).ok());
    CHECK(t.reg().citizen(c.meta.id)->status == CitizenStatus::Closed);
    CHECK(t.reg().allocations(c.meta.id)->first().to == QDate(2025, 11, 30));
}

TEST_CASE("Records that refer to missing records are refused with a message naming the field") {
    TestDatabase t;
    Citizen c;
    c.name = QStringLiteral("Ida");
    c.siteId = newId();
    Status s = t.reg().saveCitizen(c);
    CHECK(s.error().field == QStringLiteral("site"));
    CHECK(c.meta.isNew());
    CHECK(t.reg().citizens()->isEmpty());
}

TEST_CASE("Ending a grant before a planned allocation starts removes that allocation") {
    TestDatabase t;
    Builders b{t.reg()};
    const Citizen c = b.citizen(QStringLiteral("Tove"));
    Grant g = b.grant(c.meta.id, LegalBasis::P85, QDate(2025, 1, 1));
    Allocation planned = allocation(c, g, SupportForm::Group);
    planned.groupId = b.group().meta.id;
    planned.from = QDate(2026, 1, 5);
    REQUIRE(t.reg().saveAllocation(planned).ok());
    REQUIRE(t.reg().endGrant(g, QDate(2025, 12, 31)).ok());
    CHECK(t.reg().allocations(c.meta.id)->isEmpty());
    CHECK(t.reg().groupMembers(planned.groupId)->isEmpty());
}

TEST_CASE("A group allocation carries the citizen's group membership and keeps it in step") {
    TestDatabase t;
    Builders b{t.reg()};
    const SupportGroup group = b.group(QStringLiteral("Ældre 35+"), 1);
    const Citizen c = b.citizen(QStringLiteral("Else"));
    const Citizen d = b.citizen(QStringLiteral("Dorte"));
    const Grant g = b.grant(c.meta.id, LegalBasis::P85, QDate(2025, 1, 1));
    const Grant gd = b.grant(d.meta.id, LegalBasis::P85, QDate(2025, 1, 1));
    auto members = [&] { return *t.reg().groupMembers(group.meta.id); };

    Allocation a = allocation(c, g, SupportForm::Group);
    a.groupId = group.meta.id;
    a.cadence = Cadence::EveryOtherWeek;
    REQUIRE(t.reg().saveAllocation(a).ok());
    REQUIRE(members().size() == 1);
    CHECK(members().first().citizenId == c.meta.id);
    CHECK(members().first().allocationId == a.meta.id);
    CHECK(members().first().from == QDate(2025, 1, 1));

    SECTION("the group's capacity applies to allocations") {
        Allocation other = allocation(d, gd, SupportForm::Group);
        other.groupId = group.meta.id;
        const Status s = t.reg().saveAllocation(other);
        CHECK(s.error().field == QStringLiteral("group"));
        CHECK(other.meta.isNew());
        CHECK(t.reg().allocations(d.meta.id)->isEmpty()); // nothing half-written
    }
    SECTION("ending the allocation ends the membership") {
        REQUIRE(t.reg().endAllocation(a, QDate(2025, 10, 31)).ok());
        REQUIRE(members().size() == 1);
        CHECK(members().first().to == QDate(2025, 10, 31));
    }
    SECTION("deleting the allocation (undo of its creation) removes the membership, and back") {
        REQUIRE(t.reg().setDeleted(a, true).ok());
        CHECK(members().isEmpty());
        REQUIRE(t.reg().setDeleted(a, false).ok());
        CHECK(members().size() == 1);
    }
    SECTION("changing the form away from group removes the membership") {
        a.form = SupportForm::Individual;
        a.groupId = {};
        REQUIRE(t.reg().saveAllocation(a).ok());
        CHECK(members().isEmpty());
    }
}

TEST_CASE("A reference to a record marked deleted is refused like a missing one") {
    TestDatabase t;
    Builders b{t.reg()};
    Site site = b.site(QStringLiteral("Ørsted"));
    REQUIRE(t.reg().setDeleted(site, true).ok());
    Citizen c;
    c.name = QStringLiteral("Ida");
    c.siteId = site.meta.id;
    const Status s = t.reg().saveCitizen(c);
    CHECK(s.error().field == QStringLiteral("site"));
    CHECK(t.reg().citizens()->isEmpty());
}
