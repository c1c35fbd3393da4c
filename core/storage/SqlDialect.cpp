#include "SqlDialect.h"

namespace bs {

QString SqlDialect::greatest(const QString& a, const QString& b) const {
    return QStringLiteral("%1(%2, %3)")
        .arg(postgres() ? QStringLiteral("greatest") : QStringLiteral("max"), a, b);
}

QString SqlDialect::least(const QString& a, const QString& b) const {
    return QStringLiteral("%1(%2, %3)")
        .arg(postgres() ? QStringLiteral("least") : QStringLiteral("min"), a, b);
}

QString SqlDialect::stringAgg(const QString& expr, const QString& separatorLiteral) const {
    return QStringLiteral("%1(%2, %3)")
        .arg(postgres() ? QStringLiteral("string_agg") : QStringLiteral("group_concat"), expr,
             separatorLiteral);
}

QString SqlDialect::daysBetween(const QString& a, const QString& b) const {
    if (postgres())
        return QStringLiteral("(CAST(substr(%2, 1, 10) AS date) - CAST(substr(%1, 1, 10) AS "
                              "date))")
            .arg(a, b);
    return QStringLiteral("CAST(julianday(substr(%2, 1, 10)) - julianday(substr(%1, 1, 10)) AS "
                          "INTEGER)")
        .arg(a, b);
}

QString SqlDialect::secondsBetween(const QString& a, const QString& b) const {
    if (postgres())
        return QStringLiteral("round(extract(epoch FROM (CAST(%2 AS timestamp) - CAST(%1 AS "
                              "timestamp))))")
            .arg(a, b);
    return QStringLiteral("round((julianday(%2) - julianday(%1)) * 86400.0)").arg(a, b);
}

QString SqlDialect::addDays(const QString& d, const QString& n) const {
    if (postgres())
        return QStringLiteral("to_char(CAST(substr(%1, 1, 10) AS date) + CAST(%2 AS integer), "
                              "'YYYY-MM-DD')")
            .arg(d, n);
    return QStringLiteral("date(%1, '+' || (%2) || ' days')").arg(d, n);
}

QString SqlDialect::addMinutesUtc(const QString& utc, const QString& minutes) const {
    if (postgres())
        return QStringLiteral("to_char(CAST(%1 AS timestamp) + CAST(%2 AS integer) * interval '1 "
                              "minute', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
            .arg(utc, minutes);
    return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', %1, '+' || (%2) || ' minutes')")
        .arg(utc, minutes);
}

QString SqlDialect::tableColumns() const {
    if (postgres())
        return QStringLiteral("SELECT column_name, CASE WHEN is_nullable = 'NO' THEN 1 ELSE 0 END, "
                              "column_default FROM information_schema.columns WHERE "
                              "table_schema = current_schema() AND table_name = ? ORDER BY "
                              "ordinal_position");
    return QStringLiteral("SELECT name, \"notnull\", dflt_value FROM pragma_table_info(?)");
}

QString SqlDialect::distinctList(const QString& expr) const {
    if (postgres())
        return QStringLiteral("string_agg(DISTINCT %1, ',')").arg(expr);
    return QStringLiteral("group_concat(DISTINCT %1)").arg(expr);
}

QString SqlDialect::position(const QString& text, const QString& needle) const {
    return QStringLiteral("%1(%2, %3)")
        .arg(postgres() ? QStringLiteral("strpos") : QStringLiteral("instr"), text, needle);
}

QString SqlDialect::jsonTextElements(const QString& expr) const {
    if (postgres())
        return QStringLiteral("json_array_elements_text(CAST(%1 AS json)) AS j(value)").arg(expr);
    return QStringLiteral("json_each(%1)").arg(expr);
}

} // namespace bs
