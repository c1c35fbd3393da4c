// bostotte-cli generate: wrong arguments and an existing file are refused with one line and
// nothing written; the small scale writes a complete, consistent file and reports its counts.
#include "CliTestSupport.h"

#include <QFileInfo>

using namespace bs;
using namespace bs::clitest;

namespace {

RunResult generate(const TestDb& t, QStringList args) {
    return runInProcess(QStringList{QStringLiteral("generate")} + args, t.clock);
}

void checkRefused(const RunResult& r, int code, const char* mentions) {
    INFO(r.err.toStdString());
    CHECK(r.code == code);
    CHECK(r.err.count(QLatin1Char('\n')) == 1);
    CHECK(r.err.contains(QLatin1String(mentions)));
    CHECK(r.out.isEmpty());
}

} // namespace

TEST_CASE("CLI generate refuses wrong arguments and writes nothing", "[cli][scale]") {
    TestDb t;
    const QString out = t.file("big.sqlite");
    checkRefused(generate(t, {QStringLiteral("--scale"), QStringLiteral("huge"),
                              QStringLiteral("--out"), out}),
                 ExitUsage, "--scale");
    checkRefused(generate(t, {QStringLiteral("--out"), out}), ExitUsage, "--scale");
    checkRefused(generate(t, {QStringLiteral("--scale"), QStringLiteral("small")}), ExitUsage,
                 "--out");
    checkRefused(
        generate(t, {QStringLiteral("--scale"), QStringLiteral("small"), QStringLiteral("--out"),
                     out, QStringLiteral("--seed"), QStringLiteral("-3")}),
        ExitUsage, "--seed");
    checkRefused(generate(t, {QStringLiteral("--scale"), QStringLiteral("small"),
                              QStringLiteral("--out"), out, QStringLiteral("--colour")}),
                 ExitUsage, "--colour");
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK_FALSE(QFileInfo::exists(out + QStringLiteral(".partial")));
}

TEST_CASE("CLI generate refuses an existing file", "[cli][scale]") {
    TestDb t;
    const QString out = t.file("existing.sqlite");
    {
        QFile f(out);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    checkRefused(generate(t, {QStringLiteral("--scale"), QStringLiteral("small"),
                              QStringLiteral("--out"), out}),
                 ExitFailure, "existing.sqlite");
    CHECK(readFile(out) == QByteArray("keep me"));
    // The open test database itself is refused too.
    checkRefused(generate(t, {QStringLiteral("--scale"), QStringLiteral("small"),
                              QStringLiteral("--out"), t.path()}),
                 ExitFailure, "test.sqlite");
    CHECK(t.citizenCount() == 0);
}

TEST_CASE("CLI generate writes a small municipality", "[cli][scale]") {
    TestDb t;
    const QString out = t.file("small.sqlite");
    const RunResult r = generate(t, {QStringLiteral("--scale=small"), QStringLiteral("--out"), out,
                                     QStringLiteral("--seed"), QStringLiteral("4")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == ExitOk);
    CHECK(r.out.contains(QStringLiteral("citizen: 50")));
    CHECK(r.out.contains(QStringLiteral("appointment: ")));
    CHECK(r.err.contains(QStringLiteral("100%")));
    CHECK_FALSE(QFileInfo::exists(out + QStringLiteral(".partial")));
    Database::Options existing;
    existing.create = false;
    auto db = Database::open(out, t.clock, existing);
    REQUIRE(db.ok());
    auto integrity = (*db)->checkIntegrity();
    REQUIRE(integrity.ok());
    CHECK(integrity.value() == QStringLiteral("ok"));
    Registry registry(**db);
    auto citizens = registry.citizens();
    REQUIRE(citizens.ok());
    CHECK(citizens->size() == 50);
}
