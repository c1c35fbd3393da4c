#include "ReportTableModel.h"

#include <QLocale>

namespace bs {

namespace {

bool isNumber(ColumnType type) {
    return type == ColumnType::Integer || type == ColumnType::Decimal ||
           type == ColumnType::Percent;
}

} // namespace

ReportTableModel::ReportTableModel(QObject* parent) : QAbstractTableModel(parent) {
}

void ReportTableModel::setTable(const ReportTable& table) {
    beginResetModel();
    m_table = table;
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.column() >= m_table.columns.size())
        return {};
    const ColumnType type = m_table.columns[index.column()].type;
    switch (role) {
    case Qt::DisplayRole:
        return m_table.displayText(index.row(), index.column(), QLocale());
    case Qt::TextAlignmentRole:
        return int(Qt::AlignVCenter | (isNumber(type) ? Qt::AlignRight : Qt::AlignLeft));
    case Qt::UserRole: // the stored value, for sorting and tests
        return m_table.rows.value(index.row()).value(index.column());
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_table.headerText(section);
    if (role == Qt::TextAlignmentRole && section < m_table.columns.size())
        return int(Qt::AlignVCenter |
                   (isNumber(m_table.columns[section].type) ? Qt::AlignRight : Qt::AlignLeft));
    return {};
}

} // namespace bs
