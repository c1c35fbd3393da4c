// bostotte-cli extract / erase / due-for-erasure: the extract's two files, erasure refused
// without --yes (exit 2, nothing erased) and done with it, the closed cases due.
#include "CliTestSupport.h"
#include "support/RightsFixture.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace bs;
using namespace bs::clitest;

namespace {

RunResult run(const TestDb& t, const QStringList& args) {
    return runInProcess(QStringList{QStringLiteral("--db"), t.path()} + args, t.clock);
}

int citizensWithId(TestDb& t, const QUuid& id) {
    auto c = t.reg().citizen(id);
    return c.ok() ? 1 : 0;
}

} // namespace

TEST_CASE("extract, erase and due-for-erasure from the command line", "[cli][rights]") {
    TestDb t;
    const test::RightsCase rc = test::buildRightsCase(t.reg());
    const QString id = idText(rc.citizen.meta.id);

    SECTION("extract writes the JSON and the HTML") {
        QTemporaryDir out;
        auto r = run(t, {QStringLiteral("extract"), QStringLiteral("--citizen"),
                         test::kCanaryCprDash, QStringLiteral("--out"), out.path()});
        INFO(r.err.toStdString());
        REQUIRE(r.code == ExitOk);
        const QStringList files = QDir(out.path()).entryList(QDir::Files, QDir::Name);
        REQUIRE(files.size() == 2);
        CHECK(files.at(0).endsWith(QStringLiteral(".html")));
        CHECK(files.at(1).endsWith(QStringLiteral(".json")));
        const QJsonObject json =
            QJsonDocument::fromJson(readFile(QDir(out.path()).filePath(files.at(1)))).object();
        CHECK(json[QStringLiteral("citizen_id")].toString() == id);
        CHECK(json[QStringLiteral("journal_revisions")].toArray().size() >= 2);
        CHECK(run(t, {QStringLiteral("extract"), QStringLiteral("--citizen"), id}).code ==
              ExitUsage);
        CHECK(run(t, {QStringLiteral("extract"), QStringLiteral("--citizen"),
                      QStringLiteral("nobody"), QStringLiteral("--out"), out.path()})
                  .code == ExitUsage);
    }

    SECTION("erase says what it would do and refuses without --yes") {
        auto r = run(t, {QStringLiteral("erase"), QStringLiteral("--citizen"), id,
                         QStringLiteral("--reason"), QStringLiteral("Anmodning")});
        CHECK(r.code == ExitUsage);
        CHECK(r.out.contains(test::kCanaryName));
        CHECK(r.err.contains(QStringLiteral("--yes")));
        CHECK(citizensWithId(t, rc.citizen.meta.id) == 1);
        CHECK(run(t, {QStringLiteral("erase"), QStringLiteral("--citizen"), id,
                      QStringLiteral("--yes")})
                  .code == ExitUsage); // no reason

        r = run(t,
                {QStringLiteral("erase"), QStringLiteral("--citizen"), id,
                 QStringLiteral("--reason"), QStringLiteral("Anmodning"), QStringLiteral("--yes")});
        INFO(r.err.toStdString());
        CHECK(r.code == ExitOk);
        CHECK(citizensWithId(t, rc.citizen.meta.id) == 0);
        CHECK(test::filesContaining(t.dir.path(), test::kCanarySentence).isEmpty());
    }

    SECTION("due-for-erasure lists closed cases past retention") {
        auto r = run(t, {QStringLiteral("due-for-erasure")});
        CHECK(r.code == ExitOk);
        CHECK(r.out.contains(QStringLiteral("No closed cases")));
        t.clock.set(QDateTime(QDate(2019, 1, 10), QTime(9, 0), QTimeZone::utc()));
        Citizen old;
        old.name = QStringLiteral("Olga Afsluttet");
        old.status = CitizenStatus::Closed;
        requireOk(t.reg().saveCitizen(old));
        t.clock.set(QDateTime(testToday(), QTime(9, 0), QTimeZone::utc()));
        r = run(t, {QStringLiteral("due-for-erasure"), QStringLiteral("--format"),
                    QStringLiteral("json")});
        REQUIRE(r.code == ExitOk);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        CHECK(json[QStringLiteral("retention_years")].toInt() == 5);
        REQUIRE(json[QStringLiteral("due")].toArray().size() == 1);
        CHECK(json[QStringLiteral("due")][0][QStringLiteral("name")].toString() ==
              QStringLiteral("Olga Afsluttet"));
    }
}
