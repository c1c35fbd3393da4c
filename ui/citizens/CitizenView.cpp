#include "CitizenView.h"

#include "AllocationsPanel.h"
#include "GoalsPanel.h"
#include "GrantsPanel.h"
#include "JournalPanel.h"
#include "dialogs/CitizenDialog.h"
#include "dialogs/EndDialog.h"
#include "goals/CitizenPlanDocument.h"
#include "security/CitizenAccess.h"
#include "undo/RecordCommands.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace bs {

namespace {
template <typename T> QString nameOf(const Result<QList<T>>& list, const QUuid& id) {
    if (list && !id.isNull())
        for (const T& v : *list)
            if (v.meta.id == id)
                return v.name;
    return {};
}
} // namespace

CitizenView::CitizenView(UndoContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_registry(context.registry()),
      m_back(new QPushButton(tr("‹ All citizens"))), m_title(new QLabel), m_subtitle(new QLabel),
      m_edit(new QPushButton(tr("Edit citi&zen…"))),
      m_end(new QPushButton(tr("End citizen's &course…"))),
      m_plan(new QPushButton(tr("&Handleplan (PDF)"))), m_tabs(new QTabWidget),
      m_showEnded(new QCheckBox(tr("Show ended"))), m_details(new QFormLayout),
      m_pages(new QStackedWidget), m_refused(new QLabel), m_grants(new GrantsPanel(context)),
      m_allocations(new AllocationsPanel(context)), m_goals(new GoalsPanel(context)),
      m_journal(new JournalPanel(context)) {
    m_title->setObjectName(QStringLiteral("citizenTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("citizenSubtitle"));
    m_back->setObjectName(QStringLiteral("backToList"));
    m_back->setToolTip(tr("Back to the citizen list (Alt+Left)"));
    m_back->setFlat(true);
    m_edit->setObjectName(QStringLiteral("editCitizen"));
    m_end->setObjectName(QStringLiteral("endCitizen"));
    m_plan->setObjectName(QStringLiteral("citizenPlan"));
    m_plan->setToolTip(tr("The handleplan and status for the meeting with the citizen: grants, "
                          "goals, delmål and recent progress"));
    auto* planMenu = new QMenu(m_plan);
    QAction* savePdf = planMenu->addAction(tr("&Save as PDF…"));
    savePdf->setObjectName(QStringLiteral("savePlanPdf"));
    connect(savePdf, &QAction::triggered, this, &CitizenView::savePlan);
    QAction* print = planMenu->addAction(tr("&Print…"));
    print->setObjectName(QStringLiteral("printPlan"));
    connect(print, &QAction::triggered, this, &CitizenView::printPlan);
    m_plan->setMenu(planMenu);
    m_tabs->setObjectName(QStringLiteral("citizenTabs"));
    m_showEnded->setObjectName(QStringLiteral("showEnded"));
    m_showEnded->setChecked(true);

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    header->addWidget(m_plan, 0, Qt::AlignTop);
    header->addWidget(m_edit, 0, Qt::AlignTop);
    header->addWidget(m_end, 0, Qt::AlignTop);

    m_tabs->addTab(makeDetailsTab(), tr("&Details"));
    m_tabs->addTab(m_grants, tr("&Grants"));
    m_tabs->addTab(m_allocations, tr("&Support forms"));
    m_tabs->addTab(m_goals, tr("G&oals"));
    m_tabs->addTab(m_journal, tr("&Journal"));
    m_tabs->setCornerWidget(m_showEnded);

    auto* record = new QWidget;
    auto* recordLayout = new QVBoxLayout(record);
    recordLayout->setContentsMargins(0, 0, 0, 0);
    recordLayout->addLayout(header);
    recordLayout->addWidget(m_tabs, 1);
    m_refused->setObjectName(QStringLiteral("accessRefused"));
    m_refused->setWordWrap(true);
    m_refused->setTextFormat(Qt::PlainText);
    m_refused->setAlignment(Qt::AlignCenter);
    m_refused->setMargin(24);
    m_pages->addWidget(record);
    m_pages->addWidget(m_refused);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_back, 0, Qt::AlignLeft);
    layout->addWidget(m_pages, 1);

    connect(m_back, &QPushButton::clicked, this, &CitizenView::backRequested);
    auto* back =
        new QShortcut(QKeySequence::Back, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, &CitizenView::backRequested);
    connect(m_edit, &QPushButton::clicked, this, &CitizenView::editCitizen);
    connect(m_end, &QPushButton::clicked, this, &CitizenView::endCitizen);
    connect(m_showEnded, &QCheckBox::toggled, this, [this](bool show) {
        m_grants->setShowEnded(show);
        m_allocations->setShowEnded(show);
        m_goals->setShowEnded(show);
    });
}

void CitizenView::setCurrentStaff(CurrentStaff* me) {
    m_journal->setCurrentStaff(me);
    m_goals->setCurrentStaff(me);
}

QWidget* CitizenView::makeDetailsTab() {
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(m_details);
    layout->addStretch();
    m_details->setLabelAlignment(Qt::AlignLeft);
    return tab;
}

Status CitizenView::openCitizen(const QUuid& id) {
    if (id.isNull())
        return showCitizen(id);
    CitizenAccess access(m_registry);
    auto may = access.mayOpen(id);
    if (!may)
        return Status(may.error());
    if (!*may) {
        showRefused(access.open(id).message()); // refused: nothing read, nothing logged
        return Status::success();
    }
    auto citizen = access.open(id);
    m_citizen = citizen && !citizen->meta.deleted ? *citizen : Citizen{};
    Status status = loadPanels();
    return citizen ? status : Status(citizen.error());
}

Status CitizenView::showCitizen(const QUuid& id) {
    Status status;
    m_citizen = Citizen{};
    if (!id.isNull()) {
        auto may = CitizenAccess(m_registry).mayOpen(id);
        if (!may)
            return Status(may.error());
        if (!*may) {
            showRefused(CitizenAccess(m_registry).open(id).message());
            return Status::success();
        }
        auto citizen = m_registry.citizen(id);
        if (citizen && !citizen->meta.deleted)
            m_citizen = *citizen;
        else if (!citizen)
            status = Status(citizen.error());
    }
    if (Status s = loadPanels(); !s && status)
        status = s;
    return status;
}

void CitizenView::showRefused(const QString& message) {
    m_citizen = Citizen{};
    // Empties the panels, so no data of the refused citizen stays on screen (a null id reads
    // nothing, so there is no failure to report).
    (void)loadPanels();
    m_refused->setText(message);
    m_pages->setCurrentWidget(m_refused);
}

bool CitizenView::isRefused() const {
    return m_pages->currentWidget() == m_refused;
}

QString CitizenView::refusalText() const {
    return isRefused() ? m_refused->text() : QString();
}

Status CitizenView::loadPanels() {
    Status status;
    m_pages->setCurrentIndex(0);
    const QUuid shown = m_citizen.meta.id;
    for (RecordListPanel* panel :
         std::initializer_list<RecordListPanel*>{m_grants, m_allocations, m_goals})
        if (Status s = panel->load(shown); !s && status)
            status = s;
    if (Status s = m_journal->load(shown); !s && status)
        status = s;
    if (!shown.isNull())
        showDetails();
    return status;
}

void CitizenView::showDetails() {
    const Citizen& c = m_citizen;
    const auto cpr = Cpr::parse(c.cpr);
    const QString siteName = nameOf(m_registry.sites(), c.siteId);
    QString contact;
    if (auto staff = m_registry.staff(); staff && !c.contactStaffId.isNull())
        for (const Staff& s : *staff)
            if (s.meta.id == c.contactStaffId)
                contact = QStringLiteral("%1 – %2").arg(s.initials, s.name);

    m_title->setText(c.name);
    QStringList subtitle{label(c.status)};
    if (!siteName.isEmpty())
        subtitle << siteName;
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));
    m_end->setEnabled(c.status != CitizenStatus::Closed);
    m_plan->setEnabled(true);

    while (m_details->rowCount() > 0)
        m_details->removeRow(0);
    const auto row = [this](const QString& caption, const QString& value, const char* name) {
        auto* text = new QLabel(value.isEmpty() ? QStringLiteral("–") : value);
        text->setObjectName(QLatin1String(name));
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        m_details->addRow(caption, text);
    };
    row(tr("Name"), c.name, "detailName");
    row(tr("CPR number"), cpr ? cpr->formatted() : c.cpr, "detailCpr");
    row(tr("Address"), c.address, "detailAddress");
    row(tr("Postal code and city"), QStringLiteral("%1 %2").arg(c.postalCode, c.city).trimmed(),
        "detailPlace");
    row(tr("Phone"), c.phone, "detailPhone");
    row(tr("E-mail"), c.email, "detailEmail");
    row(tr("Site"), siteName, "detailSite");
    row(tr("Target group"), label(c.targetGroup), "detailTargetGroup");
    row(tr("Contact person"), contact, "detailContact");
    row(tr("Status"), label(c.status), "detailStatus");
    row(tr("Virtual support by"), label(c.virtualContact), "detailVirtualContact");
}

