#pragma once
// The citizen's support forms (allocations): form, period, cadence, minutes per session, the
// grant it is delivered under and the group, with New, Edit and End.
#include "RecordListPanel.h"

class QPushButton;

namespace bs {

class AllocationsPanel : public RecordListPanel {
    Q_OBJECT
public:
    explicit AllocationsPanel(UndoContext& context, QWidget* parent = nullptr);
    Status load(const QUuid& citizenId) override;

    void newAllocation();
    void editAllocation();
    void endAllocation();

protected:
    void updateButtons() override;

private:
    const Allocation* current() const;
    bool isEnded(const Allocation& allocation) const;

    QList<Allocation> m_allocations;
    QList<Grant> m_grants;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_end;
};

} // namespace bs
