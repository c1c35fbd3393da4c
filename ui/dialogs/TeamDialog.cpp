#include "TeamDialog.h"

#include <QLineEdit>

namespace bs {

TeamDialog::TeamDialog(Registry& registry, const Team& team, QWidget* parent)
    : RecordDialog(parent), m_registry(registry), m_team(team), m_name(new QLineEdit(team.name)) {
    setWindowTitle(team.meta.isNew() ? tr("New team") : tr("Edit team"));
    setMinimumWidth(380);
    m_name->setPlaceholderText(tr("e.g. Bostøtten Grenaa"));
    addField(QStringLiteral("name"), tr("&Name"), m_name);
    m_name->setFocus();
}

Status TeamDialog::save() {
    Team t = m_team;
    t.name = m_name->text().trimmed();
    if (Status s = m_registry.saveTeam(t); !s)
        return s;
    m_team = t;
    return Status::success();
}

} // namespace bs
