#include "ScaleGenerator.h"

#include "domain/Ffb.h"
#include "services/DemoTexts.h"
#include "services/JournalText.h"
#include "services/ScaleTexts.h"
#include "storage/BulkWriter.h"
#include "storage/JournalQueries.h"
#include "storage/Repository.h"
#include "sync/Change.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <algorithm>
#include <random>
#include <vector>

// How the rows are made: the organisation first; then citizen by citizen (a transaction per about
// 50 000 rows) their grants, goals and delmål, allocations and the appointments those give, with
// notes, assessments, desk visits and follow-up tasks; then every group's sessions with attendance
// and group notes for the members the citizens' allocations put in them.

namespace bs {

namespace {

using namespace demotexts;
using namespace scaletexts;

QString u8(const char* text) {
    return QString::fromUtf8(text);
}

constexpr qint64 kRowsPerTransaction = 50000;

struct GroupPlan {
    SupportGroup group;
    int weekday = 3;
    int startMinute = 600;
    struct Member {
        QUuid citizenId;
        QDate from;
        QDate to; // null: open
        QList<QUuid> subGoalIds;
    };
    std::vector<Member> members;
};

struct SitePlan {
    Site site;
    bool counselling = false;
    QString postalCode;
    QString city;
    std::vector<QUuid> workers; // staff of the site's teams
    std::vector<int> groups;    // indexes in Generator::m_groups
};

class Generator {
public:
    Generator(Database& db, const ScaleOptions& options)
        : m_db(db), m_options(options), m_sizes(ScaleGenerator::sizes(options.scale)),
          m_rng(options.seed), m_writer(db) {
        m_nowUtc = db.clock().nowUtc();
        m_today = db.clock().today();
        m_firstDay =
            m_nowUtc.addYears(-m_sizes.years).toTimeZone(Clock::localZone()).date().addDays(1);
        m_zone = Clock::localZone();
        m_windowStartUtc = at(m_firstDay, 0);
    }

    Status run();
    QString summary() const;

private:
    // --- randomness
    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(int percent) { return between(1, 100) <= percent; }
    template <typename C> auto pick(const C& c) -> decltype(c[0]) {
        return c[size_t(between(0, int(std::size(c)) - 1))];
    }
    // A version-4 UUID from the generator's own sequence, so the same seed gives the same ids.
    QUuid id() {
        const quint32 a = m_rng(), b = m_rng(), c = m_rng(), d = m_rng();
        return QUuid(a, quint16(b >> 16), quint16(((b & 0xffff) & 0x0fff) | 0x4000),
                     uchar(((c >> 24) & 0x3f) | 0x80), uchar(c >> 16), uchar(c >> 8), uchar(c),
                     uchar(d >> 24), uchar(d >> 16), uchar(d >> 8), uchar(d));
    }

    // --- time: local dates and minutes of the day as UTC (offset cached per day)
    QDateTime at(QDate day, int minuteOfDay);
    QDate localDate(const QDateTime& utc) const { return utc.toTimeZone(m_zone).date(); }
    QDateTime capNow(const QDateTime& utc) const { return std::min(utc, m_nowUtc); }

    void progress(int percent, const QString& step) {
        if (m_options.progress)
            m_options.progress(percent, step);
    }
    template <typename T> Status add(const T& v, const QDateTime& created) {
        return m_writer.add(v, created);
    }
    Status inChunks(int count, const QString& step, int fromPercent, int toPercent,
                    const std::function<Status(int)>& one);

    Status organisation();
    Status citizen(int index);
    Status grantsFor(const Citizen& c, SitePlan& site, QDate from, QDate to, bool open);
    Status allocationAppointments(const Citizen& c, const Grant& g, const Allocation& a,
                                  SitePlan& site, const std::vector<QUuid>& subGoals);
    Status noteFor(const Appointment& a, bool noShow);
    Status groupSessions(int groupIndex);
    Status anonymousDeskVisits();
    QString noteText();

