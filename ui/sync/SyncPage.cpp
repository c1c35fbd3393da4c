#include "SyncPage.h"

#include "ConflictsPanel.h"
#include "SyncExportPanel.h"
#include "SyncHistoryModel.h"
#include "SyncImportPanel.h"
#include "SyncMessage.h"
#include "storage/Database.h"
#include "sync/SyncService.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bs {

SyncPage::SyncPage(UndoContext& undo, QWidget* parent)
    : QWidget(parent), m_undo(undo),
      m_service(std::make_unique<sync::SyncService>(undo.registry().database())) {
    Database& db = undo.registry().database();
    m_export = new SyncExportPanel(*m_service, db);
    m_import = new SyncImportPanel(*m_service, db);
    m_conflicts = new ConflictsPanel(*m_service);
    m_export->setObjectName(QStringLiteral("syncExport"));
    m_import->setObjectName(QStringLiteral("syncImport"));
    m_conflicts->setObjectName(QStringLiteral("syncConflicts"));

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("syncTabs"));
    m_tabs->addTab(m_export, tr("S&end changes"));
    m_tabs->addTab(m_import, tr("&Receive changes"));
    m_tabs->addTab(m_conflicts, tr("&Conflicts"));
    m_tabs->addTab(buildHistory(), tr("Histor&y"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildThisComputer());
    layout->addWidget(m_tabs, 1);

    connect(m_export, &SyncExportPanel::exported, this, [this] { reloadHistory(); });
    connect(m_import, &SyncImportPanel::imported, this, [this] {
        // Stored records changed under the undo history: undoing an older edit now could
        // overwrite what just arrived, so the history starts afresh.
        m_undo.stack()->clear();
        refresh();
        emit dataChanged();
    });
    connect(m_conflicts, &ConflictsPanel::countChanged, this, &SyncPage::updateConflictTab);
    connect(m_conflicts, &ConflictsPanel::resolved, this, [this](bool changed) {
        if (changed)
            emit dataChanged();
    });
    refresh();
}

SyncPage::~SyncPage() = default;

QWidget* SyncPage::buildThisComputer() {
    auto* box = new QGroupBox(tr("This computer"));
    box->setObjectName(QStringLiteral("thisComputer"));
    m_siteName = new QLineEdit;
    m_siteName->setObjectName(QStringLiteral("siteName"));
    m_siteName->setPlaceholderText(tr("e.g. Kontoret or Alunden"));
    m_siteName->setMaxLength(60);
    m_siteName->setToolTip(tr("The other computers see this name on the files you send."));
    m_saveName = new QPushButton(tr("Save &name"));
    m_saveName->setObjectName(QStringLiteral("saveSiteName"));
    m_siteId = new QLabel;
    m_siteId->setObjectName(QStringLiteral("siteId"));
    m_siteId->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont small = m_siteId->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_siteId->setFont(small);
    m_siteId->setForegroundRole(QPalette::PlaceholderText);
    m_siteMessage = newSyncMessageLabel("siteMessage");

    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_siteName, 1);
    nameRow->addWidget(m_saveName);
    auto* form = new QFormLayout(box);
    auto* nameLabel = new QLabel(tr("N&ame:"));
    nameLabel->setBuddy(m_siteName);
    form->addRow(nameLabel, nameRow);
    form->addRow(tr("Id:"), m_siteId);
    form->addRow(QString(), m_siteMessage);

    connect(m_saveName, &QPushButton::clicked, this, &SyncPage::saveSiteName);
    connect(m_siteName, &QLineEdit::returnPressed, this, &SyncPage::saveSiteName);
    return box;
}

QWidget* SyncPage::buildHistory() {
    m_historyModel = new SyncHistoryModel(this);
    m_historyTable = new QTableView;
    m_historyTable->setObjectName(QStringLiteral("historyTable"));
    m_historyTable->setModel(m_historyModel);
    m_historyTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyTable->verticalHeader()->hide();
    m_historyTable->horizontalHeader()->setStretchLastSection(true);
    m_historyTable->setAlternatingRowColors(true);
    auto* empty = new QLabel(tr("No files sent or received yet."));
    empty->setObjectName(QStringLiteral("noHistory"));
    empty->setAlignment(Qt::AlignCenter);
    m_historyStack = new QStackedWidget;
    m_historyStack->addWidget(empty);
    m_historyStack->addWidget(m_historyTable);
    m_historyMessage = newSyncMessageLabel("historyMessage");

    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_historyMessage);
    layout->addWidget(m_historyStack, 1);
    return page;
}

void SyncPage::refresh() {
    const QString name = m_service->siteName();
    if (!m_siteName->hasFocus() || !m_siteName->isModified())
        m_siteName->setText(name);
    m_siteName->setModified(false);
    m_siteId->setText(m_service->siteId().toString(QUuid::WithoutBraces));
    m_export->reloadPeers();
    m_conflicts->reload();
    reloadHistory();
}

void SyncPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!isWorking())
        refresh();
}

void SyncPage::reloadHistory() {
    auto history = m_service->history();
    m_historyModel->setEntries(history ? *history : QList<sync::HistoryEntry>());
    showSyncMessage(m_historyMessage,
                    history ? QString()
                            : tr("The history could not be read: %1").arg(history.message()),
                    SyncTone::Error);
    m_historyStack->setCurrentIndex(m_historyModel->rowCount() == 0 ? 0 : 1);
    if (m_historyModel->rowCount() > 0)
        m_historyTable->resizeColumnsToContents();
}

void SyncPage::saveSiteName() {
    const QString name = m_siteName->text().simplified();
    if (name.isEmpty()) {
        showSyncMessage(m_siteMessage,
                        tr("Give this computer a name the others will recognise, e.g. "
                           "Kontoret or Alunden."),
                        SyncTone::Error);
        m_siteName->setFocus();
        return;
    }
    const Status saved = m_service->setSiteName(name);
    if (!saved) {
        showSyncMessage(m_siteMessage, tr("The name was not saved: %1").arg(saved.message()),
                        SyncTone::Error);
        return;
    }
    m_siteName->setText(m_service->siteName());
    m_siteName->setModified(false);
    showSyncMessage(m_siteMessage, tr("Saved. Files from this computer now say \"%1\".").arg(name),
                    SyncTone::Success);
}

void SyncPage::updateConflictTab(int open) {
    const int index = m_tabs->indexOf(m_conflicts);
    m_tabs->setTabText(index, open > 0 ? tr("&Conflicts (%1)").arg(open) : tr("&Conflicts"));
    emit openConflictsChanged(open);
}

void SyncPage::showSection(Section section) {
    m_tabs->setCurrentIndex(int(section));
}

int SyncPage::openConflicts() const {
    return m_conflicts->openCount();
}

QString SyncPage::conflictBadgeText() const {
    const int open = openConflicts();
    return open > 0 ? QString::number(open) : QString();
}

bool SyncPage::isWorking() const {
    return m_export->isWorking() || m_import->isWorking();
}

} // namespace bs
