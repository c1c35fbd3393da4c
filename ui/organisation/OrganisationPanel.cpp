#include "OrganisationPanel.h"

#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

namespace bs {

OrganisationPanel::OrganisationPanel(UndoContext& context, const QStringList& headers,
                                     int wideColumn, const QString& emptyText,
                                     const QString& newText, const QString& recordName,
                                     QWidget* parent)
    : RecordListPanel(context, headers, wideColumn, emptyText, parent),
      m_new(addButton(newText, QStringLiteral("new") + recordName)),
      m_edit(addButton(tr("Edit…"), QStringLiteral("edit") + recordName)) {
    connect(m_new, &QPushButton::clicked, this, [this] { newRecord(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editRecord(); });
    connect(tree(), &QTreeWidget::itemActivated, this, [this] { editRecord(); });
}

Status OrganisationPanel::load(const QUuid&) {
    beginReload();
    const Status status = fill();
    endReload();
    return status;
}

void OrganisationPanel::select(const QUuid& id) {
    for (QTreeWidgetItemIterator it(tree()); *it; ++it)
        if ((*it)->data(0, IdRole).toUuid() == id) {
            tree()->setCurrentItem(*it);
            tree()->scrollToItem(*it);
            return;
        }
}

void OrganisationPanel::updateButtons() {
    m_edit->setEnabled(currentItem() != nullptr);
}

} // namespace bs
