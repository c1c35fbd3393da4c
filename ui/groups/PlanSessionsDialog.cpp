#include "PlanSessionsDialog.h"

#include "widgets/Combos.h"
#include "widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeEdit>

namespace bs {

PlanSessionsDialog::PlanSessionsDialog(Registry& registry, const SupportGroup& group,
                                       QWidget* parent)
    : RecordDialog(parent), m_registry(registry), m_group(group), m_first(nullptr),
      m_weekday(new QLabel), m_time(new QTimeEdit), m_duration(new QSpinBox),
      m_byCount(new QRadioButton(tr("Number of &meetings"))), m_count(new QSpinBox),
      m_byUntil(new QRadioButton(tr("&Until"))), m_until(nullptr), m_staff(new QComboBox) {
    setWindowTitle(tr("Plan sessions of %1").arg(group.name));
    setMinimumWidth(440);
    GroupSessions sessions(registry);
    const QDate today = registry.clock().today();
    // Continue the group's rhythm: after its last session, at its weekly slot.
    QDate first = std::max(today, group.start);
    QTime start(13, 0);
    int minutes = 120;
    QUuid staffId = group.facilitator1;
    if (auto slot = sessions.weeklySlot(group.meta.id); slot && slot->has_value()) {
        start = (*slot)->localStart;
        minutes = (*slot)->durationMinutes;
        staffId = (*slot)->staffId;
        first = first.addDays(((*slot)->weekday - first.dayOfWeek() + 7) % 7);
    }
    if (auto list = sessions.sessions(group.meta.id); list && !list->isEmpty()) {
        const QDate last = list->last().startUtc.toTimeZone(Clock::localZone()).date();
        if (last >= first)
            first = last.addDays(7);
    }
    m_first = makeDateEdit(first);
    m_first->setObjectName(QStringLiteral("firstDate"));
    m_weekday->setObjectName(QStringLiteral("weekday"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setTime(start);
    m_duration->setRange(15, 480);
    m_duration->setSingleStep(15);
    m_duration->setValue(minutes);
    m_duration->setSuffix(tr(" min"));
    m_byCount->setObjectName(QStringLiteral("byCount"));
    m_byUntil->setObjectName(QStringLiteral("byUntil"));
    m_count->setObjectName(QStringLiteral("count"));
    m_count->setRange(1, AppointmentSeries::kMaxOccurrences);
    m_count->setValue(10);
    m_until = makeDateEdit(group.end.isValid() ? group.end : first.addDays(7 * 9));
    m_until->setObjectName(QStringLiteral("until"));
    m_byCount->setChecked(true);
    m_until->setEnabled(false);

    QStringList problems;
    if (auto staff = registry.staff()) {
        // The group's facilitators first; anyone else can stand in.
        for (const bool facilitators : {true, false})
            for (const Staff& s : *staff) {
                const bool isFacilitator =
                    s.meta.id == group.facilitator1 || s.meta.id == group.facilitator2;
                if (isFacilitator == facilitators)
                    m_staff->addItem(QStringLiteral("%1 – %2").arg(s.initials, s.name), s.meta.id);
            }
    } else {
        problems << staff.message();
    }
    selectId(m_staff, staffId);

    auto* firstRow = new QWidget;
    auto* firstLayout = new QHBoxLayout(firstRow);
    firstLayout->setContentsMargins(0, 0, 0, 0);
    firstLayout->addWidget(m_first);
    firstLayout->addWidget(m_weekday, 1);
    auto* endRow = new QWidget;
    auto* endLayout = new QGridLayout(endRow);
    endLayout->setContentsMargins(0, 0, 0, 0);
    endLayout->addWidget(m_byCount, 0, 0);
    endLayout->addWidget(m_count, 0, 1);
    endLayout->addWidget(m_byUntil, 1, 0);
    endLayout->addWidget(m_until, 1, 1);
    endLayout->setColumnStretch(2, 1);

    addField(QStringLiteral("firstDate"), tr("&First meeting"), firstRow);
    linkField(QStringLiteral("firstDate"), m_first);
    addField(QStringLiteral("localStart"), tr("&Time"), m_time);
    addField(QStringLiteral("duration"), tr("&Duration"), m_duration);
    addField(QStringLiteral("count"), tr("Runs"), endRow);
    linkField(QStringLiteral("count"), m_count);
    linkField(QStringLiteral("until"), m_until);
    addField(QStringLiteral("staff"), tr("F&acilitator"), m_staff);
    if (!problems.isEmpty())
        showProblem(problems.join(QLatin1Char('\n')));

    connect(m_first, &QDateEdit::dateChanged, this, &PlanSessionsDialog::updateWeekday);
    connect(m_byCount, &QRadioButton::toggled, this, [this](bool byCount) {
        m_count->setEnabled(byCount);
        m_until->setEnabled(!byCount);
    });
    updateWeekday();
    m_first->setFocus();
}

void PlanSessionsDialog::updateWeekday() {
    m_weekday->setText(tr("every %1").arg(QLocale().dayName(m_first->date().dayOfWeek())));
}

Status PlanSessionsDialog::save() {
    SessionPlanRequest plan;
    plan.groupId = m_group.meta.id;
    plan.firstDate = m_first->date();
    plan.localStart = m_time->time();
    plan.durationMinutes = m_duration->value();
    if (m_byCount->isChecked())
        plan.count = m_count->value();
    else
        plan.until = m_until->date();
    plan.staffId = idValue(m_staff);
    auto made = GroupSessions(m_registry).planSessions(plan);
    if (!made)
        return Status(made.error());
    m_made = *made;
    return Status::success();
}

} // namespace bs
