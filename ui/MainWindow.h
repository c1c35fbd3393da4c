#pragma once
// The main window: the section list on the left (My day first: it is the start screen), the
// section on the right, menus for quitting, undo/redo and help, and the database path in the
// status bar.
#include "services/Registry.h"
#include "undo/UndoContext.h"
#include <QMainWindow>
#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTabWidget;

namespace bs {

class CalendarPage;
class CitizensPage;
class DeskPage;
class CurrentStaff;
class FollowUpPage;
class GroupsPage;
class JournalSearchPage;
class LedelsePage;
class MyDayPage;
class RotaPage;
class SettingsPage;

class AuthService;
class AdminPage;
class BackupScheduler;
class RightsPage;

struct MainWindowOptions {
    QString language = QStringLiteral("en"); // the language in use: "da" or "en"
    bool demo = false;                       // the database is a temporary demo
    AuthService* auth = nullptr;             // the session's logins; the window makes one if null
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Section {
        MyDay,
        Citizens,
        Journal,
        Calendar,
        Desk,
        Groups,
        FollowUp,
        Management,
        Synchronisation,
        Administration,
        Settings
    };

    MainWindow(Registry& registry, const MainWindowOptions& options, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showSection(Section section);
    Section currentSection() const;
    QWidget* sectionPage(Section section) const;
    CitizensPage* citizensPage() const { return m_citizens; }
    GroupsPage* groupsPage() const { return m_groups; }
    MyDayPage* myDayPage() const { return m_myDay; }
    CalendarPage* calendarPage() const { return m_calendar; }
    DeskPage* deskPage() const { return m_desk; }
    JournalSearchPage* journalPage() const { return m_journal; }
    FollowUpPage* followUpPage() const { return m_followUp; }
    RotaPage* rotaPage() const { return m_rota; }
    // The Kalender section's tabs: the calendar and the rota.
    QTabWidget* calendarTabs() const { return m_calendarTabs; }
    SettingsPage* settingsPage() const { return m_settings; }
    LedelsePage* ledelsePage() const { return m_ledelse; }
    UndoContext* undoContext() const { return m_undo; }
    CurrentStaff* currentStaff() const { return m_currentStaff; }
    AdminPage* adminPage() const { return m_admin; }
    RightsPage* rightsPage() const { return m_rights; }
    // False for sections the logged-in user's role does not have (hidden in the navigation).
    bool sectionAvailable(Section section) const;

private:
    void buildSections(const MainWindowOptions& options);
    void buildAdministration();
    void applyRole();
    void chooseDemoUser(Registry& registry);
    void buildMenus();
    void showAbout();
    void organisationChanged(UndoContext::OrgRecord kind);
    void showConflictCount(int open);
    void syncedDataArrived();
    void showProblem(const QString& message);

    UndoContext* m_undo;
    CurrentStaff* m_currentStaff;
    QListWidget* m_nav;
    QStackedWidget* m_pages;
    CitizensPage* m_citizens = nullptr;
    GroupsPage* m_groups = nullptr;
    MyDayPage* m_myDay = nullptr;
    CalendarPage* m_calendar = nullptr;
    DeskPage* m_desk = nullptr;
    JournalSearchPage* m_journal = nullptr;
    FollowUpPage* m_followUp = nullptr;
    RotaPage* m_rota = nullptr;
    class SyncPage* m_sync = nullptr;
    QTabWidget* m_calendarTabs = nullptr;
    SettingsPage* m_settings = nullptr;
    LedelsePage* m_ledelse = nullptr;
    AdminPage* m_admin = nullptr;
    RightsPage* m_rights = nullptr;
    std::unique_ptr<AuthService> m_ownAuth; // when the options bring none (tests)
    AuthService* m_auth = nullptr;
    BackupScheduler* m_backups = nullptr;
    QLabel* m_databaseLabel;
};

} // namespace bs
