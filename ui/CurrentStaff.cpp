#include "CurrentStaff.h"

#include "settings/DatabaseLocation.h"
#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace bs {

CurrentStaff::CurrentStaff(Registry& registry, QObject* parent)
    : QObject(parent), m_registry(registry) {
    const Actor& actor = m_registry.database().actor();
    if (actor.isAccount() && !actor.staffId.isNull()) {
        m_id = actor.staffId;
        m_fixed = true;
        return;
    }
    const QUuid remembered = QUuid::fromString(QSettings().value(settingsKey()).toString());
    auto s = m_registry.record<Staff>(remembered);
    if (!remembered.isNull() && s && !s->meta.deleted)
        m_id = remembered;
}

Result<Staff> CurrentStaff::staff() const {
    if (m_id.isNull())
        return Result<Staff>::failure(tr("Choose who you are under Settings ▸ General"));
    return m_registry.existing<Staff>(
        m_id, tr("You are no longer listed as staff: choose who you are under Settings"), {});
}

Status CurrentStaff::set(const QUuid& staffId) {
    if (m_fixed && staffId != m_id)
        return Status::failure(tr("You are logged in as %1; log in as that user to work as "
                                  "someone else")
                                   .arg(m_registry.database().actor().userName));
    if (!staffId.isNull())
        if (auto s = m_registry.existing<Staff>(staffId, tr("Choose a listed staff member"), {});
            !s)
            return Status(s.error());
    m_id = staffId;
    QSettings().setValue(settingsKey(), staffId.toString(QUuid::WithoutBraces));
    emit changed(m_id);
    return Status::success();
}

QString CurrentStaff::settingsKey() const {
    // One choice per database file (a demo file lives in a new folder every time).
    const QByteArray path = DatabaseLocation::identity(m_registry.database().path());
    return QStringLiteral("currentStaff/") +
           QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex());
}

} // namespace bs
