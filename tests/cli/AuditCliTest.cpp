// bostotte-cli audit: the access log about one citizen or by one user as JSON or CSV, with
// usage errors on one line (exit 2), and the look-up itself logged as a search. Also: the
// command line acts as "cli:<user>", and "citizens --search" logs one search.
#include "CliTestSupport.h"
#include "security/Actor.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace bs;
using namespace bs::clitest;

namespace {

QStringList withDb(const QString& path, QStringList args) {
    return QStringList{QStringLiteral("--db"), path} + args;
}

QList<AccessEntry> entriesOf(const Database& db, AccessAction action) {
    AccessLogFilter f;
    f.action = action;
    auto r = db.accessLog().search(f);
    REQUIRE(r.ok());
    return *r;
}

struct AuditDb : TestDb {
    Citizen bo = citizen(QStringLiteral("Bo Berg"), {}, QStringLiteral("0202902345"));
    Citizen carl = citizen(QStringLiteral("Carl Dam"), {}, QStringLiteral("0303903456"));
    AuditDb() {
        Actor mh;
        mh.accountId = QUuid::createUuid();
        mh.userName = QStringLiteral("MH");
        db->setActor(mh);
        requireOk(db->accessLog().record(AccessAction::Read, bo.meta.id));
        clock.advanceSecs(60);
        requireOk(db->accessLog().record(AccessAction::BreakGlass, carl.meta.id,
                                         QStringLiteral("030390-xxxx"), {},
                                         QStringLiteral("Akut; egen læge ringede")));
        db->setActor(Actor::system());
    }
    RunResult run(const QStringList& args) { return runInProcess(withDb(path(), args), clock); }
};

} // namespace

TEST_CASE("audit --citizen lists that citizen's entries as JSON and logs the look-up",
          "[cli][audit]") {
    AuditDb t;
    const RunResult r = t.run({QStringLiteral("audit"), QStringLiteral("--citizen"),
                               t.carl.meta.id.toString(QUuid::WithoutBraces)});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray entries = doc.value(QStringLiteral("entries")).toArray();
    // Carl's creation and the break-the-glass look-up, newest first.
    REQUIRE(entries.size() == 2);
    const QJsonObject first = entries.at(0).toObject();
    CHECK(first.value(QStringLiteral("action")).toString() == QStringLiteral("break_glass"));
    CHECK(first.value(QStringLiteral("user")).toString() == QStringLiteral("MH"));
    CHECK(first.value(QStringLiteral("reason")).toString() ==
          QStringLiteral("Akut; egen læge ringede"));
    CHECK(first.value(QStringLiteral("citizen_id")).toString() ==
          t.carl.meta.id.toString(QUuid::WithoutBraces));
    CHECK(first.value(QStringLiteral("time")).toString().endsWith(QLatin1Char('Z')));
    CHECK(entries.at(1).toObject().value(QStringLiteral("action")).toString() ==
          QStringLiteral("create"));

    const auto searches = entriesOf(*t.db, AccessAction::Search);
    REQUIRE(searches.size() == 1);
    CHECK(searches.first().userName.startsWith(QStringLiteral("cli:")));
    CHECK(searches.first().criterion.contains(t.carl.meta.id.toString(QUuid::WithoutBraces)));
}

TEST_CASE("audit --user as CSV, with the dates inclusive", "[cli][audit]") {
    AuditDb t;
    const QString today = testToday().toString(Qt::ISODate);
    const RunResult r =
        t.run({QStringLiteral("audit"), QStringLiteral("--user"), QStringLiteral("mh"),
               QStringLiteral("--from"), today, QStringLiteral("--to"), today,
               QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0) == QChar(0xFEFF) + QStringLiteral("time;user;action;citizen_id;criterion;"
                                                        "reason;detail"));
    CHECK(lines.at(1).contains(QStringLiteral(";MH;break_glass;")));
    CHECK(lines.at(1).contains(QStringLiteral("\"Akut; egen læge ringede\"")));
    CHECK(lines.at(2).contains(QStringLiteral(";MH;read;")));

    const QString yesterday = testToday().addDays(-1).toString(Qt::ISODate);
    const RunResult before =
        t.run({QStringLiteral("audit"), QStringLiteral("--user"), QStringLiteral("MH"),
               QStringLiteral("--to"), yesterday, QStringLiteral("--format=csv")});
    REQUIRE(before.code == 0);
    CHECK(before.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size() == 1);
}

TEST_CASE("audit refuses bad arguments with one line and exit 2", "[cli][audit]") {
    AuditDb t;
    const QList<QStringList> bad{
        {QStringLiteral("audit")},
        {QStringLiteral("audit"), QStringLiteral("--user"), QStringLiteral("MH"),
         QStringLiteral("--citizen"), t.bo.meta.id.toString()},
        {QStringLiteral("audit"), QStringLiteral("--citizen"), QStringLiteral("Bo Berg")},
        {QStringLiteral("audit"), QStringLiteral("--user"), QStringLiteral("MH"),
         QStringLiteral("--from"), QStringLiteral("25-11-2025")},
        {QStringLiteral("audit"), QStringLiteral("--user"), QStringLiteral("MH"),
         QStringLiteral("--from"), QStringLiteral("2025-11-26"), QStringLiteral("--to"),
         QStringLiteral("2025-11-25")},
        {QStringLiteral("audit"), QStringLiteral("--user"), QStringLiteral("MH"),
         QStringLiteral("--format"), QStringLiteral("text")},
        {QStringLiteral("audit"), QStringLiteral("--user"), QStringLiteral("MH"),
         QStringLiteral("--bogus")},
    };
    for (const QStringList& args : bad) {
        const RunResult r = t.run(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << " -> " << r.err.toStdString());
        CHECK(r.code == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.count(QLatin1Char('\n')) == 1);
    }
    CHECK(entriesOf(*t.db, AccessAction::Search).isEmpty()); // refused: nothing looked up
}

TEST_CASE("citizens --search lists the matches and logs one search", "[cli][audit]") {
    AuditDb t;
    const RunResult r =
        t.run({QStringLiteral("citizens"), QStringLiteral("--search"), QStringLiteral("berg"),
               QStringLiteral("--format"), QStringLiteral("json")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    REQUIRE(doc.value(QStringLiteral("count")).toInt() == 1);
    const auto searches = entriesOf(*t.db, AccessAction::Search);
    REQUIRE(searches.size() == 1);
    CHECK(searches.first().criterion == QStringLiteral("berg"));
    CHECK(searches.first().userName == Actor::commandLine().userName);

    const RunResult all = t.run({QStringLiteral("citizens")});
    REQUIRE(all.code == 0);
    CHECK(entriesOf(*t.db, AccessAction::Search).size() == 1); // a plain list is no search
}
