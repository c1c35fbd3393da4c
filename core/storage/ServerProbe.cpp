#include "ServerProbe.h"

#include "storage/Database.h"
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace bs {

namespace {

Result<ServerProbe> readServer(QSqlDatabase& conn, const ServerLocation& location) {
    using R = Result<ServerProbe>;
    ServerProbe probe;
    QSqlQuery q(conn);
    // Only reads: the schema named in the location (or the user's default) and whether it
    // holds Bostøtte's version table.
    const QString schemaExpr = location.schema.isEmpty()
                                   ? QStringLiteral("current_schema()")
                                   : QStringLiteral("(SELECT nspname FROM pg_namespace WHERE "
                                                    "nspname = ?)");
    if (!q.prepare(QStringLiteral("SELECT s.name, (SELECT count(*) FROM "
                                  "information_schema.tables t WHERE t.table_schema = s.name), "
                                  "current_setting('server_version') FROM (SELECT %1 AS name) s")
                       .arg(schemaExpr)))
        return R::failure(
            ServerProbe::tr("Could not read the server database: %1").arg(q.lastError().text()));
    if (!location.schema.isEmpty())
        q.bindValue(0, location.schema);
    if (!q.exec() || !q.next())
        return R::failure(
            ServerProbe::tr("Could not read the server database: %1").arg(q.lastError().text()));
    if (q.value(0).isNull())
        return R::failure(ServerProbe::tr("The connection works, but the schema %1 does not "
                                          "exist in the database %2. The IT department creates "
                                          "it (see the README, server mode).")
                              .arg(location.schema, location.database),
                          QStringLiteral("schema"));
    probe.schema = q.value(0).toString();
    probe.tables = q.value(1).toInt();
    probe.server = q.value(2).toString();
    q.finish();
    if (probe.tables == 0)
        return probe;
    // Identifiers are checked by ServerLocation::parse; current_schema() is quoted here.
    const QString table =
        QStringLiteral("\"%1\".bostotte_schema")
            .arg(QString(probe.schema).replace(QLatin1Char('"'), QLatin1String("\"\"")));
    QSqlQuery exists(conn);
    if (!exists.prepare(QStringLiteral("SELECT to_regclass(?) IS NOT NULL")))
        return R::failure(ServerProbe::tr("Could not read the server database: %1")
                              .arg(exists.lastError().text()));
    exists.bindValue(0, table);
    if (!exists.exec() || !exists.next())
        return R::failure(ServerProbe::tr("Could not read the server database: %1")
                              .arg(exists.lastError().text()));
    if (!exists.value(0).toBool())
        return probe; // tables of another program: summary() says so
    exists.finish();
    QSqlQuery version(conn);
    if (version.exec(QStringLiteral("SELECT version FROM ") + table) && version.next())
        probe.version = version.value(0).toInt();
    else
        return R::failure(ServerProbe::tr("Could not read the schema version on the server: %1")
                              .arg(version.lastError().text()));
    return probe;
}

} // namespace

Result<ServerProbe> ServerProbe::run(const ServerLocation& location) {
    using R = Result<ServerProbe>;
    const QString name =
        QStringLiteral("bostotte-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    R result = R::failure(QString());
    if (Status s = location.connect(name); !s) {
        result = R(s.error());
    } else {
        QSqlDatabase conn = QSqlDatabase::database(name, false);
        result = readServer(conn, location);
        conn.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

bool ServerProbe::usable() const {
    return tables == 0 || (version >= 0 && version <= Database::latestSchemaVersion());
}

QString ServerProbe::summary() const {
    if (tables == 0)
        return tr("The connection works (PostgreSQL %1). The schema %2 is empty: Bostøtte sets "
                  "it up at the first start.")
            .arg(server, schema);
    if (version < 0)
        return tr("The connection works (PostgreSQL %1), but the schema %2 holds tables of "
                  "another program. Choose another schema.")
            .arg(server, schema);
    if (version > Database::latestSchemaVersion())
        return tr("The connection works (PostgreSQL %1), but the data in the schema %2 was made "
                  "by a newer version of Bostøtte (schema %3; this version knows up to %4). "
                  "Update the program first.")
            .arg(server, schema)
            .arg(version)
            .arg(Database::latestSchemaVersion());
    return tr("The connection works (PostgreSQL %1). The schema %2 holds Bostøtte's data at "
              "schema version %3 (this program knows up to %4).")
        .arg(server, schema)
        .arg(version)
        .arg(Database::latestSchemaVersion());
}

} // namespace bs
