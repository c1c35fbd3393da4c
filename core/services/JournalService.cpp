#include "JournalService.h"

#include "security/CitizenAccess.h"
#include "services/JournalText.h"
#include "storage/JournalQueries.h"
#include "storage/Repository.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace bs {

namespace {

QString localText(const QDateTime& utc) {
    return QLocale().toString(utc.toTimeZone(Clock::localZone()), QLocale::ShortFormat);
}

} // namespace

JournalService::JournalService(Registry& registry) : m_registry(registry) {
}

// --- Locking ------------------------------------------------------------------------------------

QDateTime JournalService::locksAtUtc(const JournalNote& note) {
    return note.writtenUtc.addSecs(qint64(kLockHours) * 3600);
}

bool JournalService::isLocked(const JournalNote& note) const {
    if (note.signedUtc.isValid())
        return true;
    return note.writtenUtc.isValid() && locksAtUtc(note) < m_registry.clock().nowUtc();
}

// --- Writing ------------------------------------------------------------------------------------

Status JournalService::checkAssessments(const JournalNote& note,
                                        QList<GoalAssessment>& assessments) const {
    QSet<QUuid> seen;
    const auto subGoalGoal = [&](const QUuid& subGoalId) -> Result<Goal> {
        auto sg = m_registry.existing<SubGoal>(
            subGoalId, tr("Delmål: a chosen delmål no longer exists"), QStringLiteral("subGoals"));
        if (!sg)
            return Result<Goal>(sg.error());
        auto goal = m_registry.existing<Goal>(
            sg->goalId, tr("Delmål: the goal of a chosen delmål no longer exists"),
            QStringLiteral("subGoals"));
        if (!goal)
            return goal;
        if (goal->citizenId != note.citizenId)
            return Result<Goal>::failure(
                tr("Delmål: “%1” belongs to another citizen").arg(sg->criterion),
                QStringLiteral("subGoals"));
        return goal;
    };
    for (const QUuid& id : note.subGoalIds)
        if (auto g = subGoalGoal(id); !g)
            return Status(g.error());
    for (GoalAssessment& a : assessments) {
        auto goal = subGoalGoal(a.subGoalId);
        if (!goal)
            return Status(goal.error());
        if (seen.contains(a.subGoalId))
            return Status::failure(tr("Delmål: a delmål is assessed twice in one note"),
                                   QStringLiteral("subGoals"));
        seen.insert(a.subGoalId);
        if (a.level != FunctionLevel::NotAssessed && !levelApplies(goal->theme))
            return Status::failure(
                tr("New level: %1 has no funktionsevneniveau (only themes under Aktivitet og "
                   "deltagelse have one)")
                    .arg(label(goal->theme)),
                QStringLiteral("subGoals"));
        a.goalId = goal->meta.id;
    }
    return Status::success();
}

