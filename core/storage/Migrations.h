#pragma once
// Numbered schema migrations. Each runs in one transaction and sets PRAGMA user_version. A
// migration is never edited once released: changes go into a new one at the end of the list.
#include <QList>
#include <QString>
#include <QStringList>

namespace bs {

struct Migration {
    int version;
    const char* description;
    QStringList statements;
};

const QList<Migration>& migrations();

} // namespace bs
