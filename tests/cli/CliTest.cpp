// The command line run in-process: argument handling, exit codes and one-line errors.
#include "CliTestSupport.h"
#include "StatusFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace bs;
using namespace bs::clitest;

namespace {

QStringList withDb(const QString& path, QStringList args) {
    return QStringList{QStringLiteral("--db"), path} + args;
}

void checkOneLineError(const RunResult& r) {
    INFO(r.err.toStdString());
    CHECK(r.err.count(QLatin1Char('\n')) == 1);
    CHECK(r.err.startsWith(QStringLiteral("bostotte-cli: ")));
}

} // namespace

TEST_CASE("CLI usage errors exit 2 with one line on stderr", "[cli]") {
    TestDb t;
    const auto usage = [&](const QStringList& args) {
        const RunResult r = runInProcess(withDb(t.path(), args), t.clock);
        INFO(args.join(QLatin1Char(' ')).toStdString());
        CHECK(r.code == ExitUsage);
        checkOneLineError(r);
        return r;
    };
    CHECK(usage({QStringLiteral("frobnicate")}).err.contains(QStringLiteral("frobnicate")));
    usage({});
    usage({QStringLiteral("--verbose")});
    CHECK(usage({QStringLiteral("citizens"), QStringLiteral("--colour")})
              .err.contains(QStringLiteral("--colour")));
    usage({QStringLiteral("citizens"), QStringLiteral("--format"), QStringLiteral("xml")});
    usage({QStringLiteral("citizens"), QStringLiteral("--format")});
    usage({QStringLiteral("citizens"), QStringLiteral("extra")});
    usage({QStringLiteral("report")});
    usage({QStringLiteral("report"), QStringLiteral("budget")});
    CHECK(usage({QStringLiteral("report"), QStringLiteral("status"), QStringLiteral("--at"),
                 QStringLiteral("2025-13-01")})
              .err.contains(QStringLiteral("2025-13-01")));
    usage({QStringLiteral("report"), QStringLiteral("status"), QStringLiteral("--at=25-11-2025")});
    usage({QStringLiteral("report"), QStringLiteral("status"), QStringLiteral("--at"),
           QStringLiteral("2025-02-30")});
    usage({QStringLiteral("import-citizens")});
    usage({QStringLiteral("import-citizens"), QStringLiteral("a.csv"), QStringLiteral("b.csv")});
    usage({QStringLiteral("demo")});
    usage({QStringLiteral("init"), QStringLiteral("--force")});
    usage({QStringLiteral("check"), QStringLiteral("--db"), t.path()}); // --db twice
}

TEST_CASE("CLI help and version", "[cli]") {
    FixedClock clock(QDateTime(testToday(), QTime(9, 0), QTimeZone::utc()));
    const RunResult help = runInProcess({QStringLiteral("--help")}, clock);
    CHECK(help.code == ExitOk);
    CHECK(help.err.isEmpty());
    for (const char* command : {"init", "demo", "import-citizens", "citizens", "check", "report"})
        CHECK(help.out.contains(QLatin1String(command)));
    const RunResult version = runInProcess({QStringLiteral("--version")}, clock);
    CHECK(version.code == ExitOk);
    CHECK(version.out.trimmed() == QStringLiteral("bostotte-cli " BOSTOTTE_VERSION));
    const RunResult commandHelp =
        runInProcess({QStringLiteral("report"), QStringLiteral("--help")}, clock);
    CHECK(commandHelp.code == ExitOk);
    CHECK(commandHelp.out.contains(QStringLiteral("--at YYYY-MM-DD")));
}

TEST_CASE("CLI read commands refuse a database that does not exist", "[cli]") {
    QTemporaryDir dir;
    FixedClock clock(QDateTime(testToday(), QTime(9, 0), QTimeZone::utc()));
    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    for (const QStringList& args :
         {QStringList{QStringLiteral("citizens")}, QStringList{QStringLiteral("check")},
          QStringList{QStringLiteral("report"), QStringLiteral("status")},
          QStringList{QStringLiteral("import-citizens"), fixture("citizens-comma-utf8.csv")}}) {
        const RunResult r = runInProcess(withDb(missing, args), clock);
        INFO(args.join(QLatin1Char(' ')).toStdString());
        CHECK(r.code == ExitFailure);
        checkOneLineError(r);
        CHECK(r.err.contains(QStringLiteral("does not exist")));
        CHECK_FALSE(QFile::exists(missing));
    }
}

