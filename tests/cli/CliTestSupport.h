#pragma once
// Shared by the CLI tests: a database in a temporary folder with a fixed clock, small builders
// that go through Registry, and runners for the CLI in-process and as the built binary.
#include "cli/Cli.h"
#include "services/Registry.h"
#include "storage/Database.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>

namespace bs::clitest {

inline QString fixture(const char* name) {
    return QStringLiteral(BOSTOTTE_FIXTURES "/") + QLatin1String(name);
}

inline QByteArray readFile(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

inline void requireOk(const Status& s) {
    INFO(s.message().toStdString());
    REQUIRE(s.ok());
}

// "Today" in the tests is 25 November 2025.
inline QDate testToday() {
    return QDate(2025, 11, 25);
}

struct TestDb {
    QTemporaryDir dir;
    FixedClock clock{QDateTime(testToday(), QTime(9, 0), QTimeZone::utc())};
    std::unique_ptr<Database> db;
    std::unique_ptr<Registry> registry;

    TestDb() {
        REQUIRE(dir.isValid());
        auto opened = Database::open(path(), clock);
        INFO(opened.message().toStdString());
        REQUIRE(opened.ok());
        db = std::move(opened.value());
        registry = std::make_unique<Registry>(*db);
    }
    QString path() const { return dir.filePath(QStringLiteral("test.sqlite")); }
    QString file(const char* name) const { return dir.filePath(QLatin1String(name)); }
    Registry& reg() { return *registry; }
    // Closes the connection, e.g. before the CLI binary opens the file.
    void close() {
        registry.reset();
        db.reset();
    }
    int citizenCount() {
        auto list = registry->citizens();
        REQUIRE(list.ok());
        return int(list->size());
    }

    Site site(const QString& name) {
        Site s;
        s.name = name;
        requireOk(reg().saveSite(s));
        return s;
    }
    Staff staff(const QString& initials, const QString& name) {
        Staff s;
        s.initials = initials;
        s.name = name;
        requireOk(reg().saveStaff(s));
        return s;
    }
    Citizen citizen(const QString& name, const QUuid& siteId = {}, const QString& cpr = {}) {
        Citizen c;
        c.name = name;
        c.siteId = siteId;
        c.cpr = cpr;
        requireOk(reg().saveCitizen(c));
        return c;
    }
    Grant grant(const Citizen& c, LegalBasis basis, QDate from, QDate to = {}) {
        Grant g;
        g.citizenId = c.meta.id;
        g.basis = basis;
        g.from = from;
        g.to = to;
        g.purpose = QStringLiteral("Mestre egen økonomi");
        g.hoursPerWeek = 2;
        requireOk(reg().saveGrant(g));
        return g;
    }
    Allocation allocation(const Grant& g, SupportForm form, QDate from, QDate to = {},
                          const QUuid& groupId = {}) {
        Allocation a;
        a.citizenId = g.citizenId;
        a.grantId = g.meta.id;
        a.form = form;
        a.from = from;
        a.to = to;
        a.groupId = groupId;
        requireOk(reg().saveAllocation(a));
        return a;
    }
    SupportGroup group(const QString& name, const Site& s, const Staff& facilitator, QDate start,
                       QDate end = {}) {
        SupportGroup g;
        g.name = name;
        g.siteId = s.meta.id;
        g.facilitator1 = facilitator.meta.id;
        g.start = start;
        g.end = end;
        requireOk(reg().saveGroup(g));
        return g;
    }
    GroupMember member(const SupportGroup& g, const Citizen& c, QDate from, QDate to = {}) {
        GroupMember m;
        m.groupId = g.meta.id;
        m.citizenId = c.meta.id;
        m.from = from;
        m.to = to;
        requireOk(reg().saveGroupMember(m));
        return m;
    }
};

struct RunResult {
    int code = -1;
    QString out;
    QString err;
};

// runCli in this process, with the test clock.
inline RunResult runInProcess(const QStringList& args, const Clock& clock) {
    RunResult r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = runCli(QStringList{QStringLiteral("bostotte-cli")} + args, out, err, clock);
    return r;
}

// The built bostotte-cli, in English so messages are predictable.
struct BinaryResult {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

inline BinaryResult runBinary(const QStringList& args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_DK.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_DK.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BOSTOTTE_CLI_PATH), args);
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

// Lines of a process's stderr (the CLI promises exactly one on failure).
inline QStringList lines(const QByteArray& text) {
    return QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace bs::clitest
