#pragma once
// The administrator's page for citizens' rights (issue 7): requests (extract and erasure) and the
// retention of closed cases, as two tabs.
#include "services/Registry.h"

#include <QWidget>

class QTabWidget;

namespace bs {

class CitizenRightsPanel;
class RetentionPanel;

class RightsPage : public QWidget {
    Q_OBJECT
public:
    explicit RightsPage(Registry& registry, QWidget* parent = nullptr);

    CitizenRightsPanel* requests() const { return m_requests; }
    RetentionPanel* retention() const { return m_retention; }
    QTabWidget* tabs() const { return m_tabs; }

signals:
    // Citizens were erased: other pages should re-read what they show.
    void citizensErased(const QList<QUuid>& citizenIds);

private:
    QTabWidget* m_tabs = nullptr;
    CitizenRightsPanel* m_requests = nullptr;
    RetentionPanel* m_retention = nullptr;
};

} // namespace bs
