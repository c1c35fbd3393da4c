#include "DanishCollation.h"

#include <QCollator>
#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace bs {

namespace {

QCollator makeCollator() {
    QCollator c(QLocale(QLocale::Danish, QLocale::Denmark));
    c.setCaseSensitivity(Qt::CaseInsensitive);
    c.setNumericMode(true);
    return c;
}

int sqliteCompare(void* ctx, int lenA, const void* a, int lenB, const void* b) {
    const auto* collator = static_cast<const QCollator*>(ctx);
    const QString sa = QString::fromUtf8(static_cast<const char*>(a), lenA);
    const QString sb = QString::fromUtf8(static_cast<const char*>(b), lenB);
    const int r = collator->compare(sa, sb);
    if (r != 0)
        return r;
    // A total order keeps SQLite's sorting and indexes consistent for case-only differences.
    return sa.compare(sb, Qt::CaseSensitive);
}

void destroyCollator(void* ctx) {
    delete static_cast<QCollator*>(ctx);
}

} // namespace

Status registerDanishCollation(const QSqlDatabase& db) {
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Status::failure(QCoreApplication::translate(
            "Database", "The database driver does not expose a SQLite connection."));
    auto* sqlite = *static_cast<sqlite3* const*>(handle.data());
    auto* collator = new QCollator(makeCollator());
    const int rc = sqlite3_create_collation_v2(sqlite, "danish", SQLITE_UTF8, collator,
                                               &sqliteCompare, &destroyCollator);
    if (rc != SQLITE_OK) {
        delete collator;
        return Status::failure(
            QCoreApplication::translate("Database", "Could not register the Danish sort order: %1")
                .arg(QString::fromUtf8(sqlite3_errstr(rc))));
    }
    return Status::success();
}

int compareDanish(const QString& a, const QString& b) {
    thread_local const QCollator collator = makeCollator();
    const int r = collator.compare(a, b);
    return r != 0 ? r : a.compare(b, Qt::CaseSensitive);
}

} // namespace bs
