#pragma once
// Simulated sites for the sync tests: each its own database file with its own fixed clock, a
// Registry and a SyncService, and helpers to carry bundles between them and compare what they
// hold.
#include "TestDatabase.h"
#include "sync/BundleFile.h"
#include "sync/SyncService.h"

#include <QDir>
#include <QSqlQuery>
#include <QSqlRecord>

namespace bs::test {

inline const QString kTestPassphrase = QStringLiteral("hest-bord-sol-kage-skov-vand");

struct SyncSite {
    QTemporaryDir dir;
    FixedClock clock;
    std::unique_ptr<Database> db;
    std::unique_ptr<Registry> registry;
    std::unique_ptr<sync::SyncService> sync;
    QString name;
    int bundles = 0;

    // On the suite's engine; with `onFile`, a SQLite file in any case (a laptop next to a server).
    explicit SyncSite(const QString& siteName, QDateTime now = utc(2025, 11, 25, 9),
                      bool onFile = false)
        : clock(now), name(siteName) {
        REQUIRE(dir.isValid());
        const QString file = QStringLiteral("site.sqlite");
        auto opened = Database::open(onFile ? dir.filePath(file) : freshLocation(dir, file), clock);
        INFO(opened.message().toStdString());
        REQUIRE(opened.ok());
        db = std::move(opened.value());
        registry = std::make_unique<Registry>(*db);
        sync = std::make_unique<sync::SyncService>(*db);
        REQUIRE(sync->setSiteName(siteName).ok());
    }
    Registry& reg() { return *registry; }
    QUuid id() const { return db->installationId(); }

    // A bundle for `peer` (everything for a null peer), in this site's folder.
    QString exportFor(const QUuid& peer) {
        const QString path = dir.filePath(QStringLiteral("bundle-%1.bst").arg(++bundles));
        auto r = sync->exportBundle(path, peer, kTestPassphrase, {}, true);
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
        return path;
    }
    sync::ImportResult importFile(const QString& path) {
        auto r = sync->importBundle(path, kTestPassphrase);
        INFO(name.toStdString() << ": " << r.message().toStdString());
        REQUIRE(r.ok());
        return *r;
    }
    // Carries this site's changes for `to` over to it.
    sync::ImportResult sendTo(SyncSite& to) { return to.importFile(exportFor(to.id())); }

    // Every synchronised table's rows (all columns but the local bookkeeping), ordered by id;
    // with `everything`, every other table too (change log, conflicts, ...), for "unchanged".
    QString dump(bool everything = false) const {
        QStringList tables = sync::syncTables();
        if (everything)
            tables << QStringLiteral("change_log") << QStringLiteral("sync_vector")
                   << QStringLiteral("sync_peer") << QStringLiteral("sync_history")
                   << QStringLiteral("sync_conflict") << QStringLiteral("purged")
                   << QStringLiteral("meta");
        QString out;
        for (const QString& table : std::as_const(tables)) {
            QSqlQuery q(db->connection());
            REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table)));
            out += QStringLiteral("## %1\n").arg(table);
            while (q.next()) {
                const QSqlRecord rec = q.record();
                QStringList cells;
                for (int i = 0; i < rec.count(); ++i) {
                    const QString column = rec.fieldName(i);
                    if (!everything && (column == QLatin1String("modified_utc") ||
                                        column == QLatin1String("modified_by") ||
                                        column == QLatin1String("revision")))
                        continue;
                    cells << column + QLatin1Char('=') +
                                 (rec.isNull(i) ? QStringLiteral("NULL") : rec.value(i).toString());
                }
                out += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
            }
        }
        return out;
    }
    QStringList revisionTexts() const {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT text FROM journal_revision")));
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }
    qint64 count(const QString& sql) const {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

} // namespace bs::test
