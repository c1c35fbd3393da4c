#include "SyncHistoryModel.h"

#include "Format.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <algorithm>

namespace bs {

void SyncHistoryModel::setEntries(QList<sync::HistoryEntry> entries) {
    std::stable_sort(
        entries.begin(), entries.end(),
        [](const sync::HistoryEntry& a, const sync::HistoryEntry& b) { return a.atUtc > b.atUtc; });
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int SyncHistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SyncHistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncHistoryModel::data(const QModelIndex& index, int role) const {
    if (index.row() < 0 || index.row() >= m_entries.size())
        return {};
    const sync::HistoryEntry& e = m_entries.at(index.row());
    const QLocale locale;
    if (role == Qt::TextAlignmentRole && index.column() >= Changes && index.column() <= Flagged)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == File)
        return QDir::toNativeSeparators(e.file);
    if (role == Qt::ToolTipRole && index.column() == Computer)
        return e.peer.toString(QUuid::WithoutBraces);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When:
        return localDateTimeText(e.atUtc);
    case Direction:
        return e.sent ? tr("Sent") : tr("Received");
    case Computer:
        if (!e.peerName.isEmpty())
            return e.peerName;
        return e.peer.isNull() ? tr("A new computer") : tr("Unnamed computer");
    case Changes:
        return locale.toString(e.changes);
    case New:
        return locale.toString(e.newRows);
    case Changed:
        return locale.toString(e.changedRows);
    case Conflicts:
        return locale.toString(e.conflicts);
    case Flagged:
        return locale.toString(e.flagged);
    case File:
        return QFileInfo(e.file).fileName();
    default:
        return {};
    }
}

QVariant SyncHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Flagged)
        return tr("Changes whose clock was more than 24 hours off: kept as conflicts, not "
                  "trusted.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Direction:
        return tr("Direction");
    case Computer:
        return tr("Computer");
    case Changes:
        return tr("Changes");
    case New:
        return tr("New");
    case Changed:
        return tr("Changed");
    case Conflicts:
        return tr("Conflicts");
    case Flagged:
        return tr("Clock warnings");
    case File:
        return tr("File");
    default:
        return {};
    }
}

} // namespace bs
