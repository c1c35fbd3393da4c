// Which site this file is: the site id stays with the file as long as the file stays where it
// was made. A copy on another machine (or another file on the same machine, e.g. a restored
// backup) must not continue the original's change counters, so it takes a new site id.
#include "ChangeLog.h"
#include "Database.h"
#include "Repository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSysInfo>
#include <sys/stat.h>

namespace bs {

namespace {

QString fingerprintOf(const QString& path) {
    struct stat st {};
    QByteArray data = QSysInfo::machineUniqueId();
    if (::stat(QFile::encodeName(path).constData(), &st) == 0)
        data += ':' + QByteArray::number(qulonglong(st.st_dev)) + ':' +
                QByteArray::number(qulonglong(st.st_ino));
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

Status Database::checkSiteFingerprint() {
    if (schemaVersion() < 9)
        return Status::success();
    const QString now = fingerprintOf(m_path);
    QSqlQuery q(connection());
    if (auto r = exec(q, QStringLiteral("SELECT value FROM meta WHERE key = 'site_fingerprint'"));
        !r)
        return Status(r.error());
    const bool known = q.next();
    const QString stored = known ? q.value(0).toString() : QString();
    q.finish();
    if (known && stored == now)
        return Status::success();
    return transaction([&]() -> Status {
        if (known) {
            // A copy: keep the old id on record, continue under a new one.
            const QUuid old = m_installationId;
            m_installationId = QUuid::createUuid();
            if (auto s = execSql(QStringLiteral("UPDATE meta SET value = ? WHERE key = "
                                                "'installation_id'"),
                                 {idText(m_installationId)});
                !s)
                return s;
            if (auto s =
                    execSql(QStringLiteral("INSERT INTO meta(key, value) VALUES "
                                           "('previous_site_ids', ?) ON CONFLICT(key) DO "
                                           "UPDATE SET value = value || ' ' || excluded.value"),
                            {idText(old)});
                !s)
                return s;
            m_siteRenewed = true;
        }
        return execSql(QStringLiteral("INSERT INTO meta(key, value) VALUES "
                                      "('site_fingerprint', ?) ON CONFLICT(key) DO UPDATE SET "
                                      "value = excluded.value"),
                       {now});
    });
}

Status Database::refreshClock() const {
    m_hlc.setSite(m_installationId);
    if (schemaVersion() < 9)
        return Status::success();
    auto largest = ChangeLog(*this).largestClock();
    if (!largest)
        return Status(largest.error());
    if (const auto h = sync::Hlc::fromText(*largest))
        m_hlc.restore(*h);
    return Status::success();
}

} // namespace bs
