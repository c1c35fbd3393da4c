#include "GroupDialog.h"

#include "widgets/Combos.h"
#include "widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QSpinBox>

namespace bs {

GroupDialog::GroupDialog(Registry& registry, const SupportGroup& group, QWidget* parent)
    : RecordDialog(parent), m_registry(registry), m_group(group), m_site(new QComboBox),
      m_name(new QLineEdit(group.name)), m_theme(new QComboBox), m_facilitator1(new QComboBox),
      m_facilitator2(new QComboBox), m_capacity(new QSpinBox),
      m_start(makeDateEdit(group.start.isValid() ? group.start : registry.clock().today())),
      m_end(new OptionalDateEdit(tr("No end date"), m_start->date())) {
    setWindowTitle(group.meta.isNew() ? tr("New group") : tr("Edit group"));
    setMinimumWidth(480);
    QStringList problems;

    m_site->addItem(tr("(choose a site)"), QUuid());
    if (auto sites = registry.sites()) {
        for (const Site& s : *sites)
            m_site->addItem(s.name, s.meta.id);
    } else {
        problems << sites.message();
    }
    selectId(m_site, group.siteId);
    // A new group goes to the only site there is.
    if (group.siteId.isNull() && m_site->count() == 2)
        m_site->setCurrentIndex(1);

    m_name->setPlaceholderText(tr("e.g. Young adults 20+"));
    // The usual themes, or any other.
    m_theme->setEditable(true);
    m_theme->addItems({QString(), tr("Social skills training"), tr("Psychoeducation"),
                       tr("Mindfulness"), tr("Network"), tr("Administration"),
                       tr("Contact and company")});
    m_theme->setCurrentText(group.theme);

    m_facilitator1->addItem(tr("(choose)"), QUuid());
    m_facilitator2->addItem(tr("(none)"), QUuid());
    if (auto staff = registry.staff()) {
        for (const Staff& s : *staff) {
            const QString text = QStringLiteral("%1 – %2").arg(s.initials, s.name);
            m_facilitator1->addItem(text, s.meta.id);
            m_facilitator2->addItem(text, s.meta.id);
        }
    } else {
        problems << staff.message();
    }
    selectId(m_facilitator1, group.facilitator1);
    selectId(m_facilitator2, group.facilitator2);

    m_capacity->setRange(1, 50);
    m_capacity->setValue(group.capacity);
    m_capacity->setSuffix(tr(" citizens"));
    m_capacity->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_end->setDate(group.end);

    addField(QStringLiteral("site"), tr("&Site"), m_site);
    addField(QStringLiteral("name"), tr("&Name"), m_name);
    addField(QStringLiteral("theme"), tr("&Theme"), m_theme);
    addField(QStringLiteral("facilitator"), tr("&Facilitator"), m_facilitator1);
    addField(QStringLiteral("facilitator2"), tr("Second faci&litator"), m_facilitator2);
    addField(QStringLiteral("capacity"), tr("&Capacity"), m_capacity);
    addField(QStringLiteral("start"), tr("St&art"), m_start);
    addField(QStringLiteral("end"), tr("&End"), m_end);
    if (!problems.isEmpty())
        showProblem(problems.join(QLatin1Char('\n')));
    m_name->setFocus();
}

Status GroupDialog::save() {
    SupportGroup g = m_group;
    g.siteId = idValue(m_site);
    g.name = m_name->text().trimmed();
    g.theme = m_theme->currentText().trimmed();
    g.facilitator1 = idValue(m_facilitator1);
    g.facilitator2 = idValue(m_facilitator2);
    g.capacity = m_capacity->value();
    g.start = m_start->date();
    g.end = m_end->date();
    if (Status s = m_registry.saveGroup(g); !s)
        return s;
    m_group = g;
    return Status::success();
}

} // namespace bs
