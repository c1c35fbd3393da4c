#include "GoalReports.h"

#include "ReportSql.h"

#include "domain/Ffb.h"
#include "domain/Journal.h"

#include <QHash>
#include <QSqlQuery>
#include <array>
#include <iterator>

namespace bs::reports {

namespace {

struct GoalText {
    Q_DECLARE_TR_FUNCTIONS(GoalReports)
};

// The duration buckets of p82bDurations, each including its upper bound (in months).
struct Bucket {
    const char* label;
    double upToMonths; // 0: no upper bound
};
constexpr Bucket kBuckets[] = {
    {QT_TRANSLATE_NOOP("GoalReports", "0–3 months"), 3},
    {QT_TRANSLATE_NOOP("GoalReports", "3–6 months"), 6},
    {QT_TRANSLATE_NOOP("GoalReports", "6–9 months"), 9},
    {QT_TRANSLATE_NOOP("GoalReports", "9–12 months"), 12},
    {QT_TRANSLATE_NOOP("GoalReports", "over 12 months"), 0},
};
constexpr double kDaysPerMonth = 30.44;

} // namespace

Result<ReportTable> goalOutcomes(const Database& db, const ReportFilter& filter) {
    ReportTable t;
    t.chart = ChartKind::Bar;
    t.description = GoalText::tr(
        "Indsatsmål ended in the period, by how they ended, and the indsatsmål still active on "
        "the last day of the period.");
    t.valueAxis = GoalText::tr("Indsatsmål");
    t.columns = {column("status", GoalText::tr("Status"), ColumnType::Text),
                 column("goals", GoalText::tr("Indsatsmål"), ColumnType::Integer)};

    const QList<GoalStatus> ended = {GoalStatus::Achieved, GoalStatus::PartlyAchieved,
                                     GoalStatus::NotAchieved, GoalStatus::Discontinued};
    QStringList sums;
    QVariantList binds;
    for (const GoalStatus s : ended) {
        sums << countIf(QStringLiteral("g.status = ? AND g.end_date >= ? AND g.end_date <= ?"));
        binds << toCode(s) << filter.fromText() << filter.toText();
    }
    // Active on `to`: started by then and not ended by then (still active, or ended later).
    sums << countIf(QStringLiteral("g.start_date <= ? AND (g.status = ? OR (g.status <> ? AND "
                                   "g.end_date > ?))"));
    binds << filter.toText() << toCode(GoalStatus::Active) << toCode(GoalStatus::Active)
          << filter.toText();
    const SqlCondition c = filter.citizen("c");
    const QString sql = QStringLiteral("SELECT %1 FROM goal g JOIN citizen c ON c.id = "
                                       "g.citizen_id AND c.deleted = 0 WHERE g.deleted = 0 AND %2")
                            .arg(sums.join(QStringLiteral(", ")), c.sql);
    QSqlQuery q(db.connection());
    if (auto r = run(db, q, sql, binds + c.binds); !r)
        return Result<ReportTable>(r.error());
    const bool any = q.next();
    const QList<GoalStatus> rows = ended + QList<GoalStatus>{GoalStatus::Active};
    for (int i = 0; i < rows.size(); ++i)
        t.rows.append({label(rows[i]), any ? q.value(i).toLongLong() : qint64(0)});
    return t;
}

Result<ReportTable> subGoalProgress(const Database& db, const ReportFilter& filter) {
    ReportTable t;
    t.chart = ChartKind::Heatmap;
    t.description = GoalText::tr(
        "Assessments of delmål made in the period (in journal notes and reviews), by the FFB "
        "theme of their indsatsmål: improved, unchanged or worsened.");
    t.valueAxis = GoalText::tr("Assessments");
    t.columns = {
        column("theme", GoalText::tr("Theme"), ColumnType::Text),
        column("improved", label(Progress::Improved), ColumnType::Integer),
        column("unchanged", label(Progress::Unchanged), ColumnType::Integer),
        column("worsened", label(Progress::Worsened), ColumnType::Integer),
        column("share_improved", GoalText::tr("Share improved"), ColumnType::Percent, 1, false)};

    // Counted per delmål first, then the few thousand delmål are joined to their goals: a join
    // per assessment was five times slower on eight years of notes. Over more than a year most
    // assessments are in the period, and reading them in delmål order (goal_assessment_progress)
    // saves sorting them: `|| ''` keeps SQLite from choosing the index by date instead.
    const QString assessed = filter.from.addYears(1) < filter.to
                                 ? QStringLiteral("ga.assessed_utc || ''")
                                 : QStringLiteral("ga.assessed_utc");
    const SqlCondition citizen = filter.citizen("c");
    const QString sql = QStringLiteral("SELECT g.theme, sum(x.i), sum(x.u), sum(x.w) FROM ("
                                       "SELECT ga.subgoal_id AS sid, %2 AS i, %3 AS u, %4 AS w "
                                       "FROM goal_assessment ga WHERE ga.deleted = 0 AND %5 >= ? "
                                       "AND %5 < ? GROUP BY ga.subgoal_id) AS x "
                                       "JOIN subgoal sg ON sg.id = x.sid AND sg.deleted = 0 "
                                       "JOIN goal g ON g.id = sg.goal_id AND g.deleted = 0 "
                                       "JOIN citizen c ON c.id = g.citizen_id AND c.deleted = 0 "
                                       "WHERE %1 GROUP BY g.theme")
                            .arg(citizen.sql, countIf(QStringLiteral("ga.progress = ?")),
                                 countIf(QStringLiteral("ga.progress = ?")),
                                 countIf(QStringLiteral("ga.progress = ?")), assessed);
    const QVariantList binds =
        QVariantList{toCode(Progress::Improved), toCode(Progress::Unchanged),
                     toCode(Progress::Worsened), filter.fromUtcText(), filter.toUtcText()} +
        citizen.binds;
    QSqlQuery q(db.connection());
    if (auto r = run(db, q, sql, binds); !r)
        return Result<ReportTable>(r.error());
    QHash<QString, std::array<qint64, 3>> counts;
    while (q.next())
        counts.insert(q.value(0).toString(),
                      {q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()});

    for (const FfbTheme theme : allValues<FfbTheme>()) {
        const auto n = counts.value(toCode(theme), {0, 0, 0});
        const qint64 all = n[0] + n[1] + n[2];
        t.rows.append({label(theme), n[0], n[1], n[2], percent(n[0], all)});
    }
    return t;
}

Result<ReportTable> p82bDurations(const Database& db, const ReportFilter& filter) {
    ReportTable t;
    t.chart = ChartKind::Bar;
    t.description = GoalText::tr(
        "Courses of § 82 b support in force at some time in the period (a grant lasts at most 6 "
        "months; grants that follow on without a gap are one course), by how long they lasted: "
        "to their last day when they ended in the period, otherwise so far. A month is 30.44 "
        "days.");
    t.valueAxis = GoalText::tr("Courses of support");
    t.columns = {column("duration", GoalText::tr("Duration"), ColumnType::Text),
                 column("ended", GoalText::tr("Ended"), ColumnType::Integer),
                 column("running", GoalText::tr("Running"), ColumnType::Integer)};

    QStringList cases;
    for (int i = 0; i < int(std::size(kBuckets)); ++i)
        if (kBuckets[i].upToMonths > 0)
            cases << QStringLiteral("WHEN months <= %1 THEN %2").arg(kBuckets[i].upToMonths).arg(i);
    // Courses: ordered by start, a grant opens a new course unless it starts by the day after
    // the latest end of the citizen's earlier grants (gaps and islands). A grant without an end
    // date (older data) runs on: its end is the last day both engines can add a day to.
    const SqlDialect& d = db.sql();
    const SqlCondition c = filter.citizen("c");
    const QString sql =
        QStringLiteral(
            "WITH g AS (SELECT g.citizen_id AS cid, g.from_date AS f, "
            "  coalesce(g.to_date, '9999-12-30') AS t "
            "  FROM support_grant g JOIN citizen c ON c.id = g.citizen_id AND c.deleted = 0 "
            "  WHERE g.deleted = 0 AND g.legal_basis = ? AND %4), "
            "o AS (SELECT cid, f, t, CASE WHEN f <= %5 THEN 0 ELSE 1 END AS opens FROM g), "
            "k AS (SELECT cid, f, t, sum(opens) OVER (PARTITION BY cid ORDER BY f, t ROWS "
            "  UNBOUNDED PRECEDING) AS course FROM o), "
            "courses AS (SELECT min(f) AS f, max(t) AS t FROM k GROUP BY cid, course) "
            "SELECT CASE %1 ELSE %2 END AS bucket, sum(ended), sum(1 - ended) FROM ("
            "  SELECT %6 / %3 AS months, CASE WHEN t <= ? THEN 1 ELSE 0 END AS ended "
            "  FROM courses WHERE f <= ? AND t >= ?) AS spans "
            "GROUP BY bucket")
            .arg(cases.join(QLatin1Char(' ')), QString::number(std::size(kBuckets) - 1),
                 QString::number(kDaysPerMonth), c.sql,
                 d.addDays(QStringLiteral("max(t) OVER (PARTITION BY cid ORDER BY f, t ROWS "
                                          "BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)"),
                           QStringLiteral("1")),
                 d.daysBetween(QStringLiteral("f"),
                               d.least(QStringLiteral("t"), QStringLiteral("?"))));
    const QVariantList binds =
        QVariantList{toCode(LegalBasis::P82b)} + c.binds +
        QVariantList{filter.toText(), filter.toText(), filter.toText(), filter.fromText()};
    QSqlQuery q(db.connection());
    if (auto r = run(db, q, sql, binds); !r)
        return Result<ReportTable>(r.error());
    QHash<int, std::pair<qint64, qint64>> counts;
    while (q.next())
        counts.insert(q.value(0).toInt(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    for (int i = 0; i < int(std::size(kBuckets)); ++i) {
        const auto n = counts.value(i, {0, 0});
        t.rows.append({GoalText::tr(kBuckets[i].label), n.first, n.second});
    }
    return t;
}

} // namespace bs::reports
