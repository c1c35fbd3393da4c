#include "services/DemoGenerator.h"
#include "domain/Cpr.h"
#include "services/JournalService.h"
#include "services/Registry.h"
#include "services/RotaService.h"
#include "services/Scheduler.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#include "support/Expect.h"
#include <map>
#include <memory>

using namespace bs;
using bs::test::requireOk;
using bs::test::value;

namespace {

const QDate kToday(2025, 11, 25);

// One demo database in its own temporary folder, on a fixed clock.
struct DemoDb {
    QTemporaryDir dir;
    FixedClock clock{QDateTime(kToday, QTime(9, 0), QTimeZone::utc())};
    std::unique_ptr<Database> db;
    std::unique_ptr<Registry> registry;

    DemoDb() {
        REQUIRE(dir.isValid());
        auto opened = Database::open(dir.filePath(QStringLiteral("demo.sqlite")), clock);
        INFO(opened.message().toStdString());
        REQUIRE(opened.ok());
        db = std::move(opened.value());
        registry = std::make_unique<Registry>(*db);
    }

    Status generate(quint32 seed = DemoOptions{}.seed, int citizens = 150) {
        DemoOptions options;
        options.seed = seed;
        options.citizens = citizens;
        options.today = kToday;
        return DemoGenerator::generate(*registry, options);
    }

    int count(const char* table) const {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }

    QList<Citizen> citizens() const {
        auto list = registry->citizens();
        REQUIRE(list.ok());
        return *list;
    }
};

// Citizens with an allocation of `form` on `date` (optionally in one group).
int activeWith(const Registry& reg, const QList<Citizen>& citizens, SupportForm form, QDate date,
               const QUuid& group = {}) {
    int n = 0;
    for (const auto& c : citizens) {
        bool has = false;
        for (const auto& a : value(reg.allocations(c.meta.id)))
            has = has ||
                  (a.form == form && a.isActiveOn(date) && (group.isNull() || a.groupId == group));
        n += has ? 1 : 0;
    }
    return n;
}

} // namespace

