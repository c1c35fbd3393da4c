#pragma once
// The citizen list: a filter that narrows the list as you type, a status choice, the count, and
// the table in Danish name order. When there are no citizens at all it says so and offers to
// create one. Enter or a double-click opens the citizen. Only the citizens the user may see are
// listed (need-to-know); "Look up outside own cases…" breaks the glass for one more, and the
// filter's criterion is logged once the user stops typing (SearchLogger).
#include "services/Registry.h"
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace bs {

class CitizenFilterModel;
class CitizenListModel;
class SearchLogger;

class CitizenListPanel : public QWidget {
    Q_OBJECT
public:
    explicit CitizenListPanel(Registry& registry, QWidget* parent = nullptr);

    // Re-reads the list, keeping the filter and selecting `selectId` if it is listed.
    Status reload(const QUuid& selectId = {});
    void focusFilter();
    // True when there are no citizens at all (not merely none matching the filter).
    bool isEmpty() const;
    QTableView* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }
    SearchLogger* searchLogger() const { return m_searchLog; }
    // Opens the break-the-glass dialog (named "breakGlassDialog"); on success the citizen is
    // listed for the rest of the session and opened.
    void lookUpOutsideOwnCases();

signals:
    void openRequested(const QUuid& citizenId);
    void newCitizenRequested();
    void problem(const QString& message);
    // A break-the-glass look-up succeeded (and was logged): show the citizen without a read.
    void glassBroken(const QUuid& citizenId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateCount();
    void openIndex(const QModelIndex& proxyIndex);
    void select(const QUuid& id);

    void updateEmptyState();

    Registry& m_registry;
    CitizenListModel* m_model;
    CitizenFilterModel* m_proxy;
    QLineEdit* m_filter;
    QComboBox* m_status;
    QLabel* m_count;
    QTableView* m_table;
    QPushButton* m_breakGlass;
    SearchLogger* m_searchLog;
    QStackedWidget* m_pages; // the table, or the empty state
    bool m_columnsSized = false;
};

} // namespace bs
