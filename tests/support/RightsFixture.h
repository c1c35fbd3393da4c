#pragma once
// A citizen with every kind of record, each carrying a canary (a CPR number, a sentence and a
// name that occur nowhere else), for the tests of the extract and of erasure: after an erasure
// none of them may be found anywhere in the database file, its WAL or the files next to it.
#include "TestDatabase.h"
#include "services/JournalService.h"
#include "storage/Repository.h"

#include <QDir>
#include <QFile>

namespace bs::test {

inline const QString kCanaryCpr = QStringLiteral("0707071234");
inline const QString kCanaryCprDash = QStringLiteral("070707-1234");
inline const QString kCanarySentence = QStringLiteral("Kanariefuglen synger ved åen klokken 7");
inline const QString kCanaryName = QStringLiteral("Karla Kanariesen");
inline const QString kCanaryRevision = QStringLiteral("Første udgave om kanariefuglens bur");

struct RightsCase {
    Citizen citizen;
    Staff staff;
    Citizen neighbour; // another citizen, who must keep everything
    QUuid groupNoteId; // shared with the neighbour: stays
    QUuid noteId;      // a note with two revisions
    int noteRevisions = 0;
};

inline void requireStatus(const Status& s) {
    INFO(s.message().toStdString());
    REQUIRE(s.ok());
}

// Builds the case in `reg` with the clock at its current time.
inline RightsCase buildRightsCase(Registry& reg) {
    Builders b{reg};
    Repository repo(reg.database());
    RightsCase rc;
    rc.staff = b.staff(QStringLiteral("MH"), QStringLiteral("Mette Holm"));
    const Site site = b.site(QStringLiteral("Rådgivningen"));

    Citizen& c = rc.citizen;
    c.name = kCanaryName;
    c.cpr = kCanaryCpr;
    c.address = kCanarySentence;
    c.siteId = site.meta.id;
    c.contactStaffId = rc.staff.meta.id;
    requireStatus(reg.saveCitizen(c));
    rc.neighbour = b.citizen(QStringLiteral("Niels Nabo"), site.meta.id);

    Grant grant = b.grant(c.meta.id, LegalBasis::P85, QDate(2024, 1, 1));
    grant.purpose = kCanarySentence;
    requireStatus(repo.save(grant));
    SupportGroup group = b.group();
    Allocation alloc;
    alloc.citizenId = c.meta.id;
    alloc.grantId = grant.meta.id;
    alloc.form = SupportForm::Group;
    alloc.groupId = group.meta.id;
    alloc.from = QDate(2024, 1, 1);
    requireStatus(reg.saveAllocation(alloc)); // carries the group membership
    GroupMember neighbourMember;
    neighbourMember.groupId = group.meta.id;
    neighbourMember.citizenId = rc.neighbour.meta.id;
    neighbourMember.from = QDate(2024, 1, 1);
    requireStatus(repo.save(neighbourMember));

    Goal goal;
    goal.citizenId = c.meta.id;
    goal.description = kCanarySentence;
    goal.start = QDate(2024, 2, 1);
    requireStatus(repo.save(goal));
    SubGoal sub;
    sub.goalId = goal.meta.id;
    sub.criterion = kCanarySentence;
    sub.deadline = QDate(2026, 1, 1);
    requireStatus(repo.save(sub));
    GoalReview review;
    review.goalId = goal.meta.id;
    review.reviewDate = QDate(2025, 6, 1);
    review.summary = kCanarySentence;
    review.authorId = rc.staff.meta.id;
    requireStatus(repo.save(review));

    AppointmentSeries series;
    series.staffId = rc.staff.meta.id;
    series.citizenId = c.meta.id;
    series.place = kCanarySentence;
    series.firstDate = QDate(2025, 9, 2);
    series.localStart = QTime(10, 0);
    series.count = 2;
    requireStatus(repo.save(series));
    Appointment visit;
    visit.seriesId = series.meta.id;
    visit.staffId = rc.staff.meta.id;
    visit.citizenId = c.meta.id;
    visit.startUtc = utc(2025, 9, 2, 8);
    visit.outcome = Outcome::CancelledByCitizen;
    visit.outcomeReason = kCanarySentence;
    requireStatus(repo.save(visit));

    Appointment session;
    session.form = SupportForm::Group;
    session.staffId = rc.staff.meta.id;
    session.groupId = group.meta.id;
    session.startUtc = utc(2025, 10, 7, 12);
    session.topic = QStringLiteral("Budget");
    requireStatus(repo.save(session));
    Attendance att;
    att.appointmentId = session.meta.id;
    att.citizenId = c.meta.id;
    att.status = AttendanceStatus::Excused;
    att.reason = kCanarySentence;
    requireStatus(repo.save(att));
    GroupNote shared;
    shared.appointmentId = session.meta.id;
    shared.authorId = rc.staff.meta.id;
    shared.writtenUtc = utc(2025, 10, 7, 14);
    shared.text = QStringLiteral("Vi talte om budgetter.");
    requireStatus(repo.save(shared));
    rc.groupNoteId = shared.meta.id;
    JournalNote copy;
    copy.citizenId = c.meta.id;
    copy.appointmentId = session.meta.id;
    copy.groupNoteId = shared.meta.id;
    copy.authorId = rc.staff.meta.id;
    copy.form = SupportForm::Group;
    copy.kind = NoteKind::Group;
    copy.writtenUtc = utc(2025, 10, 7, 14);
    copy.text = shared.text;
    copy.personalText = kCanarySentence;
    requireStatus(repo.save(copy));

    DeskVisit desk;
    desk.siteId = site.meta.id;
    desk.citizenId = c.meta.id;
    desk.arrivedUtc = utc(2025, 11, 4, 10);
    desk.topics = {DeskTopic::MitId};
    desk.note = kCanarySentence;
    requireStatus(repo.save(desk));

    FollowUpTask task;
    task.rule = TaskRule::NoShow;
    task.ruleKey = QStringLiteral("no_show:") + idText(visit.meta.id);
    task.citizenId = c.meta.id;
    task.subjectId = visit.meta.id;
    task.assigneeId = rc.staff.meta.id;
    task.dueDate = QDate(2025, 9, 9);
    task.reason = kCanarySentence;
    requireStatus(repo.save(task));

    // A journal note written, then edited (two revisions), with an assessment, and marked
    // deleted afterwards: still data about the citizen.
    JournalService journal(reg);
    JournalNote note;
    note.citizenId = c.meta.id;
    note.text = kCanaryRevision;
    requireStatus(journal.write(note, {}, rc.staff.meta.id));
    note.text = kCanarySentence + QStringLiteral(" <script>alert(1)</script>");
    GoalAssessment assessment;
    assessment.subGoalId = sub.meta.id;
    assessment.progress = Progress::Improved;
    requireStatus(journal.write(note, {assessment}, rc.staff.meta.id));
    rc.noteId = note.meta.id;
    rc.noteRevisions = 2;
    return rc;
}

inline QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The files in `folder` (not recursive) that contain `text` as UTF-8 or UTF-16 (LE or BE).
inline QStringList filesContaining(const QString& folder, const QString& text) {
    QByteArray le(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    QByteArray be = le;
    for (qsizetype i = 0; i + 1 < be.size(); i += 2)
        std::swap(be[i], be[i + 1]);
    QStringList out;
    const QDir dir(folder);
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden)) {
        const QByteArray bytes = readAll(dir.filePath(name));
        if (bytes.contains(text.toUtf8()) || bytes.contains(le) || bytes.contains(be))
            out << name;
    }
    return out;
}

} // namespace bs::test