TEST_CASE("Demo data: a fictitious municipality like Norddjurs, valid by every rule", "[demo]") {
    // One generation checked from every side (each generation takes about a second).
    DemoDb demo;
    requireOk(demo.generate());
    const Registry& reg = *demo.registry;
    const auto citizens = demo.citizens();

    {
        INFO("about 150 citizens, every CPR a replacement number with a real birth date");
        REQUIRE(citizens.size() == 150);
        QSet<QString> cprs;
        for (const auto& c : citizens) {
            INFO(c.name.toStdString() << " " << c.cpr.toStdString());
            const auto cpr = Cpr::parse(c.cpr);
            REQUIRE(cpr.ok());
            CHECK(cpr->isReplacement());
            const int day = c.cpr.left(2).toInt();
            CHECK((day >= 61 && day <= 91));
            const int age = cpr->birthDate().daysTo(kToday) / 365;
            CHECK((age >= 19 && age <= 76));
            CHECK_FALSE(cprs.contains(c.cpr));
            cprs.insert(c.cpr);
            CHECK(c.validate().isEmpty());
            CHECK((c.postalCode == QLatin1String("8500") || c.postalCode == QLatin1String("8950") ||
                   c.postalCode == QLatin1String("8963") || c.postalCode == QLatin1String("8961")));
        }
    }

    {
        INFO("names with æ, ø, å and Aa, statuses and target groups are mixed");
        int ae = 0, oe = 0, aa = 0, aaDouble = 0;
        std::map<CitizenStatus, int> statuses;
        std::map<TargetGroup, int> targets;
        for (const auto& c : citizens) {
            ae += c.name.contains(QStringLiteral("Æ")) ? 1 : 0;
            oe += c.name.contains(QStringLiteral("Ø")) ? 1 : 0;
            aa += c.name.contains(QStringLiteral("Å")) ? 1 : 0;
            aaDouble += c.name.contains(QStringLiteral("Aa")) ? 1 : 0;
            ++statuses[c.status];
            ++targets[c.targetGroup];
        }
        CHECK(ae > 0);
        CHECK(oe > 0);
        CHECK(aa > 0);
        CHECK(aaDouble > 0);
        CHECK(statuses[CitizenStatus::Active] > 100);
        CHECK(statuses[CitizenStatus::WaitingList] > 0);
        CHECK(statuses[CitizenStatus::Closed] > 0);
        CHECK(targets[TargetGroup::SocialPsychiatry] > 30);
        CHECK(targets[TargetGroup::IntellectualDisability] > 30);
        CHECK(targets[TargetGroup::PhysicalDisability] + targets[TargetGroup::Other] > 0);
    }

    {
        INFO("the named sites, teams, staff and groups exist");
        QMap<QString, Site> sites;
        for (const auto& s : value(reg.sites()))
            sites.insert(s.name, s);
        for (const char* name : {"AUC Grenaa", "Alunden", "Allingåbro", "Ørsted", "Auning"})
            CHECK(sites.contains(QString::fromUtf8(name)));
        const Site auc = sites.value(QStringLiteral("AUC Grenaa"));
        CHECK(auc.isOpen(2, QTime(11, 0)));
        CHECK(auc.isOpen(2, QTime(13, 59)));
        CHECK_FALSE(auc.isOpen(2, QTime(14, 0)));
        CHECK(sites.value(QString::fromUtf8("Allingåbro")).isOpen(4, QTime(11, 0)));

        CHECK(value(reg.teams()).size() == 3);
        const auto staff = value(reg.staff());
        CHECK(staff.size() == 15);
        QSet<QString> initials;
        int leaders = 0, admins = 0;
        for (const auto& s : staff) {
            initials.insert(s.initials);
            leaders += s.role == StaffRole::Leader ? 1 : 0;
            admins += s.role == StaffRole::Administrator ? 1 : 0;
        }
        CHECK(initials.size() == staff.size());
        CHECK((leaders >= 1 && leaders <= 2));
        CHECK(admins == 1);

        QMap<QString, SupportGroup> groups;
        for (const auto& g : value(reg.groups()))
            groups.insert(g.name, g);
        REQUIRE(groups.contains(QStringLiteral("Yngre 20+")));
        REQUIRE(groups.contains(QString::fromUtf8("Ældre 35+")));
        REQUIRE(groups.contains(QString::fromUtf8("Torsdagsbostøtten")));
        CHECK(groups.value(QStringLiteral("Yngre 20+")).siteId ==
              sites.value(QStringLiteral("Alunden")).meta.id);
        CHECK(groups.value(QString::fromUtf8("Torsdagsbostøtten")).siteId ==
              sites.value(QString::fromUtf8("Allingåbro")).meta.id);
        for (const auto& g : groups)
            CHECK(!g.facilitator1.isNull());
    }

    {
        INFO("all four forms on today, in the seed's numbers, and combined");
        QMap<QString, QUuid> groupIds;
        for (const auto& g : value(reg.groups()))
            groupIds.insert(g.name, g.meta.id);
        CHECK(activeWith(reg, citizens, SupportForm::Individual, kToday) > 80);
        CHECK(activeWith(reg, citizens, SupportForm::Counselling, kToday) == 9);
        CHECK(activeWith(reg, citizens, SupportForm::Virtual, kToday) == 6);
        const int young = activeWith(reg, citizens, SupportForm::Group, kToday,
                                     groupIds.value(QStringLiteral("Yngre 20+")));
        const int older = activeWith(reg, citizens, SupportForm::Group, kToday,
                                     groupIds.value(QString::fromUtf8("Ældre 35+")));
        CHECK(young + older == 17);
        CHECK(young > 0);
        CHECK(older > 0);
        CHECK(activeWith(reg, citizens, SupportForm::Group, kToday,
                         groupIds.value(QString::fromUtf8("Torsdagsbostøtten"))) == 11);

        // The citizen list shows the same forms; some citizens have two or more at once.
        const auto summaries = value(reg.citizenSummaries(kToday));
        int combined = 0, groupAndIndividual = 0;
        for (const auto& s : summaries) {
            combined += s.activeForms.size() >= 2 ? 1 : 0;
            groupAndIndividual += (s.activeForms.contains(SupportForm::Group) &&
                                   s.activeForms.contains(SupportForm::Individual))
                                      ? 1
                                      : 0;
        }
        CHECK(combined >= 10);
        CHECK(groupAndIndividual >= 5); // indkøring
    }

    {
        INFO("grants and allocations keep the law's rules, with history and upcoming months");
        int p82b = 0, p82a = 0, p85 = 0, packages = 0, past = 0, upcoming = 0, ended = 0;
        for (const auto& c : citizens) {
            const auto grants = value(reg.grants(c.meta.id));
            QMap<QUuid, Grant> byId;
            for (const auto& g : grants) {
                byId.insert(g.meta.id, g);
                INFO(c.name.toStdString() << " grant from " << g.from.toString().toStdString());
                CHECK(g.validate().isEmpty());
                if (g.basis == LegalBasis::P82b) {
                    ++p82b;
                    REQUIRE(g.to.isValid());
                    CHECK(g.to <= g.from.addMonths(6).addDays(-1));
                }
                p82a += g.basis == LegalBasis::P82a ? 1 : 0;
                p85 += g.basis == LegalBasis::P85 ? 1 : 0;
                packages += g.usesPackage ? 1 : 0;
                past += g.from < kToday.addMonths(-12) ? 1 : 0;
                upcoming += g.from > kToday ? 1 : 0;
                ended += g.to.isValid() && g.to < kToday ? 1 : 0;
                CHECK(g.from >= kToday.addYears(-3));
            }
            for (const auto& a : value(reg.allocations(c.meta.id))) {
                REQUIRE(byId.contains(a.grantId));
                const Grant g = byId.value(a.grantId);
                CHECK(a.from >= g.from);
                if (g.to.isValid())
                    CHECK((a.to.isValid() && a.to <= g.to));
                if (a.form == SupportForm::Group) {
                    CHECK(g.basis != LegalBasis::P82b);
                    CHECK(!a.groupId.isNull());
                } else {
                    CHECK(a.groupId.isNull());
                }
            }
        }
        CHECK(p85 > p82b);
        CHECK(p82b >= 10);
        CHECK(p82a > 0);
        CHECK(packages > 0);
        CHECK(past > 20);
        CHECK(upcoming >= 3);
        CHECK(ended >= 10);
    }

    {
        INFO("group allocations have matching memberships within capacity");
        for (const auto& g : value(reg.groups())) {
            const auto members = value(reg.groupMembers(g.meta.id));
            int activeToday = 0;
            for (const auto& m : members) {
                activeToday += m.isActiveOn(kToday) ? 1 : 0;
                bool matched = false;
                for (const auto& a : value(reg.allocations(m.citizenId)))
                    matched = matched || (a.groupId == g.meta.id && a.from == m.from &&
                                          a.to == m.to && a.form == SupportForm::Group);
                CHECK(matched);
            }
            CHECK(activeToday <= g.capacity);
        }
    }

    {
        INFO("every citizen has 1-3 FFB goals with delmål; some are ended");
        int endedGoals = 0, endedSubGoals = 0, withLevels = 0, goalsTotal = 0;
        for (const auto& c : citizens) {
            const auto goals = value(reg.goals(c.meta.id));
            INFO(c.name.toStdString());
            CHECK((goals.size() >= 1 && goals.size() <= 3));
            for (const auto& g : goals) {
                ++goalsTotal;
                CHECK(g.validate().isEmpty());
                withLevels += g.currentLevel != FunctionLevel::NotAssessed ? 1 : 0;
                if (g.status != GoalStatus::Active) {
                    ++endedGoals;
                    CHECK(g.endDate <= kToday);
                }
                const auto subs = value(reg.subGoals(g.meta.id));
                CHECK((subs.size() >= 1 && subs.size() <= 4));
                for (const auto& s : subs) {
                    CHECK(s.validate().isEmpty());
                    CHECK(s.deadline >= g.start);
                    if (s.status != GoalStatus::Active) {
                        ++endedSubGoals;
                        CHECK(s.endDate <= kToday);
                    }
                    if (g.status != GoalStatus::Active)
                        CHECK(s.status != GoalStatus::Active);
                }
            }
        }
        CHECK(goalsTotal >= 250);
        CHECK(endedGoals >= 20);
        CHECK(endedSubGoals >= 50);
        CHECK(withLevels >= 50);
    }

    {
        INFO("visit notes: after a completed visit of the same citizen, searchable, assessed");
        JournalService journal(*demo.registry);
        QMap<QUuid, Appointment> byId;
        for (const Appointment& a :
             value(Scheduler(*demo.registry)
                       .appointments(localToUtc(kToday.addYears(-1), QTime(0, 0)),
                                     localToUtc(kToday.addYears(1), QTime(0, 0)))))
            byId.insert(a.meta.id, a);
        int notes = 0, signedNotes = 0, assessed = 0;
        for (const Citizen& c : demo.citizens())
            for (const JournalNote& n : value(journal.notes(c.meta.id))) {
                if (n.kind != NoteKind::Note)
                    continue;
                ++notes;
                signedNotes += n.signedUtc.isValid() ? 1 : 0;
                REQUIRE(byId.contains(n.appointmentId));
                const Appointment& a = byId[n.appointmentId];
                CHECK(a.citizenId == c.meta.id);
                CHECK(a.outcome == Outcome::Completed);
                CHECK(n.writtenUtc >= a.endUtc());
                CHECK(n.writtenUtc <= demo.registry->clock().nowUtc());
                for (const GoalAssessment& g : value(journal.assessments(n.meta.id))) {
                    ++assessed;
                    CHECK(value(reg.subGoal(g.subGoalId)).goalId == g.goalId);
                    CHECK(value(reg.goal(g.goalId)).citizenId == c.meta.id);
                    CHECK(g.assessedUtc == n.writtenUtc);
                }
            }
        CHECK(notes > 100);
        CHECK(signedNotes > 0);
        CHECK(signedNotes < notes);
        CHECK(assessed > 0);
        CHECK_FALSE(value(journal.search(QStringLiteral("e-boks"), {}, 5, 0)).isEmpty());
    }

    {
        INFO("the database passes its integrity check");
        CHECK(value(demo.db->checkIntegrity()) == QLatin1String("ok"));
    }
}

