#include "domain/Allocation.h"
#include "domain/Citizen.h"
#include "domain/Goal.h"
#include "domain/Grant.h"
#include "domain/Organisation.h"
#include "domain/SupportGroup.h"

#include <catch2/catch.hpp>

using namespace bs;

namespace {
Grant validGrant(LegalBasis basis) {
    Grant g;
    g.citizenId = newId();
    g.basis = basis;
    g.from = QDate(2025, 1, 1);
    g.to = QDate(2025, 6, 30);
    g.purpose = QStringLiteral("Struktur i hverdagen");
    g.hoursPerWeek = 3;
    return g;
}
Goal validGoal() {
    Goal g;
    g.citizenId = newId();
    g.theme = FfbTheme::CommunityLife;
    g.condition = QStringLiteral("community.finances");
    g.type = GoalType::Develop;
    g.currentLevel = FunctionLevel::Severe;
    g.targetLevel = FunctionLevel::Moderate;
    g.description = QStringLiteral("Jeg vil selv betale mine regninger");
    g.start = QDate(2025, 3, 1);
    return g;
}
} // namespace

TEST_CASE("A citizen needs a name; contact details are checked when given") {
    Citizen c;
    CHECK(c.validate().has(QStringLiteral("name")));
    c.name = QStringLiteral("Åse Ærø");
    CHECK(c.validate().isEmpty());
    c.cpr = QStringLiteral("310290-1234");
    c.postalCode = QStringLiteral("85OO");
    c.email = QStringLiteral("åse@");
    c.phone = QStringLiteral("12");
    const auto e = c.validate();
    CHECK(e.has(QStringLiteral("cpr")));
    CHECK(e.has(QStringLiteral("postalCode")));
    CHECK(e.has(QStringLiteral("email")));
    CHECK(e.has(QStringLiteral("phone")));
    CHECK(e.size() == 4);
    c.cpr = QStringLiteral("7101901235"); // replacement number, fails modulus 11: accepted
    c.postalCode = QStringLiteral("8500");
    c.email = QStringLiteral("aase@example.dk");
    c.phone = QStringLiteral("86 12 34 56");
    CHECK(c.validate().isEmpty());
    CHECK(c.maskedCpr() == QStringLiteral("710190-xxxx"));
}

TEST_CASE("§ 82 b grants last at most six months and need an end date") {
    Grant g = validGrant(LegalBasis::P82b);
    CHECK(g.validate().isEmpty()); // 1 Jan - 30 Jun is exactly six months
    g.to = QDate(2025, 7, 1);
    CHECK(g.validate().has(QStringLiteral("to")));
    g.to = {};
    CHECK(g.validate().has(QStringLiteral("to")));
    Grant p85 = validGrant(LegalBasis::P85);
    p85.to = {};
    CHECK(p85.validate().isEmpty()); // § 85 may be open-ended
    p85.to = QDate(2027, 1, 1);
    CHECK(p85.validate().isEmpty());
}

TEST_CASE("A grant has hours per week or a package band, a purpose and consistent dates") {
    Grant g = validGrant(LegalBasis::P85);
    g.hoursPerWeek = 0;
    CHECK(g.validate().has(QStringLiteral("hours")));
    g.usesPackage = true;
    g.packageMinHours = 5;
    g.packageMaxHours = 2;
    CHECK(g.validate().has(QStringLiteral("package")));
    g.packageMaxHours = 8;
    CHECK(g.validate().isEmpty());
    g.purpose = QStringLiteral("  ");
    g.to = QDate(2024, 12, 31);
    g.reviewDate = QDate(2024, 6, 1);
    const auto e = g.validate();
    CHECK(e.has(QStringLiteral("purpose")));
    CHECK(e.has(QStringLiteral("to")));
    CHECK(e.has(QStringLiteral("review")));
}