Status JournalService::write(JournalNote& note, const QList<GoalAssessment>& assessments,
                             const QUuid& authorId) {
    const QDateTime now = m_registry.clock().nowUtc();
    if (authorId.isNull())
        return Status::failure(tr("Author: choose who you are under Settings"),
                               QStringLiteral("author"));
    if (auto st = m_registry.existing<Staff>(authorId,
                                             tr("Author: the chosen staff member does not exist"),
                                             QStringLiteral("author"));
        !st)
        return Status(st.error());

    JournalNote value = note;
    value.text = value.text.trimmed();
    value.personalText = value.personalText.trimmed();
    if (!value.meta.isNew()) {
        auto stored = m_registry.existing<JournalNote>(
            value.meta.id, tr("Note: the note no longer exists"), QStringLiteral("text"));
        if (!stored)
            return Status(stored.error());
        if (stored->kind == NoteKind::Group)
            return Status::failure(tr("Note: a group note is changed from the group session, "
                                      "where the shared text is written"),
                                   QStringLiteral("text"));
        if (isLocked(*stored))
            return Status::failure(
                stored->signedUtc.isValid()
                    ? tr("Note: the note was signed on %1 and is locked; write an addendum to "
                         "correct it")
                          .arg(localText(stored->signedUtc))
                    : tr("Note: the note was written on %1 and locked %2 hours later; write an "
                         "addendum to correct it")
                          .arg(localText(stored->writtenUtc))
                          .arg(kLockHours),
                QStringLiteral("text"));
        // What an edit cannot change.
        value.citizenId = stored->citizenId;
        value.authorId = stored->authorId;
        value.writtenUtc = stored->writtenUtc;
        value.kind = stored->kind;
        value.addendumTo = stored->addendumTo;
        value.groupNoteId = stored->groupNoteId;
        value.signedUtc = stored->signedUtc;
        value.appointmentId = stored->appointmentId;
        value.meta = stored->meta;
    } else {
        if (value.kind == NoteKind::Group)
            return Status::failure(tr("Note: group notes are written from the group session"),
                                   QStringLiteral("text"));
        if (value.writtenUtc.isValid() && value.writtenUtc > now)
            return Status::failure(tr("Note: a note cannot be written in the future"),
                                   QStringLiteral("text"));
        if (!value.writtenUtc.isValid())
            value.writtenUtc = now;
        value.authorId = authorId;
        value.signedUtc = {};
        value.groupNoteId = {};
    }
    if (auto v = value.validate().toStatus(); !v)
        return v;
    if (auto c = m_registry.existing<Citizen>(value.citizenId,
                                              tr("Citizen: the chosen citizen does not exist"),
                                              QStringLiteral("citizen"));
        !c)
        return Status(c.error());
    if (value.meta.isNew() && !value.appointmentId.isNull()) {
        auto a = m_registry.existing<Appointment>(
            value.appointmentId, tr("Appointment: the appointment no longer exists"),
            QStringLiteral("appointment"));
        if (!a)
            return Status(a.error());
        if (a->citizenId != value.citizenId)
            return Status::failure(tr("Appointment: the appointment is not with this citizen"),
                                   QStringLiteral("appointment"));
    }
    if (value.kind == NoteKind::Addendum) {
        auto target = m_registry.existing<JournalNote>(
            value.addendumTo, tr("Addendum: the note it corrects no longer exists"),
            QStringLiteral("text"));
        if (!target)
            return Status(target.error());
        if (target->citizenId != value.citizenId)
            return Status::failure(tr("Addendum: the note it corrects is another citizen's"),
                                   QStringLiteral("text"));
        if (value.meta.isNew() && !isLocked(*target))
            return Status::failure(tr("Addendum: the note can still be changed; edit it instead "
                                      "of writing an addendum"),
                                   QStringLiteral("text"));
    } else {
        value.addendumTo = {};
    }

    QList<GoalAssessment> given = assessments;
    for (const GoalAssessment& a : std::as_const(given))
        if (!value.subGoalIds.contains(a.subGoalId))
            value.subGoalIds.append(a.subGoalId);
    if (Status s = checkAssessments(value, given); !s)
        return s;

    // A new note's assessments are as of the note (it may document an earlier visit).
    const QDateTime assessedAt = value.meta.isNew() ? value.writtenUtc : now;
    Repository repo(m_registry.database());
    const Status s = m_registry.database().transaction([&]() -> Status {
        if (auto v = repo.save(value); !v)
            return v;
        auto before = repo.listBy<GoalAssessment>("note_id", idText(value.meta.id));
        if (!before)
            return Status(before.error());
        for (GoalAssessment old : std::as_const(*before))
            if (auto v = repo.markDeleted(old); !v)
                return v;
        for (GoalAssessment a : std::as_const(given)) {
            a.meta = SyncMeta{};
            a.noteId = value.meta.id;
            a.authorId = authorId;
            a.assessedUtc = assessedAt;
            if (auto v = a.validate().toStatus(); !v)
                return v;
            if (auto v = repo.save(a); !v)
                return v;
        }
        return recordSave(value, authorId);
    });
    if (s)
        note = value;
    return s;
}

