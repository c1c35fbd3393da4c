#include "CitizenRightsPanel.h"

#include "EraseDialog.h"
#include "ExtractFiles.h"
#include "security/ErasureService.h"
#include "security/RightsLookup.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace bs {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kNameRole = Qt::UserRole + 1;

} // namespace

CitizenRightsPanel::CitizenRightsPanel(Registry& registry, QWidget* parent)
    : QWidget(parent), m_registry(registry) {
    auto* layout = new QHBoxLayout(this);

    auto* left = new QVBoxLayout;
    auto* find = new QFormLayout;
    auto* cprRow = new QHBoxLayout;
    m_cpr = new QLineEdit(this);
    m_cpr->setPlaceholderText(tr("DDMMYY-SSSS"));
    m_cpr->setMaxLength(12);
    auto* findButton = new QPushButton(tr("&Find"), this);
    cprRow->addWidget(m_cpr, 1);
    cprRow->addWidget(findButton);
    auto* cprLabel = new QLabel(tr("&CPR number:"), this);
    cprLabel->setBuddy(m_cpr);
    find->addRow(cprLabel, cprRow);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Part of the name"));
    m_filter->setClearButtonEnabled(true);
    auto* filterLabel = new QLabel(tr("Or pick by &name:"), this);
    filterLabel->setBuddy(m_filter);
    find->addRow(filterLabel, m_filter);
    left->addLayout(find);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Citizens"));
    left->addWidget(m_list, 1);
    m_empty = new QLabel(tr("No citizens match."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();
    left->addWidget(m_empty);
    layout->addLayout(left, 2);

    auto* right = new QVBoxLayout;
    auto* box = new QGroupBox(tr("Rights request"), this);
    auto* boxLayout = new QVBoxLayout(box);
    m_details = new QLabel(box);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    boxLayout->addWidget(m_details, 1);
    m_export = new QPushButton(tr("&Hand over data…"), box);
    m_export->setToolTip(tr("The right of access: every record, every journal-note version and "
                            "the access log as a PDF and a JSON file."));
    m_erase = new QPushButton(tr("&Erase citizen…"), box);
    m_erase->setToolTip(tr("The right to erasure: every record about the citizen is removed for "
                           "good, on every synchronised computer."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(m_erase);
    buttons->addStretch();
    boxLayout->addLayout(buttons);
    right->addWidget(box, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    right->addWidget(m_message);
    layout->addLayout(right, 3);

    connect(findButton, &QPushButton::clicked, this,
            [this] { static_cast<void>(findByCpr(m_cpr->text())); });
    connect(m_cpr, &QLineEdit::returnPressed, this,
            [this] { static_cast<void>(findByCpr(m_cpr->text())); });
    connect(m_filter, &QLineEdit::textChanged, this, &CitizenRightsPanel::applyFilter);
    connect(m_list, &QListWidget::currentItemChanged, this, &CitizenRightsPanel::showSelected);
    connect(m_export, &QPushButton::clicked, this, &CitizenRightsPanel::chooseFolderAndExport);
    connect(m_erase, &QPushButton::clicked, this, &CitizenRightsPanel::confirmAndErase);
    static_cast<void>(reload());
}

bool CitizenRightsPanel::isAdministrator() const {
    return m_registry.database().actor().isAdministrator();
}

void CitizenRightsPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    static_cast<void>(reload());
}

Status CitizenRightsPanel::reload() {
    const QUuid keep = selectedId();
    m_list->clear();
    if (!isAdministrator()) {
        say(tr("Rights requests are handled by an administrator. Log in as one to hand over or "
               "erase a citizen's data."),
            true);
        showSelected();
        return Status::failure(m_message->text());
    }
    auto citizens = RightsLookup(m_registry).citizens();
    if (!citizens) {
        say(citizens.message(), true);
        return Status(citizens.error());
    }
    for (const CitizenSummary& c : std::as_const(*citizens)) {
        const QString cpr = c.maskedCpr.isEmpty() ? tr("no CPR number") : c.maskedCpr;
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 — %2 (%3)").arg(c.name, cpr, label(c.status)), m_list);
        item->setData(kIdRole, c.id);
        item->setData(kNameRole, c.name);
    }
    applyFilter();
    select(keep);
    showSelected();
    return Status::success();
}

void CitizenRightsPanel::applyFilter() {
    const QString part = m_filter->text().trimmed();
    int shown = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        const bool match =
            part.isEmpty() || item->data(kNameRole).toString().contains(part, Qt::CaseInsensitive);
        item->setHidden(!match);
        shown += match ? 1 : 0;
    }
    m_empty->setText(m_list->count() == 0 ? tr("There are no citizens in this file.")
                                          : tr("No citizens match “%1”.").arg(part));
    m_empty->setVisible(shown == 0 && isAdministrator());
}

Status CitizenRightsPanel::findByCpr(const QString& cpr) {
    if (!isAdministrator())
        return Status::failure(m_message->text());
    auto found = RightsLookup(m_registry).findByCpr(cpr);
    if (!found) {
        say(found.message(), true);
        m_cpr->setFocus();
        return Status(found.error());
    }
    if (!*found) {
        say(tr("No citizen has the CPR number %1.").arg(cpr.trimmed()), true);
        return Status::failure(m_message->text());
    }
    m_filter->clear();
    select((*found)->id);
    say(tr("Found %1.").arg((*found)->name));
    return Status::success();
}

void CitizenRightsPanel::select(const QUuid& citizenId) {
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kIdRole).toUuid() == citizenId) {
            m_list->setCurrentRow(i);
            return;
        }
}

QUuid CitizenRightsPanel::selectedId() const {
    const QListWidgetItem* item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(kIdRole).toUuid() : QUuid();
}

void CitizenRightsPanel::showSelected() {
    const QUuid id = selectedId();
    const bool usable = isAdministrator() && !id.isNull();
    m_export->setEnabled(usable);
    m_erase->setEnabled(usable);
    if (!isAdministrator()) {
        m_details->clear();
        return;
    }
    if (id.isNull()) {
        m_details->setText(tr("Choose a citizen: type their CPR number and press Enter, or pick "
                              "them from the list."));
        return;
    }
    auto plan = ErasureService(m_registry).plan(id);
    if (!plan) {
        m_details->setText(plan.message());
        return;
    }
    const auto cpr = Cpr::parse(plan->cpr);
    m_details->setText(tr("%1\nCPR number: %2\n\nRecords held: %3")
                           .arg(plan->name,
                                cpr.ok() && !cpr->isNull() ? cpr->masked() : tr("not recorded"),
                                plan->describe()));
}

Result<QStringList> CitizenRightsPanel::exportTo(const QString& folder) {
    const QUuid id = selectedId();
    if (id.isNull())
        return Result<QStringList>::failure(tr("Choose a citizen first."));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto extract = CitizenExtract(m_registry).build(id);
    Result<QStringList> files =
        extract ? writeExtractFiles(*extract, folder) : Result<QStringList>(extract.error());
    QApplication::restoreOverrideCursor();
    if (!files)
        say(files.message(), true);
    else
        say(tr("The extract is in %1: %2. Hand it over securely (not by ordinary e-mail).")
                .arg(QDir::toNativeSeparators(folder),
                     QStringList{QFileInfo(files->at(0)).fileName(),
                                 QFileInfo(files->at(1)).fileName()}
                         .join(QStringLiteral(", "))));
    return files;
}

void CitizenRightsPanel::chooseFolderAndExport() {
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Folder for the extract"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!folder.isEmpty())
        static_cast<void>(exportTo(folder));
}

Status CitizenRightsPanel::erase(const QUuid& citizenId, const QString& reason) {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto done = ErasureService(m_registry).eraseCitizen(citizenId, reason);
    QApplication::restoreOverrideCursor();
    if (!done) {
        say(done.message(), true);
        return Status(done.error());
    }
    QString text = tr("Erased %n record(s).", nullptr, done->rowsPurged);
    if (!done->backupsRemoved.isEmpty())
        text += QLatin1Char(' ') + tr("Removed %n safety copy(ies) that still held the data.",
                                      nullptr, int(done->backupsRemoved.size()));
    if (!done->cleanupProblem.isEmpty())
        text += QLatin1Char(' ') + done->cleanupProblem;
    say(text, !done->cleanupProblem.isEmpty());
    emit erased(citizenId);
    static_cast<void>(reload());
    return Status::success();
}

void CitizenRightsPanel::confirmAndErase() {
    const QUuid id = selectedId();
    if (id.isNull())
        return;
    auto plan = ErasureService(m_registry).plan(id);
    if (!plan) {
        say(plan.message(), true);
        return;
    }
    EraseDialog dialog({{id, plan->name, plan->cpr, plan->describe()}}, {}, this);
    if (dialog.exec() == QDialog::Accepted && dialog.confirmed())
        static_cast<void>(erase(id, dialog.reason()));
}

void CitizenRightsPanel::say(const QString& text, bool problem) {
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #a30000;") : QString());
}

} // namespace bs