TEST_CASE("Indsatsmål levels follow the FFB rules") {
    Goal g = validGoal();
    CHECK(g.validate().isEmpty());

    SECTION("the condition must belong to the theme") {
        g.condition = QStringLiteral("health.sleep");
        CHECK(g.validate().has(QStringLiteral("condition")));
    }
    SECTION("levels are only set under Activity and participation") {
        g.theme = FfbTheme::Health;
        g.condition = QStringLiteral("health.sleep");
        CHECK(g.validate().has(QStringLiteral("level")));
        g.currentLevel = g.targetLevel = FunctionLevel::NotAssessed;
        CHECK(g.validate().isEmpty());
    }
    SECTION("a goal to develop targets a better level") {
        g.targetLevel = FunctionLevel::Severe;
        CHECK(g.validate().has(QStringLiteral("targetLevel")));
    }
    SECTION("a goal to maintain keeps the level") {
        g.type = GoalType::Maintain;
        CHECK(g.validate().has(QStringLiteral("targetLevel")));
        g.targetLevel = FunctionLevel::Severe;
        CHECK(g.validate().isEmpty());
    }
    SECTION("a goal to limit loss may not target a better level") {
        g.type = GoalType::LimitLoss;
        CHECK(g.validate().has(QStringLiteral("targetLevel")));
        g.targetLevel = FunctionLevel::Complete;
        CHECK(g.validate().isEmpty());
    }
    SECTION("an ended goal has an end date") {
        g.status = GoalStatus::Achieved;
        CHECK(g.validate().has(QStringLiteral("endDate")));
        g.endDate = QDate(2025, 9, 1);
        CHECK(g.validate().isEmpty());
    }
}

TEST_CASE("A delmål is a concrete criterion with a deadline") {
    SubGoal s;
    s.goalId = newId();
    const auto e = s.validate();
    CHECK(e.has(QStringLiteral("criterion")));
    CHECK(e.has(QStringLiteral("deadline")));
    s.criterion = QStringLiteral("Åbner e-Boks hver mandag");
    s.deadline = QDate(2026, 1, 31);
    CHECK(s.validate().isEmpty());
}

TEST_CASE("Allocations have a grant, a period and planned minutes") {
    Allocation a;
    a.citizenId = newId();
    a.grantId = newId();
    a.from = QDate(2025, 1, 1);
    CHECK(a.validate().isEmpty());
    a.plannedMinutes = 0;
    CHECK(a.validate().has(QStringLiteral("minutes")));
    a.cadence = Cadence::OnDemand;
    CHECK(a.validate().isEmpty()); // walk-in rådgivning has no fixed minutes
    a.groupId = newId();
    CHECK(a.validate().has(QStringLiteral("group")));
    a.form = SupportForm::Group;
    CHECK(a.validate().isEmpty());
}

TEST_CASE("Groups have one or two different facilitators and a capacity") {
    SupportGroup g;
    g.name = QStringLiteral("Yngre 20+");
    g.siteId = newId();
    g.start = QDate(2025, 2, 1);
    CHECK(g.validate().has(QStringLiteral("facilitator")));
    g.facilitator1 = newId();
    CHECK(g.validate().isEmpty());
    g.facilitator2 = g.facilitator1;
    CHECK(g.validate().has(QStringLiteral("facilitator")));
    g.facilitator2 = newId();
    g.capacity = 0;
    CHECK(g.validate().has(QStringLiteral("capacity")));
}

TEST_CASE("Sites keep opening hours and staff have initials") {
    Site s;
    s.name = QStringLiteral("AUC Grenaa");
    s.openingHours = {{2, QTime(11, 0), QTime(14, 0)}};
    CHECK(s.validate().isEmpty());
    CHECK(s.isOpen(2, QTime(13, 59)));
    CHECK_FALSE(s.isOpen(2, QTime(14, 0)));
    CHECK_FALSE(s.isOpen(3, QTime(12, 0)));
    CHECK(openingHoursFromJson(openingHoursToJson(s.openingHours)) == s.openingHours);
    s.openingHours = {{2, QTime(14, 0), QTime(11, 0)}};
    CHECK(s.validate().has(QStringLiteral("openingHours")));

    Staff st;
    st.initials = QStringLiteral("M H");
    st.name = QStringLiteral("Mette Holm");
    CHECK(st.validate().has(QStringLiteral("initials")));
}

TEST_CASE("Enum codes round-trip and labels parse back") {
    for (auto f : allValues<SupportForm>())
        CHECK(fromCode<SupportForm>(toCode(f)) == f);
    CHECK(parseEnum<LegalBasis>(QStringLiteral("§ 82 b")) == LegalBasis::P82b);
    CHECK(parseEnum<CitizenStatus>(QStringLiteral("active")) == CitizenStatus::Active);
    CHECK_FALSE(parseEnum<SupportForm>(QStringLiteral("telepathy")).has_value());
    CHECK_FALSE(allowsGroupSupport(LegalBasis::P82b));
    CHECK(allowsGroupSupport(LegalBasis::P82a));
}
