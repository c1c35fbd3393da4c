#pragma once
// Where a PostgreSQL server database is: the connection setting of server mode, written as a
// URI, e.g. postgresql://bostotte@db.kommune.dk:5432/bostotte?sslmode=verify-full&schema=bs.
// The password is never part of it and never written anywhere by Bostøtte: it is typed at
// start (kept in this process's memory only), or libpq finds it itself (PGPASSWORD,
// ~/.pgpass managed by IT, client certificates, Kerberos).
#include "domain/Result.h"
#include <QCoreApplication>
#include <QString>

namespace bs {

struct ServerLocation {
    Q_DECLARE_TR_FUNCTIONS(ServerLocation)
public:
    QString host;
    int port = 5432;
    QString database;
    QString user;
    // libpq's sslmode: disable, allow, prefer, require, verify-ca, verify-full.
    QString sslMode = QStringLiteral("prefer");
    // The PostgreSQL schema that holds Bostøtte's tables; empty: the user's default
    // (search_path), usually "public".
    QString schema;

    // Whether a --db argument names a server rather than a file.
    static bool isServerUri(const QString& text);
    // Parses postgresql://user@host:port/database?sslmode=...&schema=...; a password in the URI
    // is refused (it would end up in shell histories and settings files).
    static Result<ServerLocation> parse(const QString& uri);
    // The URI again, without any password; stable, so it keys the in-memory password.
    QString uri() const;

    // Adds the Qt connection `connectionName` for this location and opens it (with the password
    // remembered for it, if any). A failure to authenticate has the field "password", so the
    // program can ask for one and try again.
    Status connect(const QString& connectionName) const;

    // The password typed for a location in this process (never stored on disk).
    static void rememberPassword(const QString& uri, const QString& password);
    static QString rememberedPassword(const QString& uri);
};

} // namespace bs
