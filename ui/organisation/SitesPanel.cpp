#include "SitesPanel.h"

#include "dialogs/SiteDialog.h"
#include "undo/RecordCommands.h"

#include <QTreeWidget>

namespace bs {

SitesPanel::SitesPanel(UndoContext& context, QWidget* parent)
    : OrganisationPanel(context, {tr("Name"), tr("Address"), tr("Opening hours")}, 2,
                        tr("No sites yet. Add the places where support is given, e.g. AUC "
                           "Grenaa."),
                        tr("&New site…"), QStringLiteral("Site"), parent) {
    tree()->setObjectName(QStringLiteral("siteTree"));
}

Status SitesPanel::fill() {
    m_sites.clear();
    auto sites = m_registry.sites();
    if (!sites)
        return Status(sites.error());
    m_sites = *sites;
    sortDanish(m_sites, [](const Site& s) { return s.name; });
    for (const Site& s : std::as_const(m_sites))
        addItem(nullptr, {s.name, s.address, s.openingHoursText()}, s.meta.id, false);
    return Status::success();
}

void SitesPanel::newRecord() {
    openDialog(new SiteDialog(m_registry, Site{}, this), [this](SiteDialog& d) {
        m_context.push(createdCommand(m_context, tr("New site %1").arg(d.site().name), d.site()));
    });
}

void SitesPanel::editRecord() {
    const Site* current = findById(m_sites, currentId());
    if (!current)
        return;
    const Site before = *current;
    openDialog(new SiteDialog(m_registry, before, this), [this, before](SiteDialog& d) {
        m_context.push(
            editedCommand(m_context, tr("Edit site %1").arg(d.site().name), before, d.site()));
    });
}

} // namespace bs
