#pragma once
// Settings ▸ Economy: the economic model behind gevinstrealisering (staff cost per hour, travel
// per home visit, km rate and the yearly targets per support form), with the method written out
// from the numbers on the page. Like the calendar settings, saving is not an undoable command:
// the stored model is simply what was saved last, and Restore defaults brings the seeds' figures
// back into the fields.
#include "reports/SavingsReport.h"
#include "services/Registry.h"
#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace bs {

class EconomicModelPanel : public QWidget {
    Q_OBJECT
public:
    explicit EconomicModelPanel(Registry& registry, QWidget* parent = nullptr);

    // Shows the stored model (the defaults when none is stored).
    Status reload();
    // Stores what the fields say; on bad input the message says what is wrong, nothing is stored.
    Status save();
    // The model the fields describe, checked; a failure names the bad field or cell.
    Result<EconomicModel> fieldsModel() const;
    // Fills the fields with the seeds' figures (stored only when saved).
    void restoreDefaults();

signals:
    void problem(const QString& message);
    // A new model was stored: charts of savings should be computed again.
    void modelSaved();

private:
    void showModel(const EconomicModel& model);
    void addYear();
    void removeYear();
    void updateMethod();

    Registry& m_registry;
    QDoubleSpinBox* m_cost;
    QSpinBox* m_minutes;
    QDoubleSpinBox* m_km;
    QDoubleSpinBox* m_rate;
    QTableWidget* m_targets;
    QLabel* m_result;
    QLabel* m_method;
};

} // namespace bs
