#pragma once
// Shared frame of the organisation lists (sites, staff, teams, groups): the record list with New
// and Edit, where Enter or a double-click edits. The lists are not per citizen: load() re-reads
// everything, and the rows are in Danish order.
#include "citizens/RecordListPanel.h"
#include "storage/DanishCollation.h"
#include <algorithm>

namespace bs {

class OrganisationPanel : public RecordListPanel {
    Q_OBJECT
public:
    // The id is not used: an organisation list shows all its records.
    Status load(const QUuid& unused) override;
    Status reload() { return load({}); }
    // Selects the record with this id, if it is listed.
    void select(const QUuid& id);
    QPushButton* newButton() const { return m_new; }
    QPushButton* editButton() const { return m_edit; }

    virtual void newRecord() = 0;
    virtual void editRecord() = 0;

protected:
    // `objectName` names the tree; the buttons are named "new<Name>" and "edit<Name>" after
    // `recordName`, e.g. "Site".
    OrganisationPanel(UndoContext& context, const QStringList& headers, int wideColumn,
                      const QString& emptyText, const QString& newText, const QString& recordName,
                      QWidget* parent);
    // Reads the records and adds their rows.
    virtual Status fill() = 0;
    void updateButtons() override;

    QPushButton* m_new;
    QPushButton* m_edit;
};

// Sorts `list` in Danish order of `key(value)`.
template <typename T, typename Key> void sortDanish(QList<T>& list, Key key) {
    std::stable_sort(list.begin(), list.end(),
                     [&key](const T& a, const T& b) { return compareDanish(key(a), key(b)) < 0; });
}

// The record in `list` with this id, or nullptr.
template <typename T> const T* findById(const QList<T>& list, const QUuid& id) {
    if (id.isNull())
        return nullptr;
    for (const T& v : list)
        if (v.meta.id == id)
            return &v;
    return nullptr;
}

} // namespace bs
