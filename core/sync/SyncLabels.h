#pragma once
// Readable names for what the conflict list and the import preview show: a record ("Citizen
// Anna Hansen", "Note of 12.11.2025 about Anna Hansen") and a field ("Address").
#include "domain/Result.h"

#include <QCoreApplication>

namespace bs {
class SyncQueries;
}

namespace bs::sync {

class SyncLabels {
    Q_DECLARE_TR_FUNCTIONS(SyncLabels)
public:
    static QString tableLabel(const QString& table);
    static QString fieldLabel(const QString& table, const QString& field);
    // From the row as it is now (a removed row is named by its table only).
    static QString recordLabel(const SyncQueries& queries, const QString& table,
                               const QString& rowId);
};

} // namespace bs::sync
