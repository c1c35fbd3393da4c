#include "DemoGenerator.h"

#include "sync/SyncService.h"

#include "domain/Cpr.h"
#include "domain/Ffb.h"
#include "services/DemoDesk.h"
#include "services/DemoGroups.h"
#include "services/DemoJournal.h"
#include "services/DemoTexts.h"
#include "services/FollowUpService.h"
#include "services/RotaService.h"
#include "services/Scheduler.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <tuple>
#include <utility>

// The demo municipality is modelled on Norddjurs' status note of 3 December 2025 (seed 000):
// bostøtterådgivning at AUC Grenaa on Tuesdays 11-14 with 9 citizens, about 6 in virtual
// bostøtte, 17 in the two groups at Alunden (some alternating weeks with 1:1, "indkøring"), 11 in
// Torsdagsbostøtten in Allingåbro; the rest receive individual 1:1 support. Ishøj's package bands
// (seed 003) appear on some § 85 grants. Every value is written through the Registry, so the
// generator obeys the same rules as a user; a rejection is a bug here and aborts everything.

namespace bs {

namespace {

QString u8s(const char* text) {
    return QString::fromUtf8(text);
}

// The registry rejected a generated value: the generator has a bug. Caught in generate().
struct Rejected {
    QString message;
};

void need(const Status& status, const QString& what) {
    if (!status)
        throw Rejected{QStringLiteral("%1: %2").arg(what, status.message())};
}

template <typename T> T need(Result<T> result, const QString& what) {
    if (!result)
        throw Rejected{QStringLiteral("%1: %2").arg(what, result.message())};
    return std::move(result).value();
}

// --- Names ------------------------------------------------------------------------------------

// Shown first so the Danish sort order (Aa = Å, after Æ and Ø) is visible in any demo list.
constexpr std::array kShowcaseFemale = {"Aase Østergaard", "Åse Ærø Madsen", "Birgit Ærtebjerg"};
constexpr std::array kShowcaseMale = {"Aage Ågård", "Øjvind Aakjær", "Åge Ærø"};

using namespace demotexts; // names and FFB texts (DemoTexts.h)

// --- Places -----------------------------------------------------------------------------------

enum class Town { Grenaa, Orsted, Auning, Allingabro };

struct TownInfo {
    const char* postalCode;
    const char* city;
    std::span<const char* const> streets;
};

constexpr std::array kGrenaaStreets = {
    "Storegade",   "Lillegade",  "Nørregade",   "Østergade",  "Søndergade",   "Vestergade",
    "Kattegatvej", "Ydervangen", "Rougsøvej",   "Randersvej", "Havnevej",     "Fjordvej",
    "Skovvangen",  "Birkevej",   "Rosenvænget", "Æblehaven",  "Østerbrogade", "Ågade"};
constexpr std::array kOrstedStreets = {"Hovedgaden",  "Skolegade", "Bygaden",   "Kirkevej",
                                       "Stationsvej", "Engvej",    "Tjørnevej", "Ålevej"};
constexpr std::array kAuningStreets = {"Østergade", "Vestergade", "Gammel Skolevej", "Toftevej",
                                       "Ahornvej",  "Markvej",    "Rugvænget",       "Æbletoften"};
constexpr std::array kAllingabroStreets = {"Stationsvej", "Randersvej", "Ågade",  "Nørregade",
                                           "Bavnevej",    "Lindevej",   "Egevej", "Åbrinken"};

TownInfo townInfo(Town t) {
    switch (t) {
    case Town::Grenaa:
        return {"8500", "Grenaa", kGrenaaStreets};
    case Town::Orsted:
        return {"8950", "Ørsted", kOrstedStreets};
    case Town::Auning:
        return {"8963", "Auning", kAuningStreets};
    case Town::Allingabro:
        return {"8961", "Allingåbro", kAllingabroStreets};
    }
    return {"8500", "Grenaa", kGrenaaStreets};
}

const ConditionText& conditionText(const QString& code) {
    for (const auto& c : kConditionTexts)
        if (code == QLatin1String(c.code))
            return c;
    throw Rejected{QStringLiteral("no demo texts for the FFB condition %1").arg(code)};
}

// --- Purposes (indsatsformål) ----------------------------------------------------------------

enum class PurposeKind {
    SocialPsychiatry,
    Disability,
    Physical,
    Other,
    Counselling,
    Virtual,
    Group85,
    Group82a,
    ShortTerm
};

std::span<const char* const> purposes(PurposeKind kind) {
    static constexpr std::array socialPsychiatry = {
        "Støtte til struktur i hverdagen, så borgeren kan fastholde egen bolig",
        "Støtte til at håndtere angst og komme ud blandt andre",
        "Støtte til stabil døgnrytme og medicinhåndtering",
        "Støtte til økonomi, post og kontakt med myndigheder"};
    static constexpr std::array disability = {
        "Støtte til praktiske opgaver i hjemmet: indkøb, madlavning og rengøring",
        "Støtte til at håndtere økonomi og digital post",
        "Støtte til at indgå i fællesskaber og vedligeholde netværk",
        "Støtte til personlig hygiejne og en genkendelig dagsstruktur"};
    static constexpr std::array physical = {
        "Støtte til at planlægge hverdagen og bevare overskud trods nedsat fysisk funktionsevne",
        "Støtte til at indrette hjemmet og bruge hjælpemidler"};
    static constexpr std::array other = {
        "Støtte til at bevare boligen og få styr på gæld",
        "Støtte til at genoptage kontakten til familie og netværk",
        "Støtte til at komme i gang med uddannelse eller beskæftigelse"};
    static constexpr std::array counselling = {
        "Støtte til administration i bostøtterådgivningen på AUC: e-Boks, MitID, netbank og "
        "kontakt med myndigheder",
        "Støtte til struktur og kalender samt post og økonomi i bostøtterådgivningen"};
    static constexpr std::array virtualSupport = {
        "Støtte til struktur og motivation i hverdagen, primært via skærmbesøg",
        "Støtte til døgnrytme og trivsel med korte, hyppige skærmbesøg"};
    static constexpr std::array group85 = {
        "Gruppebostøtte med fokus på administration samt kontakt og samvær",
        "Støtte til fællesskab og administration i gruppe, med indkøring fra 1:1-støtte"};
    static constexpr std::array group82a = {
        "Gruppebaseret hjælp og støtte uden forudgående visitation: fællesskab, praktiske opgaver "
        "og administration"};
    static constexpr std::array shortTerm = {
        "Tidsbegrænset støtte til at komme godt i gang i egen bolig efter udflytning",
        "Afgrænset forløb: få overblik over økonomi og gæld",
        "Kortvarig støtte til at etablere faste rutiner efter indlæggelse"};
    switch (kind) {
    case PurposeKind::SocialPsychiatry:
        return socialPsychiatry;
    case PurposeKind::Disability:
        return disability;
    case PurposeKind::Physical:
        return physical;
    case PurposeKind::Other:
        return other;
    case PurposeKind::Counselling:
        return counselling;
    case PurposeKind::Virtual:
        return virtualSupport;
    case PurposeKind::Group85:
        return group85;
    case PurposeKind::Group82a:
        return group82a;
    case PurposeKind::ShortTerm:
        return shortTerm;
    }
    return other;
}

// --- Profiles: how one citizen is supported, with the count in a municipality of 150 --------

enum class Profile {
    Individual,            // 1:1 only (the rest)
    IndividualVirtual,     // 1:1 every other week + skærmbesøg weekly
    VirtualOnly,           // virtual only, after a period of 1:1
    Counselling,           // rådgivning at AUC, after a period of 1:1
    CounsellingIndividual, // rådgivning + 1:1 every other week
    CounsellingVirtual,    // rådgivning + skærmbesøg
    CounsellingEnded,      // tried rådgivning, stopped coming, back to 1:1
    YoungInduction,        // Yngre 20+ every other week + 1:1 every other week (indkøring)
    Young,                 // Yngre 20+ weekly
    YoungLeft,             // left Yngre 20+, 1:1 continues
    OlderInduction,        // Ældre 35+ indkøring
    OlderPlusIndividual,   // Ældre 35+ weekly + 1:1 weekly
    Older,                 // Ældre 35+ weekly
    OlderLeft,             // left Ældre 35+
    Thursday,              // Torsdagsbostøtten
    ThursdayIndividual,    // Torsdagsbostøtten + 1:1 every other week
    ThursdayClosed,        // was in Torsdagsbostøtten, effort ended
    NetworkUpcoming,       // 1:1 now, joins the new group in socialpsykiatrien
    ShortTerm,             // § 82 b running now
    ShortTermThenLong,     // § 82 b ended, § 85 continues
    Waiting,               // venteliste with a grant starting soon
    WaitingNoGrant,        // venteliste, visitation not decided
    Closed                 // afsluttet
};

struct ProfileCount {
    Profile profile;
    int count;      // in a municipality of 150 citizens
    bool programme; // a seed-given programme: never scaled above the seed's size
};

constexpr ProfileCount kProfiles[] = {
    {Profile::Counselling, 5, true},         {Profile::CounsellingIndividual, 3, true},
    {Profile::CounsellingVirtual, 1, true},  {Profile::CounsellingEnded, 2, true},
    {Profile::IndividualVirtual, 3, true},   {Profile::VirtualOnly, 2, true},
    {Profile::YoungInduction, 4, true},      {Profile::Young, 5, true},
    {Profile::YoungLeft, 1, true},           {Profile::OlderInduction, 2, true},
    {Profile::OlderPlusIndividual, 1, true}, {Profile::Older, 5, true},
    {Profile::OlderLeft, 1, true},           {Profile::Thursday, 8, true},
    {Profile::ThursdayIndividual, 3, true},  {Profile::ThursdayClosed, 1, true},
    {Profile::NetworkUpcoming, 3, true},     {Profile::ShortTerm, 8, false},
    {Profile::ShortTermThenLong, 3, false},  {Profile::Waiting, 7, false},
    {Profile::WaitingNoGrant, 4, false},     {Profile::Closed, 15, false},
};
constexpr int kReferenceCitizens = 150;

enum TeamIndex { SocialPsychiatryTeam = 0, GrenaaTeam = 1, WestTeam = 2 };
enum SiteIndex { AucSite = 0, AlundenSite = 1, AllingabroSite = 2, OrstedSite = 3, AuningSite = 4 };
enum GroupIndex { YoungGroup = 0, OlderGroup = 1, ThursdayGroup = 2, NetworkGroup = 3 };

QDate nextWeekday(QDate d, int weekday) {
    return d.addDays((weekday - d.dayOfWeek() + 7) % 7);
}
// The last day a § 82 b grant from `from` may run, as Grant::validate computes it.
QDate p82bEnd(QDate from, int months) {
    return from.addMonths(months).addDays(-1);
}

QString transliterate(QString s) {
    s = s.toLower();
    s.replace(QChar(u'æ'), QStringLiteral("ae"));
    s.replace(QChar(u'ø'), QStringLiteral("oe"));
    s.replace(QChar(u'å'), QStringLiteral("aa"));
    s.replace(QLatin1Char(' '), QLatin1Char('.'));
    return s;
}

// A person's working week in blocks of 2.5 hours (08:15, 10:45, 13:15, 15:45) on Monday to
// Friday, in even and odd weeks: the demo books each series into a free block of its staff
// member and its citizen, so the calendar has no double bookings and room for travel.
struct WeekGrid {
    static constexpr int kBlocks = 4;
    static constexpr int kBlockMinutes = 150;
    static constexpr std::array<int, kBlocks> kBlockStart = {8 * 60 + 15, 10 * 60 + 45,
                                                             13 * 60 + 15, 15 * 60 + 45};
    std::array<bool, 7 * kBlocks * 2> busy{};

