#pragma once
// Registers the collation "danish" on a SQLite connection, so ORDER BY name COLLATE danish sorts
// Æ, Ø, Å after Z and "Aa" as Å, as a Dane expects. It uses ICU's Danish rules through QCollator.
#include "domain/Result.h"
#include <QSqlDatabase>

namespace bs {

Status registerDanishCollation(const QSqlDatabase& db);
// The same comparison for in-memory sorting (item models, reports).
int compareDanish(const QString& a, const QString& b);

} // namespace bs
