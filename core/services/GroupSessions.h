#pragma once
// A group's meetings as the facilitators run them: the session plan (weekly sessions, each with a
// topic and a learning goal), the attendance register of one session, and the one group note a
// facilitator writes afterwards, which goes into every present member's record (the journal)
// with a personal addition per member. Sessions are appointments made through the Scheduler;
// every write here is one transaction.
#include "domain/Appointment.h"
#include "domain/Attendance.h"
#include "services/Registry.h"

#include <QHash>
#include <optional>

namespace bs {

// When a group meets, as its latest appointment series says.
struct WeeklySlot {
    int weekday = 1; // 1 Monday … 7 Sunday
    QTime localStart;
    int durationMinutes = 0;
    QUuid staffId;
    QUuid seriesId;
};

// A weekly run of sessions to plan: from `firstDate` (its weekday is the slot's) until `until`
// or for `count` meetings.
struct SessionPlanRequest {
    QUuid groupId;
    QDate firstDate;
    QTime localStart;
    int durationMinutes = 120;
    QDate until; // inclusive, or
    int count = 0;
    QUuid staffId; // the facilitator the sessions are booked on
};

// One line of the attendance register: a member active on the session's date and what is stored
// for them (nothing yet: `registered` is false).
struct RegisterLine {
    QUuid citizenId;
    QString name;
    bool registered = false;
    Attendance attendance; // stored, or a Present default when not registered
};

struct AttendanceRegister {
    Appointment session;
    SupportGroup group;
    QList<RegisterLine> lines; // by name
    bool anyRegistered() const;
};

// A session as the group's session table shows it.
struct SessionOverview {
    Appointment session;
    int members = 0;    // active on the session's date
    int registered = 0; // members with a stored attendance
    int present = 0;
    bool noteWritten = false;
};

// The group note of a session, as far as it is written.
struct SessionNote {
    std::optional<GroupNote> note;
    QHash<QUuid, QString> personal; // citizen -> personal addition, for the stored journal notes
    bool locked = false;            // written more than 24 hours ago
};

class GroupSessions {
    Q_DECLARE_TR_FUNCTIONS(GroupSessions)
public:
    static constexpr int kNoteEditHours = 24;

    explicit GroupSessions(Registry& registry);

    // The group's meetings (appointments of the group without a citizen) in its period, by start;
    // cancelled ones included.
    Result<QList<Appointment>> sessions(const QUuid& groupId) const;
    Result<QList<SessionOverview>> overview(const QUuid& groupId) const;
    // From the group's latest appointment series, or none.
    Result<std::optional<WeeklySlot>> weeklySlot(const QUuid& groupId) const;

    // A weekly series of sessions. Refused outside the group's period and when the group already
    // meets at one of those times.
    Result<QList<Appointment>> planSessions(const SessionPlanRequest& plan);
    // The topic and learning goal of one session.
    Status setSessionPlan(const QUuid& appointmentId, const QString& topic,
                          const QString& learningGoal);

    // Every member active on the session's local date, with what is registered for them.
    Result<AttendanceRegister> attendanceRegister(const QUuid& appointmentId) const;
    // Stores each member's attendance (replacing what was stored for them) and, when anyone was
    // present, registers the session as completed. Refused for non-members, for a session that
    // has not started and for a cancelled one.
    Status saveAttendance(const QUuid& appointmentId, const QList<Attendance>& attendance,
                          const QUuid& registeredBy);

    Result<SessionNote> sessionNote(const QUuid& appointmentId) const;
    // One group note and, for every present member, a journal note with the group text and their
    // personal addition (keys: citizen ids; only present members). Writing again within 24 hours
    // of the first writing updates them all (and follows changed attendance); later it is
    // refused. `writtenAtUtc` records a note written earlier (the demo's history); never in the
    // future.
    Result<GroupNote> writeGroupNote(const QUuid& appointmentId, const QString& text,
                                     const QUuid& authorId,
                                     const QHash<QUuid, QString>& personal = {},
                                     const QDateTime& writtenAtUtc = {});

    // What the attendance screen saves: the attendance and, when `noteText` is not empty, the
    // group note, in one transaction (if the note is refused, the attendance is not saved either).
    Status saveAttendanceAndNote(const QUuid& appointmentId, const QList<Attendance>& attendance,
                                 const QUuid& staffId, const QString& noteText,
                                 const QHash<QUuid, QString>& personal);

    // The citizen's journal notes, newest first.
    Result<QList<JournalNote>> journal(const QUuid& citizenId) const;

private:
    Result<Appointment> session(const QUuid& appointmentId) const;
    Result<QList<Attendance>> storedAttendance(const QUuid& appointmentId) const;
    Result<QList<QUuid>> activeMembers(const Appointment& session) const;

    Registry& m_registry;
};

} // namespace bs
