#pragma once
// Settings of this computer only (table local_setting, schema 10): never synchronised, never in a
// bundle. The backup folder, schedule and key live here (docs/access.md "The database file").
#include "Database.h"

#include <QHash>

namespace bs {

class LocalSettings {
    Q_DECLARE_TR_FUNCTIONS(LocalSettings)
public:
    explicit LocalSettings(const Database& db) : m_db(db) {}

    // Every setting whose key starts with `prefix` ("backup.").
    Result<QHash<QString, QString>> all(const QString& prefix) const;
    Status set(const QString& key, const QString& value) const;
    Status remove(const QString& key) const;

private:
    const Database& m_db;
};

} // namespace bs
