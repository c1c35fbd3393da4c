#pragma once
// Settings: the General tab with who the user is and read-only facts about this installation
// (where the data is, the schema version, the installation id and the language in use), and the
// organisation: the
// Sites, Staff and Teams tabs, where every create and edit is an undoable command; Calendar and
// Economy hold municipality-wide settings saved with a button; Database says where this
// computer's data is (a file or a server) from the next start.
#include "CurrentStaff.h"
#include "services/Registry.h"
#include "undo/UndoContext.h"
#include <QWidget>

class QTabWidget;

namespace bs {

class CalendarSettingsPanel;
class DatabasePanel;
class EconomicModelPanel;
class SitesPanel;
class WhoAmICombo;
class StaffPanel;
class TeamsPanel;

class SettingsPage : public QWidget {
    Q_OBJECT
public:
    // `language` is the language in use ("da" or "en"); `demo` marks a temporary demo database.
    SettingsPage(UndoContext& context, CurrentStaff& me, const QString& language, bool demo,
                 QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    SitesPanel* sites() const { return m_sites; }
    StaffPanel* staff() const { return m_staff; }
    TeamsPanel* teams() const { return m_teams; }
    // Settings ▸ Economy; its modelSaved() signal tells when the savings charts are stale.
    EconomicModelPanel* economy() const { return m_economy; }
    // Settings ▸ Database: where the data is at the next start.
    DatabasePanel* database() const { return m_database; }
    // Re-reads the organisation lists (call once after connecting problem()); returns the first
    // problem met. Changes made through the undo stack reload them by themselves.
    Status reload();

signals:
    // A problem worth a line in the status bar (e.g. a list could not be read).
    void problem(const QString& message);

private:
    QWidget* makeGeneralTab(CurrentStaff& me, const QString& language, bool demo);
    // After a change, undo or redo: reload and show the record it concerned.
    void organisationChanged(UndoContext::OrgRecord kind, const QUuid& id);

    QTabWidget* m_tabs;
    SitesPanel* m_sites;
    StaffPanel* m_staff;
    TeamsPanel* m_teams;
    WhoAmICombo* m_who = nullptr;
    CalendarSettingsPanel* m_calendar = nullptr;
    EconomicModelPanel* m_economy = nullptr;
    DatabasePanel* m_database = nullptr;
};

} // namespace bs
