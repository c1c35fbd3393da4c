#pragma once
// Retention of closed cases (issue 7): the administrator sets how many years a closed case is
// kept after its last activity and sees the cases past that, to erase the chosen ones after a
// typed confirmation (the reason is prefilled).
#include "services/Registry.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace bs {

class RetentionPanel : public QWidget {
    Q_OBJECT
public:
    explicit RetentionPanel(Registry& registry, QWidget* parent = nullptr);

    Status reload();
    // Saves the retention period and re-reads the list.
    Status setYears(int years);
    QList<QUuid> checkedIds() const;
    void setChecked(const QUuid& citizenId, bool checked);
    // Erases the checked cases with `reason` (what "Erase selected…" does after its dialog).
    Status eraseChecked(const QString& reason);

    QSpinBox* yearsBox() const { return m_years; }
    QTableWidget* table() const { return m_table; }
    QPushButton* eraseButton() const { return m_erase; }
    QLabel* emptyLabel() const { return m_empty; }
    QLabel* message() const { return m_message; }

signals:
    void erased(const QList<QUuid>& citizenIds);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateButtons();
    void confirmAndErase();
    void say(const QString& text, bool problem = false);

    Registry& m_registry;
    QSpinBox* m_years = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_erase = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace bs
