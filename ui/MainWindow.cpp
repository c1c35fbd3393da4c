#include "MainWindow.h"

#include "CurrentStaff.h"
#include "SettingsPage.h"
#include "access/ChangePasswordDialog.h"
#include "access/RetentionTimer.h"
#include "admin/AccessLogPanel.h"
#include "admin/AccountsPanel.h"
#include "admin/AdminPage.h"
#include "backup/BackupPanel.h"
#include "backup/BackupScheduler.h"
#include "calendar/CalendarPage.h"
#include "citizens/CitizenListPanel.h"
#include "citizens/CitizenView.h"
#include "citizens/CitizensPage.h"
#include "desk/DeskPage.h"
#include "followup/FollowUpPage.h"
#include "groups/GroupsPage.h"
#include "journal/JournalSearchPage.h"
#include "journal/NoteEditorDialog.h"
#include "ledelse/LedelsePage.h"
#include "myday/MyDayPage.h"
#include "rights/RightsPage.h"
#include "rota/RotaPage.h"
#include "security/AuthService.h"
#include "security/CitizenAccess.h"
#include "services/RotaService.h"
#include "services/Scheduler.h"
#include "settings/DatabaseLocation.h"
#include "settings/EconomicModelPanel.h"
#include "sync/SyncPage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>

namespace bs {

MainWindow::MainWindow(Registry& registry, const MainWindowOptions& options, QWidget* parent)
    : QMainWindow(parent), m_undo(new UndoContext(registry, this)),
      m_currentStaff(new CurrentStaff(registry, this)), m_nav(new QListWidget),
      m_pages(new QStackedWidget), m_auth(options.auth), m_databaseLabel(new QLabel) {
    if (!m_auth) {
        m_ownAuth = std::make_unique<AuthService>(registry);
        m_auth = m_ownAuth.get();
    }
    setWindowTitle(options.demo ? tr("Bostøtte – demo data") : tr("Bostøtte"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/bostotte.png")));
    resize(1280, 800);

    if (options.demo && m_currentStaff->id().isNull())
        chooseDemoUser(registry);
    m_nav->setObjectName(QStringLiteral("sectionList"));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setSpacing(2);
    m_nav->setStyleSheet(QStringLiteral("QListWidget { padding-top: 8px; }"
                                        "QListWidget::item { padding: 6px 12px; }"));
    m_pages->setObjectName(QStringLiteral("sectionPages"));
    buildSections(options);
    m_nav->setFixedWidth(m_nav->sizeHintForColumn(0) + 40);

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setText(
        options.demo
            ? tr("Demo database (deleted on exit): %1")
                  .arg(DatabaseLocation::displayName(registry.database().path()))
            : tr("Database: %1").arg(DatabaseLocation::displayName(registry.database().path())));
    statusBar()->addPermanentWidget(m_databaseLabel);

    buildMenus();
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // The journal is for searching: the keyboard goes to the search field.
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == Journal)
            m_journal->focusSearch();
    });
    connect(m_citizens, &CitizensPage::problem, this, &MainWindow::showProblem);
    connect(m_groups, &GroupsPage::problem, this, &MainWindow::showProblem);
    connect(m_settings, &SettingsPage::problem, this, &MainWindow::showProblem);
    connect(m_myDay, &MyDayPage::problem, this, &MainWindow::showProblem);
    connect(m_rota, &RotaPage::problem, this, &MainWindow::showProblem);
    connect(m_calendar, &CalendarPage::problem, this, &MainWindow::showProblem);
    connect(m_myDay, &MyDayPage::openAppointment, this, [this](const QUuid& id) {
        showSection(Calendar);
        m_calendarTabs->setCurrentWidget(m_calendar);
        if (!m_calendar->openAppointment(id))
            showProblem(tr("The appointment no longer exists"));
    });
    connect(m_desk, &DeskPage::problem, this, &MainWindow::showProblem);
    connect(m_journal, &JournalSearchPage::problem, this, &MainWindow::showProblem);
    connect(m_followUp, &FollowUpPage::problem, this, &MainWindow::showProblem);
    connect(m_followUp, &FollowUpPage::openCitizen, this, [this](const QUuid& id) {
        showSection(Citizens);
        m_citizens->openCitizen(id);
    });
    connect(m_journal, &JournalSearchPage::openCitizen, this, [this](const QUuid& id) {
        showSection(Citizens);
        m_citizens->openCitizen(id);
    });
    connect(m_myDay, &MyDayPage::writeNote, this, [this](const QUuid& appointmentId) {
        NoteEditorDialog::openForAppointment(*m_undo, *m_currentStaff, appointmentId, this);
    });
    connect(m_myDay, &MyDayPage::openDesk, this, [this](const QUuid& siteId) {
        showSection(Desk);
        m_desk->showSite(siteId);
    });
    connect(m_myDay, &MyDayPage::openCitizen, this, [this](const QUuid& id) {
        showSection(Citizens);
        m_citizens->openCitizen(id);
    });
    showProblem(m_settings->reload().message());
    // Undo and redo show what they changed, wherever the user was.
    connect(m_undo, &UndoContext::changed, this, [this] { showSection(Citizens); });
    connect(m_undo, &UndoContext::appointmentChanged, this, [this] {
        if (currentSection() != MyDay && currentSection() != Calendar) {
            showSection(Calendar);
            m_calendarTabs->setCurrentWidget(m_calendar);
        }
    });
    connect(m_undo, &UndoContext::organisationChanged, this, &MainWindow::organisationChanged);
    connect(m_undo, &UndoContext::failed, this, [this](const QString& message) {
        statusBar()->showMessage(message, 15000);
        QMessageBox::warning(this, tr("Undo"),
                             message + QStringLiteral("\n\n") +
                                 tr("The undo history has been cleared, so that it matches what "
                                    "is stored."));
    });
    showSection(MyDay);
}

