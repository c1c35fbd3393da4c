#pragma once
// The citizen's grants: legal basis, period, purpose, extent, support need and review date, with
// New, Edit and End.
#include "RecordListPanel.h"

class QPushButton;

namespace bs {

class GrantsPanel : public RecordListPanel {
    Q_OBJECT
public:
    explicit GrantsPanel(UndoContext& context, QWidget* parent = nullptr);
    Status load(const QUuid& citizenId) override;

    void newGrant();
    void editGrant();
    void endGrant();

protected:
    void updateButtons() override;

private:
    const Grant* current() const;
    bool isEnded(const Grant& grant) const;

    QList<Grant> m_grants;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_end;
};

} // namespace bs
