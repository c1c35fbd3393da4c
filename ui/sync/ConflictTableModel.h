#pragma once
// The open sync conflicts as a table: what record and field, and the two values side by side
// with the computer and the time each was written, the one in use first.
#include "sync/SyncService.h"

#include <QAbstractTableModel>

namespace bs {

class ConflictTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Record, Field, Current, CurrentFrom, Other, OtherFrom, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setConflicts(QList<sync::Conflict> conflicts);
    const QList<sync::Conflict>& conflicts() const { return m_conflicts; }
    const sync::Conflict* conflictAt(int row) const;
    int rowOf(const QUuid& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A stored value as a person reads it: "(empty)", a date as 01.02.2025, text as it is.
    static QString valueText(const QJsonValue& value);
    // "Alunden, 02.12.2025 14.05".
    static QString fromText(const QString& site, const QDateTime& atUtc);
    // The field column: the field's label, or what kind of conflict it is.
    static QString fieldText(const sync::Conflict& conflict);

private:
    QList<sync::Conflict> m_conflicts;
};

} // namespace bs
