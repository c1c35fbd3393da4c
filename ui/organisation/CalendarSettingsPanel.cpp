#include "CalendarSettingsPanel.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace bs {

CalendarSettingsPanel::CalendarSettingsPanel(Registry& registry, QWidget* parent)
    : QWidget(parent), m_registry(registry), m_from(new QTimeEdit), m_to(new QTimeEdit),
      m_between(new QSpinBox), m_result(new QLabel) {
    m_from->setObjectName(QStringLiteral("serviceFrom"));
    m_to->setObjectName(QStringLiteral("serviceTo"));
    m_between->setObjectName(QStringLiteral("minutesBetweenHomeVisits"));
    m_between->setRange(0, 240);
    m_between->setSuffix(tr(" min"));
    m_result->setObjectName(QStringLiteral("calendarSettingsResult"));
    m_result->setWordWrap(true);
    auto* save = new QPushButton(tr("&Save calendar settings"));
    save->setObjectName(QStringLiteral("saveCalendarSettings"));
    connect(save, &QPushButton::clicked, this, [this] {
        const Status s = this->save();
        m_result->setText(s ? tr("Saved. The calendar checks new bookings against these.")
                            : s.message());
    });
    auto* form = new QFormLayout;
    form->addRow(tr("Support is given from"), m_from);
    form->addRow(tr("to"), m_to);
    form->addRow(tr("At least this long between two home visits"), m_between);
    auto* explain = new QLabel(tr("The same hours apply every day of the week. Bookings outside "
                                  "them, or home visits closer together, are allowed but the "
                                  "calendar warns about them."));
    explain->setWordWrap(true);
    explain->setMaximumWidth(640);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(explain);
    layout->addWidget(save, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    layout->addStretch();
}

Status CalendarSettingsPanel::reload() {
    const SchedulingSettings s = Scheduler(m_registry).settings();
    m_from->setTime(s.serviceFrom);
    m_to->setTime(s.serviceTo);
    m_between->setValue(s.minutesBetweenHomeVisits);
    return Status::success();
}

Status CalendarSettingsPanel::save() {
    SchedulingSettings s;
    s.serviceFrom = m_from->time();
    s.serviceTo = m_to->time();
    s.minutesBetweenHomeVisits = m_between->value();
    return Scheduler(m_registry).saveSettings(s);
}

} // namespace bs