TEST_CASE("CLI init creates the database and then finds it up to date and check reports ok",
          "[cli]") {
    QTemporaryDir dir;
    FixedClock clock(QDateTime(testToday(), QTime(9, 0), QTimeZone::utc()));
    const QString path = dir.filePath(QStringLiteral("sub/new.sqlite"));
    const QString latest = QString::number(Database::latestSchemaVersion());

    const RunResult first = runInProcess(withDb(path, {QStringLiteral("init")}), clock);
    CHECK(first.code == ExitOk);
    CHECK(first.out.contains(QStringLiteral("Schema version: ") + latest));
    CHECK(first.out.contains(QStringLiteral("Created")));
    CHECK(QFile::exists(path));
    const RunResult again = runInProcess(withDb(path, {QStringLiteral("init")}), clock);
    CHECK(again.code == ExitOk);
    CHECK(again.out.contains(QStringLiteral("up to date")));

    const RunResult check = runInProcess(withDb(path, {QStringLiteral("check")}), clock);
    CHECK(check.code == ExitOk);
    CHECK(check.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).last() == QStringLiteral("ok"));

    SECTION("a file that is no database fails with one line") {
        const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
        QFile f(junk);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const RunResult r = runInProcess(withDb(junk, {QStringLiteral("check")}), clock);
        CHECK(r.code == ExitFailure);
        checkOneLineError(r);
    }
}

TEST_CASE("CLI citizens lists the register in json and csv and text", "[cli]") {
    TestDb t;
    buildStatusFixture(t);

    const RunResult json = runInProcess(
        withDb(t.path(), {QStringLiteral("citizens"), QStringLiteral("--format=json")}), t.clock);
    REQUIRE(json.code == ExitOk);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(doc[QStringLiteral("date")].toString() == QStringLiteral("2025-11-25"));
    const QJsonArray rows = doc[QStringLiteral("citizens")].toArray();
    REQUIRE(rows.size() == 5); // Frida is deleted
    const QJsonObject anna = rows.at(0).toObject();
    CHECK(anna[QStringLiteral("name")].toString() == QStringLiteral("Anna"));
    CHECK(anna[QStringLiteral("site")].toString() == QStringLiteral("AUC Grenaa"));
    CHECK(anna[QStringLiteral("status")].toString() == QStringLiteral("active"));
    CHECK(anna[QStringLiteral("support_forms")].toArray() ==
          QJsonArray{QStringLiteral("individual"), QStringLiteral("virtual")});
    CHECK(QUuid::fromString(anna[QStringLiteral("id")].toString()).isNull() == false);

    const RunResult csv =
        runInProcess(withDb(t.path(), {QStringLiteral("citizens"), QStringLiteral("--format"),
                                       QStringLiteral("csv")}),
                     t.clock);
    REQUIRE(csv.code == ExitOk);
    CHECK(csv.out.startsWith(QChar(0xFEFF)));
    const QStringList lines = csv.out.mid(1).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 6);
    CHECK(lines.first() ==
          QStringLiteral("id;navn;cpr;sted;kontaktperson;status;målgruppe;støtteformer"));
    CHECK(lines.at(1).section(QLatin1Char(';'), 1, 1) == QStringLiteral("Anna"));

    const RunResult text = runInProcess(withDb(t.path(), {QStringLiteral("citizens")}), t.clock);
    REQUIRE(text.code == ExitOk);
    CHECK(text.out.contains(QStringLiteral("Cecilie")));
    CHECK(text.out.contains(QStringLiteral("5 citizen(s)")));
}

TEST_CASE("CLI citizens masks CPR numbers unless --full-cpr", "[cli]") {
    TestDb t;
    t.citizen(QStringLiteral("Anna"), {}, QStringLiteral("6101904321"));
    const RunResult masked = runInProcess(withDb(t.path(), {QStringLiteral("citizens")}), t.clock);
    CHECK(masked.out.contains(QStringLiteral("610190-xxxx")));
    CHECK_FALSE(masked.out.contains(QStringLiteral("4321")));
    const RunResult full = runInProcess(
        withDb(t.path(), {QStringLiteral("citizens"), QStringLiteral("--full-cpr")}), t.clock);
    CHECK(full.out.contains(QStringLiteral("610190-4321")));
}