    static std::size_t index(int weekday, int block, int parity) {
        return static_cast<std::size_t>(((weekday - 1) * kBlocks + block) * 2 + parity);
    }
    bool at(int weekday, int block, int parity) const {
        return busy[index(weekday, block, parity)];
    }
    bool& set(int weekday, int block, int parity) { return busy[index(weekday, block, parity)]; }
};

// --- The builder ------------------------------------------------------------------------------

class Builder {
public:
    Builder(Registry& registry, const DemoOptions& options, QDate today)
        : m_reg(registry), m_opt(options), m_today(today), m_rng(options.seed) {}

    void run() {
        checkConditionTexts();
        createOrganisation();
        createGroups();
        createCitizens();
        // Last, so the register above is the same with or without the calendar.
        if (m_opt.appointments) {
            createAppointments();
            createRota();
            need(addDemoGroupActivity(m_reg, m_today, m_opt.seed + 1),
                 QStringLiteral("group attendance and notes"));
            need(addDemoDeskActivity(m_reg, m_today, m_opt.seed + 2),
                 QStringLiteral("counselling desk visits"));
            need(addDemoJournal(m_reg, m_today, m_opt.seed + 3), QStringLiteral("journal notes"));
            // The follow-up queue as the rules raise it on the demo's today.
            if (m_reg.clock().today() == m_today) {
                const auto raised = FollowUpService(m_reg).run();
                need(raised ? Status::success() : Status(raised.error()),
                     QStringLiteral("follow-up tasks"));
            }
        }
    }

private:
    struct Person {
        Citizen citizen;
        QList<Grant> grants; // in time order
        Profile profile = Profile::Individual;
    };

    // Randomness: one generator, consumed in a fixed order, so a seed gives the same data.
    int between(int lo, int hi) {
        return lo + static_cast<int>(m_rng.bounded(static_cast<quint32>(hi - lo + 1)));
    }
    bool chance(int percent) { return between(1, 100) <= percent; }
    template <typename C> const auto& pick(const C& items) {
        return items[static_cast<std::size_t>(between(0, static_cast<int>(items.size()) - 1))];
    }
    QDate daysAgo(int lo, int hi) { return m_today.addDays(-between(lo, hi)); }

    // Every tilstand named in the demo texts exists in the FFB catalogue under its theme.
    static void checkConditionTexts() {
        for (const auto& t : kConditionTexts) {
            const QString code = QLatin1String(t.code);
            const FfbCondition* c = findCondition(code);
            if (!c)
                throw Rejected{QStringLiteral("unknown FFB condition %1").arg(code)};
            bool found = false;
            for (const auto& inTheme : ffbConditions(c->theme))
                found = found || inTheme.code == code;
            if (!found)
                throw Rejected{QStringLiteral("FFB condition %1 not under its theme").arg(code)};
        }
    }

    // --- Organisation -------------------------------------------------------------------------

    void createOrganisation() {
        // Reuse teams and sites that already exist under the same name.
        const QList<Team> existingTeams = need(m_reg.teams(), QStringLiteral("teams"));
        const std::array teamNames = {u8s("Socialpsykiatrien"), u8s("Område Grenaa"),
                                      u8s("Område Ørsted/Auning/Allingåbro")};
        for (const QString& name : teamNames) {
            Team team;
            bool found = false;
            for (const auto& t : existingTeams)
                if (!found && t.name == name) {
                    team = t;
                    found = true;
                }
            if (!found) {
                team.name = name;
                need(m_reg.saveTeam(team), QStringLiteral("team %1").arg(name));
            }
            m_teams.append(team);
        }

        const QList<Site> existingSites = need(m_reg.sites(), QStringLiteral("sites"));
        struct SiteSpec {
            const char* name;
            const char* address;
            QList<OpeningPeriod> hours;
        };
        const QTime t0800(8, 0), t0900(9, 0), t1000(10, 0), t1100(11, 0), t1300(13, 0),
            t1400(14, 0), t1500(15, 0), t1530(15, 30);
        const SiteSpec specs[] = {
            {"AUC Grenaa", "Ydervangen 2, 8500 Grenaa", {{2, t1100, t1400}}},
            {"Alunden",
             "Alunden 4, 8500 Grenaa",
             {{1, t0800, t1530},
              {2, t0800, t1530},
              {3, t0800, t1530},
              {4, t0800, t1530},
              {5, t0800, t1300}}},
            {"Allingåbro", "Stationsvej 12, 8961 Allingåbro", {{4, t1000, t1400}}},
            {"Ørsted", "Hovedgaden 31, 8950 Ørsted", {{1, t0900, t1400}, {3, t0900, t1400}}},
            {"Auning", "Østergade 18, 8963 Auning", {{2, t0900, t1500}, {5, t0900, t1300}}},
        };
        for (const auto& spec : specs) {
            const QString name = u8s(spec.name);
            Site site;
            bool found = false;
            for (const auto& s : existingSites)
                if (!found && s.name == name) {
                    site = s;
                    found = true;
                }
            if (!found) {
                site.name = name;
                site.address = u8s(spec.address);
                site.openingHours = spec.hours;
                // The walk-in café caps each visit (seed 001); Ørsted books times instead.
                if (&spec == &specs[AucSite])
                    site.visitAllowanceMinutes = 20;
                if (&spec == &specs[OrstedSite])
                    site.slotMinutes = 30;
                need(m_reg.saveSite(site), QStringLiteral("site %1").arg(name));
            }
            m_sites.append(site);
        }

        createStaff();
    }

    void createStaff() {
        const QList<Staff> existing = need(m_reg.staff(), QStringLiteral("staff"));
        QSet<QString> usedInitials;
        QSet<QString> usedNames;
        for (const auto& s : existing) {
            usedInitials.insert(s.initials.toUpper());
            usedNames.insert(s.name);
        }
        m_workersByTeam.resize(m_teams.size());
        for (int i = 0; i < m_opt.staff; ++i) {
            Staff s;
            QString first, last;
            do {
                first = u8s(chance(60) ? pick(kFemaleFirst) : pick(kMaleFirst));
                last = u8s(pick(kLast));
                s.name = chance(20)
                             ? QStringLiteral("%1 %2 %3").arg(first, u8s(pick(kMiddle)), last)
                             : QStringLiteral("%1 %2").arg(first, last);
            } while (usedNames.contains(s.name));
            usedNames.insert(s.name);
            s.initials = initialsFor(first, last, usedInitials);
            usedInitials.insert(s.initials);
            if (i == 0) {
                s.role = StaffRole::Leader;
                s.teamId = m_teams[SocialPsychiatryTeam].meta.id;
            } else if (i == 1) {
                s.role = StaffRole::Leader;
                s.teamId = m_teams[GrenaaTeam].meta.id;
            } else if (i == 2) {
                s.role = StaffRole::Administrator;
                s.teamId = m_teams[GrenaaTeam].meta.id;
            } else {
                s.role = StaffRole::Worker;
                // West first: the leaders sit in the two other teams.
                const int team = (i - 3 + WestTeam) % 3;
                s.teamId = m_teams[team].meta.id;
            }
            need(m_reg.saveStaff(s), QStringLiteral("staff %1").arg(s.name));
            m_staff.append(s);
            if (s.role == StaffRole::Worker)
                for (int t = 0; t < m_teams.size(); ++t)
                    if (m_teams[t].meta.id == s.teamId)
                        m_workersByTeam[t].append(s);
        }
    }

