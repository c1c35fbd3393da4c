#pragma once
// The municipality's calendar settings: the hours support is given (e.g. 07–22 every day) and the
// least time between two home visits. The calendar warns about bookings outside them.
#include "services/Scheduler.h"
#include <QWidget>

class QLabel;
class QSpinBox;
class QTimeEdit;

namespace bs {

class CalendarSettingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit CalendarSettingsPanel(Registry& registry, QWidget* parent = nullptr);

    // Shows the stored settings.
    Status reload();
    // Stores what the fields say; the message says what is wrong and nothing is stored.
    Status save();

signals:
    void problem(const QString& message);

private:
    Registry& m_registry;
    QTimeEdit* m_from;
    QTimeEdit* m_to;
    QSpinBox* m_between;
    QLabel* m_result;
};

} // namespace bs
