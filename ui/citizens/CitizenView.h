#pragma once
// One citizen: the details with Edit and "End citizen's course", and tabs for grants, support
// forms, the goal tree and the journal. Every change is an undoable command except journal writes,
// which keep every revision instead. "Handleplan (PDF)" saves or prints the citizen's handleplan /
// status document.
#include "undo/UndoContext.h"
#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;

namespace bs {

class AllocationsPanel;
class CurrentStaff;
class GoalsPanel;
class GrantsPanel;
class JournalPanel;

class CitizenView : public QWidget {
    Q_OBJECT
public:
    explicit CitizenView(UndoContext& context, QWidget* parent = nullptr);

    // Shows the citizen; a null id, or a citizen that no longer exists, leaves citizenId() null.
    // Returns the first problem met while reading.
    Status showCitizen(const QUuid& id);
    QUuid citizenId() const { return m_citizen.meta.id; }
    QTabWidget* tabs() const { return m_tabs; }
    JournalPanel* journal() const { return m_journal; }
    GoalsPanel* goals() const { return m_goals; }
    // Who writes and signs journal notes and records reviews in the goals' follow-up.
    void setCurrentStaff(CurrentStaff* me);

    void editCitizen();
    void endCitizen();
    // Asks where to save the handleplan (a file dialog named "planFileDialog") and writes it.
    void savePlan();
    void printPlan();
    // Writes the citizen's handleplan / status document as a PDF.
    Status savePlanTo(const QString& path) const;

signals:
    void backRequested();

private:
    QWidget* makeDetailsTab();
    void showDetails();

    UndoContext& m_context;
    Registry& m_registry;
    Citizen m_citizen;
    QPushButton* m_back;
    QLabel* m_title;
    QLabel* m_subtitle;
    QPushButton* m_edit;
    QPushButton* m_end;
    QPushButton* m_plan;
    QTabWidget* m_tabs;
    QCheckBox* m_showEnded;
    QFormLayout* m_details;
    GrantsPanel* m_grants;
    AllocationsPanel* m_allocations;
    GoalsPanel* m_goals;
    JournalPanel* m_journal;
};

} // namespace bs
