#include "ServerLocation.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

namespace bs {

namespace {

const QStringList& sslModes() {
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

QMutex& passwordLock() {
    static QMutex lock;
    return lock;
}

QHash<QString, QString>& passwords() {
    static QHash<QString, QString> map;
    return map;
}

bool validIdentifier(const QString& name) {
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return re.match(name).hasMatch();
}

} // namespace

bool ServerLocation::isServerUri(const QString& text) {
    return text.startsWith(QLatin1String("postgresql://")) ||
           text.startsWith(QLatin1String("postgres://"));
}

Result<ServerLocation> ServerLocation::parse(const QString& uri) {
    using R = Result<ServerLocation>;
    if (!isServerUri(uri))
        return R::failure(tr("A server is written as postgresql://user@host:port/database."));
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return R::failure(tr("The server address %1 could not be read; write it as "
                             "postgresql://user@host:port/database.")
                              .arg(uri));
    if (!url.password().isEmpty())
        return R::failure(tr("Write the server address without a password. Bostøtte asks for "
                             "it when it connects and never stores it; the command line reads "
                             "PGPASSWORD or ~/.pgpass."));
    ServerLocation l;
    l.host = url.host();
    l.port = url.port(5432);
    if (l.port < 1 || l.port > 65535)
        return R::failure(tr("The port of the server must be between 1 and 65535."));
    l.database = url.path().mid(1);
    if (l.database.isEmpty() || l.database.contains(QLatin1Char('/')))
        return R::failure(tr("The server address must name the database, e.g. "
                             "postgresql://bostotte@%1/bostotte.")
                              .arg(l.host));
    l.user = url.userName();
    if (l.user.isEmpty())
        return R::failure(tr("The server address must name the database user, e.g. "
                             "postgresql://bostotte@%1/%2.")
                              .arg(l.host, l.database));
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            if (!sslModes().contains(value))
                return R::failure(tr("Unknown TLS mode \"%1\"; use one of: %2.")
                                      .arg(value, sslModes().join(QStringLiteral(", "))));
            l.sslMode = value;
        } else if (key == QLatin1String("schema")) {
            if (!validIdentifier(value))
                return R::failure(tr("The schema name \"%1\" may only hold lower-case letters, "
                                     "digits and _.")
                                      .arg(value));
            l.schema = value;
        } else if (key == QLatin1String("password")) {
            return R::failure(tr("Write the server address without a password. Bostøtte asks "
                                 "for it when it connects and never stores it; the command "
                                 "line reads PGPASSWORD or ~/.pgpass."));
        } else {
            return R::failure(tr("Unknown setting \"%1\" in the server address (known: sslmode, "
                                 "schema).")
                                  .arg(key));
        }
    }
    return l;
}

QString ServerLocation::uri() const {
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!schema.isEmpty())
        query.addQueryItem(QStringLiteral("schema"), schema);
    url.setQuery(query);
    // Fully encoded: names with spaces or æøå must read back with parse()'s strict mode.
    return url.toString(QUrl::FullyEncoded);
}

Status ServerLocation::connect(const QString& connectionName) const {
    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!conn.isValid())
        return Status::failure(tr("This installation cannot reach PostgreSQL servers (Qt's "
                                  "PostgreSQL driver is missing; on Debian: libqt6sql6-psql)."));
    conn.setHostName(host);
    conn.setPort(port);
    conn.setDatabaseName(database);
    conn.setUserName(user);
    const QString password = rememberedPassword(uri());
    if (!password.isEmpty())
        conn.setPassword(password);
    conn.setConnectOptions(
        QStringLiteral("sslmode=%1;connect_timeout=10;application_name=bostotte").arg(sslMode));
    if (conn.open())
        return Status::success();
    const QString why = conn.lastError().text();
    const bool auth =
        why.contains(QLatin1String("password")) || why.contains(QLatin1String("authentication"));
    return Status::failure(tr("Could not connect to the server %1 (database %2 as %3): %4")
                               .arg(host, database, user, why),
                           auth ? QStringLiteral("password") : QString());
}

void ServerLocation::rememberPassword(const QString& uri, const QString& password) {
    QMutexLocker locker(&passwordLock());
    passwords().insert(uri, password);
}

QString ServerLocation::rememberedPassword(const QString& uri) {
    QMutexLocker locker(&passwordLock());
    return passwords().value(uri);
}

} // namespace bs