Status JournalService::recordSave(const JournalNote& storedNote, const QUuid& by) {
    JournalQueries queries(m_registry.database());
    auto number = queries.nextRevisionNumber(storedNote.meta.id);
    if (!number)
        return Status(number.error());
    auto heads = queries.heads(storedNote.meta.id);
    if (!heads)
        return Status(heads.error());
    JournalRevision r;
    r.noteId = storedNote.meta.id;
    r.number = *number;
    r.parentIds = *heads; // a save supersedes every current version, so it resolves a split
    r.authorId = by;
    // The first revision is the writing itself (a note may record an earlier writing time).
    r.savedUtc = r.number == 1 && storedNote.writtenUtc.isValid() ? storedNote.writtenUtc
                                                                  : m_registry.clock().nowUtc();
    r.text = storedNote.text;
    r.personalText = storedNote.personalText;
    if (auto v = r.validate().toStatus(); !v)
        return v;
    if (auto v = Repository(m_registry.database()).save(r); !v)
        return v;
    return queries.index(storedNote.meta.id, journaltext::fold(storedNote.fullText()));
}

Status JournalService::unindex(const QUuid& noteId) {
    return JournalQueries(m_registry.database()).unindex(noteId);
}

Status JournalService::indexMissing() {
    JournalQueries queries(m_registry.database());
    auto complete = queries.indexComplete();
    if (!complete)
        return Status(complete.error());
    if (*complete)
        return Status::success(); // the one backfill is done; every write indexes its note
    auto missing = queries.unindexedNotes();
    if (!missing)
        return Status(missing.error());
    return m_registry.database().transaction([&]() -> Status {
        for (const QUuid& id : std::as_const(*missing)) {
            auto n = m_registry.record<JournalNote>(id);
            if (!n)
                return Status(n.error());
            if (auto s = queries.index(id, journaltext::fold(n->fullText())); !s)
                return s;
        }
        return queries.markIndexComplete();
    });
}

Status JournalService::sign(JournalNote& note, const QUuid& by) {
    auto stored = m_registry.existing<JournalNote>(
        note.meta.id, tr("Note: the note no longer exists"), QStringLiteral("text"));
    if (!stored)
        return Status(stored.error());
    if (by.isNull())
        return Status::failure(tr("Sign: choose who you are under Settings"),
                               QStringLiteral("author"));
    if (stored->kind == NoteKind::Group)
        return Status::failure(tr("Sign: a group note locks %1 hours after the session note was "
                                  "written")
                                   .arg(kLockHours),
                               QStringLiteral("text"));
    if (stored->signedUtc.isValid())
        return Status::failure(
            tr("Sign: the note was already signed on %1").arg(localText(stored->signedUtc)),
            QStringLiteral("text"));
    if (stored->authorId != by) {
        auto author = m_registry.record<Staff>(stored->authorId);
        return Status::failure(tr("Sign: only the note's author (%1) can sign it")
                                   .arg(author ? author->name : tr("unknown")),
                               QStringLiteral("author"));
    }
    JournalNote value = *stored;
    value.signedUtc = m_registry.clock().nowUtc();
    Repository repo(m_registry.database());
    const Status s = m_registry.database().transaction([&] { return repo.save(value); });
    if (s)
        note = value;
    return s;
}

Result<JournalNote> JournalService::addendum(const QUuid& lockedNoteId, const QString& text,
                                             const QUuid& authorId) {
    auto target = m_registry.existing<JournalNote>(
        lockedNoteId, tr("Addendum: the note it corrects no longer exists"),
        QStringLiteral("text"));
    if (!target)
        return target;
    JournalNote a;
    a.citizenId = target->citizenId;
    a.form = target->form;
    a.kind = NoteKind::Addendum;
    a.addendumTo = lockedNoteId;
    a.subGoalIds = target->subGoalIds;
    a.text = text;
    if (Status s = write(a, {}, authorId); !s)
        return Result<JournalNote>(s.error());
    return a;
}

