#include "DemoGroups.h"

#include "services/GroupSessions.h"

#include <array>
#include <random>

namespace bs {

namespace {

QString u8s(const char* text) {
    return QString::fromUtf8(text);
}

// Demo content is Danish data, not user interface text.
constexpr std::array kAbsentReasons = {"Syg", "Syg", "Lægetid", "Dårlig dag, blev hjemme",
                                       "Ikke mødt, ingen besked"};
constexpr std::array kApologies = {"Afbud: tandlæge", "Afbud: familiebesøg", "Afbud: jobcentret",
                                   "Afbud pr. sms"};
constexpr std::array kOpenings = {"Vi arbejdede med emnet %1.", "Dagens emne var %1.",
                                  "Gruppen tog fat på %1, og deltagerne delte egne erfaringer."};
constexpr std::array kClosings = {
    "Stemningen var god, og alle kom til orde.",
    "Vi sluttede med en kort runde om, hvad hver især tager med hjem.",
    "Der var god energi i gruppen; næste gang følger vi op på øvelsen.",
    "Enkelte havde svært ved at holde fokus, men gruppen hjalp hinanden godt."};
constexpr std::array kAdditions = {
    "Deltog aktivt og delte egne erfaringer.",
    "Var stille i starten, men kom med i samtalen efter pausen.",
    "Vil gerne arbejde videre med emnet til næste gang.",
    "Gik lidt før tid; vi følger op ved næste besøg.",
    "Hjalp en anden deltager med øvelsen og virkede glad for det.",
    "Fortalte, at det var svært at komme af sted i dag, men at det var godt at være her."};

class Activity {
public:
    Activity(Registry& registry, QDate today, quint32 seed)
        : m_registry(registry), m_sessions(registry), m_today(today), m_random(seed) {}

    Status run() {
        auto groups = m_registry.groups();
        if (!groups)
            return Status(groups.error());
        for (const SupportGroup& g : std::as_const(*groups)) {
            auto sessions = m_sessions.sessions(g.meta.id);
            if (!sessions)
                return Status(sessions.error());
            for (const Appointment& a : std::as_const(*sessions))
                if (a.outcome == Outcome::Completed && localDate(a) < m_today)
                    if (Status s = session(a); !s)
                        return s;
        }
        return Status::success();
    }

private:
    static QDate localDate(const Appointment& a) {
        return a.startUtc.toTimeZone(Clock::localZone()).date();
    }
    int percent() { return std::uniform_int_distribution<int>(1, 100)(m_random); }
    template <std::size_t N> QString pick(const std::array<const char*, N>& list) {
        return u8s(list[std::uniform_int_distribution<std::size_t>(0, N - 1)(m_random)]);
    }

    Status session(const Appointment& a) {
        auto reg = m_sessions.attendanceRegister(a.meta.id);
        if (!reg)
            return Status(reg.error());
        if (reg->lines.isEmpty() || reg->anyRegistered())
            return Status::success();
        QList<Attendance> attendance;
        QList<QUuid> present;
        for (const RegisterLine& line : std::as_const(reg->lines)) {
            Attendance at = line.attendance;
            const int roll = percent();
            if (roll <= 80) {
                at.status = AttendanceStatus::Present;
                present << line.citizenId;
            } else if (roll <= 92) {
                at.status = AttendanceStatus::Absent;
                at.reason = pick(kAbsentReasons);
            } else {
                at.status = AttendanceStatus::Excused;
                at.reason = pick(kApologies);
            }
            attendance << at;
        }
        const QUuid by = a.outcomeBy.isNull() ? a.staffId : a.outcomeBy;
        if (Status s = m_sessions.saveAttendance(a.meta.id, attendance, by); !s)
            return s;
        if (present.isEmpty() || localDate(a) < m_today.addDays(-42))
            return Status::success();

        const QString topic = a.topic.isEmpty() ? u8s("dagens tema") : a.topic;
        QString text = pick(kOpenings).arg(topic);
        if (!a.learningGoal.isEmpty()) {
            QString goal = a.learningGoal;
            goal[0] = goal[0].toLower();
            text += u8s(" Læringsmålet var %1.").arg(goal);
        }
        text += QLatin1Char(' ') + pick(kClosings);
        QHash<QUuid, QString> personal;
        for (const QUuid& id : std::as_const(present))
            if (percent() <= 50)
                personal.insert(id, pick(kAdditions));
        // Written an hour or two after the session ended, never after "now".
        QDateTime written = a.endUtc().addSecs(3600 * (1 + percent() % 3));
        written = std::min(written, m_registry.clock().nowUtc());
        auto note = m_sessions.writeGroupNote(a.meta.id, text, a.staffId, personal, written);
        return note ? Status::success() : Status(note.error());
    }

    Registry& m_registry;
    GroupSessions m_sessions;
    QDate m_today;
    std::mt19937 m_random;
};

} // namespace

Status addDemoGroupActivity(Registry& registry, QDate today, quint32 seed) {
    if (!today.isValid())
        today = registry.clock().today();
    return registry.database().transaction([&] { return Activity(registry, today, seed).run(); });
}

} // namespace bs
