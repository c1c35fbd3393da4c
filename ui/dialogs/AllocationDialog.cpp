#include "AllocationDialog.h"

#include "Format.h"
#include "widgets/Combos.h"
#include "widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QSpinBox>

namespace bs {

AllocationDialog::AllocationDialog(Registry& registry, const Allocation& allocation,
                                   const QList<Grant>& grants, QWidget* parent)
    : RecordDialog(parent), m_registry(registry), m_allocation(allocation), m_grants(grants),
      m_grant(new QComboBox), m_form(new QComboBox),
      m_from(makeDateEdit(allocation.from.isValid() ? allocation.from : registry.clock().today())),
      m_to(new OptionalDateEdit(tr("No end date"), m_from->date())), m_cadence(new QComboBox),
      m_minutes(new QSpinBox), m_group(new QComboBox) {
    setWindowTitle(allocation.meta.isNew() ? tr("New support form") : tr("Edit support form"));
    setMinimumWidth(480);

    for (const Grant& g : grants)
        m_grant->addItem(QStringLiteral("%1 · %2 · %3")
                             .arg(label(g.basis), periodText(g.from, g.to), g.extentText()),
                         g.meta.id);
    selectId(m_grant, allocation.grantId);
    fillEnumCombo(m_form, allocation.form);
    fillEnumCombo(m_cadence, allocation.cadence);
    m_to->setDate(allocation.to);
    m_minutes->setRange(0, 24 * 60);
    m_minutes->setSingleStep(15);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(allocation.plannedMinutes);
    m_group->addItem(tr("(none)"), QUuid());
    if (auto groups = registry.groups()) {
        for (const SupportGroup& g : *groups)
            m_group->addItem(g.name, g.meta.id);
    } else {
        showProblem(groups.message());
    }
    selectId(m_group, allocation.groupId);

    addField(QStringLiteral("grant"), tr("&Grant"), m_grant);
    addField(QStringLiteral("form"), tr("Support fo&rm"), m_form);
    addField(QStringLiteral("from"), tr("&From"), m_from);
    addField(QStringLiteral("to"), tr("T&o"), m_to);
    addField(QStringLiteral("cadence"), tr("Ca&dence"), m_cadence);
    addField(QStringLiteral("minutes"), tr("&Minutes per session"), m_minutes);
    addField(QStringLiteral("group"), tr("Gro&up"), m_group);

    connect(m_grant, &QComboBox::currentIndexChanged, this, &AllocationDialog::grantChanged);
    connect(m_form, &QComboBox::currentIndexChanged, this, &AllocationDialog::formChanged);
    if (allocation.meta.isNew())
        grantChanged();
    formChanged();
    m_grant->setFocus();
}

void AllocationDialog::grantChanged() {
    // A new allocation fits its grant by default: it starts no earlier and ends with it.
    const QUuid id = idValue(m_grant);
    for (const Grant& g : std::as_const(m_grants)) {
        if (g.meta.id != id)
            continue;
        if (m_from->date() < g.from || (g.to.isValid() && m_from->date() > g.to))
            m_from->setDate(g.from);
        if (g.to.isValid() && (!m_to->date().isValid() || m_to->date() > g.to))
            m_to->setDate(g.to);
    }
}

void AllocationDialog::formChanged() {
    const bool group = enumValue<SupportForm>(m_form) == SupportForm::Group;
    m_group->setEnabled(group);
    if (!group)
        m_group->setCurrentIndex(0);
}

Status AllocationDialog::save() {
    Allocation a = m_allocation;
    a.grantId = idValue(m_grant);
    a.form = enumValue<SupportForm>(m_form);
    a.from = m_from->date();
    a.to = m_to->date();
    a.cadence = enumValue<Cadence>(m_cadence);
    a.plannedMinutes = m_minutes->value();
    a.groupId = a.form == SupportForm::Group ? idValue(m_group) : QUuid();
    if (Status s = m_registry.saveAllocation(a); !s)
        return s;
    m_allocation = a;
    return Status::success();
}

} // namespace bs
