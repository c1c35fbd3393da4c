#include "DemoJournal.h"

#include "services/JournalService.h"
#include "services/Scheduler.h"

#include <random>

namespace bs {

namespace {

QString u8(const char* text) {
    return QString::fromUtf8(text);
}

} // namespace

Status addDemoJournal(Registry& registry, QDate today, quint32 seed) {
    if (!today.isValid())
        today = registry.clock().today();
    std::mt19937 rng(seed);
    const auto between = [&rng](int lo, int hi) {
        return std::uniform_int_distribution<int>(lo, hi)(rng);
    };
    static constexpr const char* opening[] = {
        "Vi tog udgangspunkt i ugens aftaler.", "Borgeren havde forberedt sig og tog selv ordet.",
        "Besøget startede med en snak om, hvordan ugen var gået.",
        "Vi fulgte op på det, vi aftalte sidst."};
    static constexpr const char* work[] = {
        "Vi gennemgik posten i e-Boks sammen, og borgeren betalte selv to regninger.",
        "Vi lavede en madplan for ugen og en indkøbsliste.",
        "Vi øvede at ringe til kommunen; borgeren førte selv samtalen.",
        "Vi ryddede op i køkkenet og lavede en fast rutine for opvasken.",
        "Vi talte om søvn og døgnrytme og lavede en plan for aftenen.",
        "Vi gik en tur til Netto, og borgeren handlede selv ind efter listen.",
        "Vi brugte kalenderen på telefonen til at sætte påmindelser op."};
    static constexpr const char* closing[] = {
        "Aftale til næste gang: borgeren prøver selv og fortæller, hvordan det gik.",
        "Næste gang følger vi op på budgettet.", "Borgeren virkede rolig og motiveret.",
        "Borgeren var træt i dag; vi holdt besøget kort."};

    Scheduler scheduler(registry);
    JournalService journal(registry);
    const QDateTime now = registry.clock().nowUtc();
    const QDateTime from = localToUtc(today.addDays(-56), QTime(0, 0));
    const QDateTime to = qMin(now, localToUtc(today, QTime(0, 0)));
    if (to <= from)
        return Status::success(); // the demo's day lies ahead of the clock: nothing to document
    auto visits = scheduler.appointments(from, to);
    if (!visits)
        return Status(visits.error());
    // One transaction: the notes' own transactions become savepoints inside it.
    return registry.database().transaction([&]() -> Status {
        for (const Appointment& a : std::as_const(*visits)) {
            if (a.outcome != Outcome::Completed || a.citizenId.isNull() ||
                (a.form != SupportForm::Individual && a.form != SupportForm::Virtual))
                continue;
            if (between(1, 100) > 75)
                continue; // not every visit gets its note in the demo
            auto subGoals = journal.activeSubGoals(a.citizenId);
            if (!subGoals)
                return Status(subGoals.error());
            JournalNote note;
            note.citizenId = a.citizenId;
            note.appointmentId = a.meta.id;
            note.form = a.form;
            note.writtenUtc = qMin(now, a.endUtc().addSecs(qint64(between(20, 240)) * 60));
            note.text = u8(opening[between(0, 3)]) + QLatin1Char(' ') + u8(work[between(0, 6)]) +
                        QLatin1Char(' ') + u8(closing[between(0, 3)]);
            QList<GoalAssessment> assessed;
            for (int k = 0; k < std::min<qsizetype>(subGoals->size(), between(0, 2)); ++k) {
                GoalAssessment g;
                g.subGoalId = (*subGoals)[between(0, int(subGoals->size()) - 1)].meta.id;
                if (std::any_of(assessed.cbegin(), assessed.cend(), [&](const GoalAssessment& o) {
                        return o.subGoalId == g.subGoalId;
                    }))
                    continue;
                const int r = between(1, 100);
                g.progress = r <= 50   ? Progress::Improved
                             : r <= 85 ? Progress::Unchanged
                                       : Progress::Worsened;
                assessed << g;
            }
            if (Status s = journal.write(note, assessed, a.staffId); !s)
                return Status::failure(QStringLiteral("journal note of %1: %2")
                                           .arg(a.startUtc.toString(Qt::ISODate), s.message()));
            if (between(1, 100) <= 70)
                if (Status s = journal.sign(note, a.staffId); !s)
                    return s;
        }
        return Status::success();
    });
}

} // namespace bs
