// bostotte-cli export / import / conflicts: a bundle written by one database is imported by
// another (dry run first: nothing changes), the passphrase comes from a file, and every bad
// argument is one line with exit 2 while a wrong passphrase or a damaged file is exit 1 with the
// database unchanged.
#include "CliTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace bs;
using namespace bs::clitest;

namespace {

RunResult run(const TestDb& t, const QStringList& args) {
    return runInProcess(QStringList{QStringLiteral("--db"), t.path()} + args, t.clock);
}

void writeText(const QString& path, const QByteArray& text) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
}

QJsonObject parseObject(const QString& text) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace

TEST_CASE("export and import carry citizens from one database to another", "[cli][sync]") {
    TestDb office;
    TestDb laptop;
    office.citizen(QStringLiteral("Åse Ærø"));
    office.citizen(QStringLiteral("Bent Østergaard"));
    const QString bundle = office.file("til-alunden.bstt");
    const QString pass = office.file("pass.txt");

    RunResult r = run(office, {QStringLiteral("export"), QStringLiteral("--to"), bundle,
                               QStringLiteral("--passphrase-file"), pass,
                               QStringLiteral("--new-passphrase")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == ExitOk);
    CHECK(QFile::exists(bundle));
    CHECK(r.out.contains(pass));
    const QByteArray passphrase = readFile(pass).trimmed();
    CHECK(passphrase.count('-') == 5); // six generated words
    CHECK_FALSE(readFile(bundle).contains("Ærø"));

    // --dry-run shows what would change and writes nothing.
    r = run(laptop,
            {QStringLiteral("import"), bundle, QStringLiteral("--passphrase-file"), pass,
             QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == ExitOk);
    QJsonObject preview = parseObject(r.out);
    CHECK(preview.value(QStringLiteral("applied")).toBool() == false);
    CHECK(preview.value(QStringLiteral("new_rows")).toInt() >= 2);
    CHECK(laptop.citizenCount() == 0);

    r = run(laptop, {QStringLiteral("import"), bundle, QStringLiteral("--passphrase-file"), pass,
                     QStringLiteral("--format"), QStringLiteral("json")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == ExitOk);
    preview = parseObject(r.out);
    CHECK(preview.value(QStringLiteral("applied")).toBool());
    CHECK(QFile::exists(preview.value(QStringLiteral("backup")).toString()));
    CHECK(laptop.citizenCount() == 2);

    // The same bundle again changes nothing.
    r = run(laptop, {QStringLiteral("import"), bundle, QStringLiteral("--passphrase-file"), pass});
    REQUIRE(r.code == ExitOk);
    CHECK(laptop.citizenCount() == 2);

    // Conflicts: none, as JSON and as text.
    r = run(laptop,
            {QStringLiteral("conflicts"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(r.code == ExitOk);
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).array().isEmpty());
    r = run(laptop, {QStringLiteral("conflicts")});
    REQUIRE(r.code == ExitOk);
    CHECK_FALSE(r.out.isEmpty());
}

TEST_CASE("import refuses a wrong passphrase and a damaged file and changes nothing",
          "[cli][sync]") {
    TestDb office;
    TestDb laptop;
    office.citizen(QStringLiteral("Åse Ærø"));
    const QString bundle = office.file("b.bstt");
    const QString pass = office.file("pass.txt");
    REQUIRE(
        run(office, {QStringLiteral("export"), QStringLiteral("--to"), bundle,
                     QStringLiteral("--passphrase-file"), pass, QStringLiteral("--new-passphrase")})
            .code == ExitOk);

    const QString wrong = office.file("wrong.txt");
    writeText(wrong, "hest bord sol kage tog mark\n");
    RunResult r =
        run(laptop, {QStringLiteral("import"), bundle, QStringLiteral("--passphrase-file"), wrong});
    CHECK(r.code == ExitFailure);
    CHECK(r.err.count(QLatin1Char('\n')) == 1);
    CHECK(laptop.citizenCount() == 0);

    QByteArray bytes = readFile(bundle);
    const QString cut = office.file("cut.bstt");
    writeText(cut, bytes.left(bytes.size() - 10));
    r = run(laptop, {QStringLiteral("import"), cut, QStringLiteral("--passphrase-file"), pass});
    CHECK(r.code == ExitFailure);
    CHECK(laptop.citizenCount() == 0);
}

TEST_CASE("export and import: bad arguments are usage errors", "[cli][sync]") {
    TestDb t;
    const QString pass = t.file("pass.txt");
    writeText(pass, "et-to-tre-fire-fem-seks\n");
    const QString shortPass = t.file("short.txt");
    writeText(shortPass, "kort\n");
    const QString empty = t.file("empty.txt");
    writeText(empty, "\n");
    const QString bundle = t.file("b.bstt");
    const QList<QStringList> cases{
        {QStringLiteral("export"), QStringLiteral("--passphrase-file"), pass},
        {QStringLiteral("export"), QStringLiteral("--to"), bundle},
        {QStringLiteral("export"), QStringLiteral("--to"), t.dir.path(),
         QStringLiteral("--passphrase-file"), pass},
        {QStringLiteral("export"), QStringLiteral("--to"), bundle,
         QStringLiteral("--passphrase-file"), t.file("missing.txt")},
        {QStringLiteral("export"), QStringLiteral("--to"), bundle,
         QStringLiteral("--passphrase-file"), shortPass},
        {QStringLiteral("export"), QStringLiteral("--to"), bundle,
         QStringLiteral("--passphrase-file"), empty},
        {QStringLiteral("export"), QStringLiteral("--to"), bundle,
         QStringLiteral("--passphrase-file"), pass, QStringLiteral("--new-passphrase")},
        {QStringLiteral("export"), QStringLiteral("--to"), bundle,
         QStringLiteral("--passphrase-file"), pass, QStringLiteral("--peer"),
         QStringLiteral("Nowhere")},
        {QStringLiteral("export"), QStringLiteral("--to"), bundle,
         QStringLiteral("--passphrase-file"), pass, QStringLiteral("--colour")},
        {QStringLiteral("import"), QStringLiteral("--passphrase-file"), pass},
        {QStringLiteral("import"), t.file("nothing.bstt"), QStringLiteral("--passphrase-file"),
         pass},
        {QStringLiteral("import"), pass},
        {QStringLiteral("import"), pass, QStringLiteral("--passphrase-file"), pass,
         QStringLiteral("--format"), QStringLiteral("csv")},
        {QStringLiteral("import"), pass, pass, QStringLiteral("--passphrase-file"), pass},
        {QStringLiteral("conflicts"), QStringLiteral("--format"), QStringLiteral("xml")},
    };
    for (const QStringList& args : cases) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const RunResult r = run(t, args);
        CHECK(r.code == ExitUsage);
        CHECK(r.err.count(QLatin1Char('\n')) == 1);
        CHECK(r.out.isEmpty());
    }
    CHECK_FALSE(QFile::exists(bundle));
}