// --- Reading ------------------------------------------------------------------------------------

Result<JournalNote> JournalService::note(const QUuid& noteId) const {
    return m_registry.existing<JournalNote>(noteId, tr("Note: the note no longer exists"), {});
}

Result<QList<JournalRevision>> JournalService::revisions(const QUuid& noteId) const {
    return Repository(m_registry.database())
        .listBy<JournalRevision>("note_id", idText(noteId), QStringLiteral("number"));
}

Result<QList<GoalAssessment>> JournalService::assessments(const QUuid& noteId) const {
    return Repository(m_registry.database())
        .listBy<GoalAssessment>("note_id", idText(noteId),
                                // Saved together, they keep the order they were written in.
                                m_registry.database().isServer()
                                    ? QStringLiteral("created_utc, ctid")
                                    : QStringLiteral("created_utc, rowid"));
}

Result<QList<JournalNote>> JournalService::addenda(const QUuid& noteId) const {
    return Repository(m_registry.database())
        .listBy<JournalNote>("addendum_to", idText(noteId), QStringLiteral("written_utc"));
}

Result<QList<JournalNote>> JournalService::notes(const QUuid& citizenId,
                                                 const SearchFilter& filter) const {
    using List = QList<JournalNote>;
    NoteQuery q;
    q.citizenId = citizenId;
    q.subGoalId = filter.subGoalId;
    q.authorId = filter.authorId;
    q.from = filter.from;
    q.to = filter.to;
    q.form = filter.form;
    q.limit = -1;
    auto ids = JournalQueries(m_registry.database()).notes(q);
    if (!ids)
        return Result<List>(ids.error());
    return notesInOrder(*ids);
}

Result<QList<JournalNote>> JournalService::notesInOrder(const QList<QUuid>& ids) const {
    using List = QList<JournalNote>;
    // Read in a few statements of up to 500 ids (not one per note), then put in the ids' order.
    QHash<QUuid, JournalNote> byId;
    Repository repo(m_registry.database());
    for (qsizetype at = 0; at < ids.size(); at += 500) {
        const QList<QUuid> chunk = ids.mid(at, 500);
        QStringList marks;
        QVariantList binds;
        for (const QUuid& id : chunk) {
            marks << QStringLiteral("?");
            binds << idText(id);
        }
        auto rows = repo.list<JournalNote>(
            QStringLiteral("id IN (%1)").arg(marks.join(QLatin1Char(','))), binds, true);
        if (!rows)
            return Result<List>(rows.error());
        for (const JournalNote& n : std::as_const(*rows))
            byId.insert(n.meta.id, n);
    }
    List out;
    out.reserve(ids.size());
    for (const QUuid& id : ids) {
        const auto it = byId.constFind(id);
        if (it == byId.constEnd())
            return Result<List>::failure(
                tr("The record was not found (it may have been removed)."));
        out.append(*it);
    }
    return out;
}

Result<QList<SubGoal>> JournalService::activeSubGoals(const QUuid& citizenId) const {
    using List = QList<SubGoal>;
    auto goals = m_registry.goals(citizenId);
    if (!goals)
        return Result<List>(goals.error());
    List out;
    for (const Goal& g : std::as_const(*goals)) {
        if (!g.isOpen() || g.meta.deleted)
            continue;
        auto subs = m_registry.subGoals(g.meta.id);
        if (!subs)
            return Result<List>(subs.error());
        for (const SubGoal& s : std::as_const(*subs))
            if (s.status == GoalStatus::Active && !s.meta.deleted)
                out.append(s);
    }
    return out;
}