    static QString initialsFor(const QString& first, const QString& last,
                               const QSet<QString>& used) {
        const QStringList candidates = {
            (first.left(2) + last.left(2)).toUpper(), (first.left(1) + last.left(3)).toUpper(),
            (first.left(3) + last.left(1)).toUpper(), (first.left(2) + last.left(3)).toUpper()};
        for (const QString& c : candidates)
            if (!used.contains(c))
                return c;
        for (int n = 2;; ++n) {
            const QString c = candidates.first() + QString::number(n);
            if (!used.contains(c))
                return c;
        }
    }

    // Distinct workers of a team, topped up from the rest of the staff when the team is small.
    QList<Staff> staffFrom(int team, int count) {
        QList<Staff> pool = m_workersByTeam[team];
        QList<Staff> out;
        while (!pool.isEmpty() && out.size() < count)
            out.append(pool.takeAt(between(0, static_cast<int>(pool.size()) - 1)));
        for (const auto& s : m_staff)
            if (out.size() < count && std::none_of(out.begin(), out.end(), [&](const Staff& o) {
                    return o.meta.id == s.meta.id;
                }))
                out.append(s);
        return out;
    }

    void createGroups() {
        struct GroupSpec {
            SiteIndex site;
            const char* name;
            const char* theme;
            TeamIndex team;
            int facilitators;
            int capacity;
            QDate start;
            QDate end;
        };
        const QDate networkStart = nextWeekday(m_today.addMonths(2), 4);
        const GroupSpec specs[] = {
            {AlundenSite,
             "Yngre 20+",
             "Administration samt kontakt og samvær",
             GrenaaTeam,
             2,
             10,
             nextWeekday(m_today.addMonths(-10), 1),
             {}},
            {AlundenSite,
             "Ældre 35+",
             "Administration samt kontakt og samvær",
             GrenaaTeam,
             1,
             10,
             nextWeekday(m_today.addMonths(-10), 3),
             {}},
            {AllingabroSite,
             "Torsdagsbostøtten",
             "Fællesskab, praktiske opgaver og administration",
             WestTeam,
             2,
             12,
             nextWeekday(m_today.addYears(-4), 4),
             {}},
            {AucSite, "Netværksgruppen", "Netværk og psykoedukation (20 uger)",
             SocialPsychiatryTeam, 2, 8, networkStart, networkStart.addDays(20 * 7 - 1)},
        };
        for (const auto& spec : specs) {
            SupportGroup g;
            g.siteId = m_sites[spec.site].meta.id;
            g.name = u8s(spec.name);
            g.theme = u8s(spec.theme);
            const QList<Staff> f = staffFrom(spec.team, spec.facilitators);
            g.facilitator1 = f.value(0).meta.id;
            if (f.size() > 1)
                g.facilitator2 = f[1].meta.id;
            g.capacity = spec.capacity;
            g.start = spec.start;
            g.end = spec.end;
            need(m_reg.saveGroup(g), QStringLiteral("group %1").arg(g.name));
            m_groups.append(g);
        }
    }

    // --- Citizens -----------------------------------------------------------------------------

    QList<Profile> plannedProfiles() const {
        QList<Profile> out;
        const int n = m_opt.citizens;
        for (const auto& p : kProfiles) {
            const int scaleTo = p.programme ? std::min(n, kReferenceCitizens) : n;
            const int count = (p.count * scaleTo + kReferenceCitizens / 2) / kReferenceCitizens;
            for (int i = 0; i < count; ++i)
                out.append(p.profile);
        }
        while (out.size() > n)
            out.removeLast();
        while (out.size() < n)
            out.append(Profile::Individual);
        return out;
    }

    void createCitizens() {
        for (Profile p : plannedProfiles())
            createCitizen(p);
    }

    QString uniqueName(bool female) {
        auto& showcase = female ? m_showcaseFemale : m_showcaseMale;
        const auto& showcaseList = female ? std::span<const char* const>(kShowcaseFemale)
                                          : std::span<const char* const>(kShowcaseMale);
        while (showcase < static_cast<int>(showcaseList.size())) {
            const QString name = u8s(showcaseList[static_cast<std::size_t>(showcase++)]);
            if (!m_citizenNames.contains(name)) {
                m_citizenNames.insert(name);
                return name;
            }
        }
        for (int attempt = 0; attempt < 1000; ++attempt) {
            const QString first = u8s(female ? pick(kFemaleFirst) : pick(kMaleFirst));
            const QString last = u8s(pick(kLast));
            const QString name =
                chance(25) ? QStringLiteral("%1 %2 %3").arg(first, u8s(pick(kMiddle)), last)
                           : QStringLiteral("%1 %2").arg(first, last);
            if (!m_citizenNames.contains(name)) {
                m_citizenNames.insert(name);
                return name;
            }
        }
        throw Rejected{QStringLiteral("ran out of unique citizen names")};
    }

    // A replacement number (day + 60) with the 7th digit matching the century of `birth`.
    QString replacementCpr(QDate birth, bool male) {
        const int yy = birth.year() % 100;
        for (int attempt = 0; attempt < 1000; ++attempt) {
            int seventh = 0;
            if (birth.year() >= 2000)
                seventh = between(4, 9); // 4 and 9 up to YY 36, 5-8 up to YY 57
            else if (yy >= 37 && chance(15))
                seventh = chance(50) ? 4 : 9;
            else
                seventh = between(0, 3);
            const int serial = between(0, 99);
            const int last = between(0, 4) * 2 + (male ? 1 : 0);
            const QString digits = QStringLiteral("%1%2%3%4%5%6")
                                       .arg(birth.day() + 60, 2, 10, QLatin1Char('0'))
                                       .arg(birth.month(), 2, 10, QLatin1Char('0'))
                                       .arg(yy, 2, 10, QLatin1Char('0'))
                                       .arg(seventh)
                                       .arg(serial, 2, 10, QLatin1Char('0'))
                                       .arg(last);
            if (m_cprs.contains(digits))
                continue;
            const auto parsed = Cpr::parse(digits);
            if (!parsed || !parsed->isReplacement() || parsed->birthDate() != birth ||
                parsed->isMale() != male)
                throw Rejected{QStringLiteral("generated CPR %1 for %2 does not parse back: %3")
                                   .arg(digits, birth.toString(Qt::ISODate), parsed.message())};
            m_cprs.insert(digits);
            return digits;
        }
        throw Rejected{QStringLiteral("ran out of unique CPR numbers")};
    }

    QString phoneNumber() {
        static constexpr std::array prefixes = {20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
                                                40, 41, 42, 50, 51, 52, 53, 60, 61, 71, 81, 86};
        return QStringLiteral("%1 %2 %3 %4")
            .arg(pick(prefixes))
            .arg(between(10, 99))
            .arg(between(10, 99), 2, 10, QLatin1Char('0'))
            .arg(between(0, 99), 2, 10, QLatin1Char('0'));
    }

    struct Traits {
        TargetGroup target = TargetGroup::SocialPsychiatry;
        Town town = Town::Grenaa;
        int minAge = 19;
        int maxAge = 75;
        int site = AucSite;
        int team = SocialPsychiatryTeam;
        CitizenStatus status = CitizenStatus::Active;
    };

    TargetGroup generalTarget() {
        const int r = between(1, 100);
        if (r <= 45)
            return TargetGroup::SocialPsychiatry;
        if (r <= 85)
            return TargetGroup::IntellectualDisability;
        if (r <= 93)
            return TargetGroup::PhysicalDisability;
        return TargetGroup::Other;
    }

    Town generalTown() {
        const int r = between(1, 100);
        if (r <= 50)
            return Town::Grenaa;
        if (r <= 65)
            return Town::Orsted;
        if (r <= 85)
            return Town::Auning;
        return Town::Allingabro;
    }

    static int localSite(Town town, TargetGroup target) {
        switch (town) {
        case Town::Grenaa:
            return target == TargetGroup::SocialPsychiatry ? AucSite : AlundenSite;
        case Town::Orsted:
            return OrstedSite;
        case Town::Auning:
            return AuningSite;
        case Town::Allingabro:
            return AllingabroSite;
        }
        return AucSite;
    }

    Traits traitsFor(Profile p) {
        Traits t;
        switch (p) {
        case Profile::Counselling:
        case Profile::CounsellingIndividual:
        case Profile::CounsellingVirtual:
        case Profile::CounsellingEnded:
        case Profile::NetworkUpcoming:
            // Rådgivning is for socialpsykiatrien in Grenaa (seed 000).
            t.target = TargetGroup::SocialPsychiatry;
            t.town = Town::Grenaa;
            t.site = AucSite;
            t.team = SocialPsychiatryTeam;
            t.minAge = 22;
            t.maxAge = 66;
            return t;
        case Profile::IndividualVirtual:
        case Profile::VirtualOnly:
            // Virtual bostøtte started as a trial in socialpsykiatrien.
            t.target = TargetGroup::SocialPsychiatry;
            t.town = generalTown();
            t.site = localSite(t.town, t.target);
            t.team = SocialPsychiatryTeam;
            t.minAge = 20;
            t.maxAge = 60;
            return t;
        case Profile::YoungInduction:
        case Profile::Young:
        case Profile::YoungLeft:
        case Profile::OlderInduction:
        case Profile::OlderPlusIndividual:
        case Profile::Older:
        case Profile::OlderLeft: {
            const int r = between(1, 100);
            t.target = r <= 60   ? TargetGroup::IntellectualDisability
                       : r <= 90 ? TargetGroup::SocialPsychiatry
                                 : TargetGroup::Other;
            t.town = Town::Grenaa;
            t.site = AlundenSite;
            t.team = GrenaaTeam;
            const bool young =
                p == Profile::YoungInduction || p == Profile::Young || p == Profile::YoungLeft;
            t.minAge = young ? 20 : 35;
            t.maxAge = young ? 34 : 67;
            return t;
        }
        case Profile::Thursday:
        case Profile::ThursdayIndividual:
        case Profile::ThursdayClosed: {
            const int r = between(1, 100);
            t.target = r <= 65   ? TargetGroup::IntellectualDisability
                       : r <= 80 ? TargetGroup::PhysicalDisability
                       : r <= 90 ? TargetGroup::SocialPsychiatry
                                 : TargetGroup::Other;
            const int w = between(1, 100);
            t.town = w <= 75 ? Town::Allingabro : w <= 90 ? Town::Auning : Town::Orsted;
            t.site = AllingabroSite;
            t.team = WestTeam;
            t.minAge = 25;
            t.maxAge = 72;
            return t;
        }
        case Profile::Waiting:
        case Profile::WaitingNoGrant:
            t.status = CitizenStatus::WaitingList;
            break;
        case Profile::Closed:
            t.status = CitizenStatus::Closed;
            break;
        default:
            break;
        }
        t.target = generalTarget();
        t.town = generalTown();
        t.site = localSite(t.town, t.target);
        t.team = t.target == TargetGroup::SocialPsychiatry ? SocialPsychiatryTeam
                 : t.town == Town::Grenaa                  ? GrenaaTeam
                                                           : WestTeam;
        return t;
    }

