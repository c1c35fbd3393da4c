#pragma once
// "Test connection" for a server location: connects and reads what is there, and writes
// nothing. Opening a Database would make an empty schema Bostøtte's and migrate it, which is
// not what a test of a setting should do. Uses the password remembered for the location (see
// ServerLocation); a refusal because of authentication fails with field "password", like
// Database::open.
#include "domain/Result.h"
#include "storage/ServerLocation.h"
#include <QCoreApplication>

namespace bs {

struct ServerProbe {
    Q_DECLARE_TR_FUNCTIONS(ServerProbe)
public:
    QString schema;   // the schema the tables are (or will be) in
    int tables = 0;   // tables in that schema
    int version = -1; // Bostøtte's schema version there; -1 when it holds no Bostøtte data
    QString server;   // the server's version, e.g. "15.5"

    // Connects to `location` on the calling thread (with libpq's 10 s timeout) and closes again.
    static Result<ServerProbe> run(const ServerLocation& location);
    // Whether Bostøtte can start on it: an empty schema, or its own data at a known version.
    bool usable() const;
    // In plain words: what a start with this location would find.
    QString summary() const;
};

} // namespace bs