TEST_CASE("Demo data is refused in a database that already has citizens", "[demo]") {
    DemoDb demo;
    requireOk(demo.generate());
    const char* tables[] = {"team",          "staff",      "site",          "citizen",
                            "support_grant", "allocation", "support_group", "group_member",
                            "goal",          "subgoal",    "appointment",   "appointment_series"};
    std::map<std::string, int> before;
    for (const char* t : tables)
        before[t] = demo.count(t);

    const Status again = demo.generate(7);
    CHECK_FALSE(again.ok());
    CHECK_FALSE(again.message().isEmpty());
    for (const char* t : tables) {
        INFO(t);
        CHECK(demo.count(t) == before[t]);
    }
}

TEST_CASE("Demo data: the same seed and date give the same data", "[demo]") {
    DemoDb first, second, other;
    requireOk(first.generate(42));
    requireOk(second.generate(42));
    const auto a = first.citizens();
    const auto b = second.citizens();
    REQUIRE(a.size() == b.size());
    bool allSame = true;
    for (qsizetype i = 0; i < a.size(); ++i) {
        allSame = allSame && a[i].name == b[i].name && a[i].cpr == b[i].cpr &&
                  a[i].address == b[i].address && a[i].status == b[i].status;
        const auto ga = value(first.registry->grants(a[i].meta.id));
        const auto gb = value(second.registry->grants(b[i].meta.id));
        allSame = allSame && ga.size() == gb.size();
        for (qsizetype k = 0; allSame && k < ga.size(); ++k)
            allSame = ga[k].basis == gb[k].basis && ga[k].from == gb[k].from &&
                      ga[k].to == gb[k].to && ga[k].purpose == gb[k].purpose;
    }
    CHECK(allSame);
    for (const char* t : {"support_grant", "allocation", "group_member", "goal", "subgoal",
                          "appointment", "appointment_series"}) {
        INFO(t);
        CHECK(first.count(t) == second.count(t));
    }
    // The calendar too: the same times, forms, places and outcomes.
    const auto calendar = [](const DemoDb& d) {
        QSqlQuery q(d.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT start_utc, form, duration_minutes, place, outcome, "
                                      "outcome_reason, topic FROM appointment ORDER BY start_utc, "
                                      "form, place, outcome, outcome_reason, topic")));
        QStringList rows;
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < 7; ++i)
                row << q.value(i).toString();
            rows << row.join(QLatin1Char('|'));
        }
        return rows;
    };
    const QStringList calendarA = calendar(first);
    CHECK(calendarA.size() > 1000);
    CHECK(calendarA == calendar(second));

    // Another seed gives other people (the staff come first, whatever the number of citizens).
    requireOk(other.generate(43, 10));
    QStringList staffA, staffC;
    for (const auto& s : value(first.registry->staff()))
        staffA << s.name;
    for (const auto& s : value(other.registry->staff()))
        staffC << s.name;
    CHECK(staffA != staffC);
}

