#pragma once
// Rights requests (issue 7) for administrators: find the citizen by exact CPR number or pick
// them from the list (name and birth date only), then hand over their data (a PDF and a JSON
// file in a chosen folder) or erase them for good after a typed confirmation.
#include "services/Registry.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace bs {

class CitizenRightsPanel : public QWidget {
    Q_OBJECT
public:
    explicit CitizenRightsPanel(Registry& registry, QWidget* parent = nullptr);

    // Re-reads the citizen list (keeps the selection when it is still there).
    Status reload();
    // Looks up the typed CPR number (logged as a search) and selects the citizen.
    Status findByCpr(const QString& cpr);
    void select(const QUuid& citizenId);
    QUuid selectedId() const;
    // The work behind the buttons, without their dialogs (tests call these).
    Result<QStringList> exportTo(const QString& folder);
    Status erase(const QUuid& citizenId, const QString& reason);

    QLineEdit* cprEdit() const { return m_cpr; }
    QLineEdit* filterEdit() const { return m_filter; }
    QListWidget* list() const { return m_list; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* eraseButton() const { return m_erase; }
    QLabel* message() const { return m_message; }
    QLabel* details() const { return m_details; }

signals:
    void erased(const QUuid& citizenId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyFilter();
    void showSelected();
    void chooseFolderAndExport();
    void confirmAndErase();
    void say(const QString& text, bool problem = false);
    bool isAdministrator() const;

    Registry& m_registry;
    QLineEdit* m_cpr = nullptr;
    QLineEdit* m_filter = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_details = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_erase = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace bs
