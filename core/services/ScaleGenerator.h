#pragma once
// A fictitious municipality at scale, for performance work (issue 8): sites, teams, staff,
// citizens with consecutive grants (§ 82 a / 82 b / 85), indsatsmål and delmål, support-form
// allocations over all four forms, support groups with members and attendance, years of
// appointments with realistic outcomes, journal notes (each with its first revision and its
// full-text index row, folded as JournalService indexes it), goal assessments, goal reviews,
// follow-up tasks for recent no-shows and rådgivning desk visits. Large: 5 000 citizens, 300 staff,
// 8 years, about 2 million appointments and 1.5 million notes.
//
// Rows are built as domain values and written through BulkWriter with the columns Repository
// would write, so the application reads them as its own. Nothing is written to the change log:
// the generated rows are history older than the log, like rows from before schema 9. One access-
// log entry (an import) records the generation. Every time lies within the period before the
// clock's now; the same seed always gives the same rows (ids included).
#include "domain/Result.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

namespace bs {

enum class Scale { Small, Medium, Large };

struct ScaleSizes {
    int citizens = 0;
    int staff = 0;
    int sites = 0;
    int years = 0;
};

struct ScaleOptions {
    Scale scale = Scale::Small;
    quint32 seed = 1;
    // Called now and then with the share done (0-100) and the step, e.g. for a progress line.
    std::function<void(int percent, const QString& step)> progress;
};

class ScaleGenerator {
    Q_DECLARE_TR_FUNCTIONS(ScaleGenerator)
public:
    // Fills a new, empty database (refuses one that has citizens or staff). On failure the file
    // may hold part of the data: generate into a new file and discard it on failure.
    static Status generate(Database& db, const ScaleOptions& options);

    static ScaleSizes sizes(Scale scale);
    // "small", "medium" or "large" (any case); std::nullopt otherwise.
    static std::optional<Scale> parseScale(const QString& text);
    static QString scaleName(Scale scale);
};

} // namespace bs