TEST_CASE("Demo data scales down to a small municipality on the registry's clock", "[demo]") {
    DemoDb demo;
    DemoOptions options;
    options.citizens = 20; // `today` left null: the database clock's date (25 Nov 2025)
    requireOk(DemoGenerator::generate(*demo.registry, options));
    const auto citizens = demo.citizens();
    CHECK(citizens.size() == 20);
    CHECK(activeWith(*demo.registry, citizens, SupportForm::Individual, kToday) > 5);
    CHECK(value(demo.db->checkIntegrity()) == QLatin1String("ok"));
}

TEST_CASE("Demo data with no citizens creates the organisation only", "[demo]") {
    DemoDb demo;
    requireOk(demo.generate(DemoOptions{}.seed, 0));
    CHECK(demo.count("citizen") == 0);
    CHECK(demo.count("site") == 5);
    CHECK(demo.count("staff") == 15);
    CHECK(demo.count("support_group") == 4);
    CHECK(demo.count("appointment") == 0); // groups without members do not meet
}

TEST_CASE("Demo options out of range are refused before anything is written", "[demo]") {
    DemoDb demo;
    DemoOptions options;
    options.today = kToday;
    options.citizens = -1;
    CHECK_FALSE(DemoGenerator::generate(*demo.registry, options).ok());
    options.citizens = 5001;
    CHECK_FALSE(DemoGenerator::generate(*demo.registry, options).ok());
    options.citizens = 150;
    options.staff = 2;
    CHECK_FALSE(DemoGenerator::generate(*demo.registry, options).ok());
    CHECK(demo.count("staff") == 0);
    CHECK(demo.count("citizen") == 0);
}

