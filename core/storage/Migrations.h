#pragma once
// Numbered schema migrations, one definition for both engines. Each runs in one transaction and
// sets the schema version. A migration is never edited once released: changes go into a new one
// at the end of the list. Statements are written for SQLite; migrationStatement() carries them
// to PostgreSQL (types, PRAGMAs), and the few that differ are marked for one engine.
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/Result.h"
#include "storage/SqlDialect.h"

namespace bs {

class Database;

struct Migration {
    int version;
    const char* description;
    QStringList statements;
    // Work SQL text alone cannot express, run after the statements in the same transaction.
    Status (*after)(Database&) = nullptr;
};

const QList<Migration>& migrations();

// A statement for one engine only (in a migration's list).
QString sqliteOnly(const QString& sql);
QString postgresOnly(const QString& sql);
// The statement as the engine runs it; empty if it is for the other engine.
QString migrationStatement(const QString& statement, Dialect dialect);

} // namespace bs
