#include "AdminPage.h"
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace bs {

AdminPage::AdminPage(QWidget* parent) : QWidget(parent), m_tabs(new QTabWidget) {
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Administration of this database file. Everything done here is "
                                "recorded in the access log."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    layout->addWidget(m_tabs, 1);
}

void AdminPage::addPanel(QWidget* panel, const QString& title) {
    m_tabs->addTab(panel, title);
}

} // namespace bs
