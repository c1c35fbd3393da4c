#include "SettingsPage.h"

#include "organisation/CalendarSettingsPanel.h"
#include "organisation/SitesPanel.h"
#include "organisation/StaffPanel.h"
#include "organisation/TeamsPanel.h"
#include "settings/DatabaseLocation.h"
#include "settings/DatabasePanel.h"
#include "settings/EconomicModelPanel.h"
#include "widgets/WhoAmICombo.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace bs {

SettingsPage::SettingsPage(UndoContext& context, CurrentStaff& me, const QString& language,
                           bool demo, QWidget* parent)
    : QWidget(parent), m_tabs(new QTabWidget), m_sites(new SitesPanel(context)),
      m_staff(new StaffPanel(context)), m_teams(new TeamsPanel(context)) {
    auto* title = new QLabel(tr("Settings"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);

    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(makeGeneralTab(me, language, demo), tr("&General"));
    m_tabs->addTab(m_sites, tr("S&ites"));
    m_tabs->addTab(m_staff, tr("S&taff"));
    m_tabs->addTab(m_teams, tr("T&eams"));
    m_calendar = new CalendarSettingsPanel(context.registry());
    m_calendar->setObjectName(QStringLiteral("calendarSettings"));
    m_tabs->addTab(m_calendar, tr("&Calendar"));
    m_economy = new EconomicModelPanel(context.registry());
    m_economy->setObjectName(QStringLiteral("economicModel"));
    m_tabs->addTab(m_economy, tr("Ec&onomy"));
    m_database = new DatabasePanel(context.registry().database().path());
    m_database->setObjectName(QStringLiteral("databaseSettings"));
    m_tabs->addTab(m_database, tr("&Database"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(m_tabs, 1);

    connect(&context, &UndoContext::organisationChanged, this, &SettingsPage::organisationChanged);
}

QWidget* SettingsPage::makeGeneralTab(CurrentStaff& me, const QString& language, bool demo) {
    const Database& database = me.registry().database();
    auto* tab = new QWidget;
    tab->setObjectName(QStringLiteral("generalTab"));
    auto* form = new QFormLayout;
    m_who = new WhoAmICombo(me);
    connect(m_who, &WhoAmICombo::problem, this, &SettingsPage::problem);
    form->addRow(tr("You are"), m_who);
    const auto row = [form](const QString& caption, const QString& value, const char* name) {
        auto* text = new QLabel(value);
        text->setObjectName(QLatin1String(name));
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        form->addRow(caption, text);
    };
    if (database.isServer())
        row(tr("Database"), DatabaseLocation::displayName(database.path()), "databasePath");
    else
        row(tr("Database file"),
            QDir::toNativeSeparators(QFileInfo(database.path()).absoluteFilePath()),
            "databasePath");
    row(tr("Schema version"),
        tr("%1 (this program knows up to %2)")
            .arg(database.schemaVersion())
            .arg(Database::latestSchemaVersion()),
        "schemaVersion");
    row(tr("Installation id"), database.installationId().toString(QUuid::WithoutBraces),
        "installationId");
    row(tr("Language"), language == QLatin1String("en") ? tr("English") : tr("Danish"), "language");

    auto* note = new QLabel(
        demo ? tr("This is a demo database with fictitious citizens. It was generated when the "
                  "program started and is deleted when the program closes.")
        : database.isServer()
            ? tr("All data is kept on the database server above, shared with the colleagues who "
                 "use it. It holds personal data (CPR numbers, goals, support); the IT department "
                 "backs it up and decides who may reach it.")
            : tr("All data is kept in the database file above, on this computer only. It holds "
                 "personal data (CPR numbers, goals, support), so a copy of it must be kept as "
                 "safely as the original: on an encrypted drive, never by e-mail. Back up the "
                 "file while the program is closed."));
    note->setObjectName(QStringLiteral("dataNote"));
    note->setWordWrap(true);
    note->setMaximumWidth(640);
    auto* hint = new QLabel(tr("Choose where the data is under the Database tab, or start the "
                               "program with --db FILE (or a postgresql:// address) to use "
                               "another database once, and with --lang da or --lang en to choose "
                               "the language."));
    hint->setWordWrap(true);
    hint->setMaximumWidth(640);

    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(note);
    layout->addWidget(hint);
    layout->addStretch();
    return tab;
}

Status SettingsPage::reload() {
    Status first = m_who->reload();
    if (Status s = m_calendar->reload(); !s && first)
        first = s;
    if (Status s = m_economy->reload(); !s && first)
        first = s;
    for (OrganisationPanel* panel :
         std::initializer_list<OrganisationPanel*>{m_sites, m_staff, m_teams})
        if (Status s = panel->reload(); !s && first)
            first = s;
    return first;
}

void SettingsPage::organisationChanged(UndoContext::OrgRecord kind, const QUuid& id) {
    // Staff show their team's name and teams count their staff: reload them all.
    if (Status s = reload(); !s)
        emit problem(s.message());
    OrganisationPanel* panel = nullptr;
    switch (kind) {
    case UndoContext::OrgRecord::Site:
        panel = m_sites;
        break;
    case UndoContext::OrgRecord::Staff:
        panel = m_staff;
        break;
    case UndoContext::OrgRecord::Team:
        panel = m_teams;
        break;
    case UndoContext::OrgRecord::Group:
        return; // shown in the Groups section
    }
    m_tabs->setCurrentWidget(panel);
    panel->select(id);
}

} // namespace bs
