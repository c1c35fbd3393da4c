// bostotte-cli followup: --run raises the tasks and lists them as a JSON array, --staff narrows to
// one assignee, a second run raises nothing new, unknown initials fail with one line and exit 1,
// a wrong format is a usage error.
#include "CliTestSupport.h"

#include "services/Scheduler.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace bs;
using namespace bs::clitest;

namespace {

QStringList followupArgs(const TestDb& t, QStringList extra) {
    return QStringList{QStringLiteral("--db"), t.path(), QStringLiteral("followup")} + extra;
}

QJsonArray runJson(TestDb& t, const QStringList& extra) {
    const RunResult r = runInProcess(
        followupArgs(t, QStringList{QStringLiteral("--format"), QStringLiteral("json")} + extra),
        t.clock);
    INFO(r.err.toStdString());
    REQUIRE(r.code == ExitOk);
    CHECK(r.err.isEmpty());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    return doc.array();
}

// A no-show yesterday for a citizen whose contact person is `contact`.
void noShow(TestDb& t, const Staff& contact, const QString& name) {
    Citizen c = t.citizen(name);
    c.contactStaffId = contact.meta.id;
    requireOk(t.reg().saveCitizen(c));
    Appointment a;
    a.form = SupportForm::Individual;
    a.staffId = contact.meta.id;
    a.citizenId = c.meta.id;
    a.startUtc = localToUtc(testToday().addDays(-1), QTime(9, 0));
    Scheduler scheduler(t.reg());
    auto booked = scheduler.book(a);
    REQUIRE(booked.ok());
    requireOk(scheduler.registerOutcome(a, Outcome::NoShow, QStringLiteral("Ikke hjemme"),
                                        contact.meta.id));
}

} // namespace

TEST_CASE("followup --run lists the open tasks as JSON, per staff member", "[cli][followup]") {
    TestDb t;
    const Staff mh = t.staff(QStringLiteral("MH"), QStringLiteral("Mette Holm"));
    const Staff jk = t.staff(QStringLiteral("JK"), QStringLiteral("Jonas Krogh"));
    noShow(t, mh, QStringLiteral("Jens Ågård"));
    noShow(t, jk, QStringLiteral("Karen Ø"));

    CHECK(runJson(t, {}).isEmpty()); // without --run nothing is raised yet
    const QJsonArray all = runJson(t, {QStringLiteral("--run")});
    REQUIRE(all.size() == 2);
    const QJsonArray mine = runJson(t, {QStringLiteral("--staff"), QStringLiteral("mh")});
    REQUIRE(mine.size() == 1);
    const QJsonObject task = mine.first().toObject();
    CHECK(task.value(QStringLiteral("rule")).toString() == QStringLiteral("no_show"));
    CHECK(task.value(QStringLiteral("citizen")).toString() == QStringLiteral("Jens Ågård"));
    CHECK(task.value(QStringLiteral("assignee")).toString() == QStringLiteral("MH"));
    CHECK(task.value(QStringLiteral("due")).toString() == QStringLiteral("2025-11-25"));
    CHECK(task.value(QStringLiteral("reason")).toString().contains(QStringLiteral("Ikke hjemme")));
    CHECK(task.value(QStringLiteral("rule_key")).toString().startsWith(QStringLiteral("no_show:")));
    CHECK_FALSE(task.value(QStringLiteral("id")).toString().isEmpty());
    CHECK_FALSE(task.value(QStringLiteral("citizen_id")).toString().isEmpty());

    CHECK(runJson(t, {QStringLiteral("--run")}).size() == 2); // nothing new
}

TEST_CASE("followup as text, and its errors", "[cli][followup]") {
    TestDb t;
    t.staff(QStringLiteral("MH"), QStringLiteral("Mette Holm"));
    const RunResult empty = runInProcess(followupArgs(t, {QStringLiteral("--run")}), t.clock);
    CHECK(empty.code == ExitOk);
    CHECK(empty.out.trimmed() == QStringLiteral("Nothing to follow up."));

    const RunResult unknown =
        runInProcess(followupArgs(t, {QStringLiteral("--staff"), QStringLiteral("XY"),
                                      QStringLiteral("--format"), QStringLiteral("json")}),
                     t.clock);
    CHECK(unknown.code == ExitFailure);
    CHECK(unknown.out.isEmpty());
    CHECK(unknown.err.trimmed() ==
          QStringLiteral("bostotte-cli: No staff member has the initials XY."));

    const RunResult csv =
        runInProcess(followupArgs(t, {QStringLiteral("--format"), QStringLiteral("csv")}), t.clock);
    CHECK(csv.code == ExitUsage);
    const RunResult option =
        runInProcess(followupArgs(t, {QStringLiteral("--team"), QStringLiteral("x")}), t.clock);
    CHECK(option.code == ExitUsage);
}
