#include "CalendarNames.h"

#include "storage/Repository.h"

#include <QRegularExpression>

namespace bs {

Result<CalendarNames> CalendarNames::load(const Registry& registry) {
    CalendarNames names(registry);
    const Repository repo(registry.database());
    auto staff = repo.list<Staff>({}, {}, true);
    if (!staff)
        return Result<CalendarNames>(staff.error());
    for (const Staff& s : *staff)
        names.m_staff.insert(s.meta.id, s.initials);
    auto sites = repo.list<Site>({}, {}, true);
    if (!sites)
        return Result<CalendarNames>(sites.error());
    for (const Site& s : *sites)
        names.m_sites.insert(s.meta.id, s.name);
    auto groups = repo.list<SupportGroup>({}, {}, true);
    if (!groups)
        return Result<CalendarNames>(groups.error());
    for (const SupportGroup& g : *groups)
        names.m_groups.insert(g.meta.id, g.name);
    return names;
}

QString CalendarNames::citizenName(const QUuid& id) const {
    if (id.isNull())
        return {};
    if (const auto it = m_citizens.constFind(id); it != m_citizens.constEnd())
        return *it;
    const auto citizen = m_registry->record<Citizen>(id);
    const QString name = citizen ? citizen->name : QString();
    m_citizens.insert(id, name);
    return name;
}

QString CalendarNames::location(const Appointment& a) const {
    QStringList parts;
    if (const QString site = siteName(a.siteId); !site.isEmpty())
        parts << site;
    if (const QString place = a.place.trimmed(); !place.isEmpty() && !parts.contains(place))
        parts << place;
    return parts.join(QStringLiteral(", "));
}

QString nameInitials(const QString& name) {
    static const QRegularExpression separators(QStringLiteral("[\\s\\-]+"));
    QString out;
    for (const QString& part : name.split(separators, Qt::SkipEmptyParts))
        out += part.at(0).toUpper();
    return out;
}

} // namespace bs