    Citizen makeCitizen(Profile p) {
        const Traits t = traitsFor(p);
        Citizen c;
        const bool female = chance(50);
        c.name = uniqueName(female);
        const int age = between(t.minAge, t.maxAge);
        const QDate birth = m_today.addYears(-age).addDays(-between(0, 300));
        c.cpr = replacementCpr(birth, !female);
        const TownInfo town = townInfo(t.town);
        QString address = QStringLiteral("%1 %2").arg(u8s(pick(town.streets))).arg(between(1, 84));
        if (t.town == Town::Grenaa && chance(40)) {
            static constexpr std::array sides = {"st. tv.", "st. th.", "1. tv.", "1. th.",
                                                 "2. tv.",  "2. th.",  "3. mf."};
            address += QStringLiteral(", ") + u8s(pick(sides));
        }
        c.address = address;
        c.postalCode = u8s(town.postalCode);
        c.city = u8s(town.city);
        c.phone = phoneNumber();
        if (chance(40)) {
            const QString local = transliterate(c.name);
            c.email = QStringLiteral("%1%2@example.com")
                          .arg(local, chance(50) ? QString::number(between(1, 99)) : QString());
        }
        c.siteId = m_sites[t.site].meta.id;
        c.targetGroup = t.target;
        c.status = t.status;
        c.contactStaffId = staffFrom(t.team, 1).value(0).meta.id;
        c.virtualContact = chance(75) ? ContactPreference::Video : ContactPreference::Phone;
        if (p == Profile::VirtualOnly && m_phoneVirtualLeft > 0) {
            --m_phoneVirtualLeft; // some citizens prefer a plain phone call (seed 000)
            c.virtualContact = ContactPreference::Phone;
        }
        need(m_reg.saveCitizen(c), QStringLiteral("citizen %1").arg(c.name));
        return c;
    }

    PurposeKind generalPurpose(TargetGroup target) {
        switch (target) {
        case TargetGroup::SocialPsychiatry:
            return PurposeKind::SocialPsychiatry;
        case TargetGroup::IntellectualDisability:
            return PurposeKind::Disability;
        case TargetGroup::PhysicalDisability:
            return PurposeKind::Physical;
        case TargetGroup::Other:
            return PurposeKind::Other;
        }
        return PurposeKind::Other;
    }

    SupportNeed supportNeed(int lightPercent) {
        const int r = between(1, 100);
        if (r <= lightPercent)
            return SupportNeed::Mild;
        if (r <= lightPercent + (100 - lightPercent) * 2 / 3)
            return SupportNeed::Moderate;
        return SupportNeed::High;
    }

    // A grant's review date: the first yearly (or for § 82 b midway) review that is not long
    // past; a few lie some weeks back, so overdue reviews show.
    QDate reviewFor(const Grant& g) {
        QDate r;
        if (g.basis == LegalBasis::P82b) {
            r = g.from.addMonths(3);
        } else {
            r = g.from.addMonths(12);
            const QDate notBefore = m_today.addDays(-between(0, 45));
            while (r < notBefore && (g.to.isNull() || r < g.to))
                r = r.addMonths(12);
        }
        if (g.to.isValid() && r > g.to)
            r = g.to;
        return r;
    }

    Grant& addGrant(Person& person, LegalBasis basis, QDate from, QDate to, PurposeKind kind,
                    double hours, bool package = false) {
        Grant g;
        g.citizenId = person.citizen.meta.id;
        g.basis = basis;
        g.from = from;
        g.to = to;
        g.purpose = u8s(pick(purposes(kind)));
        g.supportNeed =
            supportNeed(kind == PurposeKind::Counselling || kind == PurposeKind::Virtual ||
                                kind == PurposeKind::ShortTerm
                            ? 50
                            : 25);
        if (package) {
            // Ishøj-style support packages that flex within an interval (seed 003).
            static constexpr std::array<std::tuple<const char*, double, double>, 3> bands = {
                {{"Pakke A (let)", 1, 3},
                 {"Pakke B (moderat)", 3, 6},
                 {"Pakke C (omfattende)", 6, 12}}};
            const auto& [name, lo, hi] = pick(bands);
            g.usesPackage = true;
            g.packageName = u8s(name);
            g.packageMinHours = lo;
            g.packageMaxHours = hi;
        } else {
            g.hoursPerWeek = hours;
        }
        g.caseworker = u8s(pick(kCaseworkers));
        g.reviewDate = reviewFor(g);
        need(m_reg.saveGrant(g),
             QStringLiteral("grant for %1 (%2 from %3)")
                 .arg(person.citizen.name, label(basis), from.toString(Qt::ISODate)));
        person.grants.append(g);
        return person.grants.last();
    }

    Allocation addAllocation(const Person& person, const Grant& grant, SupportForm form, QDate from,
                             QDate to, Cadence cadence, int minutes, int group = -1) {
        Allocation a;
        a.citizenId = person.citizen.meta.id;
        a.grantId = grant.meta.id;
        a.form = form;
        a.from = from;
        a.to = to;
        a.cadence = cadence;
        a.plannedMinutes = minutes;
        if (group >= 0)
            a.groupId = m_groups[group].meta.id;
        need(m_reg.saveAllocation(a),
             QStringLiteral("%1 allocation for %2 from %3")
                 .arg(label(form), person.citizen.name, from.toString(Qt::ISODate)));
        m_allocations.append({person.citizen, a});
        return a; // a group allocation brings its group membership with it
    }

    int individualMinutes() {
        static constexpr std::array minutes = {45, 60, 60, 75, 90, 90, 120};
        return pick(minutes);
    }
    double individualHours() { return between(3, 8) / 2.0; } // 1.5 to 4 hours a week

    // The date between `from` and `to` (inclusive), uniformly.
    QDate dateBetween(QDate from, QDate to) {
        return from.addDays(between(0, static_cast<int>(std::max<qint64>(0, from.daysTo(to)))));
    }

