#pragma once
// Hand-made tables in the shape of the status note's period charts (ActivityReports.h,
// GoalReports.h, SavingsReport.h), and a ChartSource giving them, for the note's core and GUI
// tests while the figures themselves are tested elsewhere.
#include "reports/StatusNote.h"

#include <optional>

namespace bs::test {

inline ReportColumn col(const char* key, ColumnType type = ColumnType::Integer, int decimals = 0) {
    return {QLatin1String(key), QLatin1String(key), type, decimals, true, false};
}

// ActivityReports.h noShowsByForm's shape: 3 + 1 no-shows, 2 + 1 + 0 + 1 cancellations.
inline ReportTable noShows() {
    ReportTable t;
    t.columns = {col("form", ColumnType::Text),
                 col("appointments"),
                 col("no_shows"),
                 col("cancelled_by_citizen"),
                 col("cancelled_by_staff"),
                 col("no_show_rate", ColumnType::Percent, 1),
                 col("cancellation_rate", ColumnType::Percent, 1)};
    t.rows = {{QStringLiteral("Individuel bostøtte"), 20, 3, 2, 1, 15.0, 15.0},
              {QStringLiteral("Rådgivning"), 0, 0, 0, 0, QVariant(), QVariant()},
              {QStringLiteral("Gruppeforløb"), 10, 1, 0, 1, 10.0, 10.0},
              {QStringLiteral("Virtuel bostøtte"), 0, 0, 0, 0, QVariant(), QVariant()}};
    return t;
}

inline ReportTable goals() {
    ReportTable t;
    t.columns = {col("status", ColumnType::Text), col("goals")};
    t.rows = {{QStringLiteral("Opnået"), 4},
              {QStringLiteral("Delvist opnået"), 2},
              {QStringLiteral("Ikke opnået"), 1},
              {QStringLiteral("Afsluttet"), 0},
              {QStringLiteral("Aktive"), 12}};
    return t;
}

inline ReportTable savings() {
    ReportTable t;
    t.columns = {col("year", ColumnType::Text), col("cafe", ColumnType::Decimal),
                 col("total", ColumnType::Decimal, 1), col("total_target", ColumnType::Decimal)};
    t.rows = {{QStringLiteral("2025"), 12500.7, 20250.5, 50000.0}};
    return t;
}

// Hand-made tables for the note's charts; records the filters asked for.
struct FakeCharts {
    QList<ReportFilter> asked;
    QList<ChartId> ids;
    std::optional<ChartId> failing;
    ChartSource source() {
        return [this](const Database&, ChartId id, const ReportFilter& f) -> Result<ReportTable> {
            asked << f;
            ids << id;
            if (failing && *failing == id)
                return Result<ReportTable>::failure(QStringLiteral("the database is locked"));
            switch (id) {
            case ChartId::NoShowsByForm:
                return noShows();
            case ChartId::GoalOutcomes:
                return goals();
            default:
                return savings();
            }
        };
    }
};

} // namespace bs::test
