#include "RecordListPanel.h"
#include "PlainText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace bs {

RecordListPanel::RecordListPanel(UndoContext& context, const QStringList& headers, int wideColumn,
                                 const QString& emptyText, QWidget* parent)
    : QWidget(parent), m_context(context), m_registry(context.registry()), m_tree(new QTreeWidget),
      m_empty(new QLabel(emptyText)), m_hint(new QLabel), m_buttonRow(new QWidget) {
    m_tree->setHeaderLabels(headers);
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(wideColumn, QHeaderView::Stretch);
    m_empty->setObjectName(QStringLiteral("emptyText"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); padding: 12px; }"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->hide();

    auto* buttons = new QHBoxLayout(m_buttonRow);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_buttonRow);
    layout->addWidget(m_hint);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_empty);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] { updateButtons(); });
}

QPushButton* RecordListPanel::addButton(const QString& text, const QString& objectName) {
    auto* button = new QPushButton(text);
    button->setObjectName(objectName);
    auto* row = static_cast<QHBoxLayout*>(m_buttonRow->layout());
    row->insertWidget(row->count() - 1, button); // before the stretch
    return button;
}

void RecordListPanel::setHint(const QString& hint) {
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void RecordListPanel::beginReload() {
    m_selectedBeforeReload = currentId();
    m_tree->clear();
}

void RecordListPanel::endReload() {
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        applyShowEnded(m_tree->topLevelItem(i));
    m_empty->setVisible(m_tree->topLevelItemCount() == 0);
    if (!m_selectedBeforeReload.isNull()) {
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
            if ((*it)->data(0, IdRole).toUuid() == m_selectedBeforeReload) {
                m_tree->setCurrentItem(*it);
                break;
            }
        }
    }
    updateButtons();
}

QTreeWidgetItem* RecordListPanel::addItem(QTreeWidgetItem* parent, const QStringList& columns,
                                          const QUuid& id, bool ended) {
    auto* item =
        parent ? new QTreeWidgetItem(parent, columns) : new QTreeWidgetItem(m_tree, columns);
    item->setData(0, IdRole, id);
    item->setData(0, EndedRole, ended);
    for (int c = 0; c < columns.size(); ++c) {
        item->setToolTip(c, plainToolTip(columns.at(c)));
        if (ended)
            item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
    }
    return item;
}

void RecordListPanel::setShowEnded(bool show) {
    m_showEnded = show;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        applyShowEnded(m_tree->topLevelItem(i));
    updateButtons();
}

void RecordListPanel::applyShowEnded(QTreeWidgetItem* item) {
    item->setHidden(!m_showEnded && item->data(0, EndedRole).toBool());
    for (int i = 0; i < item->childCount(); ++i)
        applyShowEnded(item->child(i));
}

QTreeWidgetItem* RecordListPanel::currentItem() const {
    QTreeWidgetItem* item = m_tree->currentItem();
    return item && !item->isHidden() ? item : nullptr;
}

QUuid RecordListPanel::currentId() const {
    const QTreeWidgetItem* item = currentItem();
    return item ? item->data(0, IdRole).toUuid() : QUuid();
}

} // namespace bs