    Database& m_db;
    ScaleOptions m_options;
    ScaleSizes m_sizes;
    std::mt19937 m_rng;
    BulkWriter m_writer;
    QDateTime m_nowUtc;
    QDate m_today;
    QDate m_firstDay;
    QTimeZone m_zone;
    std::vector<int> m_offsetCache; // seconds east of UTC per day from m_firstDay; INT_MIN unset
    std::vector<SitePlan> m_sites;
    std::vector<GroupPlan> m_groups;
    std::vector<Staff> m_staff;
    QHash<QUuid, QUuid> m_contactOf; // citizen → contact staff
    QHash<QUuid, QUuid> m_goalOf;    // delmål → indsatsmål
    QDateTime m_windowStartUtc;
};

QDateTime Generator::at(QDate day, int minuteOfDay) {
    const qint64 index = m_firstDay.daysTo(day);
    int offset = 0;
    if (index >= 0 && index < 20000) {
        if (size_t(index) >= m_offsetCache.size())
            m_offsetCache.resize(size_t(index) + 400, std::numeric_limits<int>::min());
        int& cached = m_offsetCache[size_t(index)];
        if (cached == std::numeric_limits<int>::min())
            cached = m_zone.offsetFromUtc(QDateTime(day, QTime(12, 0), QTimeZone::utc()));
        offset = cached;
    } else {
        offset = m_zone.offsetFromUtc(QDateTime(day, QTime(12, 0), QTimeZone::utc()));
    }
    // Visits are in the daytime, far from the night-time summer-time changes.
    return QDateTime(day, QTime(0, 0), QTimeZone::utc()).addSecs(qint64(minuteOfDay) * 60 - offset);
}

Status Generator::inChunks(int count, const QString& step, int fromPercent, int toPercent,
                           const std::function<Status(int)>& one) {
    int next = 0;
    while (next < count) {
        const qint64 before = m_writer.rowsAdded();
        const Status s = m_db.transaction([&]() -> Status {
            while (next < count && m_writer.rowsAdded() - before < kRowsPerTransaction) {
                if (Status r = one(next++); !r)
                    return r;
            }
            return m_writer.flush();
        });
        if (!s)
            return s;
        progress(fromPercent + int(qint64(toPercent - fromPercent) * next / std::max(1, count)),
                 step);
    }
    return Status::success();
}

Status Generator::run() {
    QSqlQuery q(m_db.connection());
    if (auto r = m_db.exec(q, QStringLiteral("SELECT (SELECT count(*) FROM citizen) + (SELECT "
                                             "count(*) FROM staff)"));
        !r)
        return Status(r.error());
    if (q.next() && q.value(0).toLongLong() > 0)
        return Status::failure(ScaleGenerator::tr("The database already has citizens or staff; "
                                                  "generate into a new file."));
    q.finish();

    progress(0, ScaleGenerator::tr("organisation"));
    if (Status s = m_db.transaction([&]() -> Status {
            if (Status o = organisation(); !o)
                return o;
            return m_writer.flush();
        });
        !s)
        return s;
    if (Status s = inChunks(m_sizes.citizens, ScaleGenerator::tr("citizens"), 1, 80,
                            [&](int i) { return citizen(i); });
        !s)
        return s;
    if (Status s = inChunks(int(m_groups.size()), ScaleGenerator::tr("group sessions"), 80, 97,
                            [&](int i) { return groupSessions(i); });
        !s)
        return s;
    progress(97, ScaleGenerator::tr("desk visits"));
    return m_db.transaction([&]() -> Status {
        if (Status s = anonymousDeskVisits(); !s)
            return s;
        if (Status s = m_writer.flush(); !s)
            return s;
        // Every note was indexed as it was written: the search need not look for missing ones.
        if (Status s = JournalQueries(m_db).markIndexComplete(); !s)
            return s;
        return m_db.accessLog().record(AccessAction::Import, {},
                                       QStringLiteral("generate --scale %1 --seed %2")
                                           .arg(ScaleGenerator::scaleName(m_options.scale))
                                           .arg(m_options.seed),
                                       summary());
    });
}

QString Generator::summary() const {
    QStringList parts;
    for (const char* t :
         {"citizen", "staff", "site", "support_grant", "goal", "subgoal", "allocation",
          "support_group", "group_member", "appointment", "attendance", "journal_note",
          "goal_assessment", "desk_visit", "followup_task"})
        parts << QStringLiteral("%1 %2")
                     .arg(QLatin1String(t))
                     .arg(m_writer.counts().value(QLatin1String(t)));
    return parts.join(QStringLiteral(", "));
}

// --- The organisation --------------------------------------------------------------------------

Status Generator::organisation() {
    const int siteCount = std::min<int>(m_sizes.sites, int(std::size(kSites)));
    for (int i = 0; i < siteCount; ++i) {
        SitePlan p;
        const SiteText& t = kSites[i];
        p.site.meta.id = id();
        p.site.name = u8(t.name);
        p.site.address =
            QStringLiteral("%1, %2 %3").arg(u8(t.address), u8(t.postalCode), u8(t.city));
        p.counselling = t.counselling;
        p.postalCode = u8(t.postalCode);
        p.city = u8(t.city);
        if (p.counselling)
            p.site.openingHours = {{2, QTime(11, 0), QTime(14, 0)}, {4, QTime(9, 0), QTime(12, 0)}};
        if (auto v = p.site.validate().toStatus(); !v)
            return v;
        if (Status s = add(p.site, at(m_firstDay, 8 * 60)); !s)
            return s;
        m_sites.push_back(std::move(p));
    }
    if (std::none_of(m_sites.cbegin(), m_sites.cend(),
                     [](const SitePlan& s) { return s.counselling; }))
        m_sites.front().counselling = true;

    // Teams of about twelve, each at one site with one leader; two administrators overall.
    const int teams = std::max(2, m_sizes.staff / 12);
    std::vector<Team> teamList;
    for (int i = 0; i < teams; ++i) {
        Team t;
        t.meta.id = id();
        t.name = QStringLiteral("Team %1 %2")
                     .arg(u8(kTeamAreas[size_t(i) % kTeamAreas.size()]))
                     .arg(i / int(kTeamAreas.size()) + 1);
        if (Status s = add(t, at(m_firstDay, 8 * 60)); !s)
            return s;
        teamList.push_back(t);
    }
    QSet<QString> initials;
    for (int i = 0; i < m_sizes.staff; ++i) {
        Staff s;
        s.meta.id = id();
        const bool female = chance(75);
        const QString first = u8(female ? pick(kFemaleFirst) : pick(kMaleFirst));
        const QString last = u8(pick(kLast));
        s.name = first + QLatin1Char(' ') + last;
        QString ini = (first.left(1) + last.left(2)).toUpper();
        for (int n = 2; initials.contains(ini); ++n)
            ini = (first.left(1) + last.left(1)).toUpper() + QString::number(n);
        initials.insert(ini);
        s.initials = ini;
        const int team = i % teams;
        s.teamId = teamList[size_t(team)].meta.id;
        s.role = i < teams       ? StaffRole::Leader
                 : i < teams + 2 ? StaffRole::Administrator
                                 : StaffRole::Worker;
        if (auto v = s.validate().toStatus(); !v)
            return v;
        if (Status r = add(s, at(m_firstDay, 8 * 60)); !r)
            return r;
        if (s.role == StaffRole::Worker)
            m_sites[size_t(team) % m_sites.size()].workers.push_back(s.meta.id);
        m_staff.push_back(s);
    }
    for (SitePlan& p : m_sites)
        if (p.workers.empty()) // more sites than teams: borrow the first site's workers
            p.workers = m_sites.front().workers;

    // Two group streams per site: a group runs for a year, the second starts half a year later.
    for (size_t si = 0; si < m_sites.size(); ++si) {
        SitePlan& p = m_sites[si];
        for (int stream = 0; stream < 2; ++stream) {
            for (QDate start = m_firstDay.addMonths(stream * 6); start <= m_today;
                 start = start.addYears(1)) {
                GroupPlan g;
                g.group.meta.id = id();
                g.group.siteId = p.site.meta.id;
                g.group.theme = u8(pick(kGroupThemes));
                g.group.name =
                    QStringLiteral("%1 %2 (%3)").arg(g.group.theme, p.site.name).arg(start.year());
                g.group.facilitator1 = pick(p.workers);
                if (chance(60))
                    g.group.facilitator2 = pick(p.workers);
                if (g.group.facilitator2 == g.group.facilitator1)
                    g.group.facilitator2 = QUuid();
                g.group.capacity = between(8, 12);
                g.group.start = start;
                g.group.end = start.addYears(1).addDays(-1);
                g.weekday = between(1, 5);
                g.startMinute = between(18, 28) * 30;
                if (auto v = g.group.validate().toStatus(); !v)
                    return v;
                if (Status s =
                        add(g.group, std::max(m_windowStartUtc, at(start.addDays(-14), 9 * 60)));
                    !s)
                    return s;
                p.groups.push_back(int(m_groups.size()));
                m_groups.push_back(std::move(g));
            }
        }
    }
    return Status::success();
}

// --- Citizens ------------------------------------------------------------------------------------

Status Generator::citizen(int index) {
    Q_UNUSED(index);
    SitePlan& site = m_sites[size_t(between(0, int(m_sites.size()) - 1))];
    Citizen c;
    c.meta.id = id();
    const bool female = chance(50);
    QString name = u8(female ? pick(kFemaleFirst) : pick(kMaleFirst));
    if (chance(25))
        name += QLatin1Char(' ') + u8(pick(kMiddle));
    c.name = name + QLatin1Char(' ') + u8(pick(kLast));
    // A replacement number (day + 60): never a real person's. Born 1945-1999: digit 7 is 0-3.
    // (Each draw in its own statement: the order of a call's arguments is unspecified.)
    const int year = between(1945, 1999);
    const int month = between(1, 12);
    const QDate born(year, month, between(1, 28));
    int serial = between(0, 3) * 1000;
    serial += between(0, 99) * 10;
    serial += female ? 2 * between(0, 4) : 2 * between(0, 4) + 1;
    c.cpr = QStringLiteral("%1%2%3%4")
                .arg(born.day() + 60, 2, 10, QLatin1Char('0'))
                .arg(born.month(), 2, 10, QLatin1Char('0'))
                .arg(born.year() % 100, 2, 10, QLatin1Char('0'))
                .arg(serial, 4, 10, QLatin1Char('0'));
    c.address = QStringLiteral("%1 %2").arg(u8(pick(kStreets))).arg(between(1, 120));
    c.postalCode = site.postalCode;
    c.city = site.city;
    c.phone = QStringLiteral("2%1 %2 %3 %4")
                  .arg(between(0, 9))
                  .arg(between(10, 99))
                  .arg(between(10, 99))
                  .arg(between(10, 99));
    c.siteId = site.site.meta.id;
    c.targetGroup = static_cast<TargetGroup>(between(0, 3));
    c.contactStaffId = pick(site.workers);
    c.virtualContact = chance(70) ? ContactPreference::Video : ContactPreference::Phone;

    // The period of support: a third were already supported when the history starts, a quarter
    // have ended; the rest began somewhere in the period.
    const qint64 days = m_firstDay.daysTo(m_today);
    const QDate from = chance(35)
                           ? m_firstDay
                           : m_firstDay.addDays(between(0, int(std::max<qint64>(0, days - 120))));
    const bool ended = chance(25) && from.daysTo(m_today) > 240;
    const QDate to = ended ? from.addDays(between(180, int(from.daysTo(m_today)) - 30)) : m_today;
    c.status = ended ? CitizenStatus::Closed : CitizenStatus::Active;
    if (auto v = c.validate().toStatus(); !v)
        return v;
    if (Status s =
            add(c, std::max(m_windowStartUtc, at(from.addDays(-7), 9 * 60 + between(0, 400))));
        !s)
        return s;
    m_contactOf.insert(c.meta.id, c.contactStaffId);
    return grantsFor(c, site, from, to, !ended);
}

Status Generator::grantsFor(const Citizen& c, SitePlan& site, QDate from, QDate to, bool open) {
    static constexpr std::array kPurposes = {
        "Støtte til struktur i hverdagen, så borgeren kan fastholde egen bolig",
        "Støtte til at håndtere angst og komme ud blandt andre",
        "Støtte til stabil døgnrytme og medicinhåndtering",
        "Støtte til økonomi, post og kontakt med myndigheder",
        "Støtte til praktiske opgaver i hjemmet: indkøb, madlavning og rengøring",
        "Støtte til at indgå i fællesskaber og vedligeholde netværk",
        "Støtte til at bevare boligen og få styr på gæld"};
    QDate start = from;
    bool first = true;
    while (start <= to) {
        Grant g;
        g.meta.id = id();
        g.citizenId = c.meta.id;
        g.basis = first && chance(20) ? LegalBasis::P82b : LegalBasis::P85;
        QDate end = g.basis == LegalBasis::P82b ? start.addMonths(6).addDays(-1)
                                                : start.addMonths(between(12, 24)).addDays(-1);
        const bool last = end >= to;
        if (last)
            end = to;
        g.from = start;
        g.to = last && open ? QDate() : end;
        if (g.basis == LegalBasis::P82b && !g.to.isValid())
            g.to = end;
        g.purpose = u8(pick(kPurposes));
        g.supportNeed = static_cast<SupportNeed>(between(2, 4));
        g.hoursPerWeek = between(1, 6);
        g.caseworker = u8(pick(kCaseworkers));
        if (start.addMonths(6) <= end)
            g.reviewDate = start.addMonths(6);
        if (auto v = g.validate().toStatus(); !v)
            return v;
        const QDateTime created = std::max(m_windowStartUtc, at(start.addDays(-3), 10 * 60));
        if (Status s = add(g, created); !s)
            return s;

        // Goals and delmål of the grant; ended with the grant.
        const bool grantEnded = g.to.isValid() && g.to < m_today;
        std::vector<QUuid> subGoals;
        const int goals = between(1, 3);
        for (int k = 0; k < goals; ++k) {
            const ConditionText& t =
                kConditionTexts[between(0, int(std::size(kConditionTexts)) - 1)];
            const FfbCondition* cond = findCondition(QLatin1String(t.code));
            if (!cond)
                return Status::failure(
                    QStringLiteral("unknown FFB condition %1").arg(QLatin1String(t.code)));
            Goal goal;
            goal.meta.id = id();
            goal.citizenId = c.meta.id;
            goal.grantId = g.meta.id;
            goal.theme = cond->theme;
            goal.condition = cond->code;
            goal.type = GoalType::Develop;
            if (levelApplies(goal.theme)) {
                goal.currentLevel = chance(50) ? FunctionLevel::Moderate : FunctionLevel::Severe;
                goal.targetLevel = goal.currentLevel == FunctionLevel::Severe
                                       ? FunctionLevel::Moderate
                                       : FunctionLevel::Mild;
            }
            goal.description = u8(t.wishes[size_t(between(0, 1))]);
            goal.start = start;
            goal.reviewDate = g.reviewDate;
            if (grantEnded) {
                goal.status = static_cast<GoalStatus>(between(1, 4));
                goal.endDate = end;
            }
            if (auto v = goal.validate().toStatus(); !v)
                return v;
            if (Status s = add(goal, created); !s)
                return s;
            int made = 0;
            for (const char* criterion : t.criteria) {
                if (!*criterion || made == 3)
                    continue;
                ++made;
                SubGoal sg;
                sg.meta.id = id();
                sg.goalId = goal.meta.id;
                sg.criterion = u8(criterion);
                sg.deadline = start.addMonths(between(3, 9));
                if (grantEnded) {
                    sg.status = static_cast<GoalStatus>(between(1, 4));
                    sg.endDate = end;
                }
                if (auto v = sg.validate().toStatus(); !v)
                    return v;
                if (Status s = add(sg, created); !s)
                    return s;
                subGoals.push_back(sg.meta.id);
                m_goalOf.insert(sg.meta.id, goal.meta.id);
            }
            if (grantEnded) {
                GoalReview r;
                r.meta.id = id();
                r.goalId = goal.meta.id;
                r.reviewDate = end;
                r.status = chance(70) ? ReviewStatus::End : ReviewStatus::EndAndNewEffort;
                r.summary = u8("Indsatsen er afsluttet med bevillingen. ") + u8(pick(kObservation));
                r.authorId = c.contactStaffId;
                if (Status s = add(r, at(end, 14 * 60)); !s)
                    return s;
            }
        }

        // How the grant is delivered: 1:1 (weekly or every other week), and for half of the
        // grants a second form: skærmbesøg, rådgivning or a group (never under § 82 b).
        Allocation primary;
        primary.meta.id = id();
        primary.citizenId = c.meta.id;
        primary.grantId = g.meta.id;
        primary.form = SupportForm::Individual;
        primary.from = start;
        primary.to = g.to;
        primary.cadence = chance(97) ? Cadence::Weekly : Cadence::EveryOtherWeek;
        primary.plannedMinutes = chance(70) ? 60 : 90;
        if (Status s = add(primary, created); !s)
            return s;
        if (Status s = allocationAppointments(c, g, primary, site, subGoals); !s)
            return s;
        if (g.basis != LegalBasis::P82b && chance(90)) {
            Allocation second;
            second.meta.id = id();
            second.citizenId = c.meta.id;
            second.grantId = g.meta.id;
            second.from = start;
            second.to = g.to;
            const int r = between(1, 100);
            if (r <= 55) {
                second.form = SupportForm::Virtual;
                second.cadence = Cadence::Weekly;
                second.plannedMinutes = 30;
            } else if (r <= 75) {
                second.form = SupportForm::Counselling;
                second.cadence = Cadence::OnDemand;
                second.plannedMinutes = 30;
            } else {
                // The group of the site running during the grant, if any.
                second.form = SupportForm::Group;
                second.cadence = Cadence::Weekly;
                second.plannedMinutes = 120;
                GroupPlan* chosen = nullptr;
                for (int gi : site.groups) {
                    GroupPlan& gp = m_groups[size_t(gi)];
                    const QDate f = std::max(start, gp.group.start);
                    const QDate t = std::min(end, gp.group.end);
                    if (f.daysTo(t) >= 28) {
                        chosen = &gp;
                        second.from = f;
                        second.to = g.to.isValid() ? t : gp.group.end;
                        break;
                    }
                }
                if (!chosen) {
                    second.form = SupportForm::Virtual;
                    second.plannedMinutes = 30;
                } else {
                    second.groupId = chosen->group.meta.id;
                    if (Status s = add(second, created); !s)
                        return s;
                    GroupMember m;
                    m.meta.id = id();
                    m.groupId = chosen->group.meta.id;
                    m.citizenId = c.meta.id;
                    m.from = second.from;
                    m.to = second.to;
                    m.allocationId = second.meta.id;
                    if (Status s = add(m, created); !s)
                        return s;
                    QList<QUuid> linked;
                    if (!subGoals.empty())
                        linked << pick(subGoals);
                    chosen->members.push_back({c.meta.id, m.from, m.to, linked});
                    second.meta.id = QUuid(); // written
                }
            }
            if (!second.meta.id.isNull()) {
                if (Status s = add(second, created); !s)
                    return s;
                if (Status s = allocationAppointments(c, g, second, site, subGoals); !s)
                    return s;
            }
        }
        first = false;
        start = end.addDays(1);
    }
    return Status::success();
}

// --- Appointments and what they leave ----------------------------------------------------------

Status Generator::allocationAppointments(const Citizen& c, const Grant& g, const Allocation& a,
                                         SitePlan& site, const std::vector<QUuid>& subGoals) {
    Q_UNUSED(g);
    const QDate last = a.to.isValid() ? std::min(a.to, m_today) : m_today;
    const bool counselling = a.form == SupportForm::Counselling;
    const SitePlan* desk = &site;
    if (counselling && !site.counselling)
        for (const SitePlan& p : m_sites)
            if (p.counselling) {
                desk = &p;
                break;
            }
    const int weekday = counselling ? 2 : between(1, 5);
    const int step = a.cadence == Cadence::Weekly ? 7 : 14;
    const int minute = counselling ? 11 * 60 : between(16, 30) * 30;
    QDate day = a.from.addDays((weekday - a.from.dayOfWeek() + 7) % 7);
    if (day > last)
        return Status::success();

    AppointmentSeries series;
    if (!counselling) {
        series.meta.id = id();
        series.form = a.form;
        series.staffId = c.contactStaffId;
        series.citizenId = c.meta.id;
        series.place = a.form == SupportForm::Individual ? u8("hjemme hos borgeren") : QString();
        series.firstDate = day;
        series.localStart = QTime(minute / 60, minute % 60);
        series.durationMinutes = a.plannedMinutes;
        series.intervalWeeks = step / 7;
        series.until = last;
        if (auto v = series.validate().toStatus(); !v)
            return v;
        if (Status s = add(series, std::max(m_windowStartUtc, at(a.from.addDays(-2), 9 * 60))); !s)
            return s;
    }
    const QDateTime recent = m_nowUtc.addDays(-2);
    for (; day <= last; day = day.addDays(step)) {
        if (counselling && chance(50))
            continue; // rådgivning on demand: about every other opening day
        Appointment ap;
        ap.meta.id = id();
        ap.seriesId = series.meta.id;
        ap.form = a.form;
        ap.staffId = chance(8) ? pick(site.workers) : c.contactStaffId;
        ap.citizenId = c.meta.id;
        ap.durationMinutes = a.plannedMinutes;
        int startMinute = counselling ? minute + 30 * between(0, 5) : minute;
        if (!counselling && chance(3)) {
            ap.originalStartUtc = at(day, startMinute);
            startMinute += 60 * between(-2, 3);
        }
        ap.startUtc = at(day, startMinute);
        if (ap.startUtc > m_nowUtc)
            break;
        if (counselling) {
            ap.siteId = desk->site.meta.id;
            ap.place = desk->site.name;
        } else if (a.form == SupportForm::Individual) {
            ap.place = series.place;
            ap.travelMinutes = between(2, 10) * 5;
            ap.travelKm = between(20, 350) / 10.0;
        } else {
            ap.channel = c.virtualContact;
        }
        if (!subGoals.empty() && chance(70)) {
            ap.subGoalIds << pick(subGoals);
            if (chance(30) && subGoals.size() > 1)
                ap.subGoalIds << pick(subGoals);
            if (ap.subGoalIds.size() == 2 && ap.subGoalIds[0] == ap.subGoalIds[1])
                ap.subGoalIds.removeLast();
        }
        const QDateTime end = ap.endUtc();
        if (end > m_nowUtc || (ap.startUtc > recent && chance(50))) {
            ap.outcome = Outcome::Planned;
        } else {
            const int r = between(1, 100);
            ap.outcome = r <= 80   ? Outcome::Completed
                         : r <= 87 ? Outcome::CancelledByCitizen
                         : r <= 91 ? Outcome::CancelledByStaff
                                   : Outcome::NoShow;
            ap.outcomeBy = ap.staffId;
            if (ap.isCancelled()) {
                ap.outcomeReason =
                    ap.outcome == Outcome::CancelledByStaff
                        ? u8("Medarbejder syg")
                        : u8(chance(50) ? "Sygdom" : "Borgeren havde en anden aftale");
                ap.outcomeAtUtc =
                    std::max(m_windowStartUtc, ap.startUtc.addSecs(-3600 * between(1, 30)));
            } else {
                ap.outcomeAtUtc = capNow(end.addSecs(60 * between(5, 120)));
            }
        }
        const QDateTime created = std::max(m_windowStartUtc, ap.startUtc.addDays(-between(1, 14)));
        if (Status s =
                add(ap, std::min(created, ap.outcomeAtUtc.isValid() ? ap.outcomeAtUtc : created));
            !s)
            return s;

        if (ap.outcome == Outcome::Completed) {
            if (counselling) {
                DeskVisit v;
                v.meta.id = id();
                v.siteId = ap.siteId;
                v.citizenId = c.meta.id;
                v.staffId = ap.staffId;
                v.appointmentId = ap.meta.id;
                v.arrivedUtc =
                    std::max(m_windowStartUtc, ap.startUtc.addSecs(-60 * between(0, 10)));
                v.startedUtc = ap.startUtc;
                v.endedUtc = ap.startUtc.addSecs(60 * between(10, 40));
                v.topics << static_cast<DeskTopic>(between(0, 5));
                if (Status s = add(v, v.arrivedUtc); !s)
                    return s;
            }
            if (chance(counselling ? 60 : 86))
                if (Status s = noteFor(ap, false); !s)
                    return s;
        } else if (ap.outcome == Outcome::NoShow) {
            if (chance(30))
                if (Status s = noteFor(ap, true); !s)
                    return s;
            if (ap.startUtc > m_nowUtc.addDays(-90)) {
                FollowUpTask t;
                t.rule = TaskRule::NoShow;
                t.ruleKey = QStringLiteral("no_show:%1").arg(idText(ap.meta.id));
                t.meta.id = sync::stableId(QStringLiteral("followup"), t.ruleKey);
                t.citizenId = c.meta.id;
                t.subjectId = ap.meta.id;
                t.assigneeId = c.contactStaffId;
                t.dueDate = localDate(ap.startUtc).addDays(1);
                t.reason = u8("Udeblivelse %1").arg(localDate(ap.startUtc).toString(Qt::ISODate));
                if (ap.startUtc < m_nowUtc.addDays(-14)) {
                    t.status = TaskStatus::Done;
                    t.doneBy = c.contactStaffId;
                    t.doneUtc = capNow(ap.startUtc.addDays(between(1, 7)));
                    t.doneNote = u8("Borgeren er kontaktet, og en ny aftale er lavet.");
                }
                if (Status s = add(t, capNow(ap.startUtc.addSecs(6 * 3600))); !s)
                    return s;
            }
        }
    }
    return Status::success();
}

QString Generator::noteText() {
    QString t = u8(pick(kOpening));
    t += QLatin1Char(' ') + u8(pick(kWork));
    if (chance(50))
        t += QLatin1Char(' ') + u8(pick(kWork));
    t += QLatin1Char(' ') + u8(pick(kObservation));
    if (chance(70))
        t += QLatin1Char(' ') + u8(pick(kClosing));
    return t;
}

Status Generator::noteFor(const Appointment& a, bool noShow) {
    JournalNote n;
    n.meta.id = id();
    n.citizenId = a.citizenId;
    n.appointmentId = a.meta.id;
    n.authorId = a.staffId;
    n.form = a.form;
    n.writtenUtc = capNow(a.endUtc().addSecs(60 * between(10, 240)));
    if (chance(80))
        n.signedUtc = capNow(n.writtenUtc.addSecs(60 * between(0, 90)));
    n.text = noShow ? u8(pick(kNoShow)) : noteText();
    if (!noShow)
        n.subGoalIds = a.subGoalIds;
    if (Status s = add(n, n.writtenUtc); !s)
        return s;
    JournalRevision r;
    r.meta.id = id();
    r.noteId = n.meta.id;
    r.number = 1;
    r.authorId = n.authorId;
    r.savedUtc = n.writtenUtc;
    r.text = n.text;
    r.personalText = n.personalText;
    if (Status s = add(r, n.writtenUtc); !s)
        return s;
    if (Status s = m_writer.addSearchRow(n.meta.id, n.writtenUtc, journaltext::fold(n.fullText()));
        !s)
        return s;
    if (!n.subGoalIds.isEmpty() && chance(50)) {
        for (const QUuid& sg : std::as_const(n.subGoalIds)) {
            GoalAssessment g;
            g.meta.id = id();
            g.noteId = n.meta.id;
            g.subGoalId = sg;
            g.goalId = m_goalOf.value(sg);
            g.authorId = n.authorId;
            g.assessedUtc = n.writtenUtc;
            const int p = between(1, 100);
            g.progress = p <= 50   ? Progress::Improved
                         : p <= 85 ? Progress::Unchanged
                                   : Progress::Worsened;
            if (Status s = add(g, n.writtenUtc); !s)
                return s;
        }
    }
    if (n.signedUtc.isValid() && chance(1)) {
        JournalNote add1;
        add1.meta.id = id();
        add1.citizenId = n.citizenId;
        add1.authorId = n.authorId;
        add1.form = n.form;
        add1.kind = NoteKind::Addendum;
        add1.addendumTo = n.meta.id;
        add1.writtenUtc = capNow(n.signedUtc.addDays(between(1, 5)));
        add1.signedUtc = add1.writtenUtc;
        add1.text = u8("Tilføjelse: ") + u8(pick(kWork));
        if (Status s = add(add1, add1.writtenUtc); !s)
            return s;
        JournalRevision r1 = r;
        r1.meta.id = id();
        r1.noteId = add1.meta.id;
        r1.savedUtc = add1.writtenUtc;
        r1.text = add1.text;
        r1.personalText.clear();
        if (Status s = add(r1, add1.writtenUtc); !s)
            return s;
        if (Status s = m_writer.addSearchRow(add1.meta.id, add1.writtenUtc,
                                             journaltext::fold(add1.fullText()));
            !s)
            return s;
    }
    return Status::success();
}

// --- Groups ------------------------------------------------------------------------------------

Status Generator::groupSessions(int groupIndex) {
    const GroupPlan& gp = m_groups[size_t(groupIndex)];
    const SupportGroup& group = gp.group;
    const QString siteName = [&] {
        for (const SitePlan& p : m_sites)
            if (p.site.meta.id == group.siteId)
                return p.site.name;
        return QString();
    }();
    const QDate last = std::min(group.end, m_today);
    for (QDate day = group.start.addDays((gp.weekday - group.start.dayOfWeek() + 7) % 7);
         day <= last; day = day.addDays(7)) {
        Appointment ap;
        ap.meta.id = id();
        ap.form = SupportForm::Group;
        ap.staffId = group.facilitator1;
        ap.groupId = group.meta.id;
        ap.siteId = group.siteId;
        ap.place = siteName;
        ap.startUtc = at(day, gp.startMinute);
        ap.durationMinutes = 120;
        if (ap.endUtc() > m_nowUtc)
            break;
        ap.topic = u8(pick(kGroupTopics));
        ap.learningGoal = u8("Deltagerne kender et nyt redskab til hverdagen");
        ap.outcome = chance(95) ? Outcome::Completed : Outcome::CancelledByStaff;
        ap.outcomeBy = ap.staffId;
        ap.outcomeAtUtc = capNow(ap.endUtc().addSecs(1800));
        if (ap.outcome == Outcome::CancelledByStaff)
            ap.outcomeReason = u8("Medarbejder syg");
        if (Status s = add(ap, std::max(m_windowStartUtc, ap.startUtc.addDays(-30))); !s)
            return s;
        if (ap.outcome != Outcome::Completed)
            continue;
        GroupNote note;
        note.meta.id = id();
        note.appointmentId = ap.meta.id;
        note.authorId = ap.staffId;
        note.writtenUtc = ap.outcomeAtUtc;
        note.text = u8("Emne: %1. ").arg(ap.topic) + u8(pick(kWork));
        note.text += QLatin1Char(' ') + u8(pick(kClosing));
        bool noteWritten = false;
        for (const GroupPlan::Member& m : gp.members) {
            if (day < m.from || (m.to.isValid() && day > m.to))
                continue;
            Attendance at1;
            at1.appointmentId = ap.meta.id;
            at1.citizenId = m.citizenId;
            at1.meta.id = sync::stableId(QStringLiteral("attendance"),
                                         idText(ap.meta.id) + idText(m.citizenId));
            const int r = between(1, 100);
            at1.status = r <= 80   ? AttendanceStatus::Present
                         : r <= 90 ? AttendanceStatus::Absent
                                   : AttendanceStatus::Excused;
            if (at1.status == AttendanceStatus::Excused)
                at1.reason = u8("Sygdom");
            if (Status s = add(at1, ap.outcomeAtUtc); !s)
                return s;
            if (at1.status != AttendanceStatus::Present)
                continue;
            if (!noteWritten) {
                if (Status s = add(note, note.writtenUtc); !s)
                    return s;
                noteWritten = true;
            }
            JournalNote n;
            n.meta.id = id();
            n.citizenId = m.citizenId;
            n.appointmentId = ap.meta.id;
            n.groupNoteId = note.meta.id;
            n.authorId = note.authorId;
            n.form = SupportForm::Group;
            n.kind = NoteKind::Group;
            n.writtenUtc = note.writtenUtc;
            n.text = note.text;
            if (chance(60))
                n.personalText = u8(pick(kPersonal));
            n.subGoalIds = m.subGoalIds;
            if (Status s = add(n, n.writtenUtc); !s)
                return s;
            JournalRevision rev;
            rev.meta.id = id();
            rev.noteId = n.meta.id;
            rev.authorId = n.authorId;
            rev.savedUtc = n.writtenUtc;
            rev.text = n.text;
            rev.personalText = n.personalText;
            if (Status s = add(rev, n.writtenUtc); !s)
                return s;
            if (Status s =
                    m_writer.addSearchRow(n.meta.id, n.writtenUtc, journaltext::fold(n.fullText()));
                !s)
                return s;
        }
    }
    return Status::success();
}

// Anonymous walk-ins at the rådgivning sites: two or three each opening Tuesday.
Status Generator::anonymousDeskVisits() {
    for (const SitePlan& p : m_sites) {
        if (!p.counselling)
            continue;
        for (QDate day = m_firstDay.addDays((2 - m_firstDay.dayOfWeek() + 7) % 7); day <= m_today;
             day = day.addDays(7)) {
            for (int k = between(1, 3); k > 0; --k) {
                DeskVisit v;
                v.meta.id = id();
                v.siteId = p.site.meta.id;
                v.staffId = pick(p.workers);
                v.arrivedUtc = at(day, 11 * 60 + between(0, 150));
                if (v.arrivedUtc > m_nowUtc)
                    break;
                v.startedUtc = capNow(v.arrivedUtc.addSecs(60 * between(0, 15)));
                if (v.startedUtc.addSecs(2400) < m_nowUtc)
                    v.endedUtc = v.startedUtc.addSecs(60 * between(5, 30));
                v.topics << static_cast<DeskTopic>(between(0, 5));
                if (Status s = add(v, v.arrivedUtc); !s)
                    return s;
            }
        }
    }
    return Status::success();
}

} // namespace

ScaleSizes ScaleGenerator::sizes(Scale scale) {
    switch (scale) {
    case Scale::Small:
        return {50, 12, 3, 1};
    case Scale::Medium:
        return {500, 30, 5, 3};
    case Scale::Large:
        return {5000, 300, 8, 8};
    }
    return {50, 12, 3, 1};
}

std::optional<Scale> ScaleGenerator::parseScale(const QString& text) {
    for (Scale s : {Scale::Small, Scale::Medium, Scale::Large})
        if (text.trimmed().compare(scaleName(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

QString ScaleGenerator::scaleName(Scale scale) {
    switch (scale) {
    case Scale::Small:
        return QStringLiteral("small");
    case Scale::Medium:
        return QStringLiteral("medium");
    case Scale::Large:
        return QStringLiteral("large");
    }
    return {};
}

Status ScaleGenerator::generate(Database& db, const ScaleOptions& options) {
    Generator g(db, options);
    Status s = g.run();
    if (s && options.progress)
        options.progress(100, tr("done"));
    return s;
}

} // namespace bs
