#pragma once
// The Borgere section: the citizen list, and the opened citizen on a page of its own (the
// citizen's tables and goal tree need the full width). Enter opens, Alt+Left or the back button
// returns to the list.
#include "undo/UndoContext.h"
#include <QWidget>

class QStackedWidget;

namespace bs {

class CitizenListPanel;
class CurrentStaff;
class CitizenView;

class CitizensPage : public QWidget {
    Q_OBJECT
public:
    explicit CitizensPage(UndoContext& context, QWidget* parent = nullptr);

    void newCitizen();
    // Shows the list with the keyboard in the filter.
    void focusFilter();
    void openCitizen(const QUuid& id);
    void showList();
    bool isCitizenOpen() const;
    CitizenListPanel* list() const { return m_list; }
    CitizenView* view() const { return m_view; }
    // Who writes and signs journal notes and records goal reviews; without it the choice
    // remembered for the database.
    void setCurrentStaff(CurrentStaff* me);

signals:
    // A problem worth a line in the status bar (e.g. the list could not be read).
    void problem(const QString& message);

private:
    void citizenChanged(const QUuid& id);
    // Shows the view (the record or the refusal) after loading, or the list when nothing loaded.
    void showPage(const Status& loaded);
    void report(const Status& status);

    UndoContext& m_context;
    CitizenListPanel* m_list;
    CitizenView* m_view;
    QStackedWidget* m_pages;
};

} // namespace bs
