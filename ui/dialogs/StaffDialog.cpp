#include "StaffDialog.h"

#include "widgets/Combos.h"

#include <QComboBox>
#include <QLineEdit>

namespace bs {

StaffDialog::StaffDialog(Registry& registry, const Staff& staff, QWidget* parent)
    : RecordDialog(parent), m_registry(registry), m_staff(staff),
      m_initials(new QLineEdit(staff.initials)), m_name(new QLineEdit(staff.name)),
      m_team(new QComboBox), m_role(new QComboBox) {
    setWindowTitle(staff.meta.isNew() ? tr("New staff member") : tr("Edit staff member"));
    setMinimumWidth(420);

    m_initials->setMaxLength(8);
    m_initials->setMaximumWidth(120);
    m_initials->setPlaceholderText(tr("e.g. MKJ"));
    // Initials are upper case; they are shown that way while typing.
    connect(m_initials, &QLineEdit::textEdited, this, [this](const QString& text) {
        const int cursor = m_initials->cursorPosition();
        m_initials->setText(text.toUpper());
        m_initials->setCursorPosition(cursor);
    });

    m_team->addItem(tr("(none)"), QUuid());
    if (auto teams = registry.teams()) {
        for (const Team& t : *teams)
            m_team->addItem(t.name, t.meta.id);
    } else {
        showProblem(teams.message());
    }
    selectId(m_team, staff.teamId);
    fillEnumCombo(m_role, staff.role);

    addField(QStringLiteral("initials"), tr("&Initials"), m_initials);
    addField(QStringLiteral("name"), tr("&Name"), m_name);
    addField(QStringLiteral("team"), tr("&Team"), m_team);
    addField(QStringLiteral("role"), tr("&Role"), m_role);
    m_initials->setFocus();
}

Status StaffDialog::save() {
    Staff s = m_staff;
    s.initials = m_initials->text().trimmed().toUpper();
    s.name = m_name->text().trimmed();
    s.teamId = idValue(m_team);
    s.role = enumValue<StaffRole>(m_role);
    if (Status status = m_registry.saveStaff(s); !status)
        return status;
    m_staff = s;
    return Status::success();
}

} // namespace bs
