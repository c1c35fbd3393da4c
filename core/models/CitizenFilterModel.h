#pragma once
// Filtering and Danish sorting of the citizen list. The filter text is split into words; a row
// matches when every word occurs in one of its searchable fields (case-insensitive).
#include "domain/Enums.h"
#include <QSortFilterProxyModel>
#include <optional>

namespace bs {

class CitizenFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit CitizenFilterModel(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }
    // nullopt: every status.
    void setStatusFilter(std::optional<CitizenStatus> status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_text;
    QStringList m_words; // case-folded
    std::optional<CitizenStatus> m_status;
};

} // namespace bs
