#include "CitizensPage.h"

#include "CitizenListPanel.h"
#include "CitizenView.h"
#include "dialogs/CitizenDialog.h"
#include "undo/RecordCommands.h"

#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bs {

CitizensPage::CitizensPage(UndoContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_list(new CitizenListPanel(context.registry())),
      m_view(new CitizenView(context)), m_pages(new QStackedWidget) {
    m_pages->addWidget(m_list);
    m_pages->addWidget(m_view);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    connect(m_list, &CitizenListPanel::openRequested, this, &CitizensPage::openCitizen);
    connect(m_list, &CitizenListPanel::newCitizenRequested, this, &CitizensPage::newCitizen);
    connect(m_list, &CitizenListPanel::glassBroken, this,
            [this](const QUuid& id) { showPage(m_view->showCitizen(id)); });
    connect(m_list, &CitizenListPanel::problem, this, &CitizensPage::problem);
    connect(m_view, &CitizenView::backRequested, this, &CitizensPage::showList);
    connect(&context, &UndoContext::changed, this, &CitizensPage::citizenChanged);
    report(m_list->reload());
}

void CitizensPage::report(const Status& status) {
    if (!status)
        emit problem(status.message());
}

void CitizensPage::openCitizen(const QUuid& id) {
    showPage(m_view->openCitizen(id));
}

void CitizensPage::showPage(const Status& loaded) {
    report(loaded);
    if (m_view->isRefused()) {
        m_pages->setCurrentWidget(m_view);
        m_view->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_view->citizenId().isNull()) {
        showList();
        return;
    }
    m_pages->setCurrentWidget(m_view);
    m_view->tabs()->setFocus(Qt::OtherFocusReason);
}

void CitizensPage::showList() {
    m_pages->setCurrentWidget(m_list);
    m_list->table()->setFocus(Qt::OtherFocusReason);
}

bool CitizensPage::isCitizenOpen() const {
    return m_pages->currentWidget() == m_view;
}

void CitizensPage::setCurrentStaff(CurrentStaff* me) {
    m_view->setCurrentStaff(me);
}

void CitizensPage::citizenChanged(const QUuid& id) {
    // After an edit, undo or redo, show the citizen it concerned so the change can be seen; a
    // citizen whose creation was undone leaves the list showing.
    report(m_list->reload(id));
    if (isCitizenOpen() && m_view->citizenId() == id) {
        report(m_view->showCitizen(id)); // in place: the keyboard stays where it was
        if (m_view->citizenId().isNull())
            showList();
    } else {
        // The change was logged as such; showing its result is not a new look-up.
        showPage(m_view->showCitizen(id));
    }
}

void CitizensPage::newCitizen() {
    // A worker's new citizen is their own case (contact person), so it stays visible to them.
    Citizen fresh;
    fresh.contactStaffId = m_context.registry().database().actor().staffId;
    openDialog(new CitizenDialog(m_context.registry(), fresh, this), [this](CitizenDialog& d) {
        m_context.push(createdCommand(m_context, d.citizen().meta.id,
                                      tr("New citizen %1").arg(d.citizen().name), d.citizen()));
    });
}

void CitizensPage::focusFilter() {
    showList();
    m_list->focusFilter();
}

} // namespace bs
