#pragma once
// The Administration section, for administrators only: accounts, the access log, citizens'
// rights requests (extract and erasure), cases due for erasure, and backups. Each tab is a
// panel of its own; the main window builds them and adds them here.
#include <QWidget>

class QTabWidget;

namespace bs {

class AdminPage : public QWidget {
    Q_OBJECT
public:
    explicit AdminPage(QWidget* parent = nullptr);
    void addPanel(QWidget* panel, const QString& title);
    QTabWidget* tabs() const { return m_tabs; }

private:
    QTabWidget* m_tabs;
};

} // namespace bs
