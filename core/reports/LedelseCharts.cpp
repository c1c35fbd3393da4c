#include "LedelseCharts.h"

#include "ActivityReports.h"
#include "GoalReports.h"
#include "SavingsReport.h"
#include "ServiceReports.h"

#include <QCoreApplication>
#include <array>

namespace bs {

namespace {

using F = ReportFamily;

constexpr std::array<ChartInfo, 18> kCharts{{
    {ChartId::CitizensPerForm, "activity.citizens_per_form", F::Activity,
     QT_TRANSLATE_NOOP("LedelseCharts", "Citizens per support form")},
    {ChartId::FormCombinations, "activity.form_combinations", F::Activity,
     QT_TRANSLATE_NOOP("LedelseCharts", "Combinations of support forms")},
    {ChartId::Sessions, "activity.sessions", F::Activity,
     QT_TRANSLATE_NOOP("LedelseCharts", "Planned and delivered sessions")},
    {ChartId::Hours, "activity.hours", F::Activity,
     QT_TRANSLATE_NOOP("LedelseCharts", "Planned and delivered hours")},
    {ChartId::NoShowsByForm, "activity.no_shows_by_form", F::Activity,
     QT_TRANSLATE_NOOP("LedelseCharts", "No-shows and cancellations per support form")},
    {ChartId::NoShowsBySite, "activity.no_shows_by_site", F::Activity,
     QT_TRANSLATE_NOOP("LedelseCharts", "No-shows and cancellations per site")},
    {ChartId::CancellationReasons, "activity.cancellation_reasons", F::Activity,
     QT_TRANSLATE_NOOP("LedelseCharts", "Reasons for no-shows and cancellations")},
    {ChartId::Caseload, "activity.caseload", F::Activity,
     QT_TRANSLATE_NOOP("LedelseCharts", "Caseload per staff member")},
    {ChartId::Travel, "activity.travel", F::Activity,
     QT_TRANSLATE_NOOP("LedelseCharts", "Travel for individual visits")},
    {ChartId::DeskVisitsPerDay, "activity.desk_visits", F::Activity,
     QT_TRANSLATE_NOOP("LedelseCharts", "Rådgivning: visits per opening day")},
    {ChartId::DeskDurations, "activity.desk_durations", F::Activity,
     QT_TRANSLATE_NOOP("LedelseCharts", "Rådgivning: waiting and visit times")},
    {ChartId::GroupSessions, "activity.group_sessions", F::Activity,
     QT_TRANSLATE_NOOP("LedelseCharts", "Groups: attendance per session")},
    {ChartId::GroupMembers, "activity.group_members", F::Activity,
     QT_TRANSLATE_NOOP("LedelseCharts", "Groups: attendance per member")},
    {ChartId::GoalOutcomes, "goals.outcomes", F::Goals,
     QT_TRANSLATE_NOOP("LedelseCharts", "Indsatsmål: reached, partly, not reached, ended")},
    {ChartId::SubGoalProgress, "goals.subgoal_progress", F::Goals,
     QT_TRANSLATE_NOOP("LedelseCharts", "Delmål progress by FFB theme")},
    {ChartId::P82bDurations, "goals.p82b_durations", F::Goals,
     QT_TRANSLATE_NOOP("LedelseCharts", "Duration of § 82 b grants")},
    {ChartId::SavingsPerMonth, "savings.per_month", F::Savings,
     QT_TRANSLATE_NOOP("LedelseCharts", "Realised savings per month")},
    {ChartId::SavingsPerYear, "savings.per_year", F::Savings,
     QT_TRANSLATE_NOOP("LedelseCharts", "Realised savings per year against the target")},
}};

} // namespace

std::span<const ChartInfo> chartCatalogue() {
    return kCharts;
}

const ChartInfo& chartInfo(ChartId id) {
    for (const ChartInfo& info : kCharts)
        if (info.id == id)
            return info;
    return kCharts[0];
}

std::optional<ChartId> chartFromCode(const QString& code) {
    for (const ChartInfo& info : kCharts)
        if (code == QLatin1String(info.code))
            return info.id;
    return std::nullopt;
}

QString chartTitle(ChartId id) {
    return QCoreApplication::translate("LedelseCharts", chartInfo(id).title);
}

QList<ChartId> chartsOf(ReportFamily family) {
    QList<ChartId> out;
    for (const ChartInfo& info : kCharts)
        if (info.family == family)
            out << info.id;
    return out;
}

QString familyCode(ReportFamily family) {
    switch (family) {
    case ReportFamily::Activity:
        return QStringLiteral("activity");
    case ReportFamily::Goals:
        return QStringLiteral("goals");
    case ReportFamily::Savings:
        return QStringLiteral("savings");
    }
    return {};
}

std::optional<ReportFamily> familyFromCode(const QString& code) {
    for (const ReportFamily f :
         {ReportFamily::Activity, ReportFamily::Goals, ReportFamily::Savings})
        if (familyCode(f) == code)
            return f;
    return std::nullopt;
}

Result<ReportTable> computeChart(const Database& db, ChartId id, const ReportFilter& filter) {
    if (auto valid = filter.validate(); !valid)
        return Result<ReportTable>(valid.error());
    Result<ReportTable> table = [&]() -> Result<ReportTable> {
        switch (id) {
        case ChartId::CitizensPerForm:
            return reports::citizensPerForm(db, filter);
        case ChartId::FormCombinations:
            return reports::formCombinations(db, filter);
        case ChartId::Sessions:
            return reports::sessions(db, filter);
        case ChartId::Hours:
            return reports::hours(db, filter);
        case ChartId::NoShowsByForm:
            return reports::noShowsByForm(db, filter);
        case ChartId::NoShowsBySite:
            return reports::noShowsBySite(db, filter);
        case ChartId::CancellationReasons:
            return reports::cancellationReasons(db, filter);
        case ChartId::Caseload:
            return reports::caseload(db, filter);
        case ChartId::Travel:
            return reports::travel(db, filter);
        case ChartId::DeskVisitsPerDay:
            return reports::deskVisitsPerDay(db, filter);
        case ChartId::DeskDurations:
            return reports::deskDurations(db, filter);
        case ChartId::GroupSessions:
            return reports::groupSessions(db, filter);
        case ChartId::GroupMembers:
            return reports::groupMembers(db, filter);
        case ChartId::GoalOutcomes:
            return reports::goalOutcomes(db, filter);
        case ChartId::SubGoalProgress:
            return reports::subGoalProgress(db, filter);
        case ChartId::P82bDurations:
            return reports::p82bDurations(db, filter);
        case ChartId::SavingsPerMonth:
            return reports::savingsPerMonth(db, filter);
        case ChartId::SavingsPerYear:
            return reports::savingsPerYear(db, filter);
        }
        return Result<ReportTable>::failure(QStringLiteral("unknown chart"));
    }();
    if (table) {
        table->key = QString::fromLatin1(chartInfo(id).code);
        table->title = chartTitle(id);
    }
    return table;
}

} // namespace bs
