#pragma once
// The two SQL engines Bostøtte runs on, and the few fragments they spell differently. Storage
// and report code writes standard SQL and asks the dialect only where the engines differ.
#include <QString>

namespace bs {

enum class Dialect { Sqlite, Postgres };

struct SqlDialect {
    Dialect kind = Dialect::Sqlite;

    bool postgres() const { return kind == Dialect::Postgres; }
    // The larger / smaller of two values (SQLite's two-argument max/min).
    QString greatest(const QString& a, const QString& b) const;
    QString least(const QString& a, const QString& b) const;
    // The text values of a group joined by a separator (a string literal, e.g. "', '").
    QString stringAgg(const QString& expr, const QString& separatorLiteral) const;
    // Whole days from date text a to date text b ('YYYY-MM-DD' or ISO timestamps).
    QString daysBetween(const QString& a, const QString& b) const;
    // Whole seconds from timestamp text a to timestamp text b (ISO, UTC), as a number.
    QString secondsBetween(const QString& a, const QString& b) const;
    // The date text n days after date text d.
    QString addDays(const QString& d, const QString& n) const;
    // Position (1-based, 0 if absent) of needle in text.
    QString position(const QString& text, const QString& needle) const;
    // Case-insensitive LIKE (SQLite's LIKE already folds ASCII case).
    QString likeCi() const { return postgres() ? QStringLiteral("ILIKE") : QStringLiteral("LIKE"); }
    // The elements of a JSON array of text held in a column, as a table with column "value".
    QString jsonTextElements(const QString& expr) const;
    // The UTC timestamp text (as stored) `minutes` after the UTC timestamp text `utc`.
    QString addMinutesUtc(const QString& utc, const QString& minutes) const;
    // name, notnull (1/0) and default value of the columns of the table bound as the one `?`.
    QString tableColumns() const;
    // The distinct values of a group, comma-separated.
    QString distinctList(const QString& expr) const;
    // Starts the outermost transaction (SQLite takes the write lock at once, so two writers
    // never deadlock on an upgrade).
    QString begin() const {
        return postgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    }
};

} // namespace bs
