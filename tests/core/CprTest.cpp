#include "domain/Cpr.h"

#include <catch2/catch.hpp>

using bs::Cpr;

TEST_CASE("CPR numbers are validated for format, date and century, never modulus 11") {
    SECTION("a valid number in the 1900s") {
        auto cpr = Cpr::parse(QStringLiteral("010190-1234"));
        REQUIRE(cpr.ok());
        CHECK(cpr->birthDate() == QDate(1990, 1, 1));
        CHECK(cpr->formatted() == QStringLiteral("010190-1234"));
        CHECK(cpr->masked() == QStringLiteral("010190-xxxx"));
        CHECK_FALSE(cpr->isMale()); // last digit 4
    }
    SECTION("century rule for the 7th digit") {
        CHECK(Cpr::parse(QStringLiteral("0101364000"))->birthDate().year() == 2036);
        CHECK(Cpr::parse(QStringLiteral("0101374000"))->birthDate().year() == 1937);
        CHECK(Cpr::parse(QStringLiteral("0101579000"))->birthDate().year() == 1957);
        CHECK(Cpr::parse(QStringLiteral("0101575000"))->birthDate().year() == 2057);
        CHECK(Cpr::parse(QStringLiteral("0101585000"))->birthDate().year() == 1858);
        CHECK(Cpr::parse(QStringLiteral("0101993000"))->birthDate().year() == 1999);
    }
    SECTION("no real date is rejected") {
        CHECK_FALSE(Cpr::parse(QStringLiteral("310290-1234")).ok()); // 31 February
        CHECK_FALSE(Cpr::parse(QStringLiteral("290201-1234")).ok()); // 2001 is no leap year
        CHECK_FALSE(Cpr::parse(QStringLiteral("290200-1234")).ok()); // 1900 was no leap year
        CHECK(Cpr::parse(QStringLiteral("290200-4234")).ok());       // digit 4, YY 00: year 2000
    }
    SECTION("format errors name the problem") {
        auto r = Cpr::parse(QStringLiteral("12345"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("cpr"));
        CHECK_FALSE(r.message().isEmpty());
        CHECK_FALSE(Cpr::parse(QStringLiteral("01019a-1234")).ok());
    }
    SECTION("a number failing modulus 11 is still accepted") {
        auto cpr = Cpr::parse(QStringLiteral("0101901235"));
        REQUIRE(cpr.ok());
        CHECK_FALSE(cpr->passesModulus11());
    }
    SECTION("replacement numbers add 60 to the day") {
        auto cpr = Cpr::parse(QStringLiteral("750385-2468"));
        REQUIRE(cpr.ok());
        CHECK(cpr->isReplacement());
        CHECK(cpr->birthDate() == QDate(1985, 3, 15));
    }
}