Status CitizenView::savePlanTo(const QString& path) const {
    auto plan = CitizenPlan::collect(m_registry, m_citizen.meta.id);
    if (!plan)
        return Status(plan.error());
    if (Status s = CitizenPlanDocument::writePdf(*plan, path); !s)
        return s;
    return CitizenAccess(m_registry).logExport(m_citizen.meta.id, QStringLiteral("citizen plan"));
}

Status CitizenView::printPlanTo(QPrinter* printer) const {
    auto plan = CitizenPlan::collect(m_registry, m_citizen.meta.id);
    if (!plan)
        return Status(plan.error());
    CitizenPlanDocument::render(*plan, printer);
    return CitizenAccess(m_registry).logPrint(m_citizen.meta.id, QStringLiteral("citizen plan"));
}

void CitizenView::savePlan() {
    auto plan = CitizenPlan::collect(m_registry, m_citizen.meta.id);
    if (!plan) {
        QMessageBox::warning(this, tr("Handleplan"), plan.message());
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* dialog = new QFileDialog(this, tr("Save handleplan"), folder, tr("PDF (*.pdf)"));
    dialog->setObjectName(QStringLiteral("planFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->selectFile(QDir(folder).filePath(CitizenPlanDocument::suggestedFileName(*plan)));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const CitizenPlan collected = *plan;
    connect(dialog, &QFileDialog::fileSelected, this, [this, collected](const QString& path) {
        Status s = CitizenPlanDocument::writePdf(collected, path);
        if (s)
            s = CitizenAccess(m_registry)
                    .logExport(collected.citizen.meta.id, QStringLiteral("citizen plan"));
        if (!s)
            QMessageBox::warning(this, tr("Handleplan"), s.message());
    });
    dialog->open();
}

void CitizenView::printPlan() {
    auto plan = CitizenPlan::collect(m_registry, m_citizen.meta.id);
    if (!plan) {
        QMessageBox::warning(this, tr("Handleplan"), plan.message());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Handleplan %1").arg(plan->citizen.name));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print handleplan"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status s = printPlanTo(&printer); !s)
        QMessageBox::warning(this, tr("Handleplan"), s.message());
}

void CitizenView::editCitizen() {
    if (m_citizen.meta.id.isNull())
        return;
    const Citizen before = m_citizen;
    openDialog(new CitizenDialog(m_registry, before, this), [this, before](CitizenDialog& d) {
        m_context.push(editedCommand(m_context, before.meta.id,
                                     tr("Edit citizen %1").arg(d.citizen().name), before,
                                     d.citizen()));
    });
}

void CitizenView::endCitizen() {
    if (m_citizen.meta.id.isNull())
        return;
    const Citizen before = m_citizen;
    auto action = [this, before](QDate date, GoalStatus) -> Status {
        return endAndRecord<Citizen, Allocation>(
            m_context, before.meta.id, tr("End course of %1").arg(before.name), before,
            [this, before] { return m_registry.allocations(before.meta.id); },
            [date](Registry& r, Citizen& c) { return r.endCitizen(c, date); });
    };
    openDialog(new EndDialog(tr("End citizen's course"),
                             tr("%1's status becomes Closed, and every support form that runs "
                                "longer ends on this date. Grants and goals are kept as they are.")
                                 .arg(before.name),
                             m_registry.clock().today(), false, action, this));
}

} // namespace bs