    void createCitizen(Profile p) {
        Person person;
        person.profile = p;
        person.citizen = makeCitizen(p);
        const TargetGroup target = person.citizen.targetGroup;
        const QDate counsellingOpened = nextWeekday(m_today.addMonths(-7).addDays(7), 2);
        const QDate openEnded;

        switch (p) {
        case Profile::Individual: {
            QDate from;
            if (chance(20)) {
                // Started with a time-limited § 82 b, continued under § 85.
                const QDate prevFrom = daysAgo(200, 720);
                const QDate prevTo = p82bEnd(prevFrom, 6);
                Grant& prev =
                    addGrant(person, LegalBasis::P82b, prevFrom, prevTo, PurposeKind::ShortTerm, 2);
                addAllocation(person, prev, SupportForm::Individual, prevFrom, prevTo,
                              Cadence::Weekly, 90);
                from = prevTo.addDays(1);
            } else {
                from = daysAgo(20, 720);
            }
            const QDate to = chance(75) ? openEnded : from.addYears(between(2, 3)).addDays(-1);
            const bool package = chance(25);
            Grant& g = addGrant(person, LegalBasis::P85, from, to, generalPurpose(target),
                                individualHours(), package);
            const Grant grant = g;
            if (from.daysTo(m_today) > 180 && chance(15)) {
                // The need fell over time: weekly, then every other week.
                const QDate change = dateBetween(from.addDays(90), m_today.addDays(-30));
                addAllocation(person, grant, SupportForm::Individual, from, change, Cadence::Weekly,
                              90);
                addAllocation(person, grant, SupportForm::Individual, change.addDays(1), to,
                              Cadence::EveryOtherWeek, 60);
            } else {
                addAllocation(person, grant, SupportForm::Individual, from, to,
                              chance(70) ? Cadence::Weekly : Cadence::EveryOtherWeek,
                              individualMinutes());
                if (m_virtualTrialsLeft > 0 && from.daysTo(m_today) > 150 &&
                    target == TargetGroup::SocialPsychiatry) {
                    // A virtual trial that ended: the citizen preferred visits (seed 000).
                    --m_virtualTrialsLeft;
                    const QDate vFrom = dateBetween(from, m_today.addDays(-120));
                    addAllocation(person, grant, SupportForm::Virtual, vFrom,
                                  vFrom.addDays(between(28, 70)), Cadence::Weekly, 30);
                }
            }
            break;
        }
        case Profile::IndividualVirtual: {
            const QDate from = daysAgo(120, 700);
            const Grant g =
                addGrant(person, LegalBasis::P85, from, openEnded, PurposeKind::Virtual, 2);
            addAllocation(person, g, SupportForm::Individual, from, openEnded,
                          Cadence::EveryOtherWeek, 90);
            addAllocation(person, g, SupportForm::Virtual,
                          dateBetween(from.addDays(14), m_today.addDays(-7)), openEnded,
                          Cadence::Weekly, 30);
            break;
        }
        case Profile::VirtualOnly: {
            const QDate from = daysAgo(90, 500);
            const Grant g =
                addGrant(person, LegalBasis::P85, from, openEnded, PurposeKind::Virtual, 1);
            const QDate vFrom = dateBetween(from.addDays(30), m_today.addDays(-14));
            addAllocation(person, g, SupportForm::Individual, from, vFrom.addDays(-1),
                          Cadence::Weekly, 60);
            addAllocation(person, g, SupportForm::Virtual, vFrom, openEnded, Cadence::Weekly, 45);
            break;
        }
        case Profile::Counselling:
        case Profile::CounsellingIndividual:
        case Profile::CounsellingVirtual:
        case Profile::CounsellingEnded: {
            const QDate from = daysAgo(60, 700);
            const Grant g = addGrant(person, LegalBasis::P85, from, openEnded,
                                     PurposeKind::Counselling, p == Profile::Counselling ? 1 : 2);
            const QDate cFrom = std::max(from, counsellingOpened.addDays(between(0, 120)));
            if (p == Profile::CounsellingEnded) {
                addAllocation(person, g, SupportForm::Individual, from, openEnded, Cadence::Weekly,
                              60);
                // Stopped coming: the worker followed up and 1:1 continued.
                const QDate cTo =
                    std::min(cFrom.addDays(between(28, 70)), m_today.addDays(-between(14, 30)));
                addAllocation(person, g, SupportForm::Counselling, cFrom, std::max(cFrom, cTo),
                              Cadence::OnDemand, 45);
                break;
            }
            if (p == Profile::CounsellingIndividual)
                addAllocation(person, g, SupportForm::Individual, from, openEnded,
                              Cadence::EveryOtherWeek, 60);
            else if (from.daysTo(cFrom) > 14)
                addAllocation(person, g, SupportForm::Individual, from, cFrom.addDays(-1),
                              Cadence::Weekly, 60);
            // On demand within opening hours, with a cap of 45 minutes per visit.
            addAllocation(person, g, SupportForm::Counselling, cFrom, openEnded, Cadence::OnDemand,
                          45);
            if (p == Profile::CounsellingVirtual)
                addAllocation(person, g, SupportForm::Virtual, cFrom, openEnded,
                              Cadence::EveryOtherWeek, 30);
            break;
        }
        case Profile::YoungInduction:
        case Profile::Young:
        case Profile::YoungLeft:
        case Profile::OlderInduction:
        case Profile::OlderPlusIndividual:
        case Profile::Older:
        case Profile::OlderLeft: {
            const bool young =
                p == Profile::YoungInduction || p == Profile::Young || p == Profile::YoungLeft;
            const int group = young ? YoungGroup : OlderGroup;
            const QDate groupStart = m_groups[group].start;
            const bool left = p == Profile::YoungLeft || p == Profile::OlderLeft;
            // Both groups at Alunden are § 85 (seed 000).
            const QDate gFrom = groupStart.addDays(7 * between(0, left ? 4 : 20));
            const QDate from = std::min(gFrom, daysAgo(60, 700));
            const Grant g =
                addGrant(person, LegalBasis::P85, from, openEnded, PurposeKind::Group85, 3);
            if (from.daysTo(gFrom) > 14 && !left)
                addAllocation(person, g, SupportForm::Individual, from, gFrom.addDays(-1),
                              Cadence::Weekly, 90);
            if (left) {
                // Left the group (knew others in it), 1:1 continues.
                const QDate gTo = std::max(gFrom.addDays(27), daysAgo(30, 75));
                addAllocation(person, g, SupportForm::Individual, from, openEnded,
                              Cadence::EveryOtherWeek, 60);
                addAllocation(person, g, SupportForm::Group, gFrom, gTo, Cadence::EveryOtherWeek,
                              120, group);
            } else if (p == Profile::YoungInduction || p == Profile::OlderInduction) {
                // Indkøring: group and 1:1 in alternate weeks.
                addAllocation(person, g, SupportForm::Group, gFrom, openEnded,
                              Cadence::EveryOtherWeek, 120, group);
                addAllocation(person, g, SupportForm::Individual, gFrom, openEnded,
                              Cadence::EveryOtherWeek, 60);
            } else {
                addAllocation(person, g, SupportForm::Group, gFrom, openEnded, Cadence::Weekly, 120,
                              group);
                if (p == Profile::OlderPlusIndividual)
                    addAllocation(person, g, SupportForm::Individual, gFrom, openEnded,
                                  Cadence::Weekly, 60);
            }
            break;
        }
        case Profile::Thursday:
        case Profile::ThursdayIndividual: {
            const QDate gFrom =
                std::max(m_groups[ThursdayGroup].start, nextWeekday(daysAgo(30, 600), 4));
            if (p == Profile::Thursday && m_groupOnlyLeft > 0) {
                // § 82 a: group-based help without formal visitation.
                --m_groupOnlyLeft;
                const Grant g = addGrant(person, LegalBasis::P82a, gFrom, openEnded,
                                         PurposeKind::Group82a, 2.5);
                addAllocation(person, g, SupportForm::Group, gFrom, openEnded, Cadence::Weekly, 150,
                              ThursdayGroup);
                break;
            }
            const QDate from = gFrom.addDays(-between(0, 200));
            const Grant g =
                addGrant(person, LegalBasis::P85, from, openEnded, generalPurpose(target), 3.5);
            if (from.daysTo(gFrom) > 14)
                addAllocation(person, g, SupportForm::Individual, from, gFrom.addDays(-1),
                              Cadence::Weekly, 60);
            addAllocation(person, g, SupportForm::Group, gFrom, openEnded, Cadence::Weekly, 150,
                          ThursdayGroup);
            if (p == Profile::ThursdayIndividual)
                addAllocation(person, g, SupportForm::Individual, gFrom, openEnded,
                              Cadence::EveryOtherWeek, 60);
            break;
        }
        case Profile::ThursdayClosed: {
            const QDate from = nextWeekday(daysAgo(500, 700), 4);
            const QDate to = daysAgo(30, 120);
            const Grant g =
                addGrant(person, LegalBasis::P85, from, to, generalPurpose(target), 2.5);
            addAllocation(person, g, SupportForm::Group, from, to, Cadence::Weekly, 150,
                          ThursdayGroup);
            person.citizen.status = CitizenStatus::Closed;
            need(m_reg.saveCitizen(person.citizen),
                 QStringLiteral("closing %1").arg(person.citizen.name));
            break;
        }
        case Profile::NetworkUpcoming: {
            const QDate from = daysAgo(60, 600);
            const Grant g = addGrant(person, LegalBasis::P85, from, openEnded,
                                     PurposeKind::SocialPsychiatry, 2);
            addAllocation(person, g, SupportForm::Individual, from, openEnded, Cadence::Weekly, 60);
            addAllocation(person, g, SupportForm::Group, m_groups[NetworkGroup].start,
                          m_groups[NetworkGroup].end, Cadence::Weekly, 120, NetworkGroup);
            break;
        }
        case Profile::ShortTerm: {
            const QDate from = daysAgo(7, 150);
            int months = chance(30) ? 4 : 6;
            if (p82bEnd(from, months) < m_today.addDays(14))
                months = 6;
            const QDate to = p82bEnd(from, months);
            const Grant g = addGrant(person, LegalBasis::P82b, from, to, PurposeKind::ShortTerm,
                                     chance(50) ? 1.5 : 2);
            addAllocation(person, g, SupportForm::Individual, from, to, Cadence::Weekly,
                          chance(50) ? 60 : 90);
            break;
        }
        case Profile::ShortTermThenLong: {
            const QDate prevFrom = daysAgo(220, 500);
            const QDate prevTo = p82bEnd(prevFrom, 6);
            const Grant prev =
                addGrant(person, LegalBasis::P82b, prevFrom, prevTo, PurposeKind::ShortTerm, 2);
            addAllocation(person, prev, SupportForm::Individual, prevFrom, prevTo, Cadence::Weekly,
                          90);
            const QDate from = prevTo.addDays(1);
            const Grant g = addGrant(person, LegalBasis::P85, from, openEnded,
                                     generalPurpose(target), individualHours());
            addAllocation(person, g, SupportForm::Individual, from, openEnded,
                          Cadence::EveryOtherWeek, 60);
            break;
        }
        case Profile::Waiting: {
            const QDate from = nextWeekday(m_today.addDays(between(14, 100)), 1);
            const bool shortTerm = chance(30);
            const QDate to = shortTerm ? p82bEnd(from, 6) : openEnded;
            const Grant g = addGrant(
                person, shortTerm ? LegalBasis::P82b : LegalBasis::P85, from, to,
                shortTerm ? PurposeKind::ShortTerm : generalPurpose(target), individualHours());
            addAllocation(person, g, SupportForm::Individual, from, to, Cadence::Weekly,
                          individualMinutes());
            break;
        }
        case Profile::WaitingNoGrant:
            break;
        case Profile::Closed: {
            QDate from, to;
            LegalBasis basis = LegalBasis::P85;
            if (chance(50)) {
                basis = LegalBasis::P82b;
                from = daysAgo(200, 600);
                to = p82bEnd(from, between(3, 6));
            } else {
                from = daysAgo(400, 720);
                to = std::max(from.addDays(120), daysAgo(14, 300));
            }
            const Grant g = addGrant(person, basis, from, to,
                                     basis == LegalBasis::P82b ? PurposeKind::ShortTerm
                                                               : generalPurpose(target),
                                     individualHours());
            addAllocation(person, g, SupportForm::Individual, from, to,
                          chance(60) ? Cadence::Weekly : Cadence::EveryOtherWeek,
                          individualMinutes());
            break;
        }
        }
        createGoals(person);
    }

