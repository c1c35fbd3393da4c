#include "SiteDialog.h"

#include "organisation/OpeningHoursEdit.h"

#include <QLineEdit>

namespace bs {

SiteDialog::SiteDialog(Registry& registry, const Site& site, QWidget* parent)
    : RecordDialog(parent), m_registry(registry), m_site(site), m_name(new QLineEdit(site.name)),
      m_address(new QLineEdit(site.address)), m_hours(new OpeningHoursEdit) {
    setWindowTitle(site.meta.isNew() ? tr("New site") : tr("Edit site"));
    setMinimumWidth(520);
    m_name->setPlaceholderText(tr("e.g. AUC Grenaa"));
    m_hours->setPeriods(site.openingHours);

    addField(QStringLiteral("name"), tr("&Name"), m_name);
    addField(QStringLiteral("address"), tr("A&ddress"), m_address);
    addField(QStringLiteral("openingHours"), tr("Opening hours"), m_hours);
    m_name->setFocus();
}

Status SiteDialog::save() {
    Site s = m_site;
    s.name = m_name->text().trimmed();
    s.address = m_address->text().trimmed();
    s.openingHours = m_hours->periods();
    // An error about the opening hours highlights the period that is wrong.
    m_hours->focusFirstInvalid();
    if (Status status = m_registry.saveSite(s); !status)
        return status;
    m_site = s;
    return Status::success();
}

} // namespace bs
