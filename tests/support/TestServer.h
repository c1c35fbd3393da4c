#pragma once
// Which engine the tests run on. SQLite files by default; a PostgreSQL server when the test
// command started one (scripts/pg-test-server.sh) and BOSTOTTE_TEST_SERVER_FILE names the file
// holding its address. Each database a test makes is then a schema of its own on that server,
// so tests run in parallel without seeing each other; the server is thrown away at the end.
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>
#include <catch2/catch.hpp>

namespace bs::test {

inline QString testServerUri() {
    static const QString uri = [] {
        const QByteArray file = qgetenv("BOSTOTTE_TEST_SERVER_FILE");
        if (file.isEmpty())
            return QString();
        QFile f(QString::fromLocal8Bit(file));
        if (!f.open(QIODevice::ReadOnly))
            FAIL("BOSTOTTE_TEST_SERVER_FILE is set but " << file.toStdString()
                                                         << " cannot be read: is the test "
                                                            "server running?");
        return QString::fromUtf8(f.readAll()).trimmed();
    }();
    return uri;
}

inline bool onServer() {
    return !testServerUri().isEmpty();
}

// A connection to the test server that is not a Bostøtte Database (to make schemas).
inline QSqlDatabase testServerAdmin() {
    const QString name = QStringLiteral("bostotte-test-admin");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    const QUrl url(testServerUri());
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    if (!db.open())
        FAIL("cannot reach the test server: " << db.lastError().text().toStdString());
    return db;
}

// A new, empty schema on the test server; its URI.
inline QString freshServerLocation() {
    const QString schema =
        QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(24);
    QSqlQuery q(testServerAdmin());
    if (!q.exec(QStringLiteral("CREATE SCHEMA ") + schema))
        FAIL("cannot make a schema: " << q.lastError().text().toStdString());
    return testServerUri() + QStringLiteral("&schema=") + schema;
}

// Where a test's database lives: the file in `dir`, or a new schema on the test server.
inline QString freshLocation(const QTemporaryDir& dir, const QString& fileName) {
    return onServer() ? freshServerLocation() : dir.filePath(fileName);
}

} // namespace bs::test