    // --- Goals --------------------------------------------------------------------------------

    std::span<const char* const> conditionPool(const Person& person) {
        static constexpr std::array counselling = {"community.finances", "community.mail",
                                                   "communication.devices", "mental.planning",
                                                   "communication.conversation"};
        static constexpr std::array virtualSupport = {"health.sleep",      "health.rhythm",
                                                      "health.medication", "mental.initiative",
                                                      "relations.network", "mental.emotions"};
        static constexpr std::array group = {"relations.communities", "relations.interaction",
                                             "relations.network",     "community.mail",
                                             "community.finances",    "social.network"};
        static constexpr std::array thursday = {"relations.communities", "practical.cooking",
                                                "practical.shopping",    "community.finances",
                                                "mobility.transport",    "relations.interaction"};
        static constexpr std::array socialPsychiatry = {
            "health.rhythm",      "health.sleep",         "mental.initiative", "mental.emotions",
            "community.finances", "community.housing",    "relations.network", "practical.cleaning",
            "health.substances",  "community.employment", "health.medication", "mental.attention"};
        static constexpr std::array disability = {
            "practical.cooking",     "practical.shopping", "practical.cleaning",
            "practical.laundry",     "selfcare.hygiene",   "community.finances",
            "community.mail",        "mobility.transport", "communication.devices",
            "relations.interaction", "mental.memory",      "selfcare.dressing"};
        static constexpr std::array physical = {
            "physical.mobility", "physical.pain",     "mobility.walking",   "mobility.transport",
            "surroundings.home", "selfcare.dressing", "practical.cleaning", "health.exercise"};
        static constexpr std::array other = {"community.housing",    "community.finances",
                                             "social.family",        "community.education",
                                             "health.substances",    "surroundings.support",
                                             "community.employment", "health.diet"};
        switch (person.profile) {
        case Profile::Counselling:
        case Profile::CounsellingIndividual:
        case Profile::CounsellingVirtual:
        case Profile::CounsellingEnded:
            return counselling;
        case Profile::IndividualVirtual:
        case Profile::VirtualOnly:
            return virtualSupport;
        case Profile::YoungInduction:
        case Profile::Young:
        case Profile::YoungLeft:
        case Profile::OlderInduction:
        case Profile::OlderPlusIndividual:
        case Profile::Older:
        case Profile::OlderLeft:
        case Profile::NetworkUpcoming:
            return group;
        case Profile::Thursday:
        case Profile::ThursdayIndividual:
        case Profile::ThursdayClosed:
            return thursday;
        default:
            break;
        }
        switch (person.citizen.targetGroup) {
        case TargetGroup::SocialPsychiatry:
            return socialPsychiatry;
        case TargetGroup::IntellectualDisability:
            return disability;
        case TargetGroup::PhysicalDisability:
            return physical;
        case TargetGroup::Other:
            return other;
        }
        return other;
    }

    GoalStatus endedStatus(bool closing) {
        const int r = between(1, 100);
        if (r <= (closing ? 55 : 65))
            return GoalStatus::Achieved;
        if (r <= 85)
            return GoalStatus::PartlyAchieved;
        if (r <= 93)
            return GoalStatus::NotAchieved;
        return GoalStatus::Discontinued;
    }

    void setLevels(Goal& g) {
        if (!levelApplies(g.theme) || !chance(75)) {
            g.type = chance(80) ? GoalType::Develop : GoalType::Maintain;
            return;
        }
        const int r = between(1, 100);
        g.type = r <= 65 ? GoalType::Develop : r <= 90 ? GoalType::Maintain : GoalType::LimitLoss;
        static constexpr std::array levels = {FunctionLevel::None, FunctionLevel::Mild,
                                              FunctionLevel::Moderate, FunctionLevel::Severe,
                                              FunctionLevel::Complete};
        // Index into `levels`: 0 = no reduction ... 4 = completely reduced.
        const int current = between(1, 3);
        int target = current;
        if (g.type == GoalType::Develop)
            target = current - between(1, std::min(2, current));
        else if (g.type == GoalType::LimitLoss)
            target = current + between(0, 1);
        g.currentLevel = levels[static_cast<std::size_t>(current)];
        g.targetLevel = levels[static_cast<std::size_t>(target)];
    }

    // One indsatsmål with its delmål. `endOn` valid: the goal ends then with `endStatus`.
    void addGoal(const Person& person, const Grant* grant, const QString& code, QDate start,
                 QDate endOn, GoalStatus endStatus) {
        const FfbCondition* condition = findCondition(code);
        const ConditionText& text = conditionText(code);
        Goal g;
        g.citizenId = person.citizen.meta.id;
        if (grant)
            g.grantId = grant->meta.id;
        g.theme = condition->theme;
        g.condition = code;
        setLevels(g);
        g.description = u8s(pick(text.wishes));
        g.start = start;
        QDate review = start.addMonths(6);
        if (!endOn.isValid()) {
            const QDate notBefore = m_today.addDays(-between(0, 30));
            while (review < notBefore)
                review = review.addMonths(6);
        } else if (review > endOn) {
            review = endOn;
        }
        if (grant && grant->to.isValid() && review > grant->to)
            review = std::max(start, grant->to);
        g.reviewDate = review;
        need(m_reg.saveGoal(g), QStringLiteral("goal %1 for %2").arg(code, person.citizen.name));

        QList<QString> criteria;
        for (const char* c : text.criteria)
            if (*c)
                criteria.append(u8s(c));
        const int wanted = std::min(static_cast<int>(criteria.size()), between(1, 4));
        // Deadlines spread over the goal's life: up to its end, or for an open goal up to the
        // coming months, so an old open goal also has recent and upcoming delmål.
        const QDate horizon = endOn.isValid()
                                  ? endOn
                                  : std::max(start.addDays(90), m_today.addDays(between(45, 120)));
        const int step = std::max(14, static_cast<int>(start.daysTo(horizon)) / wanted);
        for (int i = 0; i < wanted; ++i) {
            SubGoal s;
            s.goalId = g.meta.id;
            s.criterion = criteria.takeAt(between(0, static_cast<int>(criteria.size()) - 1));
            s.deadline = start.addDays(step * (i + 1) - between(0, step / 3));
            const QDate limit = endOn.isValid() ? endOn : m_today.addDays(-7);
            if (s.deadline < limit) {
                // Followed up: mostly reached, now and then only partly or not; a few are
                // overdue on an open goal, waiting for follow-up.
                const int r = between(1, 100);
                if (!endOn.isValid() && r > 85) {
                    // still open and overdue
                } else {
                    s.status = r <= 70   ? GoalStatus::Achieved
                               : r <= 85 ? GoalStatus::PartlyAchieved
                                         : GoalStatus::NotAchieved;
                    s.endDate = std::max(start, s.deadline.addDays(-between(0, 14)));
                }
            }
            need(m_reg.saveSubGoal(s), QStringLiteral("delmål for %1").arg(person.citizen.name));
        }
        if (endOn.isValid())
            need(m_reg.endGoal(g, endStatus, endOn),
                 QStringLiteral("ending goal %1 for %2").arg(code, person.citizen.name));
    }

    void createGoals(const Person& person) {
        const auto pool = std::span<const char* const>(conditionPool(person));
        QList<QString> codes;
        for (const char* c : pool)
            codes.append(QLatin1String(c));
        const int r = between(1, 100);
        const int count = std::min(static_cast<int>(codes.size()), r <= 30 ? 1 : r <= 75 ? 2 : 3);
        auto nextCode = [&] {
            return codes.takeAt(between(0, static_cast<int>(codes.size()) - 1));
        };

        if (person.grants.isEmpty()) {
            // Venteliste without a decided grant: the wish noted at the visitation meeting.
            const QDate start = daysAgo(0, 30);
            addGoal(person, nullptr, nextCode(), start, {}, GoalStatus::Active);
            return;
        }
        const Grant& current = person.grants.last();
        const bool closed = person.citizen.status == CitizenStatus::Closed;
        int currentGoals = count;
        if (person.grants.size() > 1) {
            // A goal under the earlier grant, ended when that grant ended.
            const Grant& prev = person.grants.first();
            addGoal(person, &prev, nextCode(), prev.from.addDays(between(0, 14)), prev.to,
                    endedStatus(false));
            currentGoals = std::max(1, count - 1);
        }
        for (int made = 0; made < currentGoals; ++made) {
            QDate start = current.from.addDays(between(0, 21));
            if (current.to.isValid() && start > current.to)
                start = current.from;
            if (closed) {
                addGoal(person, &current, nextCode(), start, current.to, endedStatus(true));
            } else if (start.daysTo(m_today) > 150 && chance(20)) {
                // Reached and ended along the way ("giv slip, når målet er nået").
                const QDate end = dateBetween(start.addDays(90), m_today.addDays(-7));
                addGoal(person, &current, nextCode(), start, end, endedStatus(false));
            } else {
                addGoal(person, &current, nextCode(), start, {}, GoalStatus::Active);
            }
        }
    }

    // --- Calendar -----------------------------------------------------------------------------
    // Series for every allocation over the calendar window (about six months back, so a
    // summer-time change lies inside, to three months ahead), group sessions, walk-ins at the
    // rådgivning desk, and outcomes for everything before today. All through the Scheduler.

    QDate windowStart() const { return m_today.addMonths(-6); }
    QDate windowEnd() const { return m_today.addMonths(3); }

