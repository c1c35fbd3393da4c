#pragma once
// The access log for the administrator (docs/access.md): who used which citizen's data, when and
// why. Filters: the citizen (chosen by name or CPR number among every citizen; choosing one is
// itself logged as a search), the user, the local dates (default the last 30 days), the action,
// and "Only look-ups outside own cases" (break the glass). The table shows the newest first, a
// page at a time ("Show more"); a CSV export writes every matching entry and is logged. A line on
// top counts the break-the-glass look-ups of the last 30 days, so they are not overlooked.
#include "services/Registry.h"
#include "storage/AccessLog.h"
#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace bs {

class AccessLogPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;
    enum Column {
        TimeColumn,
        UserColumn,
        ActionColumn,
        CitizenColumn,
        CriterionColumn,
        ReasonColumn,
        DetailColumn,
        ColumnCount
    };

    explicit AccessLogPanel(Registry& registry, QWidget* parent = nullptr);

    // Re-reads the citizens for the chooser and the entries for the filters.
    Status reload();
    // The filters as chosen (the dates as UTC bounds, the limit of the rows shown).
    AccessLogFilter filter() const;
    // Writes every entry matching the filters as CSV (UTF-8 with BOM, semicolons) and logs it.
    Status exportCsvTo(const QString& path);
    // "citizen,grant" -> "Citizen details, Grants": table codes in words.
    static QString readableDetail(const QString& detail);

    QComboBox* citizenChooser() const { return m_citizen; }
    QLineEdit* userEdit() const { return m_user; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* actionChooser() const { return m_action; }
    QCheckBox* breakGlassOnly() const { return m_breakGlassOnly; }
    QTableWidget* table() const { return m_table; }
    QLabel* summary() const { return m_summary; }
    QPushButton* showMoreButton() const { return m_more; }

signals:
    void problem(const QString& message);

private:
    Status reloadCitizens();
    Status reloadEntries();
    Status updateSummary();
    void citizenChosen();
    void exportCsv();
    QString citizenName(const QUuid& id);
    QString describeFilter() const;

    Registry& m_registry;
    QComboBox* m_citizen;
    QLineEdit* m_user;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_action;
    QCheckBox* m_breakGlassOnly;
    QLabel* m_summary;
    QTableWidget* m_table;
    QLabel* m_empty;
    QPushButton* m_more;
    QPushButton* m_export;
    int m_limit = kPageSize;
    QUuid m_loggedCitizen; // the citizen whose look-up was logged last
    QHash<QUuid, QString> m_names;
};

} // namespace bs
