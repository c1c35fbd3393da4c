#pragma once
// The numbers behind a chart as a read-only table: a ReportTable's cells as the user reads them
// (ReportTable::displayText in the default locale), numbers right-aligned.
#include "reports/ReportTable.h"
#include <QAbstractTableModel>

namespace bs {

class ReportTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ReportTableModel(QObject* parent = nullptr);

    void setTable(const ReportTable& table);
    const ReportTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ReportTable m_table;
};

} // namespace bs
