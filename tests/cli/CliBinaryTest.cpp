// The built bostotte-cli run as a separate process: what a user or a script sees.
#include "CliTestSupport.h"
#include "StatusFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace bs;
using namespace bs::clitest;

TEST_CASE("bostotte-cli binary: errors are one line on stderr with a non-zero exit", "[binary]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.sqlite"));

    const BinaryResult unknown = runBinary({QStringLiteral("frobnicate")});
    CHECK(unknown.code == ExitUsage);
    CHECK(lines(unknown.err).size() == 1);
    CHECK(unknown.out.isEmpty());

    const BinaryResult missingDb =
        runBinary({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("status")});
    CHECK(missingDb.code == ExitFailure);
    CHECK(lines(missingDb.err).size() == 1);
    CHECK_FALSE(QFile::exists(db)); // a read command creates nothing

    REQUIRE(runBinary({QStringLiteral("--db"), db, QStringLiteral("init")}).code == ExitOk);
    const BinaryResult badDate =
        runBinary({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("status"),
                   QStringLiteral("--at"), QStringLiteral("2025-13-01")});
    CHECK(badDate.code == ExitUsage);
    REQUIRE(lines(badDate.err).size() == 1);
    CHECK(lines(badDate.err).first().contains(QStringLiteral("2025-13-01")));

    const BinaryResult version = runBinary({QStringLiteral("--version")});
    CHECK(version.code == ExitOk);
    CHECK(version.out.trimmed() == QByteArray("bostotte-cli " BOSTOTTE_VERSION));
}

TEST_CASE("bostotte-cli binary: report status json and csv on the fixture", "[binary]") {
    TestDb t;
    buildStatusFixture(t);
    const QString path = t.path();
    t.close();

    const BinaryResult json =
        runBinary({QStringLiteral("--db"), path, QStringLiteral("report"), QStringLiteral("status"),
                   QStringLiteral("--at"), QStringLiteral("2025-11-25"), QStringLiteral("--format"),
                   QStringLiteral("json")});
    INFO(json.err.toStdString());
    REQUIRE(json.code == ExitOk);
    CHECK(json.err.isEmpty());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.out, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(doc[QStringLiteral("citizens_with_active_grant")].toInt() == 4);
    QMap<QString, int> forms;
    for (const auto& v : doc[QStringLiteral("support_forms")].toArray())
        forms.insert(v[QStringLiteral("code")].toString(), v[QStringLiteral("count")].toInt());
    CHECK(forms == QMap<QString, int>{{QStringLiteral("individual"), 3},
                                      {QStringLiteral("counselling"), 1},
                                      {QStringLiteral("group"), 1},
                                      {QStringLiteral("virtual"), 1}});
    QMap<QString, int> bases;
    for (const auto& v : doc[QStringLiteral("legal_bases")].toArray())
        bases.insert(v[QStringLiteral("code")].toString(), v[QStringLiteral("count")].toInt());
    CHECK(bases == QMap<QString, int>{{QStringLiteral("82a"), 1},
                                      {QStringLiteral("82b"), 1},
                                      {QStringLiteral("85"), 3}});

    const BinaryResult csv =
        runBinary({QStringLiteral("--db"), path, QStringLiteral("report"), QStringLiteral("status"),
                   QStringLiteral("--at=2025-11-25"), QStringLiteral("--format=csv")});
    REQUIRE(csv.code == ExitOk);
    CHECK(csv.out.startsWith("\xEF\xBB\xBF"
                             "section;key;label;count\r\n"));
    CHECK(csv.out.contains("\r\nsite;;No site;1\r\n"));
    CHECK(csv.out.contains(QStringLiteral("\r\nlegal_basis;82b;§ 82 b;1\r\n").toUtf8()));

    const BinaryResult citizens =
        runBinary({QStringLiteral("--db"), path, QStringLiteral("citizens"),
                   QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(citizens.code == ExitOk);
    CHECK(citizens.out.startsWith("\xEF\xBB\xBF"
                                  "id;navn;cpr;sted;"));
    CHECK(citizens.out.count("\r\n") == 6); // header and five citizens

    const BinaryResult check = runBinary({QStringLiteral("--db"), path, QStringLiteral("check")});
    CHECK(check.code == ExitOk);
    CHECK(lines(check.out).last() == QStringLiteral("ok"));
}

TEST_CASE("bostotte-cli binary: import-citizens of a Windows-1252 file", "[binary]") {
    TestDb t;
    t.site(QStringLiteral("AUC Grenaa"));
    t.site(QStringLiteral("Allingåbro"));
    t.staff(QStringLiteral("MH"), QStringLiteral("Mette Holm"));
    t.staff(QStringLiteral("JK"), QStringLiteral("Jens Kofoed"));
    const QString path = t.path();
    t.close();

    const BinaryResult r =
        runBinary({QStringLiteral("--db"), path, QStringLiteral("import-citizens"),
                   fixture("citizens-windows-1252.csv")});
    INFO(r.err.toStdString());
    CHECK(r.code == ExitOk);
    CHECK(r.out.contains("Windows-1252"));

    const BinaryResult json = runBinary({QStringLiteral("--db"), path, QStringLiteral("citizens"),
                                         QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(json.code == ExitOk);
    const QJsonArray rows = QJsonDocument::fromJson(json.out)[QStringLiteral("citizens")].toArray();
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0)[QStringLiteral("name")].toString() == QStringLiteral("Birthe Søndergård"));
    CHECK(rows.at(1)[QStringLiteral("name")].toString() == QStringLiteral("Jørgen Æbelø"));
    CHECK(rows.at(1)[QStringLiteral("contact")].toString() == QStringLiteral("MH"));

    const BinaryResult bad =
        runBinary({QStringLiteral("--db"), path, QStringLiteral("import-citizens"),
                   fixture("citizens-errors.csv")});
    CHECK(bad.code == ExitFailure);
    CHECK(lines(bad.err).size() == 1);
    CHECK(lines(bad.out).size() == 7);
}

TEST_CASE("bostotte-cli binary: demo refuses an existing file unless --force", "[binary]") {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("demo.sqlite"));
    const BinaryResult first = runBinary({QStringLiteral("demo"), QStringLiteral("--out"), out,
                                          QStringLiteral("--citizens"), QStringLiteral("20")});
    INFO(first.err.toStdString());
    REQUIRE(first.code == ExitOk);
    REQUIRE(QFile::exists(out));
    CHECK_FALSE(QFile::exists(out + QStringLiteral(".partial")));

    const BinaryResult again = runBinary({QStringLiteral("demo"), QStringLiteral("--out"), out});
    CHECK(again.code == ExitFailure);
    CHECK(lines(again.err).size() == 1);

    const BinaryResult forced =
        runBinary({QStringLiteral("demo"), QStringLiteral("--out"), out, QStringLiteral("--force"),
                   QStringLiteral("--citizens"), QStringLiteral("30")});
    CHECK(forced.code == ExitOk);

    const BinaryResult list = runBinary({QStringLiteral("--db"), out, QStringLiteral("citizens"),
                                         QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(list.code == ExitOk);
    CHECK(QJsonDocument::fromJson(list.out)[QStringLiteral("count")].toInt() == 30);
    const BinaryResult check = runBinary({QStringLiteral("--db"), out, QStringLiteral("check")});
    CHECK(check.code == ExitOk);
}
