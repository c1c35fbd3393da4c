#include "ConflictTableModel.h"

#include "Format.h"

#include <QJsonDocument>

namespace bs {

void ConflictTableModel::setConflicts(QList<sync::Conflict> conflicts) {
    beginResetModel();
    m_conflicts = std::move(conflicts);
    endResetModel();
}

const sync::Conflict* ConflictTableModel::conflictAt(int row) const {
    return row >= 0 && row < m_conflicts.size() ? &m_conflicts.at(row) : nullptr;
}

int ConflictTableModel::rowOf(const QUuid& id) const {
    for (int i = 0; i < m_conflicts.size(); ++i)
        if (m_conflicts.at(i).id == id)
            return i;
    return -1;
}

int ConflictTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

int ConflictTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConflictTableModel::valueText(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return tr("(empty)");
    case QJsonValue::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String: {
        const QString text = value.toString();
        if (text.isEmpty())
            return tr("(empty)");
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (text.size() == 10 && date.isValid())
            return dateText(date);
        return text;
    }
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return QString::fromUtf8(
        QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
}

QString ConflictTableModel::fromText(const QString& site, const QDateTime& atUtc) {
    const QString who = site.isEmpty() ? tr("another computer") : site;
    return atUtc.isValid() ? tr("%1, %2").arg(who, localDateTimeText(atUtc)) : who;
}

QString ConflictTableModel::fieldText(const sync::Conflict& c) {
    switch (c.kind) {
    case sync::ConflictKind::Field:
        return c.fieldLabel.isEmpty() ? c.field : c.fieldLabel;
    case sync::ConflictKind::EditedAfterDelete:
        return tr("Edited after it was deleted");
    case sync::ConflictKind::NoteVersions:
        return tr("Two versions of the note");
    }
    return {};
}

QVariant ConflictTableModel::data(const QModelIndex& index, int role) const {
    const sync::Conflict* c = conflictAt(index.row());
    if (!c)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        QString text;
        switch (index.column()) {
        case Record:
            text = c->recordLabel.isEmpty() ? c->rowId : c->recordLabel;
            break;
        case Field:
            text = fieldText(*c);
            break;
        case Current:
            text = valueText(c->currentValue);
            break;
        case CurrentFrom:
            text = fromText(c->currentSiteName, c->currentAtUtc);
            break;
        case Other:
            text = valueText(c->otherValue);
            break;
        case OtherFrom:
            text = fromText(c->otherSiteName, c->otherAtUtc);
            break;
        default:
            break;
        }
        // A note's text in one line of the table; the full texts are shown below it.
        if (role == Qt::DisplayRole)
            text = text.simplified();
        return text;
    }
    return {};
}

QVariant ConflictTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Record:
        return tr("Record");
    case Field:
        return tr("Field");
    case Current:
        return tr("In use now");
    case CurrentFrom:
        return tr("Written at");
    case Other:
        return tr("The other value");
    case OtherFrom:
        return tr("Written at");
    default:
        return {};
    }
}

} // namespace bs
