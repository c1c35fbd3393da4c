#pragma once
// The citizen list as a table model: one row per citizen summary on a given date, only the
// citizens the acting user may see (need-to-know, CitizenAccess). It also gives each row a search
// text (for the filter) and a sort key per column (for Danish ordering).
#include "services/Registry.h"
#include <QAbstractTableModel>

namespace bs {

class CitizenListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, CprColumn, SiteColumn, ContactColumn, FormsColumn, StatusColumn };
    static constexpr int ColumnCount = StatusColumn + 1;
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole,     // CitizenStatus as int
        SearchTextRole, // case-folded text of every searchable field
        SortRole,       // the column's sort key (compared with Danish collation)
    };

    explicit CitizenListModel(QObject* parent = nullptr);

    // Replaces the rows with the citizens the actor may see and the forms active on `onDate`. On
    // failure the rows are left as they were.
    Status reload(Registry& registry, QDate onDate);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The row of the citizen with this id, or -1.
    int rowOf(const QUuid& id) const;
    const CitizenSummary& summary(int row) const { return m_rows.at(row).summary; }

private:
    struct Row {
        CitizenSummary summary;
        QString contact;
        QString forms;
        QString searchText;
        QString cprSortKey; // date of birth first, not the DDMMYY digits
    };
    static Row makeRow(const CitizenSummary& summary);
    static QString displayText(const Row& row, int column);

    QList<Row> m_rows;
};

} // namespace bs
