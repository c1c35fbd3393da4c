#include "GoalFollowUp.h"

#include "storage/CalendarQueries.h"

#include <QSet>
#include <algorithm>
#include <optional>

namespace bs {

namespace {

QString dateText(QDate d) {
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

QDate localDate(const QDateTime& utc) {
    return utc.toTimeZone(Clock::localZone()).date();
}

// On one date: the start first, then notes and assessments, reviews, and the end last.
int rank(TimelineEntry::Kind kind) {
    switch (kind) {
    case TimelineEntry::Kind::Start:
        return 0;
    case TimelineEntry::Kind::Note:
    case TimelineEntry::Kind::Assessment:
        return 1;
    case TimelineEntry::Kind::Review:
        return 2;
    case TimelineEntry::Kind::End:
        return 3;
    }
    return 1;
}

int levelValue(FunctionLevel level) {
    switch (level) {
    case FunctionLevel::None:
        return 0;
    case FunctionLevel::Mild:
        return 1;
    case FunctionLevel::Moderate:
        return 2;
    case FunctionLevel::Severe:
        return 3;
    case FunctionLevel::Complete:
        return 4;
    case FunctionLevel::NotAssessed:
        break;
    }
    return -1;
}

bool runsPast(QDate to, QDate date) {
    return to.isNull() || to > date;
}

} // namespace

GoalFollowUp::GoalFollowUp(Registry& registry) : m_registry(registry), m_repo(registry.database()) {
}

QString GoalFollowUp::staffName(const QUuid& id) const {
    if (id.isNull())
        return {};
    auto s = m_registry.record<Staff>(id);
    return s ? QStringLiteral("%1 – %2").arg(s->initials, s->name) : QString();
}

Result<QList<GoalAssessment>> GoalFollowUp::assessments(const QUuid& goalId,
                                                        const QList<SubGoal>& subGoals) const {
    QStringList marks;
    QVariantList binds{idText(goalId)};
    for (const SubGoal& s : subGoals) {
        marks << QStringLiteral("?");
        binds << idText(s.meta.id);
    }
    QString where = QStringLiteral("goal_id = ?");
    if (!marks.isEmpty())
        where += QStringLiteral(" OR subgoal_id IN (%1)").arg(marks.join(QLatin1Char(',')));
    return m_repo.list<GoalAssessment>(where, binds, false, QStringLiteral("assessed_utc"));
}

Result<QList<JournalNote>> GoalFollowUp::notesAbout(const Goal& goal,
                                                    const QList<SubGoal>& subGoals,
                                                    const QList<GoalAssessment>& assessed) const {
    auto notes = m_repo.listBy<JournalNote>("citizen_id", idText(goal.citizenId),
                                            QStringLiteral("written_utc"));
    if (!notes)
        return notes;
    return notesAbout(subGoals, assessed, *notes);
}

QList<JournalNote> GoalFollowUp::notesAbout(const QList<SubGoal>& subGoals,
                                            const QList<GoalAssessment>& assessed,
                                            const QList<JournalNote>& citizenNotes) const {
    QSet<QUuid> subIds;
    for (const SubGoal& s : subGoals)
        subIds.insert(s.meta.id);
    QSet<QUuid> noteIds;
    for (const GoalAssessment& a : assessed)
        if (!a.noteId.isNull())
            noteIds.insert(a.noteId);
    QList<JournalNote> out;
    for (const JournalNote& n : citizenNotes) {
        const bool names = std::any_of(n.subGoalIds.begin(), n.subGoalIds.end(),
                                       [&](const QUuid& id) { return subIds.contains(id); });
        if (names || noteIds.contains(n.meta.id))
            out << n;
    }
    return out;
}

Result<QList<GoalReview>> GoalFollowUp::reviews(const QUuid& goalId) const {
    return m_repo.listBy<GoalReview>("goal_id", idText(goalId),
                                     QStringLiteral("review_date, created_utc"));
}

Result<QList<TimelineEntry>> GoalFollowUp::timeline(const QUuid& goalId) const {
    using Entries = QList<TimelineEntry>;
    auto goal = m_registry.existing<Goal>(goalId, tr("The indsatsmål does not exist"),
                                          QStringLiteral("goal"));
    if (!goal)
        return Result<Entries>(goal.error());
    auto subs = m_registry.subGoals(goalId);
    if (!subs)
        return Result<Entries>(subs.error());
    QHash<QUuid, QString> criterion;
    for (const SubGoal& s : *subs)
        criterion.insert(s.meta.id, s.criterion);
    auto assessed = assessments(goalId, *subs);
    if (!assessed)
        return Result<Entries>(assessed.error());
    auto notes = notesAbout(*goal, *subs, *assessed);
    if (!notes)
        return Result<Entries>(notes.error());
    auto revs = reviews(goalId);
    if (!revs)
        return Result<Entries>(revs.error());

    Entries out;
    TimelineEntry start;
    start.kind = TimelineEntry::Kind::Start;
    start.date = goal->start;
    start.text = goal->description;
    out << start;
    for (const JournalNote& n : *notes) {
        TimelineEntry e;
        e.kind = TimelineEntry::Kind::Note;
        e.whenUtc = n.writtenUtc;
        e.date = localDate(n.writtenUtc);
        e.noteId = n.meta.id;
        e.authorId = n.authorId;
        e.authorName = staffName(n.authorId);
        e.text = n.fullText();
        QStringList named;
        for (const QUuid& id : n.subGoalIds)
            if (criterion.contains(id))
                named << criterion.value(id);
        e.subGoal = named.join(QStringLiteral("; "));
        out << e;
    }
    for (const GoalAssessment& a : *assessed) {
        TimelineEntry e;
        e.kind = TimelineEntry::Kind::Assessment;
        e.whenUtc = a.assessedUtc;
        e.date = localDate(a.assessedUtc);
        e.subGoalId = a.subGoalId;
        e.subGoal = criterion.value(a.subGoalId);
        e.progress = a.progress;
        e.level = a.level;
        e.noteId = a.noteId;
        e.authorId = a.authorId;
        e.authorName = staffName(a.authorId);
        out << e;
    }
    for (const GoalReview& r : *revs) {
        TimelineEntry e;
        e.kind = TimelineEntry::Kind::Review;
        e.date = r.reviewDate;
        e.reviewStatus = r.status;
        e.text = r.summary;
        e.authorId = r.authorId;
        e.authorName = staffName(r.authorId);
        out << e;
    }
    if (!goal->isOpen() && goal->endDate.isValid()) {
        TimelineEntry end;
        end.kind = TimelineEntry::Kind::End;
        end.date = goal->endDate;
        end.goalStatus = goal->status;
        out << end;
    }
    std::stable_sort(out.begin(), out.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (rank(a.kind) != rank(b.kind))
            return rank(a.kind) < rank(b.kind);
        if (a.whenUtc != b.whenUtc)
            return a.whenUtc < b.whenUtc;
        // A note before the assessments made in it.
        return a.kind == TimelineEntry::Kind::Note && b.kind == TimelineEntry::Kind::Assessment;
    });
    return out;
}

Result<QList<LevelPoint>> GoalFollowUp::levelSeries(const QUuid& goalId) const {
    using Points = QList<LevelPoint>;
    auto subs = m_registry.subGoals(goalId);
    if (!subs)
        return Result<Points>(subs.error());
    auto assessed = assessments(goalId, *subs);
    if (!assessed)
        return Result<Points>(assessed.error());
    Points out;
    for (const GoalAssessment& a : *assessed) { // oldest first
        if (a.level == FunctionLevel::NotAssessed)
            continue;
        const LevelPoint p{localDate(a.assessedUtc), a.level, levelValue(a.level)};
        if (!out.isEmpty() && out.last().date == p.date)
            out.last() = p;
        else
            out << p;
    }
    return out;
}

Result<QList<MonthProgress>> GoalFollowUp::progressCounts(const QUuid& goalId) const {
    using Months = QList<MonthProgress>;
    auto subs = m_registry.subGoals(goalId);
    if (!subs)
        return Result<Months>(subs.error());
    auto assessed = assessments(goalId, *subs);
    if (!assessed)
        return Result<Months>(assessed.error());
    Months out;
    for (const GoalAssessment& a : *assessed) {
        const QDate d = localDate(a.assessedUtc);
        const QDate month(d.year(), d.month(), 1);
        while (!out.isEmpty() && out.last().month < month)
            out << MonthProgress{out.last().month.addMonths(1)};
        if (out.isEmpty())
            out << MonthProgress{month};
        MonthProgress& m = out.last();
        if (a.progress == Progress::Improved)
            ++m.improved;
        else if (a.progress == Progress::Worsened)
            ++m.worsened;
        else
            ++m.unchanged;
    }
    return out;
}

// --- Stale delmål -----------------------------------------------------------------------------

int GoalFollowUp::staleWeeks() const {
    auto rows = CalendarQueries(m_registry.database()).settings();
    if (!rows)
        return kDefaultStaleWeeks;
    bool ok = false;
    const int weeks = rows->value(QLatin1String(kStaleWeeksSetting)).toInt(&ok);
    return ok && weeks > 0 ? weeks : kDefaultStaleWeeks;
}

Status GoalFollowUp::setStaleWeeks(int weeks) {
    if (weeks < 1 || weeks > 52)
        return Status::failure(tr("Weeks without a note: between 1 and 52"),
                               QStringLiteral("staleWeeks"));
    const CalendarQueries queries(m_registry.database());
    return m_registry.database().transaction([&] {
        return queries.saveSetting(QLatin1String(kStaleWeeksSetting), QString::number(weeks));
    });
}

Result<QList<StaleSubGoal>> GoalFollowUp::staleSubGoals(const QUuid& citizenId, int weeks) const {
    using Stale = QList<StaleSubGoal>;
    if (weeks <= 0)
        weeks = staleWeeks();
    const QDate today = m_registry.clock().today();
    QList<Citizen> citizens;
    if (!citizenId.isNull()) {
        auto c = m_registry.existing<Citizen>(citizenId, tr("The citizen does not exist"),
                                              QStringLiteral("citizen"));
        if (!c)
            return Result<Stale>(c.error());
        citizens << *c;
    } else {
        auto all = m_registry.citizens();
        if (!all)
            return Result<Stale>(all.error());
        for (const Citizen& c : *all)
            if (c.status == CitizenStatus::Active)
                citizens << c;
    }
    Stale out;
    for (const Citizen& c : std::as_const(citizens)) {
        auto goals = m_registry.goals(c.meta.id);
        if (!goals)
            return Result<Stale>(goals.error());
        // The citizen's notes are read once for all their goals (years of notes, many goals).
        std::optional<QList<JournalNote>> citizenNotes;
        for (const Goal& g : *goals) {
            if (!g.isOpen())
                continue;
            auto subs = m_registry.subGoals(g.meta.id);
            if (!subs)
                return Result<Stale>(subs.error());
            auto assessed = assessments(g.meta.id, *subs);
            if (!assessed)
                return Result<Stale>(assessed.error());
            if (!citizenNotes) {
                auto read = m_repo.listBy<JournalNote>("citizen_id", idText(c.meta.id),
                                                       QStringLiteral("written_utc"));
                if (!read)
                    return Result<Stale>(read.error());
                citizenNotes = std::move(*read);
            }
            const QList<JournalNote> notesList = notesAbout(*subs, *assessed, *citizenNotes);
            const QList<JournalNote>* notes = &notesList;
            for (const SubGoal& s : *subs) {
                if (s.status != GoalStatus::Active)
                    continue;
                QDate last;
                for (const GoalAssessment& a : *assessed)
                    if (a.subGoalId == s.meta.id)
                        last = qMax(last, localDate(a.assessedUtc));
                for (const JournalNote& n : *notes)
                    if (n.subGoalIds.contains(s.meta.id))
                        last = qMax(last, localDate(n.writtenUtc));
                // Never written about: count from when the delmål was set.
                QDate since = last;
                if (!since.isValid())
                    since = qMax(g.start, localDate(s.meta.createdUtc));
                const qint64 days = since.daysTo(today);
                if (days < qint64(weeks) * 7)
                    continue;
                out << StaleSubGoal{s, g, c.name, last, since, int(days / 7)};
            }
        }
    }
    return out;
}

// --- Review -----------------------------------------------------------------------------------

Result<ReviewResult> GoalFollowUp::review(const ReviewRequest& request) {
    using Out = Result<ReviewResult>;
    auto goal = m_registry.existing<Goal>(request.goalId, tr("The indsatsmål does not exist"),
                                          QStringLiteral("goal"));
    if (!goal)
        return Out(goal.error());
    if (!goal->isOpen())
        return Out::failure(tr("The indsatsmål has already ended (%1); it cannot be reviewed again")
                                .arg(label(goal->status)),
                            QStringLiteral("goal"));
    if (auto a = m_registry.existing<Staff>(request.authorId,
                                            tr("Reviewed by: choose who made the review"),
                                            QStringLiteral("author"));
        !a)
        return Out(a.error());
    const bool ending = request.status != ReviewStatus::Continue;
    if (request.date.isValid()) {
        if (request.date < goal->start)
            return Out::failure(tr("Review date: must not be before the goal's start (%1)")
                                    .arg(dateText(goal->start)),
                                QStringLiteral("reviewDate"));
        if (request.date > m_registry.clock().today())
            return Out::failure(tr("Review date: a review is recorded after it took place; the "
                                   "date cannot be in the future"),
                                QStringLiteral("reviewDate"));
    }
    if (ending && request.outcome == GoalStatus::Active)
        return Out::failure(tr("Goal outcome: choose how the goal ended"),
                            QStringLiteral("outcome"));
    if (!ending && request.nextReview.isValid() && request.nextReview <= request.date)
        return Out::failure(tr("Next review: must be after the review date"),
                            QStringLiteral("nextReview"));

    ReviewResult result;
    result.review.goalId = goal->meta.id;
    result.review.reviewDate = request.date;
    result.review.status = request.status;
    result.review.summary = request.summary.trimmed();
    result.review.authorId = request.authorId;
    if (auto s = result.review.validate().toStatus(); !s)
        return Out(s.error());
    result.goal = *goal;

    const Status saved = m_registry.database().transaction([&]() -> Status {
        if (auto r = m_repo.save(result.review); !r)
            return r;
        if (ending)
            return m_registry.endGoal(result.goal, request.outcome, request.date);
        if (request.nextReview.isValid()) {
            result.goal.reviewDate = request.nextReview;
            return m_registry.saveGoal(result.goal);
        }
        return Status::success();
    });
    if (!saved)
        return Out(saved.error());
    if (ending) {
        auto proposal = proposalAfterEnding(result.goal, request.date);
        if (!proposal)
            return Out(proposal.error());
        result.proposal = *proposal;
    }
    return result;
}

Result<ClosingProposal> GoalFollowUp::proposalAfterEnding(const Goal& ended, QDate date) const {
    using Out = Result<ClosingProposal>;
    ClosingProposal p;
    p.citizenId = ended.citizenId;
    p.date = date;
    auto goals = m_registry.goals(ended.citizenId);
    auto grants = m_registry.grants(ended.citizenId);
    auto allocations = m_registry.allocations(ended.citizenId);
    if (!goals)
        return Out(goals.error());
    if (!grants)
        return Out(grants.error());
    if (!allocations)
        return Out(allocations.error());
    QSet<QUuid> grantsWithOpenGoals;
    bool anyOpen = false;
    for (const Goal& g : *goals) {
        if (!g.isOpen())
            continue;
        anyOpen = true;
        grantsWithOpenGoals.insert(g.grantId);
    }
    for (const Grant& g : *grants) {
        if (g.meta.deleted || g.from > date || !runsPast(g.to, date) ||
            grantsWithOpenGoals.contains(g.meta.id))
            continue;
        // The ended goal's own grant; or any running grant once the citizen has no open goal.
        if (g.meta.id == ended.grantId || !anyOpen)
            p.grants << g;
    }
    for (const Allocation& a : *allocations) {
        if (a.meta.deleted || a.from > date || !runsPast(a.to, date))
            continue;
        if (std::any_of(p.grants.begin(), p.grants.end(),
                        [&](const Grant& g) { return g.meta.id == a.grantId; }))
            p.allocations << a;
    }
    return p;
}

Status GoalFollowUp::applyProposal(const ClosingProposal& proposal) {
    if (!proposal.date.isValid())
        return Status::failure(tr("End date: must be a date"), QStringLiteral("date"));
    return m_registry.database().transaction([&]() -> Status {
        for (Grant g : proposal.grants) {
            auto stored = m_registry.existing<Grant>(g.meta.id, tr("Grant: it no longer exists"),
                                                     QStringLiteral("grant"));
            if (!stored)
                return Status(stored.error());
            if (auto r = m_registry.endGrant(*stored, proposal.date); !r)
                return r;
        }
        for (const Allocation& a : proposal.allocations) {
            // Re-read: ending its grant may have ended it already.
            auto stored = m_registry.existing<Allocation>(
                a.meta.id, tr("Support form: it no longer exists"), QStringLiteral("allocation"));
            if (!stored)
                return Status(stored.error());
            if (!runsPast(stored->to, proposal.date))
                continue;
            if (auto r = m_registry.endAllocation(*stored, proposal.date); !r)
                return r;
        }
        return Status::success();
    });
}

} // namespace bs
