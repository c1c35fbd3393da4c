#include "CitizenFilterModel.h"

#include "CitizenListModel.h"
#include "storage/DanishCollation.h"

#include <QRegularExpression>

namespace bs {

CitizenFilterModel::CitizenFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(CitizenListModel::SortRole);
}

void CitizenFilterModel::setFilterText(const QString& text) {
    if (text == m_text)
        return;
    m_text = text;
    m_words =
        text.toCaseFolded().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void CitizenFilterModel::setStatusFilter(std::optional<CitizenStatus> status) {
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

bool CitizenFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status && index.data(CitizenListModel::StatusRole).toInt() != int(*m_status))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(CitizenListModel::SearchTextRole).toString();
    for (const QString& word : m_words)
        if (!haystack.contains(word))
            return false;
    return true;
}

bool CitizenFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const int c =
        compareDanish(left.data(sortRole()).toString(), right.data(sortRole()).toString());
    if (c != 0)
        return c < 0;
    // Equal keys (same site, same status): by name, so the order is stable and useful.
    const auto name = [](const QModelIndex& i) {
        return i.siblingAtColumn(CitizenListModel::NameColumn).data().toString();
    };
    return compareDanish(name(left), name(right)) < 0;
}

} // namespace bs
