// The rota: a four-week weekend rotation with one on duty and one on backup, the on-call phone
// per day, and single-day changes.
#include "services/RotaService.h"
#include "support/TestDatabase.h"

using namespace bs;
using bs::test::Builders;
using bs::test::TestDatabase;

namespace {

struct Rota {
    TestDatabase t;
    Builders b{t.reg()};
    RotaService rota{t.reg()};
    Staff a = b.staff(QStringLiteral("AA"), QStringLiteral("Anna Ærø"));
    Staff bo = b.staff(QStringLiteral("BB"), QStringLiteral("Bo Berg"));
    Staff c = b.staff(QStringLiteral("CC"), QStringLiteral("Cille Krogh"));
    Staff d = b.staff(QStringLiteral("DD"), QStringLiteral("Dorte Øst"));
    QList<QUuid> four() const { return {a.meta.id, bo.meta.id, c.meta.id, d.meta.id}; }
};

const QDate kSaturday(2025, 11, 29);

} // namespace

TEST_CASE("A four-week weekend rotation: one on duty and one on backup, both days", "[rota]") {
    Rota r;
    REQUIRE(r.rota.generateWeekendRotation(kSaturday, 8, r.four()).ok());
    auto days = r.rota.days(kSaturday, kSaturday.addDays(8 * 7 - 1));
    REQUIRE(days.ok());
    REQUIRE(days->size() == 56);
    const QList<QUuid> order = r.four();
    for (int week = 0; week < 8; ++week) {
        for (int day : {0, 1}) {
            const RotaDay& rd = (*days)[week * 7 + day];
            INFO("week " << week << " day " << day);
            CHECK(rd.weekendDuty == order[week % 4]);
            CHECK(rd.weekendBackup == order[(week + 1) % 4]);
            CHECK(rd.onCallHolder() == order[week % 4]); // no named holder: duty has the phone
        }
        for (int day = 2; day < 7; ++day) {
            CHECK((*days)[week * 7 + day].weekendDuty.isNull());
            CHECK((*days)[week * 7 + day].onCallHolder().isNull());
        }
    }
    // The fifth weekend starts the cycle again.
    CHECK((*days)[28].weekendDuty == r.a.meta.id);

    SECTION("generating again replaces, never duplicates") {
        REQUIRE(r.rota.generateWeekendRotation(kSaturday, 2, {r.d.meta.id, r.c.meta.id}).ok());
        auto again = r.rota.days(kSaturday, kSaturday.addDays(13));
        CHECK((*again)[0].weekendDuty == r.d.meta.id);
        CHECK((*again)[7].weekendDuty == r.c.meta.id);
        CHECK((*again)[7].weekendBackup == r.d.meta.id);
        Repository repo(r.t.reg().database());
        CHECK(repo.listBy<RotaDuty>("duty_date", toDbDate(kSaturday))->size() == 2);
    }
}

TEST_CASE("A rotation is refused without a Saturday, two people or a sane length", "[rota]") {
    Rota r;
    CHECK_FALSE(r.rota.generateWeekendRotation(kSaturday.addDays(1), 4, r.four()).ok());
    CHECK_FALSE(r.rota.generateWeekendRotation(kSaturday, 0, r.four()).ok());
    CHECK_FALSE(r.rota.generateWeekendRotation(kSaturday, 53, r.four()).ok());
    const Status one = r.rota.generateWeekendRotation(kSaturday, 4, {r.a.meta.id, r.a.meta.id});
    CHECK_FALSE(one.ok());
    CHECK(one.message().contains(QStringLiteral("two staff members")));
    Staff gone = r.d;
    REQUIRE(r.t.reg().setDeleted(gone, true).ok());
    CHECK_FALSE(r.rota.generateWeekendRotation(kSaturday, 4, r.four()).ok());
    // Nothing was written by the refused attempts.
    CHECK(r.rota.days(kSaturday, kSaturday.addDays(30))->first().weekendDuty.isNull());
}

TEST_CASE("The on-call phone: a named holder wins over the weekend duty", "[rota]") {
    Rota r;
    REQUIRE(r.rota.generateWeekendRotation(kSaturday, 1, {r.a.meta.id, r.bo.meta.id}).ok());
    const QDate monday = kSaturday.addDays(-5);
    REQUIRE(r.rota.assignOnCall(monday, kSaturday, r.c.meta.id).ok());
    CHECK(*r.rota.onCallHolder(monday) == r.c.meta.id);
    CHECK(*r.rota.onCallHolder(kSaturday) == r.c.meta.id);            // named
    CHECK(*r.rota.onCallHolder(kSaturday.addDays(1)) == r.a.meta.id); // Sunday: the duty
    CHECK(r.rota.onCallHolder(kSaturday.addDays(2))->isNull());       // Monday after: nobody
    auto mine = r.rota.dutiesOf(r.a.meta.id, kSaturday);
    REQUIRE(mine.ok());
    REQUIRE(mine->size() == 1);
    CHECK(mine->first().role == RotaRole::WeekendDuty);
    CHECK(r.rota.dutiesOf(r.c.meta.id, kSaturday)->size() == 1); // the phone

    SECTION("a single day changes hands, and can be cleared") {
        REQUIRE(r.rota.assign(monday, RotaRole::OnCall, r.d.meta.id).ok());
        CHECK(*r.rota.onCallHolder(monday) == r.d.meta.id);
        CHECK(*r.rota.onCallHolder(monday.addDays(1)) == r.c.meta.id);
        REQUIRE(r.rota.assign(monday, RotaRole::OnCall, {}).ok());
        CHECK(r.rota.onCallHolder(monday)->isNull());
    }
    SECTION("weekend roles only on weekends, and duty and backup are two people") {
        CHECK_FALSE(r.rota.assign(monday, RotaRole::WeekendDuty, r.d.meta.id).ok());
        const Status same = r.rota.assign(kSaturday, RotaRole::WeekendBackup, r.a.meta.id);
        CHECK_FALSE(same.ok());
        CHECK(same.message().contains(QStringLiteral("both")));
        REQUIRE(r.rota.assign(kSaturday, RotaRole::WeekendBackup, r.d.meta.id).ok());
        CHECK(r.rota.duty(kSaturday, RotaRole::WeekendBackup)->value().staffId == r.d.meta.id);
    }
    SECTION("a range backwards or too long is refused") {
        CHECK_FALSE(r.rota.assignOnCall(kSaturday, monday, r.c.meta.id).ok());
        CHECK_FALSE(r.rota.assignOnCall(monday, monday.addDays(400), r.c.meta.id).ok());
    }
}