Result<QList<SearchHit>> JournalService::search(const QString& query, const SearchFilter& filter,
                                                int limit, int offset) {
    using List = QList<SearchHit>;
    const journaltext::Query parsed = journaltext::parseQuery(query);
    const bool anyFilter = !filter.citizenId.isNull() || !filter.subGoalId.isNull() ||
                           !filter.authorId.isNull() || filter.from.isValid() ||
                           filter.to.isValid() || filter.form.has_value();
    if (parsed.isEmpty() && !anyFilter)
        return List();
    if (Status s = indexMissing(); !s)
        return Result<List>(s.error());
    NoteQuery q;
    q.match = parsed.ftsExpression();
    q.tsQuery = parsed.tsQuery();
    q.citizenId = filter.citizenId;
    q.subGoalId = filter.subGoalId;
    q.authorId = filter.authorId;
    q.from = filter.from;
    q.to = filter.to;
    q.form = filter.form;
    q.limit = limit;
    q.offset = offset;
    // Note text is sensitive: the query itself leaves out citizens outside need-to-know.
    auto visible = CitizenAccess(m_registry).visibleIds();
    if (!visible)
        return Result<List>(visible.error());
    q.visibleCitizens = *visible;
    auto ids = JournalQueries(m_registry.database()).notes(q);
    if (!ids)
        return Result<List>(ids.error());
    QHash<QUuid, QString> citizenNames;
    QHash<QUuid, Staff> staff;
    List out;
    for (const QUuid& id : std::as_const(*ids)) {
        auto n = m_registry.record<JournalNote>(id);
        if (!n)
            return Result<List>(n.error());
        SearchHit h;
        h.noteId = id;
        h.citizenId = n->citizenId;
        if (!citizenNames.contains(n->citizenId)) {
            auto c = m_registry.record<Citizen>(n->citizenId);
            citizenNames.insert(n->citizenId, c ? c->name : QString());
        }
        h.citizenName = citizenNames.value(n->citizenId);
        h.writtenUtc = n->writtenUtc;
        h.authorId = n->authorId;
        if (!staff.contains(n->authorId)) {
            auto s = m_registry.record<Staff>(n->authorId);
            staff.insert(n->authorId, s ? *s : Staff{});
        }
        h.authorInitials = staff.value(n->authorId).initials;
        h.authorName = staff.value(n->authorId).name;
        h.form = n->form;
        h.kind = n->kind;
        h.snippetHtml = journaltext::snippetHtml(n->fullText(), parsed);
        out.append(h);
    }
    return out;
}

// --- Templates ----------------------------------------------------------------------------------

QList<NoteTemplate> JournalService::templates(SupportForm form) {
    switch (form) {
    case SupportForm::Individual:
        return {{tr("Home visit"), tr("Purpose of the visit: \nWhat we did: \nHow it went: \n"
                                      "Agreements for next time: ")},
                {tr("Practical task"), tr("Task: \nWhat the citizen did themselves: \nWhere "
                                          "support was needed: \nNext step: ")}};
    case SupportForm::Counselling:
        return {{tr("Counselling visit"),
                 tr("Help with (e-Boks, MitID, netbank, letters, authorities): \nWhat we did: \n"
                    "What the citizen did themselves: \nFollow-up: ")},
                {tr("Short question"), tr("Question: \nAnswer/help given: ")}};
    case SupportForm::Group:
        return {{tr("Group session"), tr("Participation: \nWhat the citizen worked on: \n"
                                         "Contact with the others: \nNext time: ")}};
    case SupportForm::Virtual:
        return {{tr("Screen visit"), tr("Channel (video/phone): \nWhat we talked about: \n"
                                        "How the citizen is doing: \nAgreements: ")},
                {tr("No contact"), tr("Tried to reach the citizen at: \nWhat we did next: ")}};
    }
    return {};
}

} // namespace bs
