#pragma once
// Numbered schema migrations. Each runs in one transaction and sets PRAGMA user_version. A
// migration is never edited once released: changes go into a new one at the end of the list.
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/Result.h"

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

} // namespace bs
