#pragma once
// Where this computer's Bostøtte data is: the QSettings key database/location (a file path or
// a postgresql:// URI; never a password), the choice at start, and how a location is named on
// screen ("Server: host/database" rather than the URI).
#include <QCoreApplication>
#include <QString>

namespace bs {

struct DatabaseLocation {
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)
public:
    static inline const QString kSettingsKey = QStringLiteral("database/location");

    // The saved location; empty when none is saved.
    static QString saved();
    // Saves `location` for the next start; an empty one removes the setting (the default file).
    static void save(const QString& location);
    // What the application opens: `commandLine` (--db) when given, else the saved location,
    // else Database::defaultPath().
    static QString atStart(const QString& commandLine);
    // "Server: host/database" for a server, the native file path for a file.
    static QString displayName(const QString& location);
    // A stable text naming the database, for per-database local keys (who am I, drafts): the
    // absolute file path, or the server's URI (not the working folder plus the URI).
    static QByteArray identity(const QString& location);
};

} // namespace bs