TEST_CASE("CLI import-citizens: dry run then problems then import", "[cli]") {
    TestDb t;
    t.site(QStringLiteral("AUC Grenaa"));
    t.site(QStringLiteral("Allingåbro"));
    t.staff(QStringLiteral("MH"), QStringLiteral("Mette Holm"));
    t.staff(QStringLiteral("JK"), QStringLiteral("Jens Kofoed"));
    const QString good = fixture("citizens-semicolon-utf8-bom.csv");

    const RunResult dry = runInProcess(
        withDb(t.path(), {QStringLiteral("import-citizens"), good, QStringLiteral("--dry-run")}),
        t.clock);
    CHECK(dry.code == ExitOk);
    CHECK(dry.out.contains(QStringLiteral("Line 5: Bent Kjær")));
    CHECK(dry.out.contains(QStringLiteral("Nothing was written")));
    CHECK(t.citizenCount() == 0);

    const RunResult bad = runInProcess(
        withDb(t.path(), {QStringLiteral("import-citizens"), fixture("citizens-errors.csv")}),
        t.clock);
    CHECK(bad.code == ExitFailure);
    checkOneLineError(bad);
    CHECK(bad.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 7);
    CHECK(t.citizenCount() == 0);

    const RunResult real =
        runInProcess(withDb(t.path(), {QStringLiteral("import-citizens"), good}), t.clock);
    CHECK(real.code == ExitOk);
    CHECK(real.out.contains(QStringLiteral("Imported 3 citizen(s)")));
    CHECK(t.citizenCount() == 3);

    // The same file again: every CPR number is now in the database.
    const RunResult twice =
        runInProcess(withDb(t.path(), {QStringLiteral("import-citizens"), good}), t.clock);
    CHECK(twice.code == ExitFailure);
    CHECK(twice.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 2);
    CHECK(t.citizenCount() == 3);

    const RunResult missing = runInProcess(
        withDb(t.path(), {QStringLiteral("import-citizens"), t.file("nope.csv")}), t.clock);
    CHECK(missing.code == ExitFailure);
    checkOneLineError(missing);
}

TEST_CASE("CLI report status in three formats", "[cli]") {
    TestDb t;
    buildStatusFixture(t);
    const auto report = [&](const char* format) {
        return runInProcess(withDb(t.path(), {QStringLiteral("report"), QStringLiteral("status"),
                                              QStringLiteral("--at"), QStringLiteral("2025-03-01"),
                                              QStringLiteral("--format"), QLatin1String(format)}),
                            t.clock);
    };
    const RunResult json = report("json");
    REQUIRE(json.code == ExitOk);
    const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8());
    CHECK(doc[QStringLiteral("at")].toString() == QStringLiteral("2025-03-01"));
    CHECK(doc[QStringLiteral("citizens_with_active_grant")].toInt() == 4);
    CHECK(doc[QStringLiteral("groups")].toArray().size() == 3);

    const RunResult csv = report("csv");
    REQUIRE(csv.code == ExitOk);
    CHECK(csv.out.startsWith(QChar(0xFEFF)));
    CHECK(csv.out.contains(QStringLiteral("\r\nsupport_form;group;Group;1\r\n")));

    const RunResult text = report("text");
    REQUIRE(text.code == ExitOk);
    CHECK(text.out.contains(QStringLiteral("Citizens with an active grant: 4")));

    SECTION("without --at the report is as of today") {
        const RunResult today =
            runInProcess(withDb(t.path(), {QStringLiteral("report"), QStringLiteral("status"),
                                           QStringLiteral("--format"), QStringLiteral("json")}),
                         t.clock);
        REQUIRE(today.code == ExitOk);
        const QJsonDocument d = QJsonDocument::fromJson(today.out.toUtf8());
        CHECK(d[QStringLiteral("at")].toString() == QStringLiteral("2025-11-25"));
        CHECK(d[QStringLiteral("citizens_with_active_grant")].toInt() == 4);
    }
}

TEST_CASE("CLI check finds broken references and exits 1", "[cli]") {
    TestDb t;
    t.citizen(QStringLiteral("Anna"));
    // A citizen pointing at a site that does not exist, as a damaged copy could hold.
    requireOk(t.db->execSql(QStringLiteral("PRAGMA foreign_keys = OFF")));
    requireOk(t.db->execSql(QStringLiteral("UPDATE citizen SET site_id = ?"),
                            {QStringLiteral("00000000-0000-0000-0000-000000000001")}));
    const RunResult r = runInProcess(withDb(t.path(), {QStringLiteral("check")}), t.clock);
    CHECK(r.code == ExitFailure);
    checkOneLineError(r);
    CHECK(r.out.contains(QStringLiteral("citizen")));
    CHECK_FALSE(r.out.contains(QStringLiteral("\nok\n")));
}

TEST_CASE("CLI init updates an older schema and says so", "[cli]") {
    QTemporaryDir dir;
    FixedClock clock(QDateTime(testToday(), QTime(9, 0), QTimeZone::utc()));
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        Database::Options options;
        options.migrateTo = 1;
        auto old = Database::open(path, clock, options);
        REQUIRE(old.ok());
        REQUIRE((*old)->schemaVersion() == 1);
    }
    const RunResult check = runInProcess(withDb(path, {QStringLiteral("check")}), clock);
    CHECK(check.code == ExitOk);
    CHECK(check.out.contains(QStringLiteral("Schema version: 1 (this program: %1)")
                                 .arg(Database::latestSchemaVersion())));

    const RunResult r = runInProcess(withDb(path, {QStringLiteral("init")}), clock);
    CHECK(r.code == ExitOk);
    CHECK(r.out.contains(QStringLiteral("Updated from schema version 1")));
    auto reopened = Database::open(path, clock);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->schemaVersion() == Database::latestSchemaVersion());
}
