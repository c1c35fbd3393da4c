#pragma once
// The names the calendar exports show next to an appointment: staff initials, site, group and
// citizen names, read once per export (citizens on demand) instead of once per appointment.
#include "domain/Appointment.h"
#include "services/Registry.h"
#include <QHash>

namespace bs {

class CalendarNames {
public:
    // Reads the staff, sites and groups (deleted ones too, so old appointments keep their names).
    static Result<CalendarNames> load(const Registry& registry);

    QString staffInitials(const QUuid& id) const { return m_staff.value(id); }
    QString siteName(const QUuid& id) const { return m_sites.value(id); }
    QString groupName(const QUuid& id) const { return m_groups.value(id); }
    // Empty for a null id or a citizen that cannot be read.
    QString citizenName(const QUuid& id) const;

    // "Hjemme hos borgeren" and the site, as one place text: "Alunden, Mødelokale 2".
    QString location(const Appointment& a) const;

private:
    explicit CalendarNames(const Registry& registry) : m_registry(&registry) {}

    const Registry* m_registry;
    QHash<QUuid, QString> m_staff;
    QHash<QUuid, QString> m_sites;
    QHash<QUuid, QString> m_groups;
    mutable QHash<QUuid, QString> m_citizens;
};

// The initials of a name, one letter per word or hyphenated part, Danish letters kept:
// "Åse Ærø Madsen" → "ÅÆM", "Anne-Marie Holm" → "AMH".
QString nameInitials(const QString& name);

} // namespace bs
