// The demo's group history on a small generated municipality.
#include "services/DemoGroups.h"
#include "services/DemoGenerator.h"
#include "services/GroupSessions.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#include <memory>

using namespace bs;

namespace {

const QDate kToday(2025, 11, 25);

struct SmallDemo {
    QTemporaryDir dir;
    FixedClock clock{QDateTime(kToday, QTime(9, 0), QTimeZone::utc())};
    std::unique_ptr<Database> db;
    std::unique_ptr<Registry> registry;

    explicit SmallDemo(quint32 seed) {
        REQUIRE(dir.isValid());
        auto opened = Database::open(dir.filePath(QStringLiteral("demo.sqlite")), clock);
        REQUIRE(opened.ok());
        db = std::move(opened.value());
        registry = std::make_unique<Registry>(*db);
        DemoOptions options;
        options.citizens = 40;
        options.today = kToday;
        options.seed = seed;
        const Status made = DemoGenerator::generate(*registry, options);
        INFO(made.message().toStdString());
        REQUIRE(made.ok()); // with the group activity, made after the calendar
    }
    // One column of a table, in a stable order, for comparing two demos.
    QStringList column(const char* sql) const {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QLatin1String(sql)));
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }
    int count(const char* sql) const { return column(sql).value(0).toInt(); }
};

} // namespace

TEST_CASE("Demo group activity: attendance for sessions held, notes for the last six weeks",
          "[groups][demo]") {
    SmallDemo demo(7);
    const int attendance = demo.count("SELECT count(*) FROM attendance");
    const int present = demo.count("SELECT count(*) FROM attendance WHERE status = 'present'");
    REQUIRE(attendance > 20);
    CHECK(present > attendance * 6 / 10);
    CHECK(present < attendance);
    CHECK(demo.count("SELECT count(*) FROM attendance WHERE status != 'present' AND reason = ''") ==
          0);
    // Only sessions that took place have attendance.
    CHECK(demo.count("SELECT count(*) FROM attendance t JOIN appointment a ON a.id = "
                     "t.appointment_id WHERE a.outcome != 'completed'") == 0);

    const int notes = demo.count("SELECT count(*) FROM group_note");
    CHECK(notes > 0);
    CHECK(demo.count("SELECT count(*) FROM group_note WHERE written_utc < '2025-10-13'") == 0);
    // Every group journal note belongs to a member who was present; about half have an addition.
    CHECK(demo.count("SELECT count(*) FROM journal_note j LEFT JOIN attendance t ON "
                     "t.appointment_id = j.appointment_id AND t.citizen_id = j.citizen_id "
                     "WHERE j.kind = 'group' AND (t.status IS NULL OR t.status != 'present')") ==
          0);
    const int journal = demo.count("SELECT count(*) FROM journal_note WHERE kind = 'group'");
    const int personal = demo.count(
        "SELECT count(*) FROM journal_note WHERE kind = 'group' AND personal_text != ''");
    CHECK(journal >= notes);
    CHECK(personal > 0);
    CHECK(personal < journal);
    CHECK(demo.column("SELECT text FROM group_note").first().contains(QStringLiteral("Lærings")));
    CHECK(demo.db->checkIntegrity().value() == QLatin1String("ok"));

    SECTION("the same seed gives the same history") {
        SmallDemo again(7);
        const char* texts =
            "SELECT g.text || '/' || c.name || '/' || t.status || '/' || t.reason FROM group_note "
            "g JOIN attendance t ON t.appointment_id = g.appointment_id JOIN citizen c ON c.id = "
            "t.citizen_id ORDER BY 1";
        CHECK(again.column("SELECT count(*) FROM attendance") ==
              demo.column("SELECT count(*) FROM attendance"));
        CHECK(again.column(texts) == demo.column(texts));
    }
}
