// backup and restore from the command line: refused until backups are set up, then a backup is
// written with the stored key and restored with the passphrase to a new file; a wrong passphrase
// restores nothing; a command is refused while another Bostøtte holds the file.
#include "CliTestSupport.h"

#include "security/BackupService.h"

#include <QDir>
#include <QFileInfo>

using namespace bs;
using namespace bs::clitest;

namespace {

RunResult run(TestDb& t, QStringList args) {
    return runInProcess(QStringList{QStringLiteral("--db"), t.path()} + args, t.clock);
}

void writeText(const QString& path, const QByteArray& text) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
}

} // namespace

TEST_CASE("backup and restore through the command line", "[cli][backup]") {
    TestDb t;
    t.citizen(QStringLiteral("Åse Kanariefugl"));
    const QString folder = t.file("backups");

    RunResult r = run(t, {QStringLiteral("backup")});
    CHECK(r.code == ExitFailure);
    CHECK(r.err.contains(QStringLiteral("not set up")));

    BackupService service(*t.db, sync::KdfParams::fastForTests());
    auto passphrase = service.setUp(folder, BackupInterval::Off);
    REQUIRE(passphrase.ok());

    const QString elsewhere = t.file("elsewhere");
    r = run(t, {QStringLiteral("backup"), QStringLiteral("--to"), elsewhere});
    INFO(r.err.toStdString());
    REQUIRE(r.code == ExitOk);
    const QStringList made = QDir(elsewhere).entryList({QStringLiteral("*.bstbackup")});
    REQUIRE(made.size() == 1);
    CHECK(r.out.contains(made.constFirst()));
    const QString backup = QDir(elsewhere).filePath(made.constFirst());
    CHECK_FALSE(readFile(backup).contains("Kanariefugl"));

    const QString wrong = t.file("wrong.txt");
    writeText(wrong, "hest bord sol kage tog mark\n");
    const QString target = t.file("restored.sqlite");
    r = run(t, {QStringLiteral("restore"), backup, QStringLiteral("--passphrase-file"), wrong,
                QStringLiteral("--to"), target});
    CHECK(r.code == ExitFailure);
    CHECK(r.err.contains(QStringLiteral("passphrase")));
    CHECK_FALSE(QFileInfo::exists(target));

    const QString right = t.file("pass.txt");
    writeText(right, passphrase->toUtf8() + '\n');
    r = run(t, {QStringLiteral("restore"), backup, QStringLiteral("--passphrase-file"), right,
                QStringLiteral("--to"), target});
    INFO(r.err.toStdString());
    REQUIRE(r.code == ExitOk);
    CHECK(r.out.contains(QStringLiteral("Restored")));
    CHECK(QFileInfo::exists(target));

    r = run(t, {QStringLiteral("restore"), backup, QStringLiteral("--passphrase-file"), right});
    CHECK(r.code == ExitUsage);
}

TEST_CASE("a command is refused while Bostøtte holds the file", "[cli][backup]") {
    TestDb t;
    Database::Options exclusive;
    exclusive.exclusive = true;
    t.close();
    auto held = Database::open(t.path(), t.clock, exclusive);
    REQUIRE(held.ok());
    RunResult r =
        runInProcess({QStringLiteral("--db"), t.path(), QStringLiteral("citizens")}, t.clock);
    CHECK(r.code == ExitFailure);
    CHECK(r.err.contains(QStringLiteral("already open in Bostøtte")));
    held->reset();
    r = runInProcess({QStringLiteral("--db"), t.path(), QStringLiteral("citizens")}, t.clock);
    CHECK(r.code == ExitOk);
}