// Many seeds, awkward dates (month ends, a leap day), more citizens and the smallest staff: every
// value must still pass the registry. Hidden (about 30 s): run with "[.demo-stress]".
TEST_CASE("Demo data passes the registry for many seeds and dates", "[.demo-stress]") {
    const QDate days[] = {QDate(2025, 11, 25), QDate(2024, 2, 29), QDate(2025, 8, 31),
                          QDate(2026, 1, 31),  QDate(2025, 3, 31), QDate(2027, 12, 31),
                          QDate(2025, 5, 31)};
    for (quint32 seed = 1; seed <= 60; ++seed) {
        DemoDb demo;
        DemoOptions o;
        o.seed = seed * 7919u;
        o.today = days[seed % 7];
        o.citizens = seed % 5 == 0 ? 400 : 150;
        o.staff = seed % 3 == 0 ? 6 : 15 + int(seed % 10);
        const Status s = DemoGenerator::generate(*demo.registry, o);
        INFO(seed << " " << o.today.toString(Qt::ISODate).toStdString() << " "
                  << s.message().toStdString());
        REQUIRE(s.ok());
        const auto citizens = demo.citizens();
        int counselling = activeWith(*demo.registry, citizens, SupportForm::Counselling, o.today);
        int virt = activeWith(*demo.registry, citizens, SupportForm::Virtual, o.today);
        CHECK(counselling == 9);
        CHECK(virt == 6);
        for (const auto& c : citizens) {
            for (const auto& g : value(demo.registry->goals(c.meta.id))) {
                if (g.status != GoalStatus::Active)
                    CHECK(g.endDate <= o.today);
                for (const auto& sg : value(demo.registry->subGoals(g.meta.id)))
                    if (sg.status != GoalStatus::Active)
                        CHECK(sg.endDate <= o.today);
            }
            for (const auto& g : value(demo.registry->grants(c.meta.id)))
                CHECK(g.validate().isEmpty());
        }
    }
}

