#pragma once
// Shared frame of the lists in the citizen view (grants, support forms, goals): a tree of rows,
// a row of buttons and a line that says when the list is empty. Ended records are greyed, or
// hidden when "Show ended" is off. The selection survives a reload.
#include "undo/UndoContext.h"
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace bs {

class RecordListPanel : public QWidget {
    Q_OBJECT
public:
    // Re-reads the citizen's records; an empty id clears the list.
    virtual Status load(const QUuid& citizenId) = 0;
    void setShowEnded(bool show);
    QTreeWidget* tree() const { return m_tree; }

protected:
    enum ItemRole { IdRole = Qt::UserRole + 1, EndedRole, KindRole };

    // `wideColumn` is the column with free text (purpose, goal); it takes the spare width.
    RecordListPanel(UndoContext& context, const QStringList& headers, int wideColumn,
                    const QString& emptyText, QWidget* parent);

    QPushButton* addButton(const QString& text, const QString& objectName);
    // Clears the rows, remembering which one was selected.
    void beginReload();
    // Restores the selection and tells whether the list is empty.
    void endReload();
    QTreeWidgetItem* addItem(QTreeWidgetItem* parent, const QStringList& columns, const QUuid& id,
                             bool ended);
    QTreeWidgetItem* currentItem() const;
    QUuid currentId() const;
    // Shown under the buttons, e.g. why a button is disabled.
    void setHint(const QString& hint);
    virtual void updateButtons() = 0;

    UndoContext& m_context;
    Registry& m_registry;
    QUuid m_citizenId;

private:
    void applyShowEnded(QTreeWidgetItem* item);

    QTreeWidget* m_tree;
    QLabel* m_empty;
    QLabel* m_hint;
    QWidget* m_buttonRow;
    QUuid m_selectedBeforeReload;
    bool m_showEnded = true;
};

} // namespace bs
