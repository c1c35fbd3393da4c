#pragma once
// The citizen list: a filter that narrows the list as you type, a status choice, the count, and
// the table in Danish name order. When there are no citizens at all it says so and offers to
// create one. Enter or a double-click opens the citizen.
#include "services/Registry.h"
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace bs {

class CitizenFilterModel;
class CitizenListModel;

class CitizenListPanel : public QWidget {
    Q_OBJECT
public:
    explicit CitizenListPanel(const Registry& registry, QWidget* parent = nullptr);

    // Re-reads the list, keeping the filter and selecting `selectId` if it is listed.
    Status reload(const QUuid& selectId = {});
    void focusFilter();
    // True when there are no citizens at all (not merely none matching the filter).
    bool isEmpty() const;
    QTableView* table() const { return m_table; }

signals:
    void openRequested(const QUuid& citizenId);
    void newCitizenRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateCount();
    void openIndex(const QModelIndex& proxyIndex);
    void select(const QUuid& id);

    const Registry& m_registry;
    CitizenListModel* m_model;
    CitizenFilterModel* m_proxy;
    QLineEdit* m_filter;
    QComboBox* m_status;
    QLabel* m_count;
    QTableView* m_table;
    QStackedWidget* m_pages; // the table, or the empty state
    bool m_columnsSized = false;
};

} // namespace bs