TEST_CASE("Demo data: a calendar over the whole period, across summer time, with outcomes",
          "[demo][calendar]") {
    DemoDb demo;
    requireOk(demo.generate());
    const Registry& reg = *demo.registry;
    Scheduler scheduler(*demo.registry);
    const QDate windowFrom = kToday.addMonths(-6);
    const QDate windowTo = kToday.addMonths(3);
    const auto all = value(scheduler.appointments(localToUtc(kToday.addYears(-3), QTime(0, 0)),
                                                  localToUtc(kToday.addYears(1), QTime(0, 0))));
    const QDateTime todayStart = localToUtc(kToday, QTime(0, 0));

    QMap<QUuid, Citizen> citizens;
    for (const auto& c : demo.citizens())
        citizens.insert(c.meta.id, c);
    QMap<QUuid, SupportGroup> groups;
    for (const auto& g : value(reg.groups()))
        groups.insert(g.meta.id, g);
    QMap<QUuid, Site> sites;
    for (const auto& s : value(reg.sites()))
        sites.insert(s.meta.id, s);

    std::map<SupportForm, int> forms;
    std::map<Outcome, int> outcomes;
    int past = 0, phone = 0;
    QMap<QUuid, QList<Appointment>> bySeries;
    QMap<QUuid, QList<Appointment>> byStaff;
    for (const Appointment& a : all) {
        INFO(toCode(a.form).toStdString() << " " << a.startUtc.toString(Qt::ISODate).toStdString());
        CHECK(a.validate().isEmpty());
        ++forms[a.form];
        ++outcomes[a.outcome];
        const QDate day = a.localStart().date();
        CHECK(day >= windowFrom);
        CHECK(day <= windowTo);
        // Outcomes in the past only, and every past appointment has one.
        if (a.startUtc < todayStart) {
            ++past;
            CHECK(a.outcome != Outcome::Planned);
            CHECK(a.outcomeBy == a.staffId);
        } else {
            CHECK(a.outcome == Outcome::Planned);
        }
        if (a.outcome == Outcome::NoShow || a.isCancelled())
            CHECK_FALSE(a.outcomeReason.isEmpty());
        if (!a.seriesId.isNull())
            bySeries[a.seriesId].append(a);
        if (!a.isCancelled())
            byStaff[a.staffId].append(a);

        switch (a.form) {
        case SupportForm::Individual:
            CHECK(a.travelMinutes > 0);
            CHECK(a.travelKm > 0);
            CHECK(!a.place.isEmpty());
            break;
        case SupportForm::Virtual:
            REQUIRE(citizens.contains(a.citizenId));
            CHECK(a.channel == citizens.value(a.citizenId).virtualContact);
            phone += a.channel == ContactPreference::Phone ? 1 : 0;
            break;
        case SupportForm::Group: {
            REQUIRE(groups.contains(a.groupId));
            const SupportGroup g = groups.value(a.groupId);
            CHECK(a.citizenId.isNull());
            CHECK(a.siteId == g.siteId);
            CHECK((a.staffId == g.facilitator1 || a.staffId == g.facilitator2));
            CHECK(day.dayOfWeek() == g.start.dayOfWeek());
            CHECK(!a.topic.isEmpty());
            CHECK(!a.learningGoal.isEmpty());
            break;
        }
        case SupportForm::Counselling: {
            // Walk-ins at the rådgivning's site within its opening hours, 45 minutes at most.
            REQUIRE(sites.contains(a.siteId));
            const Site site = sites.value(a.siteId);
            CHECK(site.name == QStringLiteral("AUC Grenaa"));
            CHECK(site.isOpen(day.dayOfWeek(), a.localStart().time()));
            CHECK(a.durationMinutes <= 45);
            CHECK(!a.topic.isEmpty());
            CHECK(a.seriesId.isNull());
            break;
        }
        }
    }

    {
        INFO("all four forms, mostly individual visits, over the whole period");
        CHECK(forms[SupportForm::Individual] > 1500);
        CHECK(forms[SupportForm::Virtual] > 100);
        CHECK(forms[SupportForm::Group] > 100);
        CHECK(forms[SupportForm::Counselling] > 20);
        CHECK(phone > 0);
        CHECK(past > 1000);
        CHECK(int(all.size()) - past > 500);
    }

    {
        INFO("outcomes: mostly completed, some no-shows with reasons, cancellations both ways");
        CHECK(outcomes[Outcome::Completed] > past * 3 / 4);
        CHECK(outcomes[Outcome::NoShow] > 20);
        CHECK(outcomes[Outcome::CancelledByCitizen] > 20);
        CHECK(outcomes[Outcome::CancelledByStaff] > 10);
        QSet<QString> reasons;
        for (const Appointment& a : all)
            if (a.outcome == Outcome::NoShow)
                reasons.insert(a.outcomeReason);
        CHECK(reasons.contains(QStringLiteral("Ikke hjemme")));
        CHECK(reasons.contains(QStringLiteral("Glemt aftalen")));
    }

    {
        INFO("series keep their local time across the change to winter time on 26 October");
        const QDateTime change = localToUtc(QDate(2025, 10, 26), QTime(12, 0));
        int across = 0;
        for (const auto& occurrences : bySeries) {
            const auto series = value(reg.record<AppointmentSeries>(occurrences.first().seriesId));
            for (const Appointment& a : occurrences) {
                CHECK(a.localStart().time() == series.localStart);
                CHECK(a.durationMinutes == series.durationMinutes);
            }
            const auto before =
                std::find_if(occurrences.begin(), occurrences.end(),
                             [&](const Appointment& a) { return a.startUtc < change; });
            const auto after =
                std::find_if(occurrences.begin(), occurrences.end(),
                             [&](const Appointment& a) { return a.startUtc > change; });
            if (before != occurrences.end() && after != occurrences.end()) {
                ++across;
                CHECK(before->localStart().time() == after->localStart().time());
                CHECK(before->startUtc.time().addSecs(3600) == after->startUtc.time());
            }
        }
        CHECK(across > 50);
    }

    {
        INFO("every-other-week series skip a week; series follow their allocations");
        int everyOtherWeek = 0;
        for (const auto& occurrences : bySeries) {
            const auto series = value(reg.record<AppointmentSeries>(occurrences.first().seriesId));
            everyOtherWeek += series.intervalWeeks == 2 ? 1 : 0;
            for (qsizetype i = 1; i < occurrences.size(); ++i)
                CHECK(occurrences[i - 1].localStart().date().daysTo(
                          occurrences[i].localStart().date()) == 7 * series.intervalWeeks);
            if (series.form == SupportForm::Group)
                continue;
            bool covered = false;
            for (const auto& al : value(reg.allocations(series.citizenId)))
                covered = covered || (al.form == series.form && al.isActiveOn(series.firstDate) &&
                                      al.isActiveOn(occurrences.last().localStart().date()));
            CHECK(covered);
        }
        CHECK(everyOtherWeek > 10);
    }

    {
        INFO("no staff member is booked twice at once");
        int clashes = 0;
        for (auto list : byStaff) {
            std::sort(list.begin(), list.end(), [](const Appointment& x, const Appointment& y) {
                return x.startUtc < y.startUtc;
            });
            for (qsizetype i = 1; i < list.size(); ++i)
                clashes += list[i].startUtc < list[i - 1].endUtc() ? 1 : 0;
        }
        CHECK(clashes == 0);
    }

    {
        INFO("every weekend has a duty and a backup, and outcomes were registered after the "
             "appointment (cancellations before it), never after the demo's today");
        const auto days =
            value(RotaService(*demo.registry).days(windowFrom.addDays(7), windowTo.addDays(-7)));
        for (const RotaDay& d : days)
            if (d.date.dayOfWeek() >= 6) {
                CHECK_FALSE(d.weekendDuty.isNull());
                CHECK_FALSE(d.weekendBackup.isNull());
                CHECK(d.weekendDuty != d.weekendBackup);
            } else {
                CHECK_FALSE(d.onCall.isNull());
            }
        for (const Appointment& a : all)
            if (a.outcome != Outcome::Planned) {
                CHECK(a.outcomeAtUtc <= demo.registry->clock().nowUtc());
                if (a.isCancelled())
                    CHECK(a.outcomeAtUtc < a.startUtc);
                else
                    CHECK(a.outcomeAtUtc > a.endUtc());
            }
    }

    {
        INFO("the database passes its integrity check");
        CHECK(value(demo.db->checkIntegrity()) == QLatin1String("ok"));
    }
}
