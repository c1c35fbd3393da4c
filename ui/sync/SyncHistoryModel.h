#pragma once
// The bundles this computer sent and received, newest first, for the History tab.
#include "sync/SyncService.h"

#include <QAbstractTableModel>

namespace bs {

class SyncHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        When,
        Direction,
        Computer,
        Changes,
        New,
        Changed,
        Conflicts,
        Flagged,
        File,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<sync::HistoryEntry> entries);
    const QList<sync::HistoryEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<sync::HistoryEntry> m_entries;
};

} // namespace bs
