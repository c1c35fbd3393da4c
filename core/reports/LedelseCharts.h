#pragma once
// The catalogue of the Ledelse section's charts: one id, stable code, family and title each, and
// computeChart() which answers any of them for a filter. The UI lists the catalogue, the CLI's
// `report activity|goals|savings` prints a family, and the status note embeds a selection.
#include "ReportFilter.h"
#include "ReportTable.h"
#include "storage/Database.h"
#include <span>

namespace bs {

enum class ReportFamily { Activity, Goals, Savings };

enum class ChartId {
    // activity (ActivityReports.h)
    CitizensPerForm,
    FormCombinations,
    Sessions,
    Hours,
    NoShowsByForm,
    NoShowsBySite,
    CancellationReasons,
    Caseload,
    Travel,
    // rådgivning and groups (ServiceReports.h), family Activity
    DeskVisitsPerDay,
    DeskDurations,
    GroupSessions,
    GroupMembers,
    // goals (GoalReports.h)
    GoalOutcomes,
    SubGoalProgress,
    P82bDurations,
    // savings (SavingsReport.h)
    SavingsPerMonth,
    SavingsPerYear,
};

struct ChartInfo {
    ChartId id;
    const char* code; // stable, e.g. "activity.no_shows_by_form" (CLI, JSON, file names)
    ReportFamily family;
    const char* title; // English source, translated in context "LedelseCharts"
};

std::span<const ChartInfo> chartCatalogue();
const ChartInfo& chartInfo(ChartId id);
std::optional<ChartId> chartFromCode(const QString& code);
QString chartTitle(ChartId id); // translated
QList<ChartId> chartsOf(ReportFamily family);
QString familyCode(ReportFamily family); // "activity", "goals", "savings"
std::optional<ReportFamily> familyFromCode(const QString& code);

// Validates the filter and computes one chart's table. Safe to call from a worker thread with
// that thread's own Database connection.
Result<ReportTable> computeChart(const Database& db, ChartId id, const ReportFilter& filter);

} // namespace bs
