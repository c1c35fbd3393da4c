#pragma once
// Journal search across all citizens: a search field (results as you type; Danish letters and
// "aa" for "å" work, the last word matches as a prefix), filters for citizen, delmål (once a
// citizen is chosen), author, period and support form, and the hits newest first with the
// matching words highlighted in the original text. Enter in the field, or a click on a hit,
// opens the hit's citizen. Only notes of citizens the user may see are found (need-to-know, in
// the service's query), and each search is logged once when the typing pauses (SearchLogger).
#include "services/JournalService.h"
#include "undo/UndoContext.h"
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTextBrowser;
class QTimer;

namespace bs {

class CurrentStaff;
class SearchLogger;

class JournalSearchPage : public QWidget {
    Q_OBJECT
public:
    JournalSearchPage(UndoContext& context, CurrentStaff& me, QWidget* parent = nullptr);

    // Runs the search now (typing runs it after a short pause).
    void search();
    void focusSearch();
    // Emits openCitizen/openNote for the hit (index into hits()).
    void openHit(int index);

    QLineEdit* queryEdit() const { return m_query; }
    SearchLogger* searchLogger() const { return m_searchLog; }
    QComboBox* citizenFilter() const { return m_citizen; }
    QComboBox* subGoalFilter() const { return m_subGoal; }
    QComboBox* authorFilter() const { return m_author; }
    QComboBox* periodFilter() const { return m_period; }
    QComboBox* formFilter() const { return m_form; }
    const QList<SearchHit>& hits() const { return m_hits; }
    QString resultsHtml() const { return m_html; }
    QString statusText() const;

signals:
    void openCitizen(const QUuid& citizenId);
    // The same hit with its note, for a window that can show the note in the citizen's journal.
    void openNote(const QUuid& citizenId, const QUuid& noteId);
    void problem(const QString& message);

private:
    void reloadChoices();
    void reloadSubGoals();
    SearchFilter filter() const;

    UndoContext& m_context;
    CurrentStaff& m_me;
    JournalService m_journal;
    QLineEdit* m_query;
    QComboBox* m_citizen;
    QComboBox* m_subGoal;
    QComboBox* m_author;
    QComboBox* m_period;
    QComboBox* m_form;
    QLabel* m_status;
    QTextBrowser* m_results;
    QTimer* m_typing;
    SearchLogger* m_searchLog;
    QList<SearchHit> m_hits;
    QString m_html;
};

} // namespace bs
