#include "CitizenListModel.h"

#include "security/CitizenAccess.h"

namespace bs {

CitizenListModel::CitizenListModel(QObject* parent) : QAbstractTableModel(parent) {
}

CitizenListModel::Row CitizenListModel::makeRow(const CitizenSummary& s) {
    Row row;
    row.summary = s;
    if (!s.contactInitials.isEmpty())
        row.contact = s.contactName.isEmpty()
                          ? s.contactInitials
                          : QStringLiteral("%1 – %2").arg(s.contactInitials, s.contactName);
    QStringList forms;
    for (const SupportForm f : s.activeForms)
        forms << label(f);
    row.forms = forms.join(QStringLiteral(", "));
    // The full CPR number is searchable (with and without the dash) although only the masked
    // form is shown: staff often look a citizen up by the number they were given.
    QString formattedCpr = s.cpr;
    if (auto parsed = Cpr::parse(s.cpr)) {
        formattedCpr = parsed->formatted();
        row.cprSortKey = parsed->birthDate().toString(Qt::ISODate) + s.cpr;
    }
    row.searchText =
        QStringList{s.name,        s.cpr,     formattedCpr,   s.siteName, s.contactInitials,
                    s.contactName, row.forms, label(s.status)}
            .join(QLatin1Char('\n'))
            .toCaseFolded();
    return row;
}

Status CitizenListModel::reload(Registry& registry, QDate onDate) {
    auto summaries = CitizenAccess(registry).summaries(onDate);
    if (!summaries)
        return Status(summaries.error());
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(summaries->size());
    for (const auto& s : *summaries)
        m_rows.append(makeRow(s));
    endResetModel();
    return Status::success();
}

int CitizenListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CitizenListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString CitizenListModel::displayText(const Row& row, int column) {
    switch (column) {
    case NameColumn:
        return row.summary.name;
    case CprColumn:
        return row.summary.maskedCpr;
    case SiteColumn:
        return row.summary.siteName;
    case ContactColumn:
        return row.contact;
    case FormsColumn:
        return row.forms;
    case StatusColumn:
        return label(row.summary.status);
    default:
        return {};
    }
}

QVariant CitizenListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == ContactColumn || index.column() == FormsColumn
                   ? QVariant(displayText(row, index.column()))
                   : QVariant();
    case IdRole:
        return row.summary.id;
    case StatusRole:
        return int(row.summary.status);
    case SearchTextRole:
        return row.searchText;
    case SortRole:
        return index.column() == CprColumn ? row.cprSortKey : displayText(row, index.column());
    default:
        return {};
    }
}

QVariant CitizenListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CprColumn:
        return tr("CPR");
    case SiteColumn:
        return tr("Site");
    case ContactColumn:
        return tr("Contact person");
    case FormsColumn:
        return tr("Support forms");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

int CitizenListModel::rowOf(const QUuid& id) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).summary.id == id)
            return i;
    return -1;
}

} // namespace bs
