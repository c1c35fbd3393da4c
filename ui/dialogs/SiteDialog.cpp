#include "SiteDialog.h"

#include "organisation/OpeningHoursEdit.h"

#include <QLineEdit>
#include <QSpinBox>

namespace bs {

SiteDialog::SiteDialog(Registry& registry, const Site& site, QWidget* parent)
    : RecordDialog(parent), m_registry(registry), m_site(site), m_name(new QLineEdit(site.name)),
      m_address(new QLineEdit(site.address)), m_hours(new OpeningHoursEdit),
      m_allowance(new QSpinBox), m_slots(new QSpinBox) {
    setWindowTitle(site.meta.isNew() ? tr("New site") : tr("Edit site"));
    setMinimumWidth(520);
    m_name->setPlaceholderText(tr("e.g. AUC Grenaa"));
    m_hours->setPeriods(site.openingHours);
    // The ranges are wider than Site::validate allows, so a wrong value gets its message.
    m_allowance->setObjectName(QStringLiteral("visitAllowance"));
    m_allowance->setRange(0, 600);
    m_allowance->setSuffix(tr(" min"));
    m_allowance->setValue(site.visitAllowanceMinutes);
    m_allowance->setToolTip(tr("Rådgivning: how long one walk-in visit may take"));
    m_slots->setObjectName(QStringLiteral("slotMinutes"));
    m_slots->setRange(0, 600);
    m_slots->setSuffix(tr(" min"));
    m_slots->setSpecialValueText(tr("Walk-in only"));
    m_slots->setValue(site.slotMinutes);
    m_slots->setToolTip(tr("Rådgivning: the length of a bookable time; 0 means walk-in only"));

    addField(QStringLiteral("name"), tr("&Name"), m_name);
    addField(QStringLiteral("address"), tr("A&ddress"), m_address);
    addField(QStringLiteral("openingHours"), tr("Opening hours"), m_hours);
    addField(QStringLiteral("visitAllowance"), tr("&Time per visit (minutes)"), m_allowance);
    addField(QStringLiteral("slotMinutes"), tr("&Bookable slots (minutes, 0 = walk-in only)"),
             m_slots);
    m_name->setFocus();
}

Status SiteDialog::save() {
    Site s = m_site;
    s.name = m_name->text().trimmed();
    s.address = m_address->text().trimmed();
    s.openingHours = m_hours->periods();
    s.visitAllowanceMinutes = m_allowance->value();
    s.slotMinutes = m_slots->value();
    // An error about the opening hours highlights the period that is wrong.
    m_hours->focusFirstInvalid();
    if (Status status = m_registry.saveSite(s); !status)
        return status;
    m_site = s;
    return Status::success();
}

} // namespace bs
