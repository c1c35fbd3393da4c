#include "RightsPage.h"

#include "CitizenRightsPanel.h"
#include "RetentionPanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace bs {

RightsPage::RightsPage(Registry& registry, QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_requests = new CitizenRightsPanel(registry, m_tabs);
    m_retention = new RetentionPanel(registry, m_tabs);
    m_tabs->addTab(m_requests, tr("&Access and erasure"));
    m_tabs->addTab(m_retention, tr("&Retention"));
    layout->addWidget(m_tabs);
    connect(m_requests, &CitizenRightsPanel::erased, this, [this](const QUuid& id) {
        static_cast<void>(m_retention->reload());
        emit citizensErased({id});
    });
    connect(m_retention, &RetentionPanel::erased, this, [this](const QList<QUuid>& ids) {
        static_cast<void>(m_requests->reload());
        emit citizensErased(ids);
    });
}

} // namespace bs
