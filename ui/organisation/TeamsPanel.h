#pragma once
// The teams and how many staff each has, with New and Edit.
#include "OrganisationPanel.h"

namespace bs {

class TeamsPanel : public OrganisationPanel {
    Q_OBJECT
public:
    explicit TeamsPanel(UndoContext& context, QWidget* parent = nullptr);
    void newRecord() override;
    void editRecord() override;

protected:
    Status fill() override;

private:
    QList<Team> m_teams;
};

} // namespace bs