    // The week of even or odd number since a fixed Monday, for every-other-week series.
    static int weekParity(QDate d) {
        static const QDate epoch(2001, 1, 1); // a Monday
        const qint64 weeks = epoch.daysTo(d.addDays(1 - d.dayOfWeek())) / 7;
        return static_cast<int>(((weeks % 2) + 2) % 2);
    }

    static void markBusy(WeekGrid& grid, int weekday, int fromMinutes, int toMinutes) {
        for (int b = 0; b < WeekGrid::kBlocks; ++b) {
            const int start = WeekGrid::kBlockStart[static_cast<std::size_t>(b)];
            if (start < toMinutes && fromMinutes < start + WeekGrid::kBlockMinutes)
                grid.set(weekday, b, 0) = grid.set(weekday, b, 1) = true;
        }
    }

    static int minutesOf(QTime t) { return t.hour() * 60 + t.minute(); }

    struct Booking {
        Staff staff;
        int weekday = 1;
        int block = 0;
        int parity = 0; // the week parity of every-other-week series
    };

    // A free weekly block for the citizen with one of `staff` (tried in order), weekly or every
    // other week; blocks are tried from a random start so the week fills evenly. When every
    // staff member is fully booked (many citizens for few staff), the first one is booked twice.
    std::optional<Booking> findBlock(const QUuid& citizenId, const QList<Staff>& staff,
                                     int intervalWeeks) {
        WeekGrid& citizenWeek = m_citizenWeeks[citizenId];
        constexpr int kSlots = 5 * WeekGrid::kBlocks * 2;
        const int offset = between(0, kSlots - 1);
        for (qsizetype k = 0; k <= staff.size(); ++k) {
            const bool overbook = k == staff.size();
            const Staff& s = staff.at(overbook ? 0 : k);
            WeekGrid overbooked;
            WeekGrid& staffWeek = overbook ? overbooked : m_staffWeeks[s.meta.id];
            for (int i = 0; i < kSlots; ++i) {
                const int slot = (offset + i) % kSlots;
                const int weekday = slot / (WeekGrid::kBlocks * 2) + 1;
                const int block = slot / 2 % WeekGrid::kBlocks;
                const int parity = slot % 2;
                const auto free = [&](const WeekGrid& g) {
                    return intervalWeeks == 1 ? !g.at(weekday, block, 0) && !g.at(weekday, block, 1)
                                              : !g.at(weekday, block, parity);
                };
                if (!free(staffWeek) || !free(citizenWeek))
                    continue;
                for (WeekGrid* g : {&staffWeek, &citizenWeek}) {
                    g->set(weekday, block, parity) = true;
                    if (intervalWeeks == 1)
                        g->set(weekday, block, 1 - parity) = true;
                }
                return Booking{s, weekday, block, parity};
            }
        }
        return std::nullopt;
    }

    // The contact person first, then the rest of their team, then every worker.
    QList<Staff> staffFor(const Citizen& c) {
        QList<Staff> out;
        const auto addOnce = [&](const Staff& s) {
            if (std::none_of(out.begin(), out.end(),
                             [&](const Staff& o) { return o.meta.id == s.meta.id; }))
                out.append(s);
        };
        for (const Staff& s : m_staff)
            if (s.meta.id == c.contactStaffId)
                addOnce(s);
        for (const auto& team : m_workersByTeam)
            if (std::any_of(team.begin(), team.end(),
                            [&](const Staff& s) { return s.meta.id == c.contactStaffId; }))
                for (const Staff& s : team)
                    addOnce(s);
        for (const auto& team : m_workersByTeam)
            for (const Staff& s : team)
                addOnce(s);
        return out;
    }

    // The outcome of an appointment before today: mostly completed, some no-shows and
    // cancellations, each with a reason; registered by the appointment's staff member.
    void registerPast(Scheduler& scheduler, Appointment a, bool group) {
        if (a.startUtc >= localToUtc(m_today, QTime(0, 0)) || a.startUtc >= m_reg.clock().nowUtc())
            return; // today and later: still planned
        static constexpr std::array noShow = {"Ikke hjemme", "Glemt aftalen", "Sov over sig",
                                              "Åbnede ikke døren", "Tog ikke telefonen"};
        static constexpr std::array byCitizen = {"Syg", "Lægebesøg", "Familiebesøg",
                                                 "Havde ikke overskud", "Skulle til jobcentret"};
        static constexpr std::array byStaff = {"Sygdom blandt personalet", "Kursus",
                                               "Akut opgave hos en anden borger"};
        static constexpr std::array groupCancelled = {"Sygdom blandt personalet",
                                                      "For få tilmeldte", "Lokalet var optaget"};
        Outcome outcome = Outcome::Completed;
        QString reason;
        const int r = between(1, 100);
        if (group) {
            if (r > 97) {
                outcome = Outcome::CancelledByStaff;
                reason = u8s(pick(groupCancelled));
            }
        } else if (r > 96) {
            outcome = Outcome::CancelledByStaff;
            reason = u8s(pick(byStaff));
        } else if (r > 90) {
            outcome = Outcome::CancelledByCitizen;
            reason = u8s(pick(byCitizen));
        } else if (r > 84) {
            outcome = Outcome::NoShow;
            reason = a.form == SupportForm::Virtual && a.channel == ContactPreference::Phone
                         ? u8s("Tog ikke telefonen")
                         : u8s(pick(std::span<const char* const>(noShow).first(4)));
        }
        // Registered soon after the appointment ended (the same day, or the next morning).
        QDateTime at = a.endUtc().addSecs(qint64(between(5, 120)) * 60);
        if (at.toTimeZone(Clock::localZone()).time() > QTime(17, 0))
            at = localToUtc(a.localStart().date().addDays(1), QTime(8, between(0, 59)));
        if (isCancellation(outcome)) // cancellations come in before the appointment
            at = a.startUtc.addSecs(-qint64(between(1, 48)) * 3600);
        at = qMin(at, m_reg.clock().nowUtc());
        need(scheduler.registerOutcome(a, outcome, reason, a.staffId, at),
             QStringLiteral("outcome of the appointment on %1")
                 .arg(a.startUtc.toString(Qt::ISODate)));
    }

    // Support every day (as in Ishøj): four workers share the weekends in a four-week rotation,
    // and the on-call phone goes round five workers a week at a time on weekdays.
    void createRota() {
        RotaService rota(m_reg);
        const QList<Staff> weekend = staffFrom(GrenaaTeam, 4);
        QList<QUuid> turn;
        for (const Staff& s : weekend)
            turn << s.meta.id;
        const QDate firstSaturday = windowStart().addDays((6 - windowStart().dayOfWeek() + 7) % 7);
        const int weeks = int(firstSaturday.daysTo(windowEnd()) / 7) + 1;
        need(rota.generateWeekendRotation(firstSaturday, std::min(weeks, 52), turn),
             QStringLiteral("weekend rotation"));
        const QList<Staff> phone = staffFrom(WestTeam, 5);
        int k = 0;
        for (QDate monday = windowStart().addDays(1 - windowStart().dayOfWeek());
             monday <= windowEnd(); monday = monday.addDays(7), ++k)
            need(rota.assignOnCall(monday, monday.addDays(4), phone[k % phone.size()].meta.id),
                 QStringLiteral("on-call phone"));
    }

    void createAppointments() {
        Scheduler scheduler(m_reg);
        createGroupSessions(scheduler);
        createWalkIns(scheduler);
        for (const auto& [citizen, allocation] : m_allocations)
            if (allocation.form == SupportForm::Individual ||
                allocation.form == SupportForm::Virtual)
                createVisits(scheduler, citizen, allocation);
    }

    // The group's weekly slot: weekday from its start date, time and length per group.
    struct GroupSlot {
        QTime start;
        int minutes;
    };
    GroupSlot groupSlot(int group) const {
        switch (group) {
        case YoungGroup:
            return {QTime(10, 0), 120};
        case OlderGroup:
            return {QTime(13, 0), 120};
        case ThursdayGroup:
            return {QTime(10, 30), 150};
        default:
            return {QTime(13, 0), 120};
        }
    }

