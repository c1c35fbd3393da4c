#pragma once
// Create or edit a team: its name.
#include "RecordDialog.h"
#include "services/Registry.h"

class QLineEdit;

namespace bs {

class TeamDialog : public RecordDialog {
    Q_OBJECT
public:
    TeamDialog(Registry& registry, const Team& team, QWidget* parent = nullptr);
    // The team as saved (with its stored id and revision) once the dialog was accepted.
    const Team& team() const { return m_team; }

protected:
    Status save() override;

private:
    Registry& m_registry;
    Team m_team;
    QLineEdit* m_name;
};

} // namespace bs