MainWindow::~MainWindow() = default;

void MainWindow::chooseDemoUser(Registry& registry) {
    // The demo opens as the worker with the most appointments today, so My day has content; on a
    // day without appointments (a weekend), as the one on weekend duty, else the week's busiest.
    const QDate today = registry.clock().today();
    const auto busiest = [&registry](QDate from, QDate to) {
        auto found = Scheduler(registry).appointments(localToUtc(from, QTime(0, 0)),
                                                      localToUtc(to, QTime(0, 0)));
        QHash<QUuid, int> count;
        if (found)
            for (const Appointment& a : *found)
                ++count[a.staffId];
        QUuid best;
        for (auto it = count.cbegin(); it != count.cend(); ++it)
            if (best.isNull() || it.value() > count.value(best) ||
                (it.value() == count.value(best) && it.key() < best))
                best = it.key();
        return best;
    };
    QUuid chosen = busiest(today, today.addDays(1));
    if (chosen.isNull())
        if (auto duty = RotaService(registry).duty(today, RotaRole::WeekendDuty); duty && *duty)
            chosen = (*duty)->staffId;
    if (chosen.isNull())
        chosen = busiest(today, today.addDays(7));
    if (!chosen.isNull())
        (void)m_currentStaff->set(chosen);
}

void MainWindow::buildSections(const MainWindowOptions& options) {
    m_citizens = new CitizensPage(*m_undo);
    m_citizens->setCurrentStaff(m_currentStaff);
    m_citizens->setObjectName(QStringLiteral("citizensPage"));
    m_groups = new GroupsPage(*m_undo, *m_currentStaff);
    m_groups->setObjectName(QStringLiteral("groupsPage"));
    m_myDay = new MyDayPage(*m_undo, *m_currentStaff);
    m_myDay->setObjectName(QStringLiteral("myDayPage"));
    m_followUp = new FollowUpPage(*m_undo, *m_currentStaff);
    m_followUp->setObjectName(QStringLiteral("followUpPage"));
    m_journal = new JournalSearchPage(*m_undo, *m_currentStaff);
    m_journal->setObjectName(QStringLiteral("journalPage"));
    m_desk = new DeskPage(*m_undo, *m_currentStaff);
    m_desk->setObjectName(QStringLiteral("deskPage"));
    m_rota = new RotaPage(*m_undo);
    m_rota->setObjectName(QStringLiteral("rotaPage"));
    m_settings = new SettingsPage(*m_undo, *m_currentStaff, options.language, options.demo);
    m_settings->setObjectName(QStringLiteral("settingsPage"));
    m_ledelse = new LedelsePage(*m_undo);
    m_ledelse->setObjectName(QStringLiteral("managementPage"));
    connect(m_ledelse, &LedelsePage::problem, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    // A new economic model changes the realised savings.
    connect(m_settings->economy(), &EconomicModelPanel::modelSaved, m_ledelse,
            &LedelsePage::recompute);
    m_sync = new SyncPage(*m_undo);
    m_sync->setObjectName(QStringLiteral("synchronisationPage"));
    connect(m_sync, &SyncPage::dataChanged, this, &MainWindow::syncedDataArrived);
    connect(m_sync, &SyncPage::openConflictsChanged, this, &MainWindow::showConflictCount);
    m_calendarTabs = new QTabWidget;
    m_calendarTabs->setObjectName(QStringLiteral("calendarTabs"));
    m_calendar = new CalendarPage(*m_undo, *m_currentStaff);
    m_calendar->setObjectName(QStringLiteral("calendarPage"));
    m_calendarTabs->addTab(m_calendar, tr("&Calendar"));
    m_calendarTabs->addTab(m_rota, tr("&Rota"));
    const struct {
        QString name;
        QWidget* page;
    } sections[] = {
        {tr("My day"), m_myDay},          {tr("Citizens"), m_citizens},
        {tr("Journal"), m_journal},       {tr("Calendar"), m_calendarTabs},
        {tr("Counselling desk"), m_desk}, {tr("Groups"), m_groups},
        {tr("Follow-up"), m_followUp},    {tr("Management"), m_ledelse},
        {tr("Synchronisation"), m_sync},  {tr("Settings"), m_settings},
    };
    buildAdministration();
    for (const auto& s : sections) {
        m_nav->addItem(s.name);
        m_pages->addWidget(s.page);
        if (s.page == m_sync) {
            m_nav->addItem(tr("Administration"));
            m_pages->addWidget(m_admin);
        }
    }
    showConflictCount(m_sync->openConflicts());
    applyRole();
}

void MainWindow::buildAdministration() {
    m_admin = new AdminPage;
    m_admin->setObjectName(QStringLiteral("administrationPage"));
    Registry& registry = m_undo->registry();
    auto* accounts = new AccountsPanel(*m_auth);
    accounts->setObjectName(QStringLiteral("accountsPanel"));
    m_admin->addPanel(accounts, tr("&Accounts"));
    auto* log = new AccessLogPanel(registry);
    log->setObjectName(QStringLiteral("accessLogPanel"));
    m_admin->addPanel(log, tr("Access &log"));
    connect(log, &AccessLogPanel::problem, this, &MainWindow::showProblem);
    connect(m_admin->tabs(), &QTabWidget::currentChanged, this, [this, log](int) {
        if (m_admin->tabs()->currentWidget() == log)
            showProblem(log->reload().message());
    });
    // The access log keeps six months: older entries go at start and daily.
    auto* retention = new RetentionTimer(registry.database(), this);
    connect(retention, &RetentionTimer::problem, this, &MainWindow::showProblem);
    m_rights = new RightsPage(registry);
    m_rights->setObjectName(QStringLiteral("rightsPage"));
    m_admin->addPanel(m_rights, tr("Citizens' &rights"));
    auto* backup = new BackupPanel(registry);
    backup->setObjectName(QStringLiteral("backupPanel"));
    m_admin->addPanel(backup, tr("&Backups"));
    connect(m_rights, &RightsPage::citizensErased, this, [this] { syncedDataArrived(); });
    // Scheduled backups run for whoever is logged in: they are the computer's, not the user's.
    m_backups = new BackupScheduler(registry, this);
    connect(m_backups, &BackupScheduler::backupFinished, backup, &BackupPanel::refresh);
    connect(m_backups, &BackupScheduler::backupFailed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("The scheduled backup failed: %1").arg(message), 30000);
    });
    m_backups->start();
}