    void createGroupSessions(Scheduler& scheduler) {
        struct Session {
            const char* topic;
            const char* goal;
        };
        static constexpr Session sessions[] = {
            {"e-Boks og digital post", "At kunne finde, læse og gemme sin post i e-Boks"},
            {"MitID og netbank", "At kunne logge sikkert på og betale en regning"},
            {"Budget for måneden", "At kunne lægge et enkelt månedsbudget"},
            {"Kontakt med kommunen", "At vide, hvem man ringer til, og hvad man vil sige"},
            {"Samtale og samvær", "At kunne tage initiativ til en samtale i gruppen"},
            {"Fælles madlavning", "At kunne planlægge, købe ind til og lave et enkelt måltid"},
            {"Døgnrytme og gode vaner", "At kende sine egne tegn på, at hverdagen skrider"},
            {"Netværk og fritid", "At finde én aktivitet i lokalområdet at prøve"},
            {"Psykoedukation: stress og sårbarhed", "At kunne genkende sine stresssignaler"},
            {"Mindfulness", "At kunne bruge en kort vejrtrækningsøvelse, når uroen kommer"},
        };
        for (int g = 0; g < m_groups.size(); ++g) {
            const SupportGroup& group = m_groups[g];
            const QDate from = std::max(group.start, windowStart());
            const QDate to = group.end.isValid() ? std::min(group.end, windowEnd()) : windowEnd();
            // Only groups with members in the window meet.
            const bool members =
                std::any_of(m_allocations.begin(), m_allocations.end(), [&](const auto& entry) {
                    const Allocation& a = entry.second;
                    return a.groupId == group.meta.id && a.from <= to &&
                           (a.to.isNull() || a.to >= from);
                });
            if (!members || from > to)
                continue;
            const GroupSlot slot = groupSlot(g);
            const int weekday = group.start.dayOfWeek();
            for (const QUuid& f : {group.facilitator1, group.facilitator2})
                if (!f.isNull())
                    markBusy(m_staffWeeks[f], weekday, minutesOf(slot.start),
                             minutesOf(slot.start) + slot.minutes);
            for (const auto& [citizen, a] : m_allocations)
                if (a.groupId == group.meta.id)
                    markBusy(m_citizenWeeks[citizen.meta.id], weekday, minutesOf(slot.start),
                             minutesOf(slot.start) + slot.minutes);

            AppointmentSeries series;
            series.form = SupportForm::Group;
            series.staffId = group.facilitator1;
            series.groupId = group.meta.id;
            series.siteId = group.siteId;
            series.place = g == ThursdayGroup ? u8s("Fælleslokalet") : u8s("Mødelokalet");
            series.firstDate = nextWeekday(from, weekday);
            series.localStart = slot.start;
            series.durationMinutes = slot.minutes;
            series.until = to;
            if (series.firstDate > to)
                continue;
            Appointment tmpl;
            tmpl.form = SupportForm::Group;
            const QList<Appointment> made = need(scheduler.createSeries(series, tmpl),
                                                 QStringLiteral("sessions of %1").arg(group.name));
            const int first = between(0, static_cast<int>(std::size(sessions)) - 1);
            for (int i = 0; i < made.size(); ++i) {
                Appointment a = made[i];
                const Session& s =
                    sessions[static_cast<std::size_t>(first + i) % std::size(sessions)];
                a.topic = u8s(s.topic);
                a.learningGoal = u8s(s.goal);
                need(scheduler.changeOne(a), QStringLiteral("session plan of %1").arg(group.name));
                registerPast(scheduler, a, true);
            }
        }
    }

    // Rådgivning: citizens walk in at AUC Grenaa on its opening days; the worker on duty sees
    // them in turn, at most 45 minutes each. Some come most weeks, some now and then.
    void createWalkIns(Scheduler& scheduler) {
        const Site& site = m_sites[AucSite];
        const QList<Staff> desk = staffFrom(SocialPsychiatryTeam, 2);
        for (const OpeningPeriod& p : site.openingHours)
            for (const Staff& s : desk)
                markBusy(m_staffWeeks[s.meta.id], p.weekday, minutesOf(p.from), minutesOf(p.to));
        static constexpr std::array topics = {
            "e-Boks", "MitID", "Netbank", "Kontakt til myndighed", "Struktur og kalender", "Andet"};
        struct Visitor {
            Citizen citizen;
            Allocation allocation;
            int percent; // how often the citizen comes on an opening day
        };
        QList<Visitor> visitors;
        for (const auto& [citizen, a] : m_allocations)
            if (a.form == SupportForm::Counselling) {
                visitors.append({citizen, a, between(15, 60)});
                for (const OpeningPeriod& p : site.openingHours)
                    markBusy(m_citizenWeeks[citizen.meta.id], p.weekday, minutesOf(p.from),
                             minutesOf(p.to));
            }
        if (visitors.isEmpty() || desk.isEmpty())
            return;
        const QDate bookingHorizon = m_today.addDays(21); // bookable slots ahead
        for (QDate d = windowStart(); d <= std::min(windowEnd(), bookingHorizon);
             d = d.addDays(1)) {
            QList<QTime> free; // the desk's turns that day, 45 minutes each
            for (const OpeningPeriod& p : site.openingHours)
                if (p.weekday == d.dayOfWeek())
                    for (QTime t = p.from; t.addSecs(45 * 60) <= p.to && t >= p.from;
                         t = t.addSecs(45 * 60))
                        for (qsizetype k = 0; k < desk.size(); ++k)
                            free.append(t); // the workers on duty see visitors side by side
            if (free.isEmpty())
                continue;
            int turn = 0;
            for (const Visitor& v : visitors) {
                const Allocation& a = v.allocation;
                // A citizen who stopped coming did so some weeks before the allocation ended.
                const QDate lastVisit = a.to.isValid() ? a.to.addDays(-21) : windowEnd();
                if (d < a.from || d > lastVisit || turn >= free.size())
                    continue;
                const bool future = d >= m_today;
                if (!chance(future ? v.percent / 3 : v.percent))
                    continue;
                Appointment visit;
                visit.form = SupportForm::Counselling;
                visit.staffId = desk[turn % desk.size()].meta.id;
                visit.citizenId = v.citizen.meta.id;
                visit.siteId = site.meta.id;
                visit.startUtc = localToUtc(d, free[turn]);
                visit.durationMinutes = 5 * between(3, 9);
                visit.topic = u8s(pick(topics));
                ++turn;
                need(scheduler.book(visit), QStringLiteral("walk-in of %1").arg(v.citizen.name));
                registerPast(scheduler, visit, false);
            }
        }
    }

    // Home visits (with travel) or screen visits (video or phone, as the citizen prefers) at
    // the allocation's cadence over the window.
    void createVisits(Scheduler& scheduler, const Citizen& citizen, const Allocation& a) {
        const QDate from = std::max(a.from, windowStart());
        const QDate to = a.to.isValid() ? std::min(a.to, windowEnd()) : windowEnd();
        if (from > to || a.cadence == Cadence::OnDemand)
            return;
        const int interval = a.cadence == Cadence::EveryOtherWeek ? 2 : 1;
        const auto booking = findBlock(citizen.meta.id, staffFor(citizen), interval);
        if (!booking)
            return; // the citizen's own week is full
        QDate first = nextWeekday(from, booking->weekday);
        if (interval == 2 && weekParity(first) != booking->parity)
            first = first.addDays(7);
        if (first > to)
            return;

        const bool isVirtual = a.form == SupportForm::Virtual;
        AppointmentSeries series;
        series.form = a.form;
        series.staffId = booking->staff.meta.id;
        series.citizenId = citizen.meta.id;
        series.firstDate = first;
        // Visits start at the block's start, or a quarter or half an hour later.
        series.localStart = QTime(0, 0).addSecs(
            60 *
            (WeekGrid::kBlockStart[static_cast<std::size_t>(booking->block)] + 15 * between(0, 2)));
        series.durationMinutes = std::clamp(a.plannedMinutes, 15, 120);
        series.intervalWeeks = interval;
        series.until = to;
        Appointment tmpl;
        tmpl.form = a.form;
        if (isVirtual) {
            tmpl.channel = citizen.virtualContact;
            series.place = tmpl.channel == ContactPreference::Phone ? u8s("Telefon")
                                                                    : u8s("Skærmbesøg (video)");
        } else {
            static constexpr std::array agreed = {"Biblioteket i Grenaa", "Caféen på havnen",
                                                  "Gåtur ved stranden", "Jobcentret"};
            series.place = chance(90) ? u8s("Hjemme hos borgeren") : u8s(pick(agreed));
            const bool local = citizen.city == QLatin1String("Grenaa");
            tmpl.travelMinutes = local ? between(10, 25) : between(35, 55);
            tmpl.travelKm = local ? between(30, 120) / 10.0 : between(250, 450) / 10.0;
        }
        const QList<Appointment> made =
            need(scheduler.createSeries(series, tmpl),
                 QStringLiteral("%1 series for %2").arg(label(a.form), citizen.name));
        for (const Appointment& occurrence : made)
            registerPast(scheduler, occurrence, false);
    }

    Registry& m_reg;
    const DemoOptions& m_opt;
    const QDate m_today;
    QRandomGenerator m_rng;
    QList<Team> m_teams;
    QList<Site> m_sites;
    QList<Staff> m_staff;
    QList<QList<Staff>> m_workersByTeam;
    QList<SupportGroup> m_groups;
    QSet<QString> m_citizenNames;
    QSet<QString> m_cprs;
    int m_showcaseFemale = 0;
    int m_showcaseMale = 0;
    int m_virtualTrialsLeft = 2;
    int m_phoneVirtualLeft = 1;
    int m_groupOnlyLeft = 3; // § 82 a citizens in Torsdagsbostøtten
    // Every allocation with its citizen, in the order they were made.
    QList<std::pair<Citizen, Allocation>> m_allocations;
    QHash<QUuid, WeekGrid> m_staffWeeks;
    QHash<QUuid, WeekGrid> m_citizenWeeks;
};

} // namespace

Status DemoGenerator::generate(Registry& registry, const DemoOptions& options) {
    // 0 citizens: the organisation (teams, staff, sites, groups) only.
    if (options.citizens < 0 || options.citizens > 5000)
        return Status::failure(tr("The number of demo citizens must be between 0 and 5000."));
    if (options.staff < 6 || options.staff > 200)
        return Status::failure(tr("The number of demo staff must be between 6 and 200."));
    const QDate today = options.today.isValid() ? options.today : registry.clock().today();

    // Demo data only goes into a database without citizens (deleted ones count too).
    const Repository repo(registry.database());
    const auto existing = repo.list<Citizen>({}, {}, true);
    if (!existing)
        return Status(existing.error());
    if (!existing->isEmpty())
        return Status::failure(tr("The database already has citizens. Demo data can only be "
                                  "created in a new, empty database."));

    return registry.database().transaction([&]() -> Status {
        try {
            Builder builder(registry, options, today);
            builder.run();
        } catch (const Rejected& rejected) {
            return Status::failure(
                tr("The demo data could not be created: %1").arg(rejected.message));
        }
        // The demo file is the office's: that is the name its sync bundles carry.
        return sync::SyncService(registry.database()).setSiteName(QStringLiteral("Kontoret"));
    });
}

} // namespace bs
