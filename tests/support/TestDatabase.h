#pragma once
// A fresh database with a fixed clock, for tests: a file in a temporary folder, or a schema of
// the test server when the suite runs against PostgreSQL (TestServer.h).
#include "domain/Clock.h"
#include "services/Registry.h"
#include "storage/Database.h"
#include "support/TestServer.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>

namespace bs::test {

inline QDateTime utc(int y, int m, int d, int h = 9, int min = 0) {
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

struct TestDatabase {
    QTemporaryDir dir;
    FixedClock clock{utc(2025, 11, 25)};
    std::unique_ptr<Database> db;
    std::unique_ptr<Registry> registry;

    QString location;

    explicit TestDatabase(Database::Options options = {}) {
        REQUIRE(dir.isValid());
        location = freshLocation(dir, QStringLiteral("test.sqlite"));
        auto opened = Database::open(location, clock, options);
        INFO(opened.message().toStdString());
        REQUIRE(opened.ok());
        db = std::move(opened.value());
        registry = std::make_unique<Registry>(*db);
    }
    QString path() const { return location; }
    Registry& reg() { return *registry; }
};

// The tables of the database (either engine), without the engine's own.
inline QStringList tableNames(const Database& db) {
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(db.isServer()
                       ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                        "table_schema = current_schema() AND table_type = 'BASE "
                                        "TABLE' ORDER BY 1")
                       : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                        "name NOT LIKE 'sqlite_%' ORDER BY 1")));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// Small builders with valid defaults; tests change what they test.
struct Builders {
    Registry& r;

    Site site(const QString& name = QStringLiteral("AUC Grenaa")) {
        Site s;
        s.name = name;
        s.openingHours = {{2, QTime(11, 0), QTime(14, 0)}};
        REQUIRE(r.saveSite(s).ok());
        return s;
    }
    Team team(const QString& name) {
        Team t;
        t.name = name;
        auto st = r.saveTeam(t);
        INFO(st.message().toStdString());
        REQUIRE(st.ok());
        return t;
    }
    Staff staff(const QString& initials, const QString& name = QStringLiteral("Mette Holm"),
                const QUuid& teamId = {}) {
        Staff s;
        s.initials = initials;
        s.name = name;
        s.teamId = teamId;
        auto st = r.saveStaff(s);
        INFO(st.message().toStdString());
        REQUIRE(st.ok());
        return s;
    }
    Citizen citizen(const QString& name, const QUuid& siteId = {}) {
        Citizen c;
        c.name = name;
        c.cpr = QStringLiteral("7501853456");
        c.siteId = siteId;
        auto st = r.saveCitizen(c);
        INFO(st.message().toStdString());
        REQUIRE(st.ok());
        return c;
    }
    SupportGroup group(const QString& name = QStringLiteral("Yngre 20+"), int capacity = 10) {
        SupportGroup g;
        g.siteId = site(QStringLiteral("Alunden")).meta.id;
        g.name = name;
        g.facilitator1 = staff(name.left(2).toUpper() + QString::number(capacity)).meta.id;
        g.capacity = capacity;
        g.start = QDate(2024, 1, 1);
        auto st = r.saveGroup(g);
        INFO(st.message().toStdString());
        REQUIRE(st.ok());
        return g;
    }
    Grant grant(const QUuid& citizenId, LegalBasis basis, QDate from, QDate to = {}) {
        Grant g;
        g.citizenId = citizenId;
        g.basis = basis;
        g.from = from;
        g.to = to;
        g.purpose = QStringLiteral("Støtte til administration");
        g.hoursPerWeek = 2;
        auto st = r.saveGrant(g);
        INFO(st.message().toStdString());
        REQUIRE(st.ok());
        return g;
    }
};

} // namespace bs::test