bool MainWindow::sectionAvailable(Section section) const {
    const Actor& actor = m_undo->registry().database().actor();
    switch (section) {
    case Administration:
        return actor.isAdministrator();
    case Management:
        return CitizenAccess(m_undo->registry()).mayUseLedelse();
    default:
        return true;
    }
}

void MainWindow::applyRole() {
    // Sections a role does not have are not shown at all, rather than shown empty.
    for (Section s : {Management, Administration})
        if (QListWidgetItem* item = m_nav->item(s))
            item->setHidden(!sectionAvailable(s));
}

void MainWindow::showConflictCount(int open) {
    // The navigation says when sync has kept conflicts for someone to decide.
    if (QListWidgetItem* item = m_nav->item(Synchronisation))
        item->setText(open > 0 ? tr("Synchronisation (%1)").arg(open) : tr("Synchronisation"));
}

void MainWindow::syncedDataArrived() {
    // Changes from another computer can touch anything: reload what is on screen now; the other
    // sections reload when they are shown.
    const QUuid open = m_citizens->isCitizenOpen() ? m_citizens->view()->citizenId() : QUuid();
    showProblem(m_citizens->list()->reload(open).message());
    if (!open.isNull())
        showProblem(m_citizens->view()->showCitizen(open).message());
    showProblem(m_settings->reload().message());
    m_journal->search();
    m_ledelse->recompute();
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newCitizen = file->addAction(tr("&New citizen…"));
    newCitizen->setObjectName(QStringLiteral("actionNewCitizen"));
    newCitizen->setShortcut(QKeySequence::New);
    connect(newCitizen, &QAction::triggered, this, [this] {
        showSection(Citizens);
        m_citizens->newCitizen();
    });
    file->addSeparator();
    if (m_undo->registry().database().actor().isAccount()) {
        QAction* password = file->addAction(tr("Change &password…"));
        password->setObjectName(QStringLiteral("actionChangePassword"));
        connect(password, &QAction::triggered, this, [this] {
            ChangePasswordDialog dialog(*m_auth, false, this);
            dialog.exec();
        });
        file->addSeparator();
    }
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->stack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->stack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find citizen"));
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        showSection(Citizens);
        m_citizens->focusFilter();
    });

    // Ctrl+1 ... Ctrl+9 go to the first nine sections, in the order of the list; Ctrl+0 to
    // Settings. Sections the user's role does not have are not in the menu.
    QMenu* go = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_nav->count(); ++i) {
        QAction* action = go->addAction(m_nav->item(i)->text());
        action->setVisible(sectionAvailable(static_cast<Section>(i)));
        if (i < 9)
            action->setShortcut(QKeyCombination(Qt::CTRL, static_cast<Qt::Key>(Qt::Key_1 + i)));
        else if (i == Settings)
            action->setShortcut(QKeyCombination(Qt::CTRL, Qt::Key_0));
        connect(action, &QAction::triggered, this,
                [this, i] { showSection(static_cast<Section>(i)); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Bostøtte"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction* aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::organisationChanged(UndoContext::OrgRecord kind) {
    // The section showing the record has reloaded and selected it; show that section.
    showSection(kind == UndoContext::OrgRecord::Group ? Groups : Settings);
    // The citizen list and the open citizen show site and contact names.
    if (kind == UndoContext::OrgRecord::Site || kind == UndoContext::OrgRecord::Staff) {
        const QUuid open = m_citizens->isCitizenOpen() ? m_citizens->view()->citizenId() : QUuid();
        showProblem(m_citizens->list()->reload(open).message());
        if (!open.isNull())
            showProblem(m_citizens->view()->showCitizen(open).message());
    }
}

void MainWindow::showProblem(const QString& message) {
    if (!message.isEmpty())
        statusBar()->showMessage(message, 10000);
}

void MainWindow::showSection(Section section) {
    // Workers do not have Ledelse, only administrators have Administration (docs/access.md).
    applyRole();
    if (!sectionAvailable(section))
        return;
    m_nav->setCurrentRow(section);
}

MainWindow::Section MainWindow::currentSection() const {
    return static_cast<Section>(m_pages->currentIndex());
}

QWidget* MainWindow::sectionPage(Section section) const {
    return m_pages->widget(section);
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Bostøtte"),
        tr("<h3>Bostøtte %1</h3>"
           "<p>Documentation and planning for socio-pedagogical housing support (bostøtte): "
           "citizens, grants under § 82 a, § 82 b and § 85, support forms, and goals with "
           "KL's Fælles Faglige Begreber.</p>")
            .arg(QStringLiteral(BOSTOTTE_VERSION)));
}

} // namespace bs
