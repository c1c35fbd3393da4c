// The citizen's extract (art. 15): every record and every note revision, the log extract without
// staff names, the HTML escaped, and the export itself logged.
#include "security/CitizenExtract.h"
#include "support/RightsFixture.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace bs;
using namespace bs::test;

TEST_CASE("The extract holds every record, every revision and the log without names", "[extract]") {
    TestDatabase t;
    const RightsCase rc = buildRightsCase(t.reg());
    Actor admin;
    admin.accountId = QUuid::createUuid();
    admin.userName = QStringLiteral("birgitteadm");
    admin.displayName = QStringLiteral("Birgitte Administratorsen");
    admin.role = StaffRole::Administrator;
    t.db->setActor(admin);
    requireStatus(t.db->accessLog().record(AccessAction::Read, rc.citizen.meta.id));
    requireStatus(t.db->accessLog().record(AccessAction::BreakGlass, rc.citizen.meta.id, kCanaryCpr,
                                           {}, QStringLiteral("Akut henvendelse fra lægen")));

    CitizenExtract extract(t.reg());
    auto data = extract.build(rc.citizen.meta.id);
    INFO(data.message().toStdString());
    REQUIRE(data.ok());
    const QJsonObject json = CitizenExtract::toJson(*data).object();

    CHECK(json[QStringLiteral("citizen")][QStringLiteral("name")].toString() == kCanaryName);
    CHECK(json[QStringLiteral("citizen")][QStringLiteral("status")].toString() ==
          QStringLiteral("active"));
    CHECK(!json[QStringLiteral("citizen")][QStringLiteral("status_label")].toString().isEmpty());
    for (const char* key :
         {"grants", "allocations", "group_memberships", "goals", "subgoals", "goal_assessments",
          "goal_reviews", "appointment_series", "appointments", "group_attendance", "desk_visits",
          "journal_notes", "journal_revisions", "followup_tasks", "access_log"}) {
        INFO(key);
        CHECK(!json[QLatin1String(key)].toArray().isEmpty());
    }
    // Every revision of the edited note, the first version included.
    QStringList revisionTexts;
    for (const QJsonValue& r : json[QStringLiteral("journal_revisions")].toArray())
        if (r[QStringLiteral("note_id")].toString() == idText(rc.noteId))
            revisionTexts << r[QStringLiteral("text")].toString();
    CHECK(revisionTexts.size() == rc.noteRevisions);
    CHECK(revisionTexts.contains(kCanaryRevision));
    // Only the citizen's own group membership; the neighbour's is not theirs.
    CHECK(json[QStringLiteral("group_memberships")].toArray().size() == 1);
    CHECK(json[QStringLiteral("desk_visits")][0][QStringLiteral("topics")][0].toString() ==
          QStringLiteral("mitid"));
    CHECK(json[QStringLiteral("appointments")][0][QStringLiteral("start_utc")].toString() ==
          QStringLiteral("2025-09-02T08:00:00Z"));

    // The log extract: the entries about the citizen with action and purpose, no names.
    const QJsonArray log = json[QStringLiteral("access_log")].toArray();
    REQUIRE(log.size() >= 3);
    bool breakGlass = false;
    for (const QJsonValue& e : log) {
        CHECK(e.toObject().keys() == QStringList{QStringLiteral("action"),
                                                 QStringLiteral("action_label"),
                                                 QStringLiteral("at"), QStringLiteral("purpose")});
        if (e[QStringLiteral("action")].toString() == QStringLiteral("break_glass"))
            breakGlass = e[QStringLiteral("purpose")].toString() ==
                         QStringLiteral("Akut henvendelse fra lægen");
    }
    CHECK(breakGlass);
    const QString text = QString::fromUtf8(CitizenExtract::toJson(*data).toJson());
    const QString html = CitizenExtract::toHtml(*data);
    for (const QString& name : {QStringLiteral("birgitteadm"), QStringLiteral("Birgitte"),
                                QStringLiteral("Mette Holm")}) {
        INFO(name.toStdString());
        CHECK_FALSE(text.contains(name));
        CHECK_FALSE(html.contains(name));
    }

    // The HTML escapes what users typed.
    CHECK(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    CHECK_FALSE(html.contains(QStringLiteral("<script>")));
    CHECK(html.contains(kCanaryRevision));

    // The extract was logged once, as an export for the citizen.
    AccessLogFilter f;
    f.citizenId = rc.citizen.meta.id;
    f.action = AccessAction::Export;
    auto exports = t.db->accessLog().search(f);
    REQUIRE(exports.ok());
    REQUIRE(exports->size() == 1);
    CHECK(exports->first().criterion == QStringLiteral("extract"));

    // The files: named by date and id, readable by the owner only.
    auto files = CitizenExtract::writeJsonAndHtml(*data, t.dir.path());
    REQUIRE(files.ok());
    REQUIRE(files->size() == 2);
    CHECK(QFileInfo(files->first()).fileName().startsWith(QStringLiteral("2025-11-25-indsigt-")));
    for (const QString& f2 : *files)
        CHECK(QFileInfo(f2).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ReadUser | QFileDevice::WriteUser));
}

TEST_CASE("Only an administrator makes an extract", "[extract]") {
    TestDatabase t;
    Builders b{t.reg()};
    const Citizen c = b.citizen(QStringLiteral("Anna Hansen"));
    Actor worker;
    worker.accountId = QUuid::createUuid();
    worker.userName = QStringLiteral("mh");
    worker.role = StaffRole::Worker;
    t.db->setActor(worker);
    CHECK_FALSE(CitizenExtract(t.reg()).build(c.meta.id).ok());
    t.db->setActor(Actor::system());
    CHECK_FALSE(CitizenExtract(t.reg()).build(QUuid::createUuid()).ok());
    CHECK(CitizenExtract(t.reg()).build(c.meta.id).ok());
}
