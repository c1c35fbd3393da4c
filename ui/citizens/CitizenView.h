#pragma once
// One citizen: the details with Edit and "End citizen's course", and tabs for grants, support
// forms, the goal tree and the journal. Every change is an undoable command except journal writes,
// which keep every revision instead. "Handleplan (PDF)" saves or prints the citizen's handleplan /
// status document.
// Need-to-know: openCitizen() goes through CitizenAccess::open (one `read` entry per opening by
// the user); refreshing the open record after a change (showCitizen) logs nothing. A citizen
// outside the user's cases shows the refusal message instead of any data. Saving or printing the
// handleplan logs one export or print entry about the citizen.
#include "undo/UndoContext.h"
#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QPrinter;
class QPushButton;
class QStackedWidget;
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

    // The user opens the citizen: one logged read. Outside need-to-know the refusal is shown
    // (isRefused()) and nothing is read or logged.
    Status openCitizen(const QUuid& id);
    // Shows (or refreshes) the citizen without logging a read, e.g. after an edit or after a
    // break-the-glass look-up that was itself logged; a null id, or a citizen that no longer
    // exists, leaves citizenId() null. Returns the first problem met while reading.
    Status showCitizen(const QUuid& id);
    bool isRefused() const;
    QString refusalText() const;
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
    // Renders the handleplan on `printer` and logs the print.
    Status printPlanTo(QPrinter* printer) const;

signals:
    void backRequested();

private:
    QWidget* makeDetailsTab();
    void showDetails();
    void showRefused(const QString& message);
    Status loadPanels();

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
    QStackedWidget* m_pages; // the record, or the refusal
    QLabel* m_refused;
    GrantsPanel* m_grants;
    AllocationsPanel* m_allocations;
    GoalsPanel* m_goals;
    JournalPanel* m_journal;
};

} // namespace bs
