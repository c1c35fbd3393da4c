#pragma once
// The citizen's journal, read-only: every note newest first with its date, author, support form
// and the session's topic, then the text. A note from a group session shows the group's shared
// text and, set apart below it, what concerns this citizen only.
#include "services/Registry.h"
#include <QWidget>

class QLabel;
class QTextBrowser;

namespace bs {

class JournalPanel : public QWidget {
    Q_OBJECT
public:
    explicit JournalPanel(Registry& registry, QWidget* parent = nullptr);

    // Reads the citizen's notes; a null id clears the panel.
    Status load(const QUuid& citizenId);
    int noteCount() const { return m_count; }
    QTextBrowser* view() const { return m_view; }

private:
    Registry& m_registry;
    QTextBrowser* m_view;
    QLabel* m_empty;
    int m_count = 0;
};

} // namespace bs
