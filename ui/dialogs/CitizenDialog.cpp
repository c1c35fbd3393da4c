#include "CitizenDialog.h"

#include "widgets/Combos.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>

namespace bs {

CitizenDialog::CitizenDialog(Registry& registry, const Citizen& citizen, QWidget* parent)
    : RecordDialog(parent), m_registry(registry), m_citizen(citizen),
      m_name(new QLineEdit(citizen.name)), m_cpr(new QLineEdit),
      m_address(new QLineEdit(citizen.address)), m_postalCode(new QLineEdit(citizen.postalCode)),
      m_city(new QLineEdit(citizen.city)), m_phone(new QLineEdit(citizen.phone)),
      m_email(new QLineEdit(citizen.email)), m_site(new QComboBox), m_targetGroup(new QComboBox),
      m_contact(new QComboBox), m_status(new QComboBox), m_virtualContact(new QComboBox) {
    setWindowTitle(citizen.meta.isNew() ? tr("New citizen") : tr("Edit citizen"));
    setMinimumWidth(460);

    const auto cpr = Cpr::parse(citizen.cpr);
    m_cpr->setText(cpr ? cpr->formatted() : citizen.cpr);
    m_cpr->setPlaceholderText(tr("DDMMYY-SSSS"));
    m_postalCode->setMaxLength(4);
    m_postalCode->setMaximumWidth(70);
    m_phone->setPlaceholderText(tr("e.g. 86 12 34 56"));

    m_site->addItem(tr("(none)"), QUuid());
    if (auto sites = registry.sites()) {
        for (const Site& s : *sites)
            m_site->addItem(s.name, s.meta.id);
    } else {
        showProblem(sites.message());
    }
    selectId(m_site, citizen.siteId);

    m_contact->addItem(tr("(none)"), QUuid());
    if (auto staff = registry.staff()) {
        for (const Staff& s : *staff)
            m_contact->addItem(QStringLiteral("%1 – %2").arg(s.initials, s.name), s.meta.id);
    } else {
        showProblem(staff.message());
    }
    selectId(m_contact, citizen.contactStaffId);

    fillEnumCombo(m_targetGroup, citizen.targetGroup);
    fillEnumCombo(m_status, citizen.status);
    // Closing goes through "End citizen's course", which also ends the support forms.
    if (citizen.status != CitizenStatus::Closed)
        m_status->removeItem(m_status->findData(int(CitizenStatus::Closed)));
    fillEnumCombo(m_virtualContact, citizen.virtualContact);

    // Postal code and city share a row; each is highlighted on its own.
    auto* place = new QWidget;
    auto* placeLayout = new QHBoxLayout(place);
    placeLayout->setContentsMargins(0, 0, 0, 0);
    placeLayout->addWidget(m_postalCode);
    placeLayout->addWidget(m_city, 1);
    m_postalCode->setObjectName(QStringLiteral("postalCode"));
    m_city->setObjectName(QStringLiteral("city"));

    addField(QStringLiteral("name"), tr("&Name"), m_name);
    addField(QStringLiteral("cpr"), tr("&CPR number"), m_cpr);
    addField(QStringLiteral("address"), tr("&Address"), m_address);
    addField(QStringLiteral("place"), tr("&Postal code and city"), place);
    linkField(QStringLiteral("postalCode"), m_postalCode);
    linkField(QStringLiteral("city"), m_city);
    addField(QStringLiteral("phone"), tr("P&hone"), m_phone);
    addField(QStringLiteral("email"), tr("&E-mail"), m_email);
    addField(QStringLiteral("site"), tr("S&ite"), m_site);
    addField(QStringLiteral("targetGroup"), tr("&Target group"), m_targetGroup);
    addField(QStringLiteral("contact"), tr("C&ontact person"), m_contact);
    addField(QStringLiteral("status"), tr("Stat&us"), m_status);
    addField(QStringLiteral("virtualContact"), tr("&Virtual support by"), m_virtualContact);
    m_name->setFocus();
}

Status CitizenDialog::save() {
    Citizen c = m_citizen;
    c.name = m_name->text().trimmed();
    // Stored as digits; the dash and spaces are only how people write it.
    c.cpr = m_cpr->text().trimmed();
    if (auto parsed = Cpr::parse(c.cpr))
        c.cpr = parsed->digits();
    c.address = m_address->text().trimmed();
    c.postalCode = m_postalCode->text().trimmed();
    c.city = m_city->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.email = m_email->text().trimmed();
    c.siteId = idValue(m_site);
    c.contactStaffId = idValue(m_contact);
    c.targetGroup = enumValue<TargetGroup>(m_targetGroup);
    c.status = enumValue<CitizenStatus>(m_status);
    c.virtualContact = enumValue<ContactPreference>(m_virtualContact);
    if (Status s = m_registry.saveCitizen(c); !s)
        return s;
    m_citizen = c;
    return Status::success();
}

} // namespace bs
