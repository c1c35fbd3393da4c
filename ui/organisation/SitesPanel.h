#pragma once
// The sites where support is given: name, address and opening hours, with New and Edit.
#include "OrganisationPanel.h"

namespace bs {

class SitesPanel : public OrganisationPanel {
    Q_OBJECT
public:
    explicit SitesPanel(UndoContext& context, QWidget* parent = nullptr);
    void newRecord() override;
    void editRecord() override;

protected:
    Status fill() override;

private:
    QList<Site> m_sites;
};

} // namespace bs
