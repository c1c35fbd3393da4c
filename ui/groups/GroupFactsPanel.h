#pragma once
// The facts of one group: site, theme, facilitators, period, capacity and the weekly slot (from
// its latest session plan).
#include "services/Registry.h"
#include <QWidget>

class QFormLayout;
class QLabel;

namespace bs {

class GroupFactsPanel : public QWidget {
    Q_OBJECT
public:
    explicit GroupFactsPanel(Registry& registry, QWidget* parent = nullptr);
    // Shows the group; nullptr clears the panel.
    Status load(const SupportGroup* group);
    // The value shown for a fact ("site", "facilitators", "period", "capacity", "slot"), for tests.
    QString fact(const QString& key) const;

private:
    QLabel* addFact(const QString& key, const QString& caption);

    Registry& m_registry;
    QFormLayout* m_form;
    QLabel* m_empty;
    QHash<QString, QLabel*> m_facts;
};

} // namespace bs
